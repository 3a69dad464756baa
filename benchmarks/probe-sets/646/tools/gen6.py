from lib import F, P, INH, CH, emit

TEXT = """Thời sự › Lao động - Việc làm
Thứ tư, 11/9/2024, 06:00 (GMT+7)

Gần 80% công nhân ở TP HCM phải thuê phòng trọ

Khảo sát của Liên đoàn Lao động TP HCM với 2.150 công nhân tại 14 khu chế xuất, khu công nghiệp cho thấy 78,6% người lao động đang thuê phòng trọ, 12,4% ở nhà người thân, chỉ 3,2% được ở nhà lưu trú do doanh nghiệp bố trí.

Thu nhập bình quân của công nhân năm 2023 khoảng 8,7 triệu đồng/tháng, trong khi tiền thuê phòng trọ từ 1,8 triệu đến 3 triệu đồng/tháng. Tiền thuê trọ chiếm từ 25 đến 30% thu nhập của công nhân. So với năm 2022, giá phòng trọ quanh Khu chế xuất Tân Thuận và Khu công nghiệp Tân Bình tăng 10-15%. Mỗi phòng rộng 12-15 m² thường có 3-4 người ở ghép, diện tích ở bình quân chỉ khoảng 4,5 m²/người.

TP HCM hiện có khoảng 1,5 triệu người lao động làm việc tại các khu chế xuất, khu công nghiệp, khu công nghệ cao, trong đó khoảng 300.000 người có nhu cầu nhà ở. Thành phố mới có 7 dự án nhà lưu trú, nhà ở công nhân với khoảng 12.000 chỗ ở, đáp ứng chưa đến 5% nhu cầu.

Giai đoạn 2021-2025, thành phố đặt mục tiêu phát triển 35.000 căn hộ nhà ở xã hội, nhưng đến tháng 6/2024 mới hoàn thành 15 dự án với 12.860 căn, đạt 36,7% chỉ tiêu. Theo Sở Xây dựng, quận 7, TP Thủ Đức, huyện Bình Chánh và huyện Củ Chi lần lượt có 2, 5, 4 và 3 dự án đang chuẩn bị đầu tư.

Anh Lê Văn Hòa, 34 tuổi, quê Thanh Hóa, làm việc tại một công ty may, cho biết đang thuê phòng trọ 14 m² ở quận 12 giá 2,5 triệu đồng, cộng tiền điện nước gần 3,3 triệu đồng mỗi tháng.

Hải Duyên
"""

HCM = "Thành phố Hồ Chí Minh"
SURVEY = "người lao động được khảo sát"
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
PREP = "dự án đang chuẩn bị đầu tư"

