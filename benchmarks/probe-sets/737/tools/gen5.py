from lib import *

TEXT = """BÁO THỪA THIÊN HUẾ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THỪA THIÊN HUẾ
Kinh tế › Du lịch

Du lịch khoáng nóng tăng tốc

(BTTH) - Năm 2023, hai khu du lịch suối khoáng nóng Alba Thanh Tân (huyện Phong Điền) và Mỹ An (thị xã Hương Thủy) đón tổng cộng 412.000 lượt khách, gấp 1,8 lần năm 2022.

Tại Alba Thanh Tân, lượng khách đạt 286.500 lượt, trong đó khách lưu trú qua đêm chiếm 34%. Doanh thu của khu du lịch đạt 168 tỷ đồng, tăng 62% so với năm trước; nộp ngân sách hơn 21 tỷ đồng. Giá vé tắm khoáng trọn gói cho người lớn hiện là 400.000 đồng, trẻ em cao từ 1 m đến 1,4 m là 250.000 đồng.

Khu du lịch suối khoáng nóng Mỹ An có nguồn nước 56 độ C, lưu lượng khai thác khoảng 15 lít/giây. Cũng trong năm 2023, khu du lịch này phục vụ 125.500 lượt khách, phần lớn là khách Hàn Quốc và Nhật Bản.

Theo Sở Du lịch, 9 tháng đầu năm 2024, các khu du lịch khoáng nóng trên địa bàn đã đón 358.000 lượt khách, tăng 14% so với cùng kỳ. Công ty CP Du lịch Thanh Tân đang triển khai giai đoạn 2 dự án mở rộng tại huyện Phong Điền với 200 phòng và 24 biệt thự, tổng vốn 850 tỷ đồng, dự kiến hoàn thành vào quý II/2025.

Lãnh đạo Sở Du lịch cho biết, tỉnh đặt mục tiêu đến năm 2025, doanh thu từ du lịch khoáng nóng, chăm sóc sức khỏe chiếm khoảng 5% tổng thu du lịch toàn tỉnh.

HOÀNG LONG
25/10/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hai khu du lịch", "hai", 2, "count", "khu du lịch", "khu du lịch suối khoáng nóng", optional=True),
    F("412.000 lượt khách", "412.000", 412000, "count", "lượt khách", "lượt khách hai khu du lịch suối khoáng nóng", Y23,
      change=CH("increase", 1.8, "lần", baseline="năm 2022")),
    F("đạt 286.500 lượt", "286.500", 286500, "count", "lượt", "lượng khách Alba Thanh Tân", I(Y23), location="Phong Điền"),
    F("chiếm 34%", "34", 34, "percent", "%", "tỷ lệ khách lưu trú qua đêm", I(Y23), location="Phong Điền"),
    F("168 tỷ đồng", "168", 168e9, "money", "đồng", "doanh thu của khu du lịch", I(Y23),
      change=CH("increase", 62, baseline="năm trước"), location="Phong Điền"),
    F("hơn 21 tỷ đồng", "21", 21e9, "money", "đồng", "nộp ngân sách", I(Y23), approx="over", location="Phong Điền"),
    F("là 400.000 đồng", "400.000", 400000, "money", "đồng", "giá vé tắm khoáng trọn gói cho người lớn", location="Phong Điền"),
    F("từ 1 m đến 1,4 m", "1", 1, "measure", "m", "chiều cao trẻ em", value_max=1.4, optional=True),
    F("là 250.000 đồng", "250.000", 250000, "money", "đồng", "giá vé tắm khoáng trọn gói cho trẻ em", location="Phong Điền"),
    F("56 độ C", "56", 56, "measure", "độ C", "nhiệt độ nguồn nước Khu du lịch suối khoáng nóng Mỹ An", location="Hương Thủy"),
    F("khoảng 15 lít/giây", "15", 15, "measure", "lít/giây", "lưu lượng khai thác", approx="about", location="Hương Thủy"),
    F("125.500 lượt", "125.500", 125500, "count", "lượt khách", "lượt khách Khu du lịch suối khoáng nóng Mỹ An",
      P("năm 2023", "2023-01-01", "2023-12-31"), location="Hương Thủy"),
    F("358.000 lượt", "358.000", 358000, "count", "lượt khách", "lượt khách các khu du lịch khoáng nóng",
      P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30"), change=CH("increase", 14, baseline="cùng kỳ")),
    F("200 phòng", "200", 200, "count", "phòng", "phòng dự án mở rộng giai đoạn 2", location="Phong Điền"),
    F("24 biệt thự", "24", 24, "count", "biệt thự", "biệt thự dự án mở rộng giai đoạn 2", location="Phong Điền"),
    F("850 tỷ đồng", "850", 850e9, "money", "đồng", "tổng vốn dự án mở rộng giai đoạn 2", location="Phong Điền"),
    F("khoảng 5%", "5", 5, "percent", "%", "tỷ trọng doanh thu từ du lịch khoáng nóng, chăm sóc sức khỏe trong tổng thu du lịch",
      P("đến năm 2025", None, "2025-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Thừa Thiên Huế), '(BTTH) -' tag, byline and bare date 25/10/2024 at the end: hot springs Alba Thanh Tân and Mỹ An.",
    "Alba Thanh Tân figures → Phong Điền (named in the lead and in the project sentence); Mỹ An → Hương Thủy (thị xã); totals → Thừa Thiên Huế.",
    "'gấp 1,8 lần năm 2022' after 412.000 is its change (lần). 'chiếm 34%' of an unstated count is a percent figure of its own.",
    "Project scale (200 phòng, 24 biệt thự, 850 tỷ) precedes 'dự kiến hoàn thành' and is actual; 'quý II/2025' dates the completion, not",
    "the figures. 'hai khu du lịch' (structure) and the child-height band 'từ 1 m đến 1,4 m' (a threshold) are optional. Not figures:",
    "'giai đoạn 2', 'quý II/2025'.",
]

emit("p737-5", TEXT, COMMENTS, FIGS, published="2024-10-25", location="Thừa Thiên Huế")
