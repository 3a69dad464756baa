from lib import F, P, I, CH, emit

TEXT = """BÁO ĐẮK LẮK - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐẮK LẮK

Hơn 21.000 ha cây trồng được tưới tiết kiệm nước

(Baodaklak.vn) - Năm 2023, toàn tỉnh Đắk Lắk có 21.460 ha cây công nghiệp, cây ăn quả được áp dụng tưới tiết kiệm nước, tăng 18,7% so với năm 2022, vượt 7,3% kế hoạch. Trong đó, cà phê 12.870 ha, sầu riêng 4.950 ha, hồ tiêu 2.140 ha; còn lại là bơ và các loại cây ăn quả khác.

Các huyện có diện tích tưới tiết kiệm lớn là Cư M'gar (3.820 ha), Krông Pắc (3.150 ha), Krông Năng (2.600 ha) và thành phố Buôn Ma Thuột (1.240 ha).

Tại Công ty TNHH MTV Cà phê 49, hệ thống tưới nhỏ giọt kết hợp bón phân đã được lắp đặt trên toàn bộ vườn cây. Theo đánh giá của Sở Nông nghiệp và PTNT, mô hình này giúp tiết kiệm 30-35% lượng nước tưới và khoảng 20% lượng phân bón; năng suất cà phê bình quân đạt 3,2 tấn nhân/ha, cao hơn 0,5 tấn/ha so với tưới truyền thống. Lợi nhuận tăng thêm từ 15 đến 20 triệu đồng/ha/năm.

Tổng vốn đầu tư cho hệ thống tưới tiết kiệm trong năm 2023 gần 380 tỷ đồng, trong đó vốn hỗ trợ từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới 46 tỷ đồng, còn lại do doanh nghiệp, hợp tác xã và nông dân tự đầu tư.

Năm 2024, tỉnh đặt mục tiêu nâng diện tích tưới tiết kiệm lên 25.000 ha, đến năm 2025 đạt 30.000 ha, ưu tiên các vùng chuyên canh dọc Quốc lộ 14 và Quốc lộ 26, theo tinh thần Nghị định số 77/2018/NĐ-CP của Chính phủ.

HOÀNG ANH
08/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
TK = "diện tích tưới tiết kiệm nước"

FIGS = [
    F("Hơn 21.000 ha", "21.000", 21000, "measure", "ha", "diện tích cây trồng được tưới tiết kiệm nước",
      I(Y23), approx="over"),
    F("có 21.460 ha", "21.460", 21460, "measure", "ha",
      "diện tích cây công nghiệp, cây ăn quả áp dụng tưới tiết kiệm nước", Y23,
      change=CH("increase", 18.7, baseline="năm 2022")),
    F("vượt 7,3% kế hoạch", "7,3", 7.3, "percent", "%", "diện tích tưới tiết kiệm vượt kế hoạch", Y23,
      optional=True),
    F("cà phê 12.870 ha", "12.870", 12870, "measure", "ha", "diện tích cà phê tưới tiết kiệm nước", I(Y23), total=21460),
    F("sầu riêng 4.950 ha", "4.950", 4950, "measure", "ha", "diện tích sầu riêng tưới tiết kiệm nước", I(Y23), total=21460),
    F("hồ tiêu 2.140 ha", "2.140", 2140, "measure", "ha", "diện tích hồ tiêu tưới tiết kiệm nước", I(Y23), total=21460),
    F("M'gar (3.820 ha)", "3.820", 3820, "measure", "ha", TK, I(Y23), location="Cư M'gar"),
    F("Krông Pắc (3.150 ha)", "3.150", 3150, "measure", "ha", TK, I(Y23), location="Krông Pắc"),
    F("Krông Năng (2.600 ha)", "2.600", 2600, "measure", "ha", TK, I(Y23), location="Krông Năng"),
    F("Thuột (1.240 ha)", "1.240", 1240, "measure", "ha", TK, I(Y23), location="Buôn Ma Thuột"),
    F("tiết kiệm 30-35%", "30", 30, "percent", "%", "lượng nước tưới tiết kiệm", value_max=35),
    F("khoảng 20% lượng", "20", 20, "percent", "%", "lượng phân bón tiết kiệm", approx="about"),
    F("đạt 3,2 tấn", "3,2", 3.2, "measure", "tấn nhân/ha", "năng suất cà phê bình quân",
      change=CH("increase", 0.5, "tấn/ha", "tưới truyền thống")),
    F("từ 15 đến 20 triệu", "15", 15000000, "money", "đồng/ha/năm", "lợi nhuận tăng thêm",
      value_max=20000000),
    F("gần 380 tỷ", "380", 380000000000, "money", "đồng", "tổng vốn đầu tư cho hệ thống tưới tiết kiệm",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("mới 46 tỷ", "46", 46000000000, "money", "đồng",
      "vốn hỗ trợ từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), total=380000000000),
    F("lên 25.000 ha", "25.000", 25000, "measure", "ha", TK, Y24, status="target"),
    F("đạt 30.000 ha", "30.000", 30000, "measure", "ha", TK, T25, status="target"),
]

COMMENTS = [
    "Báo Đắk Lắk (Party newspaper): water-saving irrigation area in 2023, crops, districts, effects, investment, targets. Bare date at the end.",
    "'tăng 18,7% so với năm 2022, vượt 7,3% kế hoạch': two changes on one figure: the first is the attribute, the second a percent figure",
    "of its own (optional, FIGURES.md 'one of each attribute'). Crop split after 'Trong đó' gives totals (they do not add up fully: 'còn lại').",
    "District list: locations; no cue, no totals. 'Công ty TNHH MTV Cà phê 49', 'Quốc lộ 14', 'Quốc lộ 26', 'Nghị định số 77/2018/NĐ-CP' are names.",
    "Effects paragraph has no period phrase: no period. 'cao hơn 0,5 tấn/ha so với tưới truyền thống' is the change of 3,2 tấn nhân/ha.",
    "'Lợi nhuận tăng thêm từ 15 đến 20 triệu đồng/ha/năm' is an amount standing as the claim: money figure, no change.",
    "'đặt mục tiêu … 25.000 ha, đến năm 2025 đạt 30.000 ha': targets with their own periods.",
]

emit("p469-5", TEXT, COMMENTS, FIGS, published="2024-01-08", location="Đắk Lắk")
