from lib import F, P, INH, CH, emit

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Nhà ở và thị trường bất động sản
Ngày đăng: 28/10/2024 | Lượt xem: 2.480

Cả nước đã hoàn thành 79 dự án nhà ở xã hội với gần 41.600 căn hộ

Theo báo cáo của Cục Quản lý nhà và thị trường bất động sản, tính đến hết quý III/2024, cả nước có 655 dự án nhà ở xã hội đang triển khai với quy mô khoảng 570.000 căn. Trong đó, 79 dự án đã hoàn thành với gần 41.600 căn; 128 dự án đã khởi công với 115.000 căn; 448 dự án đã được chấp thuận chủ trương đầu tư với khoảng 413.400 căn.

Riêng nhà ở cho công nhân khu công nghiệp, cả nước hiện có khoảng 4,5 triệu lao động làm việc tại 418 khu công nghiệp, ước khoảng 1,3 triệu người có nhu cầu về nhà ở. Các địa phương có nhiều căn hộ nhà ở công nhân đã hoàn thành gồm Bình Dương (8.940 căn), Bắc Ninh (5.216 căn), Hải Phòng (3.105 căn) và Long An (2.870 căn).

Về gói tín dụng 120.000 tỷ đồng, đến ngày 30/9/2024 các ngân hàng đã giải ngân khoảng 1.543 tỷ đồng cho 27 dự án, đạt 1,3% quy mô gói. Lãi suất cho vay đối với chủ đầu tư hiện là 7,3%/năm, giảm 0,5%/năm so với năm 2023.

Mục tiêu năm 2024, cả nước hoàn thành khoảng 130.000 căn nhà ở xã hội. Bộ Xây dựng dự báo kết quả cả năm chỉ đạt từ 60 đến 65% kế hoạch.

Thời gian tới, Bộ Xây dựng tiếp tục phối hợp với Ngân hàng Nhà nước và các địa phương tháo gỡ vướng mắc về thủ tục đầu tư, đất đai, bảo đảm đến năm 2030 hoàn thành Đề án.

Địa chỉ: Số 37 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội. Điện thoại: 024.3976.0271.
"""

ASOF = P("tính đến hết quý III/2024", end="2024-09-30")
HOUSE = "căn hộ nhà ở công nhân đã hoàn thành"

FIGS = [
    F("hoàn thành 79 dự án", "79", 79, "count", "dự án", "dự án nhà ở xã hội đã hoàn thành", INH(ASOF)),
    F("41.600 căn hộ", "41.600", 41600, "count", "căn hộ", "căn hộ nhà ở xã hội đã hoàn thành", INH(ASOF),
      approx="nearly"),
    F("có 655 dự án", "655", 655, "count", "dự án", "dự án nhà ở xã hội đang triển khai", ASOF),
    F("khoảng 570.000 căn", "570.000", 570000, "count", "căn", "quy mô dự án nhà ở xã hội đang triển khai", ASOF,
      approx="about"),
    F("Trong đó, 79 dự án", "79", 79, "count", "dự án", "dự án nhà ở xã hội đã hoàn thành", INH(ASOF), total=655),
    F("với gần 41.600 căn;", "41.600", 41600, "count", "căn", "căn nhà ở xã hội đã hoàn thành", INH(ASOF),
      approx="nearly", total=570000),
    F("128 dự án", "128", 128, "count", "dự án", "dự án nhà ở xã hội đã khởi công", INH(ASOF), total=655),
    F("với 115.000 căn", "115.000", 115000, "count", "căn", "căn nhà ở xã hội đã khởi công", INH(ASOF),
      total=570000),
    F("448 dự án", "448", 448, "count", "dự án", "dự án nhà ở xã hội đã được chấp thuận chủ trương đầu tư",
      INH(ASOF), total=655),
    F("khoảng 413.400 căn", "413.400", 413400, "count", "căn",
      "căn nhà ở xã hội đã được chấp thuận chủ trương đầu tư", INH(ASOF), approx="about", total=570000),
    F("khoảng 4,5 triệu lao động", "4,5", 4500000, "count", "lao động", "lao động làm việc tại khu công nghiệp",
      approx="about"),
    F("tại 418 khu", "418", 418, "count", "khu công nghiệp", "khu công nghiệp"),
    F("ước khoảng 1,3 triệu", "1,3", 1300000, "count", "người", "người có nhu cầu về nhà ở",
      approx="about", status="estimate"),
    F("(8.940 căn)", "8.940", 8940, "count", "căn", HOUSE, location="Bình Dương"),
    F("(5.216 căn)", "5.216", 5216, "count", "căn", HOUSE, location="Bắc Ninh"),
    F("(3.105 căn)", "3.105", 3105, "count", "căn", HOUSE, location="Hải Phòng"),
    F("(2.870 căn)", "2.870", 2870, "count", "căn", HOUSE, location="Long An"),
    F("gói tín dụng 120.000 tỷ", "120.000", 120000e9, "money", "đồng", "gói tín dụng", optional=True),
    F("khoảng 1.543 tỷ đồng", "1.543", 1543e9, "money", "đồng", "vốn gói tín dụng các ngân hàng đã giải ngân",
      P("đến ngày 30/9/2024", end="2024-09-30"), approx="about", percent=1.3),
    F("cho 27 dự án", "27", 27, "count", "dự án", "dự án được giải ngân vốn gói tín dụng",
      P("đến ngày 30/9/2024", end="2024-09-30")),
    F("hiện là 7,3%/năm", "7,3", 7.3, "percent", "%", "lãi suất cho vay đối với chủ đầu tư",
      change=CH("decrease", 0.5, baseline="năm 2023")),
    F("khoảng 130.000 căn", "130.000", 130000, "count", "căn", "căn nhà ở xã hội hoàn thành",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
    F("từ 60 đến 65%", "60", 60, "percent", "%", "kết quả cả năm so với kế hoạch",
      P("cả năm", "2024-01-01", "2024-12-31", inherited=True), value_max=65, status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ Xây dựng): breadcrumb, 'Ngày đăng: 28/10/2024 | Lượt xem: 2.480'. National figures -> Việt Nam;",
    "the four provinces in the bracketed list go to location (the list neither adds up nor follows a cue: no total).",
    "'Trong đó, 79 dự án ...; 128 ...; 448 ...' after a sentence break: parts of 655 dự án / 570.000 căn (they add up).",
    "'gói tín dụng 120.000 tỷ đồng' is the package's name-like size -> optional (as in probe 469). 'đạt 1,3% quy mô gói' ->",
    "percent of 1.543 tỷ. 'hiện là 7,3%/năm, giảm 0,5%/năm so với năm 2023': percent figure (unit %) with a decrease change.",
    "'dự báo ... từ 60 đến 65% kế hoạch' -> forecast percent range. 'đến năm 2030' without a number: nothing.",
    "Revised after the first run: the 60-65% subject named as its sentence names it.",
    "Distractors: quý III/2024, Số 37 Lê Đại Hành, phone 024.3976.0271, Lượt xem, dates.",
]

if __name__ == "__main__":
    emit("p646-4", TEXT, COMMENTS, FIGS, published="2024-10-28", location="Việt Nam")
