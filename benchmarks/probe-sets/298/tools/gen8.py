from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Sơn La
Ngày cập nhật: 12/08/2024

Phát triển nuôi cá lồng trên lòng hồ thủy điện

Tỉnh Sơn La có trên 25.000 ha mặt nước lòng hồ thủy điện Sơn La và Hòa Bình. 6 tháng đầu năm 2024, toàn tỉnh có 7.245 lồng nuôi cá, tăng 6,3% so với cùng kỳ, sản lượng cá lồng đạt 3.860 tấn. Các huyện có số lồng lớn gồm: Quỳnh Nhai 2.460 lồng, Mường La 1.985 lồng, Thuận Châu 1.130 lồng.

Kết quả nuôi cá lồng giai đoạn 2022 - 2024

Chỉ tiêu

Năm 2022

Năm 2023

6 tháng đầu năm 2024

Số lồng nuôi (lồng)

6.420

6.980

7.245

Sản lượng (tấn)

6.150

7.020

3.860

Giá trị sản xuất (tỷ đồng)

245,6

291,3

162,4

Các đối tượng nuôi chủ yếu là cá rô phi, cá trắm cỏ, cá lăng, cá tầm. Giá bán cá lăng đạt 150.000-170.000 đồng/kg, cá tầm khoảng 250.000 đồng/kg. Tỉnh đã hỗ trợ 1.200 lồng theo Nghị quyết số 27/2022/NQ-HĐND, mỗi lồng 10 triệu đồng.

Về con giống, 6 tháng đầu năm, Trung tâm Giống thủy sản tỉnh sản xuất được 5,2 triệu con cá giống, đáp ứng khoảng 40% nhu cầu; số còn lại phải nhập từ Hòa Bình, Phú Thọ, Hải Dương.

Tuy nhiên, trong tháng 6, mưa lũ kéo dài khiến 146 lồng bị hư hỏng, gần 65 tấn cá bị chết, thất thoát. Mục tiêu đến năm 2025, Sơn La đạt 8.500 lồng, sản lượng cá lồng trên 8.000 tấn/năm.

Trung tâm Thông tin tỉnh
Đường dây nóng: 0212.3852.558 | Tổng lượt truy cập: 3.458.912
"""

P6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M6 = P("trong tháng 6", "2024-06-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
S_L = "lồng nuôi cá"

FIGS = [
    F("trên 25.000 ha", "25.000", 25000, "measure", "ha", "diện tích mặt nước lòng hồ thủy điện Sơn La và Hòa Bình",
      approx="over"),
    F("có 7.245 lồng", "7.245", 7245, "count", "lồng", S_L, P6, change=CH("increase", 6.3, baseline="cùng kỳ")),
    F("đạt 3.860 tấn", "3.860", 3860, "measure", "tấn", "sản lượng cá lồng", P6),
    F("Quỳnh Nhai 2.460 lồng", "2.460", 2460, "count", "lồng", S_L, I(P6), total=7245, location="Quỳnh Nhai"),
    F("Mường La 1.985 lồng", "1.985", 1985, "count", "lồng", S_L, I(P6), total=7245, location="Mường La"),
    F("Thuận Châu 1.130 lồng", "1.130", 1130, "count", "lồng", S_L, I(P6), total=7245, location="Thuận Châu"),
]
CELLS = [
    ("Số lồng nuôi", "count", "lồng", 1, [("6.420", 6420), ("6.980", 6980), ("7.245", 7245)],
     ["(lồng)\n\n6.420", "6.420\n\n6.980", "6.980\n\n7.245"]),
    ("Sản lượng", "measure", "tấn", 1, [("6.150", 6150), ("7.020", 7020), ("3.860", 3860)],
     ["(tấn)\n\n6.150", "6.150\n\n7.020", "7.020\n\n3.860"]),
    ("Giá trị sản xuất", "money", "đồng", 1e9, [("245,6", 245.6), ("291,3", 291.3), ("162,4", 162.4)],
     ["đồng)\n\n245,6", "245,6\n\n291,3", "291,3\n\n162,4"]),
]
for label, kind, unit, mult, vals, anchors in CELLS:
    for (num, v), anchor, per in zip(vals, anchors, (Y22, Y23, P6)):
        FIGS.append(F(anchor, num, v * mult, kind, unit, f"{label} {per['text']}", per))

FIGS += [
    F("đạt 150.000-170.000", "150.000", 150000, "money", "đồng/kg", "giá bán cá lăng", value_max=170000),
    F("khoảng 250.000 đồng/kg", "250.000", 250000, "money", "đồng/kg", "giá bán cá tầm", approx="about"),
    F("hỗ trợ 1.200 lồng", "1.200", 1200, "count", "lồng", "lồng được hỗ trợ"),
    F("mỗi lồng 10 triệu đồng", "10", 10e6, "money", "đồng/lồng", "mức hỗ trợ mỗi lồng"),
    F("được 5,2 triệu con", "5,2", 5.2e6, "count", "con cá giống", "cá giống Trung tâm Giống thủy sản tỉnh sản xuất",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("khoảng 40% nhu cầu", "40", 40, "percent", "%", "nhu cầu cá giống được đáp ứng",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="about"),
    F("khiến 146 lồng", "146", 146, "count", "lồng", "lồng bị hư hỏng do mưa lũ", M6),
    F("gần 65 tấn", "65", 65, "measure", "tấn", "cá bị chết, thất thoát do mưa lũ", M6, approx="nearly"),
    F("đạt 8.500 lồng", "8.500", 8500, "count", "lồng", S_L, T25, status="target"),
    F("trên 8.000 tấn/năm", "8.000", 8000, "measure", "tấn/năm", "sản lượng cá lồng", T25, approx="over", status="target"),
]

COMMENTS = [
    "Province portal (Sơn La): cage fish on hydropower reservoirs — cages, output, districts, one-cell-per-line table 2022/2023/6 tháng 2024.",
    "'Ngày cập nhật: 12/08/2024' without time. Furniture: 'Tổng lượt truy cập: 3.458.912', hotline. Distractors: Nghị quyết số 27/2022/NQ-HĐND,",
    "'giai đoạn 2022 - 2024' (table title). District list after 'gồm:' follows the sentence with 7.245 lồng -> total 7245 (3.860 tấn is not the same thing).",
    "Table: unit from the row label in brackets ('(tỷ đồng)' makes 245,6 = 245,6 tỷ đồng), period from the column header (stated), subject = row + column.",
    "The table repeats 7.245 and 3.860 from the text: both occurrences are figures. 'trong tháng 6' takes 2024 from '6 tháng đầu năm 2024'.",
    "'6 tháng đầu năm' (seed paragraph) takes 2024; provinces named as seed sources are not the figure's place.",
    "'mỗi lồng 10 triệu đồng' is the support per cage (money, unit đồng/lồng). 'Mục tiêu đến năm 2025' -> status target.",
]

if __name__ == "__main__":
    emit(8, TEXT, COMMENTS, FIGS, published="2024-08-12", location="Sơn La")
