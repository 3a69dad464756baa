"""p849-8: provincial newspaper online (Báo Tây Ninh), headline figure, '(BTN) -' tag, 9 months 2023 (12/10/2023)."""
from lib import F, P, I, C, T, main

TEXT = """
Báo Tây Ninh Online › Thể thao

Tây Ninh: 9 tháng xây mới 46 sân cầu lông, pickleball

Cập nhật ngày: 12/10/2023 - 16:42

(BTN) - Theo Sở Văn hóa, Thể thao và Du lịch, 9 tháng năm 2023, toàn tỉnh xây mới 46 sân cầu lông, pickleball, đạt 76,7% kế hoạch năm; trong đó sân pickleball có 19 sân. Hòa Thành, Trảng Bàng và Gò Dầu là các địa phương xây mới nhiều nhất, lần lượt 9, 8 và 7 sân.

Tổng kinh phí đầu tư khoảng 17,8 tỷ đồng, trong đó vốn xã hội hóa 14,6 tỷ đồng, chiếm 82%. Chi phí xây dựng mỗi sân cầu lông ngoài trời từ 80 đến 120 triệu đồng.

Tính đến ngày 30/9/2023, toàn tỉnh có 1.035 sân cầu lông và 63 sân pickleball; 92/94 xã, phường, thị trấn có câu lạc bộ cầu lông. Số câu lạc bộ pickleball hiện là 21 câu lạc bộ, tăng 17 câu lạc bộ so với đầu năm.

Giải Cầu lông các nhóm tuổi tỉnh Tây Ninh lần thứ XV năm 2023 diễn ra tại Nhà thi đấu tỉnh (đường 30/4, Phường 3, TP. Tây Ninh) với 310 vận động viên của 9 huyện, thị xã, thành phố.

Quý IV/2023, tỉnh dự kiến đưa vào sử dụng thêm 14 sân. Năm 2024, tỉnh phấn đấu mỗi huyện, thị xã, thành phố có ít nhất 5 sân pickleball và 50% trường trung học cơ sở có sân cầu lông đạt chuẩn.

Ông Trần Văn Tư, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết, Sở sẽ phối hợp với các địa phương rà soát quỹ đất, ưu tiên bố trí sân tập tại các khu dân cư đông người.

THANH NGA
"""

NOTES = [
    "Provincial newspaper online (Báo Tây Ninh, '(BTN) -' tag): courts built in 9 months of 2023, costs, stock of courts and clubs, a tournament,",
    "Q4 forecast and 2024 targets. Distractors: '12/10/2023 - 16:42', 'lần thứ XV', 'đường 30/4, Phường 3', name 'Trần Văn Tư'.",
    "Headline '9 tháng' without a year takes 2023 (published; nothing dated stands before it).",
    "'đạt 76,7% kế hoạch năm' → percent of 46. 'lần lượt 9, 8 và 7 sân' items do not add up to 46: no total; period inherited.",
    "'Số câu lạc bộ pickleball hiện là 21' has no period phrase (hiện); 'tăng 17 … so với đầu năm' is its change.",
    "'9 huyện, thị xã, thành phố' counts the tournament's participating units; the tournament's 'năm 2023' is its period.",
]

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tháng xây mới 46 sân", "46", 46, "count", "sân", "sân cầu lông, pickleball xây mới",
      P("9 tháng", "2023-01-01", "2023-09-30")),
    F("toàn tỉnh xây mới 46 sân", "46", 46, "count", "sân", "sân cầu lông, pickleball xây mới", M9, percent=76.7),
    F("có 19 sân", "19", 19, "count", "sân", "sân pickleball xây mới", M9, total=46),
    F("lần lượt 9,", "9", 9, "count", "sân", "sân cầu lông, pickleball xây mới", I(M9), location="Hòa Thành"),
    F("9, 8 và", "8", 8, "count", "sân", "sân cầu lông, pickleball xây mới", I(M9), location="Trảng Bàng"),
    F("và 7 sân", "7", 7, "count", "sân", "sân cầu lông, pickleball xây mới", I(M9), location="Gò Dầu"),
    F("khoảng 17,8 tỷ đồng", "17,8", 17.8e9, "money", "đồng", "kinh phí đầu tư", I(M9), approx="about"),
    F("hội hóa 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", "vốn xã hội hóa", I(M9), total=17.8e9, percent=82),
    F("từ 80 đến 120 triệu đồng", "80", 80e6, "money", "đồng/sân", "chi phí xây dựng mỗi sân cầu lông ngoài trời",
      value_max=120e6),
    F("có 1.035 sân", "1.035", 1035, "count", "sân", "sân cầu lông", ASOF),
    F("và 63 sân", "63", 63, "count", "sân", "sân pickleball", ASOF),
    F("92/94 xã", "92", 92, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có câu lạc bộ cầu lông", ASOF,
      total=94),
    F("là 21 câu lạc bộ", "21", 21, "count", "câu lạc bộ", "câu lạc bộ pickleball",
      change=C("increase", 17, "câu lạc bộ", "đầu năm")),
    F("với 310 vận động viên", "310", 310, "count", "vận động viên",
      "vận động viên Giải Cầu lông các nhóm tuổi tỉnh", Y23),
    F("của 9 huyện", "9", 9, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố tham gia giải", Y23),
    F("thêm 14 sân", "14", 14, "count", "sân", "sân đưa vào sử dụng thêm", P("Quý IV/2023", "2023-10-01", "2023-12-31"),
      status="forecast"),
    F("ít nhất 5 sân", "5", 5, "count", "sân", "sân pickleball mỗi huyện, thị xã, thành phố", Y24,
      approx="at_least", status="target"),
    F("và 50% trường", "50", 50, "percent", "%", "trường trung học cơ sở có sân cầu lông đạt chuẩn", Y24,
      status="target"),
]

if __name__ == "__main__":
    main("p849-8", TEXT, NOTES, FIGS, published="2023-10-12", location="Tây Ninh")
