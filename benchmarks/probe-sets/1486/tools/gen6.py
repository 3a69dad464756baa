"""p1486-6: national newspaper: self-service laundromat chains in TP Hồ Chí Minh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ bảy, 15/3/2025, 08:10 (GMT+7)

Chuỗi giặt sấy tự động nở rộ ở TP HCM

Chỉ với 60.000-70.000 đồng cho một mẻ giặt sấy khoảng 10 kg, sinh viên và dân văn phòng ở TP HCM có thể tự giặt xong quần áo trong chưa đến một giờ.

Tại tiệm của chuỗi Giặt Sấy 365 trên đường Đinh Bộ Lĩnh, quận Bình Thạnh, 12 máy giặt và 12 máy sấy hoạt động gần như liên tục từ 6h đến 22h. Anh Trần Minh Quang, đồng sáng lập chuỗi, cho biết cửa hàng đầu tiên mở tại đường số 7, phường An Lạc; sau ba năm, chuỗi đã có 18 cửa hàng, trong đó 11 cửa hàng nhượng quyền. Mỗi cửa hàng phục vụ bình quân 80-100 lượt khách/ngày, doanh thu 90-120 triệu đồng/tháng.

Theo ước tính của Hội Doanh nghiệp dịch vụ TP HCM, thành phố hiện có khoảng 1.100 tiệm giặt sấy tự động, gấp hơn 2 lần năm 2021. Vốn đầu tư một cửa hàng 8 máy từ 600 triệu đến 1 tỷ đồng, thời gian hoàn vốn 24-36 tháng.

Chị Lê Thảo Vy, sinh viên năm 3 một trường đại học ở quận 10, mỗi tuần giặt hai lần tại tiệm gần nhà trọ. "Gửi tiệm giặt là tính theo kg giá 18.000-25.000 đồng/kg, lại phải chờ đến hôm sau mới lấy đồ", chị nói.

Ông Phạm Quốc Bảo, chuyên gia bán lẻ, dự báo đến năm 2027 số tiệm giặt sấy tự động tại TP HCM có thể đạt 2.000, tăng trưởng bình quân 15-20% mỗi năm.

Ngọc Hân
"""

BT = "Bình Thạnh"
T27 = per("đến năm 2027", end="2027-12-31")

FIGS = [
    fig("Chỉ với 60.000-70.000", "60.000", 60000, "money", "đồng/mẻ", value_max=70000,
        subject="giá một mẻ giặt sấy"),
    fig("khoảng 10 kg", "10", 10, "measure", "kg", approx="about", subject="khối lượng một mẻ giặt sấy"),
    fig("chưa đến một giờ", "một", 1, "measure", "giờ", approx="under",
        subject="thời gian tự giặt xong quần áo"),
    fig("12 máy giặt", "12", 12, "count", "máy giặt", subject="máy giặt tại tiệm của chuỗi Giặt Sấy 365",
        location=BT),
    fig("12 máy sấy", "12", 12, "count", "máy sấy", subject="máy sấy tại tiệm của chuỗi Giặt Sấy 365",
        location=BT),
    fig("có 18 cửa hàng", "18", 18, "count", "cửa hàng", subject="cửa hàng của chuỗi"),
    fig("trong đó 11 cửa hàng", "11", 11, "count", "cửa hàng", total=18, subject="cửa hàng nhượng quyền"),
    fig("bình quân 80-100 lượt", "80", 80, "measure", "lượt khách/ngày", value_max=100,
        subject="lượt khách mỗi cửa hàng phục vụ"),
    fig("doanh thu 90-120 triệu", "90", 90e6, "money", "đồng/tháng", value_max=120e6,
        subject="doanh thu mỗi cửa hàng"),
    fig("khoảng 1.100 tiệm", "1.100", 1100, "count", "tiệm", approx="about", status="estimate",
        change=chg("increase", 2, "lần", "năm 2021", approx="over"),
        subject="tiệm giặt sấy tự động"),
    fig("cửa hàng 8 máy", "8", 8, "count", "máy", subject="máy của một cửa hàng", optional=True),
    fig("từ 600 triệu đến 1 tỷ", "600", 600e6, "money", "đồng", value_max=1e9,
        subject="vốn đầu tư một cửa hàng 8 máy"),
    fig("hoàn vốn 24-36 tháng", "24", 24, "measure", "tháng", value_max=36, subject="thời gian hoàn vốn"),
    fig("giặt hai lần", "hai", 2, "measure", "lần/tuần", subject="số lần giặt mỗi tuần", optional=True),
    fig("giá 18.000-25.000", "18.000", 18000, "money", "đồng/kg", value_max=25000,
        subject="giá gửi tiệm giặt là tính theo kg"),
    fig("đạt 2.000", "2.000", 2000, "count", "tiệm", status="forecast",
        change=chg("increase", 15, "%"),
        subject="số tiệm giặt sấy tự động", period=T27),
    fig("bình quân 15-20%", "15", 15, "percent", "%", value_max=20, status="forecast",
        subject="tăng trưởng bình quân số tiệm giặt sấy tự động mỗi năm", period=T27, optional=True),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ bảy, 15/3/2025, 08:10 (GMT+7)', sapo, quotes, byline at the end. Default location TP Hồ Chí Minh.",
    "Distractors: '(GMT+7)', 08:10, 'Giặt Sấy 365' (a name), '6h đến 22h', 'đường số 7', 'sau ba năm' (a span that only locates), 'sinh viên năm 3', 'quận 10', 'năm 2021' baseline.",
    "'60.000-70.000 đồng cho một mẻ' is a price per load (đồng/mẻ); 'một mẻ' is the denominator. 'chưa đến một giờ' = under 1 hour.",
    "The shop on Đinh Bộ Lĩnh, quận Bình Thạnh: its 12 washers and 12 dryers are located in Bình Thạnh; chain and city figures are TP HCM.",
    "'Theo ước tính …, khoảng 1.100 tiệm …, gấp hơn 2 lần năm 2021' → estimate, about, change ×2 (over) with baseline năm 2021.",
    "Optional: 'một cửa hàng 8 máy' (names the shop size whose cost follows) and a student's 'mỗi tuần giặt hai lần' (anecdote).",
    "'dự báo đến năm 2027 … đạt 2.000, tăng trưởng bình quân 15-20% mỗi năm' → forecast; period end 2027-12-31, start null.",
    "revised after the first run: 'tăng trưởng … 15-20%' right after 'đạt 2.000' is that figure's change (FIGURES.md §3: 'the change after",
    "tăng/giảm/tăng trưởng'), value 15 (lower end); the 15-20% stays as an optional percent figure (a reader may take it as a growth-rate claim).",
]

if __name__ == "__main__":
    write("p1486-6", TEXT, NOTES, FIGS, published="2025-03-15", location="TP Hồ Chí Minh")
