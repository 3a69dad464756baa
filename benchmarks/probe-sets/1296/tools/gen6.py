"""p1296-6: national newspaper: pilot resin tapping of thông ba lá in Lâm Đồng (Lạc Dương, Đơn Dương); prices; forecasts."""
from lib import F, period, inherit, change, target, write

TEXT = """Thời sự | Kinh tế | Nông nghiệp

Thứ hai, 18/11/2024, 07:15 (GMT+7)

Lâm Đồng khai thác thí điểm nhựa thông ba lá

Sau gần 20 năm đóng cửa rừng thông, Lâm Đồng cho phép khai thác nhựa thí điểm 350 ha thông ba lá tại hai huyện Lạc Dương và Đơn Dương.

Theo Sở Nông nghiệp và Phát triển nông thôn Lâm Đồng, tỉnh có khoảng 143.000 ha rừng thông, chủ yếu là thông ba lá, chiếm gần 27% diện tích rừng toàn tỉnh. Đề án thí điểm giao Công ty TNHH MTV Lâm nghiệp Lạc Dương và Ban quản lý rừng phòng hộ Đơn Dương thực hiện từ tháng 10/2024 đến hết năm 2026, trên khoảng 42.000 cây có đường kính từ 25 cm trở lên.

Theo tính toán của công ty, mỗi lao động khai thác nhựa dự kiến có thu nhập 4-5 triệu đồng mỗi tháng. Anh Cil Ha Ding, tổ trưởng tổ bảo vệ rừng ở xã Đạ Chais (Lạc Dương), cho biết tổ có 12 người, nhận khoán bảo vệ 600 ha rừng thông dọc Quốc lộ 27C, mỗi năm được trả khoảng 400.000 đồng/ha. "Có thêm nghề nhựa, anh em sẽ gắn bó với rừng hơn", anh nói.

Năm 2023, Lâm Đồng chi trả hơn 310 tỷ đồng tiền dịch vụ môi trường rừng, trong đó khoảng 45% cho diện tích rừng thông.

Trên thị trường trong nước, giá nhựa thông đang ở mức 32.000-34.000 đồng/kg, cao nhất trong 5 năm qua, tăng khoảng 25% so với đầu năm. Cả nước hiện khai thác khoảng 120.000 tấn nhựa thông mỗi năm.

Ông Phạm Văn Chín, Phó giám đốc Sở, cho biết nếu thí điểm hiệu quả, từ năm 2027 tỉnh dự kiến mở rộng khai thác lên khoảng 5.000 ha, tạo việc làm cho 1.500 lao động địa phương.

Khánh Hương
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
FROM27 = period("từ năm 2027", "2027-01-01", None)

FIGS = [
    F("gần 20 năm", "20", 20, "count", "năm", approx="nearly", optional=True),
    F("thí điểm 350 ha", "350", 350, "measure", "ha", subject="thông ba lá khai thác nhựa thí điểm"),
    F("tại hai huyện", "hai", 2, "count", "huyện", subject="huyện khai thác nhựa thí điểm"),
    F("khoảng 143.000 ha", "143.000", 143000, "measure", "ha", approx="about", percent=27,
      subject="rừng thông"),
    F("khoảng 42.000 cây", "42.000", 42000, "count", "cây", approx="about",
      subject="cây thông có đường kính từ 25 cm trở lên"),
    F("từ 25 cm", "25", 25, "measure", "cm", approx="at_least", optional=True),
    F("nhập 4-5 triệu", "4", 4e6, "money", "đồng/tháng", value_max=5e6, status="forecast",
      subject="thu nhập của mỗi lao động khai thác nhựa"),
    F("có 12 người", "12", 12, "count", "người", subject="người trong tổ bảo vệ rừng", location="Lạc Dương"),
    F("vệ 600 ha", "600", 600, "measure", "ha", subject="rừng thông nhận khoán bảo vệ", location="Lạc Dương"),
    F("khoảng 400.000 đồng/ha", "400.000", 400000, "money", "đồng/ha/năm", approx="about",
      subject="tiền khoán bảo vệ rừng được trả", location="Lạc Dương"),
    F("hơn 310 tỷ", "310", 310e9, "money", "đồng", approx="over",
      subject="tiền dịch vụ môi trường rừng chi trả", period=Y23),
    F("khoảng 45%", "45", 45, "percent", "%", approx="about",
      subject="tiền dịch vụ môi trường rừng chi trả cho diện tích rừng thông", period=Y23),
    F("mức 32.000-34.000", "32.000", 32000, "money", "đồng/kg", value_max=34000,
      change=change("increase", 25, "%", "đầu năm", approx="about"), subject="giá nhựa thông",
      location="Việt Nam"),
    F("trong 5 năm qua", "5", 5, "count", "năm", optional=True),
    F("khoảng 120.000 tấn", "120.000", 120000, "measure", "tấn/năm", approx="about",
      subject="nhựa thông cả nước khai thác", location="Việt Nam"),
    F("khoảng 5.000 ha", "5.000", 5000, "measure", "ha", approx="about", status="forecast",
      subject="diện tích khai thác mở rộng", period=FROM27),
    F("cho 1.500 lao động", "1.500", 1500, "count", "lao động", status="forecast",
      subject="lao động địa phương có việc làm", period=FROM27),
]

NOTES = [
    "National newspaper: section menu, 'Thứ hai, 18/11/2024, 07:15 (GMT+7)', headline, sapo, quotes, byline at the end.",
    "'thông ba lá' (three-needle pine) is a species name, not a number; 'Quốc lộ 27C', 'Cil Ha Ding', 'Phạm Văn Chín' are names.",
    "'tại hai huyện Lạc Dương và Đơn Dương' is counted (number word, 2 districts); both districts → location Lâm Đồng.",
    "Optional: 'gần 20 năm đóng cửa rừng', 'cao nhất trong 5 năm qua' (durations that locate in time) and the eligibility threshold 'từ 25 cm trở lên'.",
    "'mỗi năm được trả khoảng 400.000 đồng/ha' → unit đồng/ha/năm; '4-5 triệu đồng mỗi tháng' → đồng/tháng, 'dự kiến' → forecast.",
    "Commune Đạ Chais (Lạc Dương) → location Lạc Dương. 'Trên thị trường trong nước' and 'Cả nước' → Việt Nam.",
    "'trong đó khoảng 45% cho diện tích rừng thông' is a percent figure of its own (share), period Năm 2023 of the sentence.",
    "'từ tháng 10/2024 đến hết năm 2026' is the pilot's duration, not the period of the tree count (no period). 'từ năm 2027' → start 2027-01-01, open end.",
]

if __name__ == "__main__":
    write("p1296-6", TEXT, NOTES, FIGS, published="2024-11-18", location="Lâm Đồng")
