from lib import F, P, I, C, T, write

TEXT = """Đắk Mil: Ghép cải tạo giúp vườn cà phê già cỗi "hồi sinh"

Những năm gần đây, nhiều nông hộ ở huyện Đắk Mil đã chọn giải pháp ghép cải tạo thay vì nhổ bỏ toàn bộ vườn cà phê già cỗi. Cách làm này giúp tiết kiệm chi phí, rút ngắn thời gian kiến thiết cơ bản và tận dụng được bộ rễ của cây cũ.

Gia đình ông Y Bhiêm ở thôn 9, xã Đức Minh có 2,5 ha cà phê trồng từ năm 1998, năng suất chỉ còn khoảng 1,8 tấn/ha. Năm 2021, ông cưa đốn, ghép chồi giống TR9 và TR4 cho toàn bộ diện tích với chi phí khoảng 45 triệu đồng/ha. Đến vụ thu hoạch năm 2023, vườn đạt 5,2 tấn nhân/ha. Năng suất này gấp gần 3 lần so với trước khi ghép. Với giá bán bình quân 62.000 đồng/kg, ông thu về hơn 800 triệu đồng, trừ chi phí còn lãi trên 500 triệu đồng.

Theo Phòng Nông nghiệp và PTNT huyện, Đắk Mil hiện có 20.350 ha cà phê, trong đó khoảng 3.900 ha đã trên 20 năm tuổi. Từ năm 2020 đến nay, toàn huyện đã tái canh 4.260 ha, trong đó ghép cải tạo 1.730 ha, chiếm 40,6%. Riêng năm 2023, huyện ghép cải tạo 385 ha, tăng 60 ha so với năm 2022. Huyện phấn đấu đến năm 2025 giảm diện tích cà phê già cỗi xuống còn dưới 1.500 ha.

Ông Lê Văn Năm, Phó trưởng phòng, cho biết để ghép thành công cần chọn chồi khỏe từ vườn đầu dòng, tỷ lệ sống của chồi ghép phải đạt trên 90%; thời điểm ghép thích hợp là tháng 5 - 7 hằng năm, khi đầu mùa mưa.

NGỌC LÝ
18/4/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("có 2,5 ha cà phê", "2,5", 2.5, "measure", "ha", "diện tích cà phê của gia đình ông Y Bhiêm"),
    F("khoảng 1,8 tấn/ha", "1,8", 1.8, "measure", "tấn/ha", "năng suất vườn cà phê trước khi ghép", approx="about"),
    F("khoảng 45 triệu đồng/ha", "45", 45e6, "money", "đồng/ha", "chi phí cưa đốn, ghép chồi", P("Năm 2021", "2021-01-01", "2021-12-31"),
      approx="about"),
    F("đạt 5,2 tấn nhân/ha", "5,2", 5.2, "measure", "tấn/ha", "năng suất vườn sau ghép cải tạo", Y23),
    F("gấp gần 3 lần", "3", 3, "multiple", "lần", "năng suất sau ghép so với trước khi ghép", approx="nearly"),
    F("bình quân 62.000 đồng/kg", "62.000", 62000, "money", "đồng/kg", "giá bán cà phê bình quân", I(Y23)),
    F("hơn 800 triệu đồng", "800", 800e6, "money", "đồng", "tiền thu từ vườn cà phê", I(Y23), approx="over"),
    F("trên 500 triệu đồng", "500", 500e6, "money", "đồng", "lãi từ vườn cà phê", I(Y23), approx="over"),
    F("hiện có 20.350 ha", "20.350", 20350, "measure", "ha", "diện tích cà phê toàn huyện"),
    F("khoảng 3.900 ha", "3.900", 3900, "measure", "ha", "diện tích cà phê trên 20 năm tuổi", approx="about", total=20350),
    F("trên 20 năm tuổi", "20", 20, "measure", "năm", "tuổi vườn cà phê", approx="over", optional=True),
    F("tái canh 4.260 ha", "4.260", 4260, "measure", "ha", "diện tích tái canh", P("Từ năm 2020 đến nay", "2020-01-01", "2024-04-18")),
    F("ghép cải tạo 1.730 ha", "1.730", 1730, "measure", "ha", "diện tích ghép cải tạo", P("Từ năm 2020 đến nay", "2020-01-01", "2024-04-18"),
      total=4260, percent=40.6),
    F("ghép cải tạo 385 ha", "385", 385, "measure", "ha", "diện tích ghép cải tạo", P("Riêng năm 2023", "2023-01-01", "2023-12-31"),
      change=C("increase", 60, "ha", "năm 2022")),
    F("dưới 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích cà phê già cỗi", P("đến năm 2025", None, "2025-12-31"),
      approx="under", status="target"),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ sống của chồi ghép yêu cầu", approx="over", optional=True),
]

NOTES = [
    "revised after the first run: unit 'tấn nhân/ha' -> 'tấn/ha' (shortest unit; the substance 'nhân' is not a unit, cf. '18 tấn nhân' -> 'tấn' in p973-6).",
    "Báo Đắk Nông (Party newspaper): grafting old coffee gardens in Đắk Mil; byline 'NGỌC LÝ' and bare date '18/4/2024' at the end.",
    "The province is not named; the district Đắk Mil is the location of all figures (the household in xã Đức Minh lies in it).",
    "'Năng suất này gấp gần 3 lần …' stands as its own sentence: multiple. 'trên 20 năm tuổi' (age class) optional.",
    "'phải đạt trên 90%' is a technical threshold for grafting (optional). 'tháng 5 - 7 hằng năm' is a season, not a figure.",
    "Distractors: 'thôn 9', 'từ năm 1998', 'TR9 và TR4', person name 'Lê Văn Năm', baseline 'năm 2022', 'tháng 5 - 7'.",
]

write(5, TEXT, FIGS, NOTES, published="2024-04-18", location="Đắk Mil")
