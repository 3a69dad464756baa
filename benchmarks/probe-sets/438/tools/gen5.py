from lib import *

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN BẮC YÊN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Yên, ngày 25 tháng 11 năm 2024

BÁO CÁO
Kết quả thực hiện công tác phổ cập giáo dục, xóa mù chữ năm 2024

Thực hiện Kế hoạch số 1482/KH-SGDĐT ngày 12/3/2024 của Sở Giáo dục và Đào tạo tỉnh Sơn La, UBND huyện Bắc Yên báo cáo kết quả như sau:

I. KẾT QUẢ ĐIỀU TRA
Kết quả điều tra năm 2024, toàn huyện có 15.376 hộ với 70.812 nhân khẩu; số trẻ em trong độ tuổi từ 0 đến 18 tuổi là 27.405 trẻ, tăng 312 trẻ so với năm 2023.

II. KẾT QUẢ PHỔ CẬP THEO TIÊU CHÍ
Bảng 1. Tỷ lệ đạt các tiêu chí phổ cập giáo dục, xóa mù chữ
Đơn vị tính: %
Tiêu chí | Năm 2023 | Năm 2024 | Kế hoạch năm 2025
Trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non | 99,6 | 99,8 | 100
Trẻ 11 tuổi hoàn thành chương trình tiểu học | 97,2 | 97,9 | 98
Thanh thiếu niên 15-18 tuổi tốt nghiệp trung học cơ sở | 91,4 | 92,6 | 93,5
Người 15-60 tuổi biết chữ mức độ 2 | 94,1 | 95,3 | 96

III. TÌNH HÌNH HỌC SINH BỎ HỌC
Tính đến ngày 20/11/2024, toàn huyện có 34 học sinh bỏ học (tiểu học 3 học sinh, trung học cơ sở 22 học sinh, trung học phổ thông 9 học sinh), giảm 11 học sinh so với cùng kỳ năm học trước. Nhà trường phối hợp với các xã đã vận động được 21 học sinh trở lại lớp, đạt 61,8%.

IV. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 15/15 xã, thị trấn duy trì đạt chuẩn phổ cập giáo dục tiểu học mức độ 3; mở 8 lớp xóa mù chữ với khoảng 200 học viên; tổng kinh phí dự kiến 1,25 tỷ đồng.

Nơi nhận:
- Sở GD&ĐT tỉnh Sơn La;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT, PGDĐT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

N24 = P("năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
D = P("Tính đến ngày 20/11/2024", None, "2024-11-20")
DI = P("Tính đến ngày 20/11/2024", None, "2024-11-20", inh=True)
H25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

ROWS = [
    ("Trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non", "99,6 | 99,8 | 100", "trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non"),
    ("Trẻ 11 tuổi hoàn thành chương trình tiểu học", "97,2 | 97,9 | 98", "trẻ 11 tuổi hoàn thành chương trình tiểu học"),
    ("Thanh thiếu niên 15-18 tuổi tốt nghiệp trung học cơ sở", "91,4 | 92,6 | 93,5", "thanh thiếu niên 15-18 tuổi tốt nghiệp trung học cơ sở"),
    ("Người 15-60 tuổi biết chữ mức độ 2", "94,1 | 95,3 | 96", "người 15-60 tuổi biết chữ mức độ 2"),
]

FIGS = [
    F("có 15.376 hộ", "15.376", 15376, "count", "hộ", "hộ được điều tra", N24),
    F("70.812 nhân khẩu", "70.812", 70812, "count", "nhân khẩu", "nhân khẩu", N24),
    F("từ 0 đến 18 tuổi", "0", 0, "measure", "tuổi", "độ tuổi", value_max=18, optional=True),
    F("là 27.405 trẻ", "27.405", 27405, "count", "trẻ", "trẻ em trong độ tuổi từ 0 đến 18 tuổi", N24,
      change=C("increase", 312, "trẻ", "năm 2023")),
]
for label, cells, subj in ROWS:
    a, b, c = [x.strip() for x in cells.split("|")]
    line = f"{label} | {cells}"
    FIGS.append(F(f"{label} | {a}", a, parse_num(a), "percent", "%", subj + " năm 2023", C23))
    FIGS.append(F(f"| {a} | {b}", b, parse_num(b), "percent", "%", subj + " năm 2024", C24))
    FIGS.append(F(f"| {b} | {c}", c, parse_num(c), "percent", "%", subj + " kế hoạch năm 2025", C25, status="target"))
# ages inside the row labels: not figures, but a reader may take them; optional
FIGS += [
    F("Trẻ 5 tuổi hoàn", "5", 5, "measure", "tuổi", optional=True),
    F("Trẻ 11 tuổi", "11", 11, "measure", "tuổi", optional=True),
    F("niên 15-18 tuổi", "15", 15, "measure", "tuổi", value_max=18, optional=True),
    F("Người 15-60 tuổi", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("có 34 học sinh bỏ học", "34", 34, "count", "học sinh", "học sinh bỏ học", D,
      change=C("decrease", 11, "học sinh", "cùng kỳ năm học trước")),
    F("tiểu học 3 học sinh", "3", 3, "count", "học sinh", "học sinh bỏ học cấp tiểu học", D, total=34),
    F("trung học cơ sở 22 học sinh", "22", 22, "count", "học sinh", "học sinh bỏ học cấp trung học cơ sở", D, total=34),
    F("phổ thông 9 học sinh", "9", 9, "count", "học sinh", "học sinh bỏ học cấp trung học phổ thông", D, total=34),
    F("được 21 học sinh", "21", 21, "count", "học sinh", "học sinh được vận động trở lại lớp", DI, percent=61.8),
    F("15/15 xã", "15", 15, "count", "xã, thị trấn", "xã, thị trấn duy trì đạt chuẩn phổ cập giáo dục tiểu học mức độ 3", H25,
      total=15, status="target"),
    F("mở 8 lớp", "8", 8, "count", "lớp", "lớp xóa mù chữ", H25, status="target"),
    F("khoảng 200 học viên", "200", 200, "count", "học viên", "học viên xóa mù chữ", H25, approx="about", status="target"),
    F("dự kiến 1,25 tỷ đồng", "1,25", 1.25e9, "money", "đồng", "tổng kinh phí xóa mù chữ", H25, status="forecast"),
]

emit("p438-5", TEXT, [
    "Formal report, UBND huyện Bắc Yên (Sơn La), letterhead 'Số: 287/BC-UBND', place-and-date line 25/11/2024: universal education 2024.",
    "Distractors: 'Số: 287/BC-UBND', 'Kế hoạch số 1482/KH-SGDĐT ngày 12/3/2024', section numbers I.-IV., 'Bảng 1', 'mức độ 2/3', 'Lưu: VT'.",
    "Flattened '|' table with 'Đơn vị tính: %': 12 cells, period from the column header, 'Kế hoạch năm 2025' column = status target;",
    "subject = row label + column label. Ages in row labels and 'từ 0 đến 18 tuổi' are labels: optional.",
    "Bracketed breakdown after 34 adds up (3+22+9): total 34. 'giảm 11 học sinh so với cùng kỳ' belongs to 34 (after the bracket).",
    "Section IV targets take 'NĂM 2025' from the heading (inherited); 'Phấn đấu' governs the clauses after ';' (status target), 'dự kiến' = forecast.",
    "'21 học sinh …, đạt 61,8%': percent; no explicit a/b, so no total. The place-and-date line gives 'published'.",
], FIGS, published="2024-11-25", location="Bắc Yên")
