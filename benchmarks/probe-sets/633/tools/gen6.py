from lib import F, P, I, CH, T, emit

TEXT = """Thời sự > Dân sinh

TP HCM mỗi đêm giết mổ hơn 10.000 con lợn

Thứ tư, 11/9/2024, 06:30 (GMT+7)

Hiện TP HCM có ba cơ sở giết mổ heo tập trung, mỗi đêm tiếp nhận trung bình 10.500-11.000 con lợn, khoảng 85% nguồn heo đến từ các tỉnh Đồng Nai, Bình Dương, Long An.

Theo Chi cục Chăn nuôi và Thú y TP HCM, 8 tháng đầu năm 2024, lực lượng thú y đã kiểm soát giết mổ gần 2,35 triệu con lợn, tăng 4,1% so với cùng kỳ; hơn 41.200 con trâu bò và 17,6 triệu con gia cầm. Ngoài Công ty Vissan (số 420 Nơ Trang Long, quận Bình Thạnh), các cơ sở An Hạ (huyện Bình Chánh) và Xuyên Á (huyện Củ Chi) chiếm khoảng 72% sản lượng heo giết mổ của thành phố.

Cũng trong 8 tháng, Chi cục đã phát hiện 63 vụ vận chuyển, kinh doanh thịt không rõ nguồn gốc, thu giữ và tiêu hủy 16,4 tấn thịt, nội tạng, xử phạt 1,92 tỷ đồng. Tại ba chợ đầu mối Bình Điền, Hóc Môn và Thủ Đức, lượng thịt gia súc nhập chợ bình quân khoảng 1.240 tấn/ngày, trong đó thịt heo chiếm 86%.

Ông Phạm Văn Hùng, Phó chi cục trưởng, cho biết thành phố dự kiến đến năm 2025 nâng công suất giết mổ heo tập trung lên 15.000 con/đêm và xóa bỏ hoàn toàn các điểm giết mổ thủ công còn lại trong khu dân cư. Người dân phát hiện vi phạm có thể báo qua đường dây nóng 0908.123.456 hoặc tổng đài 1022.

Gia Minh
"""

M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
M8b = P("trong 8 tháng", "2024-01-01", "2024-08-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 10.000 con", "10.000", 10000, "count", "con lợn", "lợn giết mổ mỗi đêm", approx="over"),
    F("có ba cơ sở", "ba", 3, "count", "cơ sở", "cơ sở giết mổ heo tập trung"),
    F("trung bình 10.500-11.000", "10.500", 10500, "count", "con lợn", "lợn các cơ sở giết mổ tập trung tiếp nhận mỗi đêm",
      value_max=11000),
    F("khoảng 85%", "85", 85, "percent", "%", "nguồn heo đến từ các tỉnh Đồng Nai, Bình Dương, Long An", approx="about"),
    F("gần 2,35 triệu", "2,35", 2350000, "count", "con lợn", "lợn được kiểm soát giết mổ", M8, approx="nearly",
      change=CH("increase", 4.1, "%", "cùng kỳ")),
    F("hơn 41.200 con", "41.200", 41200, "count", "con trâu bò", "trâu bò được kiểm soát giết mổ", M8, approx="over"),
    F("và 17,6 triệu", "17,6", 17600000, "count", "con gia cầm", "gia cầm được kiểm soát giết mổ", M8),
    F("khoảng 72%", "72", 72, "percent", "%", "tỷ trọng sản lượng heo giết mổ của các cơ sở An Hạ và Xuyên Á",
      approx="about"),
    F("phát hiện 63 vụ", "63", 63, "count", "vụ", "vụ vận chuyển, kinh doanh thịt không rõ nguồn gốc", M8b),
    F("tiêu hủy 16,4 tấn", "16,4", 16.4, "measure", "tấn", "thịt, nội tạng thu giữ và tiêu hủy", M8b),
    F("xử phạt 1,92 tỷ đồng", "1,92", 1920000000, "money", "đồng", "tiền xử phạt", M8b),
    F("khoảng 1.240 tấn/ngày", "1.240", 1240, "measure", "tấn/ngày", "lượng thịt gia súc nhập chợ đầu mối bình quân",
      approx="about"),
    F("ba chợ đầu mối", "ba", 3, "count", "chợ đầu mối", "chợ đầu mối", optional=True),
    F("chiếm 86%", "86", 86, "percent", "%", "tỷ trọng thịt heo trong lượng thịt gia súc nhập chợ"),
    F("lên 15.000 con/đêm", "15.000", 15000, "measure", "con/đêm", "công suất giết mổ heo tập trung", T25,
      status="forecast"),
]

COMMENTS = [
    "National-press style (VnExpress-like) article on TP HCM's pig slaughter, 8 tháng đầu năm 2024; dateline 'Thứ tư, 11/9/2024, 06:30 (GMT+7)', byline at the end.",
    "'ba cơ sở' is a number word. 'mỗi đêm' sentences get no period. Source provinces (Đồng Nai, Bình Dương, Long An) and facility districts (Bình Chánh, Củ Chi,",
    "Bình Thạnh) are not the place of the figures: location 'TP. Hồ Chí Minh' (the city's name, not the abbreviation). 'trong đó thịt heo chiếm 86%' is a percent figure of its own (share of the 1.240 tấn/ngày).",
    "'dự kiến đến năm 2025' -> forecast. Distractors: (GMT+7), số 420 Nơ Trang Long, hotline 0908.123.456, tổng đài 1022. 'ba chợ đầu mối' (a count that only introduces the named markets) is optional.",
]

emit("p633-6", TEXT, COMMENTS, FIGS, published="2024-09-11", location="TP. Hồ Chí Minh")
