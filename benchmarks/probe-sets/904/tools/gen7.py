"""p904-7: department site (Sở Công Thương Bình Định), no dateline, one-cell-per-line table: làng trống Kim Tài, An Nhơn."""
from lib import F, write, period, inherit, change, target

TEXT = """
SỞ CÔNG THƯƠNG TỈNH BÌNH ĐỊNH
Trang chủ » Khuyến công » Làng nghề

Làng nghề trống Kim Tài gắn với võ cổ truyền

Làng nghề trống Kim Tài (xã Nhơn Phong, thị xã An Nhơn) hiện có 46 hộ với 180 lao động, cung cấp trống trận, trống lân cho hơn 300 võ đường trong và ngoài tỉnh. Năm 2023, làng nghề đạt doanh thu 27,5 tỷ đồng, vượt kế hoạch đề ra là 25 tỷ đồng; 6 tháng đầu năm 2024 ước đạt 14,2 tỷ đồng, bằng 49% kế hoạch năm.

Sản lượng trống của làng nghề:
Đơn vị tính: chiếc
Loại trống
Năm 2022
Năm 2023
6 tháng đầu năm 2024
Trống trường học
2.150
2.480
1.620
Trống lân, trống trận
1.870
2.040
860
Trống chùa, trống hội
410
455
190
Tổng số
4.430
4.975
2.670

Năm 2024, từ nguồn kinh phí khuyến công địa phương, Sở hỗ trợ 320 triệu đồng để 8 hộ đầu tư máy chà nhám, máy bào cuốn, giúp giảm khoảng 30% thời gian hoàn thiện mỗi chiếc trống. Giá da bò nguyên liệu năm 2024 khoảng 75.000 đồng/kg, tăng 12% so với năm 2023, khiến lợi nhuận của các hộ giảm. Hiện giá trống trận mặt 70 cm khoảng 4,5 triệu đồng/chiếc. Mục tiêu năm 2025, doanh thu làng nghề đạt 32 tỷ đồng, thu nhập bình quân của lao động đạt 8 triệu đồng/người/tháng.

Địa chỉ: 143 Hai Bà Trưng, TP Quy Nhơn, Bình Định
Điện thoại: 0256.3812.640 - Fax: 0256.3812.655
Tổng lượt truy cập: 1.284.906
Đang trực tuyến: 37
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 46 hộ", "46", 46, "count", "hộ", "hộ làm trống"),
    F("với 180 lao động", "180", 180, "count", "lao động", "lao động làng nghề trống"),
    F("hơn 300 võ đường", "300", 300, "count", "võ đường", "võ đường được cung cấp trống trận, trống lân",
      approx="over"),
    F("doanh thu 27,5 tỷ đồng", "27,5", 27.5e9, "money", "đồng", "doanh thu làng nghề", Y23,
      target=target(25e9, "đồng", True)),
    F("ước đạt 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng", "doanh thu làng nghề", H1, status="estimate",
      percent=49),
]

ROWS = [("Trống trường học", ["2.150", "2.480", "1.620"]), ("Trống lân, trống trận", ["1.870", "2.040", "860"]),
        ("Trống chùa, trống hội", ["410", "455", "190"]), ("Tổng số", ["4.430", "4.975", "2.670"])]
COLS = [("Năm 2022", Y22), ("Năm 2023", Y23), ("6 tháng đầu năm 2024", H1)]
for label, cells in ROWS:
    for (col, per), cell in zip(COLS, cells):
        FIGS.append(F(f"\n{cell}\n", cell, float(cell.replace(".", "")), "count", "chiếc",
                      f"sản lượng {label.lower()} {col.lower()}", per))

FIGS += [
    F("hỗ trợ 320 triệu đồng", "320", 320e6, "money", "đồng", "kinh phí khuyến công hỗ trợ hộ làm trống", Y24),
    F("để 8 hộ", "8", 8, "count", "hộ", "hộ được hỗ trợ đầu tư máy chà nhám, máy bào cuốn", Y24),
    F("khoảng 30% thời gian", "30", 30, "percent", "%", "mức giảm thời gian hoàn thiện mỗi chiếc trống", Y24,
      approx="about"),
    F("khoảng 75.000 đồng/kg", "75.000", 75000, "money", "đồng/kg", "giá da bò nguyên liệu",
      period("năm 2024", "2024-01-01", "2024-12-31"), approx="about", change=change("increase", 12, "%", "năm 2023")),
    F("mặt 70 cm", "70", 70, "measure", "cm", "mặt trống trận", optional=True),
    F("khoảng 4,5 triệu", "4,5", 4.5e6, "money", "đồng/chiếc", "giá trống trận", approx="about"),
    F("đạt 32 tỷ đồng", "32", 32e9, "money", "đồng", "doanh thu làng nghề", Y25, status="target"),
    F("đạt 8 triệu", "8", 8e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động", Y25, status="target"),
]

COMMENTS = [
    "Sở Công Thương Bình Định: làng nghề trống Kim Tài (xã Nhơn Phong, thị xã An Nhơn). Department page with no dateline; footer address, phone, visit counter.",
    "One-cell-per-line table (Đơn vị tính: chiếc): subject = row label + column label, period from the column header (scored), no totals (Tổng số row is its own figure).",
    "`vượt kế hoạch đề ra là 25 tỷ đồng` is the target of the 27,5 tỷ (met). `giảm khoảng 30% thời gian` has no base amount: a percent figure, period năm 2024 of its sentence.",
    "Not figures: 143 Hai Bà Trưng, phone/fax, Tổng lượt truy cập 1.284.906, Đang trực tuyến 37, `mỗi chiếc`. Optional: `mặt 70 cm`.",
]

write(7, TEXT, FIGS, COMMENTS, published=None, location="An Nhơn")
