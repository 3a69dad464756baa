from lib import F, P, C, T, write

TEXT = """
UBND TỈNH QUẢNG NGÃI
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 142/BC-SVHTTDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 20 tháng 5 năm 2024

BÁO CÁO
Kết quả tổ chức Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3 năm 2024

I. CÔNG TÁC CHỈ ĐẠO
Thực hiện Kế hoạch số 58/KH-SVHTTDL ngày 12/3/2024, 13/13 huyện, thị xã, thành phố đã xây dựng kế hoạch hưởng ứng.

II. KẾT QUẢ THỰC HIỆN
1. Các hoạt động hưởng ứng
Từ ngày 15/4 đến 5/5/2024, toàn tỉnh tổ chức 126 hoạt động hưởng ứng (tăng 18 hoạt động so với năm 2023), gồm 42 cuộc trưng bày, triển lãm sách; 57 buổi giới thiệu sách, tọa đàm và 27 cuộc thi về văn hóa đọc. Cuộc thi Đại sứ Văn hóa đọc năm 2024 thu hút 23.540 bài dự thi của học sinh tại 186 trường học, chiếm khoảng 42% số trường phổ thông trên địa bàn.

2. Kết quả một số chỉ tiêu

Bảng 1. Chỉ tiêu hưởng ứng Ngày Sách và Văn hóa đọc năm 2024
Đơn vị tính: lượt
Nội dung | Kế hoạch | Thực hiện | Tỷ lệ so với kế hoạch (%)
Bạn đọc tham gia hoạt động | 35.000 | 41.260 | 117,9
Sách, báo luân chuyển | 60.000 | 58.400 | 97,3
Truy cập thư viện số | 120.000 | 153.780 | 128,2
Sách trao tặng (bản) | 8.000 | 9.450 | 118,1

3. Kinh phí
Tổng kinh phí tổ chức các hoạt động là 1,35 tỷ đồng, trong đó ngân sách tỉnh 780 triệu đồng, còn lại là nguồn xã hội hóa.

III. NHIỆM VỤ NĂM 2025
Phấn đấu 100% thư viện cấp huyện tổ chức Ngày Sách và Văn hóa đọc; tỷ lệ người dân đọc sách thường xuyên đạt ít nhất 30%; mỗi trường phổ thông có tối thiểu 01 câu lạc bộ đọc sách.

Nơi nhận:
- Bộ VHTTDL (Vụ Thư viện);
- UBND tỉnh (b/c);
- Lưu: VT, QLVH.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Hòa
"""

PER = P("Từ ngày 15/4 đến 5/5/2024", "2024-04-15", "2024-05-05")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25i = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

ROWS = [  # label, unit, plan, plan_v, done, done_v, pct, pct_v
    ("Bạn đọc tham gia hoạt động", "lượt", "35.000", 35000, "41.260", 41260, "117,9", 117.9),
    ("Sách, báo luân chuyển", "lượt", "60.000", 60000, "58.400", 58400, "97,3", 97.3),
    ("Truy cập thư viện số", "lượt", "120.000", 120000, "153.780", 153780, "128,2", 128.2),
    ("Sách trao tặng (bản)", "bản", "8.000", 8000, "9.450", 9450, "118,1", 118.1),
]
TABLE = []
for lab, unit, p, pv, d, dv, r, rv in ROWS:
    short = lab.replace(" (bản)", "")
    TABLE += [
        F(f"{lab} | {p} |", p, pv, "count", unit, f"{short} kế hoạch", status="target", period=Y24i),
        F(f"{p} | {d} |", d, dv, "count", unit, f"{short} thực hiện", period=Y24i),
        F(f"{d} | {r}\n", r, rv, "percent", "%", f"tỷ lệ so với kế hoạch {short}", period=Y24i),
    ]

FIGS = [
    F("13/13 huyện", "13", 13, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố đã xây dựng kế hoạch hưởng ứng", total=13),
    F("tổ chức 126 hoạt động", "126", 126, "count", "hoạt động", "hoạt động hưởng ứng",
      change=C("increase", 18, "hoạt động", "năm 2023"), period=PER),
    F("gồm 42 cuộc", "42", 42, "count", "cuộc", "cuộc trưng bày, triển lãm sách", total=126, period=PER),
    F("57 buổi", "57", 57, "count", "buổi", "buổi giới thiệu sách, tọa đàm", total=126, period=PER),
    F("27 cuộc thi", "27", 27, "count", "cuộc thi", "cuộc thi về văn hóa đọc", total=126, period=PER),
    F("23.540 bài dự thi", "23.540", 23540, "count", "bài dự thi", "bài dự thi Cuộc thi Đại sứ Văn hóa đọc",
      period=Y24),
    F("tại 186 trường học", "186", 186, "count", "trường học", "trường học có học sinh dự thi",
      percent=42, period=Y24),
] + TABLE + [
    F("là 1,35 tỷ đồng", "1,35", 1350000000, "money", "đồng", "tổng kinh phí tổ chức các hoạt động"),
    F("ngân sách tỉnh 780 triệu đồng", "780", 780000000, "money", "đồng", "kinh phí từ ngân sách tỉnh",
      total=1350000000),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "thư viện cấp huyện tổ chức Ngày Sách và Văn hóa đọc",
      status="target", period=Y25i),
    F("ít nhất 30%", "30", 30, "percent", "%", "tỷ lệ người dân đọc sách thường xuyên",
      approx="at_least", status="target", period=Y25i),
    F("tối thiểu 01 câu lạc bộ", "01", 1, "count", "câu lạc bộ", "câu lạc bộ đọc sách mỗi trường phổ thông",
      approx="at_least", status="target", period=Y25i, optional=True),
]

COMMENTS = [
    "Formal report with letterhead (Sở VHTTDL Quảng Ngãi, 'Số: 142/BC-SVHTTDL'); place-and-date line gives published 2024-05-20.",
    "'Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3' is a name, not a figure. Kế hoạch số 58/KH-SVHTTDL, dates, section numbers are distractors.",
    "Flattened '|' table, 'Đơn vị tính: lượt', last row overrides the unit with '(bản)', last column '(%)'. Kế hoạch cells are status target;",
    "every numeric cell is a figure; period 'năm 2024' from the table title (inherited). No totals for table cells.",
    "'126 hoạt động (tăng 18 hoạt động ...)' change across the bracket; 'gồm' parts total 126. '186 trường học, chiếm khoảng 42%' → percent 42.",
    "Section III heading 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → targets; 'tối thiểu 01 câu lạc bộ' per school is a norm: optional.",
]
write("p392-3", COMMENTS, TEXT, FIGS, published="2024-05-20", location="Quảng Ngãi")
