from lib import F, P, I, ch, tg, build

A = """UBND TỈNH HÀ TĨNH
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 1452/BC-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 25 tháng 7 năm 2024

BÁO CÁO
Tổng kết công tác tổ chức Kỳ thi tốt nghiệp THPT năm 2024

I. CÔNG TÁC CHUẨN BỊ VÀ TỔ CHỨC THI
Trong 6 tháng đầu năm 2024, Sở đã tổ chức 3 đợt thi thử cho 19.870 lượt học sinh lớp 12. Tính đến ngày 30/4/2024, toàn tỉnh có 20.563 thí sinh đăng ký dự thi, tăng 4,2% so với năm 2023.
Thực hiện Kế hoạch số 86/KH-UBND, Sở thành lập 27 điểm thi với 912 phòng thi; huy động 2.874 cán bộ, giáo viên làm nhiệm vụ coi thi. Tổng kinh phí tổ chức kỳ thi là 11,82 tỷ đồng, trong đó ngân sách tỉnh cấp 9,6 tỷ đồng. Có 52 thí sinh vắng thi; 02 thí sinh vi phạm quy chế bị đình chỉ thi.

II. KẾT QUẢ THI
Tỷ lệ tốt nghiệp năm 2024 đạt 99,58%, cao hơn 0,3% so với chỉ tiêu (99,28%). Điểm trung bình các bài thi như sau:
Đơn vị tính: điểm

Bài thi
Năm 2023
Năm 2024
Toán
6,48
6,75
Ngữ văn
6,92
7,31
Tiếng Anh
5,87
6,02
Khoa học tự nhiên
6,66
6,79
Khoa học xã hội
7,58
7,83

III. PHƯƠNG HƯỚNG NĂM 2025
Trong quý III/2024, Sở dự kiến chi 450 triệu đồng khen thưởng giáo viên, học sinh có thành tích xuất sắc. Năm 2025 dự kiến có khoảng 21.000 thí sinh dự thi; phấn đấu tỷ lệ tốt nghiệp đạt 99,6% trở lên.

Nơi nhận:
- Bộ GD&ĐT (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, QLT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Văn Bình
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = I(Y)
H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24c = P("Năm 2024", "2024-01-01", "2024-12-31")

rows = [("Toán", "6,48", 6.48, "6,75", 6.75), ("Ngữ văn", "6,92", 6.92, "7,31", 7.31),
        ("Tiếng Anh", "5,87", 5.87, "6,02", 6.02), ("Khoa học tự nhiên", "6,66", 6.66, "6,79", 6.79),
        ("Khoa học xã hội", "7,58", 7.58, "7,83", 7.83)]

figs = [
    F("tổ chức 3 đợt thi thử", "3", 3, "count", "đợt", "đợt thi thử", period=H6),
    F("cho 19.870 lượt", "19.870", 19870, "count", "lượt học sinh", "lượt học sinh lớp 12 thi thử", period=H6),
    F("có 20.563 thí sinh", "20.563", 20563, "count", "thí sinh", "thí sinh đăng ký dự thi",
      change=ch("increase", 4.2, "%", "năm 2023"), period=P("Tính đến ngày 30/4/2024", None, "2024-04-30")),
    F("thành lập 27 điểm thi", "27", 27, "count", "điểm thi", "điểm thi", period=Yi),
    F("với 912 phòng thi", "912", 912, "count", "phòng thi", "phòng thi", period=Yi),
    F("huy động 2.874 cán bộ", "2.874", 2874, "count", "cán bộ, giáo viên", "cán bộ, giáo viên làm nhiệm vụ coi thi", period=Yi),
    F("là 11,82 tỷ đồng", "11,82", 11820000000, "money", "đồng", "tổng kinh phí tổ chức kỳ thi", period=Yi),
    F("cấp 9,6 tỷ đồng", "9,6", 9600000000, "money", "đồng", "ngân sách tỉnh cấp", total=11820000000, period=Yi),
    F("Có 52 thí sinh", "52", 52, "count", "thí sinh", "thí sinh vắng thi", period=Yi),
    F("02 thí sinh vi phạm", "02", 2, "count", "thí sinh", "thí sinh vi phạm quy chế bị đình chỉ thi", period=Yi),
    F("đạt 99,58%", "99,58", 99.58, "percent", "%", "tỷ lệ tốt nghiệp",
      change=ch("increase", 0.3, "%", "chỉ tiêu"), target=tg(99.28, "%", True), period=Y),
]
for name, a, av, b, bv in rows:
    figs += [
        F(f"{name}\n{a}\n", a, av, "measure", "điểm", f"điểm trung bình bài thi {name} năm 2023", period=Y23c),
        F(f"{a}\n{b}\n", b, bv, "measure", "điểm", f"điểm trung bình bài thi {name} năm 2024", period=Y24c),
    ]
figs += [
    F("chi 450 triệu đồng", "450", 450000000, "money", "đồng", "kinh phí khen thưởng giáo viên, học sinh có thành tích xuất sắc",
      status="forecast", period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("khoảng 21.000 thí sinh", "21.000", 21000, "count", "thí sinh", "thí sinh dự thi", approx="about", status="forecast",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("đạt 99,6% trở lên", "99,6", 99.6, "percent", "%", "tỷ lệ tốt nghiệp", approx="at_least", status="target",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]

build(6, [
    "Formal report with letterhead (Sở GD&ĐT Hà Tĩnh, 'Số: 1452/BC-SGDĐT'); the place-and-date line 'Hà Tĩnh, ngày 25 tháng 7 năm 2024' is its date.",
    "One-cell-per-line table with 'Đơn vị tính: điểm' and year columns: every cell a measure in điểm, period from the column header (as h23). revised: subject now row label + column label incl. the year, as h23.",
    "'Tính đến ngày 30/4/2024' as-of period; 'tăng 4,2% so với năm 2023' change of the count. '9,6 tỷ đồng' after 'trong đó' is part of 11,82 tỷ.",
    "'cao hơn 0,3% so với chỉ tiêu (99,28%)': the plan gap is a change (baseline chỉ tiêu), the bracketed plan the target (met).",
    "Section III: 'dự kiến' -> forecast (450 triệu in quý III/2024, 21.000 thí sinh), 'phấn đấu ... 99,6% trở lên' target, at_least.",
    "'02 thí sinh' = 2. Distractors: Số 1452/BC-SGDĐT, Kế hoạch số 86/KH-UBND, section numbers I./II./III., 'lớp 12', signer, 'Lưu: VT, QLT'.",
    "Figures in section I after the first paragraph sentence pair take năm 2024 from the report title (inherited).",
], A, figs, published="2024-07-25", location="Hà Tĩnh")
