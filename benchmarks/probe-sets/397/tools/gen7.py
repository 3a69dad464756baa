from lib import F, P, C, T, emit

TEXT = """CỤC THỐNG KÊ TỈNH ĐẮK LẮK
Thống kê nông nghiệp

Giá bán sản phẩm của người sản xuất hàng nông nghiệp tháng 9/2024

Tháng 9/2024, chỉ số giá bán sản phẩm của người sản xuất hàng nông, lâm nghiệp và thủy sản trên địa bàn tỉnh tăng 1,26% so với tháng trước và tăng 14,8% so với cùng kỳ năm 2023. Riêng nhóm cây lương thực và cây chất bột có củ giảm 2,35% so với tháng trước do giá sắn và ngô đồng loạt đi xuống khi vào vụ thu hoạch.

Bảng 2. Giá bình quân một số sản phẩm chủ yếu
Đơn vị tính: đồng/kg

Sản phẩm
Tháng 8/2024
Tháng 9/2024
Tháng 9/2024 so với cùng kỳ (%)
Sắn củ tươi
3.150
2.950
92,4
Sắn lát khô
6.400
6.100
95,3
Ngô hạt khô
7.250
7.050
101,6
Ngô bắp tươi
5.800
5.600
98,2

Trong tháng, các huyện Ea Kar, M'Drắk, Krông Bông đã thu hoạch khoảng 8.600 ha sắn, chiếm 21% diện tích sắn toàn tỉnh. Lũy kế 9 tháng năm 2024, diện tích gieo trồng sắn toàn tỉnh đạt 40.950 ha, ngô đạt 101.300 ha, lần lượt bằng 98,5% và 96,1% so với cùng kỳ. Giá phân bón NPK 16-16-8 ổn định ở mức 14.500-15.000 đồng/kg.

Dự báo trong tháng 10/2024, diện tích sắn thu hoạch có thể đạt khoảng 12.000 ha, giá sắn củ tươi tiếp tục giảm nhẹ. Trên địa bàn tỉnh hiện có 5 nhà máy tinh bột sắn với tổng công suất 1.650 tấn bột/ngày.

Số liệu chi tiết tại Niên giám thống kê tỉnh, mục 5 - Nông nghiệp.

07/10/2024
"""

M9 = P("Tháng 9/2024", "2024-09-01", "2024-09-30")
M8 = P("Tháng 8/2024", "2024-08-01", "2024-08-31")
TT = P("Trong tháng", "2024-09-01", "2024-09-30")
L9 = P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("tăng 1,26%", "1,26", 1.26, "percent", "%",
      "chỉ số giá bán sản phẩm của người sản xuất hàng nông, lâm nghiệp và thủy sản so với tháng trước", M9),
    F("tăng 14,8%", "14,8", 14.8, "percent", "%",
      "chỉ số giá bán sản phẩm của người sản xuất hàng nông, lâm nghiệp và thủy sản so với cùng kỳ năm 2023", M9),
    F("giảm 2,35%", "2,35", 2.35, "percent", "%",
      "chỉ số giá nhóm cây lương thực và cây chất bột có củ so với tháng trước",
      P("Tháng 9/2024", "2024-09-01", "2024-09-30", inh=True)),
]
rows = [("Sắn củ tươi", "3.150", 3150, "2.950", 2950, "92,4", 92.4),
        ("Sắn lát khô", "6.400", 6400, "6.100", 6100, "95,3", 95.3),
        ("Ngô hạt khô", "7.250", 7250, "7.050", 7050, "101,6", 101.6),
        ("Ngô bắp tươi", "5.800", 5800, "5.600", 5600, "98,2", 98.2)]
for lab, a, av, b, bv, c, cv in rows:
    low = lab[0].lower() + lab[1:]
    FIGS += [
        F(f"{lab}\n{a}", a, av, "money", "đồng/kg", f"giá bình quân {low} tháng 8/2024", M8),
        F(f"{a}\n{b}", b, bv, "money", "đồng/kg", f"giá bình quân {low} tháng 9/2024", M9),
        F(f"{b}\n{c}", c, cv, "percent", "%", f"giá bình quân {low} tháng 9/2024 so với cùng kỳ", M9),
    ]
FIGS += [
    F("khoảng 8.600 ha", "8.600", 8600, "measure", "ha", "diện tích sắn đã thu hoạch", TT,
      approx="about", percent=21),
    F("đạt 40.950 ha", "40.950", 40950, "measure", "ha", "diện tích gieo trồng sắn", L9, percent=98.5),
    F("ngô đạt 101.300 ha", "101.300", 101300, "measure", "ha", "diện tích gieo trồng ngô", L9, percent=96.1),
    F("mức 14.500-15.000 đồng/kg", "14.500", 14500, "money", "đồng/kg", "giá phân bón NPK 16-16-8",
      value_max=15000),
    F("khoảng 12.000 ha", "12.000", 12000, "measure", "ha", "diện tích sắn thu hoạch",
      P("trong tháng 10/2024", "2024-10-01", "2024-10-31"), approx="about", status="forecast"),
    F("có 5 nhà máy", "5", 5, "count", "nhà máy", "nhà máy tinh bột sắn"),
    F("suất 1.650 tấn", "1.650", 1650, "measure", "tấn/ngày", "tổng công suất nhà máy tinh bột sắn"),
]

COMMENTS = [
    "Department site (Cục Thống kê tỉnh Đắk Lắk): farm-gate prices, September 2024; table written one cell per line (as h23),",
    "'Đơn vị tính: đồng/kg' for the price columns and a '(%)' column. Bare date '07/10/2024' at the end is the publication date.",
    "Distractors: 'Bảng 2', 'NPK 16-16-8' (a product grade), 'mục 5', 'Niên giám'. The 8.600 ha in three districts keeps the province",
    "(several districts: no single place). Price-index rates are the claim (percent, no change): 1,26% and 14,8% are two figures.",
    "Table cells: subject = column + row label, period from the column header (tháng 8/2024, tháng 9/2024); '(%)' cells are percent.",
    "'lần lượt bằng 98,5% và 96,1% so với cùng kỳ' gives each area its share (percent attribute). 'chiếm 21%' → percent of 8.600 ha.",
    "The fertiliser price has no period ('ổn định' now). 'Dự báo trong tháng 10/2024' → 12.000 ha forecast; factory count is actual ('hiện có').",
]

emit("p397-7", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Đắk Lắk")
