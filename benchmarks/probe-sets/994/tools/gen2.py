"""p994-2: thị xã Kinh Môn (Hải Dương) portal, hành tăm vụ đông 2023-2024."""
from lib import F, P, Y, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ KINH MÔN
Trang chủ > Tin tức > Kinh tế - Nông nghiệp
Thứ Hai, 26/02/2024 - 15:10

Kinh Môn thu hoạch hành tăm vụ đông

Những ngày này, trên các cánh đồng ven Quốc lộ 17B thuộc phường Hiệp Sơn, xã Lạc Long, xã Thăng Long, nông dân đang tập trung thu hoạch hành tăm vụ đông 2023 - 2024. Toàn thị xã gieo trồng 1.450 ha hành, tỏi, trong đó hành tăm 980 ha, giảm 4% so với vụ trước do giá giống tăng cao.

Năng suất hành tăm ước đạt 14,5 tấn/ha, sản lượng khoảng 14.200 tấn. Hành tăm tươi được thương lái thu mua tại ruộng với giá 18.000 - 22.000 đồng/kg; hành khô đã tết túm có giá 35.000 đồng/kg, cao gấp 2 lần so với cùng kỳ năm 2023.

Theo tính toán, mỗi sào (360 m2) hành tăm cho thu nhập từ 8 đến 10 triệu đồng, trừ chi phí lãi khoảng 5 triệu đồng. Gia đình ông Nguyễn Văn Ba ở khu dân cư Tử Lạc, phường Minh Tân trồng 3 sào hành tăm, vụ này thu về gần 30 triệu đồng.

Để giữ giá, thị xã hướng dẫn bà con phơi khô, bảo quản hành trên giàn gác thoáng mát; hiện có 2 hợp tác xã đầu tư kho lạnh với tổng sức chứa 150 tấn, tiêu thụ khoảng 20% sản lượng hành tăm của thị xã.

Theo kế hoạch, vụ đông năm 2024 thị xã phấn đấu trồng 1.000 ha hành tăm, trong đó 100 ha sản xuất theo tiêu chuẩn VietGAP; đồng thời xây dựng 1 chuỗi liên kết tiêu thụ với doanh nghiệp tại Khu công nghiệp Phú Thứ.

Thanh Hương - Trung tâm Văn hóa, Thông tin và Thể thao thị xã
"""

Y24 = Y(2024, "vụ đông năm 2024")

FIGS = [
    F("gieo trồng 1.450 ha", "1.450", 1450, "measure", "ha", "diện tích gieo trồng hành, tỏi"),
    F("hành tăm 980 ha", "980", 980, "measure", "ha", "diện tích hành tăm", total=1450,
      change=C("decrease", 4, "%", "vụ trước")),
    F("ước đạt 14,5 tấn/ha", "14,5", 14.5, "measure", "tấn/ha", "năng suất hành tăm", status="estimate"),
    F("khoảng 14.200 tấn", "14.200", 14200, "measure", "tấn", "sản lượng hành tăm", approx="about", status="estimate"),
    F("giá 18.000 - 22.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá hành tăm tươi thương lái thu mua tại ruộng",
      value_max=22000),
    F("giá 35.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá hành khô đã tết túm",
      change=C("increase", 2, "lần", "cùng kỳ năm 2023")),
    F("(360 m2)", "360", 360, "measure", "m2", "diện tích một sào", optional=True),
    F("từ 8 đến 10 triệu đồng", "8", 8e6, "money", "đồng/sào", "thu nhập mỗi sào hành tăm", value_max=10e6),
    F("khoảng 5 triệu đồng", "5", 5e6, "money", "đồng/sào", "lãi mỗi sào hành tăm trừ chi phí", approx="about"),
    F("trồng 3 sào", "3", 3, "measure", "sào", "diện tích hành tăm gia đình ông Nguyễn Văn Ba trồng"),
    F("gần 30 triệu đồng", "30", 30e6, "money", "đồng", "thu nhập từ hành tăm của gia đình ông Ba vụ này", approx="nearly"),
    F("có 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã đầu tư kho lạnh"),
    F("sức chứa 150 tấn", "150", 150, "measure", "tấn", "tổng sức chứa kho lạnh"),
    F("khoảng 20% sản lượng", "20", 20, "percent", "%", "sản lượng hành tăm của thị xã được hợp tác xã tiêu thụ", approx="about"),
    F("trồng 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích hành tăm", Y24, status="target"),
    F("trong đó 100 ha", "100", 100, "measure", "ha", "diện tích sản xuất theo tiêu chuẩn VietGAP", Y24,
      total=1000, status="target"),
    F("xây dựng 1 chuỗi", "1", 1, "count", "chuỗi liên kết", "chuỗi liên kết tiêu thụ với doanh nghiệp", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT thị xã Kinh Môn (Hải Dương): thu hoạch hành tăm vụ đông 2023-2024 — area, yield, prices, income per sào, storage, 2024 plan.",
    "Distractors: 'Thứ Hai, 26/02/2024 - 15:10', 'Quốc lộ 17B', 'vụ đông 2023 - 2024' (a season), 'ông Nguyễn Văn Ba' (a name).",
    "A season ('vụ đông 2023 - 2024', 'vụ trước') is not a calendar period: those figures carry none; 'vụ đông năm 2024' names the year 2024.",
    "'(360 m2)' defines the local sào (optional). 'mỗi sào … từ 8 đến 10 triệu đồng' is per sào (unit đồng/sào).",
    "'cao gấp 2 lần so với cùng kỳ năm 2023' is the change of 35.000 đồng/kg (unit lần). 20% after 'tiêu thụ' is its own percent figure.",
    "Targets: 'Theo kế hoạch … phấn đấu' governs the clause after ';' ('đồng thời xây dựng 1 chuỗi').",
]

write("p994-2", TEXT, FIGS, COMMENTS, published="2024-02-26", location="Kinh Môn")
