"""p1347-5: national newspaper: cá chạch bùn prices, a farm in Châu Thành (Đồng Tháp), national figures."""
from lib import F, P, INH, CHG, TGT, write

TEXT = """Kinh tế > Nông nghiệp

Thứ hai, 9/9/2024, 08:15 (GMT+7)

Giá cá chạch bùn lên đỉnh, người nuôi miền Tây lãi lớn

Giá cá chạch bùn thương phẩm tại Đồng Tháp đang ở mức 125.000-135.000 đồng/kg, cao nhất trong 3 năm trở lại đây, thương lái đến tận ao thu mua.

Ông Trần Văn Sáu, chủ trang trại ở xã Tân Phú Trung, huyện Châu Thành (Đồng Tháp) cho biết, với 2,5 ha ao nuôi, vụ vừa qua ông thu hoạch khoảng 14 tấn cá, bán với giá 130.000 đồng/kg, lãi gần 700 triệu đồng. "So với đầu năm, giá tăng 25.000-30.000 đồng/kg mà thương lái vẫn mua hết", ông Sáu nói.

Tại Long An, giá cá chạch giống cũng tăng lên 400-450 đồng/con, gần gấp đôi năm 2022.

Theo Hội Nghề cá Việt Nam, cả nước hiện có khoảng 1.350 ha nuôi cá chạch các loại, chủ yếu ở các tỉnh Đồng Tháp (315 ha), Long An (220 ha), An Giang (170 ha) và Thái Bình (95 ha). Sản lượng năm 2023 đạt khoảng 11.000 tấn, trong đó cá chạch bùn chiếm trên 80%.

Bà Nguyễn Thị Hạnh, Phó Chủ tịch Hội, nhận định nhu cầu cá chạch trong nước tăng 15-20% mỗi năm, trong khi nguồn cá giống chất lượng mới đáp ứng khoảng 60%. Dự báo năm 2025, sản lượng cá chạch cả nước có thể đạt 14.000 tấn.

"Người nuôi không nên ồ ạt mở rộng diện tích mà cần liên kết với doanh nghiệp, giữ mật độ dưới 300 con/m2 để hạn chế dịch bệnh", bà Hạnh khuyến cáo.

Minh Khang
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
DTh, CT, LA, VN = "Đồng Tháp", "Châu Thành", "Long An", "Việt Nam"
AREA = "diện tích nuôi cá chạch các loại"

FIGS = [
    F("mức 125.000-135.000", "125.000", 125000, "money", "đồng/kg", value_max=135000,
      subject="giá cá chạch bùn thương phẩm", location=DTh),
    F("với 2,5 ha", "2,5", 2.5, "measure", "ha", subject="ao nuôi của ông Trần Văn Sáu", location=CT),
    F("khoảng 14 tấn", "14", 14, "measure", "tấn", approx="about", subject="cá ông Sáu thu hoạch vụ vừa qua",
      location=CT),
    F("giá 130.000", "130.000", 130000, "money", "đồng/kg", subject="giá bán cá", location=CT),
    F("lãi gần 700 triệu", "700", 700e6, "money", "đồng", approx="nearly", subject="lãi của ông Sáu", location=CT),
    F("tăng 25.000-30.000", "25.000", 25000, "money", "đồng/kg", value_max=30000,
      subject="mức tăng giá cá chạch bùn so với đầu năm", location=CT),
    F("lên 400-450", "400", 400, "money", "đồng/con", value_max=450,
      change=CHG("increase", 2, "lần", "năm 2022", approx="nearly"), subject="giá cá chạch giống", location=LA),
    F("khoảng 1.350 ha", "1.350", 1350, "measure", "ha", approx="about", subject=AREA, location=VN),
    F("Đồng Tháp (315 ha)", "315", 315, "measure", "ha", subject=AREA, location=DTh),
    F("Long An (220 ha)", "220", 220, "measure", "ha", subject=AREA, location=LA),
    F("An Giang (170 ha)", "170", 170, "measure", "ha", subject=AREA, location="An Giang"),
    F("Thái Bình (95 ha)", "95", 95, "measure", "ha", subject=AREA, location="Thái Bình"),
    F("khoảng 11.000 tấn", "11.000", 11000, "measure", "tấn", approx="about", subject="sản lượng cá chạch",
      period=Y23, location=VN),
    F("trên 80%", "80", 80, "percent", "%", approx="over", subject="cá chạch bùn trong sản lượng cá chạch",
      period=Y23, location=VN),
    F("tăng 15-20%", "15", 15, "percent", "%", value_max=20, subject="nhu cầu cá chạch trong nước",
      location=VN),
    F("khoảng 60%", "60", 60, "percent", "%", approx="about",
      subject="nguồn cá giống chất lượng đáp ứng nhu cầu", location=VN),
    F("đạt 14.000 tấn", "14.000", 14000, "measure", "tấn", status="forecast", subject="sản lượng cá chạch cả nước",
      period=Y25, location=VN),
    F("dưới 300 con/m2", "300", 300, "measure", "con/m2", approx="under", subject="mật độ nuôi khuyến cáo",
      location=VN, optional=True),
]

NOTES = [
    "National newspaper: 'Thứ hai, 9/9/2024, 08:15 (GMT+7)', sapo, quotes, byline at the end.",
    "Distractors: 08:15, (GMT+7), 'trong 3 năm trở lại đây' (a span that locates the record, not a figure), the name 'Trần Văn Sáu'",
    "and 'ông Sáu' (Sáu is a name, not 6), 'năm 2022' as a baseline.",
    "Places per figure: the sapo price is Đồng Tháp; the farm passage is huyện Châu Thành (Đồng Tháp); the fingerling price Long An;",
    "the association's totals are national (Việt Nam); list items in brackets get their province as location, subject = the list's",
    "indicator. The four provinces after 'chủ yếu ở' are no cue for a total (and do not add up to 1.350 ha): no total.",
    "'So với đầu năm, giá tăng 25.000-30.000 đồng/kg' has no base amount: the increase itself is a money figure, no change.",
    "'gần gấp đôi năm 2022' after the price → change ×2 (lần), baseline năm 2022. 'trong đó cá chạch bùn chiếm trên 80%' → percent figure.",
    "'Dự báo năm 2025' → forecast. 'giữ mật độ dưới 300 con/m2' is advice, a norm rather than a fact about the world: optional.",
]

if __name__ == "__main__":
    write("p1347-5", TEXT, NOTES, FIGS, published="2024-09-09")
