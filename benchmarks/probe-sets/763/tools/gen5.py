import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TEXT = """BÁO KHÁNH HÒA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH KHÁNH HÒA
Kinh tế › Thủy sản

Xuất khẩu cá ngừ Khánh Hòa đạt 142 triệu USD

Năm 2024, kim ngạch xuất khẩu cá ngừ của các doanh nghiệp trên địa bàn tỉnh Khánh Hòa ước đạt 142 triệu USD, tăng 21,4% so với năm 2023, chiếm gần 14% kim ngạch xuất khẩu cá ngừ cả nước; trong đó, thị trường EU chiếm 31%.

Hiện tỉnh có 11 doanh nghiệp chế biến, xuất khẩu cá ngừ, trong đó 7 doanh nghiệp đủ điều kiện xuất khẩu vào EU. Tổng công suất chế biến đạt khoảng 45.000 tấn thành phẩm/năm, nhưng năm qua các nhà máy mới sử dụng khoảng 62% công suất do thiếu nguyên liệu.

Ông Nguyễn Văn Bảy, Giám đốc Công ty TNHH Hải sản 404 (số 58 đường 2 Tháng 4), cho biết mỗi tháng đơn vị thu mua từ 300 đến 350 tấn cá ngừ nguyên liệu, trong đó nguồn trong tỉnh chỉ đáp ứng khoảng 40%, còn lại phải nhập khẩu.

Về khai thác, năm 2024 sản lượng cá ngừ đại dương của tỉnh ước đạt 3.330 tấn, trong đó huyện Vạn Ninh 1.240 tấn, TP. Nha Trang 980 tấn, TP. Cam Ranh 760 tấn, thị xã Ninh Hòa 350 tấn. Toàn tỉnh có 486 tàu câu cá ngừ, giảm 27 tàu so với năm 2020.

Theo Sở Công Thương, Khánh Hòa hiện đứng thứ 3 cả nước về kim ngạch xuất khẩu cá ngừ. Tỉnh phấn đấu đến năm 2025, kim ngạch xuất khẩu cá ngừ đạt 160 triệu USD.

HẢI LĂNG
24/01/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = I(Y24)
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
K = "kim ngạch xuất khẩu cá ngừ"
S = "sản lượng cá ngừ đại dương"

FIGS = [
    F("Khánh Hòa đạt 142 triệu USD", "142", 142000000, "money", "USD", K, Y24i),
    F("ước đạt 142 triệu USD", "142", 142000000, "money", "USD", f"{K} của các doanh nghiệp trên địa bàn tỉnh", Y24,
      percent=14, change=CH("increase", 21.4, baseline="năm 2023"), status="estimate"),
    F("EU chiếm 31%", "31", 31, "percent", "%", f"tỷ trọng thị trường EU trong {K}", Y24, status="estimate"),
    F("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", "doanh nghiệp chế biến, xuất khẩu cá ngừ"),
    F("đó 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", "doanh nghiệp đủ điều kiện xuất khẩu vào EU", total=11),
    F("khoảng 45.000 tấn", "45.000", 45000, "measure", "tấn thành phẩm/năm", "tổng công suất chế biến", approx="about"),
    F("khoảng 62%", "62", 62, "percent", "%", "tỷ lệ sử dụng công suất của các nhà máy", Y24i, approx="about"),
    F("từ 300 đến 350 tấn", "300", 300, "measure", "tấn", "cá ngừ nguyên liệu thu mua mỗi tháng", value_max=350),
    F("khoảng 40%", "40", 40, "percent", "%", "tỷ lệ nguồn nguyên liệu trong tỉnh đáp ứng", approx="about"),
    F("ước đạt 3.330 tấn", "3.330", 3330, "measure", "tấn", S, Y24b, status="estimate"),
    F("Vạn Ninh 1.240 tấn", "1.240", 1240, "measure", "tấn", S, Y24b, total=3330, status="estimate", location="Vạn Ninh"),
    F("Nha Trang 980 tấn", "980", 980, "measure", "tấn", S, Y24b, total=3330, status="estimate", location="Nha Trang"),
    F("Cam Ranh 760 tấn", "760", 760, "measure", "tấn", S, Y24b, total=3330, status="estimate", location="Cam Ranh"),
    F("Ninh Hòa 350 tấn", "350", 350, "measure", "tấn", S, Y24b, total=3330, status="estimate", location="Ninh Hòa"),
    F("có 486 tàu", "486", 486, "count", "tàu", "tàu câu cá ngừ",
      change=CH("decrease", 27, "tàu", baseline="năm 2020")),
    F("đứng thứ 3", "3", 3, "rank", "hạng", f"xếp hạng {K} cả nước"),
    F("đạt 160 triệu USD", "160", 160000000, "money", "USD", K, P("đến năm 2025", None, "2025-12-31"),
      status="target"),
]

COMMENTS = [
    "Báo Khánh Hòa (Party newspaper): tuna exports of Khánh Hòa 2024, processors, capacity use, raw material, catch by district.",
    "No dateline at the top; byline 'HẢI LĂNG' and bare date '24/01/2025' at the end (published).",
    "Headline 142 triệu USD has no cue (actual); the lead repeats it with 'ước' (estimate) and carries change 21,4% and percent 14",
    "('chiếm gần 14% … cả nước'). 'trong đó, thị trường EU chiếm 31%' is a share of its own (percent figure, no total).",
    "'trong đó nguồn trong tỉnh chỉ đáp ứng khoảng 40%' likewise. District parts after 'trong đó' add up to 3.330 (total; estimate continues).",
    "Unit 'tấn thành phẩm/năm' kept as written. Distractors: 'Nguyễn Văn Bảy' (number word in a name), 'Công ty TNHH Hải sản 404',",
    "'số 58 đường 2 Tháng 4' (road named after a date), years in baselines.",
]

emit("p763-5", TEXT, COMMENTS, FIGS, published="2025-01-24", location="Khánh Hòa")
