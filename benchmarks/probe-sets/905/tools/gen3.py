"""p905-3: UBND tỉnh Bến Tre formal report, 6 tháng đầu năm 2024, flattened '|' table by district."""
from lib import F, P, I, CH, write

TEXT = """UBND TỈNH BẾN TRE
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 245/BC-UBND
Bến Tre, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình hoạt động của các cơ sở đóng mới, cải hoán, sửa chữa tàu cá 6 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/6/2024, toàn tỉnh có 23 cơ sở đóng mới, cải hoán, sửa chữa tàu cá, tăng 2 cơ sở so với cuối năm 2023; trong đó 15 cơ sở đã được cấp Giấy chứng nhận cơ sở đủ điều kiện theo Nghị định số 26/2019/NĐ-CP, đạt 65,2%.

II. KẾT QUẢ THỰC HIỆN
1. Đóng mới, cải hoán, sửa chữa
Trong 6 tháng đầu năm, các cơ sở đã đóng mới, cải hoán và sửa chữa 671 chiếc tàu cá, cụ thể theo địa bàn như sau:
Đơn vị tính: chiếc
Huyện | Đóng mới | Cải hoán | Sửa chữa | Cộng
Bình Đại | 9 | 6 | 318 | 333
Ba Tri | 6 | 3 | 197 | 206
Thạnh Phú | 3 | 2 | 127 | 132
Tổng cộng | 18 | 11 | 642 | 671
2. Kiểm tra, giám sát
Sở Nông nghiệp và Phát triển nông thôn đã kiểm tra 31 lượt cơ sở, phát hiện 4 cơ sở vi phạm về điều kiện nhà xưởng, xử phạt vi phạm hành chính 37,5 triệu đồng. Tỷ lệ tàu cá đóng mới, cải hoán được giám sát kỹ thuật đạt 100%.
3. Khó khăn, hạn chế
Giá thép tấm hiện ở mức 17.500-18.500 đồng/kg, tăng khoảng 8% so với cuối năm 2023; khoảng 70% lao động của các cơ sở chưa qua đào tạo nghề.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu cả năm đóng mới 35 chiếc, cải hoán 20 chiếc; 100% cơ sở đủ điều kiện được cấp Giấy chứng nhận.
2. Dự kiến nhu cầu vốn nâng cấp đà, xưởng của các cơ sở khoảng 24 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- TT. TU, TT. HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Minh Tuấn
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
YEAR = P("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 23 cơ sở", "23", "count", "cơ sở", "cơ sở đóng mới, cải hoán, sửa chữa tàu cá",
      change=CH("increase", 2, "cơ sở", "cuối năm 2023"), period=ASOF),
    F("trong đó 15 cơ sở", "15", "count", "cơ sở", "cơ sở được cấp Giấy chứng nhận cơ sở đủ điều kiện",
      total=23, percent=65.2, period=ASOF),
    F("sửa chữa 671 chiếc", "671", "count", "chiếc", "tàu cá đóng mới, cải hoán và sửa chữa", period=H1),
]
COLS = [("Đóng mới", "tàu cá đóng mới"), ("Cải hoán", "tàu cá cải hoán"),
        ("Sửa chữa", "tàu cá sửa chữa"), ("Cộng", "tàu cá đóng mới, cải hoán, sửa chữa (cộng)")]
ROWS = [("Bình Đại", ["9", "6", "318", "333"]), ("Ba Tri", ["6", "3", "197", "206"]),
        ("Thạnh Phú", ["3", "2", "127", "132"]), ("Tổng cộng", ["18", "11", "642", "671"])]
for label, cells in ROWS:
    for k, cell in enumerate(cells):
        anchor = label + " | " + " | ".join(cells[:k + 1])
        subj = COLS[k][1] if label != "Tổng cộng" else "tổng cộng " + COLS[k][1]
        loc = label if label != "Tổng cộng" else None
        FIGS.append(F(anchor, cell, "count", "chiếc", subj, period=H1i, location=loc))
FIGS += [
    F("kiểm tra 31 lượt cơ sở", "31", "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", period=H1i),
    F("phát hiện 4 cơ sở", "4", "count", "cơ sở", "cơ sở vi phạm về điều kiện nhà xưởng", period=H1i),
    F("37,5 triệu đồng", "37,5", "money", "đồng", "tiền xử phạt vi phạm hành chính", mult=10**6, period=H1i),
    F("kỹ thuật đạt 100%", "100", "percent", "%", "tỷ lệ tàu cá đóng mới, cải hoán được giám sát kỹ thuật",
      period=H1i),
    F("17.500-18.500 đồng/kg", "17.500", "money", "đồng/kg", "giá thép tấm", max_number="18.500",
      change=CH("increase", 8, "%", "cuối năm 2023", approx="about")),
    F("khoảng 70% lao động", "70", "percent", "%", "lao động của các cơ sở chưa qua đào tạo nghề",
      approx="about"),
    F("đóng mới 35 chiếc", "35", "count", "chiếc", "tàu cá đóng mới", status="target", period=YEAR),
    F("cải hoán 20 chiếc", "20", "count", "chiếc", "tàu cá cải hoán", status="target", period=YEAR),
    F("100% cơ sở", "100", "percent", "%", "cơ sở đủ điều kiện được cấp Giấy chứng nhận",
      status="target", period=YEAR),
    F("khoảng 24 tỷ đồng", "24", "money", "đồng", "nhu cầu vốn nâng cấp đà, xưởng của các cơ sở",
      mult=10**9, approx="about", status="forecast",
      period=P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)),
]

write("p905-3", TEXT, FIGS, published="2024-07-12", location="Bến Tre", comments=[
    "UBND tỉnh Bến Tre formal report (letterhead, Số: 245/BC-UBND, section numbers): yards as of 30/6/2024 and H1/2024 results.",
    "Flattened '|' table, 'Đơn vị tính: chiếc': every numeric cell a figure (row = district -> location; Tổng cộng row -> Bến Tre), no totals;",
    "its period comes from the sentence above the table (inherited). Section numbers, Nghị định số 26/2019/NĐ-CP, 'Lưu: VT' are not figures.",
    "'Phấn đấu cả năm …; 100% cơ sở …' target with period cả năm 2024; 'Dự kiến … 24 tỷ' forecast under the H2/2024 heading (inherited).",
])
