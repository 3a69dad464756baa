from lib import *

T = """UBND TỈNH QUẢNG NGÃI
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 1872/BC-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 25 tháng 7 năm 2024

BÁO CÁO
Kết quả tuyển sinh vào lớp 10 THPT năm học 2024-2025

I. CÔNG TÁC TỔ CHỨC THI
Thực hiện Quyết định số 412/QĐ-UBND ngày 02/4/2024 của UBND tỉnh, Sở đã tổ chức kỳ thi tuyển sinh vào lớp 10 năm 2024 tại 41 điểm thi với 734 phòng thi. Công tác chấm thi huy động 215 cán bộ, chấm 49.806 bài thi. Sở nhận 356 đơn phúc khảo với 471 bài thi; trong đó có 38 bài thay đổi điểm (chiếm 8,07%), không có bài thay đổi kết quả trúng tuyển.

II. KẾT QUẢ TUYỂN SINH
Bảng 2. Kết quả tuyển sinh vào lớp 10 công lập theo đơn vị
Đơn vị tính: học sinh
Đơn vị
Số HS tốt nghiệp THCS
Số HS trúng tuyển
Tỷ lệ trúng tuyển (%)
TP Quảng Ngãi
3.812
2.957
77,57
Huyện Bình Sơn
2.604
1.790
68,74
Huyện Sơn Tịnh
1.391
935
67,22
Các đơn vị còn lại
10.129
6.888
68,00
Toàn tỉnh
17.936
12.570
70,08

So với năm 2023, tỷ lệ trúng tuyển toàn tỉnh tăng 1,6 điểm phần trăm; có 3/14 huyện, thị xã, thành phố đạt tỷ lệ trên 70%.

III. NHIỆM VỤ TRỌNG TÂM
1. Trong quý III/2024, Sở dự kiến sửa chữa 46 phòng học xuống cấp với kinh phí khoảng 26 tỷ đồng.
2. Năm học 2025-2026, phấn đấu chỉ tiêu vào lớp 10 công lập chiếm khoảng 72% số học sinh tốt nghiệp THCS.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, QLCL.
GIÁM ĐỐC
Đinh Văn Lâm
"""
Y24 = Y("năm 2024", 2024)
I24 = Y("năm 2024", 2024, inh=True)
rows = [("TP Quảng Ngãi", "3.812", "2.957", "77,57", "Quảng Ngãi"),
        ("Huyện Bình Sơn", "2.604", "1.790", "68,74", "Bình Sơn"),
        ("Huyện Sơn Tịnh", "1.391", "935", "67,22", "Sơn Tịnh"),
        ("Các đơn vị còn lại", "10.129", "6.888", "68,00", None),
        ("Toàn tỉnh", "17.936", "12.570", "70,08", None)]
def num(x): return float(x.replace(".", "").replace(",", "."))
figs = [
    F("tại 41 điểm thi", "41", 41, "count", "điểm thi", "điểm thi", Y24),
    F("với 734 phòng thi", "734", 734, "count", "phòng thi", "phòng thi", Y24),
    F("huy động 215 cán bộ", "215", 215, "count", "cán bộ", "cán bộ chấm thi", I24),
    F("chấm 49.806 bài thi", "49.806", 49806, "count", "bài thi", "bài thi được chấm", I24),
    F("nhận 356 đơn", "356", 356, "count", "đơn", "đơn phúc khảo", I24),
    F("với 471 bài thi", "471", 471, "count", "bài thi", "bài thi phúc khảo", I24),
    F("có 38 bài", "38", 38, "count", "bài", "bài thay đổi điểm", I24, total=471, percent=8.07),
]
for label, a, b, c, loc in rows:
    extra = {"location": loc} if loc else {}
    lab = label if not loc else ""
    figs += [
        F(f"{label}\n{a}\n", a, num(a), "count", "học sinh", f"Số HS tốt nghiệp THCS {lab}".strip(), I24, **extra),
        F(f"{a}\n{b}\n", b, num(b), "count", "học sinh", f"Số HS trúng tuyển {lab}".strip(), I24, **extra),
        F(f"{b}\n{c}\n", c, num(c), "percent", "%", f"Tỷ lệ trúng tuyển {lab}".strip(), I24, **extra),
    ]
figs += [
    F("tăng 1,6 điểm phần trăm", "1,6", 1.6, "measure", "điểm phần trăm", "tỷ lệ trúng tuyển toàn tỉnh tăng so với năm 2023", I24),
    F("có 3/14 huyện", "3", 3, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố đạt tỷ lệ trúng tuyển trên 70%", I24, total=14),
    F("tỷ lệ trên 70%", "70", 70, "percent", "%", "ngưỡng tỷ lệ trúng tuyển", optional=True, approx="over"),
    F("khoảng 26 tỷ đồng", "26", 26000000000, "money", "đồng", "kinh phí sửa chữa phòng học xuống cấp",
      P("Trong quý III/2024", "2024-07-01", "2024-09-30"), approx="about", status="forecast"),
    F("sửa chữa 46 phòng học", "46", 46, "count", "phòng học", "phòng học xuống cấp cần sửa chữa",
      P("Trong quý III/2024", "2024-07-01", "2024-09-30"), status="forecast"),
    F("khoảng 72%", "72", 72, "percent", "%", "chỉ tiêu vào lớp 10 công lập so với số học sinh tốt nghiệp THCS",
      P("Năm học 2025-2026", "2025-01-01", "2026-12-31", inh=True), approx="about", status="target"),
]
write("p297-6", T, figs, [
    "Formal report with letterhead (Sở GD&ĐT Quảng Ngãi, 'Số: 1872/BC-SGDĐT'); the place-and-date line 'Quảng Ngãi, ngày 25 tháng 7 năm 2024' is its date.",
    "One-cell-per-line table with 'Đơn vị tính: học sinh' and a '(%)' column: every numeric cell a figure; district rows take the district as location",
    "(TP Quảng Ngãi shares the province name); 'Các đơn vị còn lại' and 'Toàn tỉnh' keep the province with the row label in the subject. Period inherited",
    "from 'năm 2024' in section I / the title's admission round (not scored); no totals for table cells. '68,00' = 68.",
    "Distractors: document numbers, 'Quyết định số 412/QĐ-UBND ngày 02/4/2024', section numbers I./II./III./1./2., 'Bảng 2', 'lớp 10', 'Lưu: VT, QLCL'.",
    "'38 bài … (chiếm 8,07%)' after '; trong đó' is a part of 471 with its percent. 'tăng 1,6 điểm phần trăm' has no base figure in its sentence: a measure of its own.",
    "'3/14 huyện' total 14; the threshold 'trên 70%' optional. 'Sở dự kiến' (quý III/2024) forecast; 'phấn đấu chỉ tiêu … khoảng 72%' target;",
    "'Năm học 2025-2026' is not a period form FIGURES.md defines: unscored (inherited flag).",
], published="2024-07-25", location="Quảng Ngãi")
