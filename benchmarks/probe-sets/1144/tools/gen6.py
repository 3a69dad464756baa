"""p1144-6: national newspaper, balloon festival in Huế (Festival Huế 2024), a balloon operator."""
from lib import F, P, I, C, T, write

TEXT = """Thứ Bảy, 15/6/2024, 07:45 (GMT+7)
Du lịch

Khinh khí cầu 'phủ' bầu trời Huế, khách sạn kín phòng

Hơn 20 khinh khí cầu đến từ 8 quốc gia bay trên bầu trời cố đô dịp Festival Huế 2024, kéo lượng khách tăng mạnh.

Theo Sở Du lịch Thừa Thiên Huế, sau 5 ngày tổ chức (từ 9 đến 13/6), Lễ hội khinh khí cầu quốc tế thu hút khoảng 75.000 lượt người tham quan, riêng khu bay neo tại công viên Thương Bạc đón hơn 6.000 lượt khách trải nghiệm. Công suất phòng các khách sạn 4-5 sao ở thành phố Huế đạt 85-90%, cao hơn khoảng 20 điểm phần trăm so với tháng trước.

Công ty TNHH Khinh khí cầu Cố Đô, đơn vị vận hành khu bay neo, cho biết mỗi ngày thực hiện khoảng 120 lượt bay, mỗi lượt chở tối đa 4 khách, giá vé 450.000 đồng/người. Tổng doanh thu của công ty trong dịp lễ hội ước trên 1,3 tỷ đồng. Công ty có 12 nhân viên kỹ thuật, trong đó hai người là phi công có chứng chỉ quốc tế.

Bà Nguyễn Thị Lan, giám đốc một khách sạn 3 sao trên đường Lê Lợi, cho biết 42 phòng của khách sạn đã kín từ ngày 8/6, giá phòng tăng 10-15% nhưng vẫn không đủ phục vụ khách.

Thống kê của Sở cho thấy 5 tháng đầu năm, Thừa Thiên Huế đón gần 1,9 triệu lượt khách, tăng 32% so với cùng kỳ; doanh thu du lịch đạt 3.720 tỷ đồng. Tỉnh dự kiến trong tuần lễ Festival Huế sẽ đón khoảng 200.000 lượt khách, trong đó 35% là khách quốc tế.

Võ Thạnh
"""

FEST = P("từ 9 đến 13/6", "2024-06-09", "2024-06-13")
M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")

FIGS = [
    F("Hơn 20 khinh khí cầu", "20", 20, "count", "khinh khí cầu", approx="over",
      subject="khinh khí cầu bay dịp Festival Huế"),
    F("từ 8 quốc gia", "8", 8, "count", "quốc gia", subject="quốc gia có khinh khí cầu tham gia"),
    F("khoảng 75.000 lượt", "75.000", 75000, "count", "lượt người tham quan", approx="about",
      subject="lượt người tham quan Lễ hội khinh khí cầu quốc tế", period=FEST),
    F("hơn 6.000 lượt", "6.000", 6000, "count", "lượt khách", approx="over",
      subject="lượt khách trải nghiệm khu bay neo tại công viên Thương Bạc", period=FEST),
    F("đạt 85-90%", "85", 85, "percent", "%", value_max=90,
      change=C("increase", 20, "điểm phần trăm", "tháng trước", approx="about"),
      subject="công suất phòng các khách sạn 4-5 sao", period=I(FEST), location="Huế"),
    F("khoảng 120 lượt bay", "120", 120, "measure", "lượt bay/ngày", approx="about",
      subject="lượt bay mỗi ngày của Công ty TNHH Khinh khí cầu Cố Đô"),
    F("tối đa 4 khách", "4", 4, "measure", "khách/lượt", approx="at_most", subject="khách mỗi lượt bay"),
    F("450.000 đồng/người", "450.000", 450000, "money", "đồng/người", subject="giá vé bay neo"),
    F("trên 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="over", status="estimate",
      subject="tổng doanh thu của công ty trong dịp lễ hội", period=I(FEST)),
    F("có 12 nhân viên", "12", 12, "count", "nhân viên kỹ thuật", subject="nhân viên kỹ thuật của công ty"),
    F("hai người", "hai", 2, "count", "người", total=12, subject="phi công có chứng chỉ quốc tế"),
    F("42 phòng", "42", 42, "count", "phòng", subject="phòng của khách sạn đã kín"),
    F("tăng 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá phòng tăng"),
    F("gần 1,9 triệu", "1,9", 1.9e6, "count", "lượt khách", approx="nearly",
      change=C("increase", 32, "%", "cùng kỳ"), subject="lượt khách đón", period=M5),
    F("đạt 3.720 tỷ", "3.720", 3720e9, "money", "đồng", subject="doanh thu du lịch", period=M5),
    F("khoảng 200.000 lượt", "200.000", 200000, "count", "lượt khách", approx="about", status="forecast",
      subject="lượt khách trong tuần lễ Festival Huế"),
    F("trong đó 35%", "35", 35, "percent", "%", status="forecast", subject="tỷ lệ khách quốc tế"),
]

NOTES = [
    "Revised after the first run: the place was removed from one subject (a figure's own place belongs to location, not subject).",
    "National newspaper: 'Thứ Bảy, 15/6/2024, 07:45 (GMT+7)' (published), section 'Du lịch', byline at the end. Location Thừa Thiên Huế;",
    "the hotels 'ở thành phố Huế' are Huế (the city, not the province). The balloon company names no place: province.",
    "Distractors: 'khách sạn 4-5 sao' and 'khách sạn 3 sao' (hotel classes, labels), 'Festival Huế 2024' (a name), 'sau 5 ngày tổ chức' (duration),",
    "'từ ngày 8/6' (date), '(GMT+7)', '07:45'. 'mỗi ngày … 120 lượt bay' and 'mỗi lượt … tối đa 4 khách' are rates (measure).",
    "'giá phòng tăng 10-15%' is a growth rate standing as the claim: a percent figure. 'trong đó 35% là khách quốc tế' continues 'dự kiến': forecast.",
    "'riêng khu bay neo … hơn 6.000' is not a part-of-whole cue listed by the spec: no total.",
]

if __name__ == "__main__":
    write("p1144-6", TEXT, NOTES, FIGS, published="2024-06-15", location="Thừa Thiên Huế")
