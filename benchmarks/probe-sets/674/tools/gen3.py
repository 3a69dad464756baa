"""p674-3: UBND tỉnh Quảng Trị formal report — phòng, chống đuối nước trẻ em 9 tháng đầu năm 2024, flattened | table by district."""
from lib import F, P, I, CH, AGE, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Quảng Trị, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống đuối nước trẻ em 9 tháng đầu năm 2024

Thực hiện Kế hoạch số 36/KH-UBND ngày 01/3/2024 của UBND tỉnh về phòng, chống đuối nước trẻ em, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình trẻ em bị đuối nước
9 tháng đầu năm 2024, toàn tỉnh có 19 trẻ em bị đuối nước, trong đó 13 em tử vong, giảm 4 em so với cùng kỳ năm 2023 (tỷ suất 6,1 trẻ/100.000 trẻ em).

2. Công tác dạy bơi, lắp đặt biển cảnh báo
Các địa phương đã tổ chức 168 lớp dạy bơi cho 4.935 trẻ em, đạt 109,7% kế hoạch; lắp đặt mới 214 biển cảnh báo tại ao, hồ, sông, suối, hố sâu nguy hiểm. Kết quả cụ thể như sau:

Bảng 1. Kết quả 9 tháng đầu năm 2024 theo địa phương
Địa phương | Trẻ em tử vong (em) | Lớp dạy bơi (lớp) | Trẻ em được dạy bơi (em) | Biển cảnh báo lắp mới (biển)
Vĩnh Linh | 3 | 31 | 905 | 42
Gio Linh | 2 | 27 | 816 | 38
Triệu Phong | 4 | 35 | 1.012 | 47
Hải Lăng | 3 | 40 | 1.206 | 51
Đông Hà | 1 | 35 | 996 | 36
Toàn tỉnh | 13 | 168 | 4.935 | 214

3. Công tác truyền thông, kinh phí
Toàn tỉnh tổ chức 326 buổi truyền thông với khoảng 15.000 lượt người tham dự. Tổng kinh phí thực hiện ước đạt 1.845,6 triệu đồng, bằng 92,3% dự toán; trong đó ngân sách nhà nước 1.210 triệu đồng.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu đến hết năm 2024 tổ chức thêm 40 lớp dạy bơi, lắp đặt thêm 60 biển cảnh báo; nâng tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi lên 42%.

Nơi nhận:
- Bộ LĐ-TB&XH;
- Lưu: VT, VX.
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
EOY = P("đến hết năm 2024", None, "2024-12-31")

ROWS = [
    ("Vĩnh Linh", "Vĩnh Linh", ["3", "31", "905", "42"]),
    ("Gio Linh", "Gio Linh", ["2", "27", "816", "38"]),
    ("Triệu Phong", "Triệu Phong", ["4", "35", "1.012", "47"]),
    ("Hải Lăng", "Hải Lăng", ["3", "40", "1.206", "51"]),
    ("Đông Hà", "Đông Hà", ["1", "35", "996", "36"]),
    ("Toàn tỉnh", "Quảng Trị", ["13", "168", "4.935", "214"]),
]
COLS = [("em", "Trẻ em tử vong"), ("lớp", "Lớp dạy bơi"), ("em", "Trẻ em được dạy bơi"),
        ("biển", "Biển cảnh báo lắp mới")]

FIGS = [
    F("có 19 trẻ em", "19", 19, "count", "trẻ em", "trẻ em bị đuối nước", M9),
    F("trong đó 13 em", "13", 13, "count", "em", "trẻ em tử vong do đuối nước", M9, total=19,
      change=CH("decrease", 4, "em", "cùng kỳ năm 2023")),
    F("tỷ suất 6,1 trẻ", "6,1", 6.1, "measure", "trẻ/100.000 trẻ em", "tỷ suất trẻ em tử vong do đuối nước", M9),
    F("tổ chức 168 lớp", "168", 168, "count", "lớp", "lớp dạy bơi", I(M9)),
    F("cho 4.935 trẻ em", "4.935", 4935, "count", "trẻ em", "trẻ em được dạy bơi", I(M9), percent=109.7),
    F("mới 214 biển", "214", 214, "count", "biển", "biển cảnh báo lắp đặt mới tại ao, hồ, sông, suối, hố sâu nguy hiểm", I(M9)),
]
for label, loc, cells in ROWS:
    for i, (cell, (unit, col)) in enumerate(zip(cells, COLS)):
        anchor = label + " | " + " | ".join(cells[: i + 1])
        value = float(cell.replace(".", ""))
        FIGS.append(F(anchor, cell, value, "count", unit, col, I(M9), location=loc))
FIGS += [
    F("tổ chức 326 buổi", "326", 326, "count", "buổi", "buổi truyền thông"),
    F("khoảng 15.000 lượt", "15.000", 15000, "count", "lượt người", "lượt người tham dự buổi truyền thông", approx="about"),
    F("ước đạt 1.845,6 triệu đồng", "1.845,6", 1845600000, "money", "đồng", "tổng kinh phí thực hiện",
      percent=92.3, status="estimate"),
    F("nhà nước 1.210 triệu đồng", "1.210", 1210000000, "money", "đồng", "kinh phí thực hiện từ ngân sách nhà nước",
      total=1845600000, status="estimate"),
    F("thêm 40 lớp", "40", 40, "count", "lớp", "lớp dạy bơi tổ chức thêm", EOY, status="target"),
    F("thêm 60 biển", "60", 60, "count", "biển", "biển cảnh báo lắp đặt thêm", EOY, status="target"),
    AGE("từ 6 đến 15 tuổi", "6", 6, 15),
    F("lên 42%", "42", 42, "percent", "%", "tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi", EOY, status="target"),
]

COMMENTS = [
    "UBND tỉnh Quảng Trị, Số: 412/BC-UBND, 'Quảng Trị, ngày 08 tháng 10 năm 2024': phòng, chống đuối nước trẻ em 9 tháng đầu năm 2024.",
    "Flattened '|' table (Địa phương | Trẻ em tử vong (em) | Lớp dạy bơi (lớp) | Trẻ em được dạy bơi (em) | Biển cảnh báo (biển)):",
    "every numeric cell is a figure, unit from the column header, subject = column label, district row label -> location; the",
    "'Toàn tỉnh' row is Quảng Trị. Table period comes from the table title line (inherited, not scored). No totals in the table.",
    "'19 trẻ em bị đuối nước, trong đó 13 em tử vong': total 19. '(tỷ suất …)' bracket: a rate figure, same period.",
    "'ước đạt 1.845,6 triệu đồng … ; trong đó …': the part continues the estimate. 'đến hết năm 2024' is as-of (start null).",
    "Distractors: Số: 412/BC-UBND, Kế hoạch số 36/KH-UBND ngày 01/3/2024, 'Bảng 1', 'I.', '1.', 'QUÝ IV/2024' heading.",
]

if __name__ == "__main__":
    emit("p674-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quảng Trị")
