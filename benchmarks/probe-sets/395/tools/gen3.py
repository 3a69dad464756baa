from lib import F, P, build

TEXT = """UBND TỈNH THANH HÓA
BAN AN TOÀN GIAO THÔNG
Số: 27/BC-BATGT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 08 tháng 4 năm 2024

BÁO CÁO
Tình hình trật tự an toàn giao thông quý I/2024 và nhiệm vụ trọng tâm quý II/2024

I. TÌNH HÌNH TAI NẠN GIAO THÔNG
Trong quý I/2024, toàn tỉnh xảy ra 62 vụ tai nạn giao thông, làm chết 48 người, bị thương 39 người. Số liệu so sánh với cùng kỳ như sau:

Bảng 1. Tình hình tai nạn, va chạm giao thông
Đơn vị tính: vụ, người
Chỉ tiêu | Quý I/2023 | Quý I/2024 | Quý I/2024 so với cùng kỳ (%)
Số vụ tai nạn | 71 | 62 | 87,32
Số người chết | 53 | 48 | 90,57
Số người bị thương | 37 | 39 | 105,41
Số vụ va chạm giao thông | 214 | 186 | 86,92

Nguyên nhân chủ yếu do người điều khiển phương tiện đi không đúng phần đường, làn đường (chiếm 31,5%), chạy quá tốc độ (22,6%) và sử dụng rượu, bia (17,7%).

II. KẾT QUẢ TUẦN TRA, KIỂM SOÁT, XỬ LÝ VI PHẠM
Lực lượng Công an toàn tỉnh đã phát hiện 18.452 trường hợp vi phạm; xử phạt vi phạm hành chính 17.906 trường hợp với số tiền 29,85 tỷ đồng, tăng 4,2% so với cùng kỳ; tạm giữ 2.315 phương tiện, tước quyền sử dụng 1.127 giấy phép lái xe. Riêng vi phạm về nồng độ cồn, phát hiện, xử lý 6.038 trường hợp, chiếm 32,7% tổng số trường hợp vi phạm.

III. NHIỆM VỤ TRỌNG TÂM QUÝ II/2024
1. Phấn đấu năm 2024 kéo giảm tai nạn giao thông từ 5-10% trên cả 3 tiêu chí so với năm 2023.
2. Tiếp tục thực hiện Chỉ thị số 23-CT/TW và Công điện số 07/CĐ-BATGT; tổ chức ít nhất 2 đợt cao điểm tổng kiểm soát phương tiện trên quốc lộ 1, quốc lộ 45 và quốc lộ 47.

Nơi nhận:
- Ủy ban ATGT Quốc gia (b/c);
- Thường trực Tỉnh ủy, UBND tỉnh (b/c);
- Lưu: VT.
KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Đại tá Lê Văn Tuấn
"""

Q1_24 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1_24I = dict(Q1_24, inherited=True)
Q1_23 = P("Quý I/2023", "2023-01-01", "2023-03-31")
Q1_24T = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Số vụ tai nạn", "vụ", "71", 71, "62", 62, "87,32", 87.32),
        ("Số người chết", "người", "53", 53, "48", 48, "90,57", 90.57),
        ("Số người bị thương", "người", "37", 37, "39", 39, "105,41", 105.41),
        ("Số vụ va chạm giao thông", "vụ", "214", 214, "186", 186, "86,92", 86.92)]

FIGS = [
    F("xảy ra 62 vụ", "62", 62, "count", "vụ", "vụ tai nạn giao thông", period=Q1_24),
    F("làm chết 48 người", "48", 48, "count", "người", "người chết do tai nạn giao thông", period=Q1_24),
    F("bị thương 39 người", "39", 39, "count", "người", "người bị thương do tai nạn giao thông", period=Q1_24),
]
for label, unit, a, av, b, bv, c, cv in ROWS:
    FIGS += [
        F(f"{label} | {a}", a, av, "count", unit, f"{label} quý I/2023", period=Q1_23),
        F(f"{label} | {a} | {b}", b, bv, "count", unit, f"{label} quý I/2024", period=Q1_24T),
        F(f"| {b} | {c}", c, cv, "percent", "%", f"{label} quý I/2024 so với cùng kỳ", period=Q1_24T),
    ]
FIGS += [
    F("(chiếm 31,5%)", "31,5", 31.5, "percent", "%", "nguyên nhân đi không đúng phần đường, làn đường", period=Q1_24I),
    F("tốc độ (22,6%)", "22,6", 22.6, "percent", "%", "nguyên nhân chạy quá tốc độ", period=Q1_24I),
    F("bia (17,7%)", "17,7", 17.7, "percent", "%", "nguyên nhân sử dụng rượu, bia", period=Q1_24I),
    F("phát hiện 18.452 trường hợp", "18.452", 18452, "count", "trường hợp", "trường hợp vi phạm được phát hiện", period=Q1_24I),
    F("hành chính 17.906 trường hợp", "17.906", 17906, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", period=Q1_24I),
    F("số tiền 29,85 tỷ đồng", "29,85", 29.85e9, "money", "đồng", "số tiền xử phạt vi phạm hành chính", period=Q1_24I,
      change={"direction": "increase", "value": 4.2, "unit": "%", "baseline": "cùng kỳ"}),
    F("tạm giữ 2.315 phương tiện", "2.315", 2315, "count", "phương tiện", "phương tiện bị tạm giữ", period=Q1_24I),
    F("sử dụng 1.127 giấy phép", "1.127", 1127, "count", "giấy phép lái xe", "giấy phép lái xe bị tước quyền sử dụng", period=Q1_24I),
    F("xử lý 6.038 trường hợp", "6.038", 6038, "count", "trường hợp", "vi phạm về nồng độ cồn", percent=32.7, period=Q1_24I),
    F("từ 5-10%", "5", 5, "percent", "%", "kéo giảm tai nạn giao thông", value_max=10, status="target", period=Y24),
    F("cả 3 tiêu chí so với", "3", 3, "count", "tiêu chí", "tiêu chí", optional=True),
    F("ít nhất 2 đợt", "2", 2, "count", "đợt", "đợt cao điểm tổng kiểm soát phương tiện", approx="at_least", status="target",
      period=P("quý II/2024", "2024-04-01", "2024-06-30", inh=True)),
]

HEADER = [
    "Formal report, letterhead 'Số: 27/BC-BATGT' of Ban ATGT tỉnh Thanh Hóa, 'Thanh Hóa, ngày 08 tháng 4 năm 2024': TNGT quý I/2024.",
    "Flattened '|' table: 'Đơn vị tính: vụ, người' (vụ rows / người rows), columns Quý I/2023 | Quý I/2024 | so với cùng kỳ (%).",
    "The '(%)' column holds indices (this year as a percent of last year), percent figures of their own; period from the column header.",
    "Cause shares: a list sharing 'nguyên nhân' (percent each). 'Riêng … 6.038 …, chiếm 32,7% tổng số' gives a percent but no total ('Riêng' is no",
    "part-of cue and no number is named as the whole). '17.906 xử phạt' after '18.452 phát hiện' has no cue: no total.",
    "Distractors: 'Số: 27/BC-BATGT', 'Chỉ thị số 23-CT/TW', 'Công điện số 07/CĐ-BATGT', 'quốc lộ 1/45/47', section numbers I./II./1./2., 'Bảng 1'.",
    "Targets: 'Phấn đấu năm 2024 … từ 5-10%' percent range, status target; 'ít nhất 2 đợt' planned for quý II (heading): target, at_least.",
]

build("p395-3", TEXT, HEADER, FIGS, published="2024-04-08", location="Thanh Hóa")
