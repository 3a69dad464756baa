"""p1158-8: provincial newspaper online (Báo Lâm Đồng), cherry-blossom (mai anh đào) season in Đà Lạt, January 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO LÂM ĐỒNG ĐIỆN TỬ
Du lịch | Thứ Hai, 22/01/2024 07:15

Đà Lạt: Hơn 12.000 cây mai anh đào vào mùa nở rộ

(LĐ) - Những ngày này, mai anh đào nở hồng quanh hồ Xuân Hương, trên đường Yersin, đường 3 Tháng 2. Theo UBND TP Đà Lạt, thành phố hiện có 12.150 cây mai anh đào có đường kính thân trên 10 cm, trong đó 8.200 cây trồng trên đường phố và 3.950 cây trong công viên, khuôn viên công sở.

Tháng 12/2023, Đà Lạt đón 720.000 lượt khách, tăng 12% so với cùng kỳ; khách quốc tế chiếm 6%. Công suất phòng khách sạn từ 3 đến 5 sao đạt 80-85%, giá phòng dịp cuối tuần từ 1,2 đến 2 triệu đồng/đêm. Riêng dịp Tết Dương lịch (30/12/2023 - 1/1/2024), thành phố đón hơn 110.000 lượt khách.

Cả năm 2023, tỉnh Lâm Đồng đón khoảng 8,5 triệu lượt khách, trong đó Đà Lạt chiếm gần 80%. Tổng thu từ du lịch toàn tỉnh ước đạt 17.500 tỷ đồng.

Ông Nguyễn Văn Hải ở phường 8 có vườn ươm mai anh đào rộng 3.000 m2. Năm 2023, ông bán được khoảng 5.000 cây giống với giá từ 150.000 đến 300.000 đồng/cây, lãi hơn 400 triệu đồng.

Tuần lễ hoa mai anh đào Đà Lạt lần thứ 2 diễn ra từ ngày 26/1 đến 4/2/2024, dự kiến thu hút khoảng 150.000 lượt khách. Giai đoạn 2024-2025, thành phố dự kiến trồng bổ sung 2.000 cây mai anh đào, phấn đấu đến năm 2025 đạt 15.000 cây.

HOÀNG YÊN
"""

DEC = P("Tháng 12/2023", "2023-12-01", "2023-12-31")
Y23C = P("Cả năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
WEEK = P("từ ngày 26/1 đến 4/2/2024", "2024-01-26", "2024-02-04")
G = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 12.000 cây", "12.000", 12000, "count", "cây mai anh đào", approx="over", subject="cây mai anh đào"),
    F("có 12.150 cây", "12.150", 12150, "count", "cây mai anh đào",
      subject="cây mai anh đào có đường kính thân trên 10 cm"),
    F("trên 10 cm", "10", 10, "measure", "cm", approx="over", optional=True, subject="đường kính thân"),
    F("8.200 cây", "8.200", 8200, "count", "cây", total=12150, subject="cây mai anh đào trồng trên đường phố"),
    F("3.950 cây", "3.950", 3950, "count", "cây", total=12150,
      subject="cây mai anh đào trồng trong công viên, khuôn viên công sở"),
    F("đón 720.000 lượt", "720.000", 720000, "count", "lượt khách", change=C("increase", 12, "%", "cùng kỳ"),
      subject="lượt khách Đà Lạt đón", period=DEC),
    F("chiếm 6%", "6", 6, "percent", "%", subject="tỷ lệ khách quốc tế", period=DEC),
    F("đạt 80-85%", "80", 80, "percent", "%", value_max=85, subject="công suất phòng khách sạn từ 3 đến 5 sao",
      period=I(DEC)),
    F("từ 1,2 đến 2 triệu", "1,2", 1.2e6, "money", "đồng/đêm", value_max=2e6,
      subject="giá phòng dịp cuối tuần", period=I(DEC)),
    F("hơn 110.000 lượt", "110.000", 110000, "count", "lượt khách", approx="over",
      subject="lượt khách dịp Tết Dương lịch", period=P("(30/12/2023 - 1/1/2024)", "2023-12-30", "2024-01-01")),
    F("khoảng 8,5 triệu", "8,5", 8.5e6, "count", "lượt khách", approx="about", subject="lượt khách tỉnh đón",
      period=Y23C, location="Lâm Đồng"),
    F("chiếm gần 80%", "80", 80, "percent", "%", approx="nearly", subject="tỷ trọng lượt khách", period=Y23C),
    F("ước đạt 17.500 tỷ", "17.500", 17500e9, "money", "đồng", status="estimate",
      subject="tổng thu từ du lịch toàn tỉnh", period=I(Y23C), location="Lâm Đồng"),
    F("rộng 3.000 m2", "3.000", 3000, "measure", "m2", subject="diện tích vườn ươm mai anh đào của ông Nguyễn Văn Hải"),
    F("khoảng 5.000 cây", "5.000", 5000, "count", "cây giống", approx="about",
      subject="cây giống mai anh đào bán được", period=Y23),
    F("từ 150.000 đến 300.000", "150.000", 150000, "money", "đồng/cây", value_max=300000,
      subject="giá cây giống mai anh đào", period=Y23),
    F("hơn 400 triệu", "400", 400e6, "money", "đồng", approx="over", subject="lãi từ bán cây giống", period=Y23),
    F("khoảng 150.000 lượt", "150.000", 150000, "count", "lượt khách", approx="about", status="forecast",
      subject="lượt khách Tuần lễ hoa mai anh đào", period=WEEK),
    F("bổ sung 2.000 cây", "2.000", 2000, "count", "cây mai anh đào", status="forecast",
      subject="cây mai anh đào trồng bổ sung", period=G),
    F("đạt 15.000 cây", "15.000", 15000, "count", "cây", status="target", subject="cây mai anh đào", period=T25),
]

NOTES = [
    "Provincial newspaper online (Báo Lâm Đồng), tag '(LĐ) -', 'Thứ Hai, 22/01/2024 07:15' (published); byline at the end.",
    "Distractors: 'đường 3 Tháng 2' (street name), 'khách sạn từ 3 đến 5 sao' (a class, like 'mức độ 3, 4'; not in gold), 'phường 8',",
    "'lần thứ 2', time 07:15, 'Giai đoạn 2024-2025'. 'đường kính thân trên 10 cm' defines the counted trees (optional).",
    "'Cả năm 2023, tỉnh Lâm Đồng ...' switches to the province (location Lâm Đồng); 'trong đó Đà Lạt chiếm gần 80%' is a percent of its own, location Đà Lạt.",
    "8.200 + 3.950 = 12.150 after 'trong đó'. 'khách quốc tế chiếm 6%' names another subject than the 720.000: a percent figure of its own,",
    "not the 720.000's percent. Nursery passage (phường 8) stays in Đà Lạt. 'dự kiến' -> forecast; 'phấn đấu đến năm 2025' -> target.",
]

if __name__ == "__main__":
    write("p1158-8", TEXT, NOTES, FIGS, published="2024-01-22", location="Đà Lạt")
