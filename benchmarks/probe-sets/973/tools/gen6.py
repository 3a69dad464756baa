from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Nông nghiệp
Thứ bảy, 16/3/2024, 07:30 (GMT+7)
Nông dân Kon Tum thu tiền tỷ nhờ tái canh cà phê

Giá cà phê lập đỉnh, nhiều hộ ở Đắk Hà (Kon Tum) từng mạnh dạn tái canh vườn già cỗi nay thu lãi hàng tỷ đồng mỗi năm.

Ông Nguyễn Văn Tư, 52 tuổi, ở xã Đắk Ui, huyện Đắk Hà, có vườn nằm ven Quốc lộ 14. Năm 2019, ông phá bỏ 3 ha cà phê hơn 25 năm tuổi để trồng lại bằng giống TR4 và TRS1. Vụ thu hoạch năm 2023, vườn cho 18 tấn nhân, tương đương 6 tấn/ha. Với giá bán bình quân 68.000 đồng/kg, gia đình thu hơn 1,2 tỷ đồng, lãi khoảng 800 triệu đồng.

Theo Sở Nông nghiệp và Phát triển nông thôn Kon Tum, toàn tỉnh có hơn 27.500 ha cà phê, tập trung ở Đắk Hà, Ngọc Hồi, Đắk Tô. Giai đoạn 2016-2023, tỉnh tái canh 6.840 ha; riêng năm 2023 tái canh 915 ha, tăng 8,3% so với năm trước. Cà phê tái canh cho năng suất bình quân 4,3 tấn/ha, trong khi vườn chưa tái canh chỉ đạt 2,7 tấn/ha.

Huyện Đắk Hà có 13.400 ha cà phê, lớn nhất tỉnh, chiếm 48,7% diện tích. Ông Trần Quang Hùng, Phó chủ tịch UBND huyện, cho biết năm 2024 huyện dự kiến tái canh 350 ha, ưu tiên các vườn trên 20 năm tuổi. Theo quy hoạch, đến năm 2030 Kon Tum có 30.000 ha cà phê, trong đó 3.000 ha cà phê đặc sản.

Giá cà phê nhân xô tại Tây Nguyên sáng 15/3 ở mức 93.500-94.000 đồng/kg, tăng khoảng 40% so với đầu năm.

Phan Anh
"""

KT = "Kon Tum"
DH = "Đắk Hà"
Y23 = P("Vụ thu hoạch năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("thu tiền tỷ", "tỷ", 1e9, "money", "đồng", "tiền thu từ cà phê tái canh", location=KT, optional=True),
    F("hàng tỷ đồng mỗi năm", "tỷ", 1e9, "money", "đồng", "lãi từ vườn cà phê tái canh", approx="about", location=DH, optional=True),
    F("52 tuổi", "52", 52, "measure", "tuổi", "tuổi ông Nguyễn Văn Tư", location=DH, optional=True),
    F("phá bỏ 3 ha", "3", 3, "measure", "ha", "diện tích cà phê già cỗi phá bỏ để tái canh", P("Năm 2019", "2019-01-01", "2019-12-31"),
      location=DH),
    F("hơn 25 năm tuổi", "25", 25, "measure", "năm", "tuổi vườn cà phê", approx="over", location=DH, optional=True),
    F("cho 18 tấn nhân", "18", 18, "measure", "tấn", "sản lượng cà phê nhân của vườn", Y23, location=DH),
    F("tương đương 6 tấn/ha", "6", 6, "measure", "tấn/ha", "năng suất vườn cà phê tái canh", Y23, location=DH),
    F("bình quân 68.000 đồng/kg", "68.000", 68000, "money", "đồng/kg", "giá bán cà phê bình quân", I(Y23), location=DH),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tiền thu từ vườn cà phê", I(Y23), approx="over", location=DH),
    F("khoảng 800 triệu đồng", "800", 800e6, "money", "đồng", "lãi từ vườn cà phê", I(Y23), approx="about", location=DH),
    F("hơn 27.500 ha", "27.500", 27500, "measure", "ha", "diện tích cà phê toàn tỉnh", approx="over"),
    F("tái canh 6.840 ha", "6.840", 6840, "measure", "ha", "diện tích cà phê tái canh", P("Giai đoạn 2016-2023", "2016-01-01", "2023-12-31")),
    F("tái canh 915 ha", "915", 915, "measure", "ha", "diện tích cà phê tái canh", P("riêng năm 2023", "2023-01-01", "2023-12-31"),
      change=C("increase", 8.3, baseline="năm trước")),
    F("bình quân 4,3 tấn/ha", "4,3", 4.3, "measure", "tấn/ha", "năng suất bình quân cà phê tái canh"),
    F("chỉ đạt 2,7 tấn/ha", "2,7", 2.7, "measure", "tấn/ha", "năng suất vườn chưa tái canh"),
    F("có 13.400 ha", "13.400", 13400, "measure", "ha", "diện tích cà phê", percent=48.7, location=DH),
    F("tái canh 350 ha", "350", 350, "measure", "ha", "diện tích cà phê tái canh", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="forecast", location=DH),
    F("trên 20 năm tuổi", "20", 20, "measure", "năm", "tuổi vườn cà phê ưu tiên tái canh", approx="over", location=DH, optional=True),
    F("có 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích cà phê", P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("3.000 ha cà phê đặc sản", "3.000", 3000, "measure", "ha", "diện tích cà phê đặc sản", P("đến năm 2030", None, "2030-12-31"),
      total=30000, status="target"),
    F("93.500-94.000 đồng/kg", "93.500", 93500, "money", "đồng/kg", "giá cà phê nhân xô", P("sáng 15/3", "2024-03-15", "2024-03-15"),
      value_max=94000, change=C("increase", 40, baseline="đầu năm", approx="about"), location="Tây Nguyên"),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ bảy, 16/3/2024, 07:30 (GMT+7)'): a replanting household in Đắk Hà and Kon Tum's replanting figures.",
    "Household figures are located in Đắk Hà (the district named for the farm); provincial figures Kon Tum; the market price 'tại Tây Nguyên' Tây Nguyên.",
    "'tiền tỷ' (headline), 'hàng tỷ đồng' (vague number word), a person's age '52 tuổi', tree-age classes 'hơn 25 năm tuổi', 'trên 20 năm tuổi': optional.",
    "'tương đương 6 tấn/ha' is another measure (yield), a figure of its own. 'Theo quy hoạch, đến năm 2030 …' = target.",
    "'sáng 15/3' takes 2024 from the dateline. 'lớn nhất tỉnh' has no number.",
    "Distractors: 'Nguyễn Văn Tư' (Tư = four), 'Quốc lộ 14', 'TR4 và TRS1', '07:30 (GMT+7)', baseline 'năm trước', 'đầu năm'.",
]

write(6, TEXT, FIGS, NOTES, published="2024-03-16", location=KT)
