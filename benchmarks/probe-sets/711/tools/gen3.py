"""p711-3: formal report under a letterhead (UBND tỉnh Hà Nam), 6 months 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH HÀ NAM
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả bảo đảm trật tự, an toàn giao thông học đường 6 tháng đầu năm 2024

Thực hiện Chỉ thị số 31/CT-TTg của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình tai nạn giao thông
6 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 9 vụ tai nạn giao thông liên quan đến học sinh, làm chết 3 em, bị thương 11 em; so với cùng kỳ năm 2023 giảm 4 vụ, giảm 2 người chết và giảm 5 người bị thương.

2. Kiểm tra, xử lý học sinh vi phạm
Bảng 1. Số trường hợp học sinh vi phạm (Đơn vị tính: trường hợp)
Loại vi phạm | 6 tháng 2023 | 6 tháng 2024 | So cùng kỳ (%)
Điều khiển mô tô khi chưa đủ tuổi | 1.126 | 874 | 77,6
Không đội mũ bảo hiểm | 2.315 | 1.963 | 84,8
Chở quá số người quy định | 408 | 331 | 81,1
Xe đạp điện lạng lách, dàn hàng ngang | 95 | 117 | 123,2
Tổng số | 3.944 | 3.285 | 83,3

3. Công tác đưa đón học sinh
Toàn tỉnh có 146 xe ô tô đưa đón học sinh của 58 trường, trong đó 112 xe của đơn vị kinh doanh vận tải, 34 xe hợp đồng với cá nhân; 100% xe đã lắp thiết bị giám sát hành trình. Kinh phí hỗ trợ đưa đón học sinh vùng khó khăn 6 tháng đầu năm đạt 2,35 tỷ đồng, bằng 47% dự toán năm.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu giảm từ 5 đến 10% số vụ tai nạn giao thông liên quan đến học sinh so với năm 2023; tổ chức ít nhất 120 buổi tuyên truyền tại các trường THCS, THPT.

Nơi nhận:
- Ủy ban ATGT Quốc gia;
- Bộ GD&ĐT;
- Lưu: VT, KGVX.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")

ROWS = [
    # anchor for 2023 cell, 2023 number, anchor for 2024 cell, 2024 number, anchor ratio, ratio, row label
    ("tuổi | 1.126", "1.126", "| 874 |", "874", "| 77,6", "77,6", "Điều khiển mô tô khi chưa đủ tuổi"),
    ("hiểm | 2.315", "2.315", "| 1.963 |", "1.963", "| 84,8", "84,8", "Không đội mũ bảo hiểm"),
    ("định | 408", "408", "| 331 |", "331", "| 81,1", "81,1", "Chở quá số người quy định"),
    ("ngang | 95", "95", "| 117 |", "117", "| 123,2", "123,2", "Xe đạp điện lạng lách, dàn hàng ngang"),
    ("Tổng số | 3.944", "3.944", "| 3.285 |", "3.285", "| 83,3", "83,3", "Tổng số trường hợp học sinh vi phạm"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for a23, n23, a24, n24, ar, nr, label in ROWS:
    TABLE.append(F(a23, n23, num(n23), "count", "trường hợp", f"{label} 6 tháng 2023", C23))
    TABLE.append(F(a24, n24, num(n24), "count", "trường hợp", f"{label} 6 tháng 2024", C24))
    TABLE.append(F(ar, nr, num(nr), "percent", "%", f"{label} so cùng kỳ", I(H1)))

FIGS = [
    F("xảy ra 9 vụ", "9", 9, "count", "vụ", "vụ tai nạn giao thông liên quan đến học sinh", H1,
      change=CH("decrease", 4, "vụ", "cùng kỳ năm 2023")),
    F("làm chết 3 em", "3", 3, "count", "em", "học sinh chết do tai nạn giao thông", H1,
      change=CH("decrease", 2, "người", "cùng kỳ năm 2023")),
    F("bị thương 11 em", "11", 11, "count", "em", "học sinh bị thương do tai nạn giao thông", H1,
      change=CH("decrease", 5, "người", "cùng kỳ năm 2023")),
] + TABLE + [
    F("có 146 xe", "146", 146, "count", "xe", "xe ô tô đưa đón học sinh"),
    F("của 58 trường", "58", 58, "count", "trường", "trường có xe ô tô đưa đón học sinh"),
    F("112 xe", "112", 112, "count", "xe", "xe của đơn vị kinh doanh vận tải", total=146),
    F("34 xe", "34", 34, "count", "xe", "xe hợp đồng với cá nhân", total=146),
    F("100% xe", "100", 100, "percent", "%", "xe đưa đón học sinh đã lắp thiết bị giám sát hành trình"),
    F("đạt 2,35 tỷ đồng", "2,35", 2_350_000_000, "money", "đồng",
      "kinh phí hỗ trợ đưa đón học sinh vùng khó khăn", P("6 tháng đầu năm", "2024-01-01", "2024-06-30"),
      percent=47),
    F("từ 5 đến 10%", "5", 5, "percent", "%",
      "giảm số vụ tai nạn giao thông liên quan đến học sinh so với năm 2023", value_max=10, status="target"),
    F("ít nhất 120 buổi", "120", 120, "count", "buổi", "buổi tuyên truyền tại các trường THCS, THPT",
      approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report, letterhead UBND TỈNH HÀ NAM, Số: 214/BC-UBND, 'Hà Nam, ngày 08 tháng 7 năm 2024' (taken as published).",
    "Distractors: Số: 214/BC-UBND, Chỉ thị số 31/CT-TTg, section numbers I./II./1./2./3., 'Bảng 1', date line, Nơi nhận list.",
    "The three changes after 'so với cùng kỳ năm 2023 giảm 4 vụ, giảm 2 người chết và giảm 5 người bị thương' map onto 9 vụ, 3 em, 11 em.",
    "Table (Đơn vị tính: trường hợp): every numeric cell is a figure, subject = row label + column label; periods from the",
    "column headers '6 tháng 2023' / '6 tháng 2024' (scored); the 'So cùng kỳ (%)' column is a percent figure (2024 as % of 2023),",
    "period inherited from the title. Row totals are table rows, not 'total' attributes. Section 3 has no period phrase except",
    "'6 tháng đầu năm' (year from the title: 2024). Section II targets: 'Phấn đấu' governs both clauses.",
]

if __name__ == "__main__":
    emit("p711-3", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Hà Nam")
