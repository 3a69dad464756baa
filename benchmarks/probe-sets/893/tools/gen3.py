"""p893-3: UBND tỉnh Đồng Nai formal report - boarding rooms near industrial parks, 9 months 2024, flattened | table."""
from lib import F, P, I, C, T, build

TEXT = """
UBND TỈNH ĐỒNG NAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Đồng Nai, ngày 25 tháng 10 năm 2024

BÁO CÁO
Kết quả rà soát nhà trọ, chỗ ở của công nhân, người lao động tại các khu công nghiệp 9 tháng năm 2024

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/9/2024, trên địa bàn tỉnh có 32 khu công nghiệp đang hoạt động, thu hút 612.400 lao động, trong đó lao động ngoại tỉnh là 327.800 người, chiếm 53,5%. Số lao động có nhu cầu thuê chỗ ở khoảng 285.000 người; nhà ở xã hội, nhà lưu trú công nhân mới đáp ứng được 12.600 chỗ, bằng 4,4% nhu cầu.

II. KẾT QUẢ RÀ SOÁT
9 tháng năm 2024, các địa phương đã kiểm tra 2.145 khu nhà trọ, đạt 78% kế hoạch năm. Kết quả rà soát tại 4 địa phương có nhiều khu công nghiệp như sau:
Đơn vị tính: phòng
Địa phương | Tổng số phòng trọ | Phòng đạt điều kiện PCCC | Phòng đang cho thuê
Biên Hòa | 38.450 | 31.220 | 33.760
Nhơn Trạch | 29.870 | 24.105 | 26.940
Long Thành | 17.320 | 13.880 | 14.615
Trảng Bom | 21.640 | 17.950 | 18.870
Tổng cộng | 107.280 | 87.155 | 94.185

III. ĐÁNH GIÁ
1. Số phòng đạt điều kiện PCCC chiếm 81,2% tổng số phòng được rà soát.
2. Giá thuê phòng bình quân ước đạt 1,65 triệu đồng/phòng/tháng, tăng 8,2% so với cùng kỳ năm 2023. Diện tích ở bình quân là 5,2 m2/người.

IV. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu đến ngày 31/12/2024 kiểm tra 100% khu nhà trọ có từ 20 phòng trở lên.
2. Dự kiến khởi công 2 dự án nhà lưu trú công nhân tại huyện Nhơn Trạch với 3.200 chỗ ở, tổng vốn đầu tư khoảng 410 tỷ đồng.

Nơi nhận:
- Bộ Xây dựng;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Tư
"""

ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")
TO = P("đến ngày 31/12/2024", end="2024-12-31")

COLS = ["Tổng số phòng trọ", "Phòng đạt điều kiện PCCC", "Phòng đang cho thuê"]
ROWS = [("Biên Hòa", ["38.450", "31.220", "33.760"]),
        ("Nhơn Trạch", ["29.870", "24.105", "26.940"]),
        ("Long Thành", ["17.320", "13.880", "14.615"]),
        ("Trảng Bom", ["21.640", "17.950", "18.870"]),
        ("Tổng cộng", ["107.280", "87.155", "94.185"])]

FIGS = [
    F("có 32 khu công nghiệp", "32", 32, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động", ASOF),
    F("thu hút 612.400 lao động", "612.400", 612400, "count", "lao động",
      "lao động làm việc tại các khu công nghiệp", ASOF),
    F("là 327.800 người", "327.800", 327800, "count", "người", "lao động ngoại tỉnh", ASOF,
      total=612400, percent=53.5),
    F("khoảng 285.000 người", "285.000", 285000, "count", "người", "lao động có nhu cầu thuê chỗ ở",
      I(ASOF), approx="about"),
    F("được 12.600 chỗ", "12.600", 12600, "count", "chỗ",
      "chỗ ở nhà ở xã hội, nhà lưu trú công nhân đáp ứng", I(ASOF), percent=4.4),
    F("kiểm tra 2.145 khu nhà trọ", "2.145", 2145, "count", "khu nhà trọ", "khu nhà trọ được kiểm tra",
      M9, percent=78),
    F("tại 4 địa phương", "4", 4, "count", "địa phương", "địa phương có nhiều khu công nghiệp được rà soát",
      optional=True),
]
prev = "| "
for row, cells in ROWS:
    for j, (col, cell) in enumerate(zip(COLS, cells)):
        anchor = f"{row} | {cell}" if j == 0 else f"{cells[j-1]} | {cell}"
        value = float(cell.replace(".", ""))
        if row == "Tổng cộng":
            F_ = F(anchor, cell, value, "count", "phòng", f"{col[0].lower() + col[1:]} tổng cộng", I(M9))
        else:
            F_ = F(anchor, cell, value, "count", "phòng", col[0].lower() + col[1:], I(M9), location=row)
        FIGS.append(F_)
FIGS += [
    F("chiếm 81,2% tổng số phòng", "81,2", 81.2, "percent", "%",
      "phòng đạt điều kiện PCCC trong tổng số phòng được rà soát"),
    F("ước đạt 1,65 triệu", "1,65", 1650000, "money", "đồng/phòng/tháng", "giá thuê phòng bình quân",
      status="estimate", change=C("increase", 8.2, "%", "cùng kỳ năm 2023")),
    F("là 5,2 m2/người", "5,2", 5.2, "measure", "m2/người", "diện tích ở bình quân"),
    F("kiểm tra 100% khu nhà trọ", "100", 100, "percent", "%", "khu nhà trọ được kiểm tra", TO,
      status="target"),
    F("từ 20 phòng trở lên", "20", 20, "count", "phòng", "quy mô khu nhà trọ phải kiểm tra",
      approx="at_least", optional=True),
    F("khởi công 2 dự án", "2", 2, "count", "dự án", "dự án nhà lưu trú công nhân khởi công", I(Q4),
      status="forecast", location="Nhơn Trạch"),
    F("với 3.200 chỗ ở", "3.200", 3200, "count", "chỗ ở", "chỗ ở của dự án nhà lưu trú công nhân", I(Q4),
      status="forecast", location="Nhơn Trạch"),
    F("khoảng 410 tỷ đồng", "410", 410000000000, "money", "đồng", "tổng vốn đầu tư dự án nhà lưu trú công nhân",
      I(Q4), approx="about", status="forecast", location="Nhơn Trạch"),
]

NOTES = [
    "UBND tỉnh Đồng Nai, Báo cáo số 318/BC-UBND ngày 25/10/2024: nhà trọ, chỗ ở công nhân KCN 9 tháng năm 2024; flattened '|' table.",
    "Distractors: Số: 318/BC-UBND, the dateline, section numbers I.-IV. and 1.-2., heading 'QUÝ IV/2024', signer 'Trần Văn Tư'.",
    "Table: every cell is a count in 'phòng' (Đơn vị tính); subject = column label, row place = location (Biên Hòa is a city,",
    "the others districts); the Tổng cộng row keeps the province and its own figure; no totals on cells; period = '9 tháng năm 2024'",
    "of the line above the table (inherited). 'bằng 4,4% nhu cầu' is the share of 12.600; 'đạt 78% kế hoạch năm' the share of 2.145.",
    "Section III has no period phrase: no period. 'ước đạt' governs the rent only (the area stands in its own sentence: actual).",
    "Section IV items take the heading's quarter (inherited); item 1 has its own 'đến ngày 31/12/2024'.",
]

build("p893-3", TEXT, FIGS, NOTES, published="2024-10-25", location="Đồng Nai")
