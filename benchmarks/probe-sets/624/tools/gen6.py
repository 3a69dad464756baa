"""p624-6: national press — tàu ngủ đêm trên vịnh Hạ Long và Lan Hạ, cao điểm 2024."""
from lib import F, P, I, CH, emit

TEXT = """Du lịch › Điểm đến
Thứ sáu, 15/3/2024, 06:30 (GMT+7)

Tàu ngủ đêm trên vịnh kín phòng dịp cao điểm

Hơn 80% phòng trên các tàu ngủ đêm tại vịnh Hạ Long (Quảng Ninh) và vịnh Lan Hạ (Hải Phòng) đã được đặt cho tháng 4, giá phòng tăng 10-15% so với năm ngoái.

Theo Hiệp hội Du lịch Quảng Ninh, hiện vịnh Hạ Long có 98 tàu lưu trú với khoảng 2.050 phòng; vịnh Lan Hạ có 41 tàu với 720 phòng. Trên vịnh Hạ Long, giá phòng phổ biến từ 3,5 đến 8 triệu đồng một khách mỗi đêm; phòng hạng sang trên các tàu 5 sao có giá khoảng 50 triệu đồng.

Năm 2023, Quảng Ninh đón khoảng 640.000 lượt khách nghỉ đêm trên vịnh, tăng 1,8 lần so với năm 2022. Doanh thu của một tàu ngủ đêm gấp 3 lần tàu tham quan ngày cùng sức chứa. Ông Nguyễn Văn Hải, chủ một hãng có 6 tàu ngủ đêm trên vịnh Hạ Long, cho biết các tàu của ông đã kín 90% phòng đến hết tháng 5, khách châu Âu chiếm khoảng 40%.

Từ ngày 1/3 đến nay, Sở Giao thông vận tải Quảng Ninh đã kiểm tra đột xuất 45 tàu lưu trú, lập biên bản 7 tàu thiếu áo phao hoặc thiết bị cứu sinh. Theo quy định, tàu ngủ đêm chỉ được neo đậu tại 10 điểm, khoảng cách giữa hai tàu tối thiểu 50 m, và phải có mặt tại bến trước 17h30 nếu có cảnh báo thời tiết xấu.

Tại vịnh Lan Hạ, thành phố Hải Phòng cho phép khai thác 5 tuyến kayak; khách đi tàu ngủ đêm được chèo kayak miễn phí khoảng 45 phút tại khu vực Ba Trái Đào. Năm nay, Hải Phòng dự kiến cấp phép thêm 8 tàu lưu trú mới.

Minh Ngọc
"""

A4 = P("tháng 4", "2024-04-01", "2024-04-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M5 = P("đến hết tháng 5", None, "2024-05-31")
SINCE = P("Từ ngày 1/3 đến nay", "2024-03-01", "2024-03-15")
NY = P("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 80% phòng", "80", 80, "percent", "%",
      "phòng trên các tàu ngủ đêm đã được đặt", A4, approx="over"),
    F("tăng 10-15%", "10", 10, "percent", "%", "giá phòng so với năm ngoái", value_max=15),
    F("có 98 tàu", "98", 98, "count", "tàu", "tàu lưu trú", location="Quảng Ninh"),
    F("khoảng 2.050 phòng", "2.050", 2050, "count", "phòng", "phòng trên tàu lưu trú",
      approx="about", location="Quảng Ninh"),
    F("có 41 tàu", "41", 41, "count", "tàu", "tàu lưu trú", location="Hải Phòng"),
    F("với 720 phòng", "720", 720, "count", "phòng", "phòng trên tàu lưu trú", location="Hải Phòng"),
    F("từ 3,5 đến 8 triệu đồng", "3,5", 3500000, "money", "đồng/khách/đêm",
      "giá phòng phổ biến", value_max=8000000, location="Quảng Ninh"),
    F("khoảng 50 triệu đồng", "50", 50000000, "money", "đồng",
      "giá phòng hạng sang trên các tàu 5 sao", approx="about", location="Quảng Ninh"),
    F("khoảng 640.000 lượt", "640.000", 640000, "count", "lượt khách",
      "lượt khách nghỉ đêm trên vịnh", Y23, approx="about",
      change=CH("increase", 1.8, unit="lần", baseline="năm 2022"), location="Quảng Ninh"),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      "doanh thu của một tàu ngủ đêm so với tàu tham quan ngày cùng sức chứa",
      location="Quảng Ninh"),
    F("có 6 tàu", "6", 6, "count", "tàu", "tàu ngủ đêm của một hãng", location="Quảng Ninh"),
    F("kín 90% phòng", "90", 90, "percent", "%", "phòng các tàu đã kín", M5, location="Quảng Ninh"),
    F("khoảng 40%", "40", 40, "percent", "%", "khách châu Âu", approx="about", location="Quảng Ninh"),
    F("đột xuất 45 tàu", "45", 45, "count", "tàu", "tàu lưu trú được kiểm tra đột xuất",
      SINCE, location="Quảng Ninh"),
    F("biên bản 7 tàu", "7", 7, "count", "tàu", "tàu thiếu áo phao hoặc thiết bị cứu sinh bị lập biên bản",
      SINCE, location="Quảng Ninh"),
    F("tại 10 điểm", "10", 10, "count", "điểm", "điểm neo đậu tàu ngủ đêm", location="Quảng Ninh"),
    F("tối thiểu 50 m", "50", 50, "measure", "m", "khoảng cách giữa hai tàu", approx="at_least",
      location="Quảng Ninh"),
    F("cho phép khai thác 5 tuyến", "5", 5, "count", "tuyến", "tuyến kayak", location="Hải Phòng"),
    F("khoảng 45 phút", "45", 45, "measure", "phút", "thời gian chèo kayak miễn phí",
      approx="about", location="Hải Phòng"),
    F("thêm 8 tàu", "8", 8, "count", "tàu", "tàu lưu trú mới được cấp phép thêm", NY,
      status="forecast", location="Hải Phòng"),
]

COMMENTS = [
    "National press: 'Thứ sáu, 15/3/2024, 06:30 (GMT+7)' — overnight cruise boats on vịnh Hạ Long (Quảng Ninh) and vịnh Lan Hạ (Hải Phòng).",
    "No default location: each figure takes the province of its bay or of its paragraph (the Quảng Ninh anchoring rules, the 'gấp 3 lần'",
    "comparison in the Quảng Ninh paragraph); the lead's 80% and 10-15% cover both bays → null.",
    "Not figures: (GMT+7), '5 sao' (class name), '17h30' (time), 'ngày 1/3', 'giữa hai tàu'.",
    "'giá phòng tăng 10-15%' is the claim itself → percent range, no change; 'tăng 1,8 lần so với năm 2022' after 640.000 is its change (lần).",
    "'gấp 3 lần' standing alone → multiple. 'tháng 4', 'tháng 5' take 2024 from the dateline;",
    "revised after the first run: the 10-15% subject lost the verb 'tăng' (a growth-rate subject names the indicator, cf. shared h14 CPI).",
    "'đến hết tháng 5' is as-of; 'Từ ngày 1/3 đến nay' ends at the dateline; 'Năm nay … dự kiến' → 2024, forecast. Sentences with 'hiện' get no period.",
]

if __name__ == "__main__":
    emit("p624-6", TEXT, COMMENTS, FIGS, published="2024-03-15")
