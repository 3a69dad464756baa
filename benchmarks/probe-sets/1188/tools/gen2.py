"""p1188-2: huyện Thanh Oai (Hà Nội) district portal, tương Cự Đà, 6 tháng đầu năm 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH OAI
Trang chủ / Kinh tế / Nông nghiệp - Nông thôn

Giữ nghề tương Cự Đà giữa thời hội nhập

Đăng lúc: 15:05 | 28/06/2024

6 tháng đầu năm, làng nghề tương Cự Đà (xã Cự Khê) sản xuất khoảng 310.000 lít tương, tăng 6% so với cùng kỳ; giá trị sản xuất đạt gần 9,3 tỷ đồng. Cả làng hiện còn 42 hộ giữ nghề, ít hơn 15 hộ so với năm 2015, chủ yếu là các gia đình có người cao tuổi.

Theo UBND xã Cự Khê, tương Cự Đà được làm từ gạo nếp, đỗ tương và muối, mỗi chum ủ từ 2 đến 3 tháng mới cho ra thành phẩm. Mỗi hộ bình quân có từ 30 đến 50 chum sành đặt ngoài sân.

Gia đình ông Nguyễn Văn Tạo ở thôn Cự Đà là một trong những hộ làm tương lâu năm nhất làng, với hơn 200 chum. Mỗi năm gia đình ông bán ra khoảng 15.000 lít tương, giá từ 20.000 đến 35.000 đồng/lít; trừ chi phí, lãi khoảng 150 triệu đồng. Ông Tạo cho biết, một chum tương ngon phải phơi đủ nắng ít nhất 45 ngày.

Năm 2023, sản lượng tương, dưa cải muối và cà muối của toàn huyện lần lượt đạt 590.000 lít, 180 tấn và 95 tấn. Huyện đã hỗ trợ 100% kinh phí thiết kế nhãn mác, bao bì cho 12 hộ sản xuất tương, dưa muối.

Thực hiện Kế hoạch số 125/KH-UBND của UBND huyện, phấn đấu đến năm 2025 có thêm một sản phẩm tương Cự Đà đạt OCOP 4 sao; dự kiến năm 2024 mở 2 lớp tập huấn an toàn thực phẩm cho khoảng 80 hộ làm tương, dưa muối.

Phòng Kinh tế huyện Thanh Oai - Điện thoại: 024.3387.3128
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 310.000 lít", "310.000", 310000, "measure", "lít", approx="about",
      change=C("increase", 6, "%", "cùng kỳ"),
      subject="tương làng nghề tương Cự Đà sản xuất", period=H1),
    F("gần 9,3 tỷ", "9,3", 9300000000, "money", "đồng", approx="nearly",
      subject="giá trị sản xuất làng nghề tương Cự Đà", period=H1),
    F("còn 42 hộ", "42", 42, "count", "hộ", change=C("decrease", 15, "hộ", "năm 2015"),
      subject="hộ giữ nghề làm tương"),
    F("từ 2 đến 3 tháng", "2", 2, "measure", "tháng", value_max=3,
      subject="thời gian ủ mỗi chum tương"),
    F("từ 30 đến 50 chum", "30", 30, "measure", "chum/hộ", value_max=50,
      subject="chum sành bình quân mỗi hộ"),
    F("hơn 200 chum", "200", 200, "count", "chum", approx="over",
      subject="chum tương của gia đình ông Nguyễn Văn Tạo"),
    F("khoảng 15.000 lít", "15.000", 15000, "measure", "lít", approx="about",
      subject="tương gia đình ông Tạo bán ra mỗi năm"),
    F("từ 20.000 đến 35.000", "20.000", 20000, "money", "đồng/lít", value_max=35000,
      subject="giá tương gia đình ông Tạo bán ra"),
    F("lãi khoảng 150 triệu", "150", 150000000, "money", "đồng", approx="about",
      subject="lãi mỗi năm của gia đình ông Tạo"),
    F("ít nhất 45 ngày", "45", 45, "measure", "ngày", approx="at_least",
      subject="thời gian phơi nắng một chum tương ngon"),
    F("đạt 590.000 lít", "590.000", 590000, "measure", "lít",
      subject="sản lượng tương của toàn huyện", period=Y23),
    F("180 tấn", "180", 180, "measure", "tấn", subject="sản lượng dưa cải muối của toàn huyện", period=Y23),
    F("95 tấn", "95", 95, "measure", "tấn", subject="sản lượng cà muối của toàn huyện", period=Y23),
    F("hỗ trợ 100%", "100", 100, "percent", "%",
      subject="kinh phí thiết kế nhãn mác, bao bì được huyện hỗ trợ"),
    F("cho 12 hộ", "12", 12, "count", "hộ",
      subject="hộ sản xuất tương, dưa muối được hỗ trợ thiết kế nhãn mác, bao bì"),
    F("thêm một sản phẩm", "một", 1, "count", "sản phẩm", status="target",
      subject="sản phẩm tương Cự Đà đạt OCOP 4 sao", period=TO25),
    F("mở 2 lớp", "2", 2, "count", "lớp", status="forecast",
      subject="lớp tập huấn an toàn thực phẩm", period=Y24),
    F("khoảng 80 hộ", "80", 80, "count", "hộ", approx="about", status="forecast",
      subject="hộ làm tương, dưa muối được tập huấn an toàn thực phẩm", period=Y24),
]

NOTES = [
    "District portal (huyện Thanh Oai, Hà Nội): tương Cự Đà, xã Cự Khê. 'Đăng lúc: 15:05 | 28/06/2024'; default location Thanh Oai (district portal).",
    "Distractors: time 15:05, 'Kế hoạch số 125/KH-UBND', phone 024.3387.3128, 'OCOP 4 sao' (a level), 'thôn Cự Đà',",
    "'một trong những hộ' and 'một chum tương ngon' (article-like 'một', not a count).",
    "'6 tháng đầu năm' is year-less: 2024 from the dateline. 'ít hơn 15 hộ so với năm 2015' is the change of 42 hộ.",
    "Process durations ('ủ từ 2 đến 3 tháng', 'phơi ... ít nhất 45 ngày') are measures of the product, not periods locating a figure.",
    "'Mỗi hộ bình quân có từ 30 đến 50 chum' is a per-unit average (measure, chum/hộ). '100%' support share: no period stated in its sentence.",
    "'phấn đấu đến năm 2025 ... thêm một sản phẩm' → target; after ';' 'dự kiến năm 2024' → forecast for both 2 lớp and 80 hộ.",
]

if __name__ == "__main__":
    write("p1188-2", TEXT, NOTES, FIGS, published="2024-06-28", location="Thanh Oai")
