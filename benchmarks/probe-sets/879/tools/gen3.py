"""p879-3: formal report (UBND tỉnh Bình Định) - hầm Cù Mông, 9 months 2024, flattened | table."""
from lib import F, P, C, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình quản lý, vận hành hầm đường bộ Cù Mông 9 tháng đầu năm 2024

I. LƯU LƯỢNG PHƯƠNG TIỆN
1. Tổng lưu lượng qua hầm 9 tháng đầu năm 2024 đạt 2.184.600 lượt xe, tăng 9,6% so với cùng kỳ; bình quân 7.973 lượt xe/ngày đêm.
2. Lưu lượng theo loại phương tiện:
Đơn vị tính: lượt xe
STT | Loại phương tiện | 9 tháng 2023 | 9 tháng 2024 | So sánh (%)
1 | Xe con dưới 12 chỗ | 1.105.300 | 1.226.800 | 111,0
2 | Xe khách từ 12 chỗ trở lên | 248.900 | 262.400 | 105,4
3 | Xe tải, xe container | 638.700 | 695.400 | 108,9
 | Tổng cộng | 1.992.900 | 2.184.600 | 109,6

II. CÔNG TÁC BẢO ĐẢM AN TOÀN
1. Trung tâm quản lý, vận hành hầm đã xử lý 326 sự cố, trong đó 298 xe hư hỏng, 21 xe hết nhiên liệu và 7 vụ va chạm; thời gian xử lý bình quân 12 phút/vụ.
2. Tổ chức 2 đợt diễn tập phòng cháy, chữa cháy và cứu nạn, cứu hộ với hơn 150 người tham gia theo Kế hoạch số 96/KH-UBND ngày 15/3/2024.
3. Kinh phí quản lý, vận hành, bảo trì hầm 9 tháng ước thực hiện 41,7 tỷ đồng, đạt 71,2% kế hoạch năm.

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến cả năm 2024, lưu lượng qua hầm đạt khoảng 2,95 triệu lượt xe. Năm 2025, dự kiến bố trí 12,5 tỷ đồng để thay thế 1.860 bộ đèn chiếu sáng trong hầm bằng đèn LED.

Nơi nhận:
- Bộ Giao thông vận tải;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

N24 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N24_I = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")

ROWS = [  # anchor prefix, row label for subject, 2023, 2024, ratio
    ("Xe con dưới 12 chỗ", "1.105.300", "1.226.800", "111,0"),
    ("Xe khách từ 12 chỗ trở lên", "248.900", "262.400", "105,4"),
    ("Xe tải, xe container", "638.700", "695.400", "108,9"),
    ("Tổng cộng", "1.992.900", "2.184.600", "109,6"),
]


def v(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("đạt 2.184.600 lượt xe", "2.184.600", 2184600, "count", "lượt xe", "tổng lưu lượng qua hầm Cù Mông", N24,
      change=C("increase", 9.6, "%", "cùng kỳ")),
    F("bình quân 7.973 lượt xe/ngày đêm", "7.973", 7973, "measure", "lượt xe/ngày đêm",
      "lưu lượng bình quân qua hầm", N24),
]
for label, a, b, r in ROWS:
    FIGS += [
        F(f"{label} | {a}", a, v(a), "count", "lượt xe", f"lưu lượng {label} 9 tháng 2023", C23),
        F(f"{a} | {b}", b, v(b), "count", "lượt xe", f"lưu lượng {label} 9 tháng 2024", C24),
        F(f"{b} | {r}", r, v(r), "percent", "%", f"lưu lượng {label} so sánh 9 tháng 2024 với 9 tháng 2023", N24_I),
    ]
FIGS += [
    F("Xe con dưới 12 chỗ", "12", 12, "measure", "chỗ", "số chỗ của xe con", approx="under", optional=True),
    F("Xe khách từ 12 chỗ trở lên", "12", 12, "measure", "chỗ", "số chỗ của xe khách", approx="at_least", optional=True),
    F("xử lý 326 sự cố", "326", 326, "count", "sự cố", "sự cố được xử lý trong hầm", N24_I),
    F("298 xe hư hỏng", "298", 298, "count", "xe", "xe hư hỏng", N24_I, total=326),
    F("21 xe hết nhiên liệu", "21", 21, "count", "xe", "xe hết nhiên liệu", N24_I, total=326),
    F("7 vụ va chạm", "7", 7, "count", "vụ", "vụ va chạm", N24_I, total=326),
    F("bình quân 12 phút/vụ", "12", 12, "measure", "phút/vụ", "thời gian xử lý sự cố bình quân", N24_I),
    F("Tổ chức 2 đợt diễn tập", "2", 2, "count", "đợt diễn tập",
      "đợt diễn tập phòng cháy, chữa cháy và cứu nạn, cứu hộ", N24_I),
    F("hơn 150 người", "150", 150, "count", "người", "người tham gia diễn tập", N24_I, approx="over"),
    F("ước thực hiện 41,7 tỷ đồng", "41,7", 41700000000, "money", "đồng",
      "kinh phí quản lý, vận hành, bảo trì hầm", P("9 tháng", "2024-01-01", "2024-09-30"),
      percent=71.2, status="estimate"),
    F("khoảng 2,95 triệu lượt xe", "2,95", 2950000, "count", "lượt xe", "lưu lượng qua hầm",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("bố trí 12,5 tỷ đồng", "12,5", 12500000000, "money", "đồng",
      "kinh phí thay thế đèn chiếu sáng trong hầm bằng đèn LED", P("Năm 2025", "2025-01-01", "2025-12-31"),
      status="forecast"),
    F("thay thế 1.860 bộ đèn", "1.860", 1860, "count", "bộ đèn", "bộ đèn chiếu sáng trong hầm được thay thế bằng đèn LED",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
]

NOTES = [
    "Formal report under a letterhead (UBND tỉnh Bình Định, Số: 187/BC-UBND): hầm Cù Mông, 9 tháng đầu năm 2024.",
    "Flattened '|' table, 'Đơn vị tính: lượt xe'; STT cells 1-3 and section numbers are not figures. Cells of the",
    "'9 tháng 2023'/'9 tháng 2024' columns take the column period (scored); the 'So sánh (%)' column (2024 as % of 2023)",
    "gives percent figures with no change object and an inherited period. Table cells carry no totals; 'Tổng cộng' is its own figure.",
    "'dưới 12 chỗ' / 'từ 12 chỗ trở lên' are category thresholds (optional).",
    "Not figures: 'Số: 187/BC-UBND', 'ngày 08 tháng 10 năm 2024', 'Kế hoạch số 96/KH-UBND ngày 15/3/2024', 'QUÝ IV/2024'.",
    "The parts after 'trong đó' (298 xe, 21 xe, 7 vụ) are kinds of incident and add up to 326 sự cố: total 326.",
]

if __name__ == "__main__":
    write("p879-3", TEXT, FIGS, NOTES, published="2024-10-08", location="Bình Định")
