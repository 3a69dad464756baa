"""p691-4: Ministry of Transport site — national railway results 2023 and 2024 targets."""
from lib import emit, fig, per, inh, chg

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Đường sắt
Ngày đăng: 09/01/2024 | Lượt xem: 3.104

Năm 2023, đường sắt vận chuyển gần 7 triệu lượt khách

Ngày 8/1, Tổng công ty Đường sắt Việt Nam (VNR) tổ chức Hội nghị tổng kết công tác năm 2023, triển khai kế hoạch năm 2024. Theo báo cáo, sản lượng vận tải hành khách toàn ngành năm 2023 đạt 6,95 triệu lượt khách, tăng 33,5% so với năm 2022; hành khách luân chuyển đạt 3.620 triệu HK.km. Khối lượng hàng hóa vận chuyển đạt 4,5 triệu tấn, giảm 18% so với năm 2022, trong đó hàng liên vận quốc tế đạt 1,15 triệu tấn, chiếm 25,6%.

Xét theo địa phương, lượng khách đi, đến lớn nhất thuộc TP. Hồ Chí Minh với 1,62 triệu lượt, tiếp đến là Hà Nội 1,38 triệu lượt, Đà Nẵng 512.000 lượt và Khánh Hòa 468.000 lượt.

Tỷ lệ tàu khách xuất phát đúng giờ đạt 99,1%, đến ga cuối đúng giờ đạt 92,4%. Tổng doanh thu toàn Tổng công ty ước đạt 7.950 tỷ đồng, bằng 101,3% kế hoạch. Lợi nhuận trước thuế đạt 125 tỷ đồng.

Toàn mạng lưới đường sắt quốc gia hiện dài 3.143 km với 297 ga đang khai thác. Năm 2024, VNR đặt mục tiêu vận chuyển 7,5 triệu lượt khách và 5,2 triệu tấn hàng hóa; tổng doanh thu phấn đấu đạt 8.600 tỷ đồng, tăng khoảng 8% so với năm 2023.

Phát biểu tại hội nghị, Thứ trưởng Bộ GTVT đề nghị VNR khẩn trương hoàn thành 5 dự án cải tạo, nâng cấp tuyến đường sắt Hà Nội – TP. Hồ Chí Minh theo Quyết định số 1769/QĐ-TTg, tổng mức đầu tư 7.000 tỷ đồng.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    fig("gần 7 triệu lượt khách", "7", 7e6, "count", "lượt khách", approx="nearly",
        subject="lượt khách đường sắt vận chuyển",
        period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("đạt 6,95 triệu lượt khách", "6,95", 6.95e6, "count", "lượt khách",
        change=chg("increase", 33.5, baseline="năm 2022"),
        subject="sản lượng vận tải hành khách toàn ngành", period=Y23),
    fig("đạt 3.620 triệu HK.km", "3.620", 3620e6, "measure", "HK.km",
        subject="hành khách luân chuyển", period=Y23),
    fig("đạt 4,5 triệu tấn", "4,5", 4.5e6, "measure", "tấn",
        change=chg("decrease", 18, baseline="năm 2022"),
        subject="khối lượng hàng hóa vận chuyển", period=inh(Y23)),
    fig("đạt 1,15 triệu tấn", "1,15", 1.15e6, "measure", "tấn", total=4.5e6, percent=25.6,
        subject="hàng liên vận quốc tế", period=inh(Y23)),
    fig("với 1,62 triệu lượt", "1,62", 1.62e6, "count", "lượt",
        subject="lượng khách đi, đến", period=inh(Y23), location="TP. Hồ Chí Minh"),
    fig("Hà Nội 1,38 triệu lượt", "1,38", 1.38e6, "count", "lượt",
        subject="lượng khách đi, đến", period=inh(Y23), location="Hà Nội"),
    fig("Đà Nẵng 512.000 lượt", "512.000", 512000, "count", "lượt",
        subject="lượng khách đi, đến", period=inh(Y23), location="Đà Nẵng"),
    fig("Khánh Hòa 468.000 lượt", "468.000", 468000, "count", "lượt",
        subject="lượng khách đi, đến", period=inh(Y23), location="Khánh Hòa"),
    fig("đạt 99,1%", "99,1", 99.1, "percent", "%",
        subject="tỷ lệ tàu khách xuất phát đúng giờ", period=inh(Y23)),
    fig("đạt 92,4%", "92,4", 92.4, "percent", "%",
        subject="tỷ lệ tàu khách đến ga cuối đúng giờ", period=inh(Y23)),
    fig("ước đạt 7.950 tỷ đồng", "7.950", 7950e9, "money", "đồng", percent=101.3, status="estimate",
        subject="tổng doanh thu toàn Tổng công ty", period=inh(Y23)),
    fig("thuế đạt 125 tỷ đồng", "125", 125e9, "money", "đồng",
        subject="lợi nhuận trước thuế", period=inh(Y23)),
    fig("dài 3.143 km", "3.143", 3143, "measure", "km",
        subject="chiều dài mạng lưới đường sắt quốc gia"),
    fig("với 297 ga", "297", 297, "count", "ga", subject="ga đang khai thác"),
    fig("chuyển 7,5 triệu lượt khách", "7,5", 7.5e6, "count", "lượt khách", status="target",
        subject="lượt khách vận chuyển", period=Y24),
    fig("và 5,2 triệu tấn", "5,2", 5.2e6, "measure", "tấn", status="target",
        subject="hàng hóa vận chuyển", period=Y24),
    fig("đạt 8.600 tỷ đồng", "8.600", 8600e9, "money", "đồng", status="target",
        change=chg("increase", 8, baseline="năm 2023", approx="about"),
        subject="tổng doanh thu", period=Y24),
    fig("thành 5 dự án", "5", 5, "count", "dự án",
        subject="dự án cải tạo, nâng cấp tuyến đường sắt Hà Nội – TP. Hồ Chí Minh"),
    fig("tư 7.000 tỷ đồng", "7.000", 7000e9, "money", "đồng",
        subject="tổng mức đầu tư 5 dự án cải tạo, nâng cấp tuyến đường sắt Hà Nội – TP. Hồ Chí Minh"),
]

COMMENTS = [
    "Cổng TTĐT Bộ GTVT: kết quả vận tải đường sắt toàn ngành năm 2023 (VNR) và mục tiêu năm 2024. National figures → Việt Nam.",
    "Provinces in the 'Xét theo địa phương' list are the items' location; the list's indicator 'lượng khách đi, đến' is their subject.",
    "'3.620 triệu HK.km' = 3,62·10⁹ HK.km (measure). '1,15 triệu tấn … chiếm 25,6%' after 'trong đó' → total 4,5 triệu tấn, percent 25.6.",
    "'Năm 2024, VNR đặt mục tiêu … ; tổng doanh thu phấn đấu …' → target; 'tăng khoảng 8% so với năm 2023' is the change of 8.600 tỷ (approx about).",
    "The route 'Hà Nội – TP. Hồ Chí Minh' does not make the projects local (they stay Việt Nam). 'Lợi nhuận trước thuế đạt' is its own sentence, actual.",
    "Not figures: Lượt xem 3.104, 'Ngày 8/1', Quyết định số 1769/QĐ-TTg.",
]

if __name__ == "__main__":
    emit("p691-4", TEXT, COMMENTS, FIGS, published="2024-01-09", location="Việt Nam")