FIGS = [
    F("Gần 80%", "80", 80, "percent", "%", "công nhân phải thuê phòng trọ", approx="nearly"),
    F("với 2.150 công nhân", "2.150", 2150, "count", "công nhân", "công nhân được khảo sát"),
    F("tại 14 khu", "14", 14, "count", "khu chế xuất, khu công nghiệp", "khu chế xuất, khu công nghiệp được khảo sát"),
    F("78,6%", "78,6", 78.6, "percent", "%", "người lao động đang thuê phòng trọ"),
    F("12,4%", "12,4", 12.4, "percent", "%", "người lao động ở nhà người thân"),
    F("chỉ 3,2%", "3,2", 3.2, "percent", "%", "người lao động được ở nhà lưu trú do doanh nghiệp bố trí"),
    F("khoảng 8,7 triệu", "8,7", 8700000, "money", "đồng/tháng", "thu nhập bình quân của công nhân", Y23,
      approx="about"),
    F("từ 1,8 triệu đến 3 triệu", "1,8", 1800000, "money", "đồng/tháng", "tiền thuê phòng trọ", value_max=3000000),
    F("từ 25 đến 30%", "25", 25, "percent", "%", "tiền thuê trọ trong thu nhập của công nhân", value_max=30),
    F("tăng 10-15%", "10", 10, "percent", "%",
      "giá phòng trọ quanh Khu chế xuất Tân Thuận và Khu công nghiệp Tân Bình", value_max=15),
    F("rộng 12-15 m²", "12", 12, "measure", "m²", "diện tích mỗi phòng trọ", value_max=15),
    F("có 3-4 người", "3", 3, "count", "người", "người ở ghép mỗi phòng", value_max=4),
    F("khoảng 4,5 m²/người", "4,5", 4.5, "measure", "m²/người", "diện tích ở bình quân", approx="about"),
    F("khoảng 1,5 triệu người", "1,5", 1500000, "count", "người lao động",
      "người lao động làm việc tại các khu chế xuất, khu công nghiệp, khu công nghệ cao", approx="about"),
    F("khoảng 300.000 người", "300.000", 300000, "count", "người", "người có nhu cầu nhà ở",
      approx="about", total=1500000),
    F("có 7 dự án", "7", 7, "count", "dự án", "dự án nhà lưu trú, nhà ở công nhân"),
    F("khoảng 12.000 chỗ ở", "12.000", 12000, "count", "chỗ ở", "chỗ ở của các dự án nhà lưu trú, nhà ở công nhân",
      approx="about"),
    F("chưa đến 5%", "5", 5, "percent", "%", "nhu cầu nhà ở được đáp ứng", approx="under"),
    F("phát triển 35.000 căn hộ", "35.000", 35000, "count", "căn hộ", "căn hộ nhà ở xã hội phát triển",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("hoàn thành 15 dự án", "15", 15, "count", "dự án", "dự án nhà ở xã hội hoàn thành",
      P("đến tháng 6/2024", end="2024-06-30")),
    F("với 12.860 căn", "12.860", 12860, "count", "căn", "căn nhà ở xã hội hoàn thành",
      P("đến tháng 6/2024", end="2024-06-30"), percent=36.7),
    F("lần lượt có 2,", "2", 2, "count", "dự án", PREP, location="Quận 7"),
    F("2, 5, 4", "5", 5, "count", "dự án", PREP, location="Thủ Đức"),
    F("5, 4 và", "4", 4, "count", "dự án", PREP, location="Bình Chánh"),
    F("và 3 dự án", "3", 3, "count", "dự án", PREP, location="Củ Chi"),
    F("34 tuổi", "34", 34, "measure", "tuổi", "tuổi", optional=True),
    F("phòng trọ 14 m²", "14", 14, "measure", "m²", "diện tích phòng trọ", location="Quận 12"),
    F("giá 2,5 triệu", "2,5", 2500000, "money", "đồng", "giá thuê phòng trọ", location="Quận 12"),
    F("gần 3,3 triệu", "3,3", 3300000, "money", "đồng", "tiền thuê phòng trọ cộng tiền điện nước mỗi tháng",
      approx="nearly", location="Quận 12"),
]

COMMENTS = [
    "National press (VnExpress-like): section breadcrumb, 'Thứ tư, 11/9/2024, 06:00 (GMT+7)', byline at the end.",
    "City TP HCM -> 'Thành phố Hồ Chí Minh'; districts in the 'lần lượt' list go to location (quận 7 -> 'Quận 7': the 7 is a",
    "name, not a figure); the sentence about the worker's room names quận 12 -> 'Quận 12'. 'quê Thanh Hóa' is not a place of a figure.",
    "'tăng 10-15%' with no base amount is a percent figure (range), no change. 'chiếm từ 25 đến 30% thu nhập' stands in its own",
    "sentence with no figure before it -> percent figure. 'đáp ứng chưa đến 5% nhu cầu': 'đáp ứng' is not one of the share cues",
    "(đạt/chiếm/bằng/tương đương) and the share carries its own 'chưa đến' -> a percent figure of its own (approx under).",
    "'đạt 36,7% chỉ tiêu' -> percent of 12.860 căn (the 35.000 target is a figure of its own, not a target attribute).",
    "Revised after the first run: list subject without words from the previous sentence; growth-rate subject names the indicator only (as h14).",
    "'34 tuổi' (age) optional. Distractors: (GMT+7), quận 7, quận 12, dates.",
]

if __name__ == "__main__":
    emit("p646-6", TEXT, COMMENTS, FIGS, published="2024-09-11", location=HCM)
