"""p1271-5: provincial Party newspaper (Báo Bắc Ninh, tag BNO): Hồ chickens kept by a cooperative in Song Hồ (Thuận Thành)."""
from lib import F, P, I, Y, C, T, write

TEXT = """BÁO BẮC NINH
Kinh tế > Nông nghiệp

Hồi sinh giống gà Hồ ở Song Hồ

Thứ Hai, 22/05/2023 - 07:30

Từ chỗ chỉ còn hơn 300 con thuần chủng, đàn gà Hồ ở xã Song Hồ (huyện Thuận Thành) nay đã tăng lên gần 6.000 con nhờ các chương trình bảo tồn nguồn gen vật nuôi.

(BNO) - Năm 2017, xã Song Hồ thành lập Hợp tác xã Gà Hồ Lạc Thổ Xanh với 15 thành viên ban đầu, nhận hỗ trợ con giống và kỹ thuật từ Trung tâm Giống vật nuôi Kinh Bắc. Hiện hợp tác xã có 42 thành viên, nuôi giữ khoảng 5.800 con gà Hồ, trong đó có 1.200 con gà mái sinh sản.

Gà Hồ trưởng thành có con trống nặng 4,5-5,5 kg, con mái nặng 3,5-4 kg. Gà thịt được bán với giá từ 350.000 đến 400.000 đồng/kg; một cặp gà trống đẹp dịp Tết có giá 10-12 triệu đồng.

"Năm 2022, doanh thu của hợp tác xã đạt khoảng 4,2 tỷ đồng, tăng 20% so với năm 2021. Thu nhập bình quân của thành viên đạt 9 triệu đồng/người/tháng", ông Nguyễn Văn Thắng, Giám đốc hợp tác xã cho biết. Năm nay, hợp tác xã dự kiến bán ra thị trường khoảng 25.000 con gà thương phẩm.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh Bắc Ninh hiện có 5 cơ sở nuôi giữ giống gà Hồ với tổng đàn khoảng 8.500 con, chiếm gần 70% đàn gà Hồ cả nước. Mục tiêu đến năm 2025, tỉnh nâng đàn gà Hồ thuần chủng lên 10.000 con, xây dựng chỉ dẫn địa lý "Gà Hồ Thuận Thành".

NGUYỄN HẠNH
"""

Y17 = Y(2017, "Năm 2017")
Y22 = Y(2022, "Năm 2022")
Y23 = Y(2023, "Năm nay")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 300 con", "300", 300, "count", "con", approx="over", subject="gà Hồ thuần chủng", optional=True),
    F("gần 6.000 con", "6.000", 6000, "count", "con", approx="nearly", subject="đàn gà Hồ ở xã Song Hồ"),
    F("với 15 thành viên", "15", 15, "count", "thành viên", period=Y17,
      subject="thành viên ban đầu của Hợp tác xã Gà Hồ Lạc Thổ Xanh"),
    F("có 42 thành viên", "42", 42, "count", "thành viên", subject="thành viên hợp tác xã"),
    F("khoảng 5.800 con", "5.800", 5800, "count", "con", approx="about", subject="gà Hồ hợp tác xã nuôi giữ"),
    F("có 1.200 con", "1.200", 1200, "count", "con", total=5800, subject="gà mái sinh sản"),
    F("nặng 4,5-5,5 kg", "4,5", 4.5, "measure", "kg", value_max=5.5, subject="trọng lượng gà Hồ trống trưởng thành"),
    F("nặng 3,5-4 kg", "3,5", 3.5, "measure", "kg", value_max=4, subject="trọng lượng gà Hồ mái trưởng thành"),
    F("từ 350.000 đến 400.000", "350.000", 350000, "money", "đồng/kg", value_max=400000, subject="giá gà thịt"),
    F("giá 10-12 triệu", "10", 10e6, "money", "đồng/cặp", value_max=12e6, subject="giá một cặp gà trống đẹp dịp Tết"),
    F("khoảng 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", approx="about", period=Y22,
      change=C("increase", 20, "%", "năm 2021"), subject="doanh thu của hợp tác xã"),
    F("đạt 9 triệu", "9", 9e6, "money", "đồng/người/tháng", period=I(Y22),
      subject="thu nhập bình quân của thành viên"),
    F("khoảng 25.000 con", "25.000", 25000, "count", "con", approx="about", status="forecast", period=Y23,
      subject="gà thương phẩm hợp tác xã bán ra thị trường"),
    F("có 5 cơ sở", "5", 5, "count", "cơ sở", location="Bắc Ninh", subject="cơ sở nuôi giữ giống gà Hồ"),
    F("khoảng 8.500 con", "8.500", 8500, "count", "con", approx="about", percent=70, location="Bắc Ninh",
      subject="tổng đàn gà Hồ của các cơ sở nuôi giữ giống"),
    F("lên 10.000 con", "10.000", 10000, "count", "con", status="target", period=T25, location="Bắc Ninh",
      subject="đàn gà Hồ thuần chủng"),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Ninh): section path, 'Thứ Hai, 22/05/2023 - 07:30', sapo, tag '(BNO) -', quote, byline at the end.",
    "Distractors: time 07:30, founding year 'Năm 2017' (a date), 'Tết', brand name '\"Gà Hồ Thuận Thành\"'.",
    "'một cặp gà trống … có giá 10-12 triệu đồng': 'một cặp' is the rate's denominator (unit đồng/cặp), not a figure.",
    "'chiếm gần 70% đàn gà Hồ cả nước' after 8.500 con → percent attribute 70; the figure stays in Bắc Ninh ('cả nước' is the whole).",
    "'Năm nay' = the dateline year 2023; 'dự kiến' → forecast. The income sentence inherits 'Năm 2022' from the sentence before (quote).",
    "Cooperative and commune figures are placed in huyện Thuận Thành; the province paragraph in Bắc Ninh.",
    "Sapo 'Từ chỗ chỉ còn hơn 300 con … nay đã tăng lên gần 6.000 con': the starting point of a 'từ … lên' change is optional",
    "(as the old capacity in the model set); it gets no period. 'Hiện' figures get none either.",
]

if __name__ == "__main__":
    write("p1271-5", TEXT, NOTES, FIGS, published="2023-05-22", location="Thuận Thành")
