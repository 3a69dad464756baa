"""p1240-6: national newspaper, Hà Nội lotus season: a Tây Hồ lotus pond, lotus tea, Mê Linh."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Nông nghiệp

Thứ Bảy, 8/6/2024, 07:15 (GMT+7)

Mùa sen Hồ Tây: chủ đầm thu tiền triệu mỗi ngày từ khách chụp ảnh

Hà Nội có khoảng 600 ha sen, trong đó quận Tây Hồ hơn 20 ha, chủ yếu quanh Hồ Tây và đầm Trị.

Đầm sen rộng 1,5 ha của bà Nguyễn Thị Hòa ở phường Quảng An, quận Tây Hồ mở cửa từ 5h sáng. Mỗi lượt khách vào chụp ảnh trả 50.000 đồng; riêng Chủ nhật tuần trước đầm đón gần 400 lượt. "Mùa sen kéo dài khoảng hai tháng, trừ chi phí thuê đầm, nhân công, mỗi mùa tôi lãi chừng 150 triệu đồng", bà Hòa nói.

Ngoài bán vé, gia đình bà ướp trà sen theo cách truyền thống. Để có 1 kg trà sen Tây Hồ cần 1.200 - 1.500 bông sen, giá bán 8 - 12 triệu đồng/kg tùy loại. Năm ngoái, bà bán được gần 40 kg trà.

Theo UBND quận Tây Hồ, 5 tháng đầu năm 2024, quận đón hơn 1,2 triệu lượt khách, tăng 14% so với cùng kỳ; doanh thu du lịch ước đạt 980 tỷ đồng. Quận đang có 27 hộ ướp trà sen, trong đó 11 hộ có sản phẩm đạt OCOP 4 sao.

Tại huyện Mê Linh, đầm sen Văn Khê rộng khoảng 10 ha mỗi ngày đón 500 - 700 lượt khách. Phó chủ tịch UBND xã Văn Khê cho biết năm nay xã thu phí 20.000 đồng/người để duy tu cảnh quan, dự kiến thu khoảng 300 triệu đồng. Ngoài Văn Khê, huyện còn các đầm sen ở xã Tiền Phong, Thạch Đà với tổng diện tích hơn 35 ha.

Khánh Linh
"""

LAST = P("Năm ngoái", "2023-01-01", "2023-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
NOW = P("năm nay", "2024-01-01", "2024-12-31")
TH = "Tây Hồ"
ML = "Mê Linh"
HOA = "bà Nguyễn Thị Hòa"

FIGS = [
    F("khoảng 600 ha", "600", 600, "measure", "ha", approx="about", subject="diện tích sen"),
    F("hơn 20 ha", "20", 20, "measure", "ha", approx="over", total=600, location=TH,
      subject="diện tích sen quận Tây Hồ"),
    F("rộng 1,5 ha", "1,5", 1.5, "measure", "ha", location=TH, subject="diện tích đầm sen của " + HOA),
    F("trả 50.000 đồng", "50.000", 50000, "money", "đồng/lượt", location=TH,
      subject="giá mỗi lượt khách vào chụp ảnh tại đầm sen"),
    F("gần 400 lượt", "400", 400, "count", "lượt", approx="nearly", location=TH,
      subject="lượt khách đầm sen đón Chủ nhật tuần trước"),
    F("khoảng hai tháng", "hai", 2, "measure", "tháng", approx="about", optional=True, location=TH,
      subject="thời gian mùa sen"),
    F("chừng 150 triệu", "150", 150000000, "money", "đồng/mùa", approx="about", location=TH,
      subject="lãi mỗi mùa sen của " + HOA),
    F("cần 1.200 - 1.500 bông", "1.200", 1200, "measure", "bông sen/kg", value_max=1500, location=TH,
      subject="số bông sen cần để ướp 1 kg trà sen Tây Hồ"),
    F("giá bán 8 - 12 triệu", "8", 8000000, "money", "đồng/kg", value_max=12000000, location=TH,
      subject="giá bán trà sen Tây Hồ"),
    F("gần 40 kg", "40", 40, "measure", "kg", approx="nearly", location=TH,
      subject="trà sen " + HOA + " bán được", period=LAST),
    F("hơn 1,2 triệu", "1,2", 1200000, "count", "lượt khách", approx="over", location=TH,
      change=C("increase", 14, "%", "cùng kỳ"), subject="lượt khách đến quận Tây Hồ", period=M5),
    F("ước đạt 980 tỷ", "980", 980000000000, "money", "đồng", status="estimate", location=TH,
      subject="doanh thu du lịch quận Tây Hồ", period=M5),
    F("có 27 hộ", "27", 27, "count", "hộ", location=TH, subject="hộ ướp trà sen"),
    F("trong đó 11 hộ", "11", 11, "count", "hộ", total=27, location=TH,
      subject="hộ ướp trà sen có sản phẩm đạt OCOP 4 sao"),
    F("khoảng 10 ha", "10", 10, "measure", "ha", approx="about", location=ML,
      subject="diện tích đầm sen Văn Khê"),
    F("đón 500 - 700", "500", 500, "measure", "lượt khách/ngày", value_max=700, location=ML,
      subject="lượt khách đầm sen Văn Khê đón mỗi ngày"),
    F("phí 20.000 đồng/người", "20.000", 20000, "money", "đồng/người", location=ML,
      subject="phí tham quan đầm sen Văn Khê", period=NOW),
    F("khoảng 300 triệu", "300", 300000000, "money", "đồng", approx="about", status="forecast", location=ML,
      subject="phí tham quan đầm sen Văn Khê dự kiến thu", period=NOW),
    F("hơn 35 ha", "35", 35, "measure", "ha", approx="over", location=ML,
      subject="tổng diện tích các đầm sen ở xã Tiền Phong, Thạch Đà"),
]

NOTES = [
    "revised after the first run: unit 'bông sen/kg trà' -> 'bông sen/kg' (shortest unit, same rule as p1240-2; no score effect).",
    "National newspaper: 'Thứ Bảy, 8/6/2024, 07:15 (GMT+7)', byline 'Khánh Linh' at the end. Hà Nội lotus season.",
    "Places: the city total is Hà Nội (default); quận Tây Hồ figures (the Quảng An pond, its lotus tea, district tourism) -> Tây Hồ;",
    "the Văn Khê pond in huyện Mê Linh -> Mê Linh. The pond passage runs over three paragraphs; 'bà' / 'gia đình bà' keep it in Tây Hồ.",
    "'Mỗi lượt khách ... trả 50.000 đồng' is a per-visit price (đồng/lượt). 'Để có 1 kg trà ... cần 1.200 - 1.500 bông sen': 1 kg is the rate's",
    "denominator, not a figure; the figure is a measure in 'bông sen/kg'. 'mỗi mùa tôi lãi chừng 150 triệu' -> đồng/mùa, approx about (chừng).",
    "'khoảng hai tháng' (season length, in a quote) optional. 'Năm ngoái' = 2023 (published 2024); 'năm nay' = 2024.",
    "'mỗi ngày đón 500 - 700 lượt khách' is a daily rate (measure, lượt khách/ngày); 'Chủ nhật tuần trước ... gần 400 lượt' is a one-day count.",
    "Distractors: '07:15 (GMT+7)', '5h sáng', 'OCOP 4 sao', 'Chủ nhật tuần trước', '1 kg' (denominator).",
]

if __name__ == "__main__":
    write("p1240-6", TEXT, NOTES, FIGS, published="2024-06-08", location="Hà Nội")
