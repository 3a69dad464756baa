from lib import F, P, write

TEXT = """Phù Mỹ đẩy mạnh cải tạo đàn bò theo hướng bò thịt chất lượng cao
Thứ Hai, 14/10/2024 - 09:30

Những năm gần đây, chương trình cải tạo đàn bò đã giúp nhiều hộ nông dân trong huyện có nguồn thu nhập ổn định. Trong 9 tháng năm 2024, mạng lưới 26 dẫn tinh viên trên địa bàn huyện đã thụ tinh nhân tạo cho 6.215 lượt bò cái, đạt 88,8% kế hoạch năm (7.000 lượt); số bê lai sinh ra là 4.930 con, tăng 6,4% so với cùng kỳ, trong đó bê lai giống BBB 1.260 con, Charolais 850 con, Droughtmaster 410 con.

Hiện tổng đàn bò của huyện có 38.460 con, trong đó bò lai 33.620 con, chiếm 87,4%; đàn trâu còn 1.150 con, giảm 70 con so với cùng kỳ năm 2023. Tỷ lệ bê lai hướng thịt từ các giống ngoại chiếm khoảng 45% số bê sinh ra.

Theo Kế hoạch số 112/KH-UBND của UBND huyện, mỗi liều tinh bò thịt được ngân sách hỗ trợ 40.000 đồng; tổng kinh phí hỗ trợ tinh phối giống và vật tư từ đầu năm đến nay là 1,26 tỷ đồng. Giá bê lai 6 tháng tuổi bán ra dao động từ 15 đến 18 triệu đồng/con, cao hơn bê nội khoảng 5 triệu đồng/con.

Ông Nguyễn Văn Hùng ở thôn 3, xã Mỹ Hiệp cho biết, gia đình nuôi 12 con bò lai BBB, mỗi năm xuất bán 4-5 con, lãi trên 80 triệu đồng.

Năm 2025, huyện phấn đấu nâng tỷ lệ bò lai lên 90%, thụ tinh nhân tạo cho 7.500 lượt bò cái và trồng mới 150 ha cỏ chăn nuôi.

Văn Tài (Phòng Nông nghiệp và PTNT huyện) - ĐT: 0256.3855.201
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("mạng lưới 26 dẫn tinh viên", "26", 26, "count", "dẫn tinh viên", subject="dẫn tinh viên"),
    F("cho 6.215 lượt bò cái", "6.215", 6215, "count", "lượt", percent=88.8, target={"value": 7000, "unit": "lượt"},
      subject="bò cái được thụ tinh nhân tạo", period=N9),
    F("là 4.930 con", "4.930", 4930, "count", "con",
      change={"direction": "increase", "value": 6.4, "unit": "%", "baseline": "cùng kỳ"},
      subject="bê lai sinh ra", period=N9),
    F("giống BBB 1.260 con", "1.260", 1260, "count", "con", total=4930, subject="bê lai giống BBB", period=N9),
    F("Charolais 850 con", "850", 850, "count", "con", total=4930, subject="bê lai giống Charolais", period=N9),
    F("Droughtmaster 410 con", "410", 410, "count", "con", total=4930, subject="bê lai giống Droughtmaster", period=N9),
    F("có 38.460 con", "38.460", 38460, "count", "con", subject="tổng đàn bò"),
    F("bò lai 33.620 con", "33.620", 33620, "count", "con", total=38460, percent=87.4, subject="bò lai"),
    F("còn 1.150 con", "1.150", 1150, "count", "con",
      change={"direction": "decrease", "value": 70, "unit": "con", "baseline": "cùng kỳ năm 2023"},
      subject="đàn trâu"),
    F("khoảng 45%", "45", 45, "percent", "%", approx="about",
      subject="tỷ lệ bê lai hướng thịt từ các giống ngoại trong số bê sinh ra"),
    F("hỗ trợ 40.000 đồng", "40.000", 40000, "money", "đồng", subject="hỗ trợ mỗi liều tinh bò thịt"),
    F("là 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng",
      subject="tổng kinh phí hỗ trợ tinh phối giống và vật tư",
      period=P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")),
    F("6 tháng tuổi", "6", 6, "measure", "tháng tuổi", optional=True),
    F("từ 15 đến 18 triệu", "15", 15000000, "money", "đồng/con", value_max=18000000,
      change={"direction": "increase", "value": 5000000, "unit": "đồng/con", "approx": "about", "baseline": "bê nội"},
      subject="giá bê lai 6 tháng tuổi bán ra"),
    F("nuôi 12 con", "12", 12, "count", "con", subject="bò lai BBB gia đình nuôi", location="Phù Mỹ"),
    F("bán 4-5 con", "4", 4, "count", "con", value_max=5, subject="bò xuất bán mỗi năm"),
    F("lãi trên 80 triệu", "80", 80000000, "money", "đồng", approx="over", subject="lãi mỗi năm"),
    F("lên 90%", "90", 90, "percent", "%", status="target", subject="tỷ lệ bò lai", period=Y25),
    F("cho 7.500 lượt", "7.500", 7500, "count", "lượt", status="target", subject="bò cái được thụ tinh nhân tạo", period=Y25),
    F("mới 150 ha", "150", 150, "measure", "ha", status="target", subject="cỏ chăn nuôi trồng mới", period=Y25),
]

COMMENTS = [
    "Cổng TTĐT huyện Phù Mỹ (Bình Định), district portal: cải tạo đàn bò 9 tháng năm 2024 — AI inseminations, crossbred calves by breed, herd, support money, calf prices, 2025 targets.",
    "Dateline 'Thứ Hai, 14/10/2024 - 09:30'; byline with phone at the end. Distractors: 'Kế hoạch số 112/KH-UBND', 'thôn 3', phone, breed 'BBB'.",
    "'đạt 88,8% kế hoạch năm (7.000 lượt)': percent 88,8 and target 7.000 (the plan in brackets) on the 6.215 count; 7.000 is no figure of its own.",
    "Breeds after 'trong đó' are parts of 4.930 (total). 'Hiện ...' has no period phrase: left without period. '6 tháng tuổi' is an age criterion: optional.",
    "'cao hơn bê nội khoảng 5 triệu đồng/con' is the change of the price range (value with multiplier applied). The farmer's figures keep the district as location.",
]

write(2, COMMENTS, TEXT, FIGS, published="2024-10-14", location="Phù Mỹ")
