"""p984-5: Party newspaper (Báo Bình Thuận), Phú Quý island fishermen and VMS, 10 months of 2023; byline + bare date at the end."""
from lib import F, asof, change, inh, months, period, write

TEXT = """
BÁO BÌNH THUẬN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÌNH THUẬN
Kinh tế

Ngư dân Phú Quý chủ động duy trì kết nối thiết bị giám sát hành trình

Những ngày này, tại cảng cá Phú Quý, nhiều tàu câu khơi vừa cập bến sau chuyến biển dài ngày. Anh Nguyễn Văn Mười, chủ tàu BTh 98457 TS, cho biết tàu anh dài 18 m, mỗi chuyến đi khoảng 20 ngày và mang về 6-7 tấn cá ngừ. "Trước khi ra khơi, tôi đều kiểm tra thiết bị, mỗi tháng đóng phí thuê bao 300.000 đồng", anh Mười nói.

Theo Ban Quản lý cảng cá Phú Quý, huyện đảo hiện có 1.106 tàu cá, trong đó 589 tàu dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình. 10 tháng năm 2023, có 2.845 lượt tàu ra vào cảng, sản lượng thủy sản bốc dỡ qua cảng đạt 19.460 tấn, tăng 8% so với cùng kỳ. Số lượt tàu mất kết nối quá 6 giờ trên biển là 73 lượt, giảm 41 lượt so với cùng kỳ.

Toàn tỉnh Bình Thuận hiện có 7.385 tàu cá, trong đó có 2.025 tàu từ 15 m trở lên; số tàu đã lắp thiết bị là 2.017/2.025 tàu. Từ đầu năm đến nay, Chi cục Thủy sản đã cấp 214 giấy xác nhận nguyên liệu thủy sản khai thác cho 2.340 tấn hải sản. Số giấy xác nhận này gấp 2 lần năm 2022.

Ông Trần Văn Hai, Phó Chủ tịch UBND huyện Phú Quý, cho biết mục tiêu đến năm 2025, 100% tàu cá ra vào cảng được kiểm soát và khai báo sản lượng đầy đủ; sản lượng qua cảng đạt trên 25.000 tấn/năm.

MINH HẢI
18/11/2023
"""

PQ, BT = "Phú Quý", "Bình Thuận"
M10 = months(2023, 1, 10, "10 tháng năm 2023")
YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-11-18")
T25 = asof("2025-12-31", "đến năm 2025")

FIGS = [
    F("dài 18 m", "18", 18, "measure", "m", "chiều dài tàu của anh Mười", location=PQ, optional=True),
    F("khoảng 20 ngày", "20", 20, "measure", "ngày", "thời gian mỗi chuyến đi", approx="about", location=PQ, optional=True),
    F("6-7 tấn", "6", 6, "measure", "tấn", "cá ngừ mang về mỗi chuyến", value_max=7, location=PQ),
    F("300.000 đồng", "300.000", 300000, "money", "đồng/tháng", "phí thuê bao thiết bị mỗi tháng", location=PQ),
    F("có 1.106 tàu cá", "1.106", 1106, "count", "tàu cá", "tàu cá huyện đảo", location=PQ),
    F("589 tàu", "589", 589, "count", "tàu", "tàu dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình", total=1106, location=PQ),
    F("dài từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", location=PQ, optional=True),
    F("có 2.845 lượt", "2.845", 2845, "count", "lượt tàu", "lượt tàu ra vào cảng", M10, location=PQ),
    F("đạt 19.460 tấn", "19.460", 19460, "measure", "tấn", "sản lượng thủy sản bốc dỡ qua cảng", M10, location=PQ,
      change=change("increase", 8, baseline="cùng kỳ")),
    F("quá 6 giờ", "6", 6, "measure", "giờ", "ngưỡng thời gian mất kết nối", approx="over", location=PQ, optional=True),
    F("là 73 lượt", "73", 73, "count", "lượt", "lượt tàu mất kết nối quá 6 giờ trên biển", inh(M10), location=PQ,
      change=change("decrease", 41, "lượt", "cùng kỳ")),
    F("có 7.385 tàu cá", "7.385", 7385, "count", "tàu cá", "tàu cá toàn tỉnh", location=BT),
    F("có 2.025 tàu", "2.025", 2025, "count", "tàu", "tàu từ 15 m trở lên", total=7385, location=BT),
    F("tàu từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", location=BT, optional=True),
    F("2.017/2.025 tàu", "2.017", 2017, "count", "tàu", "tàu đã lắp thiết bị", total=2025, location=BT),
    F("cấp 214 giấy", "214", 214, "count", "giấy", "giấy xác nhận nguyên liệu thủy sản khai thác được cấp", YTD, location=BT),
    F("cho 2.340 tấn", "2.340", 2340, "measure", "tấn", "hải sản được xác nhận nguyên liệu", YTD, location=BT),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "số giấy xác nhận so với năm 2022", inh(YTD), location=BT),
    F("100% tàu cá", "100", 100, "percent", "%", "tàu cá ra vào cảng được kiểm soát và khai báo sản lượng đầy đủ", T25,
      status="target", location=PQ),
    F("trên 25.000 tấn/năm", "25.000", 25000, "measure", "tấn/năm", "sản lượng qua cảng", T25, approx="over",
      status="target", location=PQ),
]

NOTES = [
    "Báo Bình Thuận (Party newspaper): Phú Quý island's fleet, VMS, port landings, 10 months of 2023; byline 'MINH HẢI' and bare date at the end.",
    "Phú Quý (a district) is the location of the island's figures and of the example boat; the province's fleet and certificates are Bình Thuận.",
    "The example boat's length and trip length are optional (an example's specification); its catch per trip and monthly fee are required.",
    "'2.025 tàu' is a count, not the year 2025. 'Số giấy xác nhận này gấp 2 lần năm 2022' stands as its own sentence: a multiple figure.",
    "Names with number words (Nguyễn Văn Mười, Trần Văn Hai) and the boat number 'BTh 98457 TS' are not figures.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2023-11-18", location="Phú Quý")
