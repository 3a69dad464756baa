from lib import *

TEXT = """UBND TỈNH HƯNG YÊN
SỞ Y TẾ
Số: 1865/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện công tác dân số 9 tháng đầu năm 2024, nhiệm vụ trọng tâm quý IV/2024

Thực hiện Kế hoạch số 52/KH-UBND ngày 15/3/2024 của UBND tỉnh, Sở Y tế báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Các chỉ tiêu chủ yếu
Bảng 1. Một số chỉ tiêu dân số của tỉnh Hưng Yên
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ước thực hiện 9 tháng 2024 | 9 tháng 2023
Số trẻ sinh ra | trẻ | 17.500 | 12.846 | 13.102
Tỷ lệ sinh con thứ 3 trở lên | % | 14,5 | 15,2 | 15,9
Tỷ số giới tính khi sinh | bé trai/100 bé gái | 111,0 | 113,4 | 114,1
Người mới sử dụng biện pháp tránh thai hiện đại | người | 41.200 | 33.615 | 32.870
Tỷ lệ sàng lọc trước sinh | % | 80 | 76,4 | 71,8
Tỷ lệ sàng lọc sơ sinh | % | 85 | 82,1 | 79,5

Riêng quý III/2024, toàn tỉnh có 4.318 trẻ sinh ra, giảm 2,7% so với quý II/2024.

2. Công tác truyền thông, cung cấp dịch vụ
Trong 9 tháng, toàn tỉnh tổ chức 1.240 buổi truyền thông với hơn 52.000 lượt người tham dự. Tổng kinh phí thực hiện ước đạt 4,85 tỷ đồng, bằng 68,3% dự toán năm. Dân số trung bình của tỉnh ước 1.302.000 người, mật độ 1.402,6 người/km²; đội ngũ cộng tác viên dân số đạt 11,5 người/vạn dân.

II. NHIỆM VỤ QUÝ IV/2024
Tập trung hoàn thành các chỉ tiêu kế hoạch năm; dự kiến sàng lọc sơ sinh cho khoảng 4.200 trẻ trong quý IV/2024.

Nơi nhận:
- UBND tỉnh (để b/c);
- Lưu: VT, NVY.
GIÁM ĐỐC
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
U9 = P("Ước thực hiện 9 tháng 2024", "2024-01-01", "2024-09-30")
C9 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
ROWS = [
    ("Số trẻ sinh ra", "trẻ", "count", [("17.500", 17500), ("12.846", 12846), ("13.102", 13102)]),
    ("Tỷ lệ sinh con thứ 3 trở lên", "%", "percent", [("14,5", 14.5), ("15,2", 15.2), ("15,9", 15.9)]),
    ("Tỷ số giới tính khi sinh", "bé trai/100 bé gái", "measure", [("111,0", 111.0), ("113,4", 113.4), ("114,1", 114.1)]),
    ("Người mới sử dụng biện pháp tránh thai hiện đại", "người", "count", [("41.200", 41200), ("33.615", 33615), ("32.870", 32870)]),
    ("Tỷ lệ sàng lọc trước sinh", "%", "percent", [("80", 80), ("76,4", 76.4), ("71,8", 71.8)]),
    ("Tỷ lệ sàng lọc sơ sinh", "%", "percent", [("85", 85), ("82,1", 82.1), ("79,5", 79.5)]),
]
COLS = [("kế hoạch năm 2024", KH, "target"), ("ước thực hiện 9 tháng 2024", U9, "estimate"), ("9 tháng 2023", C9, None)]

FIGS = []
for label, unit, kind, cells in ROWS:
    (a, av), (b, bv), (c, cv) = cells
    anchors = [f"| {unit} | {a} |", f"| {a} | {b} |", f"| {b} | {c}\n"]
    for (num, v), anc, (cl, per, st) in zip(cells, anchors, COLS):
        kw = {"status": st} if st else {}
        FIGS.append(F(anc, num, v, kind, unit, f"{label} {cl}", per, **kw))

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
T9 = P("9 tháng", "2024-01-01", "2024-09-30")
FIGS += [
    F("có 4.318 trẻ", "4.318", 4318, "count", "trẻ", "trẻ sinh ra", Q3, change=CH("decrease", 2.7, "%", "quý II/2024")),
    F("tổ chức 1.240 buổi", "1.240", 1240, "count", "buổi", "buổi truyền thông", T9),
    F("hơn 52.000 lượt người", "52.000", 52000, "count", "lượt người", "lượt người tham dự truyền thông", T9, approx="over"),
    F("ước đạt 4,85 tỷ đồng", "4,85", 4.85e9, "money", "đồng", "Tổng kinh phí thực hiện", I(T9), percent=68.3, status="estimate"),
    F("ước 1.302.000 người", "1.302.000", 1302000, "count", "người", "Dân số trung bình của tỉnh", I(T9), status="estimate"),
    F("mật độ 1.402,6 người/km²", "1.402,6", 1402.6, "measure", "người/km²", "mật độ dân số", I(T9), status="estimate"),
    F("đạt 11,5 người/vạn dân", "11,5", 11.5, "measure", "người/vạn dân", "đội ngũ cộng tác viên dân số", I(T9)),
    F("khoảng 4.200 trẻ", "4.200", 4200, "count", "trẻ", "trẻ được sàng lọc sơ sinh", P("quý IV/2024", "2024-10-01", "2024-12-31"),
      approx="about", status="forecast"),
]

COMMENTS = [
    "Formal report, Sở Y tế Hưng Yên (letterhead UBND TỈNH HƯNG YÊN, Số: 1865/BC-SYT), công tác dân số 9 tháng đầu năm 2024; \"Hưng Yên, ngày 08 tháng 10 năm 2024\" gives published.",
    "Flattened | table: Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 (target) | Ước thực hiện 9 tháng 2024 (estimate) | 9 tháng 2023 (actual); every cell a figure, period from the column header (scored, as in h23).",
    "Not figures: Số 1865/BC-SYT, Kế hoạch số 52/KH-UBND ngày 15/3/2024, Bảng 1, I./II./1./2., \"con thứ 3\", \"100 bé gái\", \"vạn dân\" (rate denominator).",
    "\"ước 1.302.000 người, mật độ ...\": ước continues into the verbless mật độ clause (estimate), not into \"đội ngũ ... đạt 11,5\" (own verb after a semicolon: actual). \"Trong 9 tháng\" takes 2024.",
]

if __name__ == "__main__":
    emit("p640-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hưng Yên")
