"""p869-2: Lý Sơn district portal (Quảng Ngãi), a new ice plant on the island."""
from lib import C, F, I, P, T, write_set

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÝ SƠN
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Đưa vào hoạt động nhà máy nước đá phục vụ ngư dân đảo
Thứ Năm, 18/05/2023 - 14:32

Sáng 17/5, tại thôn Tây, xã An Vĩnh, Công ty TNHH Thủy sản Sa Kỳ tổ chức lễ vận hành Nhà máy nước đá Lý Sơn 2 với công suất 150 tấn/ngày, tổng vốn đầu tư hơn 32 tỷ đồng.

Trước đây, toàn huyện chỉ có 4 cơ sở sản xuất nước đá quy mô nhỏ, tổng công suất khoảng 60 tấn/ngày, trong khi nhu cầu của đội tàu hơn 400 chiếc vào mùa cao điểm lên tới 250 tấn/ngày. Vì vậy, mỗi năm ngư dân phải mua khoảng 35.000 cây đá từ đất liền chở ra đảo bằng tàu khách, giá lên đến 55.000-60.000 đồng/cây, cao gấp 2 lần so với trong đất liền.

Khi nhà máy mới đi vào hoạt động, giá nước đá tại đảo giảm còn 38.000 đồng/cây, mỗi chuyến biển ngư dân tiết kiệm được từ 3 đến 5 triệu đồng. Nhà máy tạo việc làm ổn định cho 25 lao động địa phương với thu nhập bình quân 7,5 triệu đồng/người/tháng.

Từ đầu năm đến nay, đội tàu cá của huyện đã khai thác được 9.850 tấn hải sản, tăng 6,2% so với cùng kỳ; ước cả năm 2023 đạt 21.000 tấn, bằng 105% kế hoạch.

Phát biểu tại buổi lễ, ông Nguyễn Văn Tám, Phó Chủ tịch UBND huyện, đề nghị doanh nghiệp sử dụng nguồn nước đạt QCVN 01-1:2018/BYT, thực hiện kiểm nghiệm mẫu nước đá định kỳ 6 tháng/lần, bảo đảm an toàn thực phẩm. Huyện phấn đấu đến năm 2025 có thêm 1 nhà máy nước đá tại đảo Bé (xã An Bình), nâng tổng công suất toàn huyện lên trên 300 tấn/ngày.

Thanh Hà - Trung tâm Văn hóa - Thông tin - Thể thao huyện
"""

TY = P("Từ đầu năm đến nay", "2023-01-01", "2023-05-18")
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("công suất 150 tấn/ngày", "150", 150, "measure", "tấn/ngày",
      subject="công suất Nhà máy nước đá Lý Sơn 2"),
    F("hơn 32 tỷ đồng", "32", 32000000000, "money", "đồng", approx="over",
      subject="tổng vốn đầu tư nhà máy"),
    F("chỉ có 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở sản xuất nước đá quy mô nhỏ"),
    F("khoảng 60 tấn/ngày", "60", 60, "measure", "tấn/ngày", approx="about",
      subject="tổng công suất cơ sở sản xuất nước đá"),
    F("hơn 400 chiếc", "400", 400, "count", "chiếc", approx="over", subject="tàu của đội tàu"),
    F("lên tới 250 tấn/ngày", "250", 250, "measure", "tấn/ngày",
      subject="nhu cầu nước đá của đội tàu vào mùa cao điểm"),
    F("khoảng 35.000 cây đá", "35.000", 35000, "count", "cây đá", approx="about",
      subject="cây đá ngư dân mua từ đất liền mỗi năm"),
    F("55.000-60.000 đồng/cây", "55.000", 55000, "money", "đồng/cây", value_max=60000,
      change=C("increase", 2, "lần", baseline="trong đất liền"),
      subject="giá nước đá chở ra đảo"),
    F("còn 38.000 đồng/cây", "38.000", 38000, "money", "đồng/cây", subject="giá nước đá tại đảo"),
    F("từ 3 đến 5 triệu đồng", "3", 3000000, "money", "đồng/chuyến", value_max=5000000,
      subject="chi phí ngư dân tiết kiệm mỗi chuyến biển"),
    F("cho 25 lao động", "25", 25, "count", "lao động", subject="lao động địa phương có việc làm"),
    F("7,5 triệu đồng/người/tháng", "7,5", 7500000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân"),
    F("9.850 tấn hải sản", "9.850", 9850, "measure", "tấn",
      change=C("increase", 6.2, baseline="cùng kỳ"), subject="hải sản khai thác", period=TY),
    F("đạt 21.000 tấn", "21.000", 21000, "measure", "tấn", percent=105, status="estimate",
      subject="sản lượng hải sản khai thác", period=P("cả năm 2023", "2023-01-01", "2023-12-31")),
    F("định kỳ 6 tháng/lần", "6", 6, "measure", "tháng/lần",
      subject="tần suất kiểm nghiệm mẫu nước đá", optional=True),
    F("thêm 1 nhà máy", "1", 1, "count", "nhà máy", status="target",
      subject="nhà máy nước đá tại đảo Bé", period=T25, location="Lý Sơn"),
    F("trên 300 tấn/ngày", "300", 300, "measure", "tấn/ngày", approx="over", status="target",
      subject="tổng công suất nước đá toàn huyện", period=T25),
]

NOTES = [
    "Cổng TTĐT huyện Lý Sơn (Quảng Ngãi): commissioning of an ice plant; ice shortage and prices on the island.",
    "Location is the district 'Lý Sơn' (xã An Vĩnh, An Bình lie in it). 'Nhà máy nước đá Lý Sơn 2', 'QCVN 01-1:2018/BYT',",
    "'Sáng 17/5', 'ông Nguyễn Văn Tám', 'thôn Tây' are not figures. 'cao gấp 2 lần so với trong đất liền' compares the price range",
    "before it: a change in 'lần'. 'bằng 105% kế hoạch' is the share of the 21.000 tấn estimate. 'định kỳ 6 tháng/lần' is a",
    "required frequency written as a rule: optional. 'Từ đầu năm đến nay' ends at the dateline.",
]

write_set("p869-2", TEXT, FIGS, NOTES, published="2023-05-18", location="Lý Sơn")
