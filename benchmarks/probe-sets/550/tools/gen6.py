"""p550-6: national press, summer beach season 2024 (occupancy, prices, searches, tours, seats)."""
from lib import F, P, I, CH, T, emit

TEXT = """Du lịch › Điểm đến

Công suất phòng khách sạn biển mùa hè lên tới 85%

Thứ hai, 17/6/2024, 07:00 (GMT+7)

Phú Quốc, Đà Nẵng, Nha Trang là ba điểm biển có công suất phòng cao nhất cả nước khi mùa du lịch hè bước vào cao điểm.

Theo khảo sát của Hiệp hội Du lịch Việt Nam, công suất phòng khách sạn tại Phú Quốc, Đà Nẵng và Nha Trang trong tháng 6 lần lượt đạt 85%, 80% và 78%. Giá phòng khách sạn 4-5 sao tại Đà Nẵng tăng 15-20% so với tháng 5, phổ biến 2,5-3,5 triệu đồng/đêm.

Dữ liệu từ nền tảng Agoda cho thấy lượng tìm kiếm lưu trú tại Việt Nam cho mùa hè năm nay tăng 28% so với cùng kỳ; Đà Nẵng đứng thứ 1 về lượng tìm kiếm của khách nội địa, Nha Trang đứng thứ 2.

Ông Nguyễn Quốc Kỳ, Chủ tịch HĐQT Vietravel, cho biết công ty đã có hơn 85.000 khách đăng ký tour hè, tăng 20% so với cùng kỳ, trong đó khoảng 60% chọn tuyến biển. Tour Phú Quốc 4 ngày 3 đêm có giá trọn gói 6,99 triệu đồng/khách.

Cục Hàng không Việt Nam cho biết trong 3 tháng hè, các hãng bay dự kiến cung ứng khoảng 11 triệu ghế trên các đường bay nội địa, tăng 6% so với cùng kỳ. Giá vé máy bay khứ hồi đến các đảo du lịch hiện dao động 3,5-4,8 triệu đồng.

Tại Phú Quốc, lượng khách tháng 5 đạt hơn 560.000 lượt, gấp đôi cùng kỳ; sân bay Phú Quốc đón bình quân 130 chuyến bay mỗi ngày. Du khách có thể gọi tổng đài 1900 1870 để được hỗ trợ.

Hoàng Phong
"""

M6 = P("tháng 6", "2024-06-01", "2024-06-30")

FIGS = [
    F("là ba điểm biển", "ba", 3, "count", "điểm biển", optional=True),
    F("lên tới 85%", "85", 85, "percent", "%", subject="công suất phòng khách sạn biển mùa hè"),
    F("lần lượt đạt 85%", "85", 85, "percent", "%", subject="công suất phòng khách sạn", period=M6,
      location="Phú Quốc"),
    F("85%, 80% và", "80", 80, "percent", "%", subject="công suất phòng khách sạn", period=M6, location="Đà Nẵng"),
    F("và 78%", "78", 78, "percent", "%", subject="công suất phòng khách sạn", period=M6, location="Nha Trang"),
    F("khách sạn 4-5 sao", "4", 4, "measure", "sao", value_max=5, optional=True),
    F("tăng 15-20%", "15", 15, "percent", "%", value_max=20, subject="giá phòng khách sạn 4-5 sao so với tháng 5",
      location="Đà Nẵng"),
    F("phổ biến 2,5-3,5 triệu đồng/đêm", "2,5", 2500000, "money", "đồng/đêm", value_max=3500000,
      subject="giá phòng khách sạn 4-5 sao phổ biến", location="Đà Nẵng"),
    F("tăng 28%", "28", 28, "percent", "%", subject="lượng tìm kiếm lưu trú tại Việt Nam cho mùa hè"),
    F("đứng thứ 1", "1", 1, "rank", "hạng", subject="lượng tìm kiếm của khách nội địa", location="Đà Nẵng"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="lượng tìm kiếm của khách nội địa", location="Nha Trang"),
    F("hơn 85.000 khách", "85.000", 85000, "count", "khách", approx="over",
      change=CH("increase", 20, baseline="cùng kỳ"), subject="khách đăng ký tour hè của Vietravel"),
    F("khoảng 60% chọn", "60", 60, "percent", "%", approx="about", subject="khách đăng ký tour hè chọn tuyến biển"),
    F("4 ngày 3 đêm", "4", 4, "measure", "ngày", optional=True),
    F("ngày 3 đêm", "3", 3, "measure", "đêm", optional=True),
    F("trọn gói 6,99 triệu đồng/khách", "6,99", 6990000, "money", "đồng/khách",
      subject="giá trọn gói tour Phú Quốc 4 ngày 3 đêm", location="Phú Quốc"),
    F("khoảng 11 triệu ghế", "11", 11000000, "count", "ghế", approx="about",
      change=CH("increase", 6, baseline="cùng kỳ"), status="forecast",
      subject="ghế các hãng bay cung ứng trên các đường bay nội địa"),
    F("dao động 3,5-4,8 triệu đồng", "3,5", 3500000, "money", "đồng", value_max=4800000,
      subject="giá vé máy bay khứ hồi đến các đảo du lịch"),
    F("hơn 560.000 lượt", "560.000", 560000, "count", "lượt", approx="over",
      change=CH("increase", 2, "lần", baseline="cùng kỳ"), subject="lượng khách",
      period=P("tháng 5", "2024-05-01", "2024-05-31"), location="Phú Quốc"),
    F("bình quân 130 chuyến bay", "130", 130, "measure", "chuyến bay/ngày",
      subject="chuyến bay sân bay Phú Quốc đón bình quân mỗi ngày", location="Phú Quốc"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ hai, 17/6/2024, 07:00 (GMT+7)', byline at the end): summer beach season 2024.",
    "Location Việt Nam by default (national article); the 'lần lượt' list items take Phú Quốc, Đà Nẵng, Nha Trang; Đà Nẵng prices and ranks take Đà Nẵng.",
    "'tăng 15-20% so với tháng 5' and 'tăng 28% so với cùng kỳ' have no base amount: percent figures (range), no change. Headline 'lên tới 85%' read as exact.",
    "'ba điểm biển' (the three places just named) is optional. '4-5 sao' (hotel class) and '4 ngày 3 đêm' (tour length) are optional. 'trong đó khoảng 60% chọn tuyến biển': a share with no part count: its own percent figure, no total.",
    "'dự kiến' → forecast. 'trong 3 tháng hè' is no calendar period the spec defines: no period given (unscored); '3' is not a figure.",
    "'gấp đôi cùng kỳ' after 560.000 lượt is its change: increase 2 lần (number word 'đôi' = 2; value 2 relative to 'đôi' is not anchored, the change is an attribute).",
    "'bình quân 130 chuyến bay mỗi ngày' → measure, unit chuyến bay/ngày. Distractors: dateline, '(GMT+7)', 'tháng 5' baseline, hotline '1900 1870', 'HĐQT'.",
]

if __name__ == "__main__":
    emit("p550-6", TEXT, COMMENTS, FIGS, published="2024-06-17", location="Việt Nam")
