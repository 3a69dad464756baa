from lib import F, P, I, CH, TG, emit

TEXT = """UBND HUYỆN KRÔNG BÔNG
TRUNG TÂM GDNN-GDTX
Số: 87/BC-TTGDNN-GDTX
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Krông Bông, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác giáo dục nghề nghiệp - giáo dục thường xuyên 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô học viên
Trong 6 tháng đầu năm 2024, Trung tâm duy trì 14 lớp GDTX cấp THPT với 512 học viên; tỷ lệ học viên bỏ học là 3,8%, giảm 1,2% so với cùng kỳ.

Bảng 1. Học viên theo chương trình đào tạo
Chương trình | Kế hoạch năm 2024 (học viên) | Thực hiện 6 tháng (học viên) | Tỷ lệ so với kế hoạch (%)
GDTX cấp THPT | 540 | 512 | 94,8
Sơ cấp nghề | 350 | 228 | 65,1
Đào tạo dưới 3 tháng | 420 | 305 | 72,6
Xóa mù chữ | 160 | 171 | 106,9

2. Đội ngũ và kinh phí
Trung tâm có 32 cán bộ, giáo viên, nhân viên, trong đó 21 giáo viên cơ hữu; còn thiếu 6 giáo viên văn hóa so với định mức. Tổng kinh phí chi thường xuyên 6 tháng là 2.845,6 triệu đồng, bình quân 5,56 triệu đồng/học viên GDTX.

3. Học viên người dân tộc thiểu số
Học viên người dân tộc thiểu số là 287 người, chiếm 56,1% tổng số học viên GDTX cấp THPT, tập trung ở các xã Cư Pui (64 học viên), Yang Mao (51 học viên), Cư Drăm (47 học viên).

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Phấn đấu tuyển mới 180 học viên lớp 10; dự kiến mở 8 lớp sơ cấp nghề cho khoảng 240 lao động nông thôn theo Kế hoạch số 45/KH-UBND.

Nơi nhận:
- Phòng GD&ĐT huyện;
- Lưu: VT.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
H6 = P("6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31", inh=True)

ROWS = [("GDTX cấp THPT", "540", "512", "94,8"),
        ("Sơ cấp nghề", "350", "228", "65,1"),
        ("Đào tạo dưới 3 tháng", "420", "305", "72,6"),
        ("Xóa mù chữ", "160", "171", "106,9")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, plan, done, rate in ROWS:
    TABLE += [
        F(f"{label} | {plan} |", plan, num(plan), "count", "học viên",
          f"học viên {label} kế hoạch năm 2024", KH, status="target"),
        F(f"| {plan} | {done} |", done, num(done), "count", "học viên",
          f"học viên {label} thực hiện 6 tháng", TH),
        F(f"| {done} | {rate}\n", rate, num(rate), "percent", "%",
          f"tỷ lệ học viên {label} so với kế hoạch", I(H1)),
    ]

FIGS = [
    F("duy trì 14 lớp", "14", 14, "count", "lớp", "lớp GDTX cấp THPT", H1),
    F("với 512 học viên", "512", 512, "count", "học viên", "học viên GDTX cấp THPT", H1),
    F("là 3,8%", "3,8", 3.8, "percent", "%", "tỷ lệ học viên bỏ học", H1,
      change=CH("decrease", 1.2, "%", "cùng kỳ")),
    *TABLE,
    F("dưới 3 tháng |", "3", 3, "measure", "tháng", approx="under", optional=True),
    F("có 32 cán bộ", "32", 32, "count", "cán bộ, giáo viên, nhân viên", "cán bộ, giáo viên, nhân viên của Trung tâm"),
    F("trong đó 21 giáo viên", "21", 21, "count", "giáo viên", "giáo viên cơ hữu", total=32),
    F("thiếu 6 giáo viên", "6", 6, "count", "giáo viên", "giáo viên văn hóa còn thiếu so với định mức"),
    F("là 2.845,6 triệu đồng", "2.845,6", 2845600000, "money", "đồng", "tổng kinh phí chi thường xuyên", H6),
    F("bình quân 5,56 triệu", "5,56", 5560000, "money", "đồng/học viên", "kinh phí chi thường xuyên bình quân", H6),
    F("là 287 người", "287", 287, "count", "người", "học viên người dân tộc thiểu số", I(H1), percent=56.1),
    F("Cư Pui (64 học viên)", "64", 64, "count", "học viên", "học viên người dân tộc thiểu số", I(H1)),
    F("Yang Mao (51 học viên)", "51", 51, "count", "học viên", "học viên người dân tộc thiểu số", I(H1)),
    F("Cư Drăm (47 học viên)", "47", 47, "count", "học viên", "học viên người dân tộc thiểu số", I(H1)),
    F("tuyển mới 180 học viên", "180", 180, "count", "học viên", "học viên lớp 10 tuyển mới", H2, status="target"),
    F("mở 8 lớp", "8", 8, "count", "lớp", "lớp sơ cấp nghề", H2, status="forecast"),
    F("khoảng 240 lao động", "240", 240, "count", "lao động", "lao động nông thôn học sơ cấp nghề", H2,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND huyện Krông Bông / Trung tâm GDNN-GDTX, 'Số: 87/BC-TTGDNN-GDTX', place-and-date line",
    "'Krông Bông, ngày 05 tháng 7 năm 2024' = published). Flattened '|' table: every numeric cell is a figure; the 'Kế hoạch năm 2024'",
    "column is status target with period 2024 (column header, scored); 'Thực hiện 6 tháng' cells take H1/2024 (column header, scored);",
    "the '%' column cells are percent figures of their own (period inherited from the title). Row labels are programmes (subject).",
    "'dưới 3 tháng' in a programme name is optional. 'Bảng 1', section numbers I./II./1./2./3., 'lớp 10', 'Kế hoạch số 45/KH-UBND' are not figures.",
    "'2.845,6 triệu đồng' = 2 845 600 000 đồng. Communes Cư Pui/Yang Mao/Cư Drăm stay at district location; they neither add up to 287 nor follow a cue: no total.",
    "'còn thiếu 6 giáo viên ... so với định mức' is a count of the shortfall (no change). Section II heading gives '6 tháng cuối năm' (inherited);",
    "'Phấn đấu' -> target, 'dự kiến' -> forecast (continuing to 'khoảng 240').",
]

emit("p668-3", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Krông Bông")
