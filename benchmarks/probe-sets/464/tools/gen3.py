from lib import emit, F, P, ch
TEXT = """BÁO TUYÊN QUANG ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Hợp tác xã nuôi cá lồng trên hồ thủy điện: doanh thu tiền tỷ mỗi năm

MINH ANH 07:45, 18/03/2024

(BTQ) - Từ 12 lồng nuôi ban đầu năm 2018, Hợp tác xã Thủy sản Thượng Lâm (huyện Lâm Bình) hiện đã phát triển lên 86 lồng trên lòng hồ thủy điện Tuyên Quang, mỗi lồng có thể tích 108 m³.

Năm 2023, hợp tác xã xuất bán ra thị trường 142 tấn cá các loại, doanh thu đạt 6,8 tỷ đồng, tăng 1,3 tỷ đồng so với năm 2022; lợi nhuận sau khi trừ chi phí đạt trên 1,5 tỷ đồng. Hiện hợp tác xã có 15 thành viên, tạo việc làm cho 32 lao động địa phương với mức thu nhập bình quân 7,5 triệu đồng/người/tháng.

Ông Ma Văn Thuận, Giám đốc hợp tác xã cho biết: Cá lăng, cá chiên là hai loài cho giá trị cao nhất, hiện giá bán tại lồng lần lượt 220.000 đồng/kg và 350.000 đồng/kg. Cá rô phi đơn tính bán khoảng 40.000 đồng/kg, thấp hơn 5.000 đồng/kg so với cùng kỳ năm trước do nguồn cung tăng. Mỗi năm hợp tác xã chi gần 2,4 tỷ đồng mua thức ăn công nghiệp, chiếm 58% tổng chi phí sản xuất.

Cuối tháng 12/2023, đợt rét đậm kéo dài khiến 4 lồng cá rô phi bị chết khoảng 2,7 tấn, thiệt hại hơn 100 triệu đồng. Rút kinh nghiệm, hợp tác xã đã đầu tư 2 máy sục khí và đưa lồng xuống sâu hơn vào mùa đông.

Theo Phòng Nông nghiệp và PTNT huyện Lâm Bình, toàn huyện hiện có 5 hợp tác xã và 94 hộ nuôi cá lồng với 412 lồng. Năm 2024, hợp tác xã Thượng Lâm phấn đấu nâng lên 100 lồng, doanh thu từ 8 đến 9 tỷ đồng. Địa chỉ hợp tác xã: thôn Nà Liềng, xã Thượng Lâm; điện thoại 0973.128.456.
"""
y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23_i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
dec = P("Cuối tháng 12/2023", "2023-12-01", "2023-12-31")
FIGS = [
    F("Từ 12 lồng", "12", 12, "count", "lồng", "lồng nuôi ban đầu", period=P("năm 2018", "2018-01-01", "2018-12-31")),
    F("lên 86 lồng", "86", 86, "count", "lồng", "lồng nuôi của Hợp tác xã Thủy sản Thượng Lâm"),
    F("108 m³", "108", 108, "measure", "m³", "thể tích mỗi lồng"),
    F("142 tấn", "142", 142, "measure", "tấn", "cá xuất bán ra thị trường", period=y23),
    F("đạt 6,8 tỷ đồng", "6,8", 6800000000, "money", "đồng", "doanh thu", period=y23,
      change=ch("increase", 1300000000, "đồng", "năm 2022")),
    F("trên 1,5 tỷ đồng", "1,5", 1500000000, "money", "đồng", "lợi nhuận sau khi trừ chi phí", approx="over", period=y23),
    F("có 15 thành viên", "15", 15, "count", "thành viên", "thành viên hợp tác xã"),
    F("cho 32 lao động", "32", 32, "count", "lao động", "lao động địa phương có việc làm"),
    F("7,5 triệu đồng/người/tháng", "7,5", 7500000, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("là hai loài", "hai", 2, "count", "loài", "loài cho giá trị cao nhất", optional=True),
    F("220.000 đồng/kg", "220.000", 220000, "money", "đồng/kg", "giá bán cá lăng tại lồng"),
    F("350.000 đồng/kg", "350.000", 350000, "money", "đồng/kg", "giá bán cá chiên tại lồng"),
    F("khoảng 40.000 đồng/kg", "40.000", 40000, "money", "đồng/kg", "giá bán cá rô phi đơn tính", approx="about",
      change=ch("decrease", 5000, "đồng/kg", "cùng kỳ năm trước")),
    F("gần 2,4 tỷ đồng", "2,4", 2400000000, "money", "đồng", "chi phí mua thức ăn công nghiệp mỗi năm", approx="nearly",
      percent=58),
    F("khiến 4 lồng", "4", 4, "count", "lồng", "lồng cá rô phi bị chết do rét đậm", period=dec),
    F("khoảng 2,7 tấn", "2,7", 2.7, "measure", "tấn", "cá rô phi chết", approx="about", period=dec),
    F("hơn 100 triệu đồng", "100", 100000000, "money", "đồng", "thiệt hại", approx="over", period=dec),
    F("đầu tư 2 máy", "2", 2, "count", "máy sục khí", "máy sục khí đầu tư"),
    F("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã nuôi cá lồng", location="Lâm Bình"),
    F("94 hộ", "94", 94, "count", "hộ", "hộ nuôi cá lồng", location="Lâm Bình"),
    F("với 412 lồng", "412", 412, "count", "lồng", "lồng nuôi cá", location="Lâm Bình"),
    F("lên 100 lồng", "100", 100, "count", "lồng", "lồng nuôi của hợp tác xã Thượng Lâm", status="target", period=y24),
    F("từ 8 đến 9 tỷ đồng", "8", 8000000000, "money", "đồng", "doanh thu", value_max=9000000000, status="target", period=y24),
]
COMMENTS = [
    "Báo Tuyên Quang (Party newspaper, BTQ tag): one cooperative's cage farm on the Tuyên Quang hydropower reservoir (Lâm Bình district).",
    "Byline with time 'MINH ANH 07:45, 18/03/2024' gives `published`. The farm is in Lâm Bình district: default location Lâm Bình.",
    "Distractors: address 'thôn Nà Liềng', phone 0973.128.456, 'năm 2018' (a start date), '12/2023' as a date, person's name.",
    "'Từ 12 lồng … năm 2018' is a figure (the starting size); 'hiện … 86 lồng' has no dated period. 'tăng 1,3 tỷ đồng so với năm 2022'",
    "is the change of 6,8 tỷ (multiplier applied, unit đồng). 'lần lượt 220.000 … và 350.000 đồng/kg' list two prices (fish in subject).",
    "'thấp hơn 5.000 đồng/kg so với cùng kỳ năm trước' is the change of the tilapia price. '58% tổng chi phí' is the percent of 2,4 tỷ.",
    "Thu nhập 'đồng/người/tháng' is a rate (denominator in the unit). Year-2024 targets ('phấn đấu') for 100 lồng and 8-9 tỷ đồng.",
    "The district figures (5 HTX, 94 hộ, 412 lồng) are 'hiện' (no period).",
    "'Cuối tháng 12/2023' (a span inside the month) is read as the month 12/2023; 'ban đầu năm 2018' is 'initially, in 2018' (năm 2018).",
    "revised: 'hai loài' (a count restating the two species just named, like a list head) added as optional; it was left out at first.",
]
emit(3, TEXT, COMMENTS, FIGS, published="2024-03-18", location="Lâm Bình")
