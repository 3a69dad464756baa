"""p797-6: national newspaper (VnExpress style) — the channel for large ships into the Hậu River via Quan Chánh Bố canal (Trà Vinh)."""
from lib import F, change, period, inherit, write

TEXT = """Thời sự > Giao thông
Thứ bảy, 16/3/2024, 07:30 (GMT+7)

Luồng cho tàu biển lớn vào sông Hậu bồi lắng sau 8 năm khai thác

Luồng cho tàu biển trọng tải lớn vào sông Hậu qua kênh Quan Chánh Bố (Trà Vinh) đã đón gần 18.500 lượt tàu kể từ khi đưa vào khai thác năm 2016, song tình trạng bồi lắng khiến chi phí duy tu ngày càng tăng.

Theo Cục Hàng hải Việt Nam, tuyến luồng dài khoảng 46 km, thiết kế cho tàu 10.000 tấn đầy tải và 20.000 tấn giảm tải. Riêng đoạn kênh tắt Quan Chánh Bố dài 19 km, rộng 200 m, độ sâu thiết kế 6,5 m.

Năm 2023, luồng có 2.946 lượt tàu ra vào, tăng 21% so với năm trước; trong đó tàu trên 10.000 tấn chiếm khoảng 35%. Hàng hóa vận chuyển qua luồng đạt 9,8 triệu tấn.

Tuy nhiên, mỗi năm luồng bị bồi lắng từ 1 đến 1,5 triệu m3 bùn cát, có thời điểm độ sâu đoạn cửa kênh chỉ còn 4,2 m, buộc Cảng vụ Hàng hải Cần Thơ phải hạn chế mớn nước tàu. Năm 2023, kinh phí nạo vét duy tu đoạn luồng này gần 220 tỷ đồng, gấp 1,6 lần năm 2020.

"Chúng tôi phải bố trí 2 tàu hút bùn hoạt động gần như liên tục, mỗi tàu hút khoảng 4.000 m3/ngày", đại diện đơn vị thi công cho biết.

Bộ Giao thông vận tải đang nghiên cứu phương án xây đê chắn cát phía cửa Định An, tổng mức đầu tư dự kiến khoảng 2.300 tỷ đồng, dự kiến giúp giảm khoảng 70% khối lượng bồi lắng. Trước mắt, kế hoạch năm 2024 là duy tu luồng với khối lượng khoảng 1,3 triệu m3.

Tuyến luồng đi qua địa bàn huyện Duyên Hải và Trà Cú, kết nối Quốc lộ 53 và cảng Định An.

Ngọc Tài
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("đón gần 18.500 lượt tàu", "18.500", 18500, "count", "lượt tàu", "lượt tàu qua luồng cho tàu biển lớn vào sông Hậu",
      period("kể từ khi đưa vào khai thác năm 2016", "2016-01-01", "2024-03-16"), approx="nearly"),
    F("dài khoảng 46 km", "46", 46, "measure", "km", "chiều dài tuyến luồng", approx="about"),
    F("tàu 10.000 tấn đầy tải", "10.000", 10000, "measure", "tấn", "trọng tải tàu thiết kế đầy tải", optional=True),
    F("20.000 tấn giảm tải", "20.000", 20000, "measure", "tấn", "trọng tải tàu thiết kế giảm tải", optional=True),
    F("dài 19 km", "19", 19, "measure", "km", "chiều dài đoạn kênh tắt Quan Chánh Bố"),
    F("rộng 200 m", "200", 200, "measure", "m", "chiều rộng đoạn kênh tắt Quan Chánh Bố"),
    F("độ sâu thiết kế 6,5 m", "6,5", 6.5, "measure", "m", "độ sâu thiết kế đoạn kênh tắt Quan Chánh Bố"),
    F("có 2.946 lượt tàu", "2.946", 2946, "count", "lượt tàu", "lượt tàu ra vào luồng", Y23,
      change=change("increase", 21, "%", "năm trước")),
    F("tàu trên 10.000 tấn chiếm", "10.000", 10000, "measure", "tấn", "trọng tải tàu", approx="over", optional=True),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "tỷ lệ lượt tàu trên 10.000 tấn", Y23, approx="about"),
    F("đạt 9,8 triệu tấn", "9,8", 9.8e6, "measure", "tấn", "hàng hóa vận chuyển qua luồng", inherit(Y23)),
    F("từ 1 đến 1,5 triệu m3", "1", 1e6, "measure", "m3/năm", "khối lượng bùn cát bồi lắng luồng mỗi năm",
      value_max=1.5e6),
    F("chỉ còn 4,2 m", "4,2", 4.2, "measure", "m", "độ sâu đoạn cửa kênh"),
    F("gần 220 tỷ đồng", "220", 220e9, "money", "đồng", "kinh phí nạo vét duy tu đoạn luồng", Y23,
      approx="nearly", change=change("increase", 1.6, "lần", "năm 2020")),
    F("bố trí 2 tàu hút bùn", "2", 2, "count", "tàu hút bùn", "tàu hút bùn hoạt động trên luồng"),
    F("khoảng 4.000 m3/ngày", "4.000", 4000, "measure", "m3/ngày", "công suất hút bùn mỗi tàu", approx="about"),
    F("khoảng 2.300 tỷ đồng", "2.300", 2300e9, "money", "đồng", "tổng mức đầu tư đê chắn cát cửa Định An",
      approx="about", status="forecast"),
    F("giảm khoảng 70%", "70", 70, "percent", "%", "mức giảm khối lượng bồi lắng", approx="about", status="forecast"),
    F("khoảng 1,3 triệu m3", "1,3", 1.3e6, "measure", "m3", "khối lượng duy tu luồng",
      period("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
    F("sau 8 năm khai thác", "8", 8, "measure", "năm", "thời gian khai thác luồng", optional=True),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ bảy, 16/3/2024, 07:30 (GMT+7)': luồng cho tàu biển lớn vào sông Hậu qua kênh Quan Chánh Bố (Trà Vinh).",
    "'kể từ khi đưa vào khai thác năm 2016' runs from 2016 to the dateline (like 'từ năm 2021 đến nay'). Ship-size classes (10.000, 20.000 tấn)",
    "and 'sau 8 năm khai thác' (a duration in a headline) are optional. 'trong đó tàu trên 10.000 tấn chiếm khoảng 35%' has no count before it",
    "in its own unit: a percent figure of its own. 'gấp 1,6 lần năm 2020' after 220 tỷ is that figure's change (unit lần, baseline năm 2020).",
    "'mỗi năm … từ 1 đến 1,5 triệu m3' is a yearly rate (unit m3/năm, range); '4.000 m3/ngày' keeps its denominator. 'dự kiến' → forecast (it governs",
    "'dự kiến giúp giảm khoảng 70%' too); 'kế hoạch năm 2024 là duy tu … khoảng 1,3 triệu m3' → target. Cảng vụ Hàng hải Cần Thơ is an agency name.",
    "Distractors: dateline and time, 'Quốc lộ 53', 'năm 2016', byline.",
]

if __name__ == "__main__":
    write(6, TEXT, "2024-03-16", "Trà Vinh", NOTES, FIGS)
