"""p1137-6: national newspaper: Bến Tre farmers use solar pumps and drip irrigation against drought and salinity."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Nông nghiệp

Thứ Bảy, 16/03/2024, 07:30 (GMT+7)

Nông dân Bến Tre dùng pin mặt trời bơm nước ngọt chống hạn mặn

Hàng trăm hộ trồng sầu riêng, bưởi ở Bến Tre đầu tư máy bơm chạy bằng năng lượng mặt trời, trữ nước ngọt trong ao, túi nylon để tưới nhỏ giọt qua mùa khô.

Anh Lê Văn Hùng ở xã Long Thới, huyện Chợ Lách, có 1,8 ha sầu riêng. Tháng 11/2023, anh bỏ ra 65 triệu đồng lắp 12 tấm pin mặt trời, một máy bơm 2 HP cùng hệ thống tưới nhỏ giọt. Mỗi ngày máy bơm chạy khoảng 6 tiếng, đủ tưới cho toàn bộ vườn mà không tốn tiền điện.

"Trước đây mỗi tháng mùa khô tôi trả 3-4 triệu đồng tiền điện, giờ gần như không mất đồng nào", anh Hùng nói. Ao trữ của anh rộng 800 m2, trữ được khoảng 2.000 m3 nước ngọt, đủ tưới trong hai tháng cao điểm mặn.

Theo Sở Nông nghiệp và PTNT Bến Tre, mùa khô năm nay toàn tỉnh có khoảng 1.450 hộ sử dụng bơm năng lượng mặt trời, gấp 3 lần năm 2022; tổng diện tích cây ăn trái được tưới nhỏ giọt, phun mưa đạt 4.200 ha. Giá một bộ bơm năng lượng mặt trời công suất 1-3 HP hiện từ 25 đến 70 triệu đồng tùy loại.

Ở tỉnh Tiền Giang lân cận, hơn 800 hộ trồng sầu riêng tại huyện Cai Lậy cũng đã lắp bơm năng lượng mặt trời. Ông Nguyễn Văn Phúc, Phó giám đốc Sở Nông nghiệp và PTNT Bến Tre, cho biết tỉnh đang hỗ trợ 50% chi phí, không quá 20 triệu đồng/hộ, cho hộ nghèo và cận nghèo lắp đặt hệ thống. Năm 2024, tỉnh dự kiến hỗ trợ thêm khoảng 300 hộ.

Hoàng Nam
"""

NOV = P("Tháng 11/2023", "2023-11-01", "2023-11-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
CL = "Chợ Lách"

FIGS = [
    F("Hàng trăm hộ", "trăm", 100, "count", "hộ", approx="about", optional=True,
      subject="hộ trồng sầu riêng, bưởi đầu tư máy bơm năng lượng mặt trời"),
    F("có 1,8 ha", "1,8", 1.8, "measure", "ha", location=CL, subject="diện tích sầu riêng"),
    F("bỏ ra 65 triệu", "65", 65000000, "money", "đồng", location=CL,
      subject="chi phí lắp pin mặt trời, máy bơm và hệ thống tưới nhỏ giọt", period=NOV),
    F("lắp 12 tấm", "12", 12, "count", "tấm pin mặt trời", location=CL,
      subject="tấm pin mặt trời lắp đặt", period=NOV),
    F("một máy bơm", "một", 1, "count", "máy bơm", location=CL, optional=True,
      subject="máy bơm", period=NOV),
    F("2 HP", "2", 2, "measure", "HP", location=CL, subject="công suất máy bơm"),
    F("khoảng 6 tiếng", "6", 6, "measure", "tiếng/ngày", approx="about", location=CL,
      subject="thời gian máy bơm chạy mỗi ngày"),
    F("trả 3-4 triệu", "3", 3000000, "money", "đồng/tháng", value_max=4000000, location=CL,
      subject="tiền điện mỗi tháng mùa khô trước đây"),
    F("rộng 800 m2", "800", 800, "measure", "m2", location=CL, subject="diện tích ao trữ"),
    F("khoảng 2.000 m3", "2.000", 2000, "measure", "m3", approx="about", location=CL,
      subject="lượng nước ngọt ao trữ được"),
    F("trong hai tháng", "hai", 2, "measure", "tháng", location=CL, optional=True,
      subject="thời gian đủ tưới"),
    F("khoảng 1.450 hộ", "1.450", 1450, "count", "hộ", approx="about",
      change=C("increase", 3, "lần", "năm 2022"), subject="hộ sử dụng bơm năng lượng mặt trời"),
    F("đạt 4.200 ha", "4.200", 4200, "measure", "ha",
      subject="tổng diện tích cây ăn trái được tưới nhỏ giọt, phun mưa"),
    F("công suất 1-3 HP", "1", 1, "measure", "HP", value_max=3, optional=True,
      subject="công suất bộ bơm năng lượng mặt trời"),
    F("từ 25 đến 70 triệu", "25", 25000000, "money", "đồng", value_max=70000000,
      subject="giá một bộ bơm năng lượng mặt trời"),
    F("hơn 800 hộ", "800", 800, "count", "hộ", approx="over", location="Cai Lậy",
      subject="hộ trồng sầu riêng lắp bơm năng lượng mặt trời"),
    F("hỗ trợ 50%", "50", 50, "percent", "%",
      subject="mức hỗ trợ chi phí lắp đặt hệ thống cho hộ nghèo và cận nghèo"),
    F("không quá 20 triệu", "20", 20000000, "money", "đồng/hộ", approx="at_most",
      subject="mức hỗ trợ chi phí lắp đặt hệ thống cho hộ nghèo và cận nghèo"),
    F("khoảng 300 hộ", "300", 300, "count", "hộ", approx="about", status="forecast",
      subject="hộ được hỗ trợ thêm", period=Y24),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 16/03/2024, 07:30 (GMT+7)', byline 'Hoàng Nam' at the end; the story is about Bến Tre (default location).",
    "Distractors: '07:30', '(GMT+7)', baseline 'năm 2022'; 'mùa khô năm nay' gives no scored period (season, not a calendar span).",
    "Farm passage in huyện Chợ Lách: location Chợ Lách for all its figures, also in the quote paragraph.",
    "'Hàng trăm hộ' (approximate number word), 'một máy bơm' (article use), 'hai tháng cao điểm' (a duration of use), 'công suất 1-3 HP'",
    "(a product class in a price sentence) are optional. 'gấp 3 lần năm 2022' after a count → change 3 lần.",
    "Tiền Giang figure: 'hơn 800 hộ … tại huyện Cai Lậy' → location Cai Lậy. 'dự kiến' → forecast.",
    "revised after the first run: the farmer's name dropped from 5 subjects (the owner is not the indicator; the place is in location).",
]

if __name__ == "__main__":
    write("p1137-6", TEXT, NOTES, FIGS, published="2024-03-16", location="Bến Tre")
