from lib import F, P, C, T, build

TEXT = """BÁO CÀ MAU
Kinh tế

Nâng chất nuôi tôm quảng canh cải tiến
Hồng Nhung - 06:45, 15/10/2024

(CMO) Toàn tỉnh Cà Mau hiện có khoảng 280.000 ha nuôi tôm nước lợ, trong đó diện tích quảng canh cải tiến trên 38.000 ha, tôm - lúa gần 40.000 ha và tôm - rừng khoảng 26.000 ha.

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng năm 2024, sản lượng tôm toàn tỉnh đạt 166.540 tấn, bằng 73,2% kế hoạch, tăng 3,8% so với cùng kỳ. Năng suất tôm quảng canh cải tiến bình quân từ 0,8 đến 1,2 tấn/ha/năm, cao gấp 3 lần so với quảng canh truyền thống (khoảng 0,3 tấn/ha/năm).

Các huyện có diện tích quảng canh cải tiến lớn là Đầm Dơi (9.600 ha), Cái Nước (7.850 ha), Phú Tân (6.200 ha) và Năm Căn (4.300 ha).

Ông Lâm Văn Hận, Giám đốc Hợp tác xã Thuận Lợi ở huyện Đầm Dơi, cho biết hợp tác xã có 45 thành viên với 126 ha; mỗi ha quảng canh cải tiến của hợp tác xã sau khi trừ chi phí lãi khoảng 80 - 100 triệu đồng/năm. Hiện giá tôm sú loại 30 con/kg tại các vựa ở TP Cà Mau dao động 205.000 - 215.000 đồng/kg.

Mô hình tôm - rừng ở Năm Căn, Ngọc Hiển được đánh giá bền vững. Đến nay, toàn tỉnh đã có 14.600 ha tôm - rừng được cấp chứng nhận quốc tế (ASC, Naturland), chiếm 56,2% diện tích tôm - rừng.

Thực hiện Nghị quyết số 11-NQ/TU của Tỉnh ủy, giai đoạn 2021 - 2025, tỉnh phấn đấu nâng diện tích quảng canh cải tiến lên 60.000 ha, tôm - rừng có chứng nhận đạt 20.000 ha; đến năm 2030, sản lượng tôm đạt 400.000 tấn/năm.

Mọi ý kiến đóng góp xin gửi về Tòa soạn, số 37 Phan Ngọc Hiển, phường 5, TP Cà Mau; ĐT: 0290.3831.514.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
NOW = P("Đến nay", None, "2024-10-15")
G25 = P("giai đoạn 2021 - 2025", "2021-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 280.000 ha", "280.000", "measure", "ha", "diện tích nuôi tôm nước lợ", approx="about"),
    F("trên 38.000 ha", "38.000", "measure", "ha", "diện tích quảng canh cải tiến", approx="over", total=280000),
    F("gần 40.000 ha", "40.000", "measure", "ha", "diện tích tôm - lúa", approx="nearly", total=280000),
    F("khoảng 26.000 ha", "26.000", "measure", "ha", "diện tích tôm - rừng", approx="about", total=280000),
    F("đạt 166.540 tấn", "166.540", "measure", "tấn", "sản lượng tôm", percent=73.2,
      change=C("increase", 3.8, "%", "cùng kỳ"), period=M9),
    F("từ 0,8 đến 1,2 tấn/ha/năm", "0,8", "measure", "tấn/ha/năm", "năng suất tôm quảng canh cải tiến bình quân",
      value_max=1.2, change=C("increase", 3, "lần", "quảng canh truyền thống"), period=M9i),
    F("khoảng 0,3 tấn/ha/năm", "0,3", "measure", "tấn/ha/năm", "năng suất quảng canh truyền thống", approx="about", period=M9i),
    F("Đầm Dơi (9.600 ha)", "9.600", "measure", "ha", "diện tích quảng canh cải tiến", location="Đầm Dơi"),
    F("Cái Nước (7.850 ha)", "7.850", "measure", "ha", "diện tích quảng canh cải tiến", location="Cái Nước"),
    F("Phú Tân (6.200 ha)", "6.200", "measure", "ha", "diện tích quảng canh cải tiến", location="Phú Tân"),
    F("Năm Căn (4.300 ha)", "4.300", "measure", "ha", "diện tích quảng canh cải tiến", location="Năm Căn"),
    F("có 45 thành viên", "45", "count", "thành viên", "thành viên hợp tác xã Thuận Lợi", location="Đầm Dơi"),
    F("với 126 ha", "126", "measure", "ha", "diện tích của hợp tác xã Thuận Lợi", location="Đầm Dơi"),
    F("khoảng 80 - 100 triệu", "80", "money", "đồng/năm", "lãi mỗi ha quảng canh cải tiến sau khi trừ chi phí", mult="triệu",
      value_max=100e6, approx="about", location="Đầm Dơi"),
    F("loại 30 con/kg", "30", "measure", "con/kg", "cỡ tôm sú", optional=True),
    F("205.000 - 215.000 đồng/kg", "205.000", "money", "đồng/kg", "giá tôm sú loại 30 con/kg", value_max=215000),
    F("có 14.600 ha", "14.600", "measure", "ha", "diện tích tôm - rừng được cấp chứng nhận quốc tế", percent=56.2, period=NOW),
    F("lên 60.000 ha", "60.000", "measure", "ha", "diện tích quảng canh cải tiến", status="target", period=G25),
    F("đạt 20.000 ha", "20.000", "measure", "ha", "diện tích tôm - rừng có chứng nhận", status="target", period=G25),
    F("đạt 400.000 tấn/năm", "400.000", "measure", "tấn/năm", "sản lượng tôm", status="target", period=T30),
]

COMMENTS = [
    "Báo Cà Mau (CMO): quảng canh cải tiến, tôm - lúa, tôm - rừng; byline + 'HH:MM, DD/MM/YYYY' dateline -> published 2024-10-15.",
    "'hiện có' states no period: the opening figures and the district list have none. 'trong đó' parts with their own approx take total 280000.",
    "'bằng 73,2% kế hoạch' is the percent of 166.540 tấn. 'cao gấp 3 lần so với quảng canh truyền thống' is the change of the yield range",
    "(3 lần, as 'gấp 1,6 lần năm 2022' in probe 205); the bracketed '(khoảng 0,3 tấn/ha/năm)' is a figure of its own.",
    "The cooperative's figures take the district where it stands (Đầm Dơi); the price 'tại các vựa ở TP Cà Mau' -> Cà Mau (city = province name).",
    "Size label 'loại 30 con/kg' optional. 'Đến nay' ends at the dateline. Distractors: Nghị quyết số 11-NQ/TU, address 'số 37 Phan Ngọc Hiển, phường 5',",
    "phone 0290.3831.514, 'ASC, Naturland', districts Năm Căn/Ngọc Hiển named only as places of the model.",
]

build(3, TEXT, COMMENTS, FIGS, published="2024-10-15", location="Cà Mau")
