"""p928-1: Phú Yên province portal, hàu production H1/2024 (headline figure, trong đó parts, targets)."""
from lib import F, P, I, C, write

TEXT = """Cổng Thông tin điện tử tỉnh Phú Yên
Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Phú Yên: Sản lượng hàu nuôi 6 tháng đạt hơn 3.100 tấn

Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, sản lượng hàu nuôi toàn tỉnh ước đạt 3.150 tấn, tăng 8,6% so với cùng kỳ năm 2023, đạt 52,5% kế hoạch năm. Trong đó, thị xã Sông Cầu đạt 2.460 tấn, huyện Tuy An đạt 510 tấn, huyện Đông Hòa đạt 180 tấn.

Diện tích nuôi hàu toàn tỉnh hiện khoảng 285 ha với gần 14.600 bè, tập trung ở vịnh Xuân Đài, đầm Cù Mông và đầm Ô Loan. Hàu được nuôi bằng dây treo trên bè, mỗi bè thả từ 60 đến 80 dây, mỗi dây dài 2,5-3 m; sau 8-10 tháng nuôi, mỗi dây cho thu hoạch 18-22 kg hàu thương phẩm.

Giá hàu thương phẩm tại bè hiện dao động 16.000-20.000 đồng/kg, thấp hơn khoảng 15% so với cùng kỳ. Với bè nuôi 70 dây, sau một vụ người nuôi lãi từ 8 đến 12 triệu đồng. Sở đã hướng dẫn 37 cơ sở nuôi đăng ký cấp mã số vùng nuôi, hỗ trợ 4 hợp tác xã xây dựng nhãn hiệu tập thể "Hàu Sông Cầu".

Thực hiện Quyết định số 1234/QĐ-UBND ngày 15/8/2022 của UBND tỉnh về quy hoạch vùng nuôi nhuyễn thể, năm 2024 tỉnh phấn đấu sản lượng hàu nuôi đạt 6.000 tấn; đến năm 2030 đạt 8.500 tấn, diện tích nuôi ổn định ở mức 350 ha, trong đó 60% diện tích áp dụng quy trình VietGAP.

Dọc Quốc lộ 1A qua thị xã Sông Cầu hiện có hơn 40 điểm bán hàu tươi, mỗi ngày tiêu thụ khoảng 15 tấn.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("đạt hơn 3.100 tấn", "3.100", 3100, "measure", "tấn", "sản lượng hàu nuôi", approx="over",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("ước đạt 3.150 tấn", "3.150", 3150, "measure", "tấn", "sản lượng hàu nuôi toàn tỉnh", percent=52.5,
      change=C("increase", 8.6, "%", "cùng kỳ năm 2023"), status="estimate", period=H1),
    F("Sông Cầu đạt 2.460 tấn", "2.460", 2460, "measure", "tấn", "sản lượng hàu nuôi", total=3150,
      status="estimate", period=I(H1), location="Sông Cầu"),
    F("Tuy An đạt 510 tấn", "510", 510, "measure", "tấn", "sản lượng hàu nuôi", total=3150,
      status="estimate", period=I(H1), location="Tuy An"),
    F("Đông Hòa đạt 180 tấn", "180", 180, "measure", "tấn", "sản lượng hàu nuôi", total=3150,
      status="estimate", period=I(H1), location="Đông Hòa"),
    F("khoảng 285 ha", "285", 285, "measure", "ha", "diện tích nuôi hàu toàn tỉnh", approx="about"),
    F("gần 14.600 bè", "14.600", 14600, "count", "bè", "bè nuôi hàu", approx="nearly"),
    F("từ 60 đến 80 dây", "60", 60, "measure", "dây/bè", "dây thả mỗi bè", value_max=80),
    F("dài 2,5-3 m", "2,5", 2.5, "measure", "m", "chiều dài mỗi dây", value_max=3, optional=True),
    F("sau 8-10 tháng nuôi", "8", 8, "measure", "tháng", "thời gian nuôi", value_max=10, optional=True),
    F("18-22 kg", "18", 18, "measure", "kg/dây", "hàu thương phẩm thu hoạch mỗi dây", value_max=22),
    F("16.000-20.000 đồng/kg", "16.000", 16000, "money", "đồng/kg", "giá hàu thương phẩm tại bè",
      value_max=20000, change=C("decrease", 15, "%", "cùng kỳ", approx="about")),
    F("bè nuôi 70 dây", "70", 70, "count", "dây", "dây của bè nuôi", optional=True),
    F("từ 8 đến 12 triệu đồng", "8", 8e6, "money", "đồng/bè", "lãi của người nuôi mỗi bè sau một vụ",
      value_max=12e6),
    F("37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở nuôi được hướng dẫn đăng ký cấp mã số vùng nuôi"),
    F("4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã được hỗ trợ xây dựng nhãn hiệu tập thể"),
    F("đạt 6.000 tấn", "6.000", 6000, "measure", "tấn", "sản lượng hàu nuôi", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 8.500 tấn", "8.500", 8500, "measure", "tấn", "sản lượng hàu nuôi", status="target", period=Y30),
    F("mức 350 ha", "350", 350, "measure", "ha", "diện tích nuôi hàu", status="target", period=Y30),
    F("60% diện tích", "60", 60, "percent", "%", "diện tích áp dụng quy trình VietGAP", status="target",
      period=Y30),
    F("hơn 40 điểm bán", "40", 40, "count", "điểm bán", "điểm bán hàu tươi dọc Quốc lộ 1A", approx="over",
      location="Sông Cầu"),
    F("khoảng 15 tấn", "15", 15, "measure", "tấn/ngày", "hàu tươi tiêu thụ mỗi ngày", approx="about",
      location="Sông Cầu"),
]

NOTES = [
    "Cổng TTĐT Phú Yên: sản lượng hàu nuôi 6 tháng đầu năm 2024 (headline figure, trong đó by district), raft method, price, targets.",
    "Headline '6 tháng' has no year: nothing dated stands before it, so it takes 2024 from the dateline 12/07/2024.",
    "District parts after 'Trong đó' add up to 3.150 (total) and continue the 'ước đạt' clause (estimate, as in h14).",
    "'hiện' sentences get no period. Per-unit amounts keep the denominator (dây/bè, kg/dây, đồng/bè, tấn/ngày).",
    "Optional: rope length 2,5-3 m, culture time 8-10 tháng, the example raft's 70 dây (specifications).",
    "Distractors: Lượt xem 2.317, Quyết định số 1234/QĐ-UBND ngày 15/8/2022, Quốc lộ 1A, 09:45.",
]

write(1, TEXT, FIGS, NOTES, published="2024-07-12", location="Phú Yên")
