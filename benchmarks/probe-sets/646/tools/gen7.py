from lib import F, P, INH, CH, emit

TEXT = """SỞ XÂY DỰNG THÀNH PHỐ HẢI PHÒNG
Trang chủ / Quản lý nhà / Nhà ở xã hội

Tình hình nhà ở cho công nhân tại các khu công nghiệp năm 2023

Năm 2023, các khu công nghiệp trên địa bàn thành phố Hải Phòng thu hút 218.500 lao động, tăng 9,6% so với năm 2022. Số lao động có nhu cầu thuê nhà ở khoảng 95.000 người, chủ yếu là lao động trẻ từ các tỉnh Thái Bình, Hải Dương, Quảng Ninh. Kết quả bố trí nhà ở tại 4 khu công nghiệp có dự án nhà ở công nhân như sau:

Bảng: Nhà ở công nhân tại một số khu công nghiệp
Khu công nghiệp
Số lao động năm 2023 (người)
Căn hộ đã hoàn thành (căn)
Kế hoạch năm 2025 (căn)
Tràng Duệ
38.200
2.540
4.000
VSIP Hải Phòng
31.750
1.216
3.500
Đình Vũ
24.600
0
1.800
Nam Đình Vũ
17.300
864
2.000
Nguồn: Ban Quản lý Khu kinh tế Hải Phòng

Tổng số căn hộ nhà ở công nhân đã hoàn thành tại 4 khu công nghiệp trên là 4.620 căn, trong đó 3.756 căn đã có người thuê, chiếm 81,3%. Dự án nhà ở công nhân Tràng Duệ do Công ty Cổ phần Xây dựng số 68 làm chủ đầu tư có giá thuê 40.000 đồng/m²/tháng; đơn giá xây dựng bình quân khoảng 11,2 triệu đồng/m² sàn.

Ủy ban nhân dân thành phố đặt mục tiêu đến năm 2030 có 62.000 căn nhà ở xã hội, nhà ở công nhân, trong đó khoảng 40% bố trí gần các khu công nghiệp. Người lao động có nhu cầu liên hệ Phòng Quản lý nhà trong giờ hành chính để được hướng dẫn hồ sơ.

Liên hệ: Phòng Quản lý nhà, tầng 5, số 16 Trần Phú, quận Ngô Quyền. ĐT: 0225.3745.810
Tổng số lượt truy cập: 2.864.017
"""

Y23 = P("Số lao động năm 2023", "2023-01-01", "2023-12-31")
Y23I = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")


def row(kcn, cells):
    (a1, n1, v1), (a2, n2, v2), (a3, n3, v3) = cells
    return [
        F(a1, n1, v1, "count", "người", f"số lao động khu công nghiệp {kcn} năm 2023", Y23),
        F(a2, n2, v2, "count", "căn", f"căn hộ đã hoàn thành khu công nghiệp {kcn}", Y23I),
        F(a3, n3, v3, "count", "căn", f"căn hộ kế hoạch năm 2025 khu công nghiệp {kcn}", Y25, status="target"),
    ]


FIGS = [
    F("thu hút 218.500 lao động", "218.500", 218500, "count", "lao động", "lao động trong các khu công nghiệp",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 9.6, baseline="năm 2022")),
    F("khoảng 95.000 người", "95.000", 95000, "count", "người", "lao động có nhu cầu thuê nhà ở", Y23I,
      approx="about"),
    F("tại 4 khu công nghiệp có", "4", 4, "count", "khu công nghiệp", "khu công nghiệp có dự án nhà ở công nhân", Y23I),
    *row("Tràng Duệ", [("Duệ\n38.200", "38.200", 38200), ("38.200\n2.540", "2.540", 2540),
                       ("2.540\n4.000", "4.000", 4000)]),
    *row("VSIP Hải Phòng", [("31.750", "31.750", 31750), ("1.216", "1.216", 1216), ("3.500", "3.500", 3500)]),
    *row("Đình Vũ", [("24.600", "24.600", 24600), ("24.600\n0\n", "0", 0), ("0\n1.800", "1.800", 1800)]),
    *row("Nam Đình Vũ", [("17.300", "17.300", 17300), ("17.300\n864", "864", 864), ("864\n2.000", "2.000", 2000)]),
    F("tại 4 khu công nghiệp trên", "4", 4, "count", "khu công nghiệp", "khu công nghiệp", optional=True),
    F("là 4.620 căn", "4.620", 4620, "count", "căn", "căn hộ nhà ở công nhân đã hoàn thành tại 4 khu công nghiệp",
      Y23I),
    F("đó 3.756 căn", "3.756", 3756, "count", "căn", "căn hộ nhà ở công nhân đã có người thuê", Y23I,
      total=4620, percent=81.3),
    F("thuê 40.000 đồng", "40.000", 40000, "money", "đồng/m²/tháng", "giá thuê nhà ở công nhân Tràng Duệ"),
    F("khoảng 11,2 triệu", "11,2", 11200000, "money", "đồng/m² sàn", "đơn giá xây dựng bình quân", approx="about"),
    F("có 62.000 căn", "62.000", 62000, "count", "căn", "căn nhà ở xã hội, nhà ở công nhân",
      P("đến năm 2030", end="2030-12-31"), status="target"),
    F("khoảng 40%", "40", 40, "percent", "%", "căn nhà ở xã hội, nhà ở công nhân bố trí gần các khu công nghiệp",
      P("đến năm 2030", end="2030-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Department site (Sở Xây dựng Hải Phòng): breadcrumb, no dateline, visit counter in the footer (not a figure).",
    "One-cell-per-line table, units in the column headers ((người), (căn)); row labels are industrial parks, not places,",
    "so they go to the subject and location stays Hải Phòng. Periods from the headers: 'Số lao động năm 2023' (scored),",
    "'Kế hoạch năm 2025' (target, scored); the 'Căn hộ đã hoàn thành' column has no period in its header (the title's",
    "năm 2023, inherited). The zero cell (Đình Vũ, 0 căn) is a figure. 'trong đó 3.756 căn ..., chiếm 81,3%' -> total,",
    "percent; the repeated 'tại 4 khu công nghiệp trên' is a back-reference -> optional. 'trong đó khoảng 40%' of a target is a target percent figure (the cue continues the mục tiêu clause).",
    "Distractors: Công ty Cổ phần Xây dựng số 68, tầng 5, số 16 Trần Phú, phone 0225.3745.810, 'Tổng số lượt truy cập: 2.864.017'.",
]

if __name__ == "__main__":
    emit("p646-7", TEXT, COMMENTS, FIGS, location="Hải Phòng")
