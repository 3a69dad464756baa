"""p573-4: ministry site (Bộ TN&MT), national certificates, land database, land-use fees, disputes, 2023."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Đất đai
Cả nước đã cấp giấy chứng nhận đạt 97,4% diện tích cần cấp
Ngày đăng: 05/03/2024 | Lượt xem: 2.906

Tại Hội nghị tổng kết công tác năm 2023 của ngành quản lý đất đai tổ chức ngày 4/3 tại Hà Nội, Cục Đăng ký và Dữ liệu thông tin đất đai cho biết, tính đến hết năm 2023, cả nước đã cấp hơn 97,5 triệu giấy chứng nhận với tổng diện tích 24,8 triệu ha, đạt 97,4% diện tích cần cấp. Trong đó, đất ở đô thị đạt 97,6%; đất ở nông thôn đạt 96,8%; đất chuyên dùng đạt 87,5%; đất lâm nghiệp đạt 98,1%.

Về xây dựng cơ sở dữ liệu đất đai, đã có 28 tỉnh, thành phố hoàn thành và đưa vào vận hành tại 100% đơn vị hành chính cấp huyện, gồm Vĩnh Long, Đồng Tháp, Bình Dương, Bắc Ninh…; khoảng 55 triệu thửa đất đã được đưa vào cơ sở dữ liệu, chiếm 62% tổng số thửa. Năm 2023, hệ thống đã phục vụ hơn 4,2 triệu lượt khai thác, tra cứu thông tin đất đai.

Năm 2023, thu tiền sử dụng đất cả nước đạt 160.850 tỷ đồng, giảm 36,7% so với năm 2022, chiếm khoảng 9,3% tổng thu ngân sách nhà nước. Các địa phương có số thu lớn là Hà Nội (32.415 tỷ đồng), TP Hồ Chí Minh (17.806 tỷ đồng) và Bình Dương (8.120 tỷ đồng).

Trong năm 2023, các địa phương đã giải quyết 19.356 vụ tranh chấp đất đai, đạt 88,2% tổng số vụ phải giải quyết.

Năm 2024, cùng với việc triển khai Luật Đất đai số 31/2024/QH15, Bộ đặt mục tiêu đến năm 2025 có 100% tỉnh, thành phố hoàn thành cơ sở dữ liệu đất đai, kết nối với hệ thống thông tin đất đai quốc gia; tỷ lệ hồ sơ đăng ký đất đai nộp trực tuyến đạt từ 30 đến 40%.

Địa chỉ: số 10 Tôn Thất Thuyết, quận Cầu Giấy, Hà Nội. Điện thoại: 024.3795.6868.
"""

ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("giấy chứng nhận đạt 97,4%", "97,4", 97.4, "percent", "%", "diện tích cần cấp đã được cấp giấy chứng nhận"),
    F("hơn 97,5 triệu giấy chứng nhận", "97,5", 97.5e6, "count", "giấy chứng nhận", "giấy chứng nhận đã cấp", ASOF,
      approx="over"),
    F("tổng diện tích 24,8 triệu ha", "24,8", 24.8e6, "measure", "ha", "tổng diện tích cấp giấy chứng nhận", ASOF,
      percent=97.4),
    F("đô thị đạt 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ cấp giấy chứng nhận đất ở đô thị", INH(ASOF)),
    F("nông thôn đạt 96,8%", "96,8", 96.8, "percent", "%", "tỷ lệ cấp giấy chứng nhận đất ở nông thôn", INH(ASOF)),
    F("chuyên dùng đạt 87,5%", "87,5", 87.5, "percent", "%", "tỷ lệ cấp giấy chứng nhận đất chuyên dùng", INH(ASOF)),
    F("lâm nghiệp đạt 98,1%", "98,1", 98.1, "percent", "%", "tỷ lệ cấp giấy chứng nhận đất lâm nghiệp", INH(ASOF)),
    F("có 28 tỉnh, thành phố", "28", 28, "count", "tỉnh, thành phố",
      "tỉnh, thành phố hoàn thành cơ sở dữ liệu đất đai và đưa vào vận hành"),
    F("tại 100% đơn vị", "100", 100, "percent", "%", "đơn vị hành chính cấp huyện vận hành cơ sở dữ liệu đất đai",
      optional=True),
    F("khoảng 55 triệu thửa đất", "55", 55e6, "count", "thửa đất", "thửa đất đã được đưa vào cơ sở dữ liệu",
      approx="about", percent=62),
    F("hơn 4,2 triệu lượt", "4,2", 4.2e6, "count", "lượt khai thác", "lượt khai thác, tra cứu thông tin đất đai", Y23,
      approx="over"),
    F("đạt 160.850 tỷ đồng", "160.850", 160850e9, "money", "đồng", "thu tiền sử dụng đất", Y23,
      percent=9.3, change=CH("decrease", 36.7, "%", "năm 2022")),
    F("(32.415 tỷ đồng)", "32.415", 32415e9, "money", "đồng", "thu tiền sử dụng đất", INH(Y23), location="Hà Nội"),
    F("(17.806 tỷ đồng)", "17.806", 17806e9, "money", "đồng", "thu tiền sử dụng đất", INH(Y23),
      location="TP Hồ Chí Minh"),
    F("(8.120 tỷ đồng)", "8.120", 8120e9, "money", "đồng", "thu tiền sử dụng đất", INH(Y23), location="Bình Dương"),
    F("giải quyết 19.356 vụ", "19.356", 19356, "count", "vụ tranh chấp", "vụ tranh chấp đất đai đã giải quyết",
      P("Trong năm 2023", "2023-01-01", "2023-12-31"), percent=88.2),
    F("2025 có 100% tỉnh", "100", 100, "percent", "%", "tỉnh, thành phố hoàn thành cơ sở dữ liệu đất đai", T25,
      status="target"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "tỷ lệ hồ sơ đăng ký đất đai nộp trực tuyến", T25,
      value_max=40, status="target"),
]

COMMENTS = [
    "p573-4 — Bộ Tài nguyên và Môi trường (ministry site): cấp GCN cả nước, CSDL đất đai, thu tiền sử dụng đất, tranh chấp, năm 2023 (invented).",
    "Published from 'Ngày đăng: 05/03/2024'. National figures -> Việt Nam; the 28 provinces' list (Vĩnh Long, …) does not make the count provincial;",
    "the three bracketed provinces of land-use fee are locations of their items. Headline 97,4% has no period in its sentence.",
    "'đạt 97,4% diện tích cần cấp' after 24,8 triệu ha is its share; 'chiếm khoảng 9,3%' is the share of 160.850 tỷ (besides the change).",
    "'tại 100% đơn vị hành chính cấp huyện' qualifies which provinces count as done (a condition, like a threshold): optional.",
    "Land-type rates after 'Trong đó' are percents, not parts (no total). Distractors: 'ngày 4/3', Luật số 31/2024/QH15, address, phone, Lượt xem.",
]

if __name__ == "__main__":
    emit("p573-4", TEXT, COMMENTS, FIGS, published="2024-03-05", location="Việt Nam")
