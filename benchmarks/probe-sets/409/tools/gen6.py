from lib import F, P, C, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động

Ngành chăn nuôi năm 2024 tăng trưởng khoảng 5%

Ngày 8/1/2025, tại Hà Nội, Cục Chăn nuôi tổ chức Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.

Theo báo cáo, giá trị sản xuất ngành chăn nuôi năm 2024 ước tăng 5,1% so với năm 2023. Tổng đàn lợn ước đạt 31,2 triệu con, tăng 3,5%; đàn gia cầm khoảng 583 triệu con, tăng 2,9%. Sản lượng thịt hơi các loại ước đạt 7,89 triệu tấn, trong đó thịt lợn 5,2 triệu tấn, chiếm 65,9%; thịt gia cầm 2,3 triệu tấn. Sản lượng trứng đạt 20,6 tỷ quả, sữa tươi 1,3 triệu tấn.

Cả nước hiện có khoảng 2.800 cơ sở và 37 vùng chăn nuôi được chứng nhận an toàn dịch bệnh. Xuất khẩu sản phẩm chăn nuôi năm 2024 đạt 520 triệu USD, tăng 15,6% so với năm trước; trong khi nhập khẩu đạt 4,1 tỷ USD.

Các địa phương dẫn đầu về tổng đàn lợn gồm Đồng Nai (2,67 triệu con), Bình Phước (1,78 triệu con), Hà Nội (1,35 triệu con) và Bình Dương (1,21 triệu con). Bốn tỉnh, thành phố này chiếm gần 23% tổng đàn lợn cả nước.

Năm 2025, ngành phấn đấu giá trị sản xuất chăn nuôi tăng 4-4,5%; tỷ lệ thịt gia súc, gia cầm được giết mổ tập trung đạt 40%. Về dịch bệnh, năm 2024 cả nước xảy ra 1.186 ổ dịch tả lợn châu Phi, giảm 5,8% so với năm 2023; cúm gia cầm A/H5N1 xuất hiện tại 12 tỉnh. Thứ trưởng Phùng Đức Tiến đề nghị các địa phương chủ động nguồn vắc xin, tăng cường giám sát, không để dịch bệnh lây lan diện rộng.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 5%", "5", 5, "percent", "%", "tăng trưởng ngành chăn nuôi", Y24, approx="about"),
    F("ước tăng 5,1%", "5,1", 5.1, "percent", "%", "giá trị sản xuất ngành chăn nuôi", Y24, status="estimate"),
    F("ước đạt 31,2 triệu con", "31,2", 31200000, "count", "con", "tổng đàn lợn", Y24i, status="estimate",
      change=C("increase", 3.5, "%")),
    F("khoảng 583 triệu con", "583", 583000000, "count", "con", "đàn gia cầm", Y24i, approx="about",
      status="estimate", change=C("increase", 2.9, "%")),
    F("ước đạt 7,89 triệu tấn", "7,89", 7890000, "measure", "tấn", "sản lượng thịt hơi các loại", Y24i,
      status="estimate"),
    F("thịt lợn 5,2 triệu tấn", "5,2", 5200000, "measure", "tấn", "thịt lợn", Y24i, status="estimate",
      total=7890000, percent=65.9),
    F("gia cầm 2,3 triệu tấn", "2,3", 2300000, "measure", "tấn", "thịt gia cầm", Y24i, status="estimate",
      total=7890000),
    F("đạt 20,6 tỷ quả", "20,6", 20600000000, "count", "quả", "sản lượng trứng", Y24i),
    F("sữa tươi 1,3 triệu tấn", "1,3", 1300000, "measure", "tấn", "sữa tươi", Y24i),
    F("khoảng 2.800 cơ sở", "2.800", 2800, "count", "cơ sở", "cơ sở được chứng nhận an toàn dịch bệnh",
      approx="about"),
    F("37 vùng", "37", 37, "count", "vùng", "vùng chăn nuôi được chứng nhận an toàn dịch bệnh"),
    F("đạt 520 triệu USD", "520", 520000000, "money", "USD", "xuất khẩu sản phẩm chăn nuôi", Y24,
      change=C("increase", 15.6, "%", "năm trước")),
    F("đạt 4,1 tỷ USD", "4,1", 4100000000, "money", "USD", "nhập khẩu sản phẩm chăn nuôi", Y24),
    F("Đồng Nai (2,67 triệu con)", "2,67", 2670000, "count", "con", "tổng đàn lợn", Y24i, location="Đồng Nai"),
    F("Bình Phước (1,78 triệu con)", "1,78", 1780000, "count", "con", "tổng đàn lợn", Y24i, location="Bình Phước"),
    F("Hà Nội (1,35 triệu con)", "1,35", 1350000, "count", "con", "tổng đàn lợn", Y24i, location="Hà Nội"),
    F("Bình Dương (1,21 triệu con)", "1,21", 1210000, "count", "con", "tổng đàn lợn", Y24i, location="Bình Dương"),
    F("Bốn tỉnh", "Bốn", 4, "count", "tỉnh, thành phố", "tỉnh, thành phố dẫn đầu về tổng đàn lợn", optional=True),
    F("gần 23%", "23", 23, "percent", "%", "tỷ trọng tổng đàn lợn cả nước của bốn tỉnh, thành phố", Y24i,
      approx="nearly"),
    F("tăng 4-4,5%", "4", 4, "percent", "%", "tăng giá trị sản xuất chăn nuôi", Y25, value_max=4.5, status="target"),
    F("đạt 40%", "40", 40, "percent", "%", "tỷ lệ thịt gia súc, gia cầm được giết mổ tập trung", Y25, status="target"),
    F("xảy ra 1.186 ổ dịch", "1.186", 1186, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", Y24,
      change=C("decrease", 5.8, "%", "năm 2023")),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh có cúm gia cầm A/H5N1", Y24),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, Cục Chăn nuôi): 2024 review of the livestock sector — growth, herds, meat, eggs, certified farms, trade, provinces, 2025 plan.",
    "No dateline: 'Ngày 8/1/2025' is the conference date inside the text, not a page date, so published is left unset. Location Việt Nam (national totals).",
    "Distractors: 'Ngày 8/1/2025', 'tại Hà Nội' (venue), 'A/H5N1', a vice-minister's name. 'Bốn tỉnh, thành phố' (list head) is optional.",
    "'ước tăng 5,1%' is a growth rate that is the claim (percent, estimate). Herd changes 'tăng 3,5%' have no baseline; the estimate cue ('ước đạt')",
    "continues to the next clause after ';' (583 triệu con). '5,2 triệu tấn, chiếm 65,9%' after 'trong đó': total 7,89 triệu tấn, percent 65,9.",
    "Province list: places to location, subject 'tổng đàn lợn'. 'gần 23%' is the four provinces' share of the national herd (location Việt Nam).",
    "'Năm 2025, ngành phấn đấu … tăng 4-4,5%; … đạt 40%' → targets, range 4–4,5. '1.186 ổ dịch … giảm 5,8% so với năm 2023' → change.",
]

emit("p409-6", TEXT, COMMENTS, FIGS, published=None, location="Việt Nam")
