from lib import F, P, C, T, emit

TEXT = """Thời sự

Khoảng 460.000 kiều bào dự kiến về nước đón Tết Ất Tỵ

Thứ năm, 16/1/2025, 07:30 (GMT+7)

Lượng kiều bào về nước dịp Tết Nguyên đán năm nay dự kiến tăng khoảng 15% so với Tết Giáp Thìn, tập trung tại TP HCM, Hà Nội và các tỉnh miền Trung.

Theo Ủy ban Nhà nước về người Việt Nam ở nước ngoài, dịp Tết Nguyên đán Ất Tỵ 2025, dự kiến khoảng 460.000 kiều bào sẽ về nước đón Tết, tăng khoảng 15% so với năm trước. Hiện có khoảng 6 triệu người Việt Nam sinh sống, làm việc tại hơn 130 quốc gia và vùng lãnh thổ, trong đó hơn 80% đã ổn định cuộc sống ở nước sở tại.

Tại sân bay Tân Sơn Nhất (TP HCM), từ ngày 15/1 đến 15/2/2025, dự kiến đón trung bình 135.000 lượt khách/ngày, cao điểm có thể lên tới 145.000 lượt. Khách quốc tế, phần lớn là kiều bào, ước chiếm khoảng 30% tổng lượng khách qua sân bay.

Chương trình Xuân Quê hương 2025 sẽ diễn ra tối 21/1 tại TP HCM, dự kiến có khoảng 1.000 kiều bào tiêu biểu đến từ 45 quốc gia tham dự.

Năm 2024, kiều hối về Việt Nam ước đạt 16,1 tỷ USD. Các địa phương nhận nhiều kiều hối nhất năm 2024 là TP HCM (9,6 tỷ USD), Hà Nội (4,1 tỷ USD) và Đà Nẵng (khoảng 0,95 tỷ USD). Kiều bào hiện có khoảng 421 dự án FDI còn hiệu lực tại 40/63 tỉnh, thành phố, tổng vốn đăng ký 1,72 tỷ USD.

Để hỗ trợ bà con, Bộ Ngoại giao khuyến cáo kiều bào kiểm tra thời hạn hộ chiếu, thị thực trước khi về nước; trường hợp cần hỗ trợ có thể liên hệ tổng đài bảo hộ công dân 24/7 hoặc cơ quan đại diện Việt Nam tại nước sở tại.

Hoài Anh
"""

FC = P("từ ngày 15/1 đến 15/2/2025", "2025-01-15", "2025-02-15")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Khoảng 460.000 kiều bào dự kiến", "460.000", 460000, "count", "kiều bào", "kiều bào về nước đón Tết",
      approx="about", status="forecast"),
    F("tăng khoảng 15% so với Tết Giáp Thìn", "15", 15, "percent", "%", "lượng kiều bào về nước dịp Tết Nguyên đán",
      approx="about", status="forecast"),
    F("khoảng 460.000 kiều bào sẽ", "460.000", 460000, "count", "kiều bào", "kiều bào về nước đón Tết",
      P("Tết Nguyên đán Ất Tỵ 2025", "2025-01-01", "2025-12-31", inh=True),
      approx="about", status="forecast", change=C("increase", 15, "%", "năm trước", approx="about")),
    F("khoảng 6 triệu người", "6", 6e6, "count", "người", "người Việt Nam sinh sống, làm việc ở nước ngoài", approx="about"),
    F("hơn 130 quốc gia", "130", 130, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ người Việt Nam sinh sống", approx="over"),
    F("hơn 80% đã", "80", 80, "percent", "%", "người Việt Nam ở nước ngoài đã ổn định cuộc sống", approx="over"),
    F("trung bình 135.000 lượt", "135.000", 135000, "measure", "lượt khách/ngày", "lượt khách sân bay Tân Sơn Nhất đón trung bình",
      FC, status="forecast", location="TP Hồ Chí Minh"),
    F("lên tới 145.000 lượt", "145.000", 145000, "measure", "lượt khách/ngày", "lượt khách sân bay Tân Sơn Nhất đón cao điểm",
      FC, status="forecast", location="TP Hồ Chí Minh"),
    F("khoảng 30% tổng", "30", 30, "percent", "%", "khách quốc tế qua sân bay",
      P("từ ngày 15/1 đến 15/2/2025", "2025-01-15", "2025-02-15", inh=True), approx="about", status="estimate", location="TP Hồ Chí Minh"),
    F("khoảng 1.000 kiều bào", "1.000", 1000, "count", "kiều bào", "kiều bào tiêu biểu tham dự Chương trình Xuân Quê hương",
      P("tối 21/1", "2025-01-21", "2025-01-21", inh=True), approx="about", status="forecast"),
    F("từ 45 quốc gia", "45", 45, "count", "quốc gia", "quốc gia kiều bào tiêu biểu đến từ",
      P("tối 21/1", "2025-01-21", "2025-01-21", inh=True), status="forecast"),
    F("ước đạt 16,1 tỷ USD", "16,1", 16.1e9, "money", "USD", "kiều hối về Việt Nam", P("Năm 2024", "2024-01-01", "2024-12-31"), status="estimate"),
    F("TP HCM (9,6 tỷ USD)", "9,6", 9.6e9, "money", "USD", "kiều hối địa phương nhận", Y24, location="TP Hồ Chí Minh"),
    F("Hà Nội (4,1 tỷ USD)", "4,1", 4.1e9, "money", "USD", "kiều hối địa phương nhận", Y24, location="Hà Nội"),
    F("(khoảng 0,95 tỷ USD)", "0,95", 0.95e9, "money", "USD", "kiều hối địa phương nhận", Y24, approx="about", location="Đà Nẵng"),
    F("khoảng 421 dự án", "421", 421, "count", "dự án", "dự án FDI của kiều bào còn hiệu lực", approx="about"),
    F("tại 40/63 tỉnh", "40", 40, "count", "tỉnh, thành phố", "tỉnh, thành phố có dự án FDI của kiều bào", total=63),
    F("đăng ký 1,72 tỷ USD", "1,72", 1.72e9, "money", "USD", "tổng vốn đăng ký dự án FDI của kiều bào"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ năm, d/m/yyyy, hh:mm (GMT+7)' dateline; overseas Vietnamese returning for Tết Ất Tỵ 2025.",
    "National figures: location Việt Nam; the venue TP HCM of the 'Xuân Quê hương 2025' programme is not the place of its attendance figures.",
    "Airport figures describe Tân Sơn Nhất: location TP Hồ Chí Minh; '/ngày' and 'lượt' per day are rates (measure, unit lượt khách/ngày).",
    "The sapo's 'tăng khoảng 15%' is a growth rate that is itself the claim (no base amount in its sentence): a percent figure with no change; in the body it is the change of 460.000.",
    "'Tết Nguyên đán Ất Tỵ 2025' and 'tối 21/1' are festival/event dates, not calendar periods of the spec: inherited (not scored).",
    "'40/63 tỉnh, thành phố': count 40 with total 63 (location Việt Nam: a count of provinces). Provinces in the bracket list are locations.",
    "Distractors: '(GMT+7)', 'Xuân Quê hương 2025', 'tổng đài … 24/7', dates 15/1, 15/2/2025, 21/1.",
]

if __name__ == "__main__":
    emit("p271-6", TEXT, COMMENTS, FIGS, published="2025-01-16", location="Việt Nam")
