from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN YÊN - TỈNH YÊN BÁI
Trang chủ / Kinh tế - Xã hội
Thứ Năm, 10/10/2024 - 15:20

Văn Yên: 9 tháng thu hoạch gần 10.500 tấn vỏ quế khô

Theo Phòng Nông nghiệp và PTNT huyện, 9 tháng năm 2024, toàn huyện Văn Yên đã khai thác 1.350 ha quế, đạt 75% kế hoạch; sản lượng vỏ quế khô thu hoạch đạt gần 10.500 tấn, tăng 8,2% so với cùng kỳ; gỗ quế khoảng 96.000 m3; cành, lá quế đưa vào chưng cất tinh dầu trên 42.000 tấn.

Đến nay, tổng diện tích quế của huyện đạt 26.980 ha, chiếm khoảng 30% diện tích quế toàn tỉnh Yên Bái; trong đó diện tích quế hữu cơ được cấp chứng nhận là 7.215 ha. Các vùng quế tập trung ở các xã Đại Sơn, Viễn Sơn, Mỏ Vàng, Xuân Tầm dọc Quốc lộ 37 và tuyến đường Âu Cơ.

Giá vỏ quế khô loại 1 hiện ở mức 38.000 - 42.000 đồng/kg, thấp hơn khoảng 15% so với cùng kỳ năm 2023; tinh dầu quế có giá 950.000 đồng/lít. Tổng giá trị thu từ cây quế 9 tháng ước đạt 628,5 tỷ đồng, đạt 78,6% kế hoạch năm (800 tỷ đồng).

Toàn huyện có 46 cơ sở chế biến quế, trong đó 9 doanh nghiệp có sản phẩm xuất khẩu sang Ấn Độ, Hàn Quốc, Mỹ và châu Âu. Năm 2024, Văn Yên tổ chức Lễ hội Quế lần thứ 2 tại xã Đại Sơn.

Huyện phấn đấu đến năm 2025 nâng diện tích quế hữu cơ lên 10.000 ha, giá trị thu từ quế đạt 1.000 tỷ đồng/năm.

Phòng Nông nghiệp và PTNT huyện Văn Yên - Tổ dân phố số 3, thị trấn Mậu A. ĐT: 0216.3833.216
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
NOW = P("Đến nay", end="2024-10-10")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("thu hoạch gần 10.500 tấn vỏ", "10.500", 10500, "measure", "tấn", "vỏ quế khô thu hoạch", I(N9), approx="nearly"),
    F("khai thác 1.350 ha", "1.350", 1350, "measure", "ha", "diện tích quế khai thác", N9, percent=75),
    F("thu hoạch đạt gần 10.500 tấn", "10.500", 10500, "measure", "tấn", "sản lượng vỏ quế khô thu hoạch", N9,
      approx="nearly", change=CH("increase", 8.2, baseline="cùng kỳ")),
    F("khoảng 96.000 m3", "96.000", 96000, "measure", "m3", "gỗ quế", N9, approx="about"),
    F("trên 42.000 tấn", "42.000", 42000, "measure", "tấn", "cành, lá quế đưa vào chưng cất tinh dầu", N9, approx="over"),
    F("đạt 26.980 ha", "26.980", 26980, "measure", "ha", "tổng diện tích quế", NOW, percent=30),
    F("là 7.215 ha", "7.215", 7215, "measure", "ha", "diện tích quế hữu cơ được cấp chứng nhận", NOW, total=26980),
    F("38.000 - 42.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá vỏ quế khô loại 1", value_max=42000,
      change=CH("decrease", 15, baseline="cùng kỳ năm 2023", approx="about")),
    F("950.000 đồng/lít", "950.000", 950000, "money", "đồng/lít", "giá tinh dầu quế"),
    F("ước đạt 628,5 tỷ đồng", "628,5", 628.5e9, "money", "đồng", "tổng giá trị thu từ cây quế",
      P("9 tháng", "2024-01-01", "2024-09-30"), percent=78.6, target=TG(800e9, "đồng"), status="estimate"),
    F("có 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở chế biến quế"),
    F("đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp có sản phẩm quế xuất khẩu", total=46),
    F("lên 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích quế hữu cơ", T25, status="target"),
    F("đạt 1.000 tỷ đồng/năm", "1.000", 1000e9, "money", "đồng/năm", "giá trị thu từ quế", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Văn Yên (district portal, Yên Bái): cinnamon harvest 9 months 2024, area, prices, value vs plan, processors, 2025 targets.",
    "Location is the district throughout ('toàn tỉnh Yên Bái' only names the whole that the 30% share refers to).",
    "'Đến nay' is an as-of period ending at the dateline. 'đạt 78,6% kế hoạch năm (800 tỷ đồng)' gives percent 78,6 and target 800 tỷ (as shared h17).",
    "Headline figure takes the lead's period as inherited. Distractors: Quốc lộ 37, 'Lễ hội Quế lần thứ 2', tổ dân phố số 3, phone, dateline.",
]

emit("p591-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Văn Yên")
