from lib import F, P, C, T, write

TEXT = """Chỉ số giá tiêu dùng tháng 9/2024 tỉnh Thái Bình tăng 0,39%

Chỉ số giá tiêu dùng (CPI) tháng 9/2024 trên địa bàn tỉnh tăng 0,39% so với tháng trước, tăng 3,12% so với cùng kỳ năm trước và tăng 2,48% so với tháng 12/2023. Bình quân 9 tháng năm 2024, CPI tăng 3,36% so với cùng kỳ.

Trong 11 nhóm hàng hóa và dịch vụ chính, có 8 nhóm tăng giá so với tháng trước, 2 nhóm giảm và 1 nhóm ổn định. Nhóm hàng ăn và dịch vụ ăn uống tăng cao nhất với 0,92%, chủ yếu do ảnh hưởng của bão số 3 (Yagi) làm giá rau xanh tăng 12,6%. Nhóm giao thông giảm 1,05% do giá xăng dầu được điều chỉnh giảm trong tháng.

Giá vàng trên địa bàn biến động theo giá thế giới; bình quân giá vàng nhẫn 9999 trong tháng ở mức 7,74 triệu đồng/chỉ. Giá đô la Mỹ bình quân ở mức 25.085 đồng/USD.

Bảng: Chỉ số giá tháng 9/2024 so với (%)
Chỉ tiêu
Kỳ gốc 2019
Tháng 9/2023
Tháng 12/2023
Tháng 8/2024
Chỉ số giá tiêu dùng
118,64
103,12
102,48
100,39
Chỉ số giá vàng
198,27
134,55
126,08
101,87
Chỉ số giá đô la Mỹ
109,82
104,36
103,17
99,48

Chỉ số giá vàng tháng 9/2024 tăng 34,55% so với cùng kỳ, là mức tăng cao nhất trong các chỉ số giá được theo dõi. Bình quân 9 tháng năm 2024, chỉ số giá vàng tăng 28,61% và chỉ số giá đô la Mỹ tăng 4,95% so với cùng kỳ năm 2023.

Cục Thống kê tỉnh Thái Bình - 29/9/2024
"""

M9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
M9i = P("tháng 9/2024", "2024-09-01", "2024-09-30", inherited=True)
N9 = P("Bình quân 9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIG = [
    F("Thái Bình tăng 0,39%", "0,39", 0.39, "percent", "%", "Chỉ số giá tiêu dùng", M9),
    F("tỉnh tăng 0,39% so", "0,39", 0.39, "percent", "%", "Chỉ số giá tiêu dùng (CPI) so với tháng trước", M9),
    F("tăng 3,12% so", "3,12", 3.12, "percent", "%", "Chỉ số giá tiêu dùng (CPI) so với cùng kỳ năm trước", M9),
    F("tăng 2,48% so", "2,48", 2.48, "percent", "%", "Chỉ số giá tiêu dùng (CPI) so với tháng 12/2023", M9),
    F("CPI tăng 3,36%", "3,36", 3.36, "percent", "%", "CPI bình quân 9 tháng so với cùng kỳ",
      P("Bình quân 9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("Trong 11 nhóm", "11", 11, "count", "nhóm hàng hóa và dịch vụ", "nhóm hàng hóa và dịch vụ chính", M9i,
      optional=True),
    F("có 8 nhóm", "8", 8, "count", "nhóm", "nhóm hàng hóa và dịch vụ tăng giá so với tháng trước", M9i, total=11),
    F("2 nhóm giảm", "2", 2, "count", "nhóm", "nhóm hàng hóa và dịch vụ giảm giá", M9i, total=11),
    F("1 nhóm ổn định", "1", 1, "count", "nhóm", "nhóm hàng hóa và dịch vụ ổn định giá", M9i, total=11),
    F("với 0,92%", "0,92", 0.92, "percent", "%", "Nhóm hàng ăn và dịch vụ ăn uống", M9i),
    F("rau xanh tăng 12,6%", "12,6", 12.6, "percent", "%", "giá rau xanh", M9i),
    F("giảm 1,05%", "1,05", 1.05, "percent", "%", "Nhóm giao thông", M9i),
    F("ở mức 7,74 triệu", "7,74", 7740000, "money", "đồng/chỉ", "bình quân giá vàng nhẫn 9999",
      P("trong tháng", "2024-09-01", "2024-09-30")),
    F("ở mức 25.085", "25.085", 25085, "money", "đồng/USD", "Giá đô la Mỹ bình quân", M9i),
]
ROWS = [
    ("Chỉ số giá tiêu dùng", ["118,64", "103,12", "102,48", "100,39"]),
    ("Chỉ số giá vàng", ["198,27", "134,55", "126,08", "101,87"]),
    ("Chỉ số giá đô la Mỹ", ["109,82", "104,36", "103,17", "99,48"]),
]
COLS = ["so với Kỳ gốc 2019", "so với Tháng 9/2023", "so với Tháng 12/2023", "so với Tháng 8/2024"]
for label, cells in ROWS:
    for i, (n, col) in enumerate(zip(cells, COLS)):
        anchor = f"\n{n}\n" if i == 0 else f"{cells[i-1]}\n{n}\n"
        FIG.append(F(anchor, n, float(n.replace(",", ".")), "percent", "%", f"{label} {col}", M9i))
FIG += [
    F("tăng 34,55% so", "34,55", 34.55, "percent", "%", "Chỉ số giá vàng so với cùng kỳ", M9),
    F("tăng 28,61%", "28,61", 28.61, "percent", "%", "chỉ số giá vàng bình quân 9 tháng", N9),
    F("tăng 4,95%", "4,95", 4.95, "percent", "%", "chỉ số giá đô la Mỹ bình quân 9 tháng", N9),
]

COMMENTS = [
    "Provincial statistics office (Cục Thống kê Thái Bình): CPI, gold and USD price indices for September 2024, with a one-cell-per-line table titled '(%)'.",
    "No dateline at the top; the bare signature line at the end 'Cục Thống kê tỉnh Thái Bình - 29/9/2024' dates the article.",
    "Growth rates with no base amount are percent figures without a change object (FIGURES.md); two rates in one sentence are two figures. The title's rate is a figure too.",
    "'Trong 11 nhóm …, có 8 nhóm …, 2 nhóm … và 1 nhóm …' → totals 11; the 11 (structure) optional.",
    "Table: every cell is a percent (index, previous period = 100); subject = row label + column label. The column headers are BASELINES (Kỳ gốc 2019, Tháng 9/2023 …), not periods:",
    "all cells are September 2024 from the table title 'Chỉ số giá tháng 9/2024 so với (%)' (not a column header, so inherited, unscored).",
    "'trong tháng' (monthly report) = September 2024. Distractors: 'bão số 3 (Yagi)', 'vàng nhẫn 9999', baselines 'tháng 12/2023', 'Kỳ gốc 2019', signature date.",
]

write("p262-6", TEXT, FIG, COMMENTS, published="2024-09-29", location="Thái Bình")
