from lib import *

TEXT = """Thời sự › Đời sống

Thứ ba, 13/2/2024, 18:20 (GMT+7)

Hàng chục nghìn người xem đua thuyền trên sông Hàn

Đà Nẵng - 14 đội thuyền với gần 300 tay chèo tranh tài trên sông Hàn chiều mùng 4 Tết, thu hút hàng chục nghìn người dân và du khách.

Lễ hội đua thuyền truyền thống năm 2024 do Sở Văn hóa và Thể thao Đà Nẵng tổ chức trên đoạn sông từ cầu Rồng đến cầu Trần Thị Lý. Khán đài chính được dựng trên đường 2 Tháng 9 với khoảng 3.000 chỗ ngồi. Các đội đến từ 7 quận, huyện và 3 doanh nghiệp, thi hai nội dung: thuyền nam 22 tay chèo đua cự ly 1.600 m, thuyền nữ 16 tay chèo đua cự ly 900 m.

Ở nội dung nam, đội thuyền phường Nại Hiên Đông về đích đầu tiên, bỏ xa đội về nhì khoảng 15 m. Đội nữ phường Hòa Hiệp Bắc giành chiến thắng ở nội dung nữ.

Tổng giá trị giải thưởng 350 triệu đồng, trong đó giải nhất thuyền nam 50 triệu đồng, giải nhất thuyền nữ 35 triệu đồng. Mỗi đội còn được hỗ trợ 15 triệu đồng tiền tập luyện. Theo Ban Tổ chức, kinh phí tổ chức khoảng 900 triệu đồng, 70% từ nguồn xã hội hóa.

Theo Sở Du lịch Đà Nẵng, trong 4 ngày Tết (từ 10 đến 13/2), thành phố đón khoảng 245.000 lượt khách, tăng 28% so với cùng kỳ năm 2023; công suất phòng khách sạn bình quân đạt 61,5%. Doanh thu từ hoạt động lưu trú, ăn uống ước đạt 530 tỷ đồng.

Nguyễn Đông
"""

Y24 = I(Y(2024))
TET = P("từ 10 đến 13/2", "2024-02-10", "2024-02-13")

FIGS = [
    F("Hàng chục nghìn người xem", "Hàng chục nghìn", 10000, "count", "người", "người xem đua thuyền", approx="about",
      optional=True),
    F("Nẵng - 14 đội thuyền", "14", 14, "count", "đội thuyền", "đội thuyền tranh tài trên sông Hàn", Y24),
    F("gần 300 tay chèo", "300", 300, "count", "tay chèo", "tay chèo tranh tài trên sông Hàn", Y24, approx="nearly"),
    F("hút hàng chục nghìn người", "hàng chục nghìn", 10000, "count", "người dân và du khách", "người dân và du khách",
      approx="about", optional=True),
    F("khoảng 3.000 chỗ ngồi", "3.000", 3000, "count", "chỗ ngồi", "chỗ ngồi khán đài chính", Y24, approx="about"),
    F("từ 7 quận", "7", 7, "count", "quận, huyện", "quận, huyện có đội tham gia", Y24),
    F("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp có đội tham gia", Y24),
    F("thi hai nội dung", "hai", 2, "count", "nội dung", "nội dung thi", Y24),
    F("nam 22 tay chèo", "22", 22, "count", "tay chèo", "tay chèo mỗi thuyền nam"),
    F("cự ly 1.600 m", "1.600", 1600, "measure", "m", "cự ly đua thuyền nam"),
    F("nữ 16 tay chèo", "16", 16, "count", "tay chèo", "tay chèo mỗi thuyền nữ"),
    F("cự ly 900 m", "900", 900, "measure", "m", "cự ly đua thuyền nữ"),
    F("khoảng 15 m", "15", 15, "measure", "m", "khoảng cách bỏ xa đội về nhì", Y24, approx="about"),
    F("thưởng 350 triệu đồng", "350", 350e6, "money", "đồng", "Tổng giá trị giải thưởng", Y24),
    F("nam 50 triệu đồng", "50", 50e6, "money", "đồng", "giải nhất thuyền nam", Y24, total=350e6),
    F("nữ 35 triệu đồng", "35", 35e6, "money", "đồng", "giải nhất thuyền nữ", Y24, total=350e6),
    F("hỗ trợ 15 triệu đồng", "15", 15e6, "money", "đồng", "hỗ trợ tiền tập luyện mỗi đội", Y24),
    F("khoảng 900 triệu đồng", "900", 900e6, "money", "đồng", "kinh phí tổ chức", Y24, approx="about"),
    F("70% từ nguồn", "70", 70, "percent", "%", "kinh phí tổ chức từ nguồn xã hội hóa", Y24),
    F("trong 4 ngày Tết", "4", 4, "measure", "ngày", "ngày Tết", optional=True),
    F("khoảng 245.000 lượt khách", "245.000", 245000, "count", "lượt khách", "lượt khách thành phố đón", TET,
      approx="about", change=CH("increase", 28, "%", "cùng kỳ năm 2023")),
    F("đạt 61,5%", "61,5", 61.5, "percent", "%", "công suất phòng khách sạn bình quân", TET),
    F("ước đạt 530 tỷ đồng", "530", 530e9, "money", "đồng", "Doanh thu từ hoạt động lưu trú, ăn uống", I(TET),
      status="estimate"),
]

COMMENTS = [
    "National press (VnExpress-style dateline 'Thứ ba, 13/2/2024, 18:20 (GMT+7)', byline at the end): Tết boat race on sông Hàn, Đà Nẵng.",
    "'mùng 4 Tết', 'đường 2 Tháng 9', 'cầu Trần Thị Lý', 'cùng kỳ năm 2023' are not figures; '4 ngày Tết' duration optional.",
    "'hàng chục nghìn' (headline and lead) is vague: optional, value 10.000 about. 'thi hai nội dung': number word, count 2.",
    "'(từ 10 đến 13/2)' is a day-range period (year from the dateline) for the tourism sentence; the race figures inherit năm 2024 (unscored).",
    "'70% từ nguồn xã hội hóa' is a share standing on its own: percent figure, not the percent of 900 triệu (it is the share of a part).",
    "'trong đó giải nhất … 50 triệu đồng' parts of the 350 triệu prize total.",
]

if __name__ == "__main__":
    emit("p740-6", TEXT, COMMENTS, FIGS, published="2024-02-13", location="Đà Nẵng")
