"""p1085-2: Krông Pắc district portal (Đắk Lắk), quý I/2025."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Trang chủ / Tin tức / Kinh tế - Tài nguyên

Quý I, Krông Pắc cấp 312 giấy chứng nhận lần đầu cho hộ gia đình, cá nhân

Ngày đăng: 10/04/2025

Theo Chi nhánh Văn phòng Đăng ký đất đai huyện Krông Pắc, trong quý I/2025, đơn vị đã tiếp nhận 2.486 hồ sơ đăng ký đất đai, tài sản gắn liền với đất, tăng 214 hồ sơ so với cùng kỳ năm 2024. Đã giải quyết 2.301 hồ sơ, trong đó giải quyết đúng hạn 2.262 hồ sơ, đạt 98,3%; quá hạn 39 hồ sơ. Số hồ sơ đang giải quyết chuyển sang quý II là 185 hồ sơ.

Về cấp giấy chứng nhận lần đầu, huyện đã cấp 312 giấy cho hộ gia đình, cá nhân với tổng diện tích 148,6 ha, đạt 26% kế hoạch năm. Các xã có số giấy cấp lần đầu nhiều là Ea Kly (46 giấy), Ea Phê (38 giấy) và Hòa An (31 giấy). Riêng thị trấn Phước An cấp 27 giấy cho các hộ sử dụng đất dọc Quốc lộ 26.

Theo ông Y Thim Êban, Giám đốc Chi nhánh, tỷ lệ hồ sơ nộp qua dịch vụ công trực tuyến chiếm gần 42%, cao hơn 15 điểm phần trăm so với năm 2024. Lệ phí cấp giấy chứng nhận thu được trong quý đạt 1,85 tỷ đồng.

Năm 2025, huyện đặt mục tiêu cấp 1.200 giấy chứng nhận lần đầu, chỉnh lý biến động cho khoảng 9.000 thửa đất và hoàn thành xây dựng cơ sở dữ liệu địa chính tại 16/16 xã, thị trấn.

Địa chỉ: Số 18 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk. Điện thoại: 0262.3521.156
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Y = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Krông Pắc cấp 312 giấy chứng nhận", "312", 312, "count", "giấy chứng nhận",
      "giấy chứng nhận lần đầu cấp cho hộ gia đình, cá nhân", P("Quý I", "2025-01-01", "2025-03-31")),
    F("tiếp nhận 2.486 hồ sơ", "2.486", 2486, "count", "hồ sơ",
      "hồ sơ đăng ký đất đai, tài sản gắn liền với đất tiếp nhận", Q1,
      change=C("increase", 214, "hồ sơ", "cùng kỳ năm 2024")),
    F("giải quyết 2.301 hồ sơ", "2.301", 2301, "count", "hồ sơ", "hồ sơ đã giải quyết", I(Q1)),
    F("đúng hạn 2.262 hồ sơ", "2.262", 2262, "count", "hồ sơ", "hồ sơ giải quyết đúng hạn", I(Q1),
      total=2301, percent=98.3),
    F("quá hạn 39 hồ sơ", "39", 39, "count", "hồ sơ", "hồ sơ quá hạn", I(Q1), total=2301),
    F("là 185 hồ sơ", "185", 185, "count", "hồ sơ", "hồ sơ đang giải quyết chuyển sang quý II", I(Q1)),
    F("đã cấp 312 giấy", "312", 312, "count", "giấy",
      "giấy chứng nhận lần đầu cấp cho hộ gia đình, cá nhân", I(Q1), percent=26),
    F("diện tích 148,6 ha", "148,6", 148.6, "measure", "ha", "diện tích cấp giấy chứng nhận lần đầu", I(Q1)),
    F("(46 giấy)", "46", 46, "count", "giấy", "giấy chứng nhận cấp lần đầu", I(Q1), location="Krông Pắc"),
    F("(38 giấy)", "38", 38, "count", "giấy", "giấy chứng nhận cấp lần đầu", I(Q1), location="Krông Pắc"),
    F("(31 giấy)", "31", 31, "count", "giấy", "giấy chứng nhận cấp lần đầu", I(Q1), location="Krông Pắc"),
    F("cấp 27 giấy", "27", 27, "count", "giấy", "giấy chứng nhận cấp cho các hộ sử dụng đất dọc Quốc lộ 26",
      I(Q1)),
    F("chiếm gần 42%", "42", 42, "percent", "%", "tỷ lệ hồ sơ nộp qua dịch vụ công trực tuyến", I(Q1),
      approx="nearly", change=C("increase", 15, "điểm phần trăm", "năm 2024")),
    F("đạt 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "lệ phí cấp giấy chứng nhận thu được",
      P("trong quý", "2025-01-01", "2025-03-31")),
    F("cấp 1.200 giấy chứng nhận", "1.200", 1200, "count", "giấy chứng nhận", "giấy chứng nhận lần đầu cấp",
      Y, status="target"),
    F("khoảng 9.000 thửa đất", "9.000", 9000, "count", "thửa đất", "thửa đất chỉnh lý biến động", Y,
      approx="about", status="target"),
    F("tại 16/16 xã", "16", 16, "count", "xã, thị trấn",
      "xã, thị trấn hoàn thành xây dựng cơ sở dữ liệu địa chính", Y, total=16, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Krông Pắc (Đắk Lắk): Chi nhánh VPĐKĐĐ, quý I/2025 - hồ sơ, cấp GCN lần đầu, xã, lệ phí, mục tiêu 2025.",
    "'Ngày đăng: 10/04/2025' gives published. 'Quốc lộ 26', 'Số 18 Giải Phóng', the phone, the name 'Y Thim Êban' are not figures.",
    "Commune items (Ea Kly, Ea Phê, Hòa An, thị trấn Phước An) take the district as location (FIGURES.md: province, city or district).",
    "revised: the four commune items first had the commune as location; changed to Krông Pắc (the spec's location is a province, city or district).",
    "'trong quý' in the quarterly report is quý I/2025. '42%, cao hơn 15 điểm phần trăm so với năm 2024': change of the share.",
    "'16/16 xã, thị trấn' under 'đặt mục tiêu' is a target with total 16.",
]

build("p1085-2", TEXT, COMMENTS, FIGS, published="2025-04-10", location="Krông Pắc")
