"""p507-6: Hạ Long international marathon, national press (VnExpress style)."""
from lib import F, P, I, CH, emit

TEXT = """Thể thao › Marathon
Chủ nhật, 10/12/2023, 15:30 (GMT+7)

Hơn 9.000 người chạy marathon quốc tế Hạ Long

Giải Marathon Quốc tế Di sản Vịnh Hạ Long 2023 sáng nay quy tụ 9.200 vận động viên, trong đó có hơn 1.300 người nước ngoài đến từ 42 quốc gia và vùng lãnh thổ. Lần tổ chức đầu tiên năm 2022, giải có 7.100 vận động viên tham gia.

Giải có bốn cự ly 42 km, 21 km, 10 km và 5 km. Trong số 9.200 người tham gia, cự ly marathon có 1.250 người, cự ly bán marathon 3.100 người, cự ly 10 km 2.900 người và cự ly 5 km 1.950 người. Số người về đích ở cự ly marathon là 1.118, đạt 89,4%.

Tổng giá trị giải thưởng hơn 1,2 tỷ đồng, trong đó các giải của cự ly marathon là 480 triệu đồng. Ban tổ chức huy động 320 nhân viên y tế, khoảng 1.500 tình nguyện viên và bố trí 24 trạm tiếp nước dọc đường chạy qua Quốc lộ 18, đường Trần Quốc Nghiễn.

Theo Sở Du lịch Quảng Ninh, dịp diễn ra giải, công suất phòng khách sạn tại Hạ Long đạt 78%, tăng 20% so với cuối tuần trước. Giải ước mang lại doanh thu khoảng 45 tỷ đồng cho các dịch vụ lưu trú, ăn uống của thành phố. Phong trào chạy bộ ở Quảng Ninh phát triển mạnh với hơn 60 câu lạc bộ, thu hút khoảng 8.000 hội viên thường xuyên tập luyện.

11 tháng năm 2023, Quảng Ninh đón 15,2 triệu lượt khách, vượt 8,6% kế hoạch năm, trong đó khách quốc tế đạt 1,6 triệu lượt.

Minh Cương
"""

M11 = P("11 tháng năm 2023", "2023-01-01", "2023-11-30")

FIGS = [
    F("Hơn 9.000 người", "9.000", 9000, "count", "người", approx="over",
      subject="người chạy marathon quốc tế Hạ Long"),
    F("quy tụ 9.200 vận động viên", "9.200", 9200, "count", "vận động viên",
      subject="vận động viên Giải Marathon Quốc tế Di sản Vịnh Hạ Long"),
    F("hơn 1.300 người", "1.300", 1300, "count", "người", approx="over", total=9200,
      subject="người nước ngoài"),
    F("từ 42 quốc gia", "42", 42, "count", "quốc gia và vùng lãnh thổ",
      subject="quốc gia và vùng lãnh thổ có vận động viên tham gia"),
    F("có 7.100 vận động viên", "7.100", 7100, "count", "vận động viên",
      subject="vận động viên tham gia lần tổ chức đầu tiên", period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("bốn cự ly", "bốn", 4, "count", "cự ly", subject="cự ly của giải"),
    F("cự ly 42 km", "42", 42, "measure", "km", subject="cự ly", optional=True),
    F("42 km, 21 km", "21", 21, "measure", "km", subject="cự ly", optional=True),
    F("21 km, 10 km", "10", 10, "measure", "km", subject="cự ly", optional=True),
    F("10 km và 5 km", "5", 5, "measure", "km", subject="cự ly", optional=True),
    F("Trong số 9.200 người", "9.200", 9200, "count", "người", subject="người tham gia", optional=True),
    F("có 1.250 người", "1.250", 1250, "count", "người", total=9200, subject="người tham gia cự ly marathon"),
    F("marathon 3.100 người", "3.100", 3100, "count", "người", total=9200,
      subject="người tham gia cự ly bán marathon"),
    F("cự ly 10 km 2.900", "10", 10, "measure", "km", subject="cự ly", optional=True),
    F("10 km 2.900 người", "2.900", 2900, "count", "người", total=9200, subject="người tham gia cự ly 10 km"),
    F("cự ly 5 km 1.950", "5", 5, "measure", "km", subject="cự ly", optional=True),
    F("5 km 1.950 người", "1.950", 1950, "count", "người", total=9200, subject="người tham gia cự ly 5 km"),
    F("là 1.118", "1.118", 1118, "count", "người", percent=89.4, subject="người về đích ở cự ly marathon"),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", approx="over", subject="tổng giá trị giải thưởng"),
    F("là 480 triệu đồng", "480", 480e6, "money", "đồng", total=1.2e9,
      subject="giải thưởng của cự ly marathon"),
    F("320 nhân viên y tế", "320", 320, "count", "nhân viên y tế", subject="nhân viên y tế"),
    F("khoảng 1.500 tình nguyện viên", "1.500", 1500, "count", "tình nguyện viên", approx="about",
      subject="tình nguyện viên"),
    F("bố trí 24 trạm", "24", 24, "count", "trạm tiếp nước", subject="trạm tiếp nước"),
    F("đạt 78%", "78", 78, "percent", "%", change=CH("increase", 20, baseline="cuối tuần trước"),
      subject="công suất phòng khách sạn"),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", approx="about", status="estimate",
      subject="doanh thu cho các dịch vụ lưu trú, ăn uống"),
    F("hơn 60 câu lạc bộ", "60", 60, "count", "câu lạc bộ", approx="over",
      subject="câu lạc bộ chạy bộ", location="Quảng Ninh"),
    F("khoảng 8.000 hội viên", "8.000", 8000, "count", "hội viên", approx="about",
      subject="hội viên câu lạc bộ chạy bộ thường xuyên tập luyện", location="Quảng Ninh"),
    F("đón 15,2 triệu lượt khách", "15,2", 15.2e6, "count", "lượt khách",
      change=CH("increase", 8.6, baseline="kế hoạch năm"), subject="lượt khách", period=M11,
      location="Quảng Ninh"),
    F("đạt 1,6 triệu lượt", "1,6", 1.6e6, "count", "lượt", total=15.2e6, subject="khách quốc tế", period=M11,
      location="Quảng Ninh"),
]

COMMENTS = [
    "National press (VnExpress style): Giải Marathon Quốc tế Di sản Vịnh Hạ Long 2023 (runners by distance, prizes, staff, hotel occupancy), Quảng Ninh 11 months.",
    "Location: the race and the hotel figures are the city's (Hạ Long); the 11-month tourism figures are the province's (Quảng Ninh).",
    "The race figures carry no period phrase ('sáng nay'; '2023' is part of the race's name): no period.",
    "Race distances '42 km, 21 km, 10 km và 5 km' name the categories (optional measures); 'Trong số 9.200 người' repeats the total (optional).",
    "'Trong số 9.200 người tham gia, ...' -> each distance's runners have total 9.200 (they add up). '1.118, đạt 89,4%' -> percent 89,4.",
    "'vượt 8,6% kế hoạch năm' is a gap to plan -> change with baseline 'kế hoạch năm'. '78%, tăng 20% so với cuối tuần trước' -> change of 78%.",
    "Not figures: '(GMT+7)', '15:30', 'Quốc lộ 18', 'Vịnh Hạ Long 2023' (name).",
]

if __name__ == "__main__":
    emit("p507-6", TEXT, COMMENTS, FIGS, published="2023-12-10", location="Hạ Long")
