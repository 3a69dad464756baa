"""p729-5: Party newspaper (Hà Nội Mới style), straw burning, air pollution and fines in Hà Nội."""
from lib import emit, fig, per, inh, chg

TEXT = """Xử phạt 46 trường hợp đốt rơm rạ gây ô nhiễm không khí

(HNM) - Sau mỗi vụ thu hoạch lúa, khói từ việc đốt rơm rạ lại bao trùm nhiều tuyến đường ngoại thành Hà Nội như Quốc lộ 3, Quốc lộ 32. Từ đầu năm đến nay, lực lượng chức năng thành phố đã kiểm tra 312 lượt, phát hiện và xử phạt 46 trường hợp đốt rơm rạ, phụ phẩm nông nghiệp ngoài trời với tổng số tiền hơn 138 triệu đồng.

Theo Sở Tài nguyên và Môi trường, trong những ngày cao điểm đốt rơm tháng 6, chỉ số chất lượng không khí (AQI) tại các trạm quan trắc ở Sóc Sơn, Mê Linh có thời điểm lên tới 215 điểm, ở mức "rất xấu". Nồng độ bụi PM2.5 trung bình 24 giờ đo được 96 µg/m3. Có ngày, nồng độ bụi mịn cao gấp 1,9 lần quy chuẩn cho phép.

Mỗi vụ, Hà Nội có khoảng 90.000 ha lúa, phát sinh khoảng 540.000 tấn rơm rạ. Hiện mới có khoảng 35% lượng rơm được thu gom làm thức ăn cho trâu bò, trồng nấm, ủ phân. Các huyện có tỷ lệ thu gom cao là Ứng Hòa (52%), Phú Xuyên (48%), Mỹ Đức (45%).

Để giảm đốt rơm, thành phố đã hỗ trợ nông dân 18.600 lít chế phẩm vi sinh với kinh phí 2,3 tỷ đồng, bằng 115% so với năm 2023. Thành phố phấn đấu đến năm 2025 có ít nhất 60% lượng rơm rạ được thu gom, xử lý.

Người dân phát hiện hành vi đốt rơm rạ có thể phản ánh qua đường dây nóng 1022 hoặc số điện thoại 024.3825.1234.

Ngọc Anh
17/07/2024
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-17")
T6 = per("tháng 6", "2024-06-01", "2024-06-30")

COMMENTS = [
    "Party newspaper (invented, Hà Nội Mới style): '(HNM) -' tag, byline and bare date '17/07/2024' at the end (published).",
    "Distractors: Quốc lộ 3, Quốc lộ 32, 'PM2.5', hotline 1022, phone 024.3825.1234, the date line.",
    "'trung bình 24 giờ' is the averaging time in the name of the measure: optional.",
    "AQI '215 điểm' is a measure in điểm; the two stations' districts (Sóc Sơn, Mê Linh) are both named, so the location stays Hà Nội.",
    "'cao gấp 1,9 lần quy chuẩn' stands in its own sentence as the claim: a multiple.",
    "'bằng 115% so với năm 2023' is the share of 2,3 tỷ đồng (percent attribute). 'Từ đầu năm đến nay' ends at the date at the foot.",
    "'tháng 6' takes the year of the article's date (2024).",
]

FIGS = [
    fig("Xử phạt 46", "46", 46, "count", "trường hợp", "trường hợp đốt rơm rạ bị xử phạt", inh(YTD)),
    fig("kiểm tra 312 lượt", "312", 312, "count", "lượt", "lượt kiểm tra đốt rơm rạ", YTD),
    fig("và xử phạt 46", "46", 46, "count", "trường hợp", "trường hợp đốt rơm rạ, phụ phẩm nông nghiệp ngoài trời bị xử phạt", YTD),
    fig("hơn 138 triệu đồng", "138", 138000000, "money", "đồng", "tổng số tiền xử phạt", YTD, approx="over"),
    fig("lên tới 215 điểm", "215", 215, "measure", "điểm", "chỉ số chất lượng không khí (AQI) tại các trạm quan trắc ở Sóc Sơn, Mê Linh", T6),
    fig("trung bình 24 giờ", "24", 24, "measure", "giờ", "thời gian lấy trung bình nồng độ bụi PM2.5", optional=True),
    fig("96 µg/m3", "96", 96, "measure", "µg/m3", "nồng độ bụi PM2.5 trung bình 24 giờ", inh(T6)),
    fig("gấp 1,9 lần", "1,9", 1.9, "multiple", "lần", "nồng độ bụi mịn so với quy chuẩn cho phép", inh(T6)),
    fig("khoảng 90.000 ha", "90.000", 90000, "measure", "ha", "diện tích lúa mỗi vụ", approx="about"),
    fig("khoảng 540.000 tấn", "540.000", 540000, "measure", "tấn", "rơm rạ phát sinh mỗi vụ", approx="about"),
    fig("khoảng 35%", "35", 35, "percent", "%", "lượng rơm được thu gom", approx="about"),
    fig("Ứng Hòa (52%)", "52", 52, "percent", "%", "tỷ lệ thu gom rơm rạ", location="Ứng Hòa"),
    fig("Phú Xuyên (48%)", "48", 48, "percent", "%", "tỷ lệ thu gom rơm rạ", location="Phú Xuyên"),
    fig("Mỹ Đức (45%)", "45", 45, "percent", "%", "tỷ lệ thu gom rơm rạ", location="Mỹ Đức"),
    fig("nông dân 18.600 lít", "18.600", 18600, "measure", "lít", "chế phẩm vi sinh hỗ trợ nông dân"),
    fig("kinh phí 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", "kinh phí hỗ trợ chế phẩm vi sinh", percent=115),
    fig("ít nhất 60%", "60", 60, "percent", "%", "lượng rơm rạ được thu gom, xử lý", approx="at_least", status="target",
        period=per("đến năm 2025", None, "2025-12-31")),
]

if __name__ == "__main__":
    emit("p729-5", TEXT, COMMENTS, FIGS, published="2024-07-17", location="Hà Nội")
