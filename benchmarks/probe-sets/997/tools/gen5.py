"""p997-5: Party/provincial newspaper (Báo Đắk Lắk), fertilizer prices for coffee growers, byline and bare date at the end."""
from lib import F, P, I, C, T, build

TEXT = """Giá phân bón hạ nhiệt, người trồng cà phê bớt lo

Bước vào mùa mưa, nông dân Đắk Lắk bắt đầu đợt bón phân thứ 2 trong năm cho cây cà phê. Năm nay giá nhiều loại phân bón giảm mạnh so với cùng kỳ, giúp người dân tiết giảm đáng kể chi phí đầu tư.

Khảo sát tại các đại lý trên địa bàn huyện Cư M'gar cho thấy, giá phân urê hiện ở mức 11.000-11.500 đồng/kg, giảm khoảng 35% so với cùng thời điểm năm 2022; phân kali 10.500 đồng/kg, giảm 4.500 đồng/kg; phân NPK 16-16-8 khoảng 13.200 đồng/kg.

Ông Y Khuê Niê ở buôn Ea Tar, xã Ea Tar (huyện Cư M'gar) cho biết, gia đình có 2,5 ha cà phê, mỗi năm bón khoảng 6 tấn phân các loại. "Năm ngoái tiền phân hết gần 110 triệu đồng, năm nay ước chỉ khoảng 75 triệu đồng, nhẹ gánh hơn nhiều", ông Y Khuê nói.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có khoảng 213.000 ha cà phê, nhu cầu phân bón cho cây cà phê mỗi năm trên 600.000 tấn. Trên địa bàn tỉnh có 1.320 cơ sở buôn bán phân bón. 5 tháng đầu năm 2023, ngành chức năng đã kiểm tra 145 cơ sở, lấy 64 mẫu phân bón, trong đó 9 mẫu không đạt chất lượng; xử phạt 17 cơ sở với số tiền 176 triệu đồng.

Ông Nguyễn Văn Thành, Phó Giám đốc Sở cho biết, theo Kế hoạch số 5126/KH-UBND của UBND tỉnh, đến năm 2025 tỉnh phấn đấu giảm 30% lượng phân bón vô cơ sử dụng trên cây cà phê, thay thế bằng phân hữu cơ.

HOÀNG NGUYÊN

18/05/2023
"""

M5 = P("5 tháng đầu năm 2023", "2023-01-01", "2023-05-31")
CM = "Cư M'gar"

FIGS = [
    F("mức 11.000-11.500 đồng/kg", "11.000", 11000, "money", "đồng/kg", "giá phân urê", value_max=11500,
      change=C("decrease", 35, "%", "cùng thời điểm năm 2022", "about"), location=CM),
    F("kali 10.500 đồng/kg", "10.500", 10500, "money", "đồng/kg", "giá phân kali",
      change=C("decrease", 4500, "đồng/kg"), location=CM),
    F("khoảng 13.200 đồng/kg", "13.200", 13200, "money", "đồng/kg", "giá phân NPK 16-16-8", approx="about",
      location=CM),
    F("có 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích cà phê của gia đình", location=CM),
    F("khoảng 6 tấn", "6", 6, "measure", "tấn", "lượng phân bón mỗi năm của gia đình", approx="about", location=CM),
    F("gần 110 triệu đồng", "110", 110000000, "money", "đồng", "tiền phân",
      P("Năm ngoái", "2022-01-01", "2022-12-31"), approx="nearly", location=CM),
    F("khoảng 75 triệu đồng", "75", 75000000, "money", "đồng", "tiền phân",
      P("năm nay", "2023-01-01", "2023-12-31"), approx="about", status="estimate", location=CM),
    F("khoảng 213.000 ha", "213.000", 213000, "measure", "ha", "diện tích cà phê", approx="about"),
    F("trên 600.000 tấn", "600.000", 600000, "measure", "tấn", "nhu cầu phân bón cho cây cà phê mỗi năm",
      approx="over"),
    F("có 1.320 cơ sở", "1.320", 1320, "count", "cơ sở", "cơ sở buôn bán phân bón"),
    F("kiểm tra 145 cơ sở", "145", 145, "count", "cơ sở", "cơ sở được kiểm tra", M5),
    F("lấy 64 mẫu", "64", 64, "count", "mẫu", "mẫu phân bón lấy", M5),
    F("trong đó 9 mẫu", "9", 9, "count", "mẫu", "mẫu không đạt chất lượng", M5, total=64),
    F("xử phạt 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở bị xử phạt", M5),
    F("số tiền 176 triệu đồng", "176", 176000000, "money", "đồng", "số tiền xử phạt", M5),
    F("giảm 30% lượng", "30", 30, "percent", "%", "lượng phân bón vô cơ sử dụng trên cây cà phê giảm",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Báo Đắk Lắk: fertilizer prices for coffee growers; byline 'HOÀNG NGUYÊN' and bare date '18/05/2023' at the end.",
    "Price survey and the household in Cư M'gar: location Cư M'gar; province-wide figures Đắk Lắk.",
    "'Năm ngoái' = 2022 (published 2023), 'năm nay' = 2023; '75 triệu' is 'ước' (estimate).",
    "Distractors: 'đợt bón phân thứ 2' (ordinal), 'NPK 16-16-8' (grade), 'Kế hoạch số 5126/KH-UBND', the bare date.",
]

build("p997-5", TEXT, FIGS, COMMENTS, published="2023-05-18", location="Đắk Lắk")
