"""p911-3: formal report (UBND tỉnh Đồng Tháp), 9 months 2024, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả kiểm tra an toàn thực phẩm đối với cơ sở sản xuất kem, nước giải khát 9 tháng đầu năm 2024

Thực hiện Kế hoạch số 45/KH-UBND ngày 22/02/2024 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Tính đến ngày 30/9/2024, toàn tỉnh có 214 cơ sở sản xuất kem, nước giải khát, nước uống đóng chai, trong đó 162 cơ sở quy mô hộ gia đình. 9 tháng năm 2024, các đoàn đã kiểm tra 159 cơ sở, đạt 74,3% số cơ sở hiện có; phát hiện 24 cơ sở vi phạm, xử phạt 15 cơ sở với số tiền 127,5 triệu đồng, tăng 18,6% so với cùng kỳ năm 2023.

Bảng 1. Kết quả kiểm tra theo địa phương
Đơn vị tính: cơ sở
STT | Địa phương | Số cơ sở được kiểm tra | Số cơ sở vi phạm | Số cơ sở bị xử phạt
1 | TP Cao Lãnh | 58 | 9 | 6
2 | TP Sa Đéc | 41 | 6 | 4
3 | Huyện Lấp Vò | 33 | 4 | 3
4 | Huyện Tháp Mười | 27 | 5 | 2
| Tổng cộng | 159 | 24 | 15

2. Công tác lấy mẫu xét nghiệm
Các đoàn lấy 96 mẫu (kem 38 mẫu, nước giải khát 41 mẫu, nước đá 17 mẫu) gửi Trung tâm Kiểm soát bệnh tật tỉnh; có 11 mẫu không đạt, chiếm 11,5%. Chi phí xét nghiệm ước khoảng 86 triệu đồng.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm kiểm tra 200 cơ sở; tỷ lệ cơ sở vi phạm dưới 10%. Dự kiến tổ chức 3 lớp tập huấn cho khoảng 250 chủ cơ sở và người lao động.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT, VX.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")

COLS = {"k": "Số cơ sở được kiểm tra", "v": "Số cơ sở vi phạm", "x": "Số cơ sở bị xử phạt"}
ROWS = [("TP Cao Lãnh", "TP Cao Lãnh", 58, 9, 6), ("TP Sa Đéc", "TP Sa Đéc", 41, 6, 4),
        ("Huyện Lấp Vò", "Lấp Vò", 33, 4, 3), ("Huyện Tháp Mười", "Tháp Mười", 27, 5, 2)]

FIGS = [
    F("có 214 cơ sở", "214", 214, "count", "cơ sở", "cơ sở sản xuất kem, nước giải khát, nước uống đóng chai", ASOF),
    F("trong đó 162 cơ sở", "162", 162, "count", "cơ sở", "cơ sở quy mô hộ gia đình", ASOF, total=214),
    F("kiểm tra 159 cơ sở", "159", 159, "count", "cơ sở", "cơ sở được kiểm tra", M9, percent=74.3),
    F("phát hiện 24 cơ sở", "24", 24, "count", "cơ sở", "cơ sở vi phạm", M9),
    F("xử phạt 15 cơ sở", "15", 15, "count", "cơ sở", "cơ sở bị xử phạt", M9),
    F("số tiền 127,5 triệu đồng", "127,5", 127_500_000, "money", "đồng", "số tiền xử phạt", M9,
      change=C("increase", 18.6, "%", "cùng kỳ năm 2023")),
]
for label, loc, k, v, x in ROWS:
    FIGS += [
        F(f"{label} | {k}", str(k), k, "count", "cơ sở", COLS["k"], I(M9), location=loc),
        F(f"{label} | {k} | {v}", str(v), v, "count", "cơ sở", COLS["v"], I(M9), location=loc),
        F(f"{label} | {k} | {v} | {x}", str(x), x, "count", "cơ sở", COLS["x"], I(M9), location=loc),
    ]
FIGS += [
    F("Tổng cộng | 159", "159", 159, "count", "cơ sở", "Tổng cộng số cơ sở được kiểm tra", I(M9)),
    F("Tổng cộng | 159 | 24", "24", 24, "count", "cơ sở", "Tổng cộng số cơ sở vi phạm", I(M9)),
    F("Tổng cộng | 159 | 24 | 15", "15", 15, "count", "cơ sở", "Tổng cộng số cơ sở bị xử phạt", I(M9)),
    F("lấy 96 mẫu", "96", 96, "count", "mẫu", "mẫu gửi xét nghiệm", I(M9)),
    F("kem 38 mẫu", "38", 38, "count", "mẫu", "mẫu kem", I(M9), total=96),
    F("nước giải khát 41 mẫu", "41", 41, "count", "mẫu", "mẫu nước giải khát", I(M9), total=96),
    F("nước đá 17 mẫu", "17", 17, "count", "mẫu", "mẫu nước đá", I(M9), total=96),
    F("có 11 mẫu", "11", 11, "count", "mẫu", "mẫu không đạt", I(M9), percent=11.5),
    F("ước khoảng 86 triệu đồng", "86", 86_000_000, "money", "đồng", "chi phí xét nghiệm", I(M9),
      approx="about", status="estimate"),
    F("kiểm tra 200 cơ sở", "200", 200, "count", "cơ sở", "cơ sở kiểm tra", YEAR, status="target"),
    F("dưới 10%", "10", 10, "percent", "%", "tỷ lệ cơ sở vi phạm", YEAR, approx="under", status="target"),
    F("tổ chức 3 lớp", "3", 3, "count", "lớp", "lớp tập huấn", I(Q4), status="forecast"),
    F("khoảng 250 chủ cơ sở", "250", 250, "count", "chủ cơ sở và người lao động", "chủ cơ sở và người lao động được tập huấn",
      I(Q4), approx="about", status="forecast"),
]

NOTES = [
    "Probe 911-3. Formal report, UBND tỉnh Đồng Tháp, Số: 318/BC-UBND, 05/10/2024; flattened '|' table by district.",
    "Distractors: 'Số: 318/BC-UBND', 'Kế hoạch số 45/KH-UBND ngày 22/02/2024', title '9 tháng đầu năm 2024', section numbers",
    "'I.', '1.', '2.', 'II.', 'Bảng 1.', STT column 1-4, heading 'QUÝ IV/2024', letterhead date.",
    "159 cơ sở: 'đạt 74,3% số cơ sở hiện có' is its percent (no total: the whole is not given as a number in the cue).",
    "Table cells: subject = column label (+ row label); district rows go to location; periods inherited from '9 tháng năm 2024'.",
    "The bracket (38+41+17 = 96) is a breakdown of 96 mẫu -> total 96. 11 mẫu: no part-of cue -> no total.",
    "'ước khoảng 86 triệu đồng': approx about and status estimate. 'Phấn đấu cả năm ...; tỷ lệ ... dưới 10%': targets, cả năm = 2024.",
    "'Dự kiến ... 3 lớp ... khoảng 250': forecast; period from the heading (inherited).",
]

if __name__ == "__main__":
    write("p911-3", TEXT, NOTES, FIGS, published="2024-10-05", location="Đồng Tháp")
