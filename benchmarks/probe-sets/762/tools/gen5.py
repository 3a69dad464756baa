"""p762-5: Party newspaper (Báo Cần Thơ style) — thể thao điện tử học đường, byline and date at the end."""
from lib import F, P, YEAR, I, CH, emit

TEXT = """Thể thao điện tử học đường: Sân chơi mới cần định hướng

Giải Thể thao điện tử học sinh, sinh viên TP Cần Thơ mở rộng năm 2024 vừa khép lại với 186 đội tuyển tham dự, gấp 2,1 lần mùa giải đầu tiên năm 2022, cùng hơn 930 game thủ. Các đội thi đấu 3 bộ môn: Liên Quân Mobile, FC Online và Valorant.

Trận chung kết Liên Quân Mobile thu hút hơn 1.200 khán giả tại Nhà thi đấu đa năng thành phố (số 99 đường 30 Tháng 4) và gần 2,6 vạn lượt xem trực tuyến. Tổng giá trị giải thưởng là 150 triệu đồng; đội vô địch Liên Quân Mobile của Trường THPT chuyên Lý Tự Trọng nhận 30 triệu đồng.

Theo khảo sát của Thành đoàn Cần Thơ với 2.450 học sinh THPT trong tháng 3/2024, 78,4% học sinh thường xuyên chơi game trực tuyến; thời gian chơi trung bình 2,3 giờ/ngày, trong đó có 16% em chơi trên 4 giờ mỗi ngày.

Hiện thành phố có 12 câu lạc bộ thể thao điện tử trong trường học, thu hút khoảng 1.500 thành viên. Ông Trần Văn Hùng, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết, trong năm 2025, thành phố dự kiến đưa thể thao điện tử vào Hội khỏe Phù Đổng lần thứ XI cấp thành phố với khoảng 40 trường THPT tham gia, kinh phí dự kiến 500 triệu đồng/năm.

"Nếu được định hướng đúng, thể thao điện tử sẽ là sân chơi lành mạnh, giúp các em rèn luyện tư duy chiến thuật và tinh thần đồng đội", ông Hùng nói.

NGỌC TRÂM

24/03/2024
"""

Y24 = YEAR(2024)
M3 = P("tháng 3/2024", "2024-03-01", "2024-03-31")
Y25 = YEAR(2025)

FIGS = [
    F("với 186 đội tuyển", "186", 186, "count", "đội tuyển",
      "đội tuyển tham dự Giải Thể thao điện tử học sinh, sinh viên", Y24,
      change=CH("increase", 2.1, "lần", "mùa giải đầu tiên năm 2022")),
    F("hơn 930 game thủ", "930", 930, "count", "game thủ",
      "game thủ tham dự Giải Thể thao điện tử học sinh, sinh viên", Y24, approx="over"),
    F("thi đấu 3 bộ môn", "3", 3, "count", "bộ môn", "bộ môn thi đấu", optional=True),
    F("hơn 1.200 khán giả", "1.200", 1200, "count", "khán giả",
      "khán giả trận chung kết Liên Quân Mobile", approx="over"),
    F("gần 2,6 vạn lượt xem", "2,6", 26000, "count", "lượt xem",
      "lượt xem trực tuyến trận chung kết Liên Quân Mobile", approx="nearly"),
    F("là 150 triệu đồng", "150", 150000000, "money", "đồng", "tổng giá trị giải thưởng"),
    F("nhận 30 triệu đồng", "30", 30000000, "money", "đồng",
      "tiền thưởng đội vô địch Liên Quân Mobile"),
    F("với 2.450 học sinh", "2.450", 2450, "count", "học sinh",
      "học sinh THPT tham gia khảo sát của Thành đoàn", M3),
    F("78,4% học sinh", "78,4", 78.4, "percent", "%",
      "tỷ lệ học sinh thường xuyên chơi game trực tuyến", M3),
    F("trung bình 2,3 giờ/ngày", "2,3", 2.3, "measure", "giờ/ngày", "thời gian chơi game trung bình", M3),
    F("có 16% em", "16", 16, "percent", "%", "tỷ lệ học sinh chơi game trên 4 giờ mỗi ngày", M3),
    F("trên 4 giờ", "4", 4, "measure", "giờ", "ngưỡng thời gian chơi game mỗi ngày", approx="over",
      optional=True),
    F("có 12 câu lạc bộ", "12", 12, "count", "câu lạc bộ",
      "câu lạc bộ thể thao điện tử trong trường học"),
    F("khoảng 1.500 thành viên", "1.500", 1500, "count", "thành viên",
      "thành viên câu lạc bộ thể thao điện tử trong trường học", approx="about"),
    F("khoảng 40 trường", "40", 40, "count", "trường",
      "trường THPT tham gia thể thao điện tử tại Hội khỏe Phù Đổng", Y25,
      approx="about", status="forecast"),
    F("dự kiến 500 triệu", "500", 500000000, "money", "đồng/năm",
      "kinh phí đưa thể thao điện tử vào Hội khỏe Phù Đổng", Y25, status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Cần Thơ style): thể thao điện tử học đường — giải học sinh, sinh viên 2024, khảo sát Thành đoàn tháng 3/2024.",
    "Byline and a bare date '24/03/2024' at the end give `published`. Not figures: 'số 99 đường 30 Tháng 4' (address, road name),",
    "'FC Online', 'Hội khỏe Phù Đổng lần thứ XI', 'mùa giải đầu tiên năm 2022' (baseline). '2,6 vạn' = 26.000 lượt xem.",
    "'gấp 2,1 lần mùa giải đầu tiên' right after 186 đội tuyển is that figure's change (unit lần), not a multiple figure of its own.",
    "Survey shares are percent figures; '16% em chơi trên 4 giờ' is a share of an unnamed part (its own figure); '4 giờ' threshold optional.",
    "'trong năm 2025 … dự kiến' → forecast for both 40 trường and 500 triệu đồng/năm (the second 'dự kiến' too).",
]

if __name__ == "__main__":
    emit("p762-5", TEXT, COMMENTS, FIGS, published="2024-03-24", location="Cần Thơ")
