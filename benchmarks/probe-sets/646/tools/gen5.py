from lib import F, P, INH, CH, emit

TEXT = """Thiết chế công đoàn Dung Quất: 1.008 căn hộ cho công nhân thuê

(Báo Quảng Ngãi) - Sau gần 2 năm xây dựng, dự án Thiết chế công đoàn tại Khu kinh tế Dung Quất đã hoàn thành giai đoạn 1 và đưa vào sử dụng 1.008 căn hộ, đáp ứng chỗ ở cho khoảng 3.000 công nhân, người lao động.

Dự án do Tổng Liên đoàn Lao động Việt Nam làm chủ đầu tư, xây dựng trên khu đất rộng 4,8 ha tại xã Bình Chánh, huyện Bình Sơn, tổng mức đầu tư 658 tỷ đồng. Giai đoạn 1 gồm 4 khối nhà cao 9 tầng; mỗi căn hộ có diện tích từ 30 đến 60 m². Giá thuê từ 1,3 triệu đến 2,1 triệu đồng/căn/tháng, thấp hơn khoảng 20% so với giá nhà trọ cùng diện tích.

Hiện đã có 612 hộ công nhân đăng ký thuê, trong đó 455 hộ đã nhận nhà, chiếm 74,3%. Ngoài căn hộ, thiết chế còn có nhà trẻ với sức chứa 250 cháu, siêu thị công đoàn rộng 1.200 m² và sân thể thao.

Khu kinh tế Dung Quất và các khu công nghiệp của tỉnh Quảng Ngãi hiện thu hút hơn 62.000 lao động, nhưng mới chỉ khoảng 15% trong số đó được ở trong nhà ở công nhân, nhà ở xã hội. Theo Liên đoàn Lao động tỉnh, dự kiến trong năm 2024 sẽ khởi công giai đoạn 2 với khoảng 1.500 căn hộ, hoàn thành trước năm 2027.

Ông Nguyễn Văn Tâm, Chủ tịch Liên đoàn Lao động tỉnh cho biết, đến năm 2025 tỉnh phấn đấu giải quyết chỗ ở cho ít nhất 30% công nhân có nhu cầu. Hiện nhiều doanh nghiệp trong khu kinh tế đang hỗ trợ tiền nhà cho người lao động từ 300.000 đến 500.000 đồng/người/tháng.

MINH HẢI
22/05/2024
"""

PROJ = "Thiết chế công đoàn tại Khu kinh tế Dung Quất"

FIGS = [
    F("Dung Quất: 1.008", "1.008", 1008, "count", "căn hộ", "căn hộ cho công nhân thuê tại Thiết chế công đoàn Dung Quất"),
    F("gần 2 năm", "2", 2, "measure", "năm", "thời gian xây dựng", approx="nearly", optional=True),
    F("sử dụng 1.008 căn hộ", "1.008", 1008, "count", "căn hộ", f"căn hộ giai đoạn 1 của dự án {PROJ} đưa vào sử dụng"),
    F("khoảng 3.000 công nhân", "3.000", 3000, "count", "công nhân", "công nhân, người lao động được đáp ứng chỗ ở",
      approx="about"),
    F("rộng 4,8 ha", "4,8", 4.8, "measure", "ha", "diện tích khu đất dự án", location="Bình Sơn"),
    F("đầu tư 658 tỷ đồng", "658", 658e9, "money", "đồng", "tổng mức đầu tư dự án", location="Bình Sơn"),
    F("gồm 4 khối nhà", "4", 4, "count", "khối nhà", "khối nhà giai đoạn 1"),
    F("cao 9 tầng", "9", 9, "count", "tầng", "số tầng mỗi khối nhà"),
    F("từ 30 đến 60 m²", "30", 30, "measure", "m²", "diện tích mỗi căn hộ", value_max=60),
    F("từ 1,3 triệu đến 2,1 triệu", "1,3", 1300000, "money", "đồng/căn/tháng", "giá thuê căn hộ",
      value_max=2100000, change=CH("decrease", 20, baseline="giá nhà trọ cùng diện tích", approx="about")),
    F("có 612 hộ", "612", 612, "count", "hộ", "hộ công nhân đăng ký thuê"),
    F("đó 455 hộ", "455", 455, "count", "hộ", "hộ công nhân đã nhận nhà", total=612, percent=74.3),
    F("sức chứa 250 cháu", "250", 250, "count", "cháu", "sức chứa nhà trẻ"),
    F("rộng 1.200 m²", "1.200", 1200, "measure", "m²", "diện tích siêu thị công đoàn"),
    F("hơn 62.000 lao động", "62.000", 62000, "count", "lao động",
      "lao động tại Khu kinh tế Dung Quất và các khu công nghiệp", approx="over"),
    F("khoảng 15%", "15", 15, "percent", "%", "lao động được ở trong nhà ở công nhân, nhà ở xã hội", approx="about"),
    F("khoảng 1.500 căn hộ", "1.500", 1500, "count", "căn hộ", "căn hộ giai đoạn 2 khởi công",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("ít nhất 30%", "30", 30, "percent", "%", "công nhân có nhu cầu được giải quyết chỗ ở",
      P("đến năm 2025", end="2025-12-31"), approx="at_least", status="target"),
    F("từ 300.000 đến 500.000", "300.000", 300000, "money", "đồng/người/tháng",
      "tiền nhà doanh nghiệp hỗ trợ cho người lao động",
      value_max=500000),
]

COMMENTS = [
    "Party newspaper (Báo Quảng Ngãi): '(Báo Quảng Ngãi) -' lead tag, byline and bare date '22/05/2024' at the end.",
    "Location Quảng Ngãi (named in the text); the one sentence that names 'huyện Bình Sơn' (site area, investment) -> Bình Sơn.",
    "'gần 2 năm xây dựng' is a duration -> optional. 'cao 9 tầng' counted as a count of floors (unit tầng).",
    "'thấp hơn khoảng 20% so với giá nhà trọ ...' right after the rent range -> its change (decrease, about).",
    "'trong đó 455 hộ ..., chiếm 74,3%' -> total 612 and percent. 'dự kiến trong năm 2024 sẽ khởi công' -> forecast;",
    "'đến năm 2025 tỉnh phấn đấu ... ít nhất 30%' -> target, at_least; the next sentence ('Hiện ...') is actual.",
    "Distractors: 'trước năm 2027', 'giai đoạn 1/2', person name, date line.",
]

if __name__ == "__main__":
    emit("p646-5", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Quảng Ngãi")
