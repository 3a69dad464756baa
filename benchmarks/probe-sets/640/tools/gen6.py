from lib import *

TEXT = """Thời sự > Dân số
Thứ năm, 26/9/2024, 06:00 (GMT+7)

TP HCM dự kiến chi gần 10 tỷ đồng khuyến khích sinh con

Năm 2023, tổng tỷ suất sinh của TP HCM chỉ còn 1,39 con/phụ nữ, thấp hơn nhiều so với mức sinh thay thế 2,1 con. Thành phố dự kiến chi gần 10 tỷ đồng trong năm 2025 cho các chính sách khuyến khích sinh đủ hai con.

Theo Sở Y tế, thành phố có khoảng 9,4 triệu dân, trong đó người từ 60 tuổi trở lên chiếm 11,3%. Mỗi năm TP HCM có khoảng 100.000 trẻ chào đời, giảm gần 30.000 trẻ so với 10 năm trước. Quận 1, quận 3 và quận Phú Nhuận có mức sinh thấp nhất, lần lượt 1,05; 1,08 và 1,11 con/phụ nữ.

Tuổi kết hôn lần đầu trung bình của nữ ở thành phố là 27,6 tuổi, cao hơn bình quân cả nước 2,4 tuổi; của nam là 30,1 tuổi. Tỷ lệ phụ nữ 15-49 tuổi chưa kết hôn dao động từ 24 đến 26%.

Theo dự thảo đề án, thành phố dự kiến thưởng 3 triệu đồng cho phụ nữ sinh đủ hai con trước 35 tuổi và hỗ trợ 50% chi phí khám sàng lọc trước sinh cho cặp vợ chồng sinh con thứ hai. Mục tiêu đến năm 2030, tổng tỷ suất sinh của thành phố đạt 1,6 con/phụ nữ, tỷ lệ trẻ sơ sinh được sàng lọc đạt 98%.

Ông Phạm Chánh Trung, Chi cục trưởng Chi cục Dân số TP HCM, cho biết khảo sát trên 1.200 hộ gia đình tại 22 quận, huyện và TP Thủ Đức cho thấy hơn 60% cặp vợ chồng trẻ ngại sinh con thứ hai vì chi phí nuôi dạy con cao, nhà ở chật hẹp.

"Chính sách cần đủ mạnh để người dân thấy được hỗ trợ thực chất", ông Trung nói.

Lê Phương
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
TFR = "con/phụ nữ"

FIGS = [
    F("chi gần 10 tỷ đồng khuyến khích", "10", 10e9, "money", "đồng", "chi khuyến khích sinh con", I(Y25), approx="nearly",
      status="forecast"),
    F("còn 1,39 con/phụ nữ", "1,39", 1.39, "measure", TFR, "tổng tỷ suất sinh", Y23),
    F("thay thế 2,1 con", "2,1", 2.1, "measure", "con", "mức sinh thay thế", optional=True),
    F("chi gần 10 tỷ đồng trong", "10", 10e9, "money", "đồng", "chi cho các chính sách khuyến khích sinh đủ hai con", Y25,
      approx="nearly", status="forecast"),
    F("sinh đủ hai con.", "hai", 2, "count", "con", optional=True),
    F("khoảng 9,4 triệu dân", "9,4", 9.4e6, "count", "dân", "dân số thành phố", approx="about"),
    F("từ 60 tuổi", "60", 60, "measure", "tuổi", approx="at_least", optional=True),
    F("chiếm 11,3%", "11,3", 11.3, "percent", "%", "người từ 60 tuổi trở lên"),
    F("khoảng 100.000 trẻ", "100.000", 100000, "count", "trẻ", "trẻ chào đời mỗi năm", approx="about",
      change=CH("decrease", 30000, "trẻ", "10 năm trước", approx="nearly")),
    F("lần lượt 1,05", "1,05", 1.05, "measure", TFR, "mức sinh", location="Quận 1"),
    F("1,08 và", "1,08", 1.08, "measure", TFR, "mức sinh", location="Quận 3"),
    F("và 1,11 con", "1,11", 1.11, "measure", TFR, "mức sinh", location="Phú Nhuận"),
    F("là 27,6 tuổi", "27,6", 27.6, "measure", "tuổi", "Tuổi kết hôn lần đầu trung bình của nữ",
      change=CH("increase", 2.4, "tuổi", "bình quân cả nước")),
    F("là 30,1 tuổi", "30,1", 30.1, "measure", "tuổi", "Tuổi kết hôn lần đầu trung bình của nam"),
    F("phụ nữ 15-49 tuổi", "15", 15, "measure", "tuổi", value_max=49, optional=True),
    F("từ 24 đến 26%", "24", 24, "percent", "%", "Tỷ lệ phụ nữ 15-49 tuổi chưa kết hôn", value_max=26),
    F("thưởng 3 triệu đồng", "3", 3e6, "money", "đồng", "thưởng cho phụ nữ sinh đủ hai con trước 35 tuổi", status="forecast"),
    F("sinh đủ hai con trước", "hai", 2, "count", "con", optional=True),
    F("trước 35 tuổi", "35", 35, "measure", "tuổi", approx="under", optional=True),
    F("hỗ trợ 50% chi phí", "50", 50, "percent", "%", "hỗ trợ chi phí khám sàng lọc trước sinh", status="forecast"),
    F("đạt 1,6 con/phụ nữ", "1,6", 1.6, "measure", TFR, "tổng tỷ suất sinh của thành phố", T30, status="target"),
    F("đạt 98%", "98", 98, "percent", "%", "tỷ lệ trẻ sơ sinh được sàng lọc", T30, status="target"),
    F("trên 1.200 hộ", "1.200", 1200, "count", "hộ gia đình", "hộ gia đình được khảo sát", approx="over"),
    F("tại 22 quận, huyện", "22", 22, "count", "quận, huyện", "quận, huyện được khảo sát"),
    F("hơn 60% cặp", "60", 60, "percent", "%", "cặp vợ chồng trẻ ngại sinh con thứ hai", approx="over"),
]

COMMENTS = [
    "National press (VnExpress style): TP HCM — mức sinh thấp, chính sách khuyến khích sinh con. Dateline \"Thứ năm, 26/9/2024, 06:00 (GMT+7)\"; byline at the end.",
    "Not figures: \"Quận 1\", \"quận 3\" (district names), \"TP Thủ Đức\", \"con thứ hai\" (ordinal), \"10 năm trước\" (a time baseline), (GMT+7), 06:00.",
    "Optional: the replacement level \"2,1 con\" (a reference norm), \"hai con\" (the two-child norm in a policy name), age thresholds.",
    "Headline money inherits \"năm 2025\" from the lead (unscored); \"dự kiến\" in the headline and lead gives forecast. District TFRs go to location (Quận 1, Quận 3, Phú Nhuận).",
    "revised after the first run: the second \"sinh đủ hai con\" (in the bonus condition) added as optional, like the first (same norm; it had been left out).",
    "\"cao hơn bình quân cả nước 2,4 tuổi\" is the change of the women's 27,6 tuổi. Sentences with no period phrase (\"Mỗi năm\", \"Theo Sở Y tế\") get no period.",
]

if __name__ == "__main__":
    emit("p640-6", TEXT, COMMENTS, FIGS, published="2024-09-26", location="TP. Hồ Chí Minh")
