import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """Thời sự › Môi trường

Hơn 1.200 lượt rùa mẹ lên bãi Côn Đảo đẻ trứng trong năm 2023

Thứ Tư, 21/2/2024, 10:15 (GMT+7)

Năm 2023, các bãi cát ở Côn Đảo ghi nhận 1.236 lượt rùa mẹ lên đẻ trứng, tăng 9,8% so với năm 2022, theo Ban Quản lý Vườn quốc gia Côn Đảo (Bà Rịa - Vũng Tàu).

Lực lượng kiểm lâm và tình nguyện viên đã di dời về khu ấp 1.183 ổ trứng với tổng số 113.520 quả. Tỷ lệ trứng nở trung bình đạt 81,6%; 92.610 rùa con đã được thả về biển an toàn. Rùa xanh là loài chiếm ưu thế với khoảng 95% số ổ trứng, còn lại là đồi mồi; cả hai loài đều có tên trong Sách Đỏ Việt Nam và Phụ lục I Công ước CITES.

Mùa rùa đẻ tại đây kéo dài từ tháng 4 đến tháng 10 hằng năm; vào cao điểm, có đêm lên tới 40 - 50 lượt rùa mẹ lên bãi. Bãi đẻ lớn nhất là Hòn Bảy Cạnh, nơi Trạm Kiểm lâm túc trực 24/24 giờ.

Chương trình du lịch xem rùa đẻ, thả rùa con tại Hòn Bảy Cạnh năm 2023 đón 2.154 lượt khách, trong đó khách nước ngoài chiếm 38%, thu khoảng 4,3 tỷ đồng. Mỗi đêm, Vườn chỉ nhận tối đa 20 khách để hạn chế tác động tới rùa mẹ.

Ông Lê Xuân Ái, Giám đốc Vườn quốc gia Côn Đảo, cho biết từ năm 1995 đến nay, Vườn đã thả về biển hơn 1,2 triệu rùa con, góp phần đưa Côn Đảo trở thành nơi có số lượng rùa biển lên bãi đẻ nhiều nhất Việt Nam.

Năm 2024, Vườn đặt mục tiêu duy trì tỷ lệ trứng nở trên 80% và mở rộng khu ấp tại 3 bãi mới. Du khách đăng ký tham gia qua đường dây nóng 0254.3830.669.

Ngọc Hân
"""

Y23 = Y(2023, "Năm 2023")
Y23i = Y(2023, "Năm 2023", inh=True)
Y24 = Y(2024, "Năm 2024")

FIGS = [
    F("Hơn 1.200 lượt rùa mẹ", "1.200", 1200, "count", "lượt rùa mẹ", "lượt rùa mẹ lên bãi đẻ trứng", approx="over",
      period=Y(2023, "trong năm 2023")),
    F("ghi nhận 1.236 lượt", "1.236", 1236, "count", "lượt rùa mẹ", "lượt rùa mẹ lên đẻ trứng",
      change=CH("increase", 9.8, baseline="năm 2022"), period=Y23),
    F("khu ấp 1.183 ổ trứng", "1.183", 1183, "count", "ổ trứng", "ổ trứng di dời về khu ấp", period=Y23i),
    F("tổng số 113.520 quả", "113.520", 113520, "count", "quả", "trứng di dời về khu ấp", period=Y23i),
    F("đạt 81,6%", "81,6", 81.6, "percent", None, "tỷ lệ trứng nở trung bình", period=Y23i),
    F("92.610 rùa con", "92.610", 92610, "count", "rùa con", "rùa con được thả về biển an toàn", period=Y23i),
    F("khoảng 95% số ổ trứng", "95", 95, "percent", None, "rùa xanh chiếm số ổ trứng", approx="about", period=Y23i),
    F("cả hai loài", "hai", 2, "count", "loài", "loài rùa có tên trong Sách Đỏ Việt Nam", optional=True),
    F("tới 40 - 50 lượt", "40", 40, "count", "lượt rùa mẹ", "lượt rùa mẹ lên bãi mỗi đêm cao điểm", value_max=50),
    F("trực 24/24 giờ", "24", 24, "measure", "giờ", "thời gian túc trực", optional=True),
    F("đón 2.154 lượt khách", "2.154", 2154, "count", "lượt khách", "lượt khách chương trình du lịch xem rùa đẻ, thả rùa con",
      period=Y(2023, "năm 2023")),
    F("chiếm 38%", "38", 38, "percent", None, "khách nước ngoài", period=Y(2023, "năm 2023")),
    F("khoảng 4,3 tỷ đồng", "4,3", 4.3e9, "money", "đồng", "thu từ chương trình du lịch xem rùa đẻ", approx="about",
      period=Y(2023, "năm 2023")),
    F("tối đa 20 khách", "20", 20, "count", "khách", "khách Vườn nhận mỗi đêm", approx="at_most"),
    F("hơn 1,2 triệu rùa con", "1,2", 1.2e6, "count", "rùa con", "rùa con thả về biển", approx="over",
      period=P("từ năm 1995 đến nay", "1995-01-01", "2024-02-21")),
    F("trên 80%", "80", 80, "percent", None, "tỷ lệ trứng nở", approx="over", status="target", period=Y24),
    F("tại 3 bãi mới", "3", 3, "count", "bãi", "bãi mới mở rộng khu ấp", status="target", period=Y24),
]

COMMENTS = [
    "National press (news site, section 'Thời sự › Môi trường'): sea turtles at Vườn quốc gia Côn Đảo, season 2023 — nests, eggs, hatchlings, turtle-watching tours.",
    "Dateline 'Thứ Tư, 21/2/2024, 10:15 (GMT+7)'; byline at the end. Location: Côn Đảo (the district named as the place: 'các bãi cát ở Côn Đảo');",
    "the province in brackets after the park's management board does not replace it.",
    "Distractors: 'từ tháng 4 đến tháng 10 hằng năm' (season, not a range figure), 'Hòn Bảy Cạnh' (island name with a number word), 'Phụ lục I',",
    "'(GMT+7)', 'từ năm 1995', hotline 0254.3830.669. '24/24 giờ' (round-the-clock) optional.",
    "The second paragraph inherits 'Năm 2023'. 'khoảng 95% số ổ trứng' is a percent figure. '40 - 50 lượt' a range with no period ('hằng năm', generic).",
    "'trong đó khách nước ngoài chiếm 38%' is a percent figure (no number for the part). 'tối đa 20 khách' at_most, a standing rule, no period.",
    "revised after the first run: 'cả hai loài' (a structural 'both', like 'cả 03 khối' in shared h05) added as an optional count.",
    "'từ năm 1995 đến nay' = 1995-01-01 .. dateline 2024-02-21. 'Năm 2024, Vườn đặt mục tiêu …' targets: 'trên 80%', '3 bãi mới'.",
]

if __name__ == "__main__":
    sys.exit(1 if emit(7, TEXT, COMMENTS, FIGS, published="2024-02-21", location="Côn Đảo") else 0)
