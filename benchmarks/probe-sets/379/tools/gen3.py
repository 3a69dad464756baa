from lib import F, P, C, T, emit

text = """UBND TỈNH THANH HÓA
SỞ CÔNG THƯƠNG
Số: 1865/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 20 tháng 11 năm 2024

BÁO CÁO
Kết quả cấp điện cho các huyện miền núi phía Tây năm 2024
(Theo yêu cầu tại Văn bản số 4312/UBND-CN ngày 05/11/2024 của UBND tỉnh)

I. HIỆN TRẠNG LƯỚI ĐIỆN
Tính đến ngày 31/10/2024, lưới điện 5 huyện miền núi phía Tây gồm 1.146 trạm biến áp phân phối (tăng 38 trạm so với năm 2023) với tổng dung lượng 142.650 kVA; 2.384,7 km đường dây 35 kV và 22 kV; 3.912 km đường dây 0,4 kV. Tỷ lệ tổn thất điện năng bình quân khu vực là 7,85%, cao hơn bình quân toàn tỉnh 2,1 điểm phần trăm.

II. TÌNH HÌNH SỬ DỤNG ĐIỆN
Bảng 1. Hộ sử dụng điện lưới quốc gia theo huyện
Đơn vị tính: hộ
Huyện | Tổng số hộ | Hộ dùng điện lưới | Hộ chưa có điện lưới | Tỷ lệ (%)
Mường Lát | 9.412 | 8.640 | 772 | 91,80
Quan Sơn | 11.036 | 10.517 | 519 | 95,30
Quan Hóa | 13.875 | 13.502 | 373 | 97,31
Lang Chánh | 12.460 | 12.318 | 142 | 98,86
Bá Thước | 28.914 | 28.561 | 353 | 98,78
Cộng | 75.697 | 73.538 | 2.159 | 97,15

Toàn khu vực còn 37 thôn, bản chưa có điện lưới quốc gia, trong đó huyện Mường Lát 14 thôn, bản; huyện Quan Sơn 11 thôn, bản. Năm 2024, vốn đầu tư cho cấp điện nông thôn khu vực đạt 186,4 tỷ đồng, bằng 112% so với năm 2023.

III. KIẾN NGHỊ
Dự kiến nhu cầu vốn giai đoạn 2025-2026 khoảng 240 tỷ đồng để cấp điện cho toàn bộ số hộ còn lại; phấn đấu đến năm 2026 đạt 100% hộ dân khu vực miền núi sử dụng điện lưới quốc gia. Đề nghị UBND tỉnh xem xét, bố trí vốn đối ứng theo Nghị quyết số 37/2021/NQ-HĐND.

Nơi nhận:
- UBND tỉnh (b/c);
- Công ty Điện lực Thanh Hóa;
- Lưu: VT, QLNL.
GIÁM ĐỐC
Lê Văn Thành"""

