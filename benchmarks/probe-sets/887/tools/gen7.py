"""p887-7: department site (Sở VH&TT Quảng Ninh), no dateline: photo contest results, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """
SỞ VĂN HÓA VÀ THỂ THAO TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Công bố kết quả Cuộc thi ảnh “Quảng Ninh – Khát vọng vươn xa”

Cuộc thi ảnh nghệ thuật “Quảng Ninh – Khát vọng vươn xa” do Sở Văn hóa và Thể thao phối hợp với Hội Văn học Nghệ thuật tỉnh tổ chức từ tháng 3 đến tháng 8/2024, hướng tới Đại hội Đảng bộ tỉnh lần thứ XVI.

Ban tổ chức nhận được 3.452 tác phẩm của 387 tác giả, trong đó 1.026 tác phẩm chụp bằng điện thoại thông minh. Kết quả chấm chọn theo thể loại như sau:

Đơn vị tính: tác phẩm
Thể loại
Dự thi
Vào chung khảo
Đoạt giải
Ảnh đơn
2.118
96
14
Ảnh bộ
308
22
4
Ảnh điện thoại
1.026
42
6
Tổng cộng
3.452
160
24

Cơ cấu giải thưởng gồm 3 giải Nhất, 5 giải Nhì, 6 giải Ba và 10 giải Khuyến khích; tổng giá trị giải thưởng 186 triệu đồng, giải Nhất trị giá 20 triệu đồng/giải. Tác giả Phạm Văn Năm (Báo Quảng Ninh) đoạt 2 giải với bộ ảnh về vịnh Hạ Long và mỏ than Vàng Danh.

Năm 2023, Sở đã tổ chức 4 cuộc triển lãm ảnh với hơn 450 tác phẩm, thu hút khoảng 36.000 lượt người xem. Năm 2025, Sở phấn đấu xây dựng kho dữ liệu số với 10.000 ảnh tư liệu về Quảng Ninh, 100% ảnh được gắn thông tin bản quyền.

SỞ VĂN HÓA VÀ THỂ THAO TỈNH QUẢNG NINH
Địa chỉ: Tầng 7, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long, tỉnh Quảng Ninh
Điện thoại: 0203.3835.512 – Fax: 0203.3836.245
Đang truy cập: 37 | Tổng lượt truy cập: 3.184.602
"""

CONTEST = P("từ tháng 3 đến tháng 8/2024", "2024-03-01", "2024-08-31", inherited=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
COLS = ["dự thi", "vào chung khảo", "đoạt giải"]
ROWS = [
    ("Ảnh đơn", ["Ảnh đơn\n2.118", "2.118\n96\n", "96\n14\n"], ["2.118", "96", "14"]),
    ("Ảnh bộ", ["Ảnh bộ\n308", "308\n22", "22\n4\n"], ["308", "22", "4"]),
    ("Ảnh điện thoại", ["Ảnh điện thoại\n1.026", "1.026\n42", "42\n6\n"], ["1.026", "42", "6"]),
    ("Tổng cộng", ["Tổng cộng\n3.452", "3.452\n160", "160\n24"], ["3.452", "160", "24"]),
]

FIGS = [
    F("nhận được 3.452 tác phẩm", "3.452", 3452, "count", "tác phẩm", "tác phẩm dự thi nhận được", CONTEST),
    F("của 387 tác giả", "387", 387, "count", "tác giả", "tác giả dự thi", CONTEST),
    F("trong đó 1.026 tác phẩm", "1.026", 1026, "count", "tác phẩm", "tác phẩm chụp bằng điện thoại thông minh",
      CONTEST, total=3452),
]
for label, anchors, nums in ROWS:
    for col, a, n in zip(COLS, anchors, nums):
        v = int(n.replace(".", ""))
        FIGS.append(F(a, n, v, "count", "tác phẩm", f"{label} {col}", CONTEST))
FIGS += [
    F("gồm 3 giải Nhất", "3", 3, "count", "giải", "giải Nhất"),
    F("5 giải Nhì", "5", 5, "count", "giải", "giải Nhì"),
    F("6 giải Ba", "6", 6, "count", "giải", "giải Ba"),
    F("10 giải Khuyến khích", "10", 10, "count", "giải", "giải Khuyến khích"),
    F("thưởng 186 triệu đồng", "186", 186e6, "money", "đồng", "tổng giá trị giải thưởng"),
    F("trị giá 20 triệu đồng/giải", "20", 20e6, "money", "đồng/giải", "giá trị giải Nhất"),
    F("đoạt 2 giải", "2", 2, "count", "giải", "giải tác giả Phạm Văn Năm đoạt"),
    F("tổ chức 4 cuộc triển lãm", "4", 4, "count", "cuộc triển lãm", "cuộc triển lãm ảnh Sở tổ chức", Y23),
    F("hơn 450 tác phẩm", "450", 450, "count", "tác phẩm", "tác phẩm triển lãm", Y23, approx="over"),
    F("khoảng 36.000 lượt", "36.000", 36000, "count", "lượt người xem", "lượt người xem triển lãm", Y23,
      approx="about"),
    F("với 10.000 ảnh", "10.000", 10000, "count", "ảnh", "ảnh tư liệu trong kho dữ liệu số", Y25, status="target"),
    F("100% ảnh", "100", 100, "percent", "%", "ảnh được gắn thông tin bản quyền", Y25, status="target"),
]

NOTES = [
    "Sở Văn hóa và Thể thao Quảng Ninh site, no dateline (published absent): photo contest results with a table pasted one",
    "cell per line (header cells, then each row's cells). Footer: address (Tầng 7, Trụ sở Liên cơ quan số 3), phone and fax",
    "numbers, 'Đang truy cập: 37', 'Tổng lượt truy cập: 3.184.602' — none are figures; nor 'lần thứ XVI', the name Phạm Văn Năm.",
    "Table cells: subject = row label + column label, unit from 'Đơn vị tính: tác phẩm', no totals (Tổng cộng row is its",
    "own figure); the contest period 'từ tháng 3 đến tháng 8/2024' stands in another sentence (inherited).",
    "'Cơ cấu giải thưởng gồm 3 giải Nhất, …': 'gồm' follows a noun, not a figure, so the prize counts take no total.",
    "'phấn đấu' governs both the 10.000 ảnh and the 100% of its sentence (target, Năm 2025).",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Quảng Ninh")
