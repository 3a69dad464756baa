"""p1055-8: Báo Hưng Yên online, headline figure and '(BHY) -' tag; Tết moth-orchid revenue."""
from lib import F, P, I, CH, write

TEXT = """BÁO HƯNG YÊN ĐIỆN TỬ
Kinh tế
Thứ Hai, 10/02/2025 - 14:20
Lan hồ điệp Tết mang về hơn 300 tỷ đồng

(BHY) - Vụ hoa Tết vừa qua, toàn tỉnh có khoảng 120 cơ sở sản xuất lan hồ điệp, cung ứng ra thị trường khoảng 1,1 triệu chậu, doanh thu ước đạt 325 tỷ đồng, tăng 8,3% so với vụ Tết trước. Trong đó, huyện Văn Giang có 65 cơ sở, chiếm 54,2%; huyện Khoái Châu 31 cơ sở, còn lại rải rác ở Văn Lâm, Yên Mỹ.

Năm nay, giá lan hồ điệp bình quân 160.000 - 180.000 đồng/cành, thấp hơn khoảng 10% so với năm 2024; giỏ lan từ 3 đến 5 cành có giá từ 500.000 đồng đến 1,2 triệu đồng/giỏ. Để giữ giá, nhiều cơ sở chuyển sang trồng các dòng hồ điệp màu mới nhập từ Đài Loan (Trung Quốc), giá bán cao hơn 15-20% so với giống thông thường.

Bà Nguyễn Thị Hoa, chủ cơ sở lan Hoa Hưng ở xã Xuân Quan (Văn Giang), cho biết cơ sở có 8.000 m2 nhà màng; vụ Tết vừa qua bán hết 45.000 chậu, thu khoảng 13,5 tỷ đồng, lãi gần 3 tỷ đồng. Cơ sở tạo việc làm thường xuyên cho 25 lao động với mức lương 7 - 9 triệu đồng/người/tháng.

Theo Sở Nông nghiệp và PTNT, hiện toàn tỉnh có 96 ha trồng lan. Tỉnh phấn đấu đến năm 2030 nâng diện tích lên 150 ha, trong đó 80% ứng dụng công nghệ cao, gắn với du lịch sinh thái dọc tuyến đường ĐT.379 và Lễ hội hoa lan Văn Giang lần thứ 3.

Minh Thu
"""

NN = P("Năm nay", "2025-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 300 tỷ đồng", "300", 300_000_000_000, "money", "đồng", "doanh thu lan hồ điệp dịp Tết", approx="over"),
    F("khoảng 120 cơ sở", "120", 120, "count", "cơ sở", "cơ sở sản xuất lan hồ điệp", approx="about"),
    F("khoảng 1,1 triệu chậu", "1,1", 1_100_000, "count", "chậu", "lan hồ điệp cung ứng ra thị trường", approx="about"),
    F("325 tỷ đồng", "325", 325_000_000_000, "money", "đồng", "doanh thu lan hồ điệp vụ hoa Tết", status="estimate",
      change=CH("increase", 8.3, "%", "vụ Tết trước")),
    F("65 cơ sở", "65", 65, "count", "cơ sở", "cơ sở sản xuất lan hồ điệp", total=120, percent=54.2, location="Văn Giang"),
    F("31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở sản xuất lan hồ điệp", total=120, location="Khoái Châu"),
    F("160.000 - 180.000 đồng/cành", "160.000", 160000, "money", "đồng/cành", "giá lan hồ điệp bình quân", NN,
      value_max=180000, change=CH("decrease", 10, "%", "năm 2024", approx="about")),
    F("từ 3 đến 5 cành", "3", 3, "count", "cành", "số cành mỗi giỏ lan", value_max=5, optional=True),
    F("từ 500.000 đồng đến 1,2 triệu đồng/giỏ", "500.000", 500000, "money", "đồng/giỏ", "giá giỏ lan", NN,
      value_max=1_200_000),
    F("cao hơn 15-20%", "15", 15, "percent", "%", "giá bán các dòng hồ điệp màu mới so với giống thông thường",
      value_max=20),
    F("8.000 m2", "8.000", 8000, "measure", "m2", "diện tích nhà màng của cơ sở lan Hoa Hưng", location="Văn Giang"),
    F("hết 45.000 chậu", "45.000", 45000, "count", "chậu", "chậu lan bán ra vụ Tết", location="Văn Giang"),
    F("khoảng 13,5 tỷ đồng", "13,5", 13_500_000_000, "money", "đồng", "doanh thu vụ Tết của cơ sở", approx="about",
      location="Văn Giang"),
    F("gần 3 tỷ đồng", "3", 3_000_000_000, "money", "đồng", "lãi vụ Tết của cơ sở", approx="nearly", location="Văn Giang"),
    F("25 lao động", "25", 25, "count", "lao động", "lao động có việc làm thường xuyên", location="Văn Giang"),
    F("7 - 9 triệu đồng/người/tháng", "7", 7_000_000, "money", "đồng/người/tháng", "mức lương lao động",
      value_max=9_000_000, location="Văn Giang"),
    F("có 96 ha", "96", 96, "measure", "ha", "diện tích trồng lan"),
    F("lên 150 ha", "150", 150, "measure", "ha", "diện tích trồng lan", T30, status="target"),
    F("80% ứng dụng", "80", 80, "percent", "%", "diện tích lan ứng dụng công nghệ cao", T30, status="target"),
]

write("p1055-8", TEXT, FIGS, published="2025-02-10", location="Hưng Yên", comments=[
    "Báo Hưng Yên online: headline 'Lan hồ điệp Tết mang về hơn 300 tỷ đồng' (a figure of its own, no cue: actual), tag '(BHY) -'",
    "implies Hưng Yên (the text only says 'toàn tỉnh'), dateline 'Thứ Hai, 10/02/2025 - 14:20'.",
    "'Trong đó' after a sentence break: 65 and 31 cơ sở are parts of the 120 cơ sở; 'chiếm 54,2%' is the 65's percent.",
    "'cao hơn 15-20% so với giống thông thường' has no base amount: a percent figure (range) without change.",
    "'thấp hơn khoảng 10% so với năm 2024' is the change of the price range before it. '3 đến 5 cành' is a basket spec (optional).",
    "Bà Hoa's farm figures take Văn Giang (xã Xuân Quan lies in it); 'Năm nay' = 2025; Tết-season figures have no period.",
    "Distractors: '14:20', 'ĐT.379', 'lần thứ 3', 'Thứ Hai', byline 'Minh Thu'.",
])
