"""p712-5: Party newspaper (Báo Khánh Hòa style) — nhà ở xã hội Khánh Hòa, byline and date at the end."""
from lib import F, P, I, emit

TEXT = """Khánh Hòa: Đẩy nhanh tiến độ các dự án nhà ở xã hội

Nhu cầu nhà ở của công nhân, người lao động thu nhập thấp tại Khánh Hòa rất lớn, trong khi nguồn cung nhà ở xã hội còn hạn chế.

Theo Sở Xây dựng, giai đoạn 2021-2023, toàn tỉnh đã hoàn thành 6 dự án nhà ở xã hội với 2.486 căn hộ, đạt 47,8% kế hoạch giai đoạn 2021-2025. Hiện có 9 dự án đang triển khai với khoảng 7.100 căn, trong đó TP. Nha Trang 4 dự án, TP. Cam Ranh 3 dự án và thị xã Ninh Hòa 2 dự án. Trong năm 2024, tỉnh dự kiến khởi công thêm ba dự án với 1.850 căn.

Theo khảo sát, nhu cầu nhà ở xã hội của công nhân tại các khu công nghiệp trên địa bàn tỉnh khoảng 12.000 căn. Thu nhập bình quân của công nhân hiện chỉ từ 7 đến 9 triệu đồng/tháng, trong khi giá căn hộ thương mại tại Nha Trang phổ biến 35-45 triệu đồng/m².

Tại dự án Nhà ở xã hội Phước Long 2 (đường số 7, phường Phước Long, TP. Nha Trang), giá bán dự kiến khoảng 14,6 triệu đồng/m², chỉ bằng 35% giá căn hộ thương mại cùng khu vực; chủ đầu tư đã nhận hơn 2.300 hồ sơ đăng ký mua cho 828 căn hộ.

Ông Lê Văn Dễ, Giám đốc Sở Xây dựng cho biết, theo Quyết định số 444/QĐ-TTg của Thủ tướng Chính phủ, Khánh Hòa phấn đấu đến năm 2025 hoàn thành 5.200 căn và đến năm 2030 hoàn thành 20.000 căn nhà ở xã hội.

Để tháo gỡ vướng mắc, UBND tỉnh đã thành lập tổ công tác liên ngành, họp định kỳ vào thứ Hai tuần thứ 2 hằng tháng.

PHƯƠNG LINH
25/06/2024 - 07:45
"""

COMMENTS = [
    "Party newspaper (Báo Khánh Hòa style): nhà ở xã hội Khánh Hòa; byline 'PHƯƠNG LINH' and '25/06/2024 - 07:45' at the end (published).",
    "'trong đó TP. Nha Trang 4 dự án, …' follows '9 dự án … với khoảng 7.100 căn': the parts count dự án, so the whole is the 9 dự án",
    "(4+3+2 = 9), location = each city/town. 'ba dự án' is a number word. 'đạt 47,8% kế hoạch' is the percent of 2.486 căn hộ;",
    "'chỉ bằng 35% giá căn hộ thương mại' the percent of 14,6 triệu đồng/m² (forecast: 'dự kiến'). The Phước Long 2 project is in",
    "TP. Nha Trang (location). 'hơn 2.300 hồ sơ … cho 828 căn hộ' are two figures, no total. 'đến năm 2025/2030' targets end that year.",
    "Distractors: 'Phước Long 2' (project name), 'đường số 7', 'Quyết định số 444/QĐ-TTg', 'thứ Hai tuần thứ 2', 'giai đoạn 2021-2025'",
    "(a plan's period), byline date.",
]

FIGS = [
    F("hoàn thành 6 dự án", "6", 6, "count", "dự án", "dự án nhà ở xã hội đã hoàn thành",
      P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("với 2.486 căn hộ", "2.486", 2486, "count", "căn hộ", "căn hộ nhà ở xã hội đã hoàn thành",
      P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31"), percent=47.8),
    F("Hiện có 9 dự án", "9", 9, "count", "dự án", "dự án nhà ở xã hội đang triển khai"),
    F("khoảng 7.100 căn", "7.100", 7100, "count", "căn", "căn nhà ở xã hội của các dự án đang triển khai", approx="about"),
    F("Trang 4 dự án", "4", 4, "count", "dự án", "dự án nhà ở xã hội đang triển khai", total=9, location="Nha Trang"),
    F("Ranh 3 dự án", "3", 3, "count", "dự án", "dự án nhà ở xã hội đang triển khai", total=9, location="Cam Ranh"),
    F("Hòa 2 dự án", "2", 2, "count", "dự án", "dự án nhà ở xã hội đang triển khai", total=9, location="Ninh Hòa"),
    F("thêm ba dự án", "ba", 3, "count", "dự án", "dự án nhà ở xã hội khởi công thêm",
      P("Trong năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
    F("với 1.850 căn", "1.850", 1850, "count", "căn", "căn nhà ở xã hội của các dự án khởi công thêm",
      P("Trong năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
    F("khoảng 12.000 căn", "12.000", 12000, "count", "căn",
      "nhu cầu nhà ở xã hội của công nhân tại các khu công nghiệp", approx="about"),
    F("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/tháng", "thu nhập bình quân của công nhân", value_max=9e6),
    F("phổ biến 35-45 triệu", "35", 35e6, "money", "đồng/m²", "giá căn hộ thương mại", value_max=45e6, location="Nha Trang"),
    F("khoảng 14,6 triệu", "14,6", 14.6e6, "money", "đồng/m²", "giá bán nhà ở xã hội tại dự án Phước Long 2",
      approx="about", percent=35, status="forecast", location="Nha Trang"),
    F("hơn 2.300 hồ sơ", "2.300", 2300, "count", "hồ sơ", "hồ sơ đăng ký mua nhà ở xã hội Phước Long 2", approx="over",
      location="Nha Trang"),
    F("cho 828 căn hộ", "828", 828, "count", "căn hộ", "căn hộ nhà ở xã hội Phước Long 2", location="Nha Trang"),
    F("hoàn thành 5.200 căn", "5.200", 5200, "count", "căn", "căn nhà ở xã hội hoàn thành",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("hoàn thành 20.000 căn", "20.000", 20000, "count", "căn", "căn nhà ở xã hội hoàn thành",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

if __name__ == "__main__":
    emit("p712-5", TEXT, COMMENTS, FIGS, published="2024-06-25", location="Khánh Hòa")
