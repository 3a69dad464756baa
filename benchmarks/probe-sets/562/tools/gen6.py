"""p562-6: national press — rescue of 14 fishermen off Lý Sơn, Quảng Ngãi accident statistics."""
from lib import F, P, I, CH, TG, emit

TEXT = """Thời sự › Dân sinh
Thứ năm, 12/12/2024, 15:40 (GMT+7)

Cứu 14 ngư dân trên tàu cá chìm cách Lý Sơn 70 hải lý

Quảng Ngãi - Tàu cá QNg 95479 TS bị sóng đánh chìm khi đang khai thác cách đảo Lý Sơn khoảng 70 hải lý về phía đông, 14 thuyền viên được tàu bạn cứu sau gần 6 giờ trôi dạt.

Theo Bộ Chỉ huy Bộ đội Biên phòng tỉnh, khoảng 2h ngày 11/12, tàu do ông Nguyễn Văn Tâm, 52 tuổi, trú xã Bình Châu, huyện Bình Sơn, làm thuyền trưởng gặp sóng cao 4-5 m đánh vỡ cabin, nước tràn vào hầm máy. Các thuyền viên mặc áo phao, bám vào thùng xốp chờ cứu hộ.

Tàu cá QNg 90876 TS cùng tổ đoàn kết đã tiếp cận, cứu được cả 14 người, trong đó ba thuyền viên bị thương nhẹ, đưa về cảng Sa Kỳ lúc 20h cùng ngày. Thiệt hại ước khoảng 3,5 tỷ đồng.

Từ đầu năm đến nay, vùng biển Quảng Ngãi xảy ra 37 vụ tai nạn, sự cố tàu cá, tăng 6 vụ so với năm 2023, làm 9 ngư dân chết và mất tích; lực lượng chức năng và ngư dân đã cứu được 213 người, 29 tàu cá. Nhiều tàu vỏ gỗ đã hoạt động trên 20 năm, trang thiết bị an toàn xuống cấp. Riêng trong tháng 11/2024, Biên phòng tỉnh đã kiểm tra 1.120 lượt tàu xuất bến, nhắc nhở 85 tàu không mang đủ áo phao.

Quảng Ngãi có 4.863 tàu cá, đứng thứ 4 cả nước về số tàu khai thác xa bờ. Cả nước hiện có khoảng 86.000 tàu cá, trong đó hơn 29.000 chiếc dài từ 15 m trở lên.

Phạm Linh
"""

M11 = P("trong tháng 11/2024", "2024-11-01", "2024-11-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-12-12")

FIGS = [
    F("Cứu 14 ngư dân", "14", 14, "count", "ngư dân", "ngư dân trên tàu cá chìm được cứu"),
    F("Lý Sơn 70 hải lý", "70", 70, "measure", "hải lý", "khoảng cách từ nơi tàu cá chìm đến Lý Sơn"),
    F("khoảng 70 hải lý về", "70", 70, "measure", "hải lý", "khoảng cách từ nơi tàu cá bị chìm đến đảo Lý Sơn",
      approx="about"),
    F("đông, 14 thuyền viên", "14", 14, "count", "thuyền viên", "thuyền viên được tàu bạn cứu"),
    F("gần 6 giờ", "6", 6, "measure", "giờ", "thời gian trôi dạt", approx="nearly"),
    F("52 tuổi", "52", 52, "measure", "tuổi", optional=True),
    F("sóng cao 4-5 m", "4", 4, "measure", "m", "sóng cao", value_max=5),
    F("cả 14 người", "14", 14, "count", "người", "người được cứu"),
    F("ba thuyền viên", "ba", 3, "count", "thuyền viên", "thuyền viên bị thương nhẹ", total=14),
    F("khoảng 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "thiệt hại", approx="about", status="estimate"),
    F("xảy ra 37 vụ", "37", 37, "count", "vụ", "vụ tai nạn, sự cố tàu cá", YTD,
      change=CH("increase", 6, "vụ", "năm 2023")),
    F("làm 9 ngư dân", "9", 9, "count", "ngư dân", "ngư dân chết và mất tích", YTD),
    F("cứu được 213 người", "213", 213, "count", "người", "người được cứu", YTD),
    F("người, 29 tàu cá", "29", 29, "count", "tàu cá", "tàu cá được cứu", YTD),
    F("trên 20 năm", "20", 20, "measure", "năm", approx="over", optional=True),
    F("kiểm tra 1.120 lượt tàu", "1.120", 1120, "count", "lượt tàu", "lượt tàu xuất bến được kiểm tra", M11),
    F("nhắc nhở 85 tàu", "85", 85, "count", "tàu", "tàu không mang đủ áo phao bị nhắc nhở", M11),
    F("có 4.863 tàu cá", "4.863", 4863, "count", "tàu cá", "tàu cá"),
    F("đứng thứ 4", "4", 4, "rank", "hạng", "số tàu khai thác xa bờ"),
    F("khoảng 86.000 tàu cá", "86.000", 86000, "count", "tàu cá", "tàu cá", approx="about", location="Việt Nam"),
    F("hơn 29.000 chiếc", "29.000", 29000, "count", "chiếc", "tàu cá dài từ 15 m trở lên", approx="over",
      total=86000, location="Việt Nam"),
    F("từ 15 m trở lên", "15", 15, "measure", "m", approx="at_least", optional=True, location="Việt Nam"),
]

COMMENTS = [
    "National-press style (invented; 'Thứ năm, 12/12/2024, 15:40 (GMT+7)', byline at the end): a rescue off Lý Sơn and Quảng Ngãi's",
    "year-to-date accident figures; the last sentence is national (Việt Nam). Registration numbers 'QNg 95479 TS', 'QNg 90876 TS',",
    "times '2h', '20h', the date 'ngày 11/12' and '(GMT+7)' are not figures; the captain's age '52 tuổi' and 'trên 20 năm' are optional.",
    "The distance and the drifting time are measures (facts about the event); a day is no period in the spec's table, so the event",
    "figures carry none. 'ba thuyền viên' (a number word) is a part of 'cả 14 người' after 'trong đó'. 'ước khoảng' = about + estimate.",
    "'Từ đầu năm đến nay' = 2024-01-01 to the dateline; 'tăng 6 vụ so với năm 2023' is the change of 37 vụ. 'đứng thứ 4 cả nước'",
    "ranks Quảng Ngãi (location Quảng Ngãi).",
]

if __name__ == "__main__":
    emit("p562-6", TEXT, COMMENTS, FIGS, published="2024-12-12", location="Quảng Ngãi")
