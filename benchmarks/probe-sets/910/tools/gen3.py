"""p910-3: formal report, UBND tỉnh Nghệ An, 9 months of 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
Số: 385/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả sản xuất, cung ứng giống thủy sản nước ngọt 9 tháng đầu năm 2024, nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất giống
Tính đến ngày 30/9/2024, toàn tỉnh có 47 cơ sở sản xuất, ương dưỡng giống thủy sản nước ngọt, tăng 3 cơ sở so với cuối năm 2023; trong đó 31 cơ sở đã được cấp giấy chứng nhận đủ điều kiện. 9 tháng đầu năm, các cơ sở đã sản xuất 612 triệu con cá bột và 286,4 triệu con cá giống, đạt 81,1% kế hoạch năm; trong đó Trung tâm Giống thủy sản Nghệ An cung ứng 52 triệu con cá giống. Kết quả theo địa phương:

Đơn vị tính: triệu con
Huyện | Cá bột | Cá giống | Kế hoạch cá giống năm 2024
Nam Đàn | 185 | 82,5 | 95
Hưng Nguyên | 160 | 74,3 | 90
Diễn Châu | 142 | 68,1 | 85
Yên Thành | 125 | 61,5 | 83
Tổng cộng | 612 | 286,4 | 353

2. Chất lượng con giống
Giá cá giống ổn định: cá trắm cỏ 55.000-60.000 đồng/kg, cá rô phi đơn tính 280 đồng/con. Ngành chức năng đã kiểm tra 15 cơ sở, trong đó có 2 cơ sở vi phạm quy định về chất lượng con giống, xử phạt vi phạm hành chính 18 triệu đồng.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cả năm 2024 sản xuất trên 353 triệu con cá giống; dự kiến quý IV cung ứng thêm khoảng 70 triệu con.
2. Các huyện thực hiện Quyết định số 1408/QĐ-UBND ngày 15/5/2023 của UBND tỉnh về phát triển giống thủy sản.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NN.
"""

M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TR = "con"
FIGS = [
    F("có 47 cơ sở", "47", 47, "count", "cơ sở", "cơ sở sản xuất, ương dưỡng giống thủy sản nước ngọt",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30"), change=C("increase", 3, "cơ sở", "cuối năm 2023")),
    F("trong đó 31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở được cấp giấy chứng nhận đủ điều kiện",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30"), total=47),
    F("sản xuất 612 triệu con", "612", 612e6, "count", TR, "cá bột sản xuất", M9),
    F("286,4 triệu con cá giống", "286,4", 286.4e6, "count", TR, "cá giống sản xuất", M9, percent=81.1),
    F("cung ứng 52 triệu con", "52", 52e6, "count", TR, "cá giống Trung tâm Giống thủy sản Nghệ An cung ứng", M9,
      total=286.4e6),
    # table (Đơn vị tính: triệu con); period of the result columns from the line above the table
    F("Nam Đàn | 185", "185", 185e6, "count", TR, "cá bột", I(M9), location="Nam Đàn"),
    F("185 | 82,5", "82,5", 82.5e6, "count", TR, "cá giống", I(M9), location="Nam Đàn"),
    F("82,5 | 95", "95", 95e6, "count", TR, "kế hoạch cá giống năm 2024", Y24, status="target", location="Nam Đàn"),
    F("Hưng Nguyên | 160", "160", 160e6, "count", TR, "cá bột", I(M9), location="Hưng Nguyên"),
    F("160 | 74,3", "74,3", 74.3e6, "count", TR, "cá giống", I(M9), location="Hưng Nguyên"),
    F("74,3 | 90", "90", 90e6, "count", TR, "kế hoạch cá giống năm 2024", Y24, status="target", location="Hưng Nguyên"),
    F("Diễn Châu | 142", "142", 142e6, "count", TR, "cá bột", I(M9), location="Diễn Châu"),
    F("142 | 68,1", "68,1", 68.1e6, "count", TR, "cá giống", I(M9), location="Diễn Châu"),
    F("68,1 | 85", "85", 85e6, "count", TR, "kế hoạch cá giống năm 2024", Y24, status="target", location="Diễn Châu"),
    F("Yên Thành | 125", "125", 125e6, "count", TR, "cá bột", I(M9), location="Yên Thành"),
    F("125 | 61,5", "61,5", 61.5e6, "count", TR, "cá giống", I(M9), location="Yên Thành"),
    F("61,5 | 83", "83", 83e6, "count", TR, "kế hoạch cá giống năm 2024", Y24, status="target", location="Yên Thành"),
    F("Tổng cộng | 612", "612", 612e6, "count", TR, "tổng cộng cá bột", I(M9)),
    F("612 | 286,4", "286,4", 286.4e6, "count", TR, "tổng cộng cá giống", I(M9)),
    F("286,4 | 353", "353", 353e6, "count", TR, "tổng cộng kế hoạch cá giống năm 2024", Y24, status="target"),
    # section 2
    F("55.000-60.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá cá trắm cỏ giống", value_max=60000),
    F("280 đồng/con", "280", 280, "money", "đồng/con", "giá cá rô phi đơn tính giống"),
    F("kiểm tra 15 cơ sở", "15", 15, "count", "cơ sở", "cơ sở được kiểm tra", I(M9)),
    F("có 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở vi phạm quy định về chất lượng con giống", I(M9), total=15),
    F("18 triệu đồng", "18", 18e6, "money", "đồng", "xử phạt vi phạm hành chính", I(M9)),
    # section II
    F("trên 353 triệu con", "353", 353e6, "count", TR, "cá giống sản xuất",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    F("khoảng 70 triệu con", "70", 70e6, "count", TR, "cá giống cung ứng thêm",
      P("quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Nghệ An: sản xuất, cung ứng giống thủy sản nước ngọt 9 tháng đầu năm 2024; flattened | table by district.",
    "Distractors: Số: 385/BC-UBND, ngày 08 tháng 10 năm 2024, section numbers I./II./1./2., quý IV/2024 in the title and heading,",
    "Quyết định số 1408/QĐ-UBND ngày 15/5/2023, Nơi nhận list.",
    "Table: Đơn vị tính: triệu con; result columns take '9 tháng đầu năm' from the text above (inherited); the Kế hoạch column is",
    "target with period 'năm 2024' from its header. Table cells get no totals; the Tổng cộng row is its own figure (location Nghệ An).",
    "'đạt 81,1% kế hoạch năm' is the percent of 286,4 triệu con (286,4/353). 52 triệu after 'trong đó' -> total 286,4 triệu.",
    "revised after the first run (consistency with p910-7): plan-column subjects carry the full column label '… năm 2024'.",
    "Prices in section 2 carry no period (stated as current). Inspection figures inherit '9 tháng' from the report frame.",
]

write("p910-3", TEXT, FIGS, NOTES, published="2024-10-08", location="Nghệ An")
