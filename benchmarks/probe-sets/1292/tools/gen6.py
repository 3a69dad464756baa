"""p1292-6: national newspaper (VnExpress-like): Đà Nẵng coach stations lose passengers to 'xe dù', 7 months of 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """Thời sự > Giao thông
Thứ sáu, 30/8/2024, 16:20 (GMT+7)

Bến xe vắng khách, xe "dù" bủa vây Đà Nẵng

Lượng khách qua các bến xe ở Đà Nẵng 7 tháng đầu năm giảm gần 12%, trong khi hơn 300 xe hợp đồng, xe trung chuyển đón trả khách dọc các tuyến phố.

Theo Sở Giao thông vận tải Đà Nẵng, 7 tháng đầu năm 2024, hai bến xe khách trên địa bàn thành phố đón, tiễn 612.000 lượt khách, giảm 11,8% so với cùng kỳ năm 2023; số lượt xe xuất bến đạt 41.300 lượt, giảm 9,4%. Tỷ lệ lấp đầy ghế bình quân của xe tuyến cố định chỉ còn dưới 45%.

Ông Trần Minh Khoa, Giám đốc Công ty cổ phần Bến xe Sông Hàn, cho biết bến xe khách Hòa Cầm có những ngày chỉ khoảng 190 lượt xe xuất bến, bằng chưa đến 20% công suất thiết kế. "Nhiều nhà xe bỏ bến, chuyển sang chạy hợp đồng để đón khách tận nhà", ông Khoa nói.

Khảo sát của Sở cho thấy khoảng 320 xe hợp đồng, xe trung chuyển thường xuyên đón trả khách sai quy định tại 27 điểm trên các tuyến Điện Biên Phủ, Tôn Đức Thắng và Quốc lộ 1A. Giá vé xe "dù" tuyến Đà Nẵng - Huế chỉ 80.000-100.000 đồng, thấp hơn 20-30% so với xe tuyến cố định.

Trong khi đó, cùng thời gian trên, lượng khách đi tàu hỏa và máy bay đến Đà Nẵng tăng lần lượt 6% và 14%.

Từ đầu năm đến nay, Thanh tra Sở đã xử phạt 286 trường hợp xe "dù", "bến cóc" với tổng số tiền gần 1,9 tỷ đồng, tước giấy phép lái xe 41 trường hợp. Sở dự kiến bố trí 12 điểm đón trả khách cho xe tuyến cố định trong nội thành từ tháng 10.

Nguyễn Đông
"""

M7 = period("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7_SAPO = period("7 tháng đầu năm", "2024-01-01", "2024-07-31")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-08-30")

FIGS = [
    F("giảm gần 12%", "12", 12, "percent", "%", approx="nearly",
      subject="lượng khách qua các bến xe", period=M7_SAPO),
    F("hơn 300 xe", "300", 300, "count", "xe", approx="over",
      subject="xe hợp đồng, xe trung chuyển đón trả khách dọc các tuyến phố"),
    F("hai bến", "hai", 2, "count", "bến xe khách", subject="bến xe khách trên địa bàn thành phố", period=M7),
    F("tiễn 612.000", "612.000", 612000, "count", "lượt khách",
      change=change("decrease", 11.8, "%", "cùng kỳ năm 2023"), subject="lượt khách đón, tiễn", period=M7),
    F("đạt 41.300", "41.300", 41300, "count", "lượt", change=change("decrease", 9.4, "%"),
      subject="số lượt xe xuất bến", period=M7),
    F("dưới 45%", "45", 45, "percent", "%", approx="under",
      subject="tỷ lệ lấp đầy ghế bình quân của xe tuyến cố định", period=inherit(M7)),
    F("khoảng 190", "190", 190, "count", "lượt xe", approx="about", percent=20,
      subject="lượt xe xuất bến bến xe khách Hòa Cầm những ngày vắng"),
    F("khoảng 320 xe", "320", 320, "count", "xe", approx="about",
      subject="xe hợp đồng, xe trung chuyển đón trả khách sai quy định"),
    F("tại 27 điểm", "27", 27, "count", "điểm", subject="điểm đón trả khách sai quy định"),
    F("chỉ 80.000-100.000", "80.000", 80000, "money", "đồng/vé", value_max=100000,
      change=change("decrease", 20, "%", "xe tuyến cố định"),
      subject="giá vé xe dù tuyến Đà Nẵng - Huế"),
    F("lần lượt 6%", "6", 6, "percent", "%", subject="lượng khách đi tàu hỏa đến Đà Nẵng", period=inherit(M7)),
    F("và 14%", "14", 14, "percent", "%", subject="lượng khách đi máy bay đến Đà Nẵng", period=inherit(M7)),
    F("xử phạt 286", "286", 286, "count", "trường hợp",
      subject="trường hợp xe dù, bến cóc bị xử phạt", period=YTD),
    F("gần 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="nearly",
      subject="tổng số tiền xử phạt", period=YTD),
    F("xe 41", "41", 41, "count", "trường hợp", subject="trường hợp bị tước giấy phép lái xe", period=YTD),
    F("bố trí 12 điểm", "12", 12, "count", "điểm", status="forecast",
      subject="điểm đón trả khách cho xe tuyến cố định trong nội thành"),
]

NOTES = [
    "National newspaper (VnExpress-like): section path, 'Thứ sáu, 30/8/2024, 16:20 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 16:20, '(GMT+7)', 'Quốc lộ 1A', 'tháng 10', 'cùng kỳ năm 2023'. Location Đà Nẵng throughout (the Đà Nẵng - Huế",
    "fare is the city's route; the rail/air figures are arrivals to Đà Nẵng).",
    "Sapo '7 tháng đầu năm giảm gần 12%' is a rate as the claim (percent, nearly); year from the dateline. 'hơn 300 xe' is a standing",
    "count with no period ('trong khi ... đón trả khách').",
    "'hai bến xe khách' is a number word (count 2) and takes the sentence's period, like the 91 xã of h12.",
    "'giảm 9,4%' after 41.300 lượt has no baseline of its own (the clause continues the one with 'cùng kỳ năm 2023').",
    "'khoảng 190 lượt xe ..., bằng chưa đến 20% công suất' → percent attribute 20 of 190 (the 'chưa đến' belongs to the attribute).",
    "'80.000-100.000 đồng, thấp hơn 20-30% so với xe tuyến cố định' → change decrease 20 (the first value of the range).",
    "'tăng lần lượt 6% và 14%' → two percent figures; subject per item (tàu hỏa / máy bay); 'cùng thời gian trên' = inherited 7 months.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-08-30. 'dự kiến bố trí 12 điểm ... từ tháng 10' → forecast; tháng 10 is a start date.",
]

if __name__ == "__main__":
    write("p1292-6", TEXT, NOTES, FIGS, published="2024-08-30", location="Đà Nẵng")
