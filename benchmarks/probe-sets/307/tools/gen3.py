from lib import F, P, write

ART = """Báo Đồng Nai điện tử
Thời sự > An ninh - Trật tự

Cháy lớn tại công ty sản xuất nệm trong KCN Nhơn Trạch 3, thiệt hại hàng chục tỷ đồng

HẢI QUÂN 06:48, 15/03/2024

(ĐN) - Khoảng 22 giờ 30 phút ngày 14/3, tại xưởng sản xuất của Công ty TNHH Mousse Việt (đường số 2, KCN Nhơn Trạch 3, huyện Nhơn Trạch) xảy ra cháy lớn. Ngọn lửa bùng phát từ khu vực chứa mút xốp rồi nhanh chóng lan sang các dãy nhà xưởng bên cạnh.

Nhận tin báo, Phòng Cảnh sát PCCC và CNCH Công an tỉnh đã điều động 14 xe chữa cháy, 1 xe thang, 1 robot chữa cháy cùng hơn 120 cán bộ, chiến sĩ đến hiện trường. Lực lượng PCCC cơ sở của 5 doanh nghiệp lân cận cũng được huy động hỗ trợ.

Đến khoảng 2 giờ sáng hôm sau, đám cháy cơ bản được khống chế, sau gần 4 giờ nỗ lực. Vụ cháy không gây thương vong; 37 công nhân làm ca đêm đã kịp thời thoát ra ngoài. Tuy nhiên, lửa đã thiêu rụi khoảng 3.200 m2 nhà xưởng trên tổng diện tích 8.000 m2 cùng nhiều máy móc, thành phẩm. Theo đại diện doanh nghiệp, giá trị thiệt hại ban đầu ước khoảng 45 tỷ đồng. Công ty có 420 lao động, đi vào hoạt động từ năm 2019.

Theo thống kê của Công an tỉnh, từ đầu năm 2024 đến ngày 14/3, trên địa bàn tỉnh Đồng Nai xảy ra 41 vụ cháy, trong đó có 9 vụ tại các khu công nghiệp, làm 1 người chết, thiệt hại tài sản ước tính hơn 62 tỷ đồng. Năm 2023, toàn tỉnh xảy ra 158 vụ cháy, làm 3 người chết, 7 người bị thương, thiệt hại hơn 210 tỷ đồng.

Hiện Đồng Nai có 32 khu công nghiệp đang hoạt động với hơn 1.900 doanh nghiệp, trong đó khoảng 1.300 doanh nghiệp có vốn đầu tư nước ngoài. Công an tỉnh khuyến cáo người dân khi phát hiện cháy gọi ngay đường dây nóng 114.
"""

I = P("ngày 14/3", "2024-03-14", "2024-03-14", inh=True)
A = P("từ đầu năm 2024 đến ngày 14/3", "2024-01-01", "2024-03-14")
Y = P("Năm 2023", "2023-01-01", "2023-12-31")
NT = "Nhơn Trạch"

figs = [
    F("thiệt hại hàng chục tỷ đồng", "chục", 10e9, "money", "đồng", "thiệt hại do vụ cháy", approx="about",
      location=NT, optional=True),
    F("điều động 14 xe", "14", 14, "count", "xe chữa cháy", "xe chữa cháy được điều động", location=NT, period=I),
    F("1 xe thang", "1", 1, "count", "xe thang", "xe thang được điều động", location=NT, period=I),
    F("1 robot", "1", 1, "count", "robot chữa cháy", "robot chữa cháy được điều động", location=NT, period=I),
    F("hơn 120 cán bộ", "120", 120, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ tham gia chữa cháy", approx="over",
      location=NT, period=I),
    F("của 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp lân cận huy động lực lượng PCCC cơ sở hỗ trợ",
      location=NT, period=I),
    F("gần 4 giờ", "4", 4, "measure", "giờ", "thời gian khống chế đám cháy", approx="nearly", location=NT, period=I),
    F("37 công nhân", "37", 37, "count", "công nhân", "công nhân làm ca đêm thoát ra ngoài", location=NT, period=I),
    F("khoảng 3.200 m2", "3.200", 3200, "measure", "m2", "diện tích nhà xưởng bị thiêu rụi", approx="about",
      total=8000, location=NT, period=I),
    F("ước khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "giá trị thiệt hại ban đầu", approx="about", status="estimate",
      location=NT, period=I),
    F("có 420 lao động", "420", 420, "count", "lao động", "lao động của công ty", location=NT),
    F("xảy ra 41 vụ cháy", "41", 41, "count", "vụ", "vụ cháy", period=A),
    F("có 9 vụ", "9", 9, "count", "vụ", "vụ cháy tại các khu công nghiệp", total=41, period=A),
    F("làm 1 người chết", "1", 1, "count", "người", "người chết do cháy", period=A),
    F("hơn 62 tỷ đồng", "62", 62e9, "money", "đồng", "thiệt hại tài sản do cháy", approx="over", status="estimate", period=A),
    F("xảy ra 158 vụ cháy", "158", 158, "count", "vụ", "vụ cháy", period=Y),
    F("làm 3 người chết", "3", 3, "count", "người", "người chết do cháy", period=Y),
    F("7 người bị thương", "7", 7, "count", "người", "người bị thương do cháy", period=Y),
    F("hơn 210 tỷ đồng", "210", 210e9, "money", "đồng", "thiệt hại do cháy", approx="over", period=Y),
    F("có 32 khu công nghiệp", "32", 32, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động"),
    F("hơn 1.900 doanh nghiệp", "1.900", 1900, "count", "doanh nghiệp", "doanh nghiệp trong các khu công nghiệp", approx="over"),
    F("khoảng 1.300 doanh nghiệp", "1.300", 1300, "count", "doanh nghiệp", "doanh nghiệp có vốn đầu tư nước ngoài",
      approx="about", total=1900),
]

write("p307-3", ART, figs, [
    "Báo Đồng Nai (ĐN tag): cháy nhà xưởng trong KCN Nhơn Trạch 3, plus provincial fire statistics. Byline 'HẢI QUÂN 06:48, 15/03/2024' gives the date.",
    "Incident figures describe huyện Nhơn Trạch (named), so location Nhơn Trạch; their period is the day of the fire, stated in another sentence (inherited).",
    "'hàng chục tỷ đồng' in the headline is vague (optional). '3.200 m2 trên tổng diện tích 8.000 m2': total 8000 (an attribute, not a figure).",
    "'gần 4 giờ' is a measured duration (measure/giờ); '22 giờ 30 phút', '2 giờ sáng' are times of day. 'ước khoảng 45 tỷ' = about + estimate.",
    "Distractors: 'KCN Nhơn Trạch 3', 'đường số 2', 'ngày 14/3', 'từ năm 2019', 114. '1 người chết' in the as-of sentence gets the same period.",
], published="2024-03-15", location="Đồng Nai")
