"""p1230-6: national newspaper, the Bà Điểm betel-leaf gardens of huyện Hóc Môn (TP Hồ Chí Minh), July 2024."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế > Nông nghiệp

Thứ Bảy, 20/07/2024, 07:45 (GMT+7)

Giữ nghề trồng trầu Bà Điểm giữa lòng đô thị

Từ khoảng 300 ha những năm 1990, diện tích trầu ở Hóc Môn nay chỉ còn hơn 45 ha, tập trung ở xã Bà Điểm và xã Xuân Thới Thượng. Toàn TP Hồ Chí Minh hiện có khoảng 52 ha trầu, trong đó Hóc Môn chiếm gần 87%.

Theo UBND huyện Hóc Môn, toàn huyện hiện còn khoảng 160 hộ gắn bó với cây trầu, bình quân mỗi hộ canh tác 2.800 m². Năng suất trầu bình quân khoảng 12 tấn/ha/năm; với giá bán sỉ 30.000-45.000 đồng/kg, người trồng lãi từ 150 đến 200 triệu đồng/ha/năm, cao gấp 3 lần trồng lúa.

Bà Nguyễn Thị Lài (ấp 5, xã Bà Điểm) có 3.500 m² trầu, mỗi tuần hái hai lần, mỗi lần khoảng 60 kg. "Tính ra mỗi tháng nhà tôi kiếm được 18-20 triệu đồng, đủ nuôi hai đứa con ăn học", bà Lài nói. Theo bà, 6 tháng đầu năm nay giá trầu tăng khoảng 20% so với cùng kỳ do nguồn cung từ miền Tây giảm.

Năm 2023, trầu Bà Điểm được công nhận sản phẩm OCOP 3 sao. Huyện Hóc Môn đặt mục tiêu đến năm 2025 giữ ổn định ít nhất 40 ha trầu, phát triển du lịch vườn trầu gắn với Lễ hội Trầu Bà Điểm lần thứ 4.

Trên cả nước, cây trầu không hiện được trồng ở khoảng 30 tỉnh, thành phố, nhiều nhất ở Đồng bằng sông Cửu Long với hơn 2.000 ha.

LÊ PHƯƠNG
"""

Y90 = P("những năm 1990", "1990-01-01", "1999-12-31")
H1 = P("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
TO25 = P("đến năm 2025", None, "2025-12-31")
LAI = "bà Nguyễn Thị Lài"

FIGS = [
    F("Từ khoảng 300 ha", "300", 300, "measure", "ha", approx="about", subject="diện tích trầu", period=Y90),
    F("hơn 45 ha", "45", 45, "measure", "ha", approx="over", subject="diện tích trầu"),
    F("khoảng 52 ha", "52", 52, "measure", "ha", approx="about", subject="diện tích trầu", location="TP Hồ Chí Minh"),
    F("chiếm gần 87%", "87", 87, "percent", "%", approx="nearly", subject="tỷ trọng diện tích trầu của Hóc Môn"),
    F("khoảng 160 hộ", "160", 160, "count", "hộ", approx="about", subject="hộ gắn bó với cây trầu"),
    F("canh tác 2.800 m²", "2.800", 2800, "measure", "m²/hộ", subject="diện tích canh tác bình quân mỗi hộ"),
    F("khoảng 12 tấn/ha/năm", "12", 12, "measure", "tấn/ha/năm", approx="about", subject="năng suất trầu bình quân"),
    F("sỉ 30.000-45.000", "30.000", 30000, "money", "đồng/kg", value_max=45000, subject="giá bán sỉ trầu"),
    F("từ 150 đến 200 triệu", "150", 150000000, "money", "đồng/ha/năm", value_max=200000000,
      change=C("increase", 3, "lần", "trồng lúa"), subject="lãi của người trồng trầu"),
    F("có 3.500 m²", "3.500", 3500, "measure", "m²", subject=f"diện tích trầu của {LAI}"),
    F("hái hai lần", "hai", 2, "count", "lần/tuần", subject="số lần hái trầu mỗi tuần"),
    F("khoảng 60 kg", "60", 60, "measure", "kg/lần", approx="about", subject="lá trầu hái mỗi lần"),
    F("được 18-20 triệu", "18", 18000000, "money", "đồng/tháng", value_max=20000000,
      subject=f"thu nhập mỗi tháng của gia đình {LAI}"),
    F("nuôi hai đứa", "hai", 2, "count", "đứa con", optional=True, subject="con của bà Lài"),
    F("tăng khoảng 20%", "20", 20, "percent", "%", approx="about", subject="giá trầu", period=H1),
    F("ít nhất 40 ha", "40", 40, "measure", "ha", approx="at_least", status="target", subject="diện tích trầu",
      period=TO25),
    F("khoảng 30 tỉnh", "30", 30, "count", "tỉnh, thành phố", approx="about",
      subject="tỉnh, thành phố trồng cây trầu không", location="Việt Nam"),
    F("hơn 2.000 ha", "2.000", 2000, "measure", "ha", approx="over",
      subject="diện tích trầu không ở Đồng bằng sông Cửu Long", location="Việt Nam", optional=True),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 20/07/2024, 07:45 (GMT+7)', byline at the end. Betel (trầu) gardens of Bà Điểm, huyện Hóc Môn",
    "(TP Hồ Chí Minh); default location Hóc Môn. The last paragraph is national ('Trên cả nước'): location Việt Nam.",
    "'Từ khoảng 300 ha những năm 1990 … nay chỉ còn hơn 45 ha': two figures (the 1990s area and today's), not a change.",
    "'Toàn TP Hồ Chí Minh … khoảng 52 ha' is the city's figure; 'trong đó Hóc Môn chiếm gần 87%' has no base amount of its own,",
    "so it is a percent figure (location Hóc Môn), not a share attribute of 52 ha.",
    "'cao gấp 3 lần trồng lúa' is the change of the profit range (unit lần). 'tăng khoảng 20% so với cùng kỳ' with no base amount",
    "is a percent figure (growth rate as the claim), subject 'giá trầu', period '6 tháng đầu năm nay' = H1 2024.",
    "'hai lần' per week (number word) is a count with unit lần/tuần; 'hai đứa con' optional.",
    "'hơn 2.000 ha' in Đồng bằng sông Cửu Long: a region, neither a province nor the nation; optional (location unclear).",
    "Distractors: 'OCOP 3 sao' (a rating level, like 'mức độ 3'), 'ấp 5', 'lần thứ 4', 'Năm 2023', '(GMT+7)', 07:45.",
]

if __name__ == "__main__":
    write("p1230-6", TEXT, NOTES, FIGS, published="2024-07-20", location="Hóc Môn")
