"""p804-5: Báo Quảng Ninh style (byline + bare date at the end): lifts in Hạ Long apartment buildings, Nov 2023."""
from lib import F, P, I, C, T, write

TEXT = """Rà soát an toàn thang máy tại các chung cư

Những sự cố thang máy dừng đột ngột, mắc kẹt người tại một số tòa chung cư ở TP Hạ Long thời gian qua khiến nhiều cư dân lo lắng. Thực tế cho thấy, không ít thang máy đã quá hạn kiểm định nhưng vẫn vận hành.

Theo kết quả rà soát của Sở Xây dựng và Sở Lao động - Thương binh và Xã hội, tính đến tháng 10/2023, TP Hạ Long có 58 tòa nhà chung cư cao tầng với 312 thang máy đang hoạt động. Trong số này, 41 thang máy đã quá hạn kiểm định, chiếm 13,1%; 19 thang máy chưa có hợp đồng bảo trì với đơn vị đủ năng lực. Nhiều thang máy có thời gian sử dụng trên 10 năm, tập trung tại các phường Hồng Hải, Bãi Cháy, Hùng Thắng.

Từ đầu năm đến nay, lực lượng Cảnh sát PCCC và CNCH Công an tỉnh Quảng Ninh đã xử lý 27 vụ mắc kẹt thang máy, tăng 9 vụ so với cùng kỳ năm 2022, giải cứu an toàn 64 người.

Theo quy định, thang máy điện phải được kiểm định định kỳ 3 năm một lần; với thang máy đã sử dụng trên 12 năm, chu kỳ rút xuống còn 2 năm. Chi phí kiểm định mỗi thang khoảng 3-4,5 triệu đồng, chi phí bảo trì từ 1,2 đến 2 triệu đồng/thang/tháng, song nhiều ban quản trị chưa chủ động bố trí kinh phí.

Ông Phạm Văn Bảy, Trưởng ban quản trị một tòa chung cư 25 tầng ở phường Hồng Hải, cho biết cả 4 thang máy của tòa nhà vừa được kiểm định lại sau 2 tháng quá hạn.

UBND TP Hạ Long đã yêu cầu các chủ đầu tư, ban quản trị hoàn thành kiểm định số thang máy quá hạn trước ngày 31/12/2023; năm 2024 phấn đấu 100% thang máy tại chung cư được kiểm định, bảo trì đúng quy định.

Hoàng Nga

14/11/2023
"""

OCT = P("tính đến tháng 10/2023", None, "2023-10-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-14")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 58 tòa nhà", "58", 58, "count", "tòa nhà",
      subject="tòa nhà chung cư cao tầng", period=OCT),
    F("với 312 thang máy", "312", 312, "count", "thang máy",
      subject="thang máy đang hoạt động tại chung cư", period=OCT),
    F("Trong số này, 41 thang máy", "41", 41, "count", "thang máy", total=312, percent=13.1,
      subject="thang máy quá hạn kiểm định", period=I(OCT)),
    F("13,1%; 19 thang máy", "19", 19, "count", "thang máy", total=312,
      subject="thang máy chưa có hợp đồng bảo trì với đơn vị đủ năng lực", period=I(OCT)),
    F("sử dụng trên 10 năm", "10", 10, "measure", "năm", approx="over",
      subject="thời gian sử dụng thang máy", optional=True),
    F("xử lý 27 vụ", "27", 27, "count", "vụ",
      change=C("increase", 9, "vụ", baseline="cùng kỳ năm 2022"),
      subject="vụ mắc kẹt thang máy được xử lý", period=YTD, location="Quảng Ninh"),
    F("an toàn 64 người", "64", 64, "count", "người",
      subject="người được giải cứu an toàn", period=YTD, location="Quảng Ninh"),
    F("định kỳ 3 năm một lần", "3", 3, "measure", "năm",
      subject="chu kỳ kiểm định thang máy điện", optional=True),
    F("sử dụng trên 12 năm", "12", 12, "measure", "năm", approx="over",
      subject="thời gian sử dụng thang máy", optional=True),
    F("còn 2 năm", "2", 2, "measure", "năm",
      subject="chu kỳ kiểm định thang máy đã sử dụng trên 12 năm", optional=True),
    F("khoảng 3-4,5 triệu đồng", "3", 3000000, "money", "đồng/thang", value_max=4500000, approx="about",
      subject="chi phí kiểm định mỗi thang"),
    F("từ 1,2 đến 2 triệu đồng/thang/tháng", "1,2", 1200000, "money", "đồng/thang/tháng", value_max=2000000,
      subject="chi phí bảo trì thang máy"),
    F("chung cư 25 tầng", "25", 25, "count", "tầng",
      subject="số tầng của tòa chung cư", location="Hạ Long", optional=True),
    F("cả 4 thang máy", "4", 4, "count", "thang máy",
      subject="thang máy của tòa nhà được kiểm định lại"),
    F("sau 2 tháng quá hạn", "2", 2, "measure", "tháng",
      subject="thời gian thang máy quá hạn kiểm định", optional=True),
    F("phấn đấu 100% thang máy", "100", 100, "percent", "%", status="target",
      subject="thang máy tại chung cư được kiểm định, bảo trì đúng quy định", period=Y24),
]

NOTES = [
    "Báo Quảng Ninh style (invented): lifts in Hạ Long apartment buildings; byline 'Hoàng Nga' and bare date 14/11/2023 at the end.",
    "Article location Hạ Long (city named throughout); the provincial fire police's rescue counts are Quảng Ninh.",
    "'Trong số này, 41 thang máy ..., chiếm 13,1%; 19 thang máy ...' → both parts take total 312; 41 also percent 13.1.",
    "'27 vụ ..., tăng 9 vụ so với cùng kỳ năm 2022, giải cứu an toàn 64 người' → change on 27 vụ (same unit, comes first).",
    "Regulatory inspection cycles ('3 năm một lần', 'trên 12 năm', 'còn 2 năm') and age thresholds ('trên 10 năm') are optional;",
    "'25 tầng' (size of the example building) optional. Costs per lift are facts: 'khoảng 3-4,5 triệu đồng' (range, about) and",
    "'từ 1,2 đến 2 triệu đồng/thang/tháng'. The resident's building: '4 thang máy'; 'sau 2 tháng quá hạn' (a duration, arguably only time) optional.",
    "Distractors: 'tháng 10/2023', 'trước ngày 31/12/2023', person name 'Phạm Văn Bảy', 'Từ đầu năm đến nay'.",
]

write("p804-5", TEXT, NOTES, FIGS, published="2023-11-14", location="Hạ Long")
