"""p765-8: city portal (Đà Nẵng), 'Ngày cập nhật' line, wildlife rescue 9 months 2023, Sơn Trà langurs."""
from lib import F, P, inh, CH, emit

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Tin tức - Sự kiện / Kinh tế / Nông nghiệp - Môi trường
Ngày cập nhật 09/10/2023

Đà Nẵng thả về tự nhiên 178 cá thể động vật hoang dã trong 9 tháng

Theo Chi cục Kiểm lâm thành phố, 9 tháng năm 2023, lực lượng kiểm lâm đã tiếp nhận 196 cá thể động vật hoang dã do người dân tự nguyện giao nộp và cơ quan chức năng chuyển giao, tăng 23,9% so với cùng kỳ năm 2022. Trong đó, nhiều nhất là quận Sơn Trà (84 cá thể), tiếp đến huyện Hòa Vang (65 cá thể) và quận Liên Chiểu (47 cá thể). Số cá thể thuộc loài nguy cấp, quý, hiếm là 52 cá thể, chiếm 26,5%.

Sau thời gian chăm sóc tại Trạm Cứu hộ động vật hoang dã (Trạm Kiểm lâm số 2), đã có 178 cá thể được thả về tự nhiên, chiếm 90,8% số cá thể tiếp nhận; 11 cá thể đang được nuôi dưỡng, 7 cá thể bị chết do bị thương nặng. Kinh phí cứu hộ 9 tháng khoảng 850 triệu đồng, bình quân hơn 4,3 triệu đồng/cá thể. Từ đầu năm đến nay, Chi cục đã tổ chức 18 lớp tập huấn cho hơn 600 lượt người dân, hướng dẫn viên du lịch.

Riêng tại Khu bảo tồn thiên nhiên Sơn Trà (quận Sơn Trà), kết quả điều tra năm 2022 ghi nhận khoảng 1.335 cá thể voọc chà vá chân nâu thuộc 283 đàn, tăng gần 1,3 lần so với năm 2016.

Năm 2023, thành phố phấn đấu tỷ lệ cá thể được thả về tự nhiên đạt trên 85%; dự kiến xây mới 3 chuồng cách ly với tổng kinh phí 1,5 tỷ đồng trong quý IV/2023.

Người dân phát hiện động vật hoang dã cần cứu hộ liên hệ Chi cục Kiểm lâm, số 12 Trần Quý Cáp, quận Hải Châu; điện thoại 0236.3822.414.
"""

H9 = P("9 tháng", "2023-01-01", "2023-09-30")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-09")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
LIST = "cá thể động vật hoang dã tiếp nhận"

FIGS = [
    F("tự nhiên 178 cá thể động vật", "178", 178, "count", "cá thể",
      subject="cá thể động vật hoang dã thả về tự nhiên", period=H9),
    F("tiếp nhận 196 cá thể", "196", 196, "count", "cá thể",
      change=CH("increase", 23.9, baseline="cùng kỳ năm 2022"), subject=LIST, period=M9),
    F("(84 cá thể)", "84", 84, "count", "cá thể", total=196, subject=LIST, period=inh(M9), location="Sơn Trà"),
    F("(65 cá thể)", "65", 65, "count", "cá thể", total=196, subject=LIST, period=inh(M9), location="Hòa Vang"),
    F("(47 cá thể)", "47", 47, "count", "cá thể", total=196, subject=LIST, period=inh(M9), location="Liên Chiểu"),
    F("là 52 cá thể", "52", 52, "count", "cá thể", percent=26.5,
      subject="cá thể thuộc loài nguy cấp, quý, hiếm", period=inh(M9)),
    F("có 178 cá thể", "178", 178, "count", "cá thể", percent=90.8,
      subject="cá thể được thả về tự nhiên", period=inh(M9)),
    F("11 cá thể", "11", 11, "count", "cá thể", subject="cá thể đang được nuôi dưỡng", period=inh(M9)),
    F(", 7 cá thể", "7", 7, "count", "cá thể", subject="cá thể bị chết do bị thương nặng", period=inh(M9)),
    F("khoảng 850 triệu đồng", "850", 850e6, "money", "đồng", approx="about", subject="kinh phí cứu hộ",
      period=H9),
    F("hơn 4,3 triệu đồng/cá thể", "4,3", 4.3e6, "money", "đồng/cá thể", approx="over",
      subject="kinh phí cứu hộ bình quân", period=H9),
    F("18 lớp", "18", 18, "count", "lớp tập huấn", subject="lớp tập huấn Chi cục tổ chức", period=YTD),
    F("hơn 600 lượt", "600", 600, "count", "lượt người", approx="over",
      subject="lượt người dân, hướng dẫn viên du lịch được tập huấn", period=YTD),
    F("khoảng 1.335 cá thể", "1.335", 1335, "count", "cá thể", approx="about",
      change=CH("increase", 1.3, "lần", baseline="năm 2016", approx="nearly"),
      subject="cá thể voọc chà vá chân nâu", period=Y22, location="Sơn Trà"),
    F("283 đàn", "283", 283, "count", "đàn", subject="đàn voọc chà vá chân nâu", period=Y22, location="Sơn Trà"),
    F("trên 85%", "85", 85, "percent", "%", approx="over", status="target",
      subject="tỷ lệ cá thể được thả về tự nhiên", period=Y23),
    F("xây mới 3 chuồng", "3", 3, "count", "chuồng cách ly", status="forecast",
      subject="chuồng cách ly xây mới", period=Q4),
    F("1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", status="forecast",
      subject="tổng kinh phí xây mới chuồng cách ly", period=Q4),
]

COMMENTS = [
    "Đà Nẵng city portal, 'Ngày cập nhật 09/10/2023': wildlife rescue 9 months 2023 (intake by district, releases, cost, training),",
    "Sơn Trà langur survey 2022, 2023 targets. Headline '9 tháng' takes 2023 from the update line before it.",
    "'Trong đó, nhiều nhất là quận Sơn Trà (84 cá thể), ...' follows the whole 196 and adds up to it -> total 196, district location.",
    "'11 cá thể đang được nuôi dưỡng, 7 cá thể bị chết' stand beside 178 with no cue after a whole -> no total.",
    "'Kinh phí cứu hộ 9 tháng' gives the 9-month period in-sentence (year from the article). 'Từ đầu năm đến nay' ends at the update date.",
    "'tăng gần 1,3 lần so với năm 2016' is the change of 1.335 cá thể (the population), not of 283 đàn. Sơn Trà figures: the",
    "sentence names '(quận Sơn Trà)' -> location Sơn Trà.",
    "Distractors: Trạm Kiểm lâm số 2, số 12 Trần Quý Cáp, quận Hải Châu, phone 0236.3822.414, update date.",
]

if __name__ == "__main__":
    emit("p765-8", TEXT, COMMENTS, FIGS, published="2023-10-09", location="Đà Nẵng")
