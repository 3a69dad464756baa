from lib import F, P, inh, CH, emit

TEXT = """UBND TỈNH QUẢNG NINH
BAN AN TOÀN GIAO THÔNG
Số: 245/BC-BATGT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 28 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác bảo đảm trật tự, an toàn giao thông năm 2023, nhiệm vụ trọng tâm năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Tuần tra, kiểm soát, xử lý vi phạm
Năm 2023, các lực lượng chức năng toàn tỉnh đã kiểm tra, xử lý 98.640 trường hợp vi phạm trật tự, an toàn giao thông, phạt tiền 142,8 tỷ đồng, tăng 21,6% so với năm 2022. Kết quả theo từng lực lượng như sau:

Bảng 1. Kết quả xử lý vi phạm theo lực lượng
Đơn vị tính: trường hợp
Lực lượng | Năm 2022 | Năm 2023 | Tăng, giảm (%)
Cảnh sát giao thông | 61.254 | 70.318 | 14,8
Cảnh sát trật tự, cơ động | 15.472 | 19.905 | 28,7
Thanh tra giao thông vận tải | 9.631 | 8.417 | -12,6
Tổng cộng | 86.357 | 98.640 | 14,2

2. Kiểm soát nồng độ cồn, tước giấy phép lái xe
Toàn tỉnh phát hiện 11.426 trường hợp vi phạm nồng độ cồn, chiếm 11,6% tổng số vi phạm; tước quyền sử dụng giấy phép lái xe 6.872 trường hợp, gấp 1,8 lần năm 2022; tạm giữ 5.913 phương tiện, trong đó 1.047 ô tô.

3. Tình hình tai nạn giao thông
Năm 2023, trên địa bàn tỉnh xảy ra 186 vụ tai nạn giao thông, làm chết 121 người, bị thương 94 người; so với năm 2022 giảm 11 vụ, giảm 8 người chết.

II. NHIỆM VỤ TRỌNG TÂM NĂM 2024
Phấn đấu năm 2024 kéo giảm từ 5% đến 10% số người chết do tai nạn giao thông so với năm 2023; 100% tuyến quốc lộ, đường tỉnh trọng điểm được lắp đặt camera giám sát; duy trì tối thiểu 2 tổ tuần tra, kiểm soát ban đêm trên mỗi tuyến Quốc lộ 18 và Quốc lộ 279.

Nơi nhận:
- Ban ATGT Quốc gia;
- Thường trực Tỉnh ủy, UBND tỉnh;
- Lưu: VT.
KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN THƯỜNG TRỰC
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
B22 = "năm 2022"
U = "trường hợp"
S = "trường hợp vi phạm xử lý"

rows = [
    ("Cảnh sát giao thông", "| 61.254 |", "61.254", 61254, "| 70.318 |", "70.318", 70318, "70.318 | 14,8", "14,8", 14.8),
    ("Cảnh sát trật tự, cơ động", "| 15.472 |", "15.472", 15472, "| 19.905 |", "19.905", 19905, "19.905 | 28,7", "28,7", 28.7),
    ("Thanh tra giao thông vận tải", "| 9.631 |", "9.631", 9631, "| 8.417 |", "8.417", 8417, "8.417 | -12,6", "12,6", -12.6),
    ("Tổng cộng", "| 86.357 |", "86.357", 86357, "| 98.640 |", "98.640", 98640, "98.640 | 14,2", "14,2", 14.2),
]

FIGS = [
    F("xử lý 98.640 trường hợp", "98.640", 98640, "count", U,
      "trường hợp vi phạm trật tự, an toàn giao thông kiểm tra, xử lý", Y23),
    F("phạt tiền 142,8 tỷ đồng", "142,8", 142.8e9, "money", "đồng", "phạt tiền", Y23,
      change=CH("increase", 21.6, "%", B22)),
]
for label, a22, n22, v22, a23, n23, v23, ap, np_, vp in rows:
    FIGS.append(F(a22, n22, v22, "count", U, f"{label} năm 2022", Y22))
    FIGS.append(F(a23, n23, v23, "count", U, f"{label} năm 2023", Y23))
    FIGS.append(F(ap, np_, vp, "percent", "%", f"{label} tăng, giảm", inh(Y23)))

FIGS += [
    F("phát hiện 11.426 trường hợp", "11.426", 11426, "count", U,
      "trường hợp vi phạm nồng độ cồn", inh(Y23), percent=11.6),
    F("xe 6.872 trường hợp", "6.872", 6872, "count", U,
      "trường hợp bị tước quyền sử dụng giấy phép lái xe", inh(Y23),
      change=CH("increase", 1.8, "lần", B22)),
    F("tạm giữ 5.913 phương tiện", "5.913", 5913, "count", "phương tiện",
      "phương tiện bị tạm giữ", inh(Y23)),
    F("trong đó 1.047 ô tô", "1.047", 1047, "count", "ô tô", "ô tô bị tạm giữ", inh(Y23), total=5913),
    F("xảy ra 186 vụ", "186", 186, "count", "vụ", "vụ tai nạn giao thông", Y23,
      change=CH("decrease", 11, "vụ", B22)),
    F("chết 121 người", "121", 121, "count", "người", "người chết do tai nạn giao thông", Y23,
      change=CH("decrease", 8, "người", B22)),
    F("thương 94 người", "94", 94, "count", "người", "người bị thương do tai nạn giao thông", Y23),
    F("từ 5% đến 10%", "5", 5, "percent", "%",
      "số người chết do tai nạn giao thông kéo giảm so với năm 2023", Y24, value_max=10, status="target"),
    F("; 100% tuyến", "100", 100, "percent", "%",
      "tuyến quốc lộ, đường tỉnh trọng điểm được lắp đặt camera giám sát", Y24, status="target"),
    F("tối thiểu 2 tổ", "2", 2, "count", "tổ",
      "tổ tuần tra, kiểm soát ban đêm trên mỗi tuyến", Y24, approx="at_least", status="target"),
]

emit("p273-4", TEXT, [
    "Formal report with letterhead (Ban ATGT tỉnh Quảng Ninh, 'Số: 245/BC-BATGT'), place-and-date line 'Quảng Ninh, ngày 28 tháng 12 năm 2023'.",
    "Flattened '|' table: Lực lượng | Năm 2022 | Năm 2023 | Tăng, giảm (%), 'Đơn vị tính: trường hợp'. Every numeric cell is a figure;",
    "count cells take the period of their column header (as shared h23); the (%) column is a growth rate (percent, no change object), its year inherited.",
    "Table-cell subject = row label + column label (FIGURES.md Tables; shared h23/h24), e.g. 'Cảnh sát giao thông năm 2022'.",
    "revised: table-cell subjects were 'trường hợp vi phạm xử lý <row>' (caption + row); set to row label + column label as FIGURES.md says.",
    "'-12,6' is read as value -12.6 (a decrease written with a minus sign). Table cells get no total (no part-of rule for tables).",
    "Distractors: 'Số: 245/BC-BATGT', the date line, 'Bảng 1.', section numbers I./II./1./2./3., 'Quốc lộ 18/279', 'Lưu: VT'.",
    "'gấp 1,8 lần năm 2022' after the licence count is its change (unit lần). 'so với năm 2022 giảm 11 vụ, giảm 8 người chết': each change to its figure by unit.",
    "Section 2 names no year in its sentence: period inherited from 'Năm 2023' above. Targets for 2024: status target; 'tối thiểu' at_least.",
], FIGS, published="2023-12-28", location="Quảng Ninh")
