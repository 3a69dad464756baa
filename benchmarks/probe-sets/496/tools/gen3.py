"""p496-3: formal provincial report (UBND tỉnh Hà Giang), conditions for the 2024-2025 school year, '|' table."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """UBND TỈNH HÀ GIANG
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 26 tháng 8 năm 2024

BÁO CÁO
Kết quả chuẩn bị các điều kiện cho năm học 2024-2025

Thực hiện Công văn số 4011/BGDĐT-KHTC ngày 02/8/2024 của Bộ Giáo dục và Đào tạo, UBND tỉnh báo cáo như sau:

I. QUY MÔ TRƯỜNG, LỚP, HỌC SINH
Năm học 2024-2025, toàn tỉnh có 628 trường, 9.874 lớp với 236.540 học sinh, tăng 3.215 học sinh so với năm học trước (chi tiết tại Bảng 1).

Bảng 1. Quy mô trường, lớp, học sinh năm học 2024-2025
Cấp học | Số trường (trường) | Số lớp (lớp) | Số học sinh (học sinh)
Mầm non | 212 | 2.915 | 62.480
Tiểu học | 196 | 4.102 | 98.730
THCS | 178 | 2.311 | 58.120
THPT | 42 | 546 | 17.210

II. ĐỘI NGŨ GIÁO VIÊN
Toàn tỉnh hiện có 15.962 giáo viên, tỷ lệ giáo viên/lớp bình quân đạt 1,48. So với định mức, còn thiếu 2.137 giáo viên (mầm non 1.024, tiểu học 705, THCS 318, THPT 90). Năm 2024, tỉnh được giao 820 chỉ tiêu tuyển dụng nhưng mới tuyển được 534 người, đạt 65,1%, do thiếu nguồn dự tuyển các môn Tiếng Anh, Tin học.

III. CƠ SỞ VẬT CHẤT
Toàn tỉnh có 9.412 phòng học, trong đó 8.236 phòng kiên cố, đạt tỷ lệ 87,5%; còn 1.176 phòng học tạm, học nhờ. Từ nguồn các Chương trình mục tiêu quốc gia, 6 tháng đầu năm 2024 đã hoàn thành 214 phòng học, 96 nhà công vụ giáo viên với tổng vốn 268,4 tỷ đồng. Dự kiến đến hết năm 2024 hoàn thành thêm 180 phòng học.

Nơi nhận:
- Bộ GD&ĐT;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

NH = per("Năm học 2024-2025", "2024-01-01", "2025-12-31")
TB = inh(per("năm học 2024-2025", "2024-01-01", "2025-12-31"))  # from the table title
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

ROWS = [
    ("Mầm non", [("| 212 |", "212", 212), ("| 2.915 |", "2.915", 2915), ("| 62.480", "62.480", 62480)]),
    ("Tiểu học", [("| 196 |", "196", 196), ("| 4.102 |", "4.102", 4102), ("| 98.730", "98.730", 98730)]),
    ("THCS", [("| 178 |", "178", 178), ("| 2.311 |", "2.311", 2311), ("| 58.120", "58.120", 58120)]),
    ("THPT", [("| 42 |", "42", 42), ("| 546 |", "546", 546), ("| 17.210", "17.210", 17210)]),
]
COLS = [("Số trường", "trường"), ("Số lớp", "lớp"), ("Số học sinh", "học sinh")]

FIGS = [
    fig("có 628 trường", "628", 628, "count", "trường", "trường toàn tỉnh", NH),
    fig("9.874 lớp", "9.874", 9874, "count", "lớp", "lớp toàn tỉnh", NH),
    fig("với 236.540 học sinh", "236.540", 236540, "count", "học sinh", "học sinh toàn tỉnh", NH,
        change=chg("increase", 3215, "học sinh", "năm học trước")),
]
for row, cells in ROWS:
    for (anchor, number, value), (col, unit) in zip(cells, COLS):
        FIGS.append(fig(anchor, number, value, "count", unit, f"{col} {row}", TB))

FIGS += [
    fig("có 15.962 giáo viên", "15.962", 15962, "count", "giáo viên", "giáo viên toàn tỉnh hiện có"),
    fig("đạt 1,48", "1,48", 1.48, "measure", "giáo viên/lớp", "tỷ lệ giáo viên/lớp bình quân"),
    fig("thiếu 2.137 giáo viên", "2.137", 2137, "count", "giáo viên", "giáo viên còn thiếu so với định mức"),
    fig("(mầm non 1.024", "1.024", 1024, "count", "giáo viên", "giáo viên mầm non còn thiếu", total=2137),
    fig("tiểu học 705", "705", 705, "count", "giáo viên", "giáo viên tiểu học còn thiếu", total=2137),
    fig("THCS 318", "318", 318, "count", "giáo viên", "giáo viên THCS còn thiếu", total=2137),
    fig("THPT 90)", "90", 90, "count", "giáo viên", "giáo viên THPT còn thiếu", total=2137),
    fig("giao 820 chỉ tiêu", "820", 820, "count", "chỉ tiêu", "chỉ tiêu tuyển dụng giáo viên được giao", Y24,
        status="target"),
    fig("được 534 người", "534", 534, "count", "người", "giáo viên tuyển dụng được", Y24, percent=65.1),
    fig("có 9.412 phòng học", "9.412", 9412, "count", "phòng học", "phòng học toàn tỉnh"),
    fig("8.236 phòng kiên cố", "8.236", 8236, "count", "phòng", "phòng học kiên cố", total=9412, percent=87.5),
    fig("còn 1.176 phòng học", "1.176", 1176, "count", "phòng học", "phòng học tạm, học nhờ", total=9412),
    fig("hoàn thành 214 phòng học", "214", 214, "count", "phòng học",
        "phòng học hoàn thành từ nguồn Chương trình mục tiêu quốc gia", H1),
    fig("96 nhà công vụ", "96", 96, "count", "nhà công vụ", "nhà công vụ giáo viên hoàn thành", H1),
    fig("vốn 268,4 tỷ đồng", "268,4", 268.4e9, "money", "đồng", "tổng vốn phòng học, nhà công vụ giáo viên", H1),
    fig("thêm 180 phòng học", "180", 180, "count", "phòng học", "phòng học hoàn thành thêm",
        per("đến hết năm 2024", None, "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Hà Giang, Báo cáo số 312/BC-UBND ngày 26/8/2024: quy mô trường lớp, đội ngũ giáo viên, cơ sở vật chất năm học 2024-2025.",
    "Letterhead, 'Số: 312/BC-UBND', 'Công văn số 4011/BGDĐT-KHTC ngày 02/8/2024', section numbers I-III, 'Bảng 1', 'Nơi nhận' are not figures.",
    "Flattened '|' table: units from the column headers, subject = column label + row label (cấp học), period from the table title (inherited).",
    "Table cells carry no total (the sentence gives the whole, but a table breakdown is neither a cue nor a bracket after it).",
    "Bracketed shortage breakdown sums to 2.137 (total). 820 'chỉ tiêu tuyển dụng' is a figure with status target; 534 carries only its share 65,1%",
    "(the plan is a figure of its own, as in h23). '; còn 1.176 phòng học tạm' continues the 'trong đó' list (8.236 + 1.176 = 9.412).",
]

if __name__ == "__main__":
    emit(3, TEXT, COMMENTS, FIGS, published="2024-08-26", location="Hà Giang")
