"""p1503-5: national newspaper: the kitchen-cabinet market in Việt Nam, 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 12/9/2024, 10:20 (GMT+7)

Thị trường tủ bếp ước đạt 1,3 tỷ USD

Quy mô thị trường tủ bếp Việt Nam năm 2024 ước khoảng 1,3 tỷ USD, trong đó tủ bếp gỗ công nghiệp chiếm gần 65%.

Theo Hiệp hội Gỗ và Lâm sản Việt Nam (Viforest), nhu cầu tủ bếp trong nước tăng bình quân 8-10% mỗi năm giai đoạn 2020-2024, chủ yếu từ căn hộ chung cư và nhà phố xây mới. Năm 2023, cả nước có khoảng 110.000 căn hộ chung cư hoàn thành, riêng TP HCM chiếm hơn 35%.

Tủ bếp inox chiếm khoảng 12% thị phần, tủ bếp gỗ tự nhiên khoảng 18%, phần còn lại là tủ nhựa, nhôm kính có giá dưới 2 triệu đồng/mét dài. Giá tủ bếp gỗ công nghiệp phổ biến từ 3 đến 5 triệu đồng/mét dài.

Ông Phạm Đức Lâm, Giám đốc Công ty CP Nội thất Bếp Việt Hưng (TP HCM), cho biết 8 tháng đầu năm nay, doanh nghiệp lắp đặt khoảng 3.400 bộ tủ bếp, tăng 25% so với cùng kỳ; doanh thu đạt 186 tỷ đồng. Theo ông Lâm, phụ kiện như bản lề, ray trượt, giá kéo phần lớn nhập từ Đức, Áo và Trung Quốc, chiếm 30-35% giá thành một bộ tủ.

Số liệu của Tổng cục Hải quan cho thấy, 8 tháng năm 2024, nhập khẩu phụ kiện nội thất nhà bếp đạt 214 triệu USD, tăng 17,5% so với cùng kỳ; trong đó từ Trung Quốc 128 triệu USD, Đức 39 triệu USD.

Viforest dự báo đến năm 2030, quy mô thị trường tủ bếp đạt 2,5 tỷ USD, tỷ lệ nội địa hóa phụ kiện đạt ít nhất 40%.

Phương Linh
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
P2024 = per("giai đoạn 2020-2024", "2020-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
M8Y = per("8 tháng năm 2024", "2024-01-01", "2024-08-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    fig("ước đạt 1,3 tỷ", "1,3", 1.3e9, "money", "USD", status="estimate", subject="thị trường tủ bếp"),
    fig("ước khoảng 1,3 tỷ", "1,3", 1.3e9, "money", "USD", approx="about", status="estimate",
        subject="quy mô thị trường tủ bếp Việt Nam", period=Y24),
    fig("chiếm gần 65%", "65", 65, "percent", "%", approx="nearly", status="estimate",
        subject="tủ bếp gỗ công nghiệp trong quy mô thị trường tủ bếp", period=Y24),
    fig("bình quân 8-10%", "8", 8, "percent", "%", value_max=10,
        subject="nhu cầu tủ bếp trong nước tăng bình quân mỗi năm", period=P2024),
    fig("khoảng 110.000 căn", "110.000", 110000, "count", "căn hộ", approx="about",
        subject="căn hộ chung cư hoàn thành", period=Y23),
    fig("hơn 35%", "35", 35, "percent", "%", approx="over", subject="căn hộ chung cư hoàn thành",
        period=Y23, location=HCM),
    fig("khoảng 12%", "12", 12, "percent", "%", approx="about", subject="thị phần tủ bếp inox"),
    fig("khoảng 18%", "18", 18, "percent", "%", approx="about", subject="thị phần tủ bếp gỗ tự nhiên"),
    fig("dưới 2 triệu", "2", 2e6, "money", "đồng/mét dài", approx="under", subject="giá tủ nhựa, nhôm kính"),
    fig("từ 3 đến 5 triệu", "3", 3e6, "money", "đồng/mét dài", value_max=5e6,
        subject="giá tủ bếp gỗ công nghiệp phổ biến"),
    fig("khoảng 3.400 bộ", "3.400", 3400, "count", "bộ tủ bếp", approx="about",
        change=chg("increase", 25, "%", "cùng kỳ"), subject="tủ bếp doanh nghiệp lắp đặt", period=M8,
        location=HCM),
    fig("đạt 186 tỷ", "186", 186e9, "money", "đồng", subject="doanh thu", period=M8, location=HCM),
    fig("chiếm 30-35%", "30", 30, "percent", "%", value_max=35, subject="phụ kiện trong giá thành một bộ tủ"),
    fig("đạt 214 triệu", "214", 214e6, "money", "USD", change=chg("increase", 17.5, "%", "cùng kỳ"),
        subject="nhập khẩu phụ kiện nội thất nhà bếp", period=M8Y),
    fig("Trung Quốc 128 triệu", "128", 128e6, "money", "USD", total=214e6,
        subject="nhập khẩu phụ kiện nội thất nhà bếp từ Trung Quốc", period=M8Y),
    fig("Đức 39 triệu", "39", 39e6, "money", "USD", total=214e6,
        subject="nhập khẩu phụ kiện nội thất nhà bếp từ Đức", period=M8Y),
    fig("đạt 2,5 tỷ", "2,5", 2.5e9, "money", "USD", status="forecast", subject="quy mô thị trường tủ bếp",
        period=TO30),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="forecast",
        subject="tỷ lệ nội địa hóa phụ kiện", period=TO30),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 12/9/2024, 10:20 (GMT+7)', sapo, byline at the end. National figures: Việt Nam.",
    "Distractors: 10:20, '(GMT+7)', 'giai đoạn 2020-2024' (a period), headline has no period.",
    "Headline and sapo both state 1,3 tỷ USD: two figures (headline estimate; sapo 'ước khoảng' = estimate + about, period năm 2024).",
    "'trong đó tủ bếp gỗ công nghiệp chiếm gần 65%' is a percent figure (the part has no amount); it continues the 'ước' clause: estimate.",
    "'tăng bình quân 8-10% mỗi năm' is a growth rate as the claim: percent, range, period giai đoạn 2020-2024.",
    "'riêng TP HCM chiếm hơn 35%' describes TP HCM (location), a share of the national count.",
    "The firm is in TP HCM: its 3.400 bộ and 186 tỷ are located there. 'phụ kiện ... chiếm 30-35% giá thành một bộ tủ' is a general market",
    "statement (borderline; given Việt Nam). Market shares and prices in paragraph 3 stand without a period.",
    "'8 tháng đầu năm nay' takes the year of the dateline (2024).",
    "Import parts after 'trong đó' take total 214 triệu USD; Trung Quốc, Đức are trade partners: location Việt Nam.",
    "'Viforest dự báo đến năm 2030 ...' -> forecast for both clauses, period null..2030-12-31.",
]

if __name__ == "__main__":
    write("p1503-5", TEXT, NOTES, FIGS, published="2024-09-12", location="Việt Nam")
