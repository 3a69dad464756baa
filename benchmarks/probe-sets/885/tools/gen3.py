"""p885-3: formal report (UBND tỉnh Thanh Hóa) on pollution control at metal recycling/casting villages, flattened | table."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH THANH HÓA
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 25 tháng 7 năm 2024

BÁO CÁO
Kết quả kiểm soát ô nhiễm môi trường tại các làng nghề tái chế, cô đúc kim loại 6 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
Toàn tỉnh hiện có 9 làng nghề, cơ sở tập trung tái chế, cô đúc kim loại với 642 hộ, cơ sở sản xuất, thu hút khoảng 3.900 lao động. 6 tháng đầu năm 2024, tổng khối lượng kim loại phế liệu được tái chế ước đạt 18.600 tấn, tăng 5,3% so với cùng kỳ; trong đó nhôm 11.200 tấn, đồng 4.150 tấn.

Bảng 1. Kết quả kiểm soát theo địa bàn (tính đến 30/6/2024)
Đơn vị tính: cơ sở
Huyện, thị xã | Số cơ sở sản xuất | Đã có hệ thống xử lý khí thải | Đã ký hợp đồng thu gom chất thải rắn
Thiệu Hóa | 214 | 58 | 131
Hoằng Hóa | 176 | 37 | 92
Quảng Xương | 129 | 22 | 64
Thị xã Nghi Sơn | 123 | 19 | 55
Tổng cộng | 642 | 136 | 342

II. KẾT QUẢ QUAN TRẮC
Trong quý II/2024, Sở Tài nguyên và Môi trường đã quan trắc tại 24 vị trí; có 15/24 mẫu không khí vượt quy chuẩn cho phép (QCVN 05:2023/BTNMT), chủ yếu là bụi tổng và SO2. Nồng độ bụi cao nhất đo được là 0,92 mg/m3 tại thôn Trà Đông, xã Thiệu Trung.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu đến 31/12/2024 có ít nhất 200 cơ sở lắp đặt hệ thống xử lý khí thải, 100% cơ sở ký hợp đồng thu gom chất thải rắn.
2. Dự kiến bố trí 35 tỷ đồng từ ngân sách tỉnh để hỗ trợ di dời 48 cơ sở vào cụm công nghiệp.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Mai Xuân Hòa
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = I(P("tính đến 30/6/2024", None, "2024-06-30"))
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
T = P("đến 31/12/2024", None, "2024-12-31")
H2 = I(P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31"))

COLS = [
    ("số cơ sở sản xuất", "cơ sở"),
    ("cơ sở đã có hệ thống xử lý khí thải", "cơ sở"),
    ("cơ sở đã ký hợp đồng thu gom chất thải rắn", "cơ sở"),
]
ROWS = [
    ("Thiệu Hóa", "Thiệu Hóa", ["214", "58", "131"]),
    ("Hoằng Hóa", "Hoằng Hóa", ["176", "37", "92"]),
    ("Quảng Xương", "Quảng Xương", ["129", "22", "64"]),
    ("Thị xã Nghi Sơn", "Nghi Sơn", ["123", "19", "55"]),
    ("Tổng cộng", "Thanh Hóa", ["642", "136", "342"]),
]

FIGS = [
    F("có 9 làng nghề", "9", 9, "count", "làng nghề", "làng nghề, cơ sở tập trung tái chế, cô đúc kim loại"),
    F("với 642 hộ", "642", 642, "count", "hộ, cơ sở", "hộ, cơ sở sản xuất tái chế, cô đúc kim loại"),
    F("khoảng 3.900 lao động", "3.900", 3900, "count", "lao động", "lao động làng nghề tái chế, cô đúc kim loại",
      approx="about"),
    F("ước đạt 18.600 tấn", "18.600", 18600, "measure", "tấn", "khối lượng kim loại phế liệu được tái chế", H1,
      change=C("increase", 5.3, baseline="cùng kỳ"), status="estimate"),
    F("nhôm 11.200 tấn", "11.200", 11200, "measure", "tấn", "nhôm phế liệu được tái chế", H1, total=18600,
      status="estimate"),
    F("đồng 4.150 tấn", "4.150", 4150, "measure", "tấn", "đồng phế liệu được tái chế", H1, total=18600,
      status="estimate"),
]
for label, loc, cells in ROWS:
    for (col, unit), cell in zip(COLS, cells):
        line = label + " | " + " | ".join(cells)
        # anchor: the row label and the cells up to this one
        idx = cells.index(cell)
        anchor = label + " | " + " | ".join(cells[: idx + 1])
        subj = col if label != "Tổng cộng" else "tổng cộng " + col
        FIGS.append(F(anchor, cell, int(cell), "count", unit, subj, ASOF, location=loc))

FIGS += [
    F("tại 24 vị trí", "24", 24, "count", "vị trí", "vị trí quan trắc", Q2),
    F("có 15/24 mẫu", "15", 15, "count", "mẫu", "mẫu không khí vượt quy chuẩn cho phép", Q2, total=24),
    F("là 0,92 mg/m3", "0,92", 0.92, "measure", "mg/m3", "nồng độ bụi cao nhất đo được", I(Q2)),
    F("ít nhất 200 cơ sở", "200", 200, "count", "cơ sở", "cơ sở lắp đặt hệ thống xử lý khí thải", T,
      approx="at_least", status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở ký hợp đồng thu gom chất thải rắn", T, status="target"),
    F("bố trí 35 tỷ đồng", "35", 35e9, "money", "đồng", "ngân sách tỉnh hỗ trợ di dời cơ sở", H2,
      status="forecast"),
    F("di dời 48 cơ sở", "48", 48, "count", "cơ sở", "cơ sở được hỗ trợ di dời vào cụm công nghiệp", H2,
      status="forecast"),
]

NOTES = [
    "Formal report UBND tỉnh Thanh Hóa Số 318/BC-UBND (25/7/2024): metal recycling/casting villages, H1/2024, flattened | table by district.",
    "Table: every numeric cell is a count in 'cơ sở' (Đơn vị tính line); subject = column label, the district row label is the location,",
    "the 'Tổng cộng' row is Thanh Hóa; period 'tính đến 30/6/2024' from the caption line above the table (inherited). Cells get no totals.",
    "nhôm/đồng after 'trong đó' are parts of the 18.600 tấn (estimate continues). Item 2 of section III takes the heading's period (inherited).",
    "Distractors: Số 318/BC-UBND, date line, section numbers I-III and 1-2, Bảng 1, QCVN 05:2023/BTNMT, SO2, signature block.",
]

write("p885-3", TEXT, NOTES, FIGS, published="2024-07-25", location="Thanh Hóa")
