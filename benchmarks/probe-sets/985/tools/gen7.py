"""p985-7: department site (Sở Xây dựng Lâm Đồng), no dateline, one-cell-per-line table; Đà Lạt trees."""
from lib import F, P, I, C, T, write

TEXT = """SỞ XÂY DỰNG TỈNH LÂM ĐỒNG
Trang chủ » Hoạt động ngành » Hạ tầng kỹ thuật

Đà Lạt đẩy mạnh trồng cây xanh, giữ gìn cảnh quan "thành phố ngàn hoa"

Năm 2024, thành phố Đà Lạt đã trồng mới 4.860 cây xanh đô thị, tăng 21,5% so với năm 2023, trong đó mai anh đào chiếm 38%. Hiện thành phố quản lý khoảng 17.000 cây xanh đường phố và hơn 3.500 ha rừng thông trong nội ô; mật độ cây xanh đạt 1 cây/8 m đường.

Kết quả trồng cây xanh đô thị tại Đà Lạt
Đơn vị tính: cây
Loại cây
Năm 2023
Năm 2024
Kế hoạch 2025
Mai anh đào
1.520
1.850
2.000
Phượng tím
640
710
800
Thông ba lá
1.150
1.380
1.500
Cây bóng mát khác
690
920
1.000
Tổng số
4.000
4.860
5.300

Trong năm 2024, toàn tỉnh Lâm Đồng đã chi khoảng 19,7 tỷ đồng cho duy trì cây xanh, công viên, trong đó Đà Lạt chiếm 64%. Chi phí trồng mới bình quân một cây mai anh đào khoảng 1,2 triệu đồng/cây. Dịp Festival Hoa Đà Lạt lần thứ 10, thành phố đã chỉnh trang 12 công viên, vườn hoa, tiêu biểu là quảng trường Lâm Viên và vườn hoa Xuân Hương.

Giai đoạn 2025-2030, Sở Xây dựng đề xuất mỗi năm trồng mới từ 5.000 đến 6.000 cây, ưu tiên các loài cây bản địa.

Địa chỉ: Số 36 Trần Phú, Phường 4, TP Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.445 - Fax: 0263.3826.118
Tổng lượt truy cập: 1.873.520 | Đang trực tuyến: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
CELLS = [  # anchor, number, value, row label, column
    ("Mai anh đào\n1.520\n", "1.520", 1520, "mai anh đào", 23),
    ("1.520\n1.850\n", "1.850", 1850, "mai anh đào", 24),
    ("1.850\n2.000\n", "2.000", 2000, "mai anh đào", 25),
    ("Phượng tím\n640\n", "640", 640, "phượng tím", 23),
    ("640\n710\n", "710", 710, "phượng tím", 24),
    ("710\n800\n", "800", 800, "phượng tím", 25),
    ("Thông ba lá\n1.150\n", "1.150", 1150, "thông ba lá", 23),
    ("1.150\n1.380\n", "1.380", 1380, "thông ba lá", 24),
    ("1.380\n1.500\n", "1.500", 1500, "thông ba lá", 25),
    ("Cây bóng mát khác\n690\n", "690", 690, "cây bóng mát khác", 23),
    ("690\n920\n", "920", 920, "cây bóng mát khác", 24),
    ("920\n1.000\n", "1.000", 1000, "cây bóng mát khác", 25),
    ("Tổng số\n4.000\n", "4.000", 4000, "tổng số cây", 23),
    ("4.000\n4.860\n", "4.860", 4860, "tổng số cây", 24),
    ("4.860\n5.300\n", "5.300", 5300, "tổng số cây", 25),
]
TABLE = []
for anchor, num, val, row, col in CELLS:
    per = {23: Y23, 24: Y24, 25: K25}[col]
    kw = {"status": "target"} if col == 25 else {}
    label = {23: "năm 2023", 24: "năm 2024", 25: "kế hoạch 2025"}[col]
    TABLE.append(F(anchor, num, val, "count", "cây", f"{row} trồng mới {label}", per, **kw))

FIGS = [
    F("trồng mới 4.860 cây xanh", "4.860", 4860, "count", "cây", "cây xanh đô thị trồng mới", Y24,
      change=C("increase", 21.5, baseline="năm 2023")),
    F("chiếm 38%", "38", 38, "percent", "%", "tỷ lệ mai anh đào trong số cây trồng mới", Y24),
    F("khoảng 17.000 cây", "17.000", 17000, "count", "cây", "cây xanh đường phố", approx="about"),
    F("hơn 3.500 ha", "3.500", 3500, "measure", "ha", "rừng thông trong nội ô", approx="over"),
    F("đạt 1 cây/8 m", "1", 1, "measure", "cây/8 m đường", "mật độ cây xanh"),
    *TABLE,
    F("khoảng 19,7 tỷ đồng", "19,7", 19.7e9, "money", "đồng", "kinh phí duy trì cây xanh, công viên",
      P("Trong năm 2024", "2024-01-01", "2024-12-31"), approx="about", location="Lâm Đồng"),
    F("chiếm 64%", "64", 64, "percent", "%", "tỷ trọng kinh phí duy trì cây xanh, công viên của Đà Lạt",
      P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 1,2 triệu đồng/cây", "1,2", 1.2e6, "money", "đồng/cây", "chi phí trồng mới bình quân một cây mai anh đào",
      I(Y24), approx="about"),
    F("chỉnh trang 12 công viên", "12", 12, "count", "công viên, vườn hoa", "công viên, vườn hoa được chỉnh trang", I(Y24)),
    F("từ 5.000 đến 6.000 cây", "5.000", 5000, "count", "cây/năm", "cây trồng mới mỗi năm",
      P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31"), value_max=6000, status="target"),
]

NOTES = [
    "Sở Xây dựng Lâm Đồng site (invented): no dateline (published null), footer address, phone, fax, visit counter.",
    "'trong đó mai anh đào chiếm 38%' is a share without a base amount of its own: a percent figure (period 2024 from the same sentence).",
    "'mật độ cây xanh đạt 1 cây/8 m đường' -> measure 1 with the denominator in the unit. 'Hiện' gives no period.",
    "One-cell-per-line table: header cells Loại cây | Năm 2023 | Năm 2024 | Kế hoạch 2025; each row's cells one per line.",
    "revised after the first run: cell subjects now carry the column label (row label + column label, as in the shared gold h23/h24).",
    "Every numeric cell is a figure; period from the column header (scored); 'Kế hoạch 2025' column -> status target; no totals on cells.",
    "The provincial maintenance spend (19,7 tỷ) is located Lâm Đồng; 'trong đó Đà Lạt chiếm 64%' is a percent figure located Đà Lạt.",
    "'Đề xuất mỗi năm trồng mới từ 5.000 đến 6.000 cây' in 'Giai đoạn 2025-2030' is a proposed target (status target), unit cây/năm.",
    "The per-tree cost and the 12 parks stand in the paragraph opened by 'Trong năm 2024': inherited period 2024.",
    "Distractors: 'Festival Hoa Đà Lạt lần thứ 10', 'Phường 4', 'Số 36 Trần Phú', phone/fax, 'Tổng lượt truy cập: 1.873.520', 'Đang trực tuyến: 37'.",
]

write("p985-7", TEXT, FIGS, published=None, location="Đà Lạt", notes=NOTES)
