from lib import F, P, I, C, T, emit

TEXT = """UBND HUYỆN MƯỜNG NHÉ
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 215/BC-PGDĐT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mường Nhé, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách hỗ trợ học sinh bán trú 9 tháng năm 2024

Thực hiện Công văn số 1432/SGDĐT-KHTC ngày 25/9/2024 của Sở Giáo dục và Đào tạo tỉnh Điện Biên, Phòng GD&ĐT huyện báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Đối tượng thụ hưởng
9 tháng năm 2024, toàn huyện có 8.742 học sinh được hưởng chính sách hỗ trợ theo Nghị định số 116/2016/NĐ-CP, trong đó 6.105 học sinh tiểu học và 2.637 học sinh THCS. Số học sinh ở bán trú tại trường là 5.318 em, chiếm 60,8%. Có 3/18 trường chưa bố trí đủ phòng ở bán trú, khoảng 1.240 học sinh phải ở nhờ nhà dân hoặc lán tạm.

2. Kinh phí thực hiện
Bảng 1. Kinh phí hỗ trợ học sinh bán trú 9 tháng năm 2024
Đơn vị tính: triệu đồng
TT | Nội dung | Dự toán năm 2024 | Thực hiện 9 tháng | Tỷ lệ (%)
1 | Hỗ trợ tiền ăn | 42.310 | 30.867 | 73,0
2 | Hỗ trợ tiền nhà ở | 3.850 | 2.618 | 68,0
3 | Hỗ trợ gạo (quy đổi) | 9.420 | 7.065 | 75,0
4 | Kinh phí nấu ăn tập trung | 5.160 | 3.612 | 70,0
 | Tổng cộng | 60.740 | 44.162 | 72,7

Mức hỗ trợ tiền ăn hiện nay là 936.000 đồng/học sinh/tháng, bằng 40% mức lương cơ sở; học sinh phải tự túc chỗ ở được hỗ trợ 234.000 đồng/tháng.

II. KIẾN NGHỊ
Đề nghị Sở Giáo dục và Đào tạo bổ sung dự toán 2,85 tỷ đồng để chi trả trong quý IV/2024 và hỗ trợ xây dựng thêm 24 phòng ở bán trú cho các trường PTDTBT.

Nơi nhận:
- Sở GD&ĐT (b/c);
- UBND huyện (b/c);
- Lưu: VT, KHTC.

TRƯỞNG PHÒNG
(Đã ký)
Lò Văn Sơn
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
DT = P("Dự toán năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")

ROWS = [
    ("Hỗ trợ tiền ăn", "42.310", 42310, "30.867", 30867, "73,0", 73.0),
    ("Hỗ trợ tiền nhà ở", "3.850", 3850, "2.618", 2618, "68,0", 68.0),
    ("Hỗ trợ gạo (quy đổi)", "9.420", 9420, "7.065", 7065, "75,0", 75.0),
    ("Kinh phí nấu ăn tập trung", "5.160", 5160, "3.612", 3612, "70,0", 70.0),
    ("Tổng cộng", "60.740", 60740, "44.162", 44162, "72,7", 72.7),
]

FIGS = [
    F("có 8.742 học sinh", "8.742", 8742, "count", "học sinh",
      "học sinh được hưởng chính sách hỗ trợ theo Nghị định số 116/2016/NĐ-CP", N9),
    F("6.105 học sinh", "6.105", 6105, "count", "học sinh", "học sinh tiểu học được hưởng chính sách hỗ trợ", N9, total=8742),
    F("2.637 học sinh", "2.637", 2637, "count", "học sinh", "học sinh THCS được hưởng chính sách hỗ trợ", N9, total=8742),
    F("là 5.318 em", "5.318", 5318, "count", "em", "học sinh ở bán trú tại trường", I(N9), percent=60.8),
    F("Có 3/18 trường", "3", 3, "count", "trường", "trường chưa bố trí đủ phòng ở bán trú", I(N9), total=18),
    F("khoảng 1.240 học sinh", "1.240", 1240, "count", "học sinh", "học sinh phải ở nhờ nhà dân hoặc lán tạm", I(N9),
      approx="about"),
]
for label, a, av, b, bv, c, cv in ROWS:
    FIGS += [
        F(f"| {a} |", a, av * 1e6, "money", "đồng", f"{label} dự toán năm 2024", DT, status="target"),
        F(f"| {b} |", b, bv * 1e6, "money", "đồng", f"{label} thực hiện 9 tháng", TH),
        F(f"| {c}\n", c, cv, "percent", "%", f"{label} tỷ lệ thực hiện so với dự toán", I(N9)),
    ]
FIGS += [
    F("là 936.000 đồng", "936.000", 936000, "money", "đồng/học sinh/tháng", "mức hỗ trợ tiền ăn", percent=40),
    F("hỗ trợ 234.000 đồng", "234.000", 234000, "money", "đồng/tháng", "hỗ trợ học sinh phải tự túc chỗ ở"),
    F("dự toán 2,85 tỷ đồng", "2,85", 2850000000, "money", "đồng", "dự toán đề nghị bổ sung",
      P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("thêm 24 phòng", "24", 24, "count", "phòng", "phòng ở bán trú đề nghị xây dựng thêm"),
]

COMMENTS = [
    "Formal report of Phòng GD&ĐT huyện Mường Nhé (Điện Biên), letterhead 'Số: 215/BC-PGDĐT', place-and-date line 08/10/2024.",
    "Distractors: 'Số: 215/BC-PGDĐT', 'Công văn số 1432/SGDĐT-KHTC ngày 25/9/2024', 'Nghị định số 116/2016/NĐ-CP', 'Bảng 1', section and row numbers, 'Lưu: VT'.",
    "Flattened '|' table with 'Đơn vị tính: triệu đồng': every numeric cell is a figure (money ×10^6); 'Dự toán năm 2024' column is the plan (status target),",
    "'Thực hiện 9 tháng' cells are actual with the column's period; 'Tỷ lệ (%)' cells are percent figures (period from the caption: inherited). No totals for cells.",
    "'trong đó 6.105 … và 2.637' are parts of 8.742. '5.318 em, chiếm 60,8%' has a share but no cue for a whole. '3/18 trường' total 18.",
    "'936.000 đồng/học sinh/tháng, bằng 40% mức lương cơ sở': 40 is the share attribute. Norms and the request carry no period of their own.",
]

emit("p390-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Mường Nhé")
