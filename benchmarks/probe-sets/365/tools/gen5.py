from lib import F, P, I, C, T, emit

TEXT = """BÁO SÓC TRĂNG ĐIỆN TỬ
Kinh tế - Nông nghiệp

Liên kết chuỗi giá trị lúa thơm: nông dân Ngã Năm, Mỹ Xuyên yên tâm sản xuất
16/09/2024 07:30

STO - Vụ lúa Hè Thu năm 2024, Công ty TNHH Lương thực Phương Nam Xanh ký hợp đồng bao tiêu 4.200 ha lúa ST24, ST25 với 1.380 hộ thuộc 12 hợp tác xã tại thị xã Ngã Năm và huyện Mỹ Xuyên, tăng gấp 1,5 lần so với vụ Hè Thu năm 2023.

Theo hợp đồng, công ty cung ứng giống xác nhận, phân bón trả chậm đến cuối vụ không tính lãi và cam kết thu mua lúa tươi với giá sàn 8.500 đồng/kg; khi giá thị trường cao hơn giá sàn, công ty mua cao hơn giá thị trường 150 đồng/kg. Hiện nông dân đã thu hoạch 3.650 ha, năng suất bình quân 5,8 tấn/ha; với giá bán 8.700 - 9.000 đồng/kg, mỗi ha nông dân lãi từ 22 - 25 triệu đồng.

Ông Trần Văn Bảy, ngụ ấp Mỹ Hòa, xã Mỹ Quới (Ngã Năm), cho biết gia đình ông có 6 ha lúa ST25 tham gia liên kết từ năm 2021. "Bán lúa có giá cao hơn, lại không phải lo thương lái ép giá", ông Bảy nói.

Theo Sở Nông nghiệp và Phát triển nông thôn, 8 tháng năm 2024, toàn tỉnh có 64.500 ha lúa được liên kết tiêu thụ, chiếm 22,3% diện tích gieo trồng; trong đó diện tích lúa thơm, đặc sản chiếm khoảng 85%. Diện tích đạt chứng nhận hữu cơ của tỉnh hiện là 1.120 ha, tập trung tại huyện Mỹ Xuyên (gần 700 ha). Gạo ST25 đã xuất khẩu sang 15 quốc gia, vùng lãnh thổ, giá bình quân 1.050 USD/tấn, cao hơn gạo trắng thông thường khoảng 400 USD/tấn.

Năm 2025, tỉnh phấn đấu nâng diện tích lúa liên kết lên 80.000 ha, trong đó có ít nhất 2.000 ha đạt chứng nhận hữu cơ.

NGỌC HÂN
"""

M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("bao tiêu 4.200 ha", "4.200", 4200, "measure", "ha", "diện tích lúa ST24, ST25 ký hợp đồng bao tiêu",
      change=C("increase", 1.5, "lần", "vụ Hè Thu năm 2023")),
    F("với 1.380 hộ", "1.380", 1380, "count", "hộ", "hộ ký hợp đồng bao tiêu"),
    F("thuộc 12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã ký hợp đồng bao tiêu"),
    F("giá sàn 8.500 đồng/kg", "8.500", 8500, "money", "đồng/kg", "giá sàn thu mua lúa tươi"),
    F("thị trường 150 đồng/kg", "150", 150, "money", "đồng/kg", "mức mua cao hơn giá thị trường", optional=True),
    F("thu hoạch 3.650 ha", "3.650", 3650, "measure", "ha", "diện tích lúa liên kết đã thu hoạch"),
    F("bình quân 5,8 tấn/ha", "5,8", 5.8, "measure", "tấn/ha", "năng suất bình quân"),
    F("giá bán 8.700 - 9.000", "8.700", 8700, "money", "đồng/kg", "giá bán lúa", value_max=9000),
    F("lãi từ 22 - 25 triệu", "22", 22e6, "money", "đồng/ha", "lãi của nông dân mỗi ha", value_max=25e6),
    F("có 6 ha lúa", "6", 6, "measure", "ha", "diện tích lúa ST25 tham gia liên kết của gia đình ông Trần Văn Bảy", location="Ngã Năm"),
    F("có 64.500 ha", "64.500", 64500, "measure", "ha", "diện tích lúa được liên kết tiêu thụ", M8, percent=22.3),
    F("chiếm khoảng 85%", "85", 85, "percent", "%", "diện tích lúa thơm, đặc sản", M8, approx="about"),
    F("là 1.120 ha", "1.120", 1120, "measure", "ha", "diện tích đạt chứng nhận hữu cơ"),
    F("(gần 700 ha)", "700", 700, "measure", "ha", "diện tích đạt chứng nhận hữu cơ", approx="nearly", location="Mỹ Xuyên"),
    F("sang 15 quốc gia", "15", 15, "count", "quốc gia, vùng lãnh thổ", "quốc gia, vùng lãnh thổ nhập khẩu gạo ST25"),
    F("bình quân 1.050 USD/tấn", "1.050", 1050, "money", "USD/tấn", "giá xuất khẩu gạo ST25 bình quân",
      change=C("increase", 400, "USD/tấn", "gạo trắng thông thường", "about")),
    F("lên 80.000 ha", "80.000", 80000, "measure", "ha", "diện tích lúa liên kết", Y25, status="target"),
    F("ít nhất 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích đạt chứng nhận hữu cơ", Y25, approx="at_least",
      total=80000, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Sóc Trăng, 'STO -' tag): company contract for ST24/ST25 rice in Ngã Năm and Mỹ Xuyên, Hè Thu 2024; bare",
    "'16/09/2024 07:30' dateline, byline at the end. Location Sóc Trăng by default ('STO' and the named districts imply the province).",
    "Distractors: 'ST24, ST25', 'Gạo ST25' (variety/brand names), 'ấp Mỹ Hòa', person 'Trần Văn Bảy', 'từ năm 2021' (start of a farmer's",
    "participation), seasons 'vụ Hè Thu năm 2024/2023' (a season: no period; figures located only by it carry none).",
    "The company's 4.200 ha spans two districts → province. 'tăng gấp 1,5 lần so với vụ Hè Thu năm 2023' is its change (unit lần).",
    "The conditional premium 'cao hơn giá thị trường 150 đồng/kg' (a contract clause, not a fact) is optional.",
    "'mỗi ha … lãi từ 22 - 25 triệu đồng' → range, unit đồng/ha (the text names the hectare). '6 ha' of one farmer in Ngã Năm → location Ngã Năm.",
    "64.500 ha 'chiếm 22,3%' → share; the percent after '; trong đó' names its own subject → percent figure (no total).",
    "'tập trung tại huyện Mỹ Xuyên (gần 700 ha)': its own figure (location Mỹ Xuyên), not a breakdown adding up → no total.",
    "1.050 USD/tấn with change 'cao hơn … khoảng 400 USD/tấn' (baseline gạo trắng thông thường). Targets for năm 2025, 'ít nhất 2.000 ha'",
    "after 'trong đó' takes total 80.000.",
]

emit("p365-5", TEXT, COMMENTS, FIGS, published="2024-09-16", location="Sóc Trăng")
