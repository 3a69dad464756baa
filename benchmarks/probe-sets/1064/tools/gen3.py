"""p1064-3: formal report (UBND tỉnh Bắc Giang) with a flattened | table - housing of industrial-zone workers."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BẮC GIANG
Số: 286/BC-UBND
Bắc Giang, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình nhà ở, đời sống công nhân các khu công nghiệp 6 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
1. Lao động
Tính đến ngày 30/6/2024, các khu công nghiệp trên địa bàn tỉnh có 218.640 lao động, tăng 9,3% so với cùng kỳ năm 2023; trong đó lao động ngoại tỉnh 97.310 người, chiếm 44,5%. Thu nhập bình quân của công nhân ước đạt 9,2 triệu đồng/người/tháng.

2. Nhà ở
Số lao động có nhu cầu nhà ở là 104.500 người, trong đó đã bố trí tại nhà ở xã hội, nhà lưu trú của doanh nghiệp 18.260 người; số còn lại thuê nhà trọ của hộ gia đình, cá nhân.

Đơn vị tính: người
Khu công nghiệp | Tổng số lao động | Lao động ngoại tỉnh | Thuê nhà trọ
Quang Châu | 58.420 | 27.150 | 24.600
Vân Trung | 71.380 | 33.920 | 30.150
Đình Trám | 39.560 | 15.740 | 14.080
Song Khê - Nội Hoàng | 49.280 | 20.500 | 17.410
Tổng cộng | 218.640 | 97.310 | 86.240

II. KẾT QUẢ THỰC HIỆN
1. Đến hết quý II/2024, toàn tỉnh hoàn thành 3 dự án nhà ở xã hội với 2.450 căn hộ, giá thuê từ 1,5 đến 2,2 triệu đồng/căn/tháng.
2. Trong quý II/2024, Liên đoàn Lao động tỉnh khởi công Thiết chế công đoàn tại KCN Vân Trung trên diện tích 3,2 ha, tổng mức đầu tư 215 tỷ đồng.

III. NHIỆM VỤ
6 tháng cuối năm 2024, phấn đấu khởi công 2 dự án nhà ở xã hội với khoảng 3.000 căn hộ. Dự kiến cả năm 2024 có thêm 8.500 lao động ngoại tỉnh đến làm việc tại các khu công nghiệp.
"""

asof = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
h1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
q2end = P("Đến hết quý II/2024", None, "2024-06-30")
q2 = P("Trong quý II/2024", "2024-04-01", "2024-06-30")
h2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")
y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 218.640 lao động", "218.640", 218640, "count", "lao động", "lao động các khu công nghiệp", asof,
      change=C("increase", 9.3, baseline="cùng kỳ năm 2023")),
    F("ngoại tỉnh 97.310 người", "97.310", 97310, "count", "người", "lao động ngoại tỉnh", asof,
      total=218640, percent=44.5),
    F("ước đạt 9,2 triệu", "9,2", 9200000, "money", "đồng/người/tháng", "thu nhập bình quân của công nhân",
      I(asof), status="estimate"),
    F("là 104.500 người", "104.500", 104500, "count", "người", "lao động có nhu cầu nhà ở", h1),
    F("nghiệp 18.260 người", "18.260", 18260, "count", "người",
      "lao động bố trí tại nhà ở xã hội, nhà lưu trú của doanh nghiệp", h1, total=104500),
]

ROWS = [
    ("Quang Châu", "58.420", "27.150", "24.600"),
    ("Vân Trung", "71.380", "33.920", "30.150"),
    ("Đình Trám", "39.560", "15.740", "14.080"),
    ("Song Khê - Nội Hoàng", "49.280", "20.500", "17.410"),
    ("Tổng cộng", "218.640", "97.310", "86.240"),
]
COLS = ("tổng số lao động", "lao động ngoại tỉnh", "thuê nhà trọ")
for label, a, b, c in ROWS:
    row = "tổng cộng" if label == "Tổng cộng" else f"KCN {label}"
    cells = (a, b, c)
    for k, (col, cell) in enumerate(zip(COLS, cells)):
        if k == 0:
            anchor = f"{label} | {cell}"
        else:
            anchor = f"{cells[k - 1]} | {cell}"
        val = int(cell.replace(".", ""))
        FIGS.append(F(anchor, cell, val, "count", "người", f"{col} {row}", I(asof)))

FIGS += [
    F("hoàn thành 3 dự án", "3", 3, "count", "dự án", "dự án nhà ở xã hội hoàn thành", q2end),
    F("với 2.450 căn hộ", "2.450", 2450, "count", "căn hộ", "căn hộ nhà ở xã hội", q2end),
    F("từ 1,5 đến 2,2 triệu", "1,5", 1500000, "money", "đồng/căn/tháng", "giá thuê căn hộ nhà ở xã hội", q2end,
      value_max=2200000),
    F("diện tích 3,2 ha", "3,2", 3.2, "measure", "ha", "diện tích Thiết chế công đoàn", q2),
    F("tư 215 tỷ đồng", "215", 215000000000, "money", "đồng", "tổng mức đầu tư Thiết chế công đoàn", q2),
    F("khởi công 2 dự án", "2", 2, "count", "dự án", "dự án nhà ở xã hội khởi công", h2, status="target"),
    F("khoảng 3.000 căn hộ", "3.000", 3000, "count", "căn hộ", "căn hộ nhà ở xã hội khởi công", h2,
      approx="about", status="target"),
    F("thêm 8.500 lao động", "8.500", 8500, "count", "lao động", "lao động ngoại tỉnh đến làm việc", y24,
      status="forecast"),
]

NOTES = [
    "Formal report under a letterhead (UBND tỉnh Bắc Giang, Số: 286/BC-UBND); published = the report's date line.",
    "Flattened | table (Đơn vị tính: người): every cell a figure, subject = column + KCN row label (KCNs are not places: location Bắc Giang),",
    "no totals in cells (the Tổng cộng row is its own figure); period inherited from 'Tính đến ngày 30/6/2024' above the table.",
    "Section 2 (104.500, 18.260) has no period phrase of its own: the report title's '6 tháng đầu năm 2024', inherited.",
    "18.260 is a part after 'trong đó' of 104.500 (total). 97.310: total 218.640, percent 44,5.",
    "'Đến hết quý II/2024' = as-of 2024-06-30; the rent in the same sentence takes it. '6 tháng cuối năm 2024' = 2024-07-01..12-31.",
    "Distractors: Số: 286/BC-UBND, the date line, section numbers I.-III., 1.-2.",
]

write("p1064-3", TEXT, FIGS, NOTES, published="2024-07-12", location="Bắc Giang")
