"""p1234-6: national newspaper, Hương Sơn (chùa Hương) cable car queues, huyện Mỹ Đức (Hà Nội), 2025."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Du lịch
Thứ Ba, 4/3/2025, 14:25 (GMT+7)

Khách lên chùa Hương xếp hàng hơn 2 tiếng chờ cáp treo

Sau một tuần khai hội, chùa Hương (huyện Mỹ Đức, Hà Nội) đón khoảng 310.000 lượt khách, trong đó hơn 140.000 lượt đi cáp treo.

Sáng 2/3, dòng người xếp hàng tại ga cáp treo Thiên Trù kéo dài gần 300 m. Chị Nguyễn Thu Trang (quận Cầu Giấy) cho biết nhóm 5 người của chị chờ từ 7h30 đến gần 10h mới lên được cabin.

Hệ thống cáp treo Hương Sơn gồm tuyến Thiên Trù - Hương Tích dài 1.780 m và tuyến Hinh Bồng - Thiên Trù mới đưa vào khai thác, tổng cộng 150 cabin loại 6 chỗ, công suất khoảng 3.000 khách/giờ. Giá vé khứ hồi 300.000 đồng/người, một chiều 200.000 đồng/người; khách trên 70 tuổi được miễn vé.

Ông Bùi Văn Sáng, Phó chủ tịch UBND huyện Mỹ Đức, cho biết lượng khách năm nay tăng khoảng 20% so với cùng kỳ. Ban tổ chức đã huy động hơn 1.200 người phục vụ lễ hội, trong đó 450 cán bộ, chiến sĩ công an. Mùa lễ hội năm 2024 (kéo dài 3 tháng), chùa Hương đón 1,35 triệu lượt khách, thu phí tham quan đạt 86 tỷ đồng. Năm nay, huyện dự kiến đón khoảng 1,5 triệu lượt.

Theo Cục Du lịch Quốc gia Việt Nam, cả nước hiện có khoảng 40 hệ thống cáp treo chở khách, phần lớn tại các khu du lịch núi, tâm linh.

Võ Hải
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Năm nay", "2025-01-01", "2025-12-31")
DAY = P("Sáng 2/3", "2025-03-02", "2025-03-02")

FIGS = [
    F("hơn 2 tiếng", "2", 2, "measure", "tiếng", approx="over", subject="thời gian xếp hàng chờ cáp treo"),
    F("khoảng 310.000 lượt", "310.000", 310000, "count", "lượt khách", approx="about",
      subject="lượt khách chùa Hương đón sau một tuần khai hội"),
    F("hơn 140.000 lượt", "140.000", 140000, "count", "lượt", approx="over", total=310000,
      subject="lượt khách đi cáp treo"),
    F("gần 300 m", "300", 300, "measure", "m", approx="nearly",
      subject="chiều dài dòng người xếp hàng tại ga cáp treo Thiên Trù", period=DAY),
    F("nhóm 5 người", "5", 5, "count", "người", optional=True, subject="người trong nhóm của chị Trang"),
    F("dài 1.780 m", "1.780", 1780, "measure", "m", subject="chiều dài tuyến Thiên Trù - Hương Tích"),
    F("tổng cộng 150 cabin", "150", 150, "count", "cabin", subject="cabin của hệ thống cáp treo Hương Sơn"),
    F("loại 6 chỗ", "6", 6, "measure", "chỗ", optional=True, subject="sức chứa mỗi cabin"),
    F("khoảng 3.000 khách/giờ", "3.000", 3000, "measure", "khách/giờ", approx="about",
      subject="công suất hệ thống cáp treo Hương Sơn"),
    F("hồi 300.000 đồng/người", "300.000", 300000, "money", "đồng/người", subject="giá vé khứ hồi"),
    F("chiều 200.000 đồng/người", "200.000", 200000, "money", "đồng/người", subject="giá vé một chiều"),
    F("trên 70 tuổi", "70", 70, "measure", "tuổi", approx="over", optional=True, subject="tuổi được miễn vé"),
    F("tăng khoảng 20%", "20", 20, "percent", "%", approx="about", subject="lượng khách", period=P("năm nay", "2025-01-01", "2025-12-31")),
    F("hơn 1.200 người", "1.200", 1200, "count", "người", approx="over", subject="người phục vụ lễ hội Ban tổ chức huy động"),
    F("450 cán bộ", "450", 450, "count", "cán bộ, chiến sĩ công an", total=1200,
      subject="cán bộ, chiến sĩ công an phục vụ lễ hội"),
    F("kéo dài 3 tháng", "3", 3, "measure", "tháng", optional=True, subject="thời gian mùa lễ hội năm 2024"),
    F("đón 1,35 triệu", "1,35", 1350000, "count", "lượt khách", subject="lượt khách chùa Hương đón mùa lễ hội", period=Y24),
    F("đạt 86 tỷ", "86", 86e9, "money", "đồng", subject="thu phí tham quan mùa lễ hội", period=Y24),
    F("khoảng 1,5 triệu", "1,5", 1500000, "count", "lượt", approx="about", status="forecast",
      subject="lượt khách huyện dự kiến đón", period=NOW),
    F("khoảng 40 hệ thống", "40", 40, "count", "hệ thống", approx="about",
      subject="hệ thống cáp treo chở khách", location="Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ Ba, 4/3/2025, 14:25 (GMT+7)', byline at the end. Chùa Hương, huyện Mỹ Đức (Hà Nội): default location Mỹ Đức;",
    "the last paragraph's national count → Việt Nam. 'quận Cầu Giấy' is where a visitor lives, not a place of any figure.",
    "Distractors: '14:25', '(GMT+7)', 'Sáng 2/3' (date), '7h30', '10h' (times), 'một tuần' (a duration that locates the count).",
    "Optional: 'nhóm 5 người' (anecdote), 'loại 6 chỗ' (cabin type), 'trên 70 tuổi' (ticket rule), 'kéo dài 3 tháng' (length of the season).",
    "'lượng khách năm nay tăng khoảng 20% so với cùng kỳ' is a growth rate standing as the claim (percent, no change); no dated period.",
    "revised after the first run: the 20% growth rate's subject is the indicator 'lượng khách' (the baseline is not part of it); its own 'năm nay' (2025) was added as period.",
    "'Sau một tuần khai hội' gives no dates: the opening counts have no period. 'Năm nay' = 2025 (published).",
]

if __name__ == "__main__":
    write("p1234-6", TEXT, NOTES, FIGS, published="2025-03-04", location="Mỹ Đức")
