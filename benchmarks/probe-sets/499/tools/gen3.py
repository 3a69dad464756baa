from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH BÌNH DƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN AN TOÀN GIAO THÔNG                     Độc lập - Tự do - Hạnh phúc
Số: 215/BC-BATGT                 Bình Dương, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác bảo đảm trật tự, an toàn giao thông 9 tháng năm 2024

I. TÌNH HÌNH TAI NẠN GIAO THÔNG
1. Kết quả chung
Từ ngày 15/12/2023 đến ngày 14/9/2024, toàn tỉnh xảy ra 312 vụ tai nạn giao thông đường bộ, làm chết 187 người, bị thương 241 người; nhiều nhất tại thành phố Thủ Dầu Một (48 vụ), thành phố Thuận An (41 vụ) và thành phố Dĩ An (37 vụ).

Bảng 1. So sánh tai nạn giao thông cùng kỳ
Chỉ tiêu | 9 tháng 2023 | 9 tháng 2024 | Tỷ lệ so cùng kỳ (%)
Số vụ (vụ) | 345 | 312 | 90,4
Số người chết (người) | 205 | 187 | 91,2
Số người bị thương (người) | 236 | 241 | 102,1

2. Xử lý vi phạm
Lực lượng Cảnh sát giao thông đã phát hiện, xử lý 96.540 trường hợp vi phạm, phạt tiền 148,35 tỷ đồng, đạt 112% kế hoạch năm; tước 7.812 giấy phép lái xe. Trong đó, qua hệ thống camera giám sát phát hiện 21.306 trường hợp, chiếm 22,1%.

II. ĐĂNG KÝ PHƯƠNG TIỆN
Tính đến ngày 30/9/2024, toàn tỉnh quản lý 2.134.620 phương tiện, trong đó ô tô 298.415 xe, mô tô, xe máy 1.836.205 xe. Trong 9 tháng, đăng ký mới 78.930 xe, ước cả năm đạt khoảng 105.000 xe.

III. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu kéo giảm tai nạn giao thông từ 5 đến 10% về số vụ, số người chết và số người bị thương.
2. Tổ chức cao điểm bảo đảm trật tự, an toàn giao thông dịp Tết Dương lịch 2025.

Nơi nhận:
- Ban ATGT Quốc gia;
- Thường trực Tỉnh ủy;
- Lưu: VT.                                       KT. TRƯỞNG BAN
                                                    PHÓ TRƯỞNG BAN
"""

KY = P("Từ ngày 15/12/2023 đến ngày 14/9/2024", "2023-12-15", "2024-09-14")
N23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
N24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
D30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Y24 = P("cả năm", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("xảy ra 312 vụ", "312", 312, "count", "vụ", "tai nạn giao thông đường bộ", KY),
    F("làm chết 187 người", "187", 187, "count", "người", "người chết do tai nạn giao thông", KY),
    F("bị thương 241 người", "241", 241, "count", "người", "người bị thương do tai nạn giao thông", KY),
    F("Thủ Dầu Một (48 vụ)", "48", 48, "count", "vụ", "tai nạn giao thông đường bộ", KY, location="Thủ Dầu Một"),
    F("Thuận An (41 vụ)", "41", 41, "count", "vụ", "tai nạn giao thông đường bộ", KY, location="Thuận An"),
    F("Dĩ An (37 vụ)", "37", 37, "count", "vụ", "tai nạn giao thông đường bộ", KY, location="Dĩ An"),
]
ROWS = [("Số vụ (vụ) | ", "Số vụ", "vụ", "345", "312", "90,4"),
        ("Số người chết (người) | ", "Số người chết", "người", "205", "187", "91,2"),
        ("Số người bị thương (người) | ", "Số người bị thương", "người", "236", "241", "102,1")]
for head, label, unit, a, b, c in ROWS:
    FIGS.append(F(f"{head}{a} ", a, int(a), "count", unit, f"{label} 9 tháng 2023", N23))
    FIGS.append(F(f"{a} | {b} ", b, int(b), "count", unit, f"{label} 9 tháng 2024", N24))
    FIGS.append(F(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%", f"{label} tỷ lệ so cùng kỳ", I(N24)))
FIGS += [
    F("xử lý 96.540 trường hợp", "96.540", 96540, "count", "trường hợp", "trường hợp vi phạm được phát hiện, xử lý", I(N9)),
    F("phạt tiền 148,35 tỷ", "148,35", 148350000000, "money", "đồng", "phạt tiền vi phạm", I(N9), percent=112),
    F("tước 7.812 giấy", "7.812", 7812, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", I(N9)),
    F("phát hiện 21.306 trường hợp", "21.306", 21306, "count", "trường hợp", "vi phạm phát hiện qua hệ thống camera giám sát",
      I(N9), total=96540, percent=22.1),
    F("quản lý 2.134.620 phương tiện", "2.134.620", 2134620, "count", "phương tiện", "phương tiện do tỉnh quản lý", D30),
    F("ô tô 298.415 xe", "298.415", 298415, "count", "xe", "ô tô", D30, total=2134620),
    F("xe máy 1.836.205 xe", "1.836.205", 1836205, "count", "xe", "mô tô, xe máy", D30, total=2134620),
    F("đăng ký mới 78.930 xe", "78.930", 78930, "count", "xe", "xe đăng ký mới", T9),
    F("khoảng 105.000 xe", "105.000", 105000, "count", "xe", "xe đăng ký mới cả năm", Y24, approx="about", status="estimate"),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "kéo giảm tai nạn giao thông về số vụ, số người chết và số người bị thương",
      I(Q4), value_max=10, status="target"),
]

COMMENTS = [
    "Formal report of Ban ATGT tỉnh Bình Dương (letterhead, 'Số: 215/BC-BATGT', place-and-date line 08/10/2024): accidents in the",
    "police reporting period 15/12/2023-14/9/2024, a flattened '|' table (9 tháng 2023 | 9 tháng 2024 | Tỷ lệ so cùng kỳ (%)), violations,",
    "registered vehicles, Q4 tasks. Distractors: document number, section numbers 'I.', '1.', 'Bảng 1', 'Tết Dương lịch 2025', 'Lưu: VT'.",
    "Lead period: the explicit date range (start 2023-12-15, end 2024-09-14), scored; the city list shares the lead sentence and its period.",
    "Table: every numeric cell a figure; subject = row label + column label; unit from the row label '(vụ)', '(người)'; periods from",
    "column headers; the ratio column '(%)' has no period of its own (inherited 9 tháng 2024). Text 312/187/241 and table cells are separate mentions.",
    "Section 2 sentences state no period (inherited from the title '9 tháng năm 2024'). 'đạt 112% kế hoạch năm' -> percent of 148,35 tỷ.",
    "'Trong đó, qua … camera … 21.306 trường hợp, chiếm 22,1%' -> part of 96.540. 'trong đó ô tô …, mô tô, xe máy …' add up to 2.134.620.",
    "'ước cả năm đạt khoảng 105.000 xe' -> estimate, about, period the whole year 2024. Q4 target range from the heading (inherited).",
]

emit("p499-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bình Dương")
