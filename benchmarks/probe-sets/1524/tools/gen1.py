"""p1524-1: province portal (Nam Định): exports of wigs and hair accessories, 9 months 2024; a hair-clip maker in Nam Trực."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Nam Định
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu tóc giả và phụ kiện tóc 9 tháng tăng hơn 12%

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu tóc giả và phụ kiện tóc của tỉnh ước đạt 61,5 triệu USD, tăng 12,4% so với cùng kỳ năm 2023, bằng 76,9% kế hoạch năm. Trong đó, nhóm tóc giả, tóc nối đạt 47,2 triệu USD; nhóm kẹp tóc, cặp tóc, dây buộc tóc và băng đô đạt 14,3 triệu USD.

Toàn tỉnh hiện có 214 cơ sở, doanh nghiệp sản xuất, gia công phụ kiện tóc, thu hút khoảng 6.800 lao động, chủ yếu là lao động nữ ở nông thôn; thu nhập bình quân từ 5,5 đến 7 triệu đồng/người/tháng.

Làng nghề Bình Yên (xã Nam Giang, huyện Nam Trực) là nơi tập trung nhiều nhất với 126 cơ sở, chiếm 58,9% số cơ sở toàn tỉnh. Tại cụm công nghiệp Nam Giang, Công ty TNHH Phụ kiện tóc Hoàng Yến trong 9 tháng sản xuất hơn 2,4 triệu chiếc kẹp tóc, cặp tóc các loại, doanh thu đạt 38 tỷ đồng, tăng 18,5% so với cùng kỳ. Công ty đang lắp đặt thêm hai dây chuyền ép nhựa với tổng vốn 12 tỷ đồng, dự kiến tạo việc làm cho 150 lao động.

Quý IV là mùa cao điểm đơn hàng dịp Giáng sinh và Tết Nguyên đán. Ngành công thương phấn đấu cả năm kim ngạch xuất khẩu tóc giả và phụ kiện tóc đạt trên 80 triệu USD. Sở Công Thương đề nghị các cơ sở thực hiện tốt Quyết định số 2145/QĐ-UBND về Chương trình khuyến công, chuẩn bị sản phẩm tham gia Hội chợ Làng nghề Việt Nam lần thứ 19.

Tin liên quan:
- Nam Trực: Khai giảng lớp dạy nghề làm tóc giả năm 2024
- Hội nghị kết nối giao thương hàng thủ công mỹ nghệ
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_C = per("trong 9 tháng", "2024-01-01", "2024-09-30")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
NT = "Nam Trực"

FIGS = [
    fig("tăng hơn 12%", "12", 12, "percent", "%", approx="over",
        subject="xuất khẩu tóc giả và phụ kiện tóc", period=NINE_H),
    fig("ước đạt 61,5 triệu", "61,5", 61.5e6, "money", "USD", status="estimate", percent=76.9,
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu tóc giả và phụ kiện tóc", period=NINE),
    fig("đạt 47,2 triệu", "47,2", 47.2e6, "money", "USD", total=61.5e6, status="estimate",
        subject="kim ngạch xuất khẩu nhóm tóc giả, tóc nối", period=inh(NINE)),
    fig("đạt 14,3 triệu", "14,3", 14.3e6, "money", "USD", total=61.5e6, status="estimate",
        subject="kim ngạch xuất khẩu nhóm kẹp tóc, cặp tóc, dây buộc tóc và băng đô", period=inh(NINE)),
    fig("có 214 cơ sở", "214", 214, "count", "cơ sở",
        subject="cơ sở, doanh nghiệp sản xuất, gia công phụ kiện tóc"),
    fig("khoảng 6.800 lao động", "6.800", 6800, "count", "lao động", approx="about",
        subject="lao động các cơ sở phụ kiện tóc thu hút"),
    fig("từ 5,5 đến 7 triệu", "5,5", 5.5e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="thu nhập bình quân của lao động"),
    fig("với 126 cơ sở", "126", 126, "count", "cơ sở", percent=58.9,
        subject="cơ sở tập trung tại làng nghề Bình Yên", location=NT),
    fig("hơn 2,4 triệu chiếc", "2,4", 2.4e6, "count", "chiếc", approx="over",
        subject="kẹp tóc, cặp tóc Công ty TNHH Phụ kiện tóc Hoàng Yến sản xuất", period=NINE_C, location=NT),
    fig("đạt 38 tỷ", "38", 38e9, "money", "đồng", change=chg("increase", 18.5, "%", "cùng kỳ"),
        subject="doanh thu của Công ty TNHH Phụ kiện tóc Hoàng Yến", period=NINE_C, location=NT),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền ép nhựa công ty lắp đặt thêm", location=NT),
    fig("vốn 12 tỷ", "12", 12e9, "money", "đồng",
        subject="tổng vốn đầu tư hai dây chuyền ép nhựa", location=NT),
    fig("cho 150 lao động", "150", 150, "count", "lao động", status="forecast",
        subject="lao động được tạo việc làm", location=NT),
    fig("trên 80 triệu", "80", 80e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu tóc giả và phụ kiện tóc", period=YEAR),
]

NOTES = [
    "Province portal (Nam Định): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, 'Quý IV' (no figure), Quyết định số 2145/QĐ-UBND, 'lần thứ 19', 'năm 2024' in a link.",
    "Headline growth rate 'tăng hơn 12%' is a percent figure (over), no change; year-less '9 tháng' takes 2024 (published).",
    "'bằng 76,9% kế hoạch năm' is the percent attribute of 61,5 triệu USD; 'Trong đó' parts after a sentence break take total",
    "61,5 triệu and the whole's status (estimate); period inherited.",
    "'126 cơ sở, chiếm 58,9% số cơ sở toàn tỉnh': percent attribute, no total (the whole is not stated as a number here).",
    "Company passage in huyện Nam Trực: location Nam Trực; 'đang lắp đặt' has no period; 'dự kiến' → forecast.",
    "'phấn đấu cả năm ... trên 80 triệu USD' → target, over, period 2024.",
]

if __name__ == "__main__":
    write("p1524-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Nam Định")
