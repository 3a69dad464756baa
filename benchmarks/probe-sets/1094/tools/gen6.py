"""p1094-6: national newspaper, làng chiếu cói Cẩm Nê (Hòa Vang, Đà Nẵng) revived by tourism."""
from lib import F, write, period, year, inh, change, target

TEXT = """Thứ năm, 6/6/2024, 15:40 (GMT+7)

Làng chiếu cói 500 năm tuổi hồi sinh nhờ du lịch

Từng có hơn 400 hộ dệt chiếu, làng Cẩm Nê (xã Hòa Tiến, huyện Hòa Vang, Đà Nẵng) nay chỉ còn khoảng 25 hộ giữ nghề, phần lớn là người trên 60 tuổi.

Bà Lê Thị Tám, 72 tuổi, cho biết mỗi chiếc chiếu hoa khổ 1,6 m phải dệt mất 2 ngày, bán được 350.000 - 600.000 đồng. Cói được trồng ngay trên cánh đồng ven sông Yên với diện tích khoảng 6 ha, mỗi năm thu hoạch 2 vụ. "Trước đây cả làng dệt chiếu bán đi Quảng Nam, Huế, giờ khách du lịch tìm về tận nhà mua", bà Tám kể.

Năm 2023, làng đón khoảng 12.000 lượt khách tham quan, trải nghiệm dệt chiếu, tăng gấp 3 lần so với năm 2022. Doanh thu từ bán chiếu và dịch vụ du lịch đạt gần 2,4 tỷ đồng. 5 tháng đầu năm 2024, lượng khách đạt 7.500 lượt, bằng 62,5% cả năm 2023. Các tour từ trung tâm thành phố theo Quốc lộ 14B mất khoảng 40 phút di chuyển.

Huyện Hòa Vang đang triển khai Đề án bảo tồn làng nghề chiếu cói Cẩm Nê với tổng kinh phí 18,5 tỷ đồng, trong đó ngân sách thành phố hỗ trợ 15 tỷ đồng. Dự kiến đến cuối năm 2025, làng sẽ có 50 hộ dệt chiếu trở lại, đón 30.000 lượt khách mỗi năm.

Theo Hiệp hội Làng nghề Việt Nam, cả nước hiện có hơn 5.400 làng nghề, trong đó khoảng 130 làng nghề cói, chiếu; nhiều làng đang mai một do thiếu lao động trẻ, thu nhập từ dệt chiếu chỉ đạt 3 - 4 triệu đồng/người/tháng.

Nguyễn Đông
"""

Y23 = year(2023, "Năm 2023")
M5 = period("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
F25 = period("đến cuối năm 2025", None, "2025-12-31")

FIGS = [
    F("500 năm tuổi", "500", 500, "measure", "năm", "tuổi của làng chiếu cói", optional=True),
    F("hơn 400 hộ", "400", 400, "count", "hộ", "hộ dệt chiếu trước đây", approx="over"),
    F("khoảng 25 hộ", "25", 25, "count", "hộ", "hộ còn giữ nghề dệt chiếu", approx="about"),
    F("trên 60 tuổi", "60", 60, "measure", "tuổi", approx="over", optional=True),
    F("Tám, 72 tuổi", "72", 72, "measure", "tuổi", optional=True),
    F("khổ 1,6 m", "1,6", 1.6, "measure", "m", optional=True),
    F("mất 2 ngày", "2", 2, "measure", "ngày", "thời gian dệt mỗi chiếc chiếu hoa"),
    F("350.000 - 600.000", "350.000", 350000, "money", "đồng", "giá bán mỗi chiếc chiếu hoa", value_max=600000),
    F("khoảng 6 ha", "6", 6, "measure", "ha", "diện tích trồng cói", approx="about"),
    F("thu hoạch 2 vụ", "2", 2, "count", "vụ", "vụ cói thu hoạch mỗi năm"),
    F("khoảng 12.000 lượt khách", "12.000", 12000, "count", "lượt khách", "lượt khách tham quan, trải nghiệm dệt chiếu",
      approx="about", change=change("increase", 3, "lần", "năm 2022"), period=Y23),
    F("gần 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", "doanh thu từ bán chiếu và dịch vụ du lịch", approx="nearly", period=inh(Y23)),
    F("đạt 7.500 lượt", "7.500", 7500, "count", "lượt", "lượng khách", percent=62.5, period=M5),
    F("khoảng 40 phút", "40", 40, "measure", "phút", "thời gian di chuyển từ trung tâm thành phố", approx="about"),
    F("kinh phí 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", "tổng kinh phí Đề án bảo tồn làng nghề chiếu cói Cẩm Nê"),
    F("hỗ trợ 15 tỷ đồng", "15", 15e9, "money", "đồng", "ngân sách thành phố hỗ trợ", total=18.5e9),
    F("có 50 hộ", "50", 50, "count", "hộ", "hộ dệt chiếu trở lại", status="forecast", period=F25),
    F("đón 30.000 lượt khách", "30.000", 30000, "count", "lượt khách", "lượt khách mỗi năm", status="forecast", period=F25),
    F("hơn 5.400 làng nghề", "5.400", 5400, "count", "làng nghề", "làng nghề", approx="over", location="Việt Nam"),
    F("khoảng 130 làng nghề", "130", 130, "count", "làng nghề", "làng nghề cói, chiếu", approx="about", total=5400, location="Việt Nam"),
    F("chỉ đạt 3 - 4 triệu", "3", 3e6, "money", "đồng/người/tháng", "thu nhập từ dệt chiếu", value_max=4e6, location="Việt Nam"),
]

NOTES = [
    "National newspaper (dateline 'Thứ năm, 6/6/2024, 15:40 (GMT+7)', byline at the end): Cẩm Nê sedge-mat village, huyện Hòa Vang, Đà Nẵng.",
    "Optional: '500 năm tuổi' (headline age), 'trên 60 tuổi' (threshold), a person's age '72 tuổi', the example mat's size 'khổ 1,6 m'.",
    "'tăng gấp 3 lần so với năm 2022' after a count is its change (unit lần). '30.000 lượt khách mỗi năm' is a count of visits (mỗi năm frames it).",
    "The national figures of the Hiệp hội (5.400 làng nghề, 130 cói villages, 3-4 triệu income) are Việt Nam.",
    "Distractors: 'Lê Thị Tám', Quốc lộ 14B, sông Yên, dateline/time, Quảng Nam/Huế (market places, no figure).",
]

if __name__ == "__main__":
    write("p1094-6", TEXT, FIGS, published="2024-06-06", location="Hòa Vang", notes=NOTES)
