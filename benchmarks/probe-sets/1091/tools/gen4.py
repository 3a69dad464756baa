"""p1091-4: Cục Quản lý xuất nhập cảnh (Bộ Công an) site, e-visas issued and national arrivals 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG AN - CỤC QUẢN LÝ XUẤT NHẬP CẢNH
Trang chủ > Tin tức > Hoạt động nghiệp vụ

Năm 2024: cấp hơn 5,4 triệu thị thực điện tử

Đăng lúc: 10:30 15/01/2025

Năm 2024, Cục Quản lý xuất nhập cảnh đã cấp hơn 5,4 triệu thị thực điện tử cho người nước ngoài, tăng 2,2 lần so với năm 2023, chiếm khoảng 78% tổng số thị thực cấp cho người nước ngoài. Các quốc tịch được cấp nhiều nhất lần lượt là Trung Quốc (1,12 triệu), Ấn Độ (532.000), Hoa Kỳ (418.000), Đài Loan (Trung Quốc) (365.000) và Úc (289.000).

Thời gian xử lý hồ sơ bình quân 3 ngày làm việc; tỷ lệ hồ sơ được chấp thuận đạt 96,4%. Theo Luật số 23/2023/QH15, từ ngày 15/8/2023 thị thực điện tử được cấp cho công dân tất cả các nước, vùng lãnh thổ với thời hạn không quá 90 ngày; công dân 13 nước được đơn phương miễn thị thực với thời gian tạm trú 45 ngày.

Cũng trong năm 2024, cả nước đón 17,6 triệu lượt khách quốc tế, tăng 39,5% so với năm 2023, bằng 98% so với năm 2019; trong đó đường hàng không 14,9 triệu lượt, chiếm 84,7%, đường bộ 2,5 triệu lượt và đường biển khoảng 200.000 lượt.

Tỷ lệ người nước ngoài nhập cảnh bằng thị thực điện tử qua cửa khẩu đường hàng không chiếm 91,2%, cửa khẩu đường bộ 7,5% và cửa khẩu đường biển 1,3%.

Năm 2025, ngành du lịch đặt mục tiêu đón 22-23 triệu lượt khách quốc tế. Cục Quản lý xuất nhập cảnh phấn đấu 100% hồ sơ đề nghị cấp thị thực được tiếp nhận, xử lý trực tuyến trên Cổng thị thực điện tử.

Cục Quản lý xuất nhập cảnh - Bộ Công an
Địa chỉ: 44-46 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 069.2342.841
"""

PY = P("Năm 2024", "2024-01-01", "2024-12-31")
IPY = I(PY)
P24 = P("năm 2024", "2024-01-01", "2024-12-31")
EV = "thị thực điện tử"


def market(anchor, number, value, country):
    return F(anchor, number, value, "count", EV, f"thị thực điện tử cấp cho công dân {country}", IPY)


FIGS = [
    F("2024: cấp hơn 5,4 triệu", "5,4", 5_400_000, "count", EV, "thị thực điện tử được cấp", PY, approx="over"),
    F("hơn 5,4 triệu thị thực điện tử cho", "5,4", 5_400_000, "count", EV, "thị thực điện tử cấp cho người nước ngoài", PY,
      approx="over", percent=78, change=C("increase", 2.2, unit="lần", baseline="năm 2023")),
    market("Trung Quốc (1,12 triệu)", "1,12", 1_120_000, "Trung Quốc"),
    market("Ấn Độ (532.000)", "532.000", 532000, "Ấn Độ"),
    market("Hoa Kỳ (418.000)", "418.000", 418000, "Hoa Kỳ"),
    market("(365.000)", "365.000", 365000, "Đài Loan (Trung Quốc)"),
    market("Úc (289.000)", "289.000", 289000, "Úc"),
    F("bình quân 3 ngày làm việc", "3", 3, "measure", "ngày làm việc", "thời gian xử lý hồ sơ thị thực điện tử bình quân"),
    F("đạt 96,4%", "96,4", 96.4, "percent", "%", "tỷ lệ hồ sơ được chấp thuận"),
    F("không quá 90 ngày", "90", 90, "measure", "ngày", "thời hạn thị thực điện tử", approx="at_most", optional=True),
    F("công dân 13 nước", "13", 13, "count", "nước", "nước có công dân được đơn phương miễn thị thực"),
    F("tạm trú 45 ngày", "45", 45, "measure", "ngày", "thời gian tạm trú khi được miễn thị thực", optional=True),
    F("đón 17,6 triệu lượt", "17,6", 17_600_000, "count", "lượt khách", "khách quốc tế", P24,
      percent=98, change=C("increase", 39.5, baseline="năm 2023")),
    F("hàng không 14,9 triệu lượt", "14,9", 14_900_000, "count", "lượt", "khách quốc tế đến bằng đường hàng không", P24,
      total=17_600_000, percent=84.7),
    F("đường bộ 2,5 triệu lượt", "2,5", 2_500_000, "count", "lượt", "khách quốc tế đến bằng đường bộ", P24,
      total=17_600_000),
    F("khoảng 200.000 lượt", "200.000", 200000, "count", "lượt", "khách quốc tế đến bằng đường biển", P24,
      total=17_600_000, approx="about"),
    F("chiếm 91,2%", "91,2", 91.2, "percent", "%",
      "tỷ lệ người nước ngoài nhập cảnh bằng thị thực điện tử qua cửa khẩu đường hàng không", IPY),
    F("bộ 7,5%", "7,5", 7.5, "percent", "%",
      "tỷ lệ người nước ngoài nhập cảnh bằng thị thực điện tử qua cửa khẩu đường bộ", IPY),
    F("biển 1,3%", "1,3", 1.3, "percent", "%",
      "tỷ lệ người nước ngoài nhập cảnh bằng thị thực điện tử qua cửa khẩu đường biển", IPY),
    F("đón 22-23 triệu", "22", 22_000_000, "count", "lượt khách", "khách quốc tế",
      P("Năm 2025", "2025-01-01", "2025-12-31"), value_max=23_000_000, status="target"),
    F("phấn đấu 100% hồ sơ", "100", 100, "percent", "%",
      "hồ sơ đề nghị cấp thị thực được tiếp nhận, xử lý trực tuyến", I(P("Năm 2025", "2025-01-01", "2025-12-31")),
      status="target"),
]

NOTES = [
    "Ministry/central agency site (Cục Quản lý xuất nhập cảnh, Bộ Công an), 15/01/2025: e-visas issued in 2024 by nationality, national arrivals by mode.",
    "Distractors: 'Đăng lúc: 10:30 15/01/2025', 'Luật số 23/2023/QH15', 'từ ngày 15/8/2023', address '44-46 Trần Phú' (looks like a range), phone 069.2342.841.",
    "All figures are national (Việt Nam); nationalities are markets, not places: they stay in the subject.",
    "The headline count is a figure of its own (cf. h12). 'tăng 2,2 lần so với năm 2023' = change in lần; 'chiếm khoảng 78%' = percent.",
    "Policy terms 'không quá 90 ngày' (e-visa validity) and 'tạm trú 45 ngày' (visa-exemption stay) describe a rule: optional. '13 nước' is a count (no period given).",
    "Air/road/sea parts after 'trong đó' get total 17,6 triệu. The three e-visa shares by gate type (list sharing one indicator) are percent figures.",
]

write("p1091-4", TEXT, FIGS, NOTES, published="2025-01-15", location="Việt Nam")
