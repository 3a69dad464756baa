from lib import F, P, C, T, emit

TEXT = """BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÀO CAI

Rét hại, băng giá xuất hiện tại vùng cao Sa Pa, Bát Xát

Minh Đức | 07:40, 09/01/2025

(BLC) - Do ảnh hưởng của không khí lạnh tăng cường, từ ngày 6/1 đến nay, các huyện vùng cao của tỉnh xảy ra rét đậm, rét hại diện rộng. Sáng 8/1, nhiệt độ thấp nhất tại Sa Pa là -1,2°C, Bát Xát (Y Tý) 0,5°C, Bắc Hà 3,8°C, Mường Khương 4,1°C; thành phố Lào Cai 9,6°C.

Nhiệt độ trung bình ngày ở vùng cao phổ biến dưới 10°C, thấp hơn TBNN khoảng 4°C. Trên đỉnh Fansipan (độ cao 3.143 m), nhiệt độ xuống tới -4,5°C, băng giá phủ trắng nhiều khu vực.

Theo Trạm Khí tượng Sa Pa, đây là đợt rét hại thứ hai kể từ đầu mùa đông 2024-2025. Từ tháng 12/2024 đến nay, Sa Pa có 21 ngày rét hại, nhiều hơn cùng kỳ năm trước 6 ngày.

Rét hại đã làm 126 con gia súc bị chết (84 con trâu, 42 con bò), hơn 35 ha rau màu, chè bị hư hại; ước thiệt hại khoảng 1,8 tỷ đồng. Ngành Giáo dục cho 12.650 học sinh mầm non, tiểu học tại 4 huyện vùng cao nghỉ học do nhiệt độ xuống dưới 7°C.

Dự báo từ nay đến ngày 12/1, rét hại tiếp tục duy trì; nhiệt độ thấp nhất ở các huyện vùng cao phổ biến 0-2°C, có nơi dưới 0°C, khả năng xảy ra băng giá, sương muối. Gió đông bắc cấp 2-3.

Sở NN&PTNT khuyến cáo người dân không thả rông gia súc, che chắn chuồng trại. Lực lượng chức năng tạm dừng cho xe qua Quốc lộ 4D đoạn đèo Ô Quy Hồ khi có băng tuyết. Mọi thông tin liên hệ Văn phòng thường trực PCTT tỉnh, số điện thoại 0214.3840.114.

Lượt xem: 3.187
"""

S8 = P("Sáng 8/1", "2025-01-08", "2025-01-08")
S8i = P("Sáng 8/1", "2025-01-08", "2025-01-08", inh=True)
EVi = P("từ ngày 6/1 đến nay", "2025-01-06", "2025-01-09", inh=True)
FC = P("từ nay đến ngày 12/1", "2025-01-09", "2025-01-12")

FIGS = [
    F("Sa Pa là -1,2°C", "-1,2", -1.2, "measure", "°C", "nhiệt độ thấp nhất", period=S8, location="Sa Pa"),
    F("(Y Tý) 0,5°C", "0,5", 0.5, "measure", "°C", "nhiệt độ thấp nhất", period=S8, location="Bát Xát"),
    F("Bắc Hà 3,8°C", "3,8", 3.8, "measure", "°C", "nhiệt độ thấp nhất", period=S8, location="Bắc Hà"),
    F("Mường Khương 4,1°C", "4,1", 4.1, "measure", "°C", "nhiệt độ thấp nhất", period=S8, location="Mường Khương"),
    F("Lào Cai 9,6°C", "9,6", 9.6, "measure", "°C", "nhiệt độ thấp nhất", period=S8, location="Lào Cai"),
    F("phổ biến dưới 10°C", "10", 10, "measure", "°C", "nhiệt độ trung bình ngày ở vùng cao", approx="under",
      change=C("decrease", 4, "°C", "TBNN", approx="about"), period=S8i),
    F("(độ cao 3.143 m)", "3.143", 3143, "measure", "m", "độ cao đỉnh Fansipan", optional=True),
    F("xuống tới -4,5°C", "-4,5", -4.5, "measure", "°C", "nhiệt độ trên đỉnh Fansipan", period=S8i),
    F("đợt rét hại thứ hai", "hai", 2, "count", "đợt", "đợt rét hại", optional=True),
    F("có 21 ngày rét hại", "21", 21, "count", "ngày", "ngày rét hại",
      change=C("increase", 6, "ngày", "cùng kỳ năm trước"),
      period=P("Từ tháng 12/2024 đến nay", "2024-12-01", "2025-01-09"), location="Sa Pa"),
    F("làm 126 con gia súc", "126", 126, "count", "con", "gia súc bị chết", period=EVi),
    F("(84 con trâu", "84", 84, "count", "con", "trâu bị chết", total=126, period=EVi),
    F("42 con bò", "42", 42, "count", "con", "bò bị chết", total=126, period=EVi),
    F("hơn 35 ha", "35", 35, "measure", "ha", "rau màu, chè bị hư hại", approx="over", period=EVi),
    F("khoảng 1,8 tỷ đồng", "1,8", 1800000000, "money", "đồng", "thiệt hại", approx="about", status="estimate",
      period=EVi),
    F("cho 12.650 học sinh", "12.650", 12650, "count", "học sinh", "học sinh mầm non, tiểu học nghỉ học", period=EVi),
    F("tại 4 huyện", "4", 4, "count", "huyện", "huyện vùng cao cho học sinh nghỉ học", optional=True),
    F("dưới 7°C", "7", 7, "measure", "°C", "ngưỡng nhiệt độ cho học sinh nghỉ học", approx="under", optional=True),
    F("phổ biến 0-2°C", "0", 0, "measure", "°C", "nhiệt độ thấp nhất ở các huyện vùng cao", value_max=2,
      status="forecast", period=FC),
    F("có nơi dưới 0°C", "0", 0, "measure", "°C", "nhiệt độ thấp nhất", approx="under", status="forecast", period=FC),
    F("cấp 2-3", "2", 2, "measure", "cấp", "gió đông bắc", value_max=3, status="forecast", optional=True),
]

HEADER = """Party newspaper (Báo Lào Cai): cold spell, rét hại and frost, January 2025. Byline-and-time dateline 'Minh Đức | 07:40, 09/01/2025'; '(BLC)' tag.
Distractors: 'mùa đông 2024-2025', Quốc lộ 4D, phone 0214.3840.114, 'Lượt xem: 3.187', dates 6/1, 8/1, 12/1.
Negative temperatures '-1,2°C', '-4,5°C' read with their sign. 'Bát Xát (Y Tý)': Y Tý is a commune, the district Bát Xát is the location.
Fansipan's height and the school-closing threshold 'dưới 7°C', '4 huyện', 'thứ hai', wind 'cấp 2-3' are optional.
'126 con gia súc (84 con trâu, 42 con bò)': bracketed breakdown that adds up -> total 126.
'nhiều hơn cùng kỳ năm trước 6 ngày' is the 21 days' change (unit ngày). 'từ nay đến ngày 12/1' starts at the dateline.
'ước thiệt hại khoảng 1,8 tỷ đồng': estimate, about. Damage figures inherit 'từ ngày 6/1 đến nay'."""

emit("p293-5", TEXT, FIGS, HEADER, published="2025-01-09", location="Lào Cai")
