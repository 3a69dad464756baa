"""p1212-1: Quảng Trị province portal, 9 months 2024 of UXO clearance (breadcrumb, Cập nhật | Lượt xem)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Quốc phòng - An ninh

Quảng Trị: Hơn 2.300 ha đất được làm sạch bom mìn trong 9 tháng

Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.418

Theo Trung tâm Hành động bom mìn tỉnh Quảng Trị, 9 tháng đầu năm 2024, các tổ chức trong và ngoài nước đã khảo sát, rà phá bom mìn, vật liệu nổ trên diện tích 2.346,5 ha, đạt 78,2% kế hoạch năm, tăng 9,6% so với cùng kỳ năm 2023. Trong đó, diện tích rà phá tại các khu vực ô nhiễm bom chùm là 1.872 ha, rà phá phục vụ các dự án phát triển kinh tế - xã hội 474,5 ha.

Các đội rà phá và đội xử lý bom mìn lưu động (EOD) đã phát hiện, tiêu hủy an toàn 11.832 quả bom, mìn, vật liệu nổ các loại, trong đó có 7.905 quả bom bi và 26 quả bom lớn, chủ yếu là bom MK-82. Riêng quý III, các đội EOD đã tiếp nhận, xử lý 1.146 tin báo của người dân, tăng 138 tin báo so với quý II.

Tại xã Hướng Lập, huyện Hướng Hóa, tổ chức NPA vừa bàn giao 46 ha đất sạch bom mìn cho 38 hộ dân đồng bào Vân Kiều. Trên diện tích này, các đội rà phá đã phát hiện 212 quả bom bi và hai quả đạn pháo. Người dân dự kiến trồng khoảng 30 ha keo và sắn ngay trong vụ đông xuân tới.

Từ đầu năm đến nay, trên địa bàn tỉnh xảy ra 2 vụ tai nạn do bom mìn, làm một người chết và ba người bị thương. Tính đến hết tháng 9/2024, toàn tỉnh đã làm sạch khoảng 118.000 ha đất, chiếm gần 31% diện tích bị ô nhiễm; vẫn còn khoảng 264.000 ha đất nghi ngờ ô nhiễm, tập trung tại các huyện Vĩnh Linh, Gio Linh, Cam Lộ, Hướng Hóa và dọc Quốc lộ 9.

Năm 2024, tỉnh phấn đấu rà phá 3.000 ha và giáo dục nguy cơ bom mìn cho ít nhất 25.000 lượt học sinh. Tổng kinh phí các dự án hành động bom mìn được phê duyệt trong năm khoảng 11,5 triệu USD, chủ yếu từ nguồn viện trợ không hoàn lại của Hoa Kỳ, Na Uy và Nhật Bản.
"""

NINE_H = P("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("Riêng quý III", "2024-07-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
ASOF = P("Tính đến hết tháng 9/2024", None, "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
INYEAR = P("trong năm", "2024-01-01", "2024-12-31")
HH = "Hướng Hóa"

FIGS = [
    F("Hơn 2.300 ha", "2.300", 2300, "measure", "ha", approx="over",
      subject="đất được làm sạch bom mìn", period=NINE_H),
    F("diện tích 2.346,5 ha", "2.346,5", 2346.5, "measure", "ha", percent=78.2,
      change=C("increase", 9.6, "%", "cùng kỳ năm 2023"),
      subject="diện tích khảo sát, rà phá bom mìn, vật liệu nổ", period=NINE),
    F("bom chùm là 1.872 ha", "1.872", 1872, "measure", "ha", total=2346.5,
      subject="diện tích rà phá tại các khu vực ô nhiễm bom chùm", period=I(NINE)),
    F("xã hội 474,5 ha", "474,5", 474.5, "measure", "ha", total=2346.5,
      subject="diện tích rà phá phục vụ các dự án phát triển kinh tế - xã hội", period=I(NINE)),
    F("an toàn 11.832 quả", "11.832", 11832, "count", "quả bom, mìn, vật liệu nổ",
      subject="bom, mìn, vật liệu nổ được phát hiện, tiêu hủy an toàn", period=I(NINE)),
    F("có 7.905 quả bom bi", "7.905", 7905, "count", "quả bom bi", total=11832,
      subject="bom bi được phát hiện, tiêu hủy", period=I(NINE)),
    F("26 quả bom lớn", "26", 26, "count", "quả bom lớn", total=11832,
      subject="bom lớn được phát hiện, tiêu hủy", period=I(NINE)),
    F("xử lý 1.146 tin báo", "1.146", 1146, "count", "tin báo",
      change=C("increase", 138, "tin báo", "quý II"),
      subject="tin báo của người dân được các đội EOD tiếp nhận, xử lý", period=Q3),
    F("bàn giao 46 ha", "46", 46, "measure", "ha",
      subject="đất sạch bom mìn được bàn giao", location=HH),
    F("cho 38 hộ dân", "38", 38, "count", "hộ dân",
      subject="hộ dân đồng bào Vân Kiều được bàn giao đất sạch bom mìn", location=HH),
    F("phát hiện 212 quả bom bi", "212", 212, "count", "quả bom bi",
      subject="bom bi được phát hiện trên diện tích bàn giao", location=HH),
    F("hai quả đạn pháo", "hai", 2, "count", "quả đạn pháo",
      subject="đạn pháo được phát hiện trên diện tích bàn giao", location=HH),
    F("khoảng 30 ha keo", "30", 30, "measure", "ha", approx="about", status="forecast",
      subject="diện tích trồng keo và sắn", location=HH),
    F("xảy ra 2 vụ", "2", 2, "count", "vụ tai nạn",
      subject="vụ tai nạn do bom mìn", period=YTD),
    F("làm một người chết", "một", 1, "count", "người",
      subject="người chết do tai nạn bom mìn", period=YTD),
    F("ba người bị thương", "ba", 3, "count", "người",
      subject="người bị thương do tai nạn bom mìn", period=YTD),
    F("khoảng 118.000 ha", "118.000", 118000, "measure", "ha", approx="about", percent=31,
      subject="đất đã được làm sạch bom mìn", period=ASOF),
    F("khoảng 264.000 ha", "264.000", 264000, "measure", "ha", approx="about",
      subject="đất nghi ngờ ô nhiễm bom mìn", period=ASOF),
    F("rà phá 3.000 ha", "3.000", 3000, "measure", "ha", status="target",
      subject="diện tích rà phá bom mìn", period=Y24),
    F("ít nhất 25.000 lượt", "25.000", 25000, "count", "lượt học sinh", approx="at_least", status="target",
      subject="lượt học sinh được giáo dục nguy cơ bom mìn", period=Y24),
    F("khoảng 11,5 triệu USD", "11,5", 11500000, "money", "USD", approx="about",
      subject="tổng kinh phí các dự án hành động bom mìn được phê duyệt", period=INYEAR),
]

NOTES = [
    "Province portal (Quảng Trị): 9 months 2024 of UXO clearance. Breadcrumb, 'Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.418'.",
    "Distractors: view counter 2.418, time 08:30, 'bom MK-82' (a model name), 'Quốc lộ 9', 'quý II' (a change baseline).",
    "The Hướng Lập passage (three sentences) is placed in huyện Hướng Hóa: its figures get that district, no period.",
    "'Từ đầu năm đến nay' ends at the dateline. 'trong năm' in the last sentence is 2024 (the year of the previous sentence).",
    "'chiếm gần 31% diện tích bị ô nhiễm' is the share of 118.000 ha (percent 31).",
]

if __name__ == "__main__":
    write("p1212-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Quảng Trị")