A = P("Tính đến ngày 31/10/2024", end="2024-10-31")
Ai = P("Tính đến ngày 31/10/2024", end="2024-10-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
GD = P("giai đoạn 2025-2026", "2025-01-01", "2026-12-31")
T26 = P("đến năm 2026", end="2026-12-31")

COLS = [("Tổng số hộ", "count", "hộ"), ("Hộ dùng điện lưới", "count", "hộ"),
        ("Hộ chưa có điện lưới", "count", "hộ"), ("Tỷ lệ", "percent", "%")]
ROWS = [("Mường Lát", ["9.412", "8.640", "772", "91,80"]),
        ("Quan Sơn", ["11.036", "10.517", "519", "95,30"]),
        ("Quan Hóa", ["13.875", "13.502", "373", "97,31"]),
        ("Lang Chánh", ["12.460", "12.318", "142", "98,86"]),
        ("Bá Thước", ["28.914", "28.561", "353", "98,78"]),
        ("Cộng", ["75.697", "73.538", "2.159", "97,15"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


figs = [
    F("gồm 1.146 trạm", "1.146", 1146, "count", "trạm biến áp", "trạm biến áp phân phối", A,
      change=C("increase", 38, "trạm", "năm 2023")),
    F("142.650 kVA", "142.650", 142650, "measure", "kVA", "tổng dung lượng trạm biến áp phân phối", A),
    F("2.384,7 km", "2.384,7", 2384.7, "measure", "km", "đường dây 35 kV và 22 kV", A),
    F("35 kV và", "35", 35, "measure", "kV", optional=True),
    F("và 22 kV", "22", 22, "measure", "kV", optional=True),
    F("3.912 km", "3.912", 3912, "measure", "km", "đường dây 0,4 kV", A),
    F("dây 0,4 kV", "0,4", 0.4, "measure", "kV", optional=True),
    F("5 huyện miền núi", "5", 5, "count", "huyện", "huyện miền núi phía Tây", optional=True),
    F("là 7,85%", "7,85", 7.85, "percent", "%", "tỷ lệ tổn thất điện năng bình quân khu vực", Ai,
      change=C("increase", 2.1, "điểm phần trăm", "bình quân toàn tỉnh")),
]
for row, cells in ROWS:
    prev = row
    for (col, kind, unit), cell in zip(COLS, cells):
        anchor = f"{prev} | {cell}" + (" |" if col != "Tỷ lệ" else "\n")
        subj = col if row != "Cộng" else f"{col} Cộng"
        loc = row if row != "Cộng" else "Thanh Hóa"
        figs.append(F(anchor, cell, num(cell), kind, unit, subj, Ai, location=loc))
        prev = cell
# the last row's last cell is followed by a blank line, fine ("\n")
figs += [
    F("còn 37 thôn", "37", 37, "count", "thôn, bản", "thôn, bản chưa có điện lưới quốc gia", Ai),
    F("Mường Lát 14 thôn", "14", 14, "count", "thôn, bản", "thôn, bản chưa có điện lưới quốc gia", Ai,
      total=37, location="Mường Lát"),
    F("Quan Sơn 11 thôn", "11", 11, "count", "thôn, bản", "thôn, bản chưa có điện lưới quốc gia", Ai,
      total=37, location="Quan Sơn"),
    F("đạt 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", "vốn đầu tư cho cấp điện nông thôn khu vực", Y24,
      percent=112),
    F("khoảng 240 tỷ đồng", "240", 240e9, "money", "đồng", "nhu cầu vốn", GD, approx="about", status="forecast"),
    F("đạt 100% hộ", "100", 100, "percent", "%", "hộ dân khu vực miền núi sử dụng điện lưới quốc gia", T26,
      status="target"),
]

emit("p379-3", text, [
    "Formal report of Sở Công Thương Thanh Hóa ('Số: 1865/BC-SCT'), place-and-date line = published. Five mountain districts.",
    "Flattened '|' table, 'Đơn vị tính: hộ', last column '(%)'. Every numeric cell is a figure; subject = column label (+ 'Cộng');",
    "district row labels go to location; the 'Cộng' row keeps the province. Period from 'Tính đến ngày 31/10/2024' above (inherited). No totals in table cells.",
    "'(tăng 38 trạm so với năm 2023)' is the change of 1.146 trạm. '35 kV', '22 kV', '0,4 kV' are voltage classes naming the lines: optional.",
    "'trong đó huyện Mường Lát 14 thôn, bản' parts of 37. 'bằng 112% so với năm 2023' = percent of 186,4 tỷ. 'Dự kiến' forecast; 'phấn đấu đến năm 2026' target.",
    "Distractors: document numbers, Văn bản 4312/UBND-CN ngày 05/11/2024, Nghị quyết 37/2021/NQ-HĐND, 'Bảng 1', section numbers, signer.",
], figs, published="2024-11-20", location="Thanh Hóa")
