"""p1047-6: national newspaper, squid trip of a Núi Thành (Quảng Nam) boat; national export figure."""
from lib import C, F, I, P, T, emit

TEXT = """Thời sự > Kinh tế
Thứ hai, 17/6/2024, 07:30 (GMT+7)

Ngư dân Núi Thành lãi tiền tỷ sau chuyến câu mực xa bờ

Chuyến biển kéo dài 52 ngày ở ngư trường Hoàng Sa, tàu QNa 90712 TS của ông Huỳnh Văn Bảy (48 tuổi, xã Tam Quang, huyện Núi Thành, Quảng Nam) cập cảng Kỳ Hà với 3,2 tấn mực khô.

"Chuyến này trúng mực, sau khi trừ khoảng 600 triệu đồng tiền dầu, đá, lương thực, tàu còn lãi hơn 1,2 tỷ đồng. 16 thuyền viên, mỗi người được chia gần 50 triệu đồng", ông Bảy nói.

Theo UBND huyện Núi Thành, toàn huyện có 520 tàu câu mực, trong đó xã Tam Quang có 310 tàu. 5 tháng đầu năm, các tàu câu mực của huyện khai thác gần 4.100 tấn hải sản, trong đó mực chiếm 72%.

Ông Nguyễn Văn Hùng, Trưởng phòng Nông nghiệp và PTNT huyện, cho biết giá dầu hiện khoảng 20.800 đồng/lít, giảm 1.500 đồng so với đầu năm, giúp ngư dân giảm áp lực chi phí. Giá mực xà khô loại 1 tại cảng Kỳ Hà dao động 700.000-750.000 đồng/kg, mực ống câu tươi khoảng 140.000 đồng/kg.

Tuy vậy, theo ông Hùng, khoảng 30% tàu câu mực của huyện là tàu vỏ gỗ có tuổi đời trên 15 năm, thường xuyên phải sửa chữa. Huyện đặt mục tiêu hỗ trợ lãi suất để ngư dân đóng mới khoảng 40 tàu vỏ thép trong giai đoạn 2024-2026.

Theo VASEP, 5 tháng đầu năm 2024, xuất khẩu mực và bạch tuộc của Việt Nam đạt 248 triệu USD, tăng 2% so với cùng kỳ năm trước, trong đó thị trường Hàn Quốc chiếm 41%.

Đắc Thành
"""

M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
M5Y = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
G = P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")

FIGS = [
    F("kéo dài 52 ngày", "52", 52, "measure", "ngày", "thời gian chuyến biển"),
    F("48 tuổi", "48", 48, "measure", "tuổi", "tuổi ngư dân", optional=True),
    F("với 3,2 tấn mực khô", "3,2", 3.2, "measure", "tấn", "mực khô tàu cập cảng"),
    F("khoảng 600 triệu đồng", "600", 600e6, "money", "đồng", "chi phí tiền dầu, đá, lương thực chuyến biển",
      approx="about"),
    F("lãi hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "lãi chuyến biển", approx="over"),
    F("16 thuyền viên", "16", 16, "count", "thuyền viên", "thuyền viên trên tàu"),
    F("gần 50 triệu đồng", "50", 50e6, "money", "đồng", "tiền chia mỗi thuyền viên", approx="nearly"),
    F("có 520 tàu", "520", 520, "count", "tàu", "tàu câu mực"),
    F("có 310 tàu", "310", 310, "count", "tàu", "tàu câu mực của xã Tam Quang", total=520),
    F("gần 4.100 tấn", "4.100", 4100, "measure", "tấn", "hải sản các tàu câu mực khai thác", M5, approx="nearly"),
    F("mực chiếm 72%", "72", 72, "percent", "%", "tỷ trọng mực trong sản lượng khai thác", M5),
    F("khoảng 20.800 đồng/lít", "20.800", 20800, "money", "đồng/lít", "giá dầu", approx="about",
      change=C("decrease", 1500, "đồng", baseline="đầu năm")),
    F("700.000-750.000 đồng/kg", "700.000", 700000, "money", "đồng/kg", "giá mực xà khô loại 1",
      value_max=750000),
    F("khoảng 140.000 đồng/kg", "140.000", 140000, "money", "đồng/kg", "giá mực ống câu tươi", approx="about"),
    F("khoảng 30% tàu", "30", 30, "percent", "%", "tàu câu mực là tàu vỏ gỗ có tuổi đời trên 15 năm",
      approx="about"),
    F("trên 15 năm", "15", 15, "measure", "năm", "tuổi đời tàu vỏ gỗ", approx="over", optional=True),
    F("khoảng 40 tàu", "40", 40, "count", "tàu", "tàu vỏ thép đóng mới được hỗ trợ lãi suất", G, approx="about",
      status="target"),
    F("đạt 248 triệu USD", "248", 248e6, "money", "USD", "xuất khẩu mực và bạch tuộc", M5Y, location="Việt Nam",
      change=C("increase", 2, baseline="cùng kỳ năm trước")),
    F("chiếm 41%", "41", 41, "percent", "%", "tỷ trọng thị trường Hàn Quốc trong xuất khẩu mực và bạch tuộc", M5Y,
      location="Việt Nam"),
]

COMMENTS = [
    "National newspaper: a Núi Thành (Quảng Nam) squid boat's trip, the district fleet, prices, and VASEP's national export figure.",
    "Not figures: 'Thứ hai, 17/6/2024, 07:30 (GMT+7)', 'QNa 90712 TS', 'Huỳnh Văn Bảy'/'ông Bảy' (name with a number word), 'giai đoạn 2024-2026'.",
    "'48 tuổi' (the fisherman's age) and the age threshold 'trên 15 năm' are optional. Xã Tam Quang figures take the district (Núi Thành).",
    "'5 tháng đầu năm' has no year: 2024 from the dateline. 'trong đó mực chiếm 72%' and 'trong đó … Hàn Quốc chiếm 41%' are shares of a",
    "whole without a base amount of their own: percent figures. Hàn Quốc is a trade partner, not a place: Việt Nam.",
    "'Huyện đặt mục tiêu … khoảng 40 tàu … trong giai đoạn 2024-2026': target, period 2024-2026.",
]

emit("p1047-6", TEXT, COMMENTS, FIGS, published="2024-06-17", location="Núi Thành")
