from lib import F, P, CH, inh, emit

TEXT = """Giáo dục > Tin tức
Thứ tư, 4/9/2024, 06:30 (GMT+7)

Hơn một triệu trẻ em Hà Nội được uống sữa học đường

Năm học 2023-2024, Hà Nội có 1.086.400 trẻ mầm non và học sinh tiểu học ở 30 quận, huyện, thị xã tham gia Chương trình Sữa học đường, đạt 91,5% số trẻ thuộc đối tượng. Trong đó, khối mầm non có 452.300 trẻ, khối tiểu học có 634.100 học sinh.

Theo Sở Giáo dục và Đào tạo Hà Nội, mỗi trẻ được uống sữa 5 lần/tuần, mỗi lần một hộp 180 ml. Giá một hộp sữa là 7.250 đồng, trong đó ngân sách thành phố hỗ trợ 50%, ngân sách quận, huyện hỗ trợ 20%, phụ huynh đóng góp 30%.

Tổng kinh phí thực hiện trong năm học là 1.096 tỷ đồng, trong đó ngân sách nhà nước chi 767,2 tỷ đồng. Sữa cung cấp cho chương trình là sữa tươi thu mua từ các trang trại trong nước; mỗi ngày các đơn vị cung ứng giao khoảng 195 tấn sữa cho các trường.

Kết quả khảo sát sau 3 năm triển khai cho thấy tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm từ 7,1% xuống 5,3%; chiều cao trung bình của trẻ tăng thêm 1,2-1,5 cm so với nhóm không uống sữa.

Năm học 2024-2025, thành phố dự kiến mở rộng chương trình cho khoảng 1,12 triệu trẻ, tăng hơn 33.000 trẻ so với năm học trước. Chương trình được thực hiện theo Quyết định số 1340/QĐ-TTg ngày 8/7/2016 của Thủ tướng Chính phủ.

Thanh Hằng
"""

FIGS = [
    F("Hơn một triệu trẻ em", "một", 1e6, "count", "trẻ em", "trẻ em Hà Nội được uống sữa học đường", approx="over"),
    F("có 1.086.400 trẻ", "1.086.400", 1086400, "count", "trẻ", "trẻ mầm non và học sinh tiểu học tham gia Chương trình Sữa học đường",
      percent=91.5),
    F("ở 30 quận", "30", 30, "count", "quận, huyện, thị xã", "quận, huyện, thị xã tham gia Chương trình Sữa học đường"),
    F("có 452.300 trẻ", "452.300", 452300, "count", "trẻ", "trẻ khối mầm non tham gia", total=1086400),
    F("có 634.100 học sinh", "634.100", 634100, "count", "học sinh", "học sinh khối tiểu học tham gia", total=1086400),
    F("5 lần/tuần", "5", 5, "measure", "lần/tuần", "số lần uống sữa của mỗi trẻ"),
    F("một hộp 180", "một", 1, "count", "hộp", "hộp sữa mỗi lần", optional=True),
    F("180 ml", "180", 180, "measure", "ml", "dung tích một hộp sữa"),
    F("là 7.250 đồng", "7.250", 7250, "money", "đồng", "giá một hộp sữa"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "ngân sách thành phố hỗ trợ giá sữa"),
    F("hỗ trợ 20%", "20", 20, "percent", "%", "ngân sách quận, huyện hỗ trợ giá sữa"),
    F("góp 30%", "30", 30, "percent", "%", "phụ huynh đóng góp giá sữa"),
    F("là 1.096 tỷ đồng", "1.096", 1096e9, "money", "đồng", "tổng kinh phí thực hiện chương trình"),
    F("chi 767,2 tỷ đồng", "767,2", 767.2e9, "money", "đồng", "ngân sách nhà nước chi cho chương trình", total=1096e9),
    F("khoảng 195 tấn", "195", 195, "measure", "tấn", "sữa các đơn vị cung ứng giao cho các trường mỗi ngày", approx="about"),
    F("từ 7,1%", "7,1", 7.1, "percent", "%", "tỷ lệ trẻ suy dinh dưỡng thể thấp còi trước khi triển khai"),
    F("xuống 5,3%", "5,3", 5.3, "percent", "%", "tỷ lệ trẻ suy dinh dưỡng thể thấp còi"),
    F("thêm 1,2-1,5 cm", "1,2", 1.2, "measure", "cm", "chiều cao trung bình của trẻ tăng thêm", value_max=1.5),
    F("khoảng 1,12 triệu trẻ", "1,12", 1.12e6, "count", "trẻ", "trẻ tham gia chương trình mở rộng", approx="about",
      change=CH("increase", 33000, "trẻ", "năm học trước", approx="over"), status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style 'Thứ tư, 4/9/2024, 06:30 (GMT+7)'): Hà Nội school-milk programme, school year 2023-2024.",
    "'Năm học 2023-2024/2024-2025' are school years, not periods the spec dates: no period in the gold (unscored).",
    "Headline 'Hơn một triệu' = number word with multiplier. 'một hộp' (one box per serving) is optional.",
    "'trong đó' after the price gives shares 50/20/30% of the price: percent figures of their own (no total; totals are for",
    "non-percent parts). 'giảm từ 7,1% xuống 5,3%' is not a range: two percent figures, no change. 'tăng thêm 1,2-1,5 cm' is",
    "the claim itself (measure range, no change). 'sau 3 năm triển khai' is a duration that locates in time; '1340/QĐ-TTg',",
    "'8/7/2016', '(GMT+7)' are distractors.",
]

emit("p625-6", TEXT, COMMENTS, FIGS, published="2024-09-04", location="Hà Nội")
