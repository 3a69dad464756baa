"""p566-6: national press (VnExpress-style dateline), heat wave in Hà Nội and the North, June 2024."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Thời tiết
Thứ tư, 12/6/2024, 15:40 (GMT+7)

Hà Nội nắng nóng 39 độ C, dự báo kéo dài thêm 4 ngày

Nhiệt độ cao nhất tại Hà Nội chiều nay lên 39,6 độ C, độ ẩm thấp nhất 45%, trong khi nhiều tỉnh Bắc Bộ vượt 40 độ C.

Theo Trung tâm Dự báo Khí tượng Thủy văn quốc gia, lúc 13h hôm nay, trạm Láng đo được 39,2 độ C, trạm Hà Đông 39,6 độ C. Một số nơi nóng hơn, lần lượt là Bắc Giang 40,6 độ C, Phú Thọ 40,3 độ C và Hòa Bình 40,1 độ C.

Nắng nóng khiến nhu cầu điện tăng cao. Công suất tiêu thụ điện toàn quốc ngày 11/6 đạt 47.670 MW, tăng 12,5% so với cùng kỳ năm 2023.

Năm nay, số ngày nắng nóng tại Hà Nội tính đến ngày 12/6 là 18 ngày, nhiều hơn 7 ngày so với cùng kỳ. Đây là đợt nắng nóng thứ 4 ở Bắc Bộ từ đầu năm.

Dự báo nắng nóng còn kéo dài đến hết ngày 16/6, nhiệt độ cao nhất phổ biến 37-39 độ C, có nơi trên 40 độ C. Chỉ số tia UV tại Hà Nội ở mức 10-11, nguy cơ gây hại rất cao. Người dân nên hạn chế ra ngoài từ 11h đến 15h, uống đủ nước và không để trẻ em, người già làm việc lâu dưới trời nắng.

Ông Nguyễn Văn Hưởng, Trưởng phòng Dự báo thời tiết, cho biết khu vực Bắc Bộ có thể đón mưa dông từ chiều tối 17/6, lượng mưa phổ biến 20-40 mm, có nơi trên 70 mm, giúp nền nhiệt giảm 3-4 độ C.

Gia Chính
"""

TODAY = P("hôm nay", "2024-06-12", "2024-06-12")

FIGS = [
    F("nắng nóng 39 độ C", "39", 39, "measure", "độ C", "nhiệt độ nắng nóng", I(TODAY), location="Hà Nội"),
    F("thêm 4 ngày", "4", 4, "measure", "ngày", "nắng nóng kéo dài thêm", status="forecast", location="Hà Nội"),
    F("lên 39,6 độ C", "39,6", 39.6, "measure", "độ C", "nhiệt độ cao nhất",
      P("chiều nay", "2024-06-12", "2024-06-12"), location="Hà Nội"),
    F("thấp nhất 45%", "45", 45, "percent", "%", "độ ẩm thấp nhất",
      P("chiều nay", "2024-06-12", "2024-06-12"), location="Hà Nội"),
    F("vượt 40 độ C", "40", 40, "measure", "độ C", "nhiệt độ cao nhất nhiều tỉnh Bắc Bộ",
      P("chiều nay", "2024-06-12", "2024-06-12"), approx="over", location="Việt Nam"),
    F("được 39,2 độ C", "39,2", 39.2, "measure", "độ C", "nhiệt độ trạm Láng", TODAY, location="Hà Nội"),
    F("Hà Đông 39,6 độ C", "39,6", 39.6, "measure", "độ C", "nhiệt độ trạm Hà Đông", TODAY, location="Hà Đông"),
    F("Bắc Giang 40,6 độ C", "40,6", 40.6, "measure", "độ C", "nhiệt độ", I(TODAY), location="Bắc Giang"),
    F("Phú Thọ 40,3 độ C", "40,3", 40.3, "measure", "độ C", "nhiệt độ", I(TODAY), location="Phú Thọ"),
    F("Hòa Bình 40,1 độ C", "40,1", 40.1, "measure", "độ C", "nhiệt độ", I(TODAY), location="Hòa Bình"),
    F("đạt 47.670 MW", "47.670", 47670, "measure", "MW", "công suất tiêu thụ điện toàn quốc",
      P("ngày 11/6", "2024-06-11", "2024-06-11"), change=CH("increase", 12.5, "%", "cùng kỳ năm 2023"),
      location="Việt Nam"),
    F("là 18 ngày", "18", 18, "measure", "ngày", "số ngày nắng nóng", P("tính đến ngày 12/6", None, "2024-06-12"),
      change=CH("increase", 7, "ngày", "cùng kỳ"), location="Hà Nội"),
    F("phổ biến 37-39 độ C", "37", 37, "measure", "độ C", "nhiệt độ cao nhất", value_max=39, status="forecast",
      location="Hà Nội"),
    F("nơi trên 40 độ C", "40", 40, "measure", "độ C", "nhiệt độ cao nhất", approx="over", status="forecast",
      location="Hà Nội"),
    F("mức 10-11", "10", 10, "measure", "mức", "chỉ số tia UV", value_max=11, status="forecast", location="Hà Nội",
      optional=True),
    F("phổ biến 20-40 mm", "20", 20, "measure", "mm", "lượng mưa", value_max=40, status="forecast",
      location="Việt Nam"),
    F("trên 70 mm", "70", 70, "measure", "mm", "lượng mưa", approx="over", status="forecast", location="Việt Nam"),
    F("giảm 3-4 độ C", "3", 3, "measure", "độ C", "nền nhiệt giảm", value_max=4, status="forecast",
      location="Việt Nam"),
]

COMMENTS = [
    "National press, dateline 'Thứ tư, 12/6/2024, 15:40 (GMT+7)': heat wave in Hà Nội and the North; byline at the end.",
    "'hôm nay'/'chiều nay' = the dateline's day. A station named by a district (Hà Đông) → that district; trạm Láng → Hà Nội.",
    "Regional figures (nhiều tỉnh Bắc Bộ, khu vực Bắc Bộ) → Việt Nam (choice). The forecast paragraph continues 'Dự báo' in its",
    "clauses; the 17/6 rain outlook is forecast (có thể). 'giúp nền nhiệt giảm 3-4 độ C' is a drop that is the claim: measure, no change.",
    "UV index 'mức 10-11' optional (unitless index). Not figures: 'thứ 4', '13h', '11h đến 15h', '(GMT+7)', dates.",
    "Forecast figures whose period is only 'đến hết ngày 16/6' get no period (not scored).",
]

if __name__ == "__main__":
    emit("p566-6", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Hà Nội")
