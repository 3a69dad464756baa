"""p647-3: UBND tỉnh Bắc Ninh formal report, traffic safety and congestion 9 months 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH BẮC NINH
Số: 214/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Ninh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác bảo đảm trật tự an toàn giao thông, chống ùn tắc giao thông 9 tháng năm 2024

I. TÌNH HÌNH TAI NẠN VÀ ÙN TẮC GIAO THÔNG

9 tháng năm 2024, trên địa bàn tỉnh xảy ra 142 vụ tai nạn giao thông, làm chết 96 người, bị thương 71 người. Số liệu so sánh với cùng kỳ như sau:

Bảng 1. Tình hình tai nạn, ùn tắc giao thông
Chỉ tiêu | Đơn vị | 9 tháng 2023 | 9 tháng 2024 | So sánh (%)
Số vụ tai nạn giao thông | vụ | 158 | 142 | 89,9
Số người chết | người | 104 | 96 | 92,3
Số người bị thương | người | 85 | 71 | 83,5
Điểm đen tai nạn giao thông | điểm | 7 | 5 | 71,4
Điểm ùn tắc giao thông | điểm | 12 | 9 | 75,0

Trong 9 tháng, trên Quốc lộ 1, Quốc lộ 18 và đường tỉnh 295B xảy ra 23 vụ ùn tắc kéo dài trên 2 giờ, giảm 6 vụ so với cùng kỳ; thời gian ùn tắc bình quân khoảng 45 phút/vụ.

II. KẾT QUẢ THỰC HIỆN

Lực lượng Công an tỉnh đã kiểm tra, xử lý 38.452 trường hợp vi phạm, phạt tiền 52,7 tỷ đồng, tạm giữ 3.186 phương tiện, tước giấy phép lái xe 2.904 trường hợp. Hệ thống 215 camera giám sát tại 64 nút giao đã phát hiện 6.210 trường hợp vi phạm, chiếm 16,2% tổng số vi phạm bị xử lý.

III. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ IV/2024

Phấn đấu năm 2024 giảm từ 5 đến 10% số vụ, số người chết và số người bị thương do tai nạn giao thông so với năm 2023; dự kiến lắp đặt bổ sung 40 camera tại các nút giao trên Quốc lộ 1.

Nơi nhận:
- Ủy ban ATGT Quốc gia;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
T9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")

ROWS = [
    ("Số vụ tai nạn giao thông", "vụ", "158", 158, "142", 142, "89,9", 89.9),
    ("Số người chết", "người", "104", 104, "96", 96, "92,3", 92.3),
    ("Số người bị thương", "người", "85", 85, "71", 71, "83,5", 83.5),
    ("Điểm đen tai nạn giao thông", "điểm", "7", 7, "5", 5, "71,4", 71.4),
    ("Điểm ùn tắc giao thông", "điểm", "12", 12, "9", 9, "75,0", 75.0),
]

FIGS = [
    F("xảy ra 142 vụ", "142", 142, "count", "vụ", "tai nạn giao thông", M9),
    F("làm chết 96 người", "96", 96, "count", "người", "người chết do tai nạn giao thông", M9),
    F("bị thương 71 người", "71", 71, "count", "người", "người bị thương do tai nạn giao thông", M9),
]
for label, unit, a, av, b, bv, c, cv in ROWS:
    FIGS.append(F(f"{label} | {unit} | {a} |", a, av, "count", unit, f"{label} 9 tháng 2023", C23))
    FIGS.append(F(f"| {a} | {b} |", b, bv, "count", unit, f"{label} 9 tháng 2024", C24))
    FIGS.append(F(f"| {b} | {c}\n", c, cv, "percent", "%", f"{label} 9 tháng 2024 so sánh với cùng kỳ (%)", I(C24)))

FIGS += [
    F("xảy ra 23 vụ", "23", 23, "count", "vụ", "vụ ùn tắc kéo dài trên 2 giờ", T9,
      change=CH("decrease", 6, "vụ", "cùng kỳ")),
    F("trên 2 giờ", "2", 2, "measure", "giờ", "ngưỡng thời gian ùn tắc kéo dài", optional=True),
    F("khoảng 45 phút/vụ", "45", 45, "measure", "phút/vụ", "thời gian ùn tắc bình quân", T9, approx="about"),
    F("xử lý 38.452 trường hợp", "38.452", 38452, "count", "trường hợp", "trường hợp vi phạm bị kiểm tra, xử lý", I(M9)),
    F("phạt tiền 52,7 tỷ", "52,7", 52.7e9, "money", "đồng", "tiền phạt vi phạm", I(M9)),
    F("tạm giữ 3.186 phương tiện", "3.186", 3186, "count", "phương tiện", "phương tiện bị tạm giữ", I(M9)),
    F("lái xe 2.904 trường hợp", "2.904", 2904, "count", "trường hợp", "trường hợp bị tước giấy phép lái xe", I(M9)),
    F("Hệ thống 215 camera", "215", 215, "count", "camera", "camera giám sát"),
    F("tại 64 nút giao", "64", 64, "count", "nút giao", "nút giao có camera giám sát"),
    F("phát hiện 6.210 trường hợp", "6.210", 6210, "count", "trường hợp", "trường hợp vi phạm hệ thống camera phát hiện",
      I(M9), percent=16.2),
    F("từ 5 đến 10%", "5", 5, "percent", "%",
      "mức giảm số vụ, số người chết và số người bị thương do tai nạn giao thông so với năm 2023", Y24,
      value_max=10, status="target"),
    F("bổ sung 40 camera", "40", 40, "count", "camera", "camera lắp đặt bổ sung tại các nút giao trên Quốc lộ 1",
      I(Q4), status="forecast"),
]

COMMENTS = [
    "Formal report, letterhead 'UBND TỈNH BẮC NINH', 'Số: 214/BC-UBND', place-and-date line 08/10/2024: accidents, congestion 9 months 2024.",
    "Flattened | table: every numeric cell is a figure; unit from the 'Đơn vị' column; period from the column header (scored);",
    "the 'So sánh (%)' column has no period of its own (inherited 9 tháng 2024, unscored). Sentences of section II carry no period phrase.",
    "'kéo dài trên 2 giờ' is a threshold (optional). 'Phấn đấu năm 2024 giảm từ 5 đến 10%' is a target rate, no change object.",
    "'dự kiến lắp đặt bổ sung 40 camera' -> forecast; its period is the section heading 'QUÝ IV/2024' (inherited).",
    "Distractors: Số: 214/BC-UBND, Quốc lộ 1/18, đường tỉnh 295B, section numbers I./II./III., 'Bảng 1', signature block.",
]

if __name__ == "__main__":
    emit("p647-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bắc Ninh")
