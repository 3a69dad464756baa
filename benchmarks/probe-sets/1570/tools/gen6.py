"""p1570-6: national newspaper: a laser-engraved key-chain workshop in Hà Nội; Hà Nội tourism 11 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ bảy, 21/12/2024, 10:15 (GMT+7)

Xưởng móc khóa khắc laser bán 40.000 sản phẩm mỗi tháng

Bắt đầu với một máy khắc laser giá 35 triệu đồng trong căn phòng 20 m2 ở phố Hàng Bạc, sau ba năm, xưởng của Lê Hoàng Nam (29 tuổi) đã có 12 máy và 26 nhân viên.

Mỗi tháng xưởng bán khoảng 40.000 sản phẩm gồm móc khóa, nam châm và huy hiệu mang hình Tháp Rùa, Khuê Văn Các, phố cổ; khoảng 70% qua các sàn thương mại điện tử, còn lại cho 85 cửa hàng lưu niệm trong nước. Giá bán lẻ từ 25.000 đến 60.000 đồng một chiếc, đơn đặt riêng khắc tên có giá 80.000 đồng.

Năm 2024, doanh thu của xưởng ước đạt 18 tỷ đồng, gấp 2,5 lần năm 2022. Nam cho biết biên lợi nhuận khoảng 20-25%. "Khách nước ngoài thích món quà nhỏ, nhẹ, có tên mình trên đó", anh nói.

Theo Hiệp hội Du lịch Hà Nội, 11 tháng năm 2024, Thủ đô đón hơn 26,4 triệu lượt khách, tăng 10,1% so với cùng kỳ; tổng thu từ khách du lịch đạt khoảng 100.600 tỷ đồng. Chi cho mua sắm quà lưu niệm chiếm chưa đến 10% tổng chi tiêu của khách.

Ông Phạm Quang Huy, Phó chủ tịch Hiệp hội, dự báo năm 2025 nhu cầu quà lưu niệm "made in Hà Nội" tăng 15-20%. Hiệp hội đặt mục tiêu đến năm 2025 có ít nhất 50 sản phẩm quà tặng đặc trưng của Thủ đô được đăng ký nhãn hiệu.

Minh Thư

Xem thêm:
- Phố cổ Hà Nội đón khách dịp Giáng sinh
- Chợ đêm Hàng Đào mở cửa từ 19h
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ELEVEN = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
F25 = per("năm 2025", "2025-01-01", "2025-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("bán 40.000 sản phẩm", "40.000", 40000, "measure", "sản phẩm/tháng",
        subject="sản phẩm xưởng móc khóa khắc laser bán mỗi tháng"),
    fig("với một máy", "một", 1, "count", "máy", subject="máy khắc laser lúc bắt đầu"),
    fig("giá 35 triệu", "35", 35e6, "money", "đồng", subject="giá máy khắc laser"),
    fig("phòng 20 m2", "20", 20, "measure", "m2", subject="diện tích căn phòng"),
    fig("(29 tuổi)", "29", 29, "measure", "tuổi", subject="tuổi của Lê Hoàng Nam", optional=True),
    fig("có 12 máy", "12", 12, "count", "máy", subject="máy của xưởng"),
    fig("26 nhân viên", "26", 26, "count", "nhân viên", subject="nhân viên của xưởng"),
    fig("khoảng 40.000 sản phẩm", "40.000", 40000, "measure", "sản phẩm/tháng", approx="about",
        subject="sản phẩm gồm móc khóa, nam châm và huy hiệu xưởng bán mỗi tháng"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="sản phẩm bán qua các sàn thương mại điện tử"),
    fig("cho 85 cửa hàng", "85", 85, "count", "cửa hàng", subject="cửa hàng lưu niệm trong nước"),
    fig("từ 25.000 đến 60.000", "25.000", 25000, "money", "đồng/chiếc", value_max=60000,
        subject="giá bán lẻ"),
    fig("giá 80.000 đồng", "80.000", 80000, "money", "đồng", subject="giá đơn đặt riêng khắc tên"),
    fig("ước đạt 18 tỷ", "18", 18e9, "money", "đồng", status="estimate",
        change=chg("increase", 2.5, "lần", "năm 2022"), subject="doanh thu của xưởng", period=Y24),
    fig("khoảng 20-25%", "20", 20, "percent", "%", value_max=25, approx="about", subject="biên lợi nhuận"),
    fig("hơn 26,4 triệu lượt", "26,4", 26.4e6, "count", "lượt", approx="over",
        change=chg("increase", 10.1, "%", "cùng kỳ"), subject="lượt khách Thủ đô đón", period=ELEVEN),
    fig("khoảng 100.600 tỷ", "100.600", 100600e9, "money", "đồng", approx="about",
        subject="tổng thu từ khách du lịch", period=ELEVEN),
    fig("chưa đến 10%", "10", 10, "percent", "%", approx="under",
        subject="chi cho mua sắm quà lưu niệm trong tổng chi tiêu của khách"),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, status="forecast",
        subject="nhu cầu quà lưu niệm \"made in Hà Nội\"", period=F25),
    fig("ít nhất 50 sản phẩm", "50", 50, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm quà tặng đặc trưng của Thủ đô được đăng ký nhãn hiệu", period=T25),
]

NOTES = [
    "National newspaper: section path, 'Thứ bảy, 21/12/2024, 10:15 (GMT+7)', headline figure, quote, byline at the end, 'Xem thêm'.",
    "A workshop in Hà Nội (phố Hàng Bạc) and Hà Nội tourism figures: location Hà Nội throughout.",
    "Distractors: 10:15, '(GMT+7)', 'sau ba năm' (a duration that only places the story in time), 'từ 19h', byline.",
    "Optional: the owner's age '(29 tuổi)' (a personal detail, not a statistic of the sector).",
    "'Mỗi tháng ... khoảng 40.000 sản phẩm' and the headline '40.000 sản phẩm mỗi tháng' → monthly rates (measure, sản phẩm/tháng).",
    "'gấp 2,5 lần năm 2022' after an amount → change +2,5 lần, baseline năm 2022.",
    "'tăng 15-20%' is a growth rate as the claim (percent range, no change), forecast ('dự báo'), period năm 2025.",
    "'đặt mục tiêu đến năm 2025 có ít nhất 50' → target, at_least, end 2025-12-31.",
    "'Chi cho mua sắm ... chưa đến 10%' stands in its own sentence: no period given.",
]

if __name__ == "__main__":
    write("p1570-6", TEXT, NOTES, FIGS, published="2024-12-21", location="Hà Nội")
