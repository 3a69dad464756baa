"""p498-4: ministry site (Bộ NN&PTNT) — reservoir storage, upstream flow, saline outlook, April 2024."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin hoạt động | Thủy lợi
Ngày đăng: 18/04/2024 | Lượt xem: 2.406

Hồ chứa thủy lợi Nam Trung Bộ chỉ còn 30-55% dung tích

Theo Cục Thủy lợi, tính đến ngày 15/4/2024, dung tích trữ của các hồ chứa thủy lợi khu vực Bắc Bộ đạt 58-72% dung tích thiết kế, Bắc Trung Bộ 45-65%, Nam Trung Bộ 30-55%, Tây Nguyên 32-60%. Nhìn chung, dung tích trữ thấp hơn cùng kỳ năm 2023 từ 5 đến 15%.

Cả nước hiện có 6.750 hồ chứa thủy lợi, trong đó 1.213 hồ có dung tích dưới 50% thiết kế, tập trung ở Ninh Thuận (68 hồ), Bình Thuận (45 hồ), Đắk Lắk (112 hồ). Riêng tỉnh Ninh Thuận, 21/23 hồ chứa lớn có dung tích dưới 20%, nhiều hồ đã về mực nước chết.

Tổng lượng dòng chảy từ thượng nguồn sông Mê Công về Đồng bằng sông Cửu Long trong quý I/2024 thiếu hụt khoảng 12% so với trung bình nhiều năm. Dự báo trong tháng 5/2024, mực nước tại Châu Đốc dao động ở mức 0,9-1,4 m; xâm nhập mặn có khả năng ảnh hưởng đến khoảng 42.000 ha lúa, tương đương 3,5% diện tích gieo trồng vụ Đông Xuân.

Bộ NN&PTNT đề nghị các địa phương rà soát kế hoạch sản xuất, chủ động tích trữ nước, phấn đấu đến năm 2025 bảo đảm nước tưới cho 95% diện tích lúa vùng ven biển. Ngân sách Trung ương đã hỗ trợ 340 tỷ đồng cho 12 tỉnh để ứng phó hạn, mặn, trong đó 5 tỉnh Đồng bằng sông Cửu Long được phân bổ 185 tỷ đồng.

Địa chỉ: số 2 Ngọc Hà, quận Ba Đình, Hà Nội. Điện thoại: 024.3846.8161.
"""

ASOF = P("tính đến ngày 15/4/2024", None, "2024-04-15")
SUBJ = "dung tích trữ của các hồ chứa thủy lợi khu vực "

FIGS = [
    F("chỉ còn 30-55%", "30", 30, "percent", "%", SUBJ + "Nam Trung Bộ", I(ASOF), value_max=55),
    F("đạt 58-72%", "58", 58, "percent", "%", SUBJ + "Bắc Bộ", ASOF, value_max=72),
    F("Bắc Trung Bộ 45-65%", "45", 45, "percent", "%", SUBJ + "Bắc Trung Bộ", ASOF, value_max=65),
    F("Nam Trung Bộ 30-55%,", "30", 30, "percent", "%", SUBJ + "Nam Trung Bộ", ASOF, value_max=55),
    F("Tây Nguyên 32-60%", "32", 32, "percent", "%", SUBJ + "Tây Nguyên", ASOF, value_max=60),
    F("từ 5 đến 15%", "5", 5, "percent", "%", "dung tích trữ thấp hơn cùng kỳ năm 2023", I(ASOF), value_max=15),
    F("có 6.750 hồ", "6.750", 6750, "count", "hồ chứa thủy lợi", "hồ chứa thủy lợi"),
    F("1.213 hồ", "1.213", 1213, "count", "hồ", "hồ có dung tích dưới 50% thiết kế", total=6750),
    F("dưới 50% thiết kế", "50", 50, "percent", "%", "dung tích thiết kế", approx="under", optional=True),
    F("(68 hồ)", "68", 68, "count", "hồ", "hồ có dung tích dưới 50% thiết kế", location="Ninh Thuận"),
    F("(45 hồ)", "45", 45, "count", "hồ", "hồ có dung tích dưới 50% thiết kế", location="Bình Thuận"),
    F("(112 hồ)", "112", 112, "count", "hồ", "hồ có dung tích dưới 50% thiết kế", location="Đắk Lắk"),
    F("21/23 hồ", "21", 21, "count", "hồ chứa lớn", "hồ chứa lớn có dung tích dưới 20%", total=23, location="Ninh Thuận"),
    F("dưới 20%", "20", 20, "percent", "%", "dung tích", approx="under", optional=True),
    F("khoảng 12%", "12", 12, "percent", "%",
      "tổng lượng dòng chảy từ thượng nguồn sông Mê Công về Đồng bằng sông Cửu Long thiếu hụt so với trung bình nhiều năm",
      P("quý I/2024", "2024-01-01", "2024-03-31"), approx="about"),
    F("mức 0,9-1,4 m", "0,9", 0.9, "measure", "m", "mực nước",
      P("tháng 5/2024", "2024-05-01", "2024-05-31"), value_max=1.4, status="forecast", location="Châu Đốc"),
    F("khoảng 42.000 ha", "42.000", 42000, "measure", "ha", "diện tích lúa có khả năng bị ảnh hưởng do xâm nhập mặn",
      P("tháng 5/2024", "2024-05-01", "2024-05-31"), approx="about", percent=3.5, status="forecast"),
    F("cho 95%", "95", 95, "percent", "%", "diện tích lúa vùng ven biển được bảo đảm nước tưới",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("hỗ trợ 340 tỷ đồng", "340", 340_000_000_000, "money", "đồng", "ngân sách Trung ương hỗ trợ ứng phó hạn, mặn"),
    F("cho 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh được hỗ trợ ứng phó hạn, mặn"),
    F("5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh Đồng bằng sông Cửu Long được phân bổ", total=12),
    F("phân bổ 185 tỷ đồng", "185", 185_000_000_000, "money", "đồng", "kinh phí phân bổ cho 5 tỉnh Đồng bằng sông Cửu Long",
      total=340_000_000_000),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): reservoir storage by region as of 15/4/2024, upstream Mekong flow in Q1, May 2024 outlook, support funds.",
    "'Ngày đăng: 18/04/2024' (published), 'Lượt xem: 2.406', address 'số 2 Ngọc Hà', phone: not figures.",
    "National article: default location Việt Nam. Regions (Bắc Bộ, Tây Nguyên, Đồng bằng sông Cửu Long) are not provinces: they stay in the",
    "subject and the location stays Việt Nam; provinces in the bracketed list and Châu Đốc are locations.",
    "Storage shares are percents of design capacity (ranges → value_max). 'thấp hơn cùng kỳ … từ 5 đến 15%' in its own sentence is a claim.",
    "Thresholds 'dưới 50% thiết kế', 'dưới 20%' are optional. The bracketed province list neither adds up to 1.213 nor follows a cue: no total.",
    "'tương đương 3,5% diện tích' is the share (percent) of the 42.000 ha forecast; 'trong đó 5 tỉnh … 185 tỷ đồng' parts of 12 tỉnh / 340 tỷ.",
]

if __name__ == "__main__":
    emit("p498-4", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Việt Nam")
