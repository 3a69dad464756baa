import sys
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng Thông tin điện tử tỉnh Khánh Hòa
Trang chủ > Tin tức - Sự kiện > Kinh tế
Khánh Hòa: 9 tháng, sản lượng nuôi biển đạt hơn 4.200 tấn
Cập nhật: 08/10/2024 15:20
Lượt xem: 1.873

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng năm 2024, tổng sản lượng nuôi trồng thủy sản trên biển của tỉnh ước đạt 4.215 tấn, tăng 6,8% so với cùng kỳ, đạt 78,1% kế hoạch năm. Trong đó, tôm hùm ước đạt 1.640 tấn, cá biển (cá mú, cá chim, cá bớp) 2.095 tấn, còn lại là nhuyễn thể.

Tính đến ngày 30/9/2024, toàn tỉnh có 78.650 ô lồng nuôi biển, tập trung tại Cam Ranh (35.420 ô lồng), Vạn Ninh (24.900 ô lồng), Nha Trang (9.830 ô lồng) và Cam Lâm (8.500 ô lồng). Diện tích mặt nước nuôi biển khoảng 1.150 ha, trong đó 312 ha đã được giao khu vực biển cho 146 tổ chức, cá nhân theo Nghị định số 11/2021/NĐ-CP.

Giá tôm hùm bông thương phẩm dao động từ 1,15 đến 1,3 triệu đồng/kg, tôm hùm xanh 650.000 - 720.000 đồng/kg; cá mú khoảng 280.000 đồng/kg, giảm 15% so với đầu năm.

Do ảnh hưởng của mưa lũ trong tháng 9, trên 2.300 ô lồng bị thiệt hại, khoảng 96 tấn tôm hùm, cá biển bị chết; thiệt hại ước tính 57,4 tỷ đồng. Bệnh sữa trên tôm hùm xuất hiện tại 7 xã, phường với 415 ô lồng mắc bệnh, tỷ lệ hao hụt từ 20 đến 35%.

Phấn đấu đến năm 2025, sản lượng nuôi biển của tỉnh đạt 6.000 tấn; 100% cơ sở nuôi được giao khu vực biển theo quy định.

Mọi thông tin xin liên hệ Chi cục Thủy sản, số 4 Phan Chu Trinh, TP. Nha Trang; điện thoại 0258.3822.514.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
T9 = P("trong tháng 9", "2024-09-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt hơn 4.200 tấn", "4.200", 4200, "measure", "tấn", "sản lượng nuôi biển",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("ước đạt 4.215 tấn", "4.215", 4215, "measure", "tấn", "tổng sản lượng nuôi trồng thủy sản trên biển", N9,
      percent=78.1, change=CH("increase", 6.8, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 1.640 tấn", "1.640", 1640, "measure", "tấn", "sản lượng tôm hùm", I(N9), total=4215, status="estimate"),
    F("bớp) 2.095 tấn", "2.095", 2095, "measure", "tấn", "sản lượng cá biển (cá mú, cá chim, cá bớp)", I(N9),
      total=4215, status="estimate"),
    F("có 78.650 ô lồng", "78.650", 78650, "count", "ô lồng", "ô lồng nuôi biển", ASOF),
    F("(35.420 ô lồng)", "35.420", 35420, "count", "ô lồng", "ô lồng nuôi biển", ASOF, total=78650, location="Cam Ranh"),
    F("(24.900 ô lồng)", "24.900", 24900, "count", "ô lồng", "ô lồng nuôi biển", ASOF, total=78650, location="Vạn Ninh"),
    F("(9.830 ô lồng)", "9.830", 9830, "count", "ô lồng", "ô lồng nuôi biển", ASOF, total=78650, location="Nha Trang"),
    F("(8.500 ô lồng)", "8.500", 8500, "count", "ô lồng", "ô lồng nuôi biển", ASOF, total=78650, location="Cam Lâm"),
    F("khoảng 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích mặt nước nuôi biển", I(ASOF), approx="about"),
    F("trong đó 312 ha", "312", 312, "measure", "ha", "diện tích mặt nước nuôi biển đã được giao khu vực biển", I(ASOF),
      total=1150),
    F("cho 146 tổ chức", "146", 146, "count", "tổ chức, cá nhân", "tổ chức, cá nhân được giao khu vực biển", I(ASOF)),
    F("từ 1,15 đến 1,3 triệu", "1,15", 1150000, "money", "đồng/kg", "giá tôm hùm bông thương phẩm", value_max=1300000),
    F("650.000 - 720.000", "650.000", 650000, "money", "đồng/kg", "giá tôm hùm xanh", value_max=720000),
    F("khoảng 280.000 đồng/kg", "280.000", 280000, "money", "đồng/kg", "giá cá mú", approx="about",
      change=CH("decrease", 15, baseline="đầu năm")),
    F("trên 2.300 ô lồng", "2.300", 2300, "count", "ô lồng", "ô lồng bị thiệt hại do mưa lũ", T9, approx="over"),
    F("khoảng 96 tấn", "96", 96, "measure", "tấn", "tôm hùm, cá biển bị chết", T9, approx="about"),
    F("ước tính 57,4 tỷ", "57,4", 57400000000, "money", "đồng", "thiệt hại do mưa lũ", T9, status="estimate"),
    F("tại 7 xã", "7", 7, "count", "xã, phường", "xã, phường xuất hiện bệnh sữa trên tôm hùm"),
    F("với 415 ô lồng", "415", 415, "count", "ô lồng", "ô lồng tôm hùm mắc bệnh sữa"),
    F("từ 20 đến 35%", "20", 20, "percent", "%", "tỷ lệ hao hụt do bệnh sữa", value_max=35),
    F("đạt 6.000 tấn", "6.000", 6000, "measure", "tấn", "sản lượng nuôi biển", T25, status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở nuôi được giao khu vực biển", T25, status="target"),
]

COMMENTS = [
    "Khánh Hòa provincial portal: marine farming output 9 months 2024, cages by district, sea areas, prices, flood and disease losses, 2025 target.",
    "Headline '9 tháng' takes the year 2024 from the dateline. District items in brackets add up to 78.650 -> total.",
    "Distractors: Lượt xem counter, 11/2021/NĐ-CP, dates 30/9/2024, address 'số 4 Phan Chu Trinh', phone number.",
]

if __name__ == "__main__":
    sys.exit(1 if emit("p619-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Khánh Hòa") else 0)
