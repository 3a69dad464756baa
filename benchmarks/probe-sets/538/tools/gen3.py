from lib import emit, fig, per, inh, ch

TEXT = """UBND TỈNH BẮC KẠN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Kạn, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển văn hóa đọc trong cộng đồng 9 tháng năm 2024

Thực hiện Quyết định số 329/QĐ-TTg ngày 15/3/2017 của Thủ tướng Chính phủ và Kế hoạch số 112/KH-UBND ngày 20/02/2024 của UBND tỉnh, UBND tỉnh Bắc Kạn báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống thư viện
Toàn tỉnh có 1 thư viện cấp tỉnh, 8/8 thư viện cấp huyện, 74 phòng đọc cấp xã và 1.262 tủ sách cơ sở. Tổng vốn tài liệu ước đạt 418.600 bản, tăng 5,8% so với cùng kỳ năm 2023.

2. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so KH (%)
Lượt bạn đọc | lượt | 260.000 | 204.350 | 78,6
Lượt tài liệu luân chuyển | lượt | 520.000 | 431.200 | 82,9
Thẻ bạn đọc cấp mới | thẻ | 4.000 | 3.415 | 85,4
Chuyến xe lưu động | chuyến | 60 | 52 | 86,7
Trang tài liệu số hóa | trang | 50.000 | 31.800 | 63,6

3. Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam
Các huyện, thành phố tổ chức 27 hội sách, triển lãm sách với khoảng 21.000 lượt người tham quan. Cuộc thi Đại sứ Văn hóa đọc thu hút 9.840 bài dự thi, trong đó Chợ Đồn (2.150 bài), Ba Bể (1.720 bài), Na Rì (1.390 bài).

II. KINH PHÍ
Tổng kinh phí thực hiện 9 tháng ước đạt 3.460,5 triệu đồng, trong đó ngân sách tỉnh 2,1 tỷ đồng, xã hội hóa khoảng 1,36 tỷ đồng.

III. NHIỆM VỤ QUÝ IV/2024
Tiếp tục luân chuyển sách về cơ sở; phấn đấu đến hết năm 2024 cấp mới 4.000 thẻ bạn đọc, số hóa 50.000 trang tài liệu địa chí.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.
"""

PLAN = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = per("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)

ROWS = [
    # label, unit, plan (str, val), done (str, val), ratio (str, val), plan anchor, done anchor, ratio anchor
    ("Lượt bạn đọc", "lượt", "260.000", 260000, "204.350", 204350, "78,6", 78.6),
    ("Lượt tài liệu luân chuyển", "lượt", "520.000", 520000, "431.200", 431200, "82,9", 82.9),
    ("Thẻ bạn đọc cấp mới", "thẻ", "4.000", 4000, "3.415", 3415, "85,4", 85.4),
    ("Chuyến xe lưu động", "chuyến", "60", 60, "52", 52, "86,7", 86.7),
    ("Trang tài liệu số hóa", "trang", "50.000", 50000, "31.800", 31800, "63,6", 63.6),
]

FIGS = [
    fig("có 1 thư viện", "1", 1, "count", "thư viện cấp tỉnh", "thư viện cấp tỉnh"),
    fig("8/8 thư viện", "8", 8, "count", "thư viện cấp huyện", "thư viện cấp huyện", total=8),
    fig("74 phòng đọc", "74", 74, "count", "phòng đọc", "phòng đọc cấp xã"),
    fig("1.262 tủ sách", "1.262", 1262, "count", "tủ sách", "tủ sách cơ sở"),
    fig("ước đạt 418.600 bản", "418.600", 418600, "count", "bản", "tổng vốn tài liệu",
        change=ch("increase", 5.8, baseline="cùng kỳ năm 2023"), status="estimate"),
]
for label, unit, ps, pv, ds, dv, rs, rv in ROWS:
    FIGS.append(fig(f"| {unit} | {ps} |", ps, pv, "count", unit, f"{label} kế hoạch năm 2024", PLAN,
                    status="target"))
    FIGS.append(fig(f"| {ds} |", ds, dv, "count", unit, f"{label} thực hiện 9 tháng", DONE))
    FIGS.append(fig(f"| {rs}\n", rs, rv, "percent", "%", f"{label} tỷ lệ so kế hoạch", M9))

FIGS += [
    fig("tổ chức 27 hội sách", "27", 27, "count", "hội sách", "hội sách, triển lãm sách các huyện, thành phố tổ chức"),
    fig("khoảng 21.000 lượt", "21.000", 21000, "count", "lượt người", "lượt người tham quan hội sách, triển lãm sách",
        approx="about"),
    fig("thu hút 9.840 bài", "9.840", 9840, "count", "bài dự thi", "bài dự thi Cuộc thi Đại sứ Văn hóa đọc"),
    fig("Chợ Đồn (2.150 bài)", "2.150", 2150, "count", "bài", "bài dự thi Cuộc thi Đại sứ Văn hóa đọc",
        total=9840, location="Chợ Đồn"),
    fig("Ba Bể (1.720 bài)", "1.720", 1720, "count", "bài", "bài dự thi Cuộc thi Đại sứ Văn hóa đọc",
        total=9840, location="Ba Bể"),
    fig("Na Rì (1.390 bài)", "1.390", 1390, "count", "bài", "bài dự thi Cuộc thi Đại sứ Văn hóa đọc",
        total=9840, location="Na Rì"),
    fig("ước đạt 3.460,5 triệu đồng", "3.460,5", 3460500000, "money", "đồng", "tổng kinh phí thực hiện",
        per("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    fig("tỉnh 2,1 tỷ đồng", "2,1", 2100000000, "money", "đồng", "kinh phí từ ngân sách tỉnh",
        per("9 tháng", "2024-01-01", "2024-09-30"), total=3460500000, status="estimate"),
    fig("khoảng 1,36 tỷ đồng", "1,36", 1360000000, "money", "đồng", "kinh phí xã hội hóa",
        per("9 tháng", "2024-01-01", "2024-09-30"), approx="about", total=3460500000, status="estimate"),
    fig("cấp mới 4.000 thẻ", "4.000", 4000, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới",
        per("đến hết năm 2024", end="2024-12-31"), status="target"),
    fig("số hóa 50.000 trang", "50.000", 50000, "count", "trang", "trang tài liệu địa chí số hóa",
        per("đến hết năm 2024", end="2024-12-31"), status="target"),
]

emit("p538-3", TEXT, [
    "UBND tỉnh Bắc Kạn formal report Số: 287/BC-UBND, 'Bắc Kạn, ngày 14 tháng 10 năm 2024' (published): văn hóa đọc, 9 tháng năm 2024.",
    "Flattened '|' table: Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so KH (%). Every numeric cell is a",
    "figure: plan cells status target (period from header, scored), result cells actual (header 'Thực hiện 9 tháng' + title year,",
    "scored), ratio cells percent figures of their own (period inherited from the title); result cells carry no percent/target.",
    "Decision numbers, dates, 'Số: 287/BC-UBND', section numbers I./1./II., 'QUÝ IV/2024' heading, 'Lưu: VT' are no figures.",
    "District items after 'trong đó' take the contest total 9.840; kinh phí parts after 'trong đó' take 3.460,5 triệu and its 'ước'.",
    "'đến hết năm 2024' is an as-of target period (start null).",
], FIGS, published="2024-10-14", location="Bắc Kạn")
