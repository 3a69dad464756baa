from lib import *

TEXT = """UBND TỈNH LẠNG SƠN
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 412/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 27 tháng 9 năm 2024

BÁO CÁO
Kết quả sản xuất thuốc lá vụ xuân năm 2024, kế hoạch năm 2025

Thực hiện Quyết định số 1235/QĐ-UBND ngày 15/8/2023 của UBND tỉnh, Sở Nông nghiệp và PTNT báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, năng suất, sản lượng
Vụ xuân năm 2024, toàn tỉnh trồng 3.845 ha thuốc lá, đạt 98,6% kế hoạch (kế hoạch 3.900 ha), tăng 112 ha so với năm 2023. Năng suất bình quân đạt 22,4 tạ/ha; sản lượng lá khô đạt 8.613 tấn, tăng 5,1% so với năm 2023.

Bảng 1. Kết quả sản xuất thuốc lá vụ xuân năm 2024 theo huyện
Huyện | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (tấn)
Bắc Sơn | 1.162 | 23,5 | 2.731
Bình Gia | 894 | 22,0 | 1.967
Văn Quan | 761 | 21,8 | 1.659
Tràng Định | 578 | 22,6 | 1.306
Các huyện khác | 450 | 21,2 | 950

2. Tiêu thụ sản phẩm
Giá thu mua bình quân đạt 56.500 đồng/kg, cao hơn năm 2023 là 3.200 đồng/kg. Tổng doanh thu ước đạt 486,6 tỷ đồng. Có 4 doanh nghiệp tham gia đầu tư, bao tiêu; 100% sản lượng được thu mua theo hợp đồng.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu trồng 4.000 ha thuốc lá, năng suất bình quân 23 tạ/ha, sản lượng khoảng 9.200 tấn.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, TT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

Y24 = Y("Vụ xuân năm 2024", 2024)
TB = Y("vụ xuân năm 2024", 2024)  # table title line
Y25 = Y("Năm 2025", 2025)


def row(place, cells, loc):
    """cells: list of (anchor, number, value) for area, yield, output."""
    subj_place = "" if loc != "Lạng Sơn" else " các huyện khác"
    (a1, n1, v1), (a2, n2, v2), (a3, n3, v3) = cells
    return [
        F(a1, n1, v1, "measure", "ha", "Diện tích thuốc lá" + subj_place, I(TB), location=loc),
        F(a2, n2, v2, "measure", "tạ/ha", "Năng suất thuốc lá" + subj_place, I(TB), location=loc),
        F(a3, n3, v3, "measure", "tấn", "Sản lượng thuốc lá" + subj_place, I(TB), location=loc),
    ]


FIGS = [
    F("trồng 3.845 ha", "3.845", 3845, "measure", "ha", "diện tích thuốc lá vụ xuân", Y24,
      percent=98.6, change=CH("increase", 112, "ha", "năm 2023"), target=TG(3900, "ha", False)),
    F("đạt 22,4 tạ/ha", "22,4", 22.4, "measure", "tạ/ha", "năng suất bình quân", I(Y24)),
    F("đạt 8.613 tấn", "8.613", 8613, "measure", "tấn", "sản lượng lá khô", I(Y24),
      change=CH("increase", 5.1, "%", "năm 2023")),
]
FIGS += row("Bắc Sơn", [("Bắc Sơn | 1.162", "1.162", 1162), ("| 23,5 |", "23,5", 23.5), ("| 2.731", "2.731", 2731)], "Bắc Sơn")
FIGS += row("Bình Gia", [("| 894 |", "894", 894), ("| 22,0 |", "22,0", 22.0), ("| 1.967", "1.967", 1967)], "Bình Gia")
FIGS += row("Văn Quan", [("| 761 |", "761", 761), ("| 21,8 |", "21,8", 21.8), ("| 1.659", "1.659", 1659)], "Văn Quan")
FIGS += row("Tràng Định", [("| 578 |", "578", 578), ("| 22,6 |", "22,6", 22.6), ("| 1.306", "1.306", 1306)], "Tràng Định")
FIGS += row("khác", [("| 450 |", "450", 450), ("| 21,2 |", "21,2", 21.2), ("| 950", "950", 950)], "Lạng Sơn")
FIGS += [
    F("đạt 56.500 đồng/kg", "56.500", 56500, "money", "đồng/kg", "giá thu mua bình quân", I(Y24),
      change=CH("increase", 3200, "đồng/kg", "năm 2023")),
    F("ước đạt 486,6 tỷ đồng", "486,6", 486.6e9, "money", "đồng", "tổng doanh thu", I(Y24), status="estimate"),
    F("Có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp tham gia đầu tư, bao tiêu", I(Y24)),
    F("100% sản lượng", "100", 100, "percent", "%", "sản lượng được thu mua theo hợp đồng", I(Y24)),
    F("trồng 4.000 ha", "4.000", 4000, "measure", "ha", "diện tích trồng thuốc lá", Y25, status="target"),
    F("bình quân 23 tạ/ha", "23", 23, "measure", "tạ/ha", "năng suất bình quân", Y25, status="target"),
    F("khoảng 9.200 tấn", "9.200", 9200, "measure", "tấn", "sản lượng", Y25, approx="about", status="target"),
]

emit("p741-3", TEXT, [
    "Formal report under a letterhead (Sở NN&PTNT Lạng Sơn, Số: 412/BC-SNN): spring tobacco crop 2024 with a flattened '|' table by district; 2025 plan.",
    "Table: every numeric cell is a figure; row districts go to location ('Các huyện khác' stays Lạng Sơn with the row label in the subject);",
    "the table has no part-of cue (title line, no ':'), so no total; cell periods come from the title line (inherited, unscored).",
    "'đạt 98,6% kế hoạch (kế hoạch 3.900 ha), tăng 112 ha' → percent, target 3.900 (not met), change 112 ha.",
    "Document numbers, dates, section numbers I./II./1./2., 'Bảng 1': not figures.",
], FIGS, published="2024-09-27", location="Lạng Sơn")
