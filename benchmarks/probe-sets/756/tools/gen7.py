"""p756-7: Chi cục Dân số Thanh Hóa (department site, no dateline) — sàng lọc thalassemia cho phụ nữ mang thai 2023, one-cell-per-line table."""
from lib import F, P, I, emit

TEXT = """SỞ Y TẾ THANH HÓA - CHI CỤC DÂN SỐ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả sàng lọc thalassemia cho phụ nữ mang thai năm 2023

Năm 2023, Chi cục Dân số phối hợp với Bệnh viện Phụ sản tỉnh sàng lọc bệnh tan máu bẩm sinh cho 6.482 phụ nữ mang thai tại 5 huyện miền núi, đạt 108% kế hoạch. Số người mang gen phát hiện là 1.154 người, chiếm 17,8%; 96 cặp vợ chồng cùng mang gen được chẩn đoán trước sinh, phát hiện 21 thai nhi mắc bệnh thể nặng.

Bảng 1. Kết quả sàng lọc theo huyện năm 2023
Đơn vị tính: người
Huyện
Số được sàng lọc
Số mang gen
Tỷ lệ mang gen (%)
Bá Thước
1.420
276
19,4
Lang Chánh
986
198
20,1
Quan Hóa
1.205
241
20,0
Thường Xuân
1.636
262
16,0
Ngọc Lặc
1.235
177
14,3

Chi phí xét nghiệm sàng lọc là 150.000 đồng/người, xét nghiệm chẩn đoán gen 2,5 triệu đồng/ca, do Chương trình Dân số và Phát triển chi trả. Các thai phụ có nguy cơ cao được chuyển tuyến lên Bệnh viện Phụ sản Trung ương để chọc ối chẩn đoán.

Năm 2024, tỉnh phấn đấu mở rộng sàng lọc ra 11 huyện miền núi với khoảng 12.000 phụ nữ mang thai, đồng thời tư vấn trước hôn nhân cho ít nhất 3.000 cặp nam, nữ tại các xã có tỷ lệ tảo hôn cao.

Địa chỉ: Số 101 Nguyễn Trãi, phường Ba Đình, TP Thanh Hóa
Điện thoại: 0237.3852.511
Tổng lượt truy cập: 1.204.377
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TB = P("năm 2023", "2023-01-01", "2023-12-31", )
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Bá Thước", "1.420", "276", "19,4"),
    ("Lang Chánh", "986", "198", "20,1"),
    ("Quan Hóa", "1.205", "241", "20,0"),
    ("Thường Xuân", "1.636", "262", "16,0"),
    ("Ngọc Lặc", "1.235", "177", "14,3"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for dist, n, g, r in ROWS:
    TABLE += [
        F(f"{dist}\n{n}\n", n, num(n), "count", "người", "Số được sàng lọc", I(TB), location=dist),
        F(f"\n{n}\n{g}\n", g, num(g), "count", "người", "Số mang gen", I(TB), location=dist),
        F(f"\n{g}\n{r}\n", r, num(r), "percent", "%", "Tỷ lệ mang gen", I(TB), location=dist),
    ]

FIGS = [
    F("cho 6.482 phụ nữ", "6.482", 6482, "count", "phụ nữ mang thai",
      "phụ nữ mang thai được sàng lọc bệnh tan máu bẩm sinh", Y23, percent=108),
    F("tại 5 huyện", "5", 5, "count", "huyện", "huyện miền núi được sàng lọc", Y23),
    F("là 1.154 người", "1.154", 1154, "count", "người", "Số người mang gen phát hiện", I(Y23), percent=17.8),
    F("96 cặp vợ chồng", "96", 96, "count", "cặp vợ chồng",
      "cặp vợ chồng cùng mang gen được chẩn đoán trước sinh", I(Y23)),
    F("phát hiện 21 thai nhi", "21", 21, "count", "thai nhi", "thai nhi mắc bệnh thể nặng", I(Y23)),
] + TABLE + [
    F("là 150.000 đồng/người", "150.000", 150000, "money", "đồng/người", "chi phí xét nghiệm sàng lọc"),
    F("gen 2,5 triệu đồng/ca", "2,5", 2500000, "money", "đồng/ca", "chi phí xét nghiệm chẩn đoán gen"),
    F("ra 11 huyện", "11", 11, "count", "huyện", "huyện miền núi mở rộng sàng lọc", Y24, status="target"),
    F("khoảng 12.000 phụ nữ", "12.000", 12000, "count", "phụ nữ mang thai", "phụ nữ mang thai được sàng lọc", Y24,
      approx="about", status="target"),
    F("ít nhất 3.000 cặp", "3.000", 3000, "count", "cặp nam, nữ", "cặp nam, nữ được tư vấn trước hôn nhân", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Chi cục Dân số Thanh Hóa (department site, no dateline): sàng lọc thalassemia cho phụ nữ mang thai năm 2023 by district; 2024 plan.",
    "One-cell-per-line table under 'Đơn vị tính: người': each numeric cell is a figure; the district row label goes to location, the column",
    "label is the subject; the period 'năm 2023' stands in the table title (inherited, unscored). 'Tỷ lệ mang gen (%)' cells are percents; '20,0' = 20.",
    "No published date (the page has none). Not figures: 'Bảng 1', 'Số 101 Nguyễn Trãi', phone, 'Tổng lượt truy cập: 1.204.377'.",
    "'đạt 108% kế hoạch' is the percent of 6.482; 'chiếm 17,8%' that of 1.154. Rates in đồng/người, đồng/ca are money with the rate in the unit.",
    "'Năm 2024, tỉnh phấn đấu … đồng thời …' → all three 2024 figures are targets (the cue continues into 'đồng thời').",
]

if __name__ == "__main__":
    emit("p756-7", TEXT, COMMENTS, FIGS, published=None, location="Thanh Hóa")
