"""p1560-8: radio/TV site (Đài PT-TH Hưng Yên): 'Cập nhật lúc hh:mm, Thứ …, dd/mm/yyyy', '(HYTV) -', reporters, video links."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HƯNG YÊN
Thời sự | Kinh tế | Xã hội | Video | Phát thanh trực tuyến

Doanh nghiệp sản xuất sơn móng tay mở rộng thị trường xuất khẩu

Cập nhật lúc 17:05, Thứ Tư, 22/05/2024

(HYTV) - Công ty TNHH Mỹ phẩm Hoa Sen Việt tại Khu công nghiệp Phố Nối A (Quốc lộ 5), huyện Văn Lâm là một trong số ít doanh nghiệp trong nước sản xuất sơn móng tay đạt tiêu chuẩn CGMP-ASEAN.

Năm 2023, công ty sản xuất 4,2 triệu chai sơn móng tay và nước rửa móng, doanh thu đạt 186 tỷ đồng, tăng 23% so với năm 2022; trong đó xuất khẩu sang Lào, Campuchia và Hàn Quốc chiếm 35%. Quý I/2024, doanh thu ước đạt 52 tỷ đồng, bằng 24% kế hoạch năm.

Nhà máy hiện có 2 dây chuyền tự động với tổng công suất 1.800 chai/giờ, sử dụng ổn định 145 lao động, thu nhập bình quân 8,5 triệu đồng/người/tháng.

Theo ông Đỗ Văn Hưng, Giám đốc công ty, năm 2024 doanh nghiệp dự kiến đầu tư thêm một dây chuyền sơn gel với vốn khoảng 35 tỷ đồng, nâng sản lượng lên 5,5 triệu chai/năm và tuyển thêm 40-50 lao động.

Hiện tỉnh Hưng Yên có 14 doanh nghiệp sản xuất mỹ phẩm, đứng thứ 5 cả nước về số cơ sở đạt chuẩn CGMP-ASEAN. Trong năm nay, Sở Công Thương dự kiến hỗ trợ các doanh nghiệp tham gia 3 hội chợ xúc tiến thương mại trong và ngoài nước.

PV: Thu Hà - Minh Đức

Xem thêm video: Bản tin Thời sự 19h ngày 22/5 (28:40)
Tin cùng chuyên mục:
- Hưng Yên: Hội nghị xúc tiến đầu tư vào các khu công nghiệp
- Văn Lâm: Tập huấn an toàn vệ sinh lao động cho doanh nghiệp
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
NOW = per("Trong năm nay", "2024-01-01", "2024-12-31")
HY = "Hưng Yên"

FIGS = [
    fig("sản xuất 4,2 triệu", "4,2", 4.2e6, "count", "chai",
        subject="chai sơn móng tay và nước rửa móng công ty sản xuất", period=Y23),
    fig("đạt 186 tỷ", "186", 186e9, "money", "đồng", change=chg("increase", 23, "%", "năm 2022"),
        subject="doanh thu của công ty", period=Y23),
    fig("chiếm 35%", "35", 35, "percent", "%",
        subject="xuất khẩu sang Lào, Campuchia và Hàn Quốc", period=Y23),
    fig("ước đạt 52 tỷ", "52", 52e9, "money", "đồng", status="estimate", percent=24,
        subject="doanh thu của công ty", period=Q1),
    fig("có 2 dây chuyền", "2", 2, "count", "dây chuyền", subject="dây chuyền tự động của nhà máy"),
    fig("1.800 chai/giờ", "1.800", 1800, "measure", "chai/giờ", subject="tổng công suất dây chuyền tự động"),
    fig("ổn định 145 lao động", "145", 145, "count", "lao động", subject="lao động nhà máy sử dụng"),
    fig("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền sơn gel đầu tư thêm", period=Y24),
    fig("khoảng 35 tỷ", "35", 35e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn đầu tư dây chuyền sơn gel", period=Y24),
    fig("lên 5,5 triệu", "5,5", 5.5e6, "measure", "chai/năm", status="forecast",
        subject="sản lượng của công ty", period=Y24),
    fig("thêm 40-50 lao động", "40", 40, "count", "lao động", value_max=50, status="forecast",
        subject="lao động tuyển thêm", period=Y24),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", location=HY,
        subject="doanh nghiệp sản xuất mỹ phẩm"),
    fig("đứng thứ 5", "5", 5, "rank", "hạng", location=HY,
        subject="số cơ sở đạt chuẩn CGMP-ASEAN"),
    fig("tham gia 3 hội chợ", "3", 3, "count", "hội chợ", status="forecast", location=HY,
        subject="hội chợ xúc tiến thương mại doanh nghiệp tham gia", period=NOW),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hưng Yên): menu, 'Cập nhật lúc 17:05, Thứ Tư, 22/05/2024', '(HYTV) -', reporters, video and related links.",
    "Distractors: 'Khu công nghiệp Phố Nối A (Quốc lộ 5)', 'CGMP-ASEAN', 'một trong số ít doanh nghiệp' (idiom 'one of the few': no count),",
    "'năm 2022' baseline, 'Bản tin Thời sự 19h ngày 22/5 (28:40)' (time, date, video length), time 17:05.",
    "Location: the company's figures take its district (Văn Lâm); the province's count, rank and fair plan take Hưng Yên.",
    "Trade partners (Lào, Campuchia, Hàn Quốc) are not places of the 35% share. 'trong đó … chiếm 35%' is its own percent figure.",
    "'ước đạt 52 tỷ đồng, bằng 24% kế hoạch năm' → estimate with percent 24. '4,2 triệu chai' is a count of bottles;",
    "'nâng sản lượng lên 5,5 triệu chai/năm' and '1.800 chai/giờ' are rates (measure).",
    "'dự kiến' governs the whole 'năm 2024' sentence and the 'Trong năm nay' fair plan (forecast); 'Trong năm nay' is 2024 (dateline).",
]

if __name__ == "__main__":
    write("p1560-8", TEXT, NOTES, FIGS, published="2024-05-22", location="Văn Lâm",
          ignore=("17:05", "22/05/2024", "Quốc lộ 5", "năm 2022", "23%", "24%", "19h", "22/5", "28:40", "-50 lao"))
