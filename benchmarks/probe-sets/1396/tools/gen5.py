"""p1396-5: national newspaper: children's drowning and swimming skills, national + TP Hồ Chí Minh."""
from lib import F, P, I, CH, TG, write

TEXT = """Thời sự > Giáo dục
Thứ sáu, 28/6/2024, 15:40 (GMT+7)

Hơn 60% trẻ em chưa biết bơi khi bước vào mùa hè

Mỗi năm hàng nghìn trẻ tử vong do đuối nước, trong khi tỷ lệ học sinh biết bơi mới khoảng 40% và nhiều địa phương còn thiếu bể bơi.

Theo Cục Trẻ em (Bộ Lao động - Thương binh và Xã hội), năm 2023 cả nước có 1.940 trẻ em tử vong do đuối nước, giảm 6,2% so với năm 2022; trong đó khoảng 70% số vụ xảy ra vào dịp hè. Tỷ lệ trẻ em trong độ tuổi đi học biết bơi hiện đạt khoảng 40%, mục tiêu đến năm 2030 là 50% theo Quyết định số 1248/QĐ-TTg.

Cũng trong năm 2023, ngành giáo dục tổ chức dạy bơi cho hơn 1,2 triệu học sinh, tăng gần 15% so với năm trước. Tính đến tháng 5/2024, 38/63 tỉnh, thành phố đã đưa nội dung dạy bơi vào chương trình giáo dục thể chất. Cả nước có khoảng 6.300 bể bơi, trong đó chỉ 1.250 bể thuộc trường học.

Tại TP Hồ Chí Minh, Sở Văn hóa và Thể thao phối hợp với các quận, huyện mở hơn 500 lớp bơi miễn phí trong tháng 6 và tháng 7, mỗi lớp học 12-15 buổi. Học phí các lớp bơi dịch vụ tại Nhà Văn hóa Thiếu nhi Quận 1 và các nhà văn hóa quận từ 800.000 đến 1,2 triệu đồng/khóa.

Tại Hà Nội, năm nay thành phố lần đầu đưa 30 bể bơi di động về các xã ngoại thành, dự kiến giúp khoảng 9.000 học sinh được học bơi miễn phí.

"Một khóa bơi cơ bản cần tối thiểu 10 buổi để trẻ tự bơi được 25 m và biết cách nổi, thở", bà Nguyễn Thị Thu Hương, Phó cục trưởng Cục Trẻ em, nói.

Thanh Hằng
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
MAY = P("Tính đến tháng 5/2024", None, "2024-05-31")
JJ = P("trong tháng 6 và tháng 7", "2024-06-01", "2024-07-31")
HCM = "TP Hồ Chí Minh"
Y24 = P("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 60%", "60", 60, "percent", "%", approx="over", subject="trẻ em chưa biết bơi"),
    F("hàng nghìn trẻ", "hàng nghìn", 1000, "count", "trẻ", approx="about", optional=True),
    F("mới khoảng 40%", "40", 40, "percent", "%", approx="about", subject="tỷ lệ học sinh biết bơi"),
    F("có 1.940 trẻ", "1.940", 1940, "count", "trẻ em", change=CH("decrease", 6.2, "%", "năm 2022"),
      subject="trẻ em tử vong do đuối nước", period=Y23),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="số vụ đuối nước xảy ra vào dịp hè",
      period=Y23),
    F("đạt khoảng 40%", "40", 40, "percent", "%", approx="about", target=TG(50),
      subject="tỷ lệ trẻ em trong độ tuổi đi học biết bơi"),
    F("hơn 1,2 triệu", "1,2", 1.2e6, "count", "học sinh", approx="over",
      change=CH("increase", 15, "%", "năm trước", approx="nearly"),
      subject="học sinh được ngành giáo dục dạy bơi", period=Y23b),
    F("38/63 tỉnh", "38", 38, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố đưa nội dung dạy bơi vào chương trình giáo dục thể chất", period=MAY),
    F("khoảng 6.300 bể", "6.300", 6300, "count", "bể bơi", approx="about", subject="bể bơi cả nước",
      period=I(MAY)),
    F("chỉ 1.250 bể", "1.250", 1250, "count", "bể", total=6300, subject="bể bơi thuộc trường học",
      period=I(MAY)),
    F("hơn 500 lớp", "500", 500, "count", "lớp bơi miễn phí", approx="over",
      subject="lớp bơi miễn phí Sở Văn hóa và Thể thao phối hợp mở", period=JJ, location=HCM),
    F("học 12-15 buổi", "12", 12, "count", "buổi", value_max=15, subject="buổi học mỗi lớp bơi",
      period=JJ, location=HCM),
    F("từ 800.000 đến 1,2 triệu", "800.000", 800000, "money", "đồng/khóa", value_max=1.2e6,
      subject="học phí các lớp bơi dịch vụ", location=HCM),
    F("đưa 30 bể", "30", 30, "count", "bể bơi di động", subject="bể bơi di động đưa về các xã ngoại thành",
      period=Y24, location="Hà Nội"),
    F("khoảng 9.000 học sinh", "9.000", 9000, "count", "học sinh", approx="about", status="forecast",
      subject="học sinh được học bơi miễn phí", period=Y24, location="Hà Nội"),
    F("tối thiểu 10 buổi", "10", 10, "count", "buổi", approx="at_least", subject="buổi của một khóa bơi cơ bản"),
    F("được 25 m", "25", 25, "measure", "m", subject="quãng đường trẻ tự bơi được"),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 28/6/2024, 15:40 (GMT+7)', headline figure, sapo, quote, byline.",
    "Distractors: 15:40, '(GMT+7)', 'Quyết định số 1248/QĐ-TTg', 'Nhà Văn hóa Thiếu nhi Quận 1', baseline years.",
    "'mục tiêu đến năm 2030 là 50%' after a measured level is its target attribute (not a figure); the 40% has no period ('hiện').",
    "'trong đó khoảng 70% số vụ' is a percent figure of its own (no amount to attach to). 'hàng nghìn trẻ' optional (vague).",
    "'tăng gần 15% so với năm trước' → change of 1,2 triệu học sinh. '38/63' → total 63, as-of end May 2024.",
    "'Cả nước có khoảng 6.300 bể bơi, trong đó chỉ 1.250' → total 6.300; as-of carried from the previous sentence (inherited).",
    "TP Hồ Chí Minh paragraph → location TP Hồ Chí Minh; 'từ 800.000 đến 1,2 triệu' is a range, multiplier on the upper end only.",
    "Hà Nội: 'năm nay' = 2024; 'dự kiến giúp khoảng 9.000 học sinh' → forecast, about.",
    "National figures and the quote → Việt Nam.",
]

if __name__ == "__main__":
    write("p1396-5", TEXT, NOTES, FIGS, published="2024-06-28", location="Việt Nam")
