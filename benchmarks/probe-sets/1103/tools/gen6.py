"""p1103-6: national newspaper — myopia survey of TP HCM pupils, glasses prices, hospital visits."""
from lib import F, period, inherit, change, write_set

TEXT = """Sức khỏe
Hơn 40% học sinh TP HCM bị cận thị
Thứ năm, 6/6/2024, 14:05 (GMT+7)

Khảo sát của Bệnh viện Mắt TP HCM với 5.212 học sinh tại 12 trường ở TP Thủ Đức, quận 3 và quận Bình Tân cho thấy 42,5% em bị cận thị, riêng học sinh lớp 12 lên tới 61%.

Kết quả được công bố tại Hội nghị Nhãn khoa TP HCM lần thứ 5 sáng 5/6. Theo bác sĩ Trần Thị Ngọc Ánh, Trưởng khoa Khúc xạ, độ cận trung bình của học sinh THPT là 2,75 độ, có khoảng 8% em cận nặng trên 6 độ. Nhiều em mới học lớp 3 nhưng đã cận 3-4 độ. Mức tăng độ cận trung bình ở nhóm này là 0,5-1 độ mỗi năm.

Thời gian sử dụng thiết bị điện tử của học sinh trung bình 5,2 giờ/ngày, trong khi thời gian hoạt động ngoài trời chưa đến 45 phút. Theo Hội Nhãn khoa Việt Nam, tỷ lệ cận thị ở trẻ em Việt Nam đã tăng khoảng 1,8 lần sau 10 năm.

Chi phí một cặp kính gọng cho học sinh dao động 500.000-1,5 triệu đồng, còn kính áp tròng chỉnh hình giác mạc (Ortho-K) có giá 15-25 triệu đồng/cặp. Từ đầu năm đến nay, bệnh viện đã tiếp nhận gần 9.800 lượt trẻ em đến khám khúc xạ, tăng 23% so với cùng kỳ năm 2023.

Tổ chức Y tế Thế giới (WHO) dự báo đến năm 2050, khoảng 50% dân số thế giới bị cận thị. Các bác sĩ khuyến cáo phụ huynh cho trẻ khám mắt định kỳ 6 tháng một lần, hạn chế cho trẻ dùng điện thoại trước khi ngủ.

Lê Phương
"""

YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-06-06")
T50 = period("đến năm 2050", None, "2050-12-31")

FIGS = [
    F("Hơn 40% học sinh", "40", 40, "percent", "%", "học sinh TP HCM bị cận thị", approx="over"),
    F("với 5.212 học sinh", "5.212", 5212, "count", "học sinh", "học sinh tham gia khảo sát"),
    F("tại 12 trường", "12", 12, "count", "trường", "trường tham gia khảo sát"),
    F("42,5% em", "42,5", 42.5, "percent", "%", "học sinh bị cận thị"),
    F("lên tới 61%", "61", 61, "percent", "%", "tỷ lệ cận thị học sinh lớp 12"),
    F("là 2,75 độ", "2,75", 2.75, "measure", "độ", "độ cận trung bình của học sinh THPT"),
    F("khoảng 8% em", "8", 8, "percent", "%", "học sinh cận nặng trên 6 độ", approx="about"),
    F("trên 6 độ", "6", 6, "measure", "độ", approx="over", optional=True),
    F("cận 3-4 độ", "3", 3, "measure", "độ", "độ cận của học sinh mới học lớp 3", value_max=4),
    F("0,5-1 độ", "0,5", 0.5, "measure", "độ/năm", "mức tăng độ cận trung bình mỗi năm", value_max=1),
    F("5,2 giờ/ngày", "5,2", 5.2, "measure", "giờ/ngày", "thời gian sử dụng thiết bị điện tử của học sinh"),
    F("chưa đến 45 phút", "45", 45, "measure", "phút", "thời gian hoạt động ngoài trời", approx="under"),
    F("khoảng 1,8 lần", "1,8", 1.8, "multiple", "lần", "tỷ lệ cận thị ở trẻ em Việt Nam tăng",
      approx="about", location="Việt Nam"),
    F("dao động 500.000-1,5 triệu đồng", "500.000", 500000, "money", "đồng", "chi phí một cặp kính gọng cho học sinh",
      value_max=1.5e6),
    F("15-25 triệu đồng/cặp", "15", 15e6, "money", "đồng/cặp",
      "giá kính áp tròng chỉnh hình giác mạc (Ortho-K)", value_max=25e6),
    F("gần 9.800 lượt", "9.800", 9800, "count", "lượt trẻ em", "lượt trẻ em đến khám khúc xạ", YTD,
      approx="nearly", change=change("increase", 23, "%", "cùng kỳ năm 2023")),
    F("khoảng 50% dân số", "50", 50, "percent", "%", "dân số thế giới bị cận thị", T50, approx="about",
      status="forecast", location=""),
    F("6 tháng một lần", "6", 6, "measure", "tháng", optional=True),
]

NOTES = [
    "National newspaper, 'Thứ năm, 6/6/2024, 14:05 (GMT+7)', byline at the end; survey in TP HCM (location TP Hồ Chí Minh).",
    "Not figures: 'quận 3', 'lớp 12', 'lớp 3' (names), 'lần thứ 5' (ordinal), 'sáng 5/6' (date), 'sau 10 năm' (time span",
    "of the comparison only). '1,8 lần' with no base amount is the claim: a multiple. WHO's world forecast has no location",
    "(location = \"\" = null). 'trên 6 độ' (a category threshold) and '6 tháng một lần' (a recommendation) are optional.",
]

write_set("p1103-6", TEXT, FIGS, NOTES, published="2024-06-06", location="TP Hồ Chí Minh")
