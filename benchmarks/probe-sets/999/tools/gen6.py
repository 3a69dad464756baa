"""p999-6: national newspaper, 20 years of the Vietnam Association of Victims of Agent Orange (10/8/2024)."""
from lib import P, I, C, T, F, write

TEXT = """
Thời sự › Xã hội
Thứ bảy, 10/8/2024, 07:30 (GMT+7)

Hơn 4.200 tỷ đồng hỗ trợ nạn nhân chất độc da cam sau 20 năm

Từ năm 2004 đến nay, Hội Nạn nhân chất độc da cam/dioxin Việt Nam đã vận động được hơn 4.200 tỷ đồng để chăm lo cho nạn nhân, trong đó Quỹ Bảo trợ nạn nhân chất độc da cam Việt Nam trực tiếp tiếp nhận khoảng 1.380 tỷ đồng.

Số tiền này đã giúp xây mới, sửa chữa gần 9.000 ngôi nhà, trao hơn 2,4 triệu suất quà, hơn 41.000 suất học bổng và hỗ trợ vốn sinh kế cho khoảng 16.500 hộ gia đình nạn nhân. Riêng giai đoạn 2019-2024, số tiền vận động đạt khoảng 1.950 tỷ đồng, gấp 1,8 lần giai đoạn 2014-2019.

Phát biểu tại lễ kỷ niệm 20 năm thành lập Hội sáng 9/8 ở Hà Nội, Chủ tịch Hội Trần Văn Hai cho biết nhiều nạn nhân vẫn sống trong cảnh nghèo khó. Theo ông, cả nước có khoảng 4,8 triệu người bị phơi nhiễm chất độc da cam, hơn 3 triệu người là nạn nhân; nhiều gia đình có tới 3-4 thế hệ bị ảnh hưởng. Hội hiện có tổ chức ở 63/63 tỉnh, thành phố với khoảng 430.000 hội viên.

Về khắc phục hậu quả, sau khi hoàn thành tẩy độc sân bay Đà Nẵng năm 2018 với kinh phí khoảng 110 triệu USD, Việt Nam và Hoa Kỳ đang triển khai dự án xử lý dioxin tại sân bay Biên Hòa (Đồng Nai) với tổng kinh phí dự kiến khoảng 450 triệu USD. Phía Hoa Kỳ cũng cam kết hỗ trợ 65 triệu USD cho người khuyết tật tại 8 tỉnh bị rải chất độc da cam nặng nề.

Hồng Chiêu
"""

NOTES = [
    "National newspaper: 'Thứ bảy, 10/8/2024, 07:30 (GMT+7)' gives published. National figures: Việt Nam.",
    "'sau 20 năm', 'kỷ niệm 20 năm thành lập' (anniversaries) optional; 'sáng 9/8', 'Trần Văn Hai', 'Hà Nội' (venue) are not figures/places of figures.",
    "'Từ năm 2004 đến nay' runs to the dateline; the next sentence inherits it. 'trong đó' 1.380 tỷ is part of 4.200 tỷ.",
    "'gấp 1,8 lần giai đoạn 2014-2019' follows 1.950 tỷ: its change (increase, 1,8 lần).",
    "'3-4 thế hệ' is an illustration: optional. Đà Nẵng airport and Biên Hòa project money take their place; Hoa Kỳ is a partner, not a place.",
]

SPAN = P("Từ năm 2004 đến nay", "2004-01-01", "2024-08-10")

FIGS = [
    F("Hơn 4.200 tỷ đồng hỗ trợ", "4.200", 4.2e12, "money", "đồng", "kinh phí hỗ trợ nạn nhân chất độc da cam",
      I(SPAN), approx="over"),
    F("sau 20 năm", "20", 20, "measure", "năm", optional=True),
    F("được hơn 4.200 tỷ đồng", "4.200", 4.2e12, "money", "đồng", "kinh phí Hội vận động chăm lo cho nạn nhân",
      SPAN, approx="over"),
    F("khoảng 1.380 tỷ đồng", "1.380", 1.38e12, "money", "đồng",
      "kinh phí Quỹ Bảo trợ nạn nhân chất độc da cam Việt Nam trực tiếp tiếp nhận", SPAN, approx="about",
      total=4.2e12),
    F("gần 9.000 ngôi nhà", "9.000", 9000, "count", "ngôi nhà", "ngôi nhà xây mới, sửa chữa", I(SPAN),
      approx="nearly"),
    F("hơn 2,4 triệu suất quà", "2,4", 2.4e6, "count", "suất quà", "suất quà", I(SPAN), approx="over"),
    F("hơn 41.000 suất học bổng", "41.000", 41000, "count", "suất học bổng", "suất học bổng", I(SPAN),
      approx="over"),
    F("khoảng 16.500 hộ gia đình", "16.500", 16500, "count", "hộ gia đình",
      "hộ gia đình nạn nhân được hỗ trợ vốn sinh kế", I(SPAN), approx="about"),
    F("khoảng 1.950 tỷ đồng", "1.950", 1.95e12, "money", "đồng", "số tiền vận động",
      P("giai đoạn 2019-2024", "2019-01-01", "2024-12-31"), approx="about",
      change=C("increase", 1.8, "lần", "giai đoạn 2014-2019")),
    F("kỷ niệm 20 năm", "20", 20, "measure", "năm", optional=True),
    F("khoảng 4,8 triệu người", "4,8", 4.8e6, "count", "người", "người bị phơi nhiễm chất độc da cam",
      approx="about"),
    F("hơn 3 triệu người", "3", 3e6, "count", "người", "nạn nhân chất độc da cam", approx="over"),
    F("tới 3-4 thế hệ", "3", 3, "count", "thế hệ", "thế hệ bị ảnh hưởng", value_max=4, optional=True),
    F("ở 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có tổ chức Hội", total=63),
    F("khoảng 430.000 hội viên", "430.000", 430000, "count", "hội viên", "hội viên", approx="about"),
    F("khoảng 110 triệu USD", "110", 110e6, "money", "USD", "kinh phí tẩy độc sân bay Đà Nẵng",
      P("năm 2018", "2018-01-01", "2018-12-31"), approx="about", location="Đà Nẵng"),
    F("khoảng 450 triệu USD", "450", 450e6, "money", "USD", "tổng kinh phí dự án xử lý dioxin tại sân bay Biên Hòa",
      approx="about", status="forecast", location="Đồng Nai"),
    F("hỗ trợ 65 triệu USD", "65", 65e6, "money", "USD", "kinh phí Hoa Kỳ cam kết hỗ trợ người khuyết tật"),
    F("tại 8 tỉnh", "8", 8, "count", "tỉnh", "tỉnh bị rải chất độc da cam nặng nề"),
]

if __name__ == "__main__":
    write("p999-6", TEXT, NOTES, FIGS, published="2024-08-10", location="Việt Nam")
