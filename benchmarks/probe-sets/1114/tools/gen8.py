"""p1114-8: provincial newspaper online (Báo Bắc Giang, tag (BGĐT) -), làng mộc Tăng Tiến, Q1/2025."""
from lib import F, write, period, year, change

TEXT = """Kinh tế | Thứ Năm, 27/03/2025 08:12

Làng mộc Tăng Tiến thu hơn 300 tỷ đồng mỗi năm

(BGĐT) - Quý I/2025, các cơ sở đồ gỗ ở làng nghề mộc Tăng Tiến (thị xã Việt Yên) tiêu thụ khoảng 3.200 sản phẩm, doanh thu ước đạt 86 tỷ đồng, tăng 7,5% so với cùng kỳ năm 2024.

Tăng Tiến hiện có 265 hộ làm nghề mộc, trong đó 38 hộ có xưởng quy mô trên 500 m2; làng nghề thu hút hơn 1.100 lao động, thu nhập bình quân 9,5 triệu đồng/người/tháng. Thu nhập của thợ mộc gấp khoảng 2 lần lao động nông nghiệp.

Năm 2024, doanh thu của làng nghề đạt 312 tỷ đồng, bằng 115% năm 2023; giá trị hàng gỗ xuất khẩu ủy thác qua doanh nghiệp sang Trung Quốc, Đài Loan (Trung Quốc) khoảng 2,1 triệu USD. Gỗ keo, bạch đàn rừng trồng của các huyện Lục Ngạn, Sơn Động chiếm khoảng 60% nguyên liệu, giá 1,8-2,2 triệu đồng/m3; phần còn lại là gỗ nhập khẩu.

Xưởng mộc nằm xen trong khu dân cư, sát Quốc lộ 1A nên nguy cơ cháy nổ cao. Từ đầu năm đến nay, Công an thị xã đã kiểm tra 124 xưởng, lập biên bản 19 trường hợp vi phạm, yêu cầu các hộ di chuyển trên 300 m3 mùn cưa, phế phẩm ra khỏi khu dân cư.

Thị xã phấn đấu năm 2025 doanh thu làng nghề đạt 350 tỷ đồng; dự kiến trong quý III/2025 hoàn thành cụm công nghiệp Tăng Tiến, trong đó dành 12 ha để di dời 60 hộ sản xuất gỗ ra khỏi khu dân cư. Ông Nguyễn Văn Hai, Trưởng thôn Tăng Tiến, cho biết đã có 41 hộ đăng ký chuyển vào cụm.

Thu Hà
"""

Q1 = period("Quý I/2025", "2025-01-01", "2025-03-31")
Y24 = year("Năm 2024", 2024)
YTD = period("Từ đầu năm đến nay", "2025-01-01", "2025-03-27")

FIGS = [
    F("thu hơn 300 tỷ", "300", 300e9, "money", "đồng/năm", "doanh thu làng mộc Tăng Tiến", approx="over"),
    F("khoảng 3.200 sản phẩm", "3.200", 3200, "count", "sản phẩm", "sản phẩm tiêu thụ", Q1, approx="about"),
    F("ước đạt 86 tỷ", "86", 86e9, "money", "đồng", "doanh thu", Q1, status="estimate",
      change=change("increase", 7.5, baseline="cùng kỳ năm 2024")),
    F("có 265 hộ", "265", 265, "count", "hộ", "hộ làm nghề mộc"),
    F("38 hộ có xưởng", "38", 38, "count", "hộ", "hộ có xưởng quy mô trên 500 m2", total=265),
    F("trên 500 m2", "500", 500, "measure", "m2", "quy mô xưởng", approx="over", optional=True),
    F("hơn 1.100 lao động", "1.100", 1100, "count", "lao động", "lao động làng nghề", approx="over"),
    F("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("gấp khoảng 2 lần", "2", 2, "multiple", "lần", "thu nhập của thợ mộc so với lao động nông nghiệp",
      approx="about"),
    F("đạt 312 tỷ", "312", 312e9, "money", "đồng", "doanh thu của làng nghề", Y24, percent=115),
    F("khoảng 2,1 triệu USD", "2,1", 2.1e6, "money", "USD", "giá trị hàng gỗ xuất khẩu ủy thác", Y24,
      approx="about"),
    F("khoảng 60%", "60", 60, "percent", "%", "tỷ trọng gỗ keo, bạch đàn rừng trồng trong nguyên liệu",
      approx="about"),
    F("giá 1,8-2,2 triệu", "1,8", 1.8e6, "money", "đồng/m3", "giá gỗ keo, bạch đàn rừng trồng", value_max=2.2e6),
    F("kiểm tra 124 xưởng", "124", 124, "count", "xưởng", "xưởng được kiểm tra", YTD),
    F("biên bản 19 trường hợp", "19", 19, "count", "trường hợp", "trường hợp vi phạm bị lập biên bản", YTD),
    F("trên 300 m3", "300", 300, "measure", "m3", "mùn cưa, phế phẩm di chuyển ra khỏi khu dân cư", YTD,
      approx="over"),
    F("đạt 350 tỷ", "350", 350e9, "money", "đồng", "doanh thu làng nghề", year("năm 2025", 2025),
      status="target"),
    F("dành 12 ha", "12", 12, "measure", "ha", "diện tích cụm công nghiệp dành để di dời hộ sản xuất gỗ",
      status="forecast"),
    F("di dời 60 hộ", "60", 60, "count", "hộ", "hộ sản xuất gỗ di dời", status="forecast"),
    F("có 41 hộ", "41", 41, "count", "hộ", "hộ đăng ký chuyển vào cụm"),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Giang, tag '(BGĐT) -'): làng mộc Tăng Tiến, thị xã Việt Yên; headline figure 'hơn 300 tỷ đồng mỗi năm' (đồng/năm).",
    "Location Việt Yên for all figures; Lục Ngạn, Sơn Động are wood sources and Trung Quốc/Đài Loan trade partners, not places of figures.",
    "'gấp khoảng 2 lần' stands as its own sentence: a multiple. 'trên 500 m2' is a size threshold naming a class of workshops: optional.",
    "'dự kiến trong quý III/2025 hoàn thành cụm công nghiệp ..., trong đó dành 12 ha ... 60 hộ': forecast; quý III dates the completion, not the figures: no period.",
    "'41 hộ đăng ký' has no part-of cue towards the 60 hộ: no total.",
    "Distractors: 27/03/2025 08:12, Quốc lộ 1A, Ông Nguyễn Văn Hai (number word in a name), (BGĐT).",
]

write("p1114-8", TEXT, FIGS, NOTES, published="2025-03-27", location="Việt Yên")
