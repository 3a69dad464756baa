from lib import *

TEXT = """BÁO BẮC KẠN ĐIỆN TỬ
Kinh tế > Nông nghiệp
NÔNG THANH 07:15, 16/10/2024

Doanh nghiệp rót hơn 40 tỷ đồng phát triển vùng nguyên liệu thuốc lá

(BKĐT) - 9 tháng năm 2024, diện tích thuốc lá trên địa bàn tỉnh đạt 1.082 ha, vượt 8,2% kế hoạch, trong đó Na Rì 386 ha, Bạch Thông 274 ha, Chợ Mới 219 ha, Ngân Sơn 203 ha. Sản lượng lá khô ước đạt 2.490 tấn, năng suất bình quân 23 tạ/ha. Riêng quý III, các doanh nghiệp thu mua được 1.640 tấn, chiếm 65,9% sản lượng cả năm.

Tính đến ngày 30/9/2024, Công ty Cổ phần Ngân Sơn và Công ty TNHH MTV Thuốc lá Thăng Long đã đầu tư cho vùng nguyên liệu 40,6 tỷ đồng, tăng 15,4% so với cùng kỳ; trong đó 28,3 tỷ đồng ứng trước vật tư, 12,3 tỷ đồng hỗ trợ xây lò sấy và làm đường nội đồng. Vùng trồng chủ yếu nằm dọc Quốc lộ 3 và Quốc lộ 279.

Hiện toàn tỉnh có 2.950 hộ trồng thuốc lá, thu nhập bình quân từ cây thuốc lá khoảng 38 triệu đồng/hộ/năm. Trồng thuốc lá sử dụng nhiều lao động, khoảng 1.100 công/ha mỗi vụ. Giá thu mua lá khô bình quân 54.800 đồng/kg, có thời điểm lên tới 60.000 đồng/kg.

Hiện tỷ lệ diện tích sấy bằng lò tiết kiệm nhiên liệu mới đạt 40%. Năm 2025, tỉnh phấn đấu phát triển 1.200 ha thuốc lá, nâng tỷ lệ này lên 70%, giảm ít nhất 20% lượng củi sử dụng so với hiện nay.

Ý kiến bạn đọc (0)
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Y25 = Y("Năm 2025", 2025)
FIGS = [
    F("rót hơn 40 tỷ đồng", "40", 40e9, "money", "đồng", "vốn doanh nghiệp đầu tư phát triển vùng nguyên liệu thuốc lá",
      I(ASOF), approx="over"),
    F("đạt 1.082 ha", "1.082", 1082, "measure", "ha", "diện tích thuốc lá", M9,
      change=CH("increase", 8.2, "%", "kế hoạch")),
    F("Na Rì 386 ha", "386", 386, "measure", "ha", "diện tích thuốc lá", M9, total=1082, location="Na Rì"),
    F("Bạch Thông 274 ha", "274", 274, "measure", "ha", "diện tích thuốc lá", M9, total=1082, location="Bạch Thông"),
    F("Chợ Mới 219 ha", "219", 219, "measure", "ha", "diện tích thuốc lá", M9, total=1082, location="Chợ Mới"),
    F("Ngân Sơn 203 ha", "203", 203, "measure", "ha", "diện tích thuốc lá", M9, total=1082, location="Ngân Sơn"),
    F("ước đạt 2.490 tấn", "2.490", 2490, "measure", "tấn", "sản lượng lá khô", I(M9), status="estimate"),
    F("bình quân 23 tạ/ha", "23", 23, "measure", "tạ/ha", "năng suất bình quân", I(M9), status="estimate"),
    F("được 1.640 tấn", "1.640", 1640, "measure", "tấn", "thuốc lá các doanh nghiệp thu mua", Q3, percent=65.9),
    F("vùng nguyên liệu 40,6 tỷ đồng", "40,6", 40.6e9, "money", "đồng", "vốn đầu tư cho vùng nguyên liệu", ASOF,
      change=CH("increase", 15.4, "%", "cùng kỳ")),
    F("trong đó 28,3 tỷ đồng", "28,3", 28.3e9, "money", "đồng", "vốn ứng trước vật tư", ASOF, total=40.6e9),
    F("12,3 tỷ đồng", "12,3", 12.3e9, "money", "đồng", "vốn hỗ trợ xây lò sấy và làm đường nội đồng", ASOF, total=40.6e9),
    F("có 2.950 hộ", "2.950", 2950, "count", "hộ", "hộ trồng thuốc lá"),
    F("khoảng 38 triệu đồng/hộ/năm", "38", 38e6, "money", "đồng/hộ/năm", "thu nhập bình quân từ cây thuốc lá",
      approx="about"),
    F("khoảng 1.100 công/ha", "1.100", 1100, "measure", "công/ha", "lao động trồng thuốc lá mỗi vụ", approx="about"),
    F("bình quân 54.800 đồng/kg", "54.800", 54800, "money", "đồng/kg", "giá thu mua lá khô bình quân"),
    F("lên tới 60.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá thu mua lá khô cao nhất"),
    F("mới đạt 40%", "40", 40, "percent", "%", "tỷ lệ diện tích sấy bằng lò tiết kiệm nhiên liệu"),
    F("phát triển 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích thuốc lá", Y25, status="target"),
    F("lên 70%", "70", 70, "percent", "%", "tỷ lệ diện tích sấy bằng lò tiết kiệm nhiên liệu", Y25, status="target"),
    F("ít nhất 20%", "20", 20, "percent", "%", "mức giảm lượng củi sử dụng", Y25, approx="at_least", status="target"),
]

emit("p741-8", TEXT, [
    "Provincial newspaper (Báo Bắc Kạn, tag BKĐT, byline + time + date at the top): 9-month tobacco area, districts, output,",
    "Q3 purchases, company investment to 30/9/2024 with its 'trong đó' split, income, labour, prices, 2025 targets.",
    "'vượt 8,2% kế hoạch' is a change with baseline 'kế hoạch' (spec: a gap to a plan). District items after 'trong đó': total 1.082 ha.",
    "'ước đạt' continues into 'năng suất bình quân 23 tạ/ha' (same sentence, continuing clause). 'quý III' takes 2024.",
    "Headline 'hơn 40 tỷ đồng' rounds the 40,6 tỷ: its own figure, period inherited. Distractors: Quốc lộ 3, Quốc lộ 279, 'Ý kiến bạn đọc (0)'.",
], FIGS, published="2024-10-16", location="Bắc Kạn")
