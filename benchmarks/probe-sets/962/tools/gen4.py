"""p962-4: Ban Tôn giáo Chính phủ (central agency) site, national year-end review 2023."""
from lib import F, P, I, change, write

TEXT = """BAN TÔN GIÁO CHÍNH PHỦ - BỘ NỘI VỤ
Trang chủ » Tin tức » Hoạt động của Ban

Tổng kết công tác tôn giáo năm 2023: cả nước có hơn 27,7 triệu tín đồ

Ngày đăng: 16/01/2024 | Lượt xem: 2.318

Ngày 15/1, tại Hà Nội, Ban Tôn giáo Chính phủ tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024, kết nối trực tuyến với các tỉnh, thành phố.

Theo báo cáo, tính đến ngày 31/12/2023, Nhà nước đã công nhận và cấp đăng ký hoạt động cho 43 tổ chức thuộc 16 tôn giáo, tăng 1 tổ chức so với năm 2022. Cả nước có hơn 27,7 triệu tín đồ, chiếm khoảng 27% dân số; 55.200 chức sắc, 147.800 chức việc, sinh hoạt tại khoảng 29.850 cơ sở tôn giáo.

Các tôn giáo có số tín đồ đông nhất lần lượt là Phật giáo (14,1 triệu), Công giáo (7,2 triệu), Tin Lành (1,5 triệu), Phật giáo Hòa Hảo (1,3 triệu) và Cao Đài (1,1 triệu). Các địa phương có đông tín đồ nhất là TP Hồ Chí Minh (hơn 2,9 triệu người), Đồng Nai (1,9 triệu người) và An Giang (1,4 triệu người).

Năm 2023, các bộ, ngành, địa phương đã giải quyết 2.846 hồ sơ của các tổ chức tôn giáo, tăng 9,3% so với năm 2022; chấp thuận cho 1.275 cơ sở tôn giáo được sửa chữa, cải tạo, xây dựng mới. Tỷ lệ cơ sở tôn giáo được cấp giấy chứng nhận quyền sử dụng đất đạt 78,4%, cao hơn 3,1 điểm phần trăm so với năm 2022. Số vụ việc phức tạp liên quan đến đất cơ sở tôn giáo còn 112 vụ, giảm gần 20% so với năm 2022.

Năm 2024, Ban đặt mục tiêu 100% hồ sơ của tổ chức tôn giáo được giải quyết đúng hạn theo Nghị định số 95/2023/NĐ-CP, nâng tỷ lệ cơ sở tôn giáo được cấp giấy chứng nhận quyền sử dụng đất lên 85%; dự kiến tổ chức 6 hội nghị tập huấn cho khoảng 1.200 cán bộ làm công tác tôn giáo.
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOTES = [
    "Ban Tôn giáo Chính phủ (Bộ Nội vụ): national year-end review 2023. Location Việt Nam except the three provinces in the list.",
    "Distractors: 'Ngày đăng: 16/01/2024', 'Lượt xem: 2.318', 'Ngày 15/1', 'Nghị định số 95/2023/NĐ-CP'.",
    "The religion ranking 'lần lượt là Phật giáo (14,1 triệu), ...' shares the indicator 'tín đồ'; the religion goes into the subject,",
    "the figures keep the end-2023 stock period (inherited). The provinces list gives locations. Ranking lists do not add up: no totals.",
    "'đạt 78,4%, cao hơn 3,1 điểm phần trăm so với năm 2022' is a level with a change; '112 vụ, giảm gần 20%' a count with a change.",
    "Headline period 'năm 2023' stands in the headline sentence with the figure.",
]
VN = "Việt Nam"
FIGS = [
    F("cả nước có hơn 27,7 triệu tín đồ", "27,7", 27.7e6, "count", "tín đồ", approx="over",
      subject="tín đồ các tôn giáo", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("cho 43 tổ chức", "43", 43, "count", "tổ chức", change=change("increase", 1, "tổ chức", "năm 2022"),
      subject="tổ chức tôn giáo được công nhận và cấp đăng ký hoạt động", period=ASOF),
    F("thuộc 16 tôn giáo", "16", 16, "count", "tôn giáo", subject="tôn giáo được công nhận", period=ASOF),
    F("Cả nước có hơn 27,7 triệu tín đồ", "27,7", 27.7e6, "count", "tín đồ", approx="over", percent=27,
      subject="tín đồ các tôn giáo", period=I(ASOF)),
    F("55.200 chức sắc", "55.200", 55200, "count", "chức sắc", subject="chức sắc", period=I(ASOF)),
    F("147.800 chức việc", "147.800", 147800, "count", "chức việc", subject="chức việc", period=I(ASOF)),
    F("khoảng 29.850 cơ sở tôn giáo", "29.850", 29850, "count", "cơ sở tôn giáo", approx="about",
      subject="cơ sở tôn giáo", period=I(ASOF)),
    F("Phật giáo (14,1 triệu)", "14,1", 14.1e6, "count", "tín đồ", subject="tín đồ Phật giáo", period=I(ASOF)),
    F("Công giáo (7,2 triệu)", "7,2", 7.2e6, "count", "tín đồ", subject="tín đồ Công giáo", period=I(ASOF)),
    F("Tin Lành (1,5 triệu)", "1,5", 1.5e6, "count", "tín đồ", subject="tín đồ Tin Lành", period=I(ASOF)),
    F("Hòa Hảo (1,3 triệu)", "1,3", 1.3e6, "count", "tín đồ", subject="tín đồ Phật giáo Hòa Hảo", period=I(ASOF)),
    F("Cao Đài (1,1 triệu)", "1,1", 1.1e6, "count", "tín đồ", subject="tín đồ Cao Đài", period=I(ASOF)),
    F("hơn 2,9 triệu người", "2,9", 2.9e6, "count", "người", approx="over", subject="tín đồ",
      location="TP Hồ Chí Minh", period=I(ASOF)),
    F("Đồng Nai (1,9 triệu người)", "1,9", 1.9e6, "count", "người", subject="tín đồ",
      location="Đồng Nai", period=I(ASOF)),
    F("An Giang (1,4 triệu người)", "1,4", 1.4e6, "count", "người", subject="tín đồ",
      location="An Giang", period=I(ASOF)),
    F("giải quyết 2.846 hồ sơ", "2.846", 2846, "count", "hồ sơ",
      change=change("increase", 9.3, "%", "năm 2022"),
      subject="hồ sơ của các tổ chức tôn giáo được giải quyết", period=Y23),
    F("cho 1.275 cơ sở tôn giáo", "1.275", 1275, "count", "cơ sở tôn giáo",
      subject="cơ sở tôn giáo được chấp thuận sửa chữa, cải tạo, xây dựng mới", period=Y23),
    F("đạt 78,4%", "78,4", 78.4, "percent", "%",
      change=change("increase", 3.1, "điểm phần trăm", "năm 2022"),
      subject="tỷ lệ cơ sở tôn giáo được cấp giấy chứng nhận quyền sử dụng đất", period=I(Y23)),
    F("còn 112 vụ", "112", 112, "count", "vụ", change=change("decrease", 20, "%", "năm 2022", approx="nearly"),
      subject="vụ việc phức tạp liên quan đến đất cơ sở tôn giáo", period=I(Y23)),
    F("mục tiêu 100% hồ sơ", "100", 100, "percent", "%", status="target",
      subject="hồ sơ của tổ chức tôn giáo được giải quyết đúng hạn", period=Y24),
    F("lên 85%", "85", 85, "percent", "%", status="target",
      subject="tỷ lệ cơ sở tôn giáo được cấp giấy chứng nhận quyền sử dụng đất", period=Y24),
    F("tổ chức 6 hội nghị", "6", 6, "count", "hội nghị", status="forecast",
      subject="hội nghị tập huấn", period=Y24),
    F("khoảng 1.200 cán bộ", "1.200", 1200, "count", "cán bộ", approx="about", status="forecast",
      subject="cán bộ làm công tác tôn giáo được tập huấn", period=Y24),
]

write("p962-4", TEXT, NOTES, FIGS, published="2024-01-16", location=VN)
