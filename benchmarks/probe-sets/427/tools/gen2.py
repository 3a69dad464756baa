from lib import F, P, build

TEXT = """BÁO LÂM ĐỒNG - KINH TẾ - NÔNG NGHIỆP

Di Linh: Ghép cải tạo, tái canh hơn 2.100 ha cà phê trong năm 2023

Năm 2023, huyện Di Linh đã tái canh và ghép cải tạo được 2.146 ha cà phê, vượt 7,3% kế hoạch tỉnh giao; trong đó tái canh bằng giống mới 1.520 ha, ghép cải tạo 626 ha.

Theo Phòng Nông nghiệp và PTNT huyện, toàn huyện hiện có 46.870 ha cà phê, chiếm khoảng 27% diện tích cà phê của tỉnh Lâm Đồng. Sản lượng năm 2023 ước đạt 148.500 tấn nhân, tăng 4,6% so với năm 2022.

Năng suất bình quân các vườn tái canh đạt 4,2 tấn/ha, gấp 1,5 lần vườn già cỗi; nhiều hộ ở các xã Gia Hiệp, Tam Bố, Đinh Lạc đạt từ 5 đến 6 tấn/ha. Gia đình ông K'Brèo ở thôn 2, xã Tam Bố cho biết 1,8 ha cà phê ghép giống TR4 cho thu 10,5 tấn nhân.

Trong tháng 3/2024, giá cà phê nhân xô tại Di Linh dao động 84.500-85.000 đồng/kg, cao hơn khoảng 35.000 đồng/kg so với cùng kỳ năm trước, giúp nông dân có thêm nguồn lực đầu tư thâm canh.

Để có giống tốt, huyện có 12 vườn ươm đủ điều kiện, mỗi năm cung ứng trên 1,5 triệu cây giống. Agribank chi nhánh Di Linh đã giải ngân 312 tỷ đồng cho 1.846 hộ vay vốn tái canh theo Nghị định 55/2015/NĐ-CP, mức vay bình quân khoảng 169 triệu đồng/hộ.

Năm 2024, huyện phấn đấu tái canh thêm 1.800 ha, đưa tỷ lệ diện tích cà phê được tái canh lên 68%.

VĂN BÁU
14/03/2024
"""

y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 2.100 ha", "2.100", 2100, "measure", "ha", "diện tích cà phê ghép cải tạo, tái canh", approx="over",
      period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("được 2.146 ha", "2.146", 2146, "measure", "ha", "diện tích cà phê tái canh và ghép cải tạo",
      change={"direction": "increase", "value": 7.3, "unit": "%", "baseline": "kế hoạch tỉnh giao"}, period=y23),
    F("giống mới 1.520 ha", "1.520", 1520, "measure", "ha", "diện tích tái canh bằng giống mới", total=2146, period=y23),
    F("ghép cải tạo 626 ha", "626", 626, "measure", "ha", "diện tích ghép cải tạo", total=2146, period=y23),
    F("hiện có 46.870 ha", "46.870", 46870, "measure", "ha", "diện tích cà phê", percent=27),
    F("ước đạt 148.500 tấn", "148.500", 148500, "measure", "tấn", "sản lượng cà phê", status="estimate",
      change={"direction": "increase", "value": 4.6, "unit": "%", "baseline": "năm 2022"},
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 4,2 tấn/ha", "4,2", 4.2, "measure", "tấn/ha", "năng suất bình quân các vườn tái canh",
      change={"direction": "increase", "value": 1.5, "unit": "lần", "baseline": "vườn già cỗi"}),
    F("từ 5 đến 6 tấn/ha", "5", 5, "measure", "tấn/ha", "năng suất vườn tái canh của nhiều hộ", value_max=6),
    F("1,8 ha cà phê", "1,8", 1.8, "measure", "ha", "diện tích cà phê ghép của gia đình ông K'Brèo"),
    F("thu 10,5 tấn nhân", "10,5", 10.5, "measure", "tấn", "sản lượng cà phê của gia đình ông K'Brèo"),
    F("dao động 84.500-85.000", "84.500", 84500, "money", "đồng/kg", "giá cà phê nhân xô", value_max=85000,
      change={"direction": "increase", "value": 35000, "unit": "đồng/kg", "approx": "about",
              "baseline": "cùng kỳ năm trước"},
      period=P("tháng 3/2024", "2024-03-01", "2024-03-31")),
    F("có 12 vườn ươm", "12", 12, "count", "vườn ươm", "vườn ươm đủ điều kiện"),
    F("trên 1,5 triệu cây giống", "1,5", 1500000, "count", "cây giống", "cây giống cung ứng mỗi năm", approx="over"),
    F("giải ngân 312 tỷ đồng", "312", 312000000000, "money", "đồng", "vốn vay tái canh giải ngân"),
    F("cho 1.846 hộ", "1.846", 1846, "count", "hộ", "hộ vay vốn tái canh"),
    F("khoảng 169 triệu đồng/hộ", "169", 169000000, "money", "đồng/hộ", "mức vay bình quân", approx="about"),
    F("thêm 1.800 ha", "1.800", 1800, "measure", "ha", "diện tích tái canh thêm", status="target", period=y24),
    F("lên 68%", "68", 68, "percent", "%", "tỷ lệ diện tích cà phê được tái canh", status="target", period=y24),
]

COMMENTS = [
    "Báo Lâm Đồng (Party newspaper), section banner; byline 'VĂN BÁU' and a bare date '14/03/2024' at the end = published.",
    "Location default Di Linh (district of Lâm Đồng); 'của tỉnh Lâm Đồng' only names the whole of the 27% share, the 46.870 ha are Di Linh's.",
    "'vượt 7,3% kế hoạch tỉnh giao' = change (gap to plan, baseline kế hoạch). 'trong đó' parts 1.520 + 626 = 2.146: totals; same sentence, so period scored.",
    "'chiếm khoảng 27%' = percent attribute of 46.870 ha (attribute has no approx). 'gấp 1,5 lần vườn già cỗi' = change of 4,2 tấn/ha (lần).",
    "Commune list (Gia Hiệp, Tam Bố, Đinh Lạc) is a list of communes, not districts: location stays Di Linh; one range figure.",
    "Distractors: 'thôn 2', variety 'TR4', 'Nghị định 55/2015/NĐ-CP', byline, the bare date, person name K'Brèo.",
    "'Năm 2024, huyện phấn đấu' gives status target and period 2024 to both targets.",
    "Yields and nursery figures have no period of their own (not clearly of 2023): no period.",
]

build("p427-2", TEXT, FIGS, COMMENTS, published="2024-03-14", location="Di Linh")
