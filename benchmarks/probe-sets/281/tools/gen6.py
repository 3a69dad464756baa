from lib import F, P, Y, build

ROWS = [
    ("Tinh lợn", "liều", ["412.500", "438.200", "460.000"]),
    ("Tinh bò đông lạnh", "liều", ["86.300", "91.750", "95.000"]),
    ("Lợn giống ông bà, bố mẹ", "con", ["18.420", "19.860", "21.000"]),
    ("Bò đực giống", "con", ["145", "162", "180"]),
    ("Gà, vịt giống bố mẹ", "nghìn con", ["1.250", "1.380", "1.500"]),
    ("Tỷ lệ bê lai trong tổng đàn bê sinh ra", "%", ["62,5", "64,8", "66"]),
]
COLS = [("Thực hiện năm 2022", 2022, "actual"), ("Ước thực hiện năm 2023", 2023, "estimate"),
        ("Kế hoạch năm 2024", 2024, "target")]

table = "Chỉ tiêu\n\nĐơn vị tính\n\n" + "\n\n".join(c for c, _, _ in COLS) + "\n\n"
for label, unit, cells in ROWS:
    table += f"{label}\n\n{unit}\n\n" + "\n\n".join(cells) + "\n\n"

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Ngày cập nhật: 15/01/2024

Kết quả sản xuất, cung ứng giống vật nuôi năm 2023 và kế hoạch năm 2024

Năm 2023, các cơ sở sản xuất giống vật nuôi trên địa bàn tỉnh tiếp tục duy trì ổn định. Doanh thu từ sản xuất, cung ứng giống vật nuôi ước đạt 185,6 tỷ đồng, tăng 7,3% so với năm 2022. Toàn tỉnh hiện có 214 dẫn tinh viên, 27 cơ sở nuôi lợn đực khai thác tinh.

Một số chỉ tiêu chủ yếu:

""" + table + """Năm 2023, huyện Thọ Xuân dẫn đầu về số liều tinh lợn sử dụng với 52.300 liều, chiếm 11,9% toàn tỉnh; tiếp theo là Triệu Sơn 47.600 liều và Yên Định 41.250 liều.

Năm 2024, tỉnh tiếp tục thực hiện chính sách theo Nghị quyết số 18/2023/NQ-HĐND, hỗ trợ 50% giá tinh bò đông lạnh nhưng không quá 60.000 đồng/liều và hỗ trợ một lần 10 triệu đồng/con bò đực giống đạt tiêu chuẩn. Trung tâm Giống vật nuôi (số 48 đường Bà Triệu, TP Thanh Hóa) được giao bảo đảm cung ứng tối thiểu 70% nhu cầu tinh lợn của tỉnh.

Sở Nông nghiệp và PTNT Thanh Hóa
"""

FIGS = [
    F("ước đạt 185,6 tỷ đồng", "185,6", 185600000000, "money", "đồng", "Doanh thu từ sản xuất, cung ứng giống vật nuôi",
      change={"direction": "increase", "value": 7.3, "unit": "%", "baseline": "năm 2022"}, status="estimate",
      period=Y(2023, "Năm 2023", inherited=True)),
    F("có 214 dẫn tinh viên", "214", 214, "count", "dẫn tinh viên", "dẫn tinh viên"),
    F("27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở nuôi lợn đực khai thác tinh"),
]
for label, unit, cells in ROWS:
    for j, ((col, yr, st), cell) in enumerate(zip(COLS, cells)):
        pct = unit == "%"
        mult = 1000 if unit == "nghìn con" else 1
        v = float(cell.replace(",", ".")) if pct else int(cell.replace(".", "")) * mult
        if j == 0:
            anchor = f"{unit}\n\n{cell}"
            if label == "Tỷ lệ bê lai trong tổng đàn bê sinh ra":
                anchor = f"{label}\n\n{unit}\n\n{cell}"
        else:
            anchor = f"{cells[j-1]}\n\n{cell}"
        FIGS.append(F(anchor, cell, v, "percent" if pct else "count", "%" if pct else ("con" if mult > 1 else unit),
                      f"{label} {col.lower()}", status=st if st != "actual" else None,
                      period=Y(yr, col)))

FIGS += [
    F("với 52.300 liều", "52.300", 52300, "count", "liều", "số liều tinh lợn sử dụng", percent=11.9, location="Thọ Xuân",
      period=Y(2023, "Năm 2023")),
    F("Triệu Sơn 47.600 liều", "47.600", 47600, "count", "liều", "số liều tinh lợn sử dụng", location="Triệu Sơn",
      period=Y(2023, "Năm 2023")),
    F("Yên Định 41.250 liều", "41.250", 41250, "count", "liều", "số liều tinh lợn sử dụng", location="Yên Định",
      period=Y(2023, "Năm 2023")),
    F("hỗ trợ 50% giá", "50", 50, "percent", "%", "mức hỗ trợ giá tinh bò đông lạnh", period=Y(2024, "Năm 2024")),
    F("không quá 60.000 đồng/liều", "60.000", 60000, "money", "đồng/liều", "mức hỗ trợ tối đa giá tinh bò đông lạnh",
      approx="at_most", period=Y(2024, "Năm 2024")),
    F("10 triệu đồng/con", "10", 10000000, "money", "đồng/con", "hỗ trợ một lần bò đực giống đạt tiêu chuẩn",
      period=Y(2024, "Năm 2024")),
    F("tối thiểu 70%", "70", 70, "percent", "%", "nhu cầu tinh lợn của tỉnh được Trung tâm Giống vật nuôi cung ứng",
      approx="at_least", status="target", period=Y(2024, "Năm 2024", inherited=True)),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa: livestock breed supply 2023 and plan 2024; 'Ngày cập nhật: 15/01/2024' without time; no byline (office at the end).",
    "One-cell-per-line table (as h23): Chỉ tiêu | Đơn vị tính | Thực hiện năm 2022 | Ước thực hiện năm 2023 | Kế hoạch năm 2024.",
    "Every numeric cell is a figure; period from the column header (scored, as in h23); 'Ước thực hiện' = estimate, 'Kế hoạch' = target.",
    "Row 'Gà, vịt giống bố mẹ' in 'nghìn con': the multiplier applies (1.250 = 1.250.000 con). The '%' row gives percent cells.",
    "Distractors: 'Nghị quyết số 18/2023/NQ-HĐND', address 'số 48 đường Bà Triệu, TP Thanh Hóa'. Support rates (50%, 60.000 đồng/liều,",
    "10 triệu đồng/con) are policy figures for 2024 (actual: a policy in force, not 'phấn đấu'); 'được giao bảo đảm ... tối thiểu 70%' is a target.",
    "'chiếm 11,9% toàn tỉnh' is the percent of Thọ Xuân's 52.300 liều; the list continues with Triệu Sơn, Yên Định (same indicator).",
    "The revenue sentence follows 'Năm 2023,' in the previous sentence: period inherited.",
]
build("p281-6", TEXT, FIGS, COMMENTS, published="2024-01-15", location="Thanh Hóa")
