"""p628-3: UBND tỉnh Kon Tum formal report — forest protection and PCCCR, first half of 2024; flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH KON TUM
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 10 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Vi phạm pháp luật về lâm nghiệp
Trong 6 tháng đầu năm 2024, các lực lượng chức năng đã phát hiện, lập biên bản 87 vụ vi phạm pháp luật về lâm nghiệp, giảm 19 vụ (giảm 17,9%) so với cùng kỳ năm 2023. Kết quả phân loại vi phạm được tổng hợp tại Bảng 1.

Bảng 1. Vi phạm pháp luật về lâm nghiệp 6 tháng đầu năm 2024
Loại vi phạm | Số vụ | Diện tích thiệt hại (ha) | Lâm sản tịch thu (m³) | Tiền phạt (triệu đồng)
Phá rừng trái pháp luật | 21 | 9,86 | 14,2 | 642
Khai thác gỗ trái phép | 18 | - | 35,7 | 515
Vận chuyển, mua bán lâm sản trái phép | 31 | - | 48,9 | 1.126
Vi phạm quy định về PCCCR | 5 | 2,4 | - | 75
Vi phạm khác | 12 | 0,5 | 3,1 | 210

2. Phòng cháy, chữa cháy rừng
Cấp dự báo cháy rừng ở cấp IV, cấp V kéo dài từ ngày 01/3 đến ngày 14/4/2024. Từ đầu năm đến ngày 30/6/2024, toàn tỉnh xảy ra 4 vụ cháy rừng với tổng diện tích thiệt hại 6,8 ha (trong đó rừng trồng 5,3 ha, rừng tự nhiên 1,5 ha); các vụ cháy đều được dập tắt kịp thời, huy động 2.460 lượt người tham gia chữa cháy.

3. Khoán bảo vệ rừng
Tính đến ngày 30/6/2024, tổng diện tích rừng được giao khoán bảo vệ là 296.420 ha, đạt 98,6% kế hoạch năm. Số tiền chi trả dịch vụ môi trường rừng 6 tháng đầu năm 2024 ước đạt 132,5 tỷ đồng, tăng 8,4% so với cùng kỳ.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu trồng mới 2.500 ha rừng tập trung; duy trì tỷ lệ che phủ rừng đến cuối năm 2024 đạt 63,6%.
2. Dự kiến bố trí 8,2 tỷ đồng để làm mới 35 km đường băng cản lửa và xây dựng 6 chòi canh lửa.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, NNTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến ngày 30/6/2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)
EOY = P("đến cuối năm 2024", None, "2024-12-31")
TAB = I(H1)


def cell(anchor, number, value, kind, unit, row, col):
    return F(anchor, number, value, kind, unit, f"{row} {col}", TAB)


R1, R2, R3, R4, R5 = ("Phá rừng trái pháp luật", "Khai thác gỗ trái phép", "Vận chuyển, mua bán lâm sản trái phép",
                      "Vi phạm quy định về PCCCR", "Vi phạm khác")
C1, C2, C3, C4 = "số vụ", "diện tích thiệt hại", "lâm sản tịch thu", "tiền phạt"

FIGS = [
    F("lập biên bản 87 vụ", "87", 87, "count", "vụ", "vụ vi phạm pháp luật về lâm nghiệp", H1b,
      change=CH("decrease", 19, "vụ", "cùng kỳ năm 2023")),
    F("(giảm 17,9%)", "17,9", 17.9, "percent", "%", "vụ vi phạm pháp luật về lâm nghiệp so với cùng kỳ năm 2023", H1b,
      optional=True, note="second change of 87 vụ: a percent figure of its own, optional"),
    cell("luật | 21 |", "21", 21, "count", "vụ", R1, C1),
    cell("| 9,86 |", "9,86", 9.86, "measure", "ha", R1, C2),
    cell("| 14,2 |", "14,2", 14.2, "measure", "m³", R1, C3),
    cell("| 642", "642", 642e6, "money", "đồng", R1, C4),
    cell("phép | 18 |", "18", 18, "count", "vụ", R2, C1),
    cell("| 35,7 |", "35,7", 35.7, "measure", "m³", R2, C3),
    cell("| 515", "515", 515e6, "money", "đồng", R2, C4),
    cell("phép | 31 |", "31", 31, "count", "vụ", R3, C1),
    cell("| 48,9 |", "48,9", 48.9, "measure", "m³", R3, C3),
    cell("| 1.126", "1.126", 1126e6, "money", "đồng", R3, C4),
    cell("PCCCR | 5 |", "5", 5, "count", "vụ", R4, C1),
    cell("| 2,4 |", "2,4", 2.4, "measure", "ha", R4, C2),
    cell("| 75", "75", 75e6, "money", "đồng", R4, C4),
    cell("khác | 12 |", "12", 12, "count", "vụ", R5, C1),
    cell("| 0,5 |", "0,5", 0.5, "measure", "ha", R5, C2),
    cell("| 3,1 |", "3,1", 3.1, "measure", "m³", R5, C3),
    cell("| 210", "210", 210e6, "money", "đồng", R5, C4),
    F("xảy ra 4 vụ", "4", 4, "count", "vụ", "vụ cháy rừng", YTD),
    F("thiệt hại 6,8 ha", "6,8", 6.8, "measure", "ha", "tổng diện tích rừng bị thiệt hại do cháy", YTD),
    F("rừng trồng 5,3 ha", "5,3", 5.3, "measure", "ha", "diện tích rừng trồng bị thiệt hại do cháy", YTD, total=6.8),
    F("tự nhiên 1,5 ha", "1,5", 1.5, "measure", "ha", "diện tích rừng tự nhiên bị thiệt hại do cháy", YTD, total=6.8),
    F("huy động 2.460 lượt", "2.460", 2460, "count", "lượt người", "lượt người tham gia chữa cháy", YTD),
    F("là 296.420 ha", "296.420", 296420, "measure", "ha", "tổng diện tích rừng được giao khoán bảo vệ", ASOF,
      percent=98.6),
    F("ước đạt 132,5 tỷ đồng", "132,5", 132.5e9, "money", "đồng", "số tiền chi trả dịch vụ môi trường rừng", H1,
      change=CH("increase", 8.4, "%", "cùng kỳ"), status="estimate"),
    F("trồng mới 2.500 ha", "2.500", 2500, "measure", "ha", "rừng tập trung trồng mới", H2, status="target"),
    F("đạt 63,6%", "63,6", 63.6, "percent", "%", "tỷ lệ che phủ rừng", EOY, status="target"),
    F("bố trí 8,2 tỷ đồng", "8,2", 8.2e9, "money", "đồng", "kinh phí làm mới đường băng cản lửa và chòi canh lửa", H2,
      status="forecast"),
    F("làm mới 35 km", "35", 35, "measure", "km", "đường băng cản lửa làm mới", H2, status="forecast"),
    F("xây dựng 6 chòi", "6", 6, "count", "chòi canh lửa", "chòi canh lửa xây dựng", H2, status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Kon Tum formal report (invented), Số: 286/BC-UBND, 'Kon Tum, ngày 10 tháng 7 năm 2024' is the date line.",
    "Flattened '|' table (Bảng 1): units and multiplier in the column headers ('(ha)', '(m³)', '(triệu đồng)'); every numeric",
    "cell is a figure, subject = row label + column label; '-' cells are blanks. No Kế hoạch/Ước column, so cells are actual;",
    "their period comes from the table title line (inherited, unscored). No 'Tổng cộng' row and no ':'/'trong đó' cue",
    "between 87 vụ and the table, so no totals in the table.",
    "Not figures: 'Số: 286/BC-UBND', 'cấp IV, cấp V', dates 'từ ngày 01/3 đến ngày 14/4/2024', section numbers I., II., 1., 2., 3.,",
    "'Bảng 1'. '(giảm 17,9%)' is the second change of 87 vụ: optional percent figure.",
    "'Từ đầu năm đến ngày 30/6/2024' → 2024-01-01..2024-06-30; 'Tính đến ngày 30/6/2024' → as-of. Section II: 'Phấn đấu' → target,",
    "'Dự kiến' → forecast; their period is the heading '6 tháng cuối năm 2024' (inherited), except 63,6% ('đến cuối năm 2024').",
]

if __name__ == "__main__":
    emit("p628-3", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Kon Tum")
