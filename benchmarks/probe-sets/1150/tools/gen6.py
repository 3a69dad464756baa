"""p1150-6: national newspaper - An Giang bans catching juvenile fish in the flood season, supports fishers."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh

An Giang hỗ trợ ngư dân ngừng bắt cá linh non mùa nước nổi

Thứ Năm, 19/09/2024, 06:45 (GMT+7)

Mùa nước nổi năm nay, An Giang tiếp tục cấm đánh bắt cá linh non và khai thác thủy sản bằng lưới có kích thước mắt lưới dưới 2 cm trên sông Tiền, sông Hậu, đồng thời chi hơn 3 tỷ đồng hỗ trợ ngư dân chuyển đổi nghề.

Theo Sở NN&PTNT An Giang, toàn tỉnh có khoảng 3.200 hộ sống bằng nghề đánh bắt thủy sản mùa lũ, tập trung ở thị xã Tân Châu, huyện An Phú và huyện Phú Tân. Từ tháng 7 đến nay, tỉnh đã hỗ trợ 1.450 hộ, mỗi hộ 2 triệu đồng/tháng trong thời gian cấm, đồng thời cấp 620 bộ lưới mắt lớn cho ngư dân chuyển đổi.

Ông Nguyễn Văn Lành, ngư dân xã Vĩnh Hòa, thị xã Tân Châu, cho biết trước đây mỗi mùa nước ông bắt được khoảng 1,5 tấn cá linh non, bán 25.000-30.000 đồng/kg. "Năm nay tôi chuyển sang nuôi cá lóc trong vèo với hai vèo, dự kiến thu hoạch 4 tấn", ông nói.

Năm 2024, An Giang thả 6,5 triệu con cá giống các loại ra sông Tiền, sông Hậu, trong đó cá linh, cá chốt, cá trê vàng chiếm khoảng 40%. Từ đầu mùa lũ, lực lượng chức năng đã phát hiện 58 trường hợp dùng xung điện, dớn, lưới cào bắt cá non, tăng 9 trường hợp so với cùng kỳ năm 2023; tịch thu, tiêu hủy gần 3.000 m lưới và 23 bộ kích điện.

Theo ngành nông nghiệp, sản lượng cá linh tự nhiên ở Đồng bằng sông Cửu Long hiện chỉ bằng khoảng 30% so với 20 năm trước. "Nếu không cấm, vài năm nữa sẽ không còn cá linh", một cán bộ Chi cục Thủy sản An Giang nói. Tỉnh dự kiến đến cuối năm sẽ thả thêm 1 triệu con cá giống và hỗ trợ 500 hộ nuôi cá trong vèo, mỗi hộ tối đa 10 triệu đồng.

Hoàng Phương
"""

SINCE7 = P("Từ tháng 7 đến nay", "2024-07-01", "2024-09-19")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
EOY = P("đến cuối năm", None, "2024-12-31")
NOW = P("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("dưới 2 cm", "2", 2, "measure", "cm", approx="under", optional=True,
      subject="kích thước mắt lưới bị cấm"),
    F("chi hơn 3 tỷ", "3", 3000000000, "money", "đồng", approx="over",
      subject="kinh phí hỗ trợ ngư dân chuyển đổi nghề"),
    F("khoảng 3.200 hộ", "3.200", 3200, "count", "hộ", approx="about",
      subject="hộ sống bằng nghề đánh bắt thủy sản mùa lũ"),
    F("hỗ trợ 1.450 hộ", "1.450", 1450, "count", "hộ", subject="hộ được hỗ trợ trong thời gian cấm", period=SINCE7),
    F("mỗi hộ 2 triệu", "2", 2000000, "money", "đồng/hộ/tháng", subject="mức hỗ trợ mỗi hộ trong thời gian cấm"),
    F("cấp 620 bộ", "620", 620, "count", "bộ lưới mắt lớn", subject="lưới mắt lớn cấp cho ngư dân chuyển đổi",
      period=SINCE7),
    F("khoảng 1,5 tấn", "1,5", 1.5, "measure", "tấn", approx="about",
      subject="cá linh non ông Lành bắt được mỗi mùa nước trước đây", location="Tân Châu"),
    F("bán 25.000-30.000", "25.000", 25000, "money", "đồng/kg", value_max=30000,
      subject="giá bán cá linh non", location="Tân Châu"),
    F("với hai vèo", "hai", 2, "count", "vèo", subject="vèo nuôi cá lóc của ông Lành", period=NOW, location="Tân Châu"),
    F("thu hoạch 4 tấn", "4", 4, "measure", "tấn", status="forecast",
      subject="sản lượng cá lóc dự kiến thu hoạch", period=NOW, location="Tân Châu"),
    F("thả 6,5 triệu", "6,5", 6500000, "count", "con", subject="cá giống các loại thả ra sông Tiền, sông Hậu",
      period=Y24),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="tỷ lệ cá linh, cá chốt, cá trê vàng trong cá giống thả", period=Y24),
    F("58 trường hợp", "58", 58, "count", "trường hợp",
      change=C("increase", 9, "trường hợp", "cùng kỳ năm 2023"),
      subject="trường hợp dùng xung điện, dớn, lưới cào bắt cá non bị phát hiện"),
    F("gần 3.000 m", "3.000", 3000, "measure", "m", approx="nearly", subject="lưới bị tịch thu, tiêu hủy"),
    F("23 bộ kích điện", "23", 23, "count", "bộ kích điện", subject="kích điện bị tịch thu, tiêu hủy"),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="sản lượng cá linh tự nhiên so với 20 năm trước", location=""),
    F("thêm 1 triệu", "1", 1000000, "count", "con", status="forecast", subject="cá giống thả thêm", period=EOY),
    F("hỗ trợ 500 hộ", "500", 500, "count", "hộ", status="forecast", subject="hộ nuôi cá trong vèo được hỗ trợ",
      period=EOY),
    F("tối đa 10 triệu", "10", 10000000, "money", "đồng/hộ", approx="at_most", status="forecast",
      subject="mức hỗ trợ mỗi hộ nuôi cá trong vèo", period=EOY),
]

NOTES = [
    "National newspaper: 'Thứ Năm, 19/09/2024, 06:45 (GMT+7)', byline at the end. An Giang, flood season ban on juvenile fish; a fisher in Tân Châu.",
    "Distractors: time 06:45, 'GMT+7', '20 năm trước' (a time reference), 'vài năm nữa', 'mùa nước nổi năm nay' (no dates).",
    "'Năm nay' in the quote is 2024 (year of the dateline). 'Mùa nước nổi năm nay' has no datable span: no period. 'dưới 2 cm' is the mesh threshold of the ban rule: optional. 'Từ tháng 7 đến nay' ends at the published date.",
    "The fisher's figures are placed in Tân Châu (thị xã named in the sentence). The share of the Mekong Delta catch names a region, not a province: location empty (null).",
    "'Từ đầu mùa lũ' is not a datable period: none. 'trong đó ... chiếm khoảng 40%' with no number for the part: a percent figure of its own.",
    "'Tỉnh dự kiến đến cuối năm sẽ thả thêm ... và hỗ trợ 500 hộ ..., mỗi hộ tối đa 10 triệu đồng' - forecast governs the continuing clauses.",
]

if __name__ == "__main__":
    write("p1150-6", TEXT, NOTES, FIGS, published="2024-09-19", location="An Giang")
