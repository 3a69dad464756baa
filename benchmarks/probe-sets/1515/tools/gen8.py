"""p1515-8: news agency (Vietnam+/TTXVN): a bottle maker in Tân Uyên (Bình Dương) exports PPSU bottles to Japan; national export 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAMPLUS | Kinh tế | Doanh nghiệp

Doanh nghiệp Việt đưa bình sữa PPSU sang thị trường Nhật Bản

Thứ Năm, 20/03/2025 - 10:15

Bình Dương (TTXVN) - Từ một xưởng 200 m2 thành lập năm 2017, Công ty cổ phần Nhựa y tế An Phúc tại thành phố Tân Uyên nay sở hữu nhà máy rộng 2,4 ha với 6 dây chuyền, công suất 18 triệu sản phẩm/năm, đứng thứ ba cả nước về sản lượng bình sữa.

Năm 2024, doanh thu của công ty đạt 415 tỷ đồng, vượt mục tiêu 400 tỷ đồng đề ra; trong đó xuất khẩu chiếm 58%, chủ yếu sang Nhật Bản, Australia và Trung Đông. Riêng dòng bình sữa AP-260 PPSU, công ty xuất sang Nhật Bản hơn 1,3 triệu chiếc, mỗi chiếc giá xuất khẩu khoảng 6,5 USD.

Ông Trần Quốc Bảo, Tổng Giám đốc công ty, cho biết để được nhà nhập khẩu Nhật Bản chấp nhận, mỗi lô hàng phải qua 27 chỉ tiêu kiểm nghiệm, từ thôi nhiễm kim loại nặng đến độ bền nhiệt ở 120 độ C. Công ty hiện có 520 lao động, trong đó 14 kỹ sư được đào tạo tại Nhật Bản.

Theo Bộ Công Thương, năm 2024, kim ngạch xuất khẩu đồ dùng cho trẻ sơ sinh bằng nhựa của Việt Nam đạt 215 triệu USD, tăng khoảng 9% so với năm 2023; Việt Nam đứng thứ 5 châu Á về xuất khẩu nhóm hàng này.

Năm 2025, An Phúc đặt mục tiêu doanh thu 500 tỷ đồng, dự kiến khởi công nhà máy thứ hai với vốn đầu tư 300 tỷ đồng, tạo việc làm cho khoảng 400 lao động.

(TTXVN/Vietnam+)

Xem thêm:
- Bình Dương: Xuất khẩu quý I/2025 khởi sắc
- Doanh nghiệp FDI tăng tốc sau Tết Ất Tỵ
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24n = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TU = "Tân Uyên"
VN = "Việt Nam"

FIGS = [
    fig("xưởng 200 m2", "200", 200, "measure", "m2", subject="xưởng ban đầu", location=TU),
    fig("rộng 2,4 ha", "2,4", 2.4, "measure", "ha", subject="nhà máy", location=TU),
    fig("với 6 dây chuyền", "6", 6, "count", "dây chuyền", subject="dây chuyền của nhà máy", location=TU),
    fig("18 triệu sản phẩm/năm", "18", 18e6, "measure", "sản phẩm/năm", subject="công suất", location=TU),
    fig("thứ ba cả nước", "ba", 3, "rank", "hạng", subject="sản lượng bình sữa", location=TU),
    fig("đạt 415 tỷ", "415", 415e9, "money", "đồng", target=tgt(400e9, "đồng", met=True),
        subject="doanh thu của công ty", period=Y24, location=TU),
    fig("chiếm 58%", "58", 58, "percent", "%", subject="xuất khẩu", period=Y24, location=TU),
    fig("hơn 1,3 triệu", "1,3", 1.3e6, "count", "chiếc", approx="over",
        subject="bình sữa AP-260 PPSU công ty xuất sang Nhật Bản", period=inh(Y24), location=TU),
    fig("khoảng 6,5 USD", "6,5", 6.5, "money", "USD/chiếc", approx="about",
        subject="giá xuất khẩu", location=TU),
    fig("qua 27 chỉ tiêu", "27", 27, "count", "chỉ tiêu", subject="chỉ tiêu kiểm nghiệm mỗi lô hàng", location=TU),
    fig("120 độ C", "120", 120, "measure", "độ C", subject="độ bền nhiệt", location=TU, optional=True),
    fig("có 520 lao động", "520", 520, "count", "lao động", subject="lao động của công ty", location=TU),
    fig("đó 14 kỹ sư", "14", 14, "count", "kỹ sư", total=520,
        subject="kỹ sư được đào tạo tại Nhật Bản", location=TU),
    fig("đạt 215 triệu", "215", 215e6, "money", "USD", change=chg("increase", 9, "%", "năm 2023", approx="about"),
        subject="kim ngạch xuất khẩu đồ dùng cho trẻ sơ sinh bằng nhựa", period=Y24n, location=VN),
    fig("đứng thứ 5 châu Á", "5", 5, "rank", "hạng", subject="xuất khẩu nhóm hàng này", period=Y24n, location=VN),
    fig("doanh thu 500 tỷ", "500", 500e9, "money", "đồng", status="target", subject="doanh thu", period=Y25,
        location=TU),
    fig("vốn đầu tư 300 tỷ", "300", 300e9, "money", "đồng", status="forecast",
        subject="vốn đầu tư nhà máy thứ hai", period=Y25, location=TU),
    fig("khoảng 400 lao động", "400", 400, "count", "lao động", approx="about", status="forecast",
        subject="việc làm tạo cho lao động", period=Y25, location=TU),
]

NOTES = [
    "News agency (Vietnam+/TTXVN): site bar, 'Thứ Năm, 20/03/2025 - 10:15', dateline tag 'Bình Dương (TTXVN) -', '(TTXVN/Vietnam+)', 'Xem thêm'.",
    "Distractors: 10:15, founding year 'năm 2017', product name 'AP-260 PPSU', 'nhà máy thứ hai' (ordinal), 'quý I/2025' and 'Tết Ất Tỵ' in links.",
    "The company is in 'thành phố Tân Uyên' → location Tân Uyên for its figures; the national export figures are Việt Nam.",
    "'đứng thứ ba cả nước về sản lượng bình sữa' → rank 3 of the company ('cả nước' is the field of the ranking); 'nay' → no period.",
    "'đạt 415 tỷ đồng, vượt mục tiêu 400 tỷ đồng đề ra' → target 400 tỷ (met); 'trong đó xuất khẩu chiếm 58%' → percent figure of its own.",
    "'Riêng dòng ... hơn 1,3 triệu chiếc' inherits Năm 2024 (not scored); 'mỗi chiếc ... khoảng 6,5 USD' → money 'USD/chiếc'.",
    "'120 độ C' is a test condition (a specification): optional. '520 lao động, trong đó 14 kỹ sư' → total 520.",
    "'Năm 2025, An Phúc đặt mục tiêu doanh thu 500 tỷ' → target; 'dự kiến khởi công ... 300 tỷ, tạo việc làm cho khoảng 400 lao động' → forecast.",
]

if __name__ == "__main__":
    write("p1515-8", TEXT, NOTES, FIGS, published="2025-03-20", location="Bình Dương")
