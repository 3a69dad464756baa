"""p700-5: Báo Đồng Nai (Party newspaper), Tân Cang quarry cluster and provincial stone output."""
from lib import emit, fig, per, inh, chg

TEXT = """Kinh tế

Đồng Nai: Cụm mỏ đá Tân Cang ở Biên Hòa cung ứng hơn 40% sản lượng đá của tỉnh

Cụm mỏ đá Tân Cang (TP.Biên Hòa) hiện có 9 mỏ đang hoạt động trên tổng diện tích khoảng 496 ha, trữ lượng còn lại hơn 230 triệu m³. Năm 2023, sản lượng khai thác của cụm mỏ đạt 14,6 triệu m³, chiếm 42% sản lượng đá xây dựng toàn tỉnh.

Theo Sở Tài nguyên và Môi trường, toàn tỉnh hiện có 27 mỏ đá xây dựng được cấp phép; tổng sản lượng năm 2023 đạt khoảng 34,8 triệu m³, giảm 9,3% so với năm 2022, đứng thứ 2 cả nước sau Bình Dương. 6 tháng đầu năm 2024, sản lượng đạt 16,2 triệu m³, tăng nhẹ 2,1% so với cùng kỳ. Riêng năm 2023, các dự án trọng điểm như đường Vành đai 3, cao tốc Biên Hòa - Vũng Tàu đã sử dụng khoảng 9,7 triệu m³ đá từ các mỏ trong tỉnh.

Tại TP.Biên Hòa, mỏ đá Hóa An đã kết thúc khai thác ở độ sâu khoảng 120 m; tỉnh đang lập đề án cải tạo mỏ thành hồ cảnh quan với diện tích mặt nước hơn 45 ha, tổng vốn đầu tư dự kiến 1.500 tỷ đồng.

Ông Nguyễn Văn Hùng, Phó Giám đốc Sở Tài nguyên và Môi trường cho biết, trong giai đoạn 2021-2025 tỉnh không cấp mới giấy phép khai thác đá tại khu vực đô thị; phấn đấu đến năm 2030 giảm số mỏ đá còn 20 mỏ, diện tích đất mỏ sau đóng cửa được hoàn trả cho địa phương tối thiểu 300 ha.

Các mỏ phải lắp trạm quan trắc bụi, hệ thống camera và trạm cân kết nối dữ liệu với Sở; xe chở đá ra khỏi mỏ phải được phủ bạt, rửa bánh xe.

HỮU CHÍ
12/7/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
BH = "Biên Hòa"

FIGS = [
    fig("hơn 40%", "40", 40, "percent", "%", "sản lượng đá của tỉnh do cụm mỏ đá Tân Cang cung ứng",
        approx="over", location=BH),
    fig("có 9 mỏ", "9", 9, "count", "mỏ", "mỏ đang hoạt động của cụm mỏ đá Tân Cang", location=BH),
    fig("khoảng 496 ha", "496", 496, "measure", "ha", "tổng diện tích cụm mỏ đá Tân Cang",
        approx="about", location=BH),
    fig("hơn 230 triệu m³", "230", 230e6, "measure", "m³", "trữ lượng còn lại của cụm mỏ đá Tân Cang",
        approx="over", location=BH),
    fig("đạt 14,6 triệu m³", "14,6", 14.6e6, "measure", "m³", "sản lượng khai thác của cụm mỏ", Y23,
        percent=42, location=BH),
    fig("có 27 mỏ", "27", 27, "count", "mỏ", "mỏ đá xây dựng được cấp phép"),
    fig("khoảng 34,8 triệu m³", "34,8", 34.8e6, "measure", "m³", "tổng sản lượng đá xây dựng",
        per("năm 2023", "2023-01-01", "2023-12-31"), approx="about",
        change=chg("decrease", 9.3, baseline="năm 2022")),
    fig("đứng thứ 2 cả nước", "2", 2, "rank", "hạng", "sản lượng đá xây dựng",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("đạt 16,2 triệu m³", "16,2", 16.2e6, "measure", "m³", "sản lượng đá xây dựng",
        per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"),
        change=chg("increase", 2.1, baseline="cùng kỳ")),
    fig("khoảng 9,7 triệu m³", "9,7", 9.7e6, "measure", "m³", "đá các dự án trọng điểm sử dụng",
        per("Riêng năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    fig("khoảng 120 m", "120", 120, "measure", "m", "độ sâu khai thác mỏ đá Hóa An",
        approx="about", location=BH),
    fig("hơn 45 ha", "45", 45, "measure", "ha", "diện tích mặt nước hồ cảnh quan",
        approx="over", location=BH),
    fig("dự kiến 1.500 tỷ đồng", "1.500", 1.5e12, "money", "đồng", "tổng vốn đầu tư đề án cải tạo mỏ",
        status="forecast", location=BH),
    fig("còn 20 mỏ", "20", 20, "count", "mỏ", "số mỏ đá", TO30, status="target"),
    fig("tối thiểu 300 ha", "300", 300, "measure", "ha",
        "diện tích đất mỏ sau đóng cửa được hoàn trả cho địa phương", TO30,
        approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Đồng Nai (Party newspaper): section tag, headline, byline 'HỮU CHÍ' and bare date '12/7/2024' at the end.",
    "Tân Cang cluster figures describe Biên Hòa (named in the headline and the first sentence); the next sentence",
    "('sản lượng khai thác của cụm mỏ') continues the cluster, so it keeps Biên Hòa. Provincial figures: Đồng Nai.",
    "'chiếm 42%' is the percent of 14,6 triệu m³; 'đứng thứ 2 cả nước sau Bình Dương' is a rank of Đồng Nai's output",
    "(location Đồng Nai, not Việt Nam nor Bình Dương). Hóa An paragraph opens with 'Tại TP.Biên Hòa'.",
    "Not figures: 'Vành đai 3', 'giai đoạn 2021-2025', the date line.",
]

if __name__ == "__main__":
    emit("p700-5", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Đồng Nai")
