"""p693-4: Bộ Nông nghiệp và Môi trường site — national motorbike fleet and the emission-inspection roadmap (2025)."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Môi trường

Hơn 77 triệu xe mô tô, xe gắn máy: cần sớm kiểm định khí thải

Ngày đăng: 18/06/2025 | Lượt xem: 3.214

Theo số liệu của Bộ Công an, tính đến ngày 31/12/2024, cả nước có 77,3 triệu xe mô tô, xe gắn máy đăng ký, trong đó hơn 22,6 triệu xe đã sử dụng trên 15 năm. Tỷ lệ sở hữu bình quân khoảng 770 xe/1.000 dân. Hai địa phương có số xe lớn nhất là TP. Hồ Chí Minh (khoảng 7,4 triệu xe) và Hà Nội (khoảng 6,9 triệu xe).

Tại Hà Nội, khí thải giao thông đóng góp từ 50 đến 70% lượng bụi mịn PM2.5 trong không khí.

Năm 2024, Cục Kiểm soát ô nhiễm môi trường phối hợp đo thử nghiệm tại 4 thành phố. Kết quả trên 36.218 xe cho thấy tỷ lệ không đạt mức 1 là 8,4%, không đạt mức 2 là 19,7%.

Theo dự thảo Quyết định của Thủ tướng Chính phủ, từ ngày 1/7/2027, xe mô tô, xe gắn máy lưu hành tại Hà Nội và TP. Hồ Chí Minh phải đáp ứng mức 2; các địa phương còn lại áp dụng từ ngày 1/7/2028.

Hiện cả nước có 281 trạm đăng kiểm xe cơ giới, trong đó 87 trạm có thể bổ sung dây chuyền kiểm định xe máy. Để thực hiện lộ trình, dự kiến cần khoảng 1.500 cơ sở kiểm định khí thải xe máy, tổng vốn đầu tư ước tính 3.750 tỷ đồng. Phí kiểm định dự kiến không quá 60.000 đồng/xe/lần.

Thông tin liên hệ: Văn phòng Bộ, số 10 Tôn Thất Thuyết, Hà Nội; điện thoại 024.3795.6868.
"""

ASOF = P("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 77 triệu", "77", 77000000, "count", "xe mô tô, xe gắn máy", "xe mô tô, xe gắn máy", I(ASOF), approx="over"),
    F("có 77,3 triệu", "77,3", 77300000, "count", "xe mô tô, xe gắn máy", "xe mô tô, xe gắn máy đăng ký", ASOF),
    F("hơn 22,6 triệu", "22,6", 22600000, "count", "xe", "xe đã sử dụng trên 15 năm", ASOF, approx="over",
      total=77300000),
    F("trên 15 năm", "15", 15, "measure", "năm", approx="over", optional=True),
    F("khoảng 770 xe", "770", 770, "measure", "xe/1.000 dân", "tỷ lệ sở hữu xe mô tô, xe gắn máy bình quân", I(ASOF),
      approx="about"),
    F("Hai địa phương", "Hai", 2, "count", "địa phương", "địa phương có số xe lớn nhất", optional=True),
    F("(khoảng 7,4 triệu", "7,4", 7400000, "count", "xe", "số xe", I(ASOF), approx="about",
      location="TP Hồ Chí Minh"),
    F("(khoảng 6,9 triệu", "6,9", 6900000, "count", "xe", "số xe", I(ASOF), approx="about",
      location="Hà Nội"),
    F("từ 50 đến 70%", "50", 50, "percent", "%", "tỷ lệ đóng góp của khí thải giao thông vào lượng bụi mịn PM2.5",
      value_max=70, location="Hà Nội"),
    F("tại 4 thành phố", "4", 4, "count", "thành phố", "thành phố đo thử nghiệm khí thải xe máy", Y24),
    F("trên 36.218 xe", "36.218", 36218, "count", "xe", "xe được đo thử nghiệm khí thải", I(Y24)),
    F("là 8,4%", "8,4", 8.4, "percent", "%", "tỷ lệ xe không đạt mức 1", I(Y24)),
    F("là 19,7%", "19,7", 19.7, "percent", "%", "tỷ lệ xe không đạt mức 2", I(Y24)),
    F("có 281 trạm", "281", 281, "count", "trạm đăng kiểm", "trạm đăng kiểm xe cơ giới"),
    F("trong đó 87 trạm", "87", 87, "count", "trạm", "trạm đăng kiểm có thể bổ sung dây chuyền kiểm định xe máy",
      total=281),
    F("khoảng 1.500 cơ sở", "1.500", 1500, "count", "cơ sở kiểm định", "cơ sở kiểm định khí thải xe máy cần có",
      approx="about", status="forecast"),
    F("ước tính 3.750 tỷ", "3.750", 3750000000000, "money", "đồng", "tổng vốn đầu tư cơ sở kiểm định khí thải xe máy",
      status="estimate"),
    F("không quá 60.000", "60.000", 60000, "money", "đồng/xe/lần", "phí kiểm định khí thải xe máy",
      approx="at_most", status="forecast"),
]

COMMENTS = [
    "Bộ Nông nghiệp và Môi trường site (invented): đội xe mô tô, xe gắn máy cả nước và lộ trình kiểm định khí thải. 'Ngày đăng: 18/06/2025'.",
    "Not figures: 'Lượt xem: 3.214', PM2.5, 'mức 1', 'mức 2', dates 1/7/2027 and 1/7/2028, 'số 10 Tôn Thất Thuyết', phone; '1.000 dân' is a rate denominator.",
    "National figures → Việt Nam; 'Tại Hà Nội …' → Hà Nội. '4 thành phố' is a count of localities → Việt Nam.",
    "'dự kiến cần khoảng 1.500 …, tổng vốn đầu tư ước tính 3.750 tỷ': the second clause has its own cue (estimate). 'Hiện' gives no period.",
    "revised after first scoring: 'Hai địa phương có số xe lớn nhất' added as optional (a top-N frame, as '05 địa phương cao nhất' in shared h18);",
    "the two list items' subject changed to the list's indicator as stated before the list, 'số xe' (was 'xe mô tô, xe gắn máy đăng ký').",
    "Headline 'Hơn 77 triệu' takes the as-of period (inherited). 'Kết quả trên 36.218 xe': 'trên' means 'on' here, so exact.",
]

if __name__ == "__main__":
    emit("p693-4", TEXT, COMMENTS, FIGS, published="2025-06-18", location="Việt Nam")
