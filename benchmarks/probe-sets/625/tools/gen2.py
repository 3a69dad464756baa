from lib import F, P, CH, inh, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TẢN LĨNH - HUYỆN BA VÌ - THÀNH PHỐ HÀ NỘI
Trang chủ / Kinh tế / Nông nghiệp - Nông thôn

HTX bò sữa Tản Lĩnh: 9 tháng thu mua hơn 4.100 tấn sữa tươi

Thứ Năm, 10/10/2024 - 09:15

Hợp tác xã Dịch vụ nông nghiệp và chăn nuôi bò sữa Tản Lĩnh được thành lập năm 2015, hiện có 146 thành viên với tổng đàn 1.920 con bò sữa, trong đó có 1.050 con đang cho sữa.

Trong 9 tháng năm 2024, HTX đã thu mua và cung ứng cho doanh nghiệp 4.126 tấn sữa tươi, tăng 7,5% so với cùng kỳ; doanh thu đạt 58,6 tỷ đồng. Sản lượng sữa thu gom bình quân khoảng 15 tấn/ngày.

Giá thu mua sữa tại HTX hiện ở mức 14.200 đồng/kg đối với sữa đạt chuẩn, cao hơn 300 đồng/kg so với đầu năm. Những hộ có sữa đạt chất lượng cao được thưởng thêm từ 500 đến 800 đồng/kg.

Toàn xã hiện có 312 hộ chăn nuôi bò sữa, chiếm 28,4% tổng số hộ, với tổng đàn 2.460 con. Nhiều hộ nuôi quy mô từ 20 con trở lên, thu nhập bình quân đạt 250 - 300 triệu đồng/hộ/năm. Năm 2023, thu nhập bình quân đầu người của xã đạt 62,5 triệu đồng/người/năm.

Năm 2025, HTX đặt mục tiêu phát triển đàn bò lên 2.200 con, sản lượng sữa đạt 6.000 tấn.

Liên hệ: HTX Dịch vụ nông nghiệp và chăn nuôi bò sữa Tản Lĩnh, thôn Bơn, xã Tản Lĩnh, huyện Ba Vì; điện thoại 024.3388.1259.

Nguyễn Thị Hà - Văn phòng - Thống kê xã
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9H = P("9 tháng", "2024-01-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 4.100 tấn", "4.100", 4100, "measure", "tấn", "sữa tươi HTX bò sữa Tản Lĩnh thu mua", M9H, approx="over"),
    F("có 146 thành viên", "146", 146, "count", "thành viên", "thành viên Hợp tác xã chăn nuôi bò sữa Tản Lĩnh"),
    F("tổng đàn 1.920 con", "1.920", 1920, "count", "con", "tổng đàn bò sữa của hợp tác xã"),
    F("có 1.050 con", "1.050", 1050, "count", "con", "bò đang cho sữa", total=1920),
    F("doanh nghiệp 4.126 tấn", "4.126", 4126, "measure", "tấn", "sữa tươi HTX thu mua và cung ứng cho doanh nghiệp", M9,
      change=CH("increase", 7.5, "%", "cùng kỳ")),
    F("đạt 58,6 tỷ đồng", "58,6", 58.6e9, "money", "đồng", "doanh thu của HTX", M9),
    F("khoảng 15 tấn/ngày", "15", 15, "measure", "tấn/ngày", "sản lượng sữa thu gom bình quân", approx="about"),
    F("mức 14.200 đồng/kg", "14.200", 14200, "money", "đồng/kg", "giá thu mua sữa đạt chuẩn tại HTX",
      change=CH("increase", 300, "đồng/kg", "đầu năm")),
    F("từ 500 đến 800 đồng/kg", "500", 500, "money", "đồng/kg", "tiền thưởng thêm cho sữa đạt chất lượng cao",
      value_max=800),
    F("có 312 hộ", "312", 312, "count", "hộ", "hộ chăn nuôi bò sữa toàn xã", percent=28.4),
    F("tổng đàn 2.460 con", "2.460", 2460, "count", "con", "tổng đàn bò sữa toàn xã"),
    F("từ 20 con trở lên", "20", 20, "count", "con", "quy mô nuôi của hộ", approx="at_least", optional=True),
    F("đạt 250 - 300 triệu", "250", 250e6, "money", "đồng/hộ/năm", "thu nhập bình quân của hộ nuôi bò sữa",
      value_max=300e6),
    F("đạt 62,5 triệu", "62,5", 62.5e6, "money", "đồng/người/năm", "thu nhập bình quân đầu người của xã", Y23),
    F("lên 2.200 con", "2.200", 2200, "count", "con", "đàn bò của HTX", Y25, status="target"),
    F("đạt 6.000 tấn", "6.000", 6000, "measure", "tấn", "sản lượng sữa của HTX", Y25, status="target"),
]

COMMENTS = [
    "Commune portal (xã Tản Lĩnh, huyện Ba Vì, Hà Nội): HTX bò sữa, 9 tháng năm 2024; dateline 'Thứ Năm, 10/10/2024 - 09:15', byline at the end.",
    "Location: the district Ba Vì (the spec names province, city or district; the commune lies in Ba Vì).",
    "Headline '9 tháng' has no year: it takes 2024 from the dateline (nothing earlier). 'năm 2015' (founding year), 'thôn Bơn',",
    "phone '024.3388.1259' are distractors; 'từ 20 con trở lên' is a threshold (optional).",
    "'cao hơn 300 đồng/kg so với đầu năm' is the change of 14.200 đồng/kg; 'HTX đặt mục tiêu' makes the 2025 figures targets.",
]

emit("p625-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Ba Vì")
