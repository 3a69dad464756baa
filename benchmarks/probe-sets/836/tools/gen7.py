"""p836-7: Sở Công Thương Tây Ninh site, no dateline, one-cell-per-line table of yarn indicators."""
from lib import F, P, I, C, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH TÂY NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Ngành sợi Tây Ninh: quy mô lớn, cần nâng giá trị gia tăng

Tây Ninh hiện có 45 dự án sản xuất sợi (thị xã Trảng Bàng 21 dự án, huyện Gò Dầu 14 dự án, huyện Châu Thành 6 dự án, huyện Bến Cầu 4 dự án) với tổng vốn đăng ký hơn 3,2 tỷ USD; trong đó 38 dự án có vốn đầu tư nước ngoài. Tổng công suất thiết kế đạt trên 520.000 tấn/năm, chiếm khoảng 25% năng lực kéo sợi cả nước.

Một số chỉ tiêu chủ yếu của ngành sợi
Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
Kế hoạch năm 2024
Sản lượng sợi
nghìn tấn
412,6
438,9
460
Kim ngạch xuất khẩu xơ, sợi
triệu USD
1.215,4
1.128,7
1.200
Lao động ngành sợi
người
26.300
27.850
29.000

Năm 2023, sản lượng sợi toàn tỉnh tăng 6,4% nhưng kim ngạch xuất khẩu giảm 7,1% do giá sợi bình quân chỉ còn 2.570 USD/tấn. 9 tháng năm 2024, kim ngạch xuất khẩu xơ, sợi ước đạt 912,3 triệu USD, đạt 76% kế hoạch năm. Thu nhập bình quân của lao động ngành sợi khoảng 9,1 triệu đồng/người/tháng.

Sở Công Thương đề xuất đến năm 2030 chỉ thu hút dự án sợi có mức đầu tư từ 30 triệu USD trở lên, sử dụng công nghệ tự động hóa, giảm ít nhất 30% lao động trên mỗi nghìn cọc sợi.

SỞ CÔNG THƯƠNG TỈNH TÂY NINH
Địa chỉ: số 83 đường Phạm Tung, phường 3, TP. Tây Ninh
Điện thoại: 0276.3822.315 - Fax: 0276.3822.940
Tổng lượt truy cập: 1.284.507 | Đang trực tuyến: 38
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
SUB = "dự án sản xuất sợi"
FIGS = [
    F("có 45 dự án", "45", 45, "count", "dự án", SUB),
    F("Trảng Bàng 21 dự án", "21", 21, "count", "dự án", SUB, total=45, location="Trảng Bàng"),
    F("Gò Dầu 14 dự án", "14", 14, "count", "dự án", SUB, total=45, location="Gò Dầu"),
    F("Châu Thành 6 dự án", "6", 6, "count", "dự án", SUB, total=45, location="Châu Thành"),
    F("Bến Cầu 4 dự án", "4", 4, "count", "dự án", SUB, total=45, location="Bến Cầu"),
    F("hơn 3,2 tỷ USD", "3,2", 3.2e9, "money", "USD", "tổng vốn đăng ký dự án sản xuất sợi", approx="over"),
    F("trong đó 38 dự án", "38", 38, "count", "dự án", "dự án sản xuất sợi có vốn đầu tư nước ngoài", total=45),
    F("trên 520.000 tấn/năm", "520.000", 520000, "measure", "tấn/năm", "tổng công suất thiết kế kéo sợi",
      approx="over", percent=25),
    # table, one cell per line
    F("nghìn tấn\n412,6", "412,6", 412600, "measure", "tấn", "sản lượng sợi năm 2022", Y22),
    F("412,6\n438,9", "438,9", 438900, "measure", "tấn", "sản lượng sợi năm 2023", Y23),
    F("438,9\n460", "460", 460000, "measure", "tấn", "sản lượng sợi kế hoạch năm 2024", K24, status="target"),
    F("triệu USD\n1.215,4", "1.215,4", 1215.4e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi năm 2022", Y22),
    F("1.215,4\n1.128,7", "1.128,7", 1128.7e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi năm 2023", Y23),
    F("1.128,7\n1.200", "1.200", 1200e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi kế hoạch năm 2024", K24,
      status="target"),
    F("người\n26.300", "26.300", 26300, "count", "người", "lao động ngành sợi năm 2022", Y22),
    F("26.300\n27.850", "27.850", 27850, "count", "người", "lao động ngành sợi năm 2023", Y23),
    F("27.850\n29.000", "29.000", 29000, "count", "người", "lao động ngành sợi kế hoạch năm 2024", K24,
      status="target"),
    # text after the table
    F("tăng 6,4%", "6,4", 6.4, "percent", "%", "sản lượng sợi toàn tỉnh tăng", Y23),
    F("giảm 7,1%", "7,1", 7.1, "percent", "%", "kim ngạch xuất khẩu giảm", Y23),
    F("còn 2.570 USD/tấn", "2.570", 2570, "money", "USD/tấn", "giá sợi bình quân", Y23),
    F("ước đạt 912,3 triệu USD", "912,3", 912.3e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), percent=76, status="estimate"),
    F("khoảng 9,1 triệu đồng", "9,1", 9.1e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động ngành sợi",
      approx="about"),
    F("từ 30 triệu USD trở lên", "30", 30e6, "money", "USD", "mức đầu tư dự án sợi được thu hút",
      approx="at_least", status="target", optional=True),
    F("ít nhất 30% lao động", "30", 30, "percent", "%", "lao động giảm trên mỗi nghìn cọc sợi",
      approx="at_least", status="target", optional=True),
]

NOTES = [
    "Sở Công Thương Tây Ninh site with no dateline (published absent), footer with address, phone, fax, visit counter and 'Đang trực tuyến'.",
    "Bracketed district breakdown right after '45 dự án' adds up (21+14+6+4): total 45, each district its location. 'trong đó 38 dự án' total 45.",
    "Table pasted one cell per line (Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023 | Kế hoạch năm 2024); the unit cell carries the multiplier",
    "('nghìn tấn' -> ×1000 tấn, 'triệu USD' -> ×10^6 USD); periods from column headers (scored); 'Kế hoạch' column = target.",
    "'tăng 6,4%', 'giảm 7,1%' have no base amount in their sentence: percent figures. 'trên mỗi nghìn cọc sợi' is a rate denominator.",
    "The proposal's selection criteria ('từ 30 triệu USD trở lên', 'ít nhất 30% lao động') are thresholds: optional.",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Tây Ninh")
