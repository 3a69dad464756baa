"""p1509-8: radio/TV site (Đài PT-TH Hưng Yên): làng dệt Dị Chế (Tiên Lữ) revives towel weaving; number words."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HƯNG YÊN
Thời sự | Kinh tế | Xã hội | Phát thanh | Truyền hình

Làng dệt Dị Chế hồi sinh nghề dệt khăn

Cập nhật lúc 10:15 ngày 28/03/2024

(Video: 03:25)

Từ chỗ chỉ còn vài chục khung dệt thủ công, đến nay làng dệt Dị Chế (huyện Tiên Lữ) đã có gần ba trăm máy dệt khăn bông hoạt động thường xuyên.

Theo UBND xã Dị Chế, hiện toàn xã có hai chục hộ chuyên dệt khăn mặt, khăn tắm và 6 xưởng dệt quy mô vừa. Năm 2023, làng sản xuất khoảng 8 triệu chiếc khăn, doanh thu hơn 96 tỷ đồng; thu nhập của thợ dệt từ 7 đến 9 triệu đồng/tháng, cao gấp đôi so với làm ruộng.

Anh Đỗ Văn Khải, chủ xưởng dệt Khải Hoàn, cho biết xưởng có 24 máy dệt, mỗi tháng xuất khoảng 90.000 chiếc khăn cho các khách sạn ở Hà Nội, Hạ Long. "Một chiếc máy dệt kiếm mới giá khoảng 350 triệu đồng, nhưng năng suất cao gấp 4 lần khung dệt cũ", anh Khải nói.

Quý I năm nay, các hộ trong làng đã tiêu thụ 2,1 triệu chiếc khăn, tăng 12% so với cùng kỳ. Để giữ nghề, xã đặt mục tiêu đến năm 2025 có ít nhất 10 sản phẩm khăn đạt chuẩn OCOP và 100% cơ sở dệt nhuộm xử lý nước thải trước khi xả ra môi trường. Huyện Tiên Lữ đã phê duyệt quy hoạch cụm công nghiệp làng nghề rộng 15 ha tại xã Dị Chế; dự kiến khởi công trong năm 2025.

Hồng Nhung - Văn Hải (HYTV)

Bình luận (0)
Tin khác:
- Hưng Yên: 5 tháng cuối năm đẩy mạnh xúc tiến thương mại
- Phố Hiến mùa nhãn lồng
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("Quý I năm nay", "2024-01-01", "2024-03-31")
T25 = per("đến năm 2025", None, "2025-12-31")
NOW = per("đến nay", None, "2024-03-28")

FIGS = [
    fig("vài chục khung", "vài chục", 20, "count", "khung dệt", approx="about", optional=True),
    fig("gần ba trăm", "ba trăm", 300, "count", "máy dệt", approx="nearly",
        subject="máy dệt khăn bông hoạt động thường xuyên", period=NOW),
    fig("hai chục hộ", "hai chục", 20, "count", "hộ", subject="hộ chuyên dệt khăn mặt, khăn tắm"),
    fig("6 xưởng", "6", 6, "count", "xưởng", subject="xưởng dệt quy mô vừa"),
    fig("khoảng 8 triệu", "8", 8e6, "count", "chiếc", approx="about", subject="khăn làng sản xuất", period=Y23),
    fig("hơn 96 tỷ", "96", 96e9, "money", "đồng", approx="over", subject="doanh thu", period=Y23),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/tháng", value_max=9e6,
        change=chg("increase", 2, "lần", "làm ruộng"), subject="thu nhập của thợ dệt", period=Y23),
    fig("có 24 máy", "24", 24, "count", "máy dệt", subject="máy dệt của xưởng dệt Khải Hoàn"),
    fig("khoảng 90.000", "90.000", 90000, "measure", "chiếc/tháng", approx="about",
        subject="khăn xưởng xuất cho các khách sạn mỗi tháng"),
    fig("khoảng 350 triệu", "350", 350e6, "money", "đồng", approx="about", subject="giá máy dệt kiếm mới"),
    fig("gấp 4 lần", "4", 4, "multiple", "lần", subject="năng suất máy dệt kiếm mới so với khung dệt cũ"),
    fig("tiêu thụ 2,1 triệu", "2,1", 2.1e6, "count", "chiếc", change=chg("increase", 12, "%", "cùng kỳ"),
        subject="khăn các hộ trong làng tiêu thụ", period=Q1),
    fig("ít nhất 10 sản phẩm", "10", 10, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm khăn đạt chuẩn OCOP", period=T25),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở dệt nhuộm xử lý nước thải trước khi xả ra môi trường", period=T25),
    fig("rộng 15 ha", "15", 15, "measure", "ha", subject="cụm công nghiệp làng nghề"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hưng Yên): menu, 'Cập nhật lúc 10:15 ngày 28/03/2024' (published), '(Video: 03:25)', byline '(HYTV)',",
    "'Bình luận (0)', other-news links. Location Tiên Lữ (the village's district) for every figure.",
    "Distractors: 10:15, 'Video: 03:25' (clip length, page furniture), 'Bình luận (0)', '5 tháng cuối năm' in a link title (a period).",
    "Number words: 'gần ba trăm' = 300 (nearly), 'hai chục hộ' = 20, 'gấp đôi' = 2. 'vài chục khung dệt' (a few tens, no",
    "definite number; 'hàng chục' in FIGURES.md is approx) is optional, value 20 about.",
    "'cao gấp đôi so với làm ruộng' after the income range is its change (increase, 2 lần, baseline 'làm ruộng').",
    "'Một chiếc máy dệt kiếm mới giá khoảng 350 triệu đồng': 'Một chiếc' is the basis of the price, not a count: not a figure.",
    "'năng suất cao gấp 4 lần khung dệt cũ' stands alone as the claim: multiple.",
    "'mỗi tháng xuất khoảng 90.000 chiếc' is a rate (chiếc/tháng). 'Quý I năm nay' = quý I/2024 (dateline year).",
    "'đến nay làng dệt ... đã có gần ba trăm máy dệt' → as-of the dateline (start null, end 2024-03-28).",
    "revised after the first run: that as-of period had been left out of the gold (FIGURES.md: 'đến' + date → as-of; p1509-5 has it).",
    "'mục tiêu đến năm 2025' governs both '10 sản phẩm' and '100%' (target, end 2025-12-31). 'quy hoạch ... rộng 15 ha' is approved: actual.",
]

if __name__ == "__main__":
    write("p1509-8", TEXT, NOTES, FIGS, published="2024-03-28", location="Tiên Lữ")
