"""p784-4: Bộ Tài chính portal — thuế từ kinh doanh vận tải ứng dụng công nghệ 7 tháng năm 2024 (national)."""
from lib import F, P, I, CH, emit

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Thuế - Hải quan
Ngày đăng: 22/08/2024 | Lượt xem: 1.208

Thu ngân sách từ vận tải công nghệ 7 tháng đạt hơn 1.254 tỷ đồng

Theo Tổng cục Thuế, 7 tháng đầu năm 2024, số thuế nộp ngân sách nhà nước từ hoạt động kinh doanh vận tải ứng dụng công nghệ đạt 1.254,7 tỷ đồng, tăng 21,6% so với cùng kỳ năm 2023. Trong đó, thuế giá trị gia tăng 812,3 tỷ đồng; thuế thu nhập cá nhân khấu trừ thay cho tài xế 442,4 tỷ đồng.

Hiện có 6 doanh nghiệp cung cấp nền tảng gọi xe trực tiếp kê khai, nộp thuế, trong đó có 2 doanh nghiệp nước ngoài đăng ký qua Cổng thông tin điện tử dành cho nhà cung cấp nước ngoài.

Các địa phương có số thu lớn nhất là TP Hồ Chí Minh, Hà Nội và Đà Nẵng, với số thu lần lượt là 586,2 tỷ đồng, 402,8 tỷ đồng và 61,5 tỷ đồng.

Theo Thông tư số 40/2021/TT-BTC, tài xế có doanh thu trên 100 triệu đồng/năm được nền tảng khấu trừ thuế với tỷ lệ 3% thuế giá trị gia tăng và 1,5% thuế thu nhập cá nhân trên doanh thu.

Theo Bộ Giao thông vận tải, cả nước hiện có khoảng 1,2 triệu tài khoản tài xế hoạt động trên các nền tảng; 63/63 tỉnh, thành phố đã cấp phù hiệu cho xe ô tô kinh doanh vận tải theo hợp đồng điện tử.

Năm 2024, Tổng cục Thuế phấn đấu thu từ lĩnh vực này đạt 2.200 tỷ đồng; sau 7 tháng đã đạt 57% mục tiêu.

Tổng cục Thuế - 123 Lò Đúc, quận Hai Bà Trưng, Hà Nội. Điện thoại: 024.3971.2555
"""

M7h = P("7 tháng", "2024-01-01", "2024-07-31")
M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7b = P("sau 7 tháng", "2024-01-01", "2024-07-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 1.254 tỷ đồng", "1.254", 1254000000000, "money", "đồng", "thu ngân sách từ vận tải công nghệ", M7h,
      approx="over"),
    F("đạt 1.254,7 tỷ đồng", "1.254,7", 1254700000000, "money", "đồng",
      "số thuế nộp ngân sách nhà nước từ hoạt động kinh doanh vận tải ứng dụng công nghệ", M7,
      change=CH("increase", 21.6, baseline="cùng kỳ năm 2023")),
    F("gia tăng 812,3 tỷ đồng", "812,3", 812300000000, "money", "đồng", "thuế giá trị gia tăng", I(M7),
      total=1254700000000),
    F("tài xế 442,4 tỷ đồng", "442,4", 442400000000, "money", "đồng",
      "thuế thu nhập cá nhân khấu trừ thay cho tài xế", I(M7), total=1254700000000),
    F("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
      "doanh nghiệp cung cấp nền tảng gọi xe trực tiếp kê khai, nộp thuế"),
    F("có 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp nước ngoài đăng ký qua Cổng thông tin điện tử",
      total=6),
    F("là 586,2 tỷ đồng", "586,2", 586200000000, "money", "đồng", "số thu", I(M7), location="TP Hồ Chí Minh"),
    F("402,8 tỷ đồng", "402,8", 402800000000, "money", "đồng", "số thu", I(M7), location="Hà Nội"),
    F("61,5 tỷ đồng", "61,5", 61500000000, "money", "đồng", "số thu", I(M7), location="Đà Nẵng"),
    F("trên 100 triệu đồng/năm", "100", 100000000, "money", "đồng/năm", approx="over", optional=True),
    F("tỷ lệ 3%", "3", 3, "percent", "%", "tỷ lệ khấu trừ thuế giá trị gia tăng trên doanh thu", optional=True),
    F("và 1,5%", "1,5", 1.5, "percent", "%", "tỷ lệ khấu trừ thuế thu nhập cá nhân trên doanh thu", optional=True),
    F("khoảng 1,2 triệu", "1,2", 1200000, "count", "tài khoản", "tài khoản tài xế hoạt động trên các nền tảng",
      approx="about"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã cấp phù hiệu cho xe ô tô kinh doanh vận tải theo hợp đồng điện tử", total=63),
    F("đạt 2.200 tỷ đồng", "2.200", 2200000000000, "money", "đồng", "thu từ lĩnh vực vận tải công nghệ", Y24,
      status="target"),
    F("đạt 57%", "57", 57, "percent", "%", "tỷ lệ thu so với mục tiêu", M7b),
]

COMMENTS = [
    "Cổng TTĐT Bộ Tài chính: thuế từ kinh doanh vận tải ứng dụng công nghệ 7 tháng đầu năm 2024 (Tổng cục Thuế); national figures.",
    "\"Ngày đăng: 22/08/2024\" is the dateline; \"Lượt xem: 1.208\", Thông tư số 40/2021/TT-BTC, 123 Lò Đúc, phone are not figures.",
    "Headline \"7 tháng\" takes 2024 (dateline). \"lần lượt\" list: each amount takes its city as location, subject \"số thu\".",
    "The tax threshold (trên 100 triệu đồng/năm) and the statutory withholding rates 3% / 1,5% are rules, not statistics: optional.",
    "\"sau 7 tháng đã đạt 57% mục tiêu\" has no base amount in its clause: a percent figure of its own (not the percent of 2.200 tỷ, a target).",
]

if __name__ == "__main__":
    emit("p784-4", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Việt Nam")
