"""p494-6: national press — international visitors' spending per trip, H1/2024 arrivals, hotel room rates by city."""
from lib import F, P, I, CH, emit

TEXT = """Du lịch › Tin tức
Thứ tư, 24/7/2024, 06:30 (GMT+7)

Khách quốc tế chi bình quân 1.470 USD mỗi chuyến đến Việt Nam

Giá phòng khách sạn tại các đô thị lớn tăng 10-15% so với năm 2023, lưu trú là khoản chi lớn nhất của du khách nước ngoài.

Theo Tổng cục Thống kê, 6 tháng đầu năm, Việt Nam đón 8,8 triệu lượt khách quốc tế, tăng 58,4% so với cùng kỳ năm ngoái và bằng 98% cùng kỳ năm 2019. Hà Nội, TP HCM và Đà Nẵng lần lượt đón 2,7 triệu, 2,6 triệu và 1,9 triệu lượt khách quốc tế.

Khảo sát của cơ quan thống kê cho thấy mỗi khách quốc tế chi tiêu bình quân 1.470 USD cho một chuyến, tương đương 96 USD/ngày; trong đó chi cho lưu trú chiếm 31%, ăn uống 22%. Thời gian lưu trú bình quân của khách quốc tế là 9,8 ngày, khách nội địa 2,3 ngày.

Tại Hà Nội, giá phòng bình quân khách sạn 5 sao khoảng 3,9 triệu đồng/đêm; TP HCM 3,6 triệu đồng/đêm; Đà Nẵng 2,7 triệu đồng/đêm. Công suất phòng tại Phú Quốc (Kiên Giang) đạt 70%, Hội An (Quảng Nam) khoảng 65%.

Theo Hiệp hội Khách sạn Việt Nam, hơn 60% lượt đặt phòng hiện được thực hiện qua các nền tảng trực tuyến. Hiệp hội có 1.300 hội viên với khoảng 180.000 phòng, phần lớn là khách sạn từ 3 sao trở lên. "Khách Hàn Quốc, Trung Quốc vẫn là hai thị trường lớn nhất, nhưng khách Ấn Độ tăng nhanh nhất", đại diện hiệp hội nói tại hội thảo ngày 22/7 ở số 58 Kim Mã, Hà Nội.

Anh Minh

Chia sẻ | 15 bình luận
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
RATE = "giá phòng bình quân khách sạn 5 sao"

FIGS = [
    F("chi bình quân 1.470 USD mỗi", "1.470", 1470, "money", "USD", subject="chi tiêu bình quân mỗi chuyến của khách quốc tế"),
    F("tăng 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá phòng khách sạn tại các đô thị lớn"),
    F("đón 8,8 triệu lượt", "8,8", 8_800_000, "count", "lượt khách", percent=98,
      change=CH("increase", 58.4, baseline="cùng kỳ năm ngoái"), subject="khách quốc tế", period=H1),
    F("đón 2,7 triệu,", "2,7", 2_700_000, "count", "lượt khách", subject="khách quốc tế", period=I(H1),
      location="Hà Nội"),
    F("2,6 triệu và", "2,6", 2_600_000, "count", "lượt khách", subject="khách quốc tế", period=I(H1),
      location="Hồ Chí Minh"),
    F("1,9 triệu lượt", "1,9", 1_900_000, "count", "lượt khách", subject="khách quốc tế", period=I(H1),
      location="Đà Nẵng"),
    F("bình quân 1.470 USD cho", "1.470", 1470, "money", "USD", subject="chi tiêu bình quân của mỗi khách quốc tế cho một chuyến"),
    F("tương đương 96 USD/ngày", "96", 96, "money", "USD/ngày", subject="chi tiêu bình quân mỗi ngày của khách quốc tế"),
    F("chiếm 31%", "31", 31, "percent", "%", subject="chi cho lưu trú"),
    F("ăn uống 22%", "22", 22, "percent", "%", subject="chi cho ăn uống"),
    F("là 9,8 ngày", "9,8", 9.8, "measure", "ngày", subject="thời gian lưu trú bình quân của khách quốc tế"),
    F("nội địa 2,3 ngày", "2,3", 2.3, "measure", "ngày", subject="thời gian lưu trú bình quân của khách nội địa"),
    F("khoảng 3,9 triệu", "3,9", 3_900_000, "money", "đồng/đêm", approx="about", subject=RATE, location="Hà Nội"),
    F("HCM 3,6 triệu", "3,6", 3_600_000, "money", "đồng/đêm", subject=RATE, location="Hồ Chí Minh"),
    F("Đà Nẵng 2,7 triệu", "2,7", 2_700_000, "money", "đồng/đêm", subject=RATE, location="Đà Nẵng"),
    F("đạt 70%", "70", 70, "percent", "%", subject="công suất phòng", location="Phú Quốc"),
    F("khoảng 65%", "65", 65, "percent", "%", approx="about", subject="công suất phòng", location="Hội An"),
    F("hơn 60%", "60", 60, "percent", "%", approx="over",
      subject="lượt đặt phòng được thực hiện qua các nền tảng trực tuyến"),
    F("có 1.300 hội viên", "1.300", 1300, "count", "hội viên", subject="hội viên Hiệp hội Khách sạn Việt Nam"),
    F("khoảng 180.000 phòng", "180.000", 180000, "count", "phòng", approx="about",
      subject="phòng của hội viên Hiệp hội Khách sạn Việt Nam"),
    F("là hai thị trường", "hai", 2, "count", "thị trường", subject="thị trường lớn nhất", optional=True),
]

COMMENTS = [
    "National press (VnExpress style): chi tiêu của khách quốc tế, khách quốc tế 6 tháng đầu năm 2024, giá phòng và công suất theo đô thị.",
    "'Thứ tư, 24/7/2024, 06:30 (GMT+7)' is the dateline; year-less '6 tháng đầu năm' takes 2024. Byline, '15 bình luận', 'ngày 22/7',",
    "'số 58 Kim Mã', star classes '5 sao' / 'từ 3 sao trở lên', the baseline 'năm 2019' are not figures.",
    "'bằng 98% cùng kỳ năm 2019' is the percent of 8,8 triệu; 'tương đương 96 USD/ngày' is an equivalent amount in another unit: a figure of its own.",
    "'trong đó chi cho lưu trú chiếm 31%, ăn uống 22%': shares with no amount of their own, percent figures (not the percent of 1.470 USD).",
    "'lần lượt': Hà Nội / TP HCM / Đà Nẵng in order are the locations; the room-rate and occupancy lists put the city in location.",
    "National figures and the standfirst rate (10-15%) carry Việt Nam. 'hai thị trường lớn nhất' in a quote only names the two markets: optional.",
]

if __name__ == "__main__":
    emit("p494-6", TEXT, COMMENTS, FIGS, published="2024-07-24", location="Việt Nam")
