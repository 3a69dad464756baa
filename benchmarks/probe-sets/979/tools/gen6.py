"""p979-6: national newspaper: a 340 kg bomb found in TP Quảng Ngãi; provincial UXO figures."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự
Thứ năm, 14/3/2024, 06:30 (GMT+7)

Di dời 120 hộ dân để hủy nổ quả bom 340 kg

Quảng Ngãi - Quả bom dài 1,8 m, nặng khoảng 340 kg được người dân phát hiện khi đào móng nhà ở xã Tịnh Ấn Tây, TP Quảng Ngãi.

Khoảng 9h sáng 13/3, ông Nguyễn Văn Bảy (56 tuổi, trú thôn 2) thuê thợ đào móng thì phát hiện quả bom nằm sâu từ 1,5 đến 2 m dưới lòng đất. Đây là lần thứ 3 từ đầu năm người dân xã này phát hiện bom lớn.

Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi đã điều 25 cán bộ, chiến sĩ công binh đến hiện trường, lập vành đai an toàn bán kính 1.000 m, sơ tán 120 hộ với gần 450 nhân khẩu. Sau hơn 6 giờ, quả bom được đưa về bãi hủy tại huyện Bình Sơn, cách hiện trường khoảng 40 km, để hủy nổ an toàn.

Theo Bộ Chỉ huy Quân sự tỉnh, năm 2023 lực lượng công binh đã xử lý 215 điểm tồn lưu bom mìn, hủy nổ hơn 4.600 quả bom, mìn, đạn các loại. Từ đầu năm đến nay, lực lượng này tiếp tục xử lý 38 điểm. Tỉnh hiện còn khoảng 52.000 ha đất ô nhiễm, tập trung ở các huyện Sơn Tịnh (8.200 ha), Nghĩa Hành (6.700 ha) và Ba Tơ (5.900 ha).

Từ năm 2015 đến nay, Quảng Ngãi xảy ra 27 vụ tai nạn bom mìn, làm 14 người chết và 31 người bị thương; phần lớn nạn nhân là người thu gom phế liệu. Năm 2024, tỉnh dự kiến bố trí khoảng 18 tỷ đồng để rà phá 1.500 ha đất phục vụ các dự án tái định cư, khu công nghiệp.

Phạm Linh
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
S15 = P("Từ năm 2015 đến nay", "2015-01-01", "2024-03-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUB_CONT = "diện tích đất ô nhiễm bom mìn"

FIGS = [
    F("Di dời 120 hộ", "120", 120, "count", "hộ", subject="hộ dân được di dời để hủy nổ bom"),
    F("quả bom 340 kg", "340", 340, "measure", "kg", subject="trọng lượng quả bom"),
    F("dài 1,8 m", "1,8", 1.8, "measure", "m", subject="chiều dài quả bom"),
    F("nặng khoảng 340 kg", "340", 340, "measure", "kg", approx="about", subject="trọng lượng quả bom"),
    F("56 tuổi", "56", 56, "measure", "tuổi", subject="tuổi người phát hiện bom", optional=True),
    F("từ 1,5 đến 2 m", "1,5", 1.5, "measure", "m", value_max=2, subject="độ sâu quả bom dưới lòng đất"),
    F("điều 25 cán bộ", "25", 25, "count", "cán bộ, chiến sĩ", subject="cán bộ, chiến sĩ công binh được điều đến hiện trường"),
    F("bán kính 1.000 m", "1.000", 1000, "measure", "m", subject="bán kính vành đai an toàn"),
    F("sơ tán 120 hộ", "120", 120, "count", "hộ", subject="hộ dân được sơ tán"),
    F("gần 450 nhân khẩu", "450", 450, "count", "nhân khẩu", approx="nearly", subject="nhân khẩu được sơ tán"),
    F("hơn 6 giờ", "6", 6, "measure", "giờ", approx="over", subject="thời gian đưa quả bom về bãi hủy",
      optional=True),
    F("khoảng 40 km", "40", 40, "measure", "km", approx="about", subject="khoảng cách từ bãi hủy đến hiện trường"),
    F("xử lý 215 điểm", "215", 215, "count", "điểm", subject="điểm tồn lưu bom mìn được xử lý", period=Y23),
    F("hơn 4.600 quả", "4.600", 4600, "count", "quả", approx="over", subject="bom, mìn, đạn được hủy nổ",
      period=Y23),
    F("xử lý 38 điểm", "38", 38, "count", "điểm", subject="điểm tồn lưu bom mìn được xử lý",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-03-14")),
    F("khoảng 52.000 ha", "52.000", 52000, "measure", "ha", approx="about", subject=SUB_CONT),
    F("Sơn Tịnh (8.200 ha)", "8.200", 8200, "measure", "ha", subject=SUB_CONT, location="Sơn Tịnh"),
    F("Nghĩa Hành (6.700 ha)", "6.700", 6700, "measure", "ha", subject=SUB_CONT, location="Nghĩa Hành"),
    F("Ba Tơ (5.900 ha)", "5.900", 5900, "measure", "ha", subject=SUB_CONT, location="Ba Tơ"),
    F("xảy ra 27 vụ", "27", 27, "count", "vụ", subject="vụ tai nạn bom mìn", period=S15),
    F("làm 14 người chết", "14", 14, "count", "người", subject="người chết do tai nạn bom mìn", period=S15),
    F("31 người bị thương", "31", 31, "count", "người", subject="người bị thương do tai nạn bom mìn", period=S15),
    F("khoảng 18 tỷ đồng", "18", 18000000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí bố trí cho rà phá bom mìn", period=Y24),
    F("rà phá 1.500 ha", "1.500", 1500, "measure", "ha", status="forecast",
      subject="diện tích đất rà phá phục vụ các dự án tái định cư, khu công nghiệp", period=Y24),
]

NOTES = [
    "National newspaper, 'Thứ năm, 14/3/2024, 06:30 (GMT+7)': a 340 kg bomb found in xã Tịnh Ấn Tây, TP Quảng Ngãi; provincial UXO figures.",
    "Location Quảng Ngãi (TP Quảng Ngãi and the province share the name); the listed districts go to location, the indicator stays the subject.",
    "The bracketed district list does not add up to 52.000 ha: no total. The bomb's size and weight are facts of the news (required);",
    "the finder's age '56 tuổi' and 'Sau hơn 6 giờ' (a duration locating the event) are optional.",
    "'Từ năm 2015 đến nay' and 'Từ đầu năm đến nay' end at the dateline. 'dự kiến bố trí ... để rà phá 1.500 ha': the cue governs the clause (forecast).",
    "Not figures: '06:30', 'Khoảng 9h sáng 13/3', 'thôn 2', 'Nguyễn Văn Bảy', 'lần thứ 3' (ordinal), 'Bình Sơn'.",
]

write("p979-6", TEXT, FIGS, NOTES, published="2024-03-14", location="Quảng Ngãi")
