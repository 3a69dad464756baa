"""p1567-8: radio/TV site (Đài PT-TH Quảng Nam, QRT): hand-painted wooden clogs for tourists in Hội An."""
from lib import F, period, inherit, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NAM
Thời sự | Kinh tế | Văn hóa - Du lịch | Video | Podcast

Guốc gỗ vẽ tay Hội An: 7 tháng bán gần 40.000 đôi cho du khách

Cập nhật lúc 17:05 ngày 12/08/2024

(QRT) - Từ ba thợ ban đầu, Hợp tác xã Guốc mộc Hoài Phố ở phường Cẩm Phô, TP Hội An nay có 26 xã viên và gần ba chục thợ vẽ tại gia. 7 tháng đầu năm 2024, hợp tác xã bán gần 40.000 đôi guốc gỗ, dép gỗ vẽ tay, doanh thu khoảng 5,6 tỷ đồng, tăng 35% so với cùng kỳ năm 2023. Số đơn đặt hàng trực tuyến gấp 3 lần cùng kỳ.

Mỗi đôi guốc vẽ tay có giá từ 180.000 đồng đến 650.000 đồng; dòng guốc sơn mài khắc tên theo yêu cầu giá trên 1 triệu đồng. Khách quốc tế chiếm khoảng 60% doanh thu, chủ yếu đến từ Hàn Quốc, Úc và Pháp. Bình quân mỗi thợ vẽ có thu nhập 7-9 triệu đồng/tháng.

Theo Phòng Kinh tế TP Hội An, thành phố hiện có 14 cơ sở sản xuất guốc, dép thủ công, trong đó 5 cơ sở có sản phẩm đạt OCOP 3 sao. 7 tháng qua, Hội An đón hơn 2,5 triệu lượt khách tham quan, lưu trú, tăng 28,4% so với cùng kỳ; doanh thu du lịch ước đạt 3.920 tỷ đồng.

Năm 2024, hợp tác xã đặt mục tiêu doanh thu 10 tỷ đồng. Hợp tác xã dự kiến mở thêm một cửa hàng tại số 42 Nguyễn Thái Học. TP Hội An đặt mục tiêu đến năm 2030 có ít nhất 20 sản phẩm thủ công đạt OCOP từ 3 sao trở lên.

Văn Trung - QRT
Tin cùng chuyên mục:
- Quảng Nam: Ngày hội Văn hóa - Thể thao các dân tộc miền núi lần thứ XIII
- Hội An chuẩn bị Lễ hội Đêm rằm phố cổ tháng 9/2024
"""

H7 = period("7 tháng", "2024-01-01", "2024-07-31")
M7 = period("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7Q = period("7 tháng qua", "2024-01-01", "2024-07-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
TO30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("bán gần 40.000 đôi cho", "40.000", 40000, "count", "đôi", approx="nearly",
      subject="guốc gỗ vẽ tay bán cho du khách", period=H7),
    F("Từ ba thợ", "ba", 3, "count", "thợ", subject="thợ ban đầu của hợp tác xã"),
    F("có 26 xã viên", "26", 26, "count", "xã viên", subject="xã viên Hợp tác xã Guốc mộc Hoài Phố"),
    F("gần ba chục thợ", "ba chục", 30, "count", "thợ", approx="nearly", subject="thợ vẽ tại gia"),
    F("bán gần 40.000 đôi guốc", "40.000", 40000, "count", "đôi", approx="nearly",
      subject="guốc gỗ, dép gỗ vẽ tay hợp tác xã bán", period=M7),
    F("khoảng 5,6 tỷ", "5,6", 5.6e9, "money", "đồng", approx="about",
      change=change("increase", 35, "%", "cùng kỳ năm 2023"), subject="doanh thu hợp tác xã", period=M7),
    F("gấp 3 lần", "3", 3, "multiple", "lần", subject="số đơn đặt hàng trực tuyến", period=inherit(M7)),
    F("từ 180.000 đồng", "180.000", 180000, "money", "đồng/đôi", value_max=650000,
      subject="giá guốc vẽ tay"),
    F("trên 1 triệu", "1", 1e6, "money", "đồng", approx="over",
      subject="giá dòng guốc sơn mài khắc tên theo yêu cầu"),
    F("khoảng 60%", "60", 60, "percent", "%", approx="about",
      subject="tỷ trọng khách quốc tế trong doanh thu"),
    F("nhập 7-9 triệu", "7", 7e6, "money", "đồng/tháng", value_max=9e6,
      subject="thu nhập bình quân mỗi thợ vẽ"),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở sản xuất guốc, dép thủ công"),
    F("trong đó 5 cơ sở", "5", 5, "count", "cơ sở", total=14, subject="cơ sở có sản phẩm đạt OCOP 3 sao"),
    F("hơn 2,5 triệu", "2,5", 2.5e6, "count", "lượt khách", approx="over",
      change=change("increase", 28.4, "%", "cùng kỳ"), subject="lượt khách tham quan, lưu trú", period=M7Q),
    F("ước đạt 3.920 tỷ", "3.920", 3920e9, "money", "đồng", status="estimate",
      subject="doanh thu du lịch", period=M7Q),
    F("doanh thu 10 tỷ", "10", 10e9, "money", "đồng", status="target", subject="doanh thu hợp tác xã", period=Y24),
    F("thêm một cửa hàng", "một", 1, "count", "cửa hàng", status="forecast", subject="cửa hàng hợp tác xã mở thêm"),
    F("ít nhất 20 sản phẩm", "20", 20, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm thủ công đạt OCOP từ 3 sao trở lên", period=TO30),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Quảng Nam): channel menu (Video, Podcast), headline with a figure, 'Cập nhật lúc 17:05 ngày 12/08/2024'",
    "(published), tag '(QRT) -', byline 'Văn Trung - QRT', related links. The cooperative and people are invented.",
    "Distractors: 17:05, 'OCOP 3 sao' (twice), 'số 42 Nguyễn Thái Học', 'lần thứ XIII', 'tháng 9/2024' in a link title.",
    "Location Hội An (city) throughout; phường Cẩm Phô is in Hội An; Hàn Quốc, Úc, Pháp are where tourists come from.",
    "Headline '7 tháng bán gần 40.000 đôi' → own figure; '7 tháng' takes 2024. '7 tháng qua' = the first 7 months of 2024.",
    "'gần ba chục thợ' → 30, nearly (number words). 'Từ ba thợ ban đầu' → a count of the founding staff (no period).",
    "'Số đơn đặt hàng trực tuyến gấp 3 lần cùng kỳ' has no base amount: a multiple as the claim, no change; period inherited.",
    "'Mỗi đôi ... từ 180.000 đồng đến 650.000 đồng' → range, unit đồng/đôi. 'Khách quốc tế chiếm khoảng 60% doanh thu' → percent figure.",
    "'hơn 2,5 triệu lượt khách ..., tăng 28,4% so với cùng kỳ; doanh thu du lịch ước đạt ...' → change; the estimate governs only its clause.",
    "'đặt mục tiêu' → target; 'dự kiến mở thêm một cửa hàng' → forecast, no period; 'mục tiêu đến năm 2030 ... ít nhất 20' → target, at_least.",
]

if __name__ == "__main__":
    write("p1567-8", TEXT, NOTES, FIGS, published="2024-08-12", location="Hội An")
