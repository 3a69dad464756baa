"""p676-4: Bộ Y tế ministry site — national EMS system, private ambulance licensing, targets to 2025/2030."""
from lib import F, P, I, CH, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tổng hợp / Hoạt động ngành

Cả nước mới có 47 trung tâm cấp cứu 115 độc lập, nhiều tỉnh thiếu xe cứu thương

Ngày đăng: 19/09/2024 | 10:25

Tại Hội nghị triển khai Đề án phát triển hệ thống cấp cứu ngoại viện lần thứ hai tổ chức ngày 18/9 tại Hà Nội, Cục Quản lý Khám, chữa bệnh cho biết tính đến ngày 31/8/2024, cả nước có 47/63 tỉnh, thành phố đã thành lập trung tâm cấp cứu 115 độc lập; 16 địa phương còn lại giao cho bệnh viện đa khoa tỉnh đảm nhiệm.

Toàn hệ thống hiện có khoảng 1.250 xe cứu thương, bình quân 0,12 xe/1 vạn dân. Năm 2023, các trung tâm cấp cứu 115 đã tiếp nhận hơn 2,4 triệu cuộc gọi, vận chuyển 486.300 người bệnh, tăng 7,8% so với năm 2022. Thời gian tiếp cận hiện trường trung bình ở khu vực đô thị là 15-20 phút, nông thôn và miền núi từ 30 đến 45 phút.

Hà Nội, TP. Hồ Chí Minh và Đà Nẵng là các địa phương có số xe cấp cứu nhiều nhất, lần lượt 86, 74 và 31 xe.

Về cấp cứu ngoại viện tư nhân, đến nay Bộ Y tế và Sở Y tế các tỉnh đã cấp giấy phép hoạt động cho 312 cơ sở dịch vụ vận chuyển người bệnh, trong đó 145 cơ sở tại TP. Hồ Chí Minh và 62 cơ sở tại Hà Nội. Qua thanh tra năm 2023, Bộ đã xử phạt 27 cơ sở với tổng số tiền gần 1,9 tỷ đồng.

Theo Quyết định số 1473/QĐ-BYT, phấn đấu đến năm 2025 có 80% tỉnh, thành phố thành lập trung tâm cấp cứu 115 độc lập; đến năm 2030 đạt 100%, bảo đảm tối thiểu 1 xe cấp cứu/25.000 dân và thời gian tiếp cận hiện trường ở đô thị không quá 15 phút.
"""

ASOF = P("tính đến ngày 31/8/2024", None, "2024-08-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("đến nay", None, "2024-09-19")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 47 trung tâm", "47", 47, "count", "trung tâm",
      subject="trung tâm cấp cứu 115 độc lập"),
    F("có 47/63 tỉnh", "47", 47, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố đã thành lập trung tâm cấp cứu 115 độc lập", period=ASOF),
    F("16 địa phương", "16", 16, "count", "địa phương",
      subject="địa phương giao cho bệnh viện đa khoa tỉnh đảm nhiệm", period=ASOF),
    F("khoảng 1.250 xe", "1.250", 1250, "count", "xe cứu thương", approx="about",
      subject="xe cứu thương toàn hệ thống"),
    F("0,12 xe/1 vạn dân", "0,12", 0.12, "measure", "xe/1 vạn dân", subject="bình quân xe cứu thương"),
    F("hơn 2,4 triệu cuộc gọi", "2,4", 2.4e6, "count", "cuộc gọi", approx="over",
      subject="cuộc gọi các trung tâm cấp cứu 115 tiếp nhận", period=Y23),
    F("486.300 người bệnh", "486.300", 486300, "count", "người bệnh",
      change=CH("increase", 7.8, baseline="năm 2022"), subject="người bệnh được vận chuyển", period=Y23),
    F("là 15-20 phút", "15", 15, "measure", "phút", value_max=20,
      subject="thời gian tiếp cận hiện trường trung bình ở khu vực đô thị", period=I(Y23)),
    F("từ 30 đến 45 phút", "30", 30, "measure", "phút", value_max=45,
      subject="thời gian tiếp cận hiện trường nông thôn và miền núi", period=I(Y23)),
    F("lần lượt 86", "86", 86, "count", "xe", subject="số xe cấp cứu", location="Hà Nội"),
    F("86, 74 và", "74", 74, "count", "xe", subject="số xe cấp cứu", location="TP. Hồ Chí Minh"),
    F("74 và 31 xe", "31", 31, "count", "xe", subject="số xe cấp cứu", location="Đà Nẵng"),
    F("cho 312 cơ sở", "312", 312, "count", "cơ sở",
      subject="cơ sở dịch vụ vận chuyển người bệnh được cấp giấy phép hoạt động", period=NOW),
    F("145 cơ sở", "145", 145, "count", "cơ sở", total=312,
      subject="cơ sở dịch vụ vận chuyển người bệnh được cấp giấy phép", period=NOW, location="TP. Hồ Chí Minh"),
    F("62 cơ sở", "62", 62, "count", "cơ sở", total=312,
      subject="cơ sở dịch vụ vận chuyển người bệnh được cấp giấy phép", period=NOW, location="Hà Nội"),
    F("xử phạt 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở bị xử phạt qua thanh tra",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", approx="nearly", subject="tổng số tiền xử phạt",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 80% tỉnh", "80", 80, "percent", "%", status="target",
      subject="tỉnh, thành phố thành lập trung tâm cấp cứu 115 độc lập", period=T25),
    F("đạt 100%", "100", 100, "percent", "%", status="target",
      subject="tỉnh, thành phố thành lập trung tâm cấp cứu 115 độc lập", period=T30),
    F("tối thiểu 1 xe", "1", 1, "measure", "xe cấp cứu/25.000 dân", approx="at_least", status="target",
      subject="xe cấp cứu", period=T30),
    F("không quá 15 phút", "15", 15, "measure", "phút", approx="at_most", status="target",
      subject="thời gian tiếp cận hiện trường ở đô thị", period=T30),
]

COMMENTS = [
    "Bộ Y tế portal: national pre-hospital emergency system (trung tâm 115, ambulances, calls 2023, private ambulance licensing, targets 2025/2030).",
    "'Ngày đăng: 19/09/2024 | 10:25' = published. '115' in names, 'lần thứ hai' (conference edition), 'ngày 18/9', 'Quyết định số 1473/QĐ-BYT',",
    "'63' as total only, rate denominators '1 vạn dân', '25.000 dân' are not figures. National figures: location Việt Nam; list items: the city.",
    "'16 địa phương còn lại' is a remainder without a part-of cue: no total. 'đến nay' ends at the dateline. Targets continue through '; đến năm 2030 …'.",
]

if __name__ == "__main__":
    emit("p676-4", TEXT, COMMENTS, FIGS, published="2024-09-19", location="Việt Nam")
