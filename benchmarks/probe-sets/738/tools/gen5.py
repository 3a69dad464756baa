"""p738-5: Party newspaper (Báo Cần Thơ) — river tourism by boat in Cần Thơ, 2023, targets 2025/2030."""
from lib import emit, fig, per, inh, chg

TEXT = """BÁO CẦN THƠ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TP CẦN THƠ
Kinh tế › Du lịch

Du lịch đường sông - "đặc sản" của Tây Đô

(CT) - Năm 2023, du lịch đường thủy tiếp tục là sản phẩm chủ lực của du lịch Cần Thơ. Toàn thành phố đón khoảng 1,15 triệu lượt khách tham quan bằng tàu, thuyền, chiếm 31,2% tổng lượt khách du lịch đến thành phố.

Theo Sở Văn hóa, Thể thao và Du lịch, hiện thành phố có 186 tàu, thuyền du lịch được cấp phép hoạt động, tăng 24 phương tiện so với năm 2022. Trong đó, tàu có sức chở trên 50 khách là 38 chiếc; tàu, thuyền dưới 20 khách là 121 chiếc. Riêng tại quận Ninh Kiều, bến tàu du lịch mỗi ngày có từ 40 đến 60 chuyến xuất bến, ngày cao điểm hơn 90 chuyến. Tour tham quan chợ nổi có giá từ 150.000 đến 250.000 đồng/khách.

Doanh thu từ hoạt động du lịch đường sông năm 2023 ước đạt 512 tỷ đồng, tăng 21,5% so với năm trước. Các lực lượng chức năng đã kiểm tra 2.436 lượt phương tiện, xử lý 58 trường hợp vi phạm. Tàu nhà hàng Chín Rồng và hệ thống bến tàu dọc sông Hậu đã được đầu tư nâng cấp; chợ nổi Cái Răng được công nhận là điểm du lịch của thành phố.

Mục tiêu đến năm 2025, thành phố đón 1,5 triệu lượt khách đi tàu, thuyền, doanh thu đạt 700 tỷ đồng; đến năm 2030, số tàu du lịch đạt chuẩn tăng lên khoảng 250 chiếc.

Ông Trần Văn Tám, chủ tàu du lịch ở phường Cái Khế, chia sẻ: "Mùa cao điểm, tàu của tôi chạy liên tục từ 5 giờ sáng".

HOÀNG YẾN
15/01/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 1,15 triệu lượt khách", "1,15", 1150000, "count", "lượt khách",
        "lượt khách tham quan bằng tàu, thuyền", inh(Y23), approx="about", percent=31.2),
    fig("có 186 tàu", "186", 186, "count", "tàu, thuyền", "tàu, thuyền du lịch được cấp phép hoạt động",
        change=chg("increase", 24, "phương tiện", baseline="năm 2022")),
    fig("trên 50 khách", "50", 50, "count", "khách", "sức chở của tàu", approx="over", optional=True),
    fig("là 38 chiếc", "38", 38, "count", "chiếc", "tàu có sức chở trên 50 khách", total=186),
    fig("dưới 20 khách", "20", 20, "count", "khách", "sức chở của tàu, thuyền", approx="under", optional=True),
    fig("là 121 chiếc", "121", 121, "count", "chiếc", "tàu, thuyền dưới 20 khách", total=186),
    fig("từ 40 đến 60 chuyến", "40", 40, "measure", "chuyến/ngày", "chuyến tàu du lịch xuất bến mỗi ngày",
        value_max=60, location="Ninh Kiều"),
    fig("hơn 90 chuyến", "90", 90, "measure", "chuyến/ngày", "chuyến tàu du lịch xuất bến ngày cao điểm", approx="over",
        location="Ninh Kiều"),
    fig("từ 150.000 đến", "150.000", 150000, "money", "đồng/khách", "giá tour tham quan chợ nổi", value_max=250000),
    fig("ước đạt 512 tỷ đồng", "512", 512000000000, "money", "đồng", "doanh thu từ hoạt động du lịch đường sông",
        per("năm 2023", "2023-01-01", "2023-12-31"), status="estimate",
        change=chg("increase", 21.5, baseline="năm trước")),
    fig("kiểm tra 2.436 lượt", "2.436", 2436, "count", "lượt phương tiện", "phương tiện được kiểm tra", inh(Y23)),
    fig("xử lý 58 trường hợp", "58", 58, "count", "trường hợp", "trường hợp vi phạm bị xử lý", inh(Y23)),
    fig("đón 1,5 triệu lượt khách", "1,5", 1500000, "count", "lượt khách", "lượt khách đi tàu, thuyền", T25,
        status="target"),
    fig("đạt 700 tỷ đồng", "700", 700000000000, "money", "đồng", "doanh thu du lịch đường sông", T25, status="target"),
    fig("khoảng 250 chiếc", "250", 250, "count", "chiếc", "tàu du lịch đạt chuẩn", per("đến năm 2030", None, "2030-12-31"),
        approx="about", status="target"),
]

COMMENTS = [
    "Báo Cần Thơ (invented): du lịch đường sông năm 2023, tàu thuyền du lịch, chuyến xuất bến, doanh thu, mục tiêu 2025/2030.",
    "Party newspaper: byline and bare date at the end (published 2024-01-15); the '(CT)' tag and the text name Cần Thơ.",
    "Location Cần Thơ except the two trip counts stated 'Riêng tại quận Ninh Kiều'. 'chợ nổi Cái Răng' stands in a sentence with no",
    "figure. Thresholds 'trên 50 khách', 'dưới 20 khách' are optional. 'Trong đó' after a sentence break: 38 and 121 are parts of",
    "186. The 1,15 triệu sentence has no period of its own ('Năm 2023' is in the sentence before): inherited. 'hiện' -> no period.",
    "Distractors: 'Chín Rồng' (a boat name), 'Ông Trần Văn Tám' (a name), '5 giờ sáng' (time of day), 'Tây Đô'.",
]

if __name__ == "__main__":
    emit("p738-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Cần Thơ")
