from lib import F, P, I, C, T, write

TEXT = """Du lịch › Điểm đến

Glamping ven đô Hà Nội kín lịch cuối tuần

Chủ nhật, 27/10/2024, 07:30 (GMT+7)

Nhiều khu glamping ở Sóc Sơn, Ba Vì kín chỗ vào các dịp cuối tuần từ tháng 9 đến nay. Giá thuê mỗi đêm từ 1,5 đến 4 triệu đồng tùy loại lều.

Khu glamping của chị Minh Anh ở xã Minh Trí, huyện Sóc Sơn, cách trung tâm Hà Nội khoảng 45 km, có 24 lều được trang bị giường, điều hòa và phòng tắm riêng. Tổng vốn đầu tư khoảng 8 tỷ đồng, trong đó riêng hệ thống lều nhập khẩu hết 2,6 tỷ đồng. "Ngày thường công suất chỉ khoảng 40%, nhưng tối thứ sáu, thứ bảy thì kín lịch trước 2 tuần", chị nói.

Theo Sở Du lịch Hà Nội, đến cuối tháng 9/2024, thành phố có 72 khu, điểm cắm trại và glamping, tăng 19 điểm so với cuối năm 2023, tập trung ở Ba Vì (26 điểm), Sóc Sơn (18 điểm) và Mỹ Đức (11 điểm). Từ đầu năm đến nay, các điểm này đón hơn 610.000 lượt khách, trong đó khách lưu trú qua đêm chiếm 38%.

Ông Nguyễn Văn Bảy, đại diện Sở, cho biết thành phố đang hoàn thiện bộ tiêu chí gồm 12 nhóm tiêu chuẩn cho điểm cắm trại, yêu cầu mỗi lều có diện tích tối thiểu 9 m2, khoảng cách giữa các lều không dưới 3 m. Theo các doanh nghiệp, suất đầu tư một lều glamping đạt chuẩn khoảng 150-250 triệu đồng, thời gian hoàn vốn từ 3 đến 4 năm.

Hà Nội đặt mục tiêu năm 2025 đón 1 triệu lượt khách du lịch cắm trại, glamping; dự kiến doanh thu từ loại hình này đạt khoảng 550 tỷ đồng.

Phạm Nga
"""

ASOF = P("đến cuối tháng 9/2024", None, "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-27")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
SITES = "khu, điểm cắm trại và glamping"

FIGS = [
    F("từ 1,5 đến 4 triệu", "1,5", 1500000, "money", "đồng/đêm", value_max=4000000, subject="giá thuê glamping mỗi đêm"),
    F("khoảng 45 km", "45", 45, "measure", "km", approx="about", subject="khoảng cách đến trung tâm Hà Nội",
      location="Sóc Sơn", optional=True),
    F("có 24 lều", "24", 24, "count", "lều", subject="lều của khu glamping", location="Sóc Sơn"),
    F("khoảng 8 tỷ đồng", "8", 8e9, "money", "đồng", approx="about", subject="tổng vốn đầu tư khu glamping",
      location="Sóc Sơn"),
    F("hết 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", total=8e9, subject="vốn cho hệ thống lều nhập khẩu",
      location="Sóc Sơn"),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="công suất ngày thường", location="Sóc Sơn"),
    F("trước 2 tuần", "2", 2, "measure", "tuần", subject="thời gian kín lịch trước", location="Sóc Sơn", optional=True),
    F("có 72 khu", "72", 72, "count", "khu, điểm cắm trại và glamping", change=C("increase", 19, "điểm", "cuối năm 2023"),
      subject=SITES, period=ASOF),
    F("Ba Vì (26 điểm)", "26", 26, "count", "điểm", subject=SITES, period=ASOF, location="Ba Vì"),
    F("Sóc Sơn (18 điểm)", "18", 18, "count", "điểm", subject=SITES, period=ASOF, location="Sóc Sơn"),
    F("Mỹ Đức (11 điểm)", "11", 11, "count", "điểm", subject=SITES, period=ASOF, location="Mỹ Đức"),
    F("hơn 610.000 lượt khách", "610.000", 610000, "count", "lượt khách", approx="over",
      subject="lượt khách các khu, điểm cắm trại và glamping đón", period=YTD),
    F("chiếm 38%", "38", 38, "percent", "%", subject="khách lưu trú qua đêm", period=YTD),
    F("gồm 12 nhóm", "12", 12, "count", "nhóm tiêu chuẩn", subject="nhóm tiêu chuẩn của bộ tiêu chí", optional=True),
    F("tối thiểu 9 m2", "9", 9, "measure", "m2", approx="at_least", subject="diện tích mỗi lều", optional=True),
    F("không dưới 3 m", "3", 3, "measure", "m", approx="at_least", subject="khoảng cách giữa các lều", optional=True),
    F("khoảng 150-250 triệu", "150", 150e6, "money", "đồng", value_max=250e6, approx="about",
      subject="suất đầu tư một lều glamping đạt chuẩn"),
    F("từ 3 đến 4 năm", "3", 3, "measure", "năm", value_max=4, subject="thời gian hoàn vốn"),
    F("đón 1 triệu lượt", "1", 1000000, "count", "lượt khách", status="target",
      subject="lượt khách du lịch cắm trại, glamping", period=Y25),
    F("khoảng 550 tỷ đồng", "550", 550e9, "money", "đồng", approx="about", status="forecast",
      subject="doanh thu từ loại hình cắm trại, glamping", period=Y25),
]

NOTES = [
    "National newspaper (VnExpress style, 'Chủ nhật, 27/10/2024, 07:30 (GMT+7)', byline at the end): glamping on the outskirts of Hà Nội.",
    "Distractors: the dateline and GMT+7, 'từ tháng 9 đến nay' (no figure in that sentence), 'tối thứ sáu, thứ bảy', xã Minh Trí, Nguyễn Văn Bảy.",
    "The example site's figures take its district Sóc Sơn; the 45 km distance, the '2 tuần' lead time and the standards draft (12 nhóm, 9 m2, 3 m) are optional.",
    "'Từ đầu năm đến nay' ends at the dateline (2024-10-27). The 38% after 'trong đó khách lưu trú qua đêm chiếm' is a share of a part: a percent figure.",
    "Prices and payback time carry no period. District list 26+18+11 = 55 of 72 ('tập trung ở'): no total.",
]

if __name__ == "__main__":
    write("p1078-6", TEXT, NOTES, FIGS, published="2024-10-27", location="Hà Nội")
