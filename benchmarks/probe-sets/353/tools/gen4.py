from lib import F, P, build

text = """Long An: Quý I/2024, các cụm công nghiệp thu hút 14 dự án mới
Ngày đăng: 22/04/2024 | Tác giả: Bảo Ngọc

BLA - Theo Ban Quản lý các khu kinh tế tỉnh Long An, quý I/2024, các cụm công nghiệp (CCN) trên địa bàn tỉnh thu hút 14 dự án mới, tăng 40% so với cùng kỳ năm 2023, gồm 9 dự án trong nước với vốn đăng ký 1.126 tỷ đồng và 5 dự án FDI với vốn đăng ký 73,8 triệu USD, gấp 2,3 lần cùng kỳ.

Trong số các dự án FDI, nhà đầu tư Trung Quốc dẫn đầu với 3 dự án, vốn 51,2 triệu USD (chiếm 69,4% tổng vốn FDI vào CCN); Hàn Quốc có 2 dự án, vốn 22,6 triệu USD.

Hiện toàn tỉnh có 64 CCN được quy hoạch với tổng diện tích 3.684 ha, trong đó 41 CCN đã có chủ đầu tư hạ tầng. Tỷ lệ lấp đầy các CCN đang hoạt động đạt 76,5%; riêng các cụm tại huyện Đức Hòa đạt từ 85% đến 95%.

Tuy vậy, nhiều CCN vẫn chưa hoàn thiện hạ tầng thu gom, xử lý nước thải. Để tháo gỡ, năm 2024 tỉnh bố trí 215 tỷ đồng hỗ trợ đầu tư hệ thống xử lý nước thải cho 8 CCN. Chỉ tiêu năm 2024 đặt ra là thu hút khoảng 50 dự án vào các CCN, với tổng vốn trên 6.000 tỷ đồng.

Ông Trần Văn Phúc, Trưởng Ban Quản lý các khu kinh tế tỉnh cho biết, ban đang phối hợp với các chủ đầu tư rà soát, đẩy nhanh giải phóng mặt bằng theo Quyết định số 3120/QĐ-UBND. Nhà đầu tư quan tâm có thể liên hệ: Ban Quản lý các khu kinh tế tỉnh, số 8 Võ Văn Tần, phường 2, TP Tân An; ĐT: 0272.3829.606.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1_I = P("quý I/2024", "2024-01-01", "2024-03-31", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24C = P("Chỉ tiêu năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("thu hút 14 dự án mới\n", "14", 14, "count", "dự án", "dự án mới các cụm công nghiệp thu hút", period=Q1),
    F("thu hút 14 dự án mới,", "14", 14, "count", "dự án", "dự án mới các cụm công nghiệp thu hút",
      change={"direction": "increase", "value": 40, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=Q1),
    F("gồm 9 dự án", "9", 9, "count", "dự án", "dự án trong nước", total=14, period=Q1),
    F("đăng ký 1.126 tỷ đồng", "1.126", 1126e9, "money", "đồng", "vốn đăng ký dự án trong nước", period=Q1),
    F("và 5 dự án FDI", "5", 5, "count", "dự án", "dự án FDI", total=14, period=Q1),
    F("đăng ký 73,8 triệu USD", "73,8", 73.8e6, "money", "USD", "vốn đăng ký dự án FDI",
      change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "cùng kỳ"}, period=Q1),
    F("với 3 dự án", "3", 3, "count", "dự án", "dự án FDI của nhà đầu tư Trung Quốc", total=5, period=Q1_I),
    F("vốn 51,2 triệu USD", "51,2", 51.2e6, "money", "USD", "vốn FDI của nhà đầu tư Trung Quốc",
      total=73.8e6, percent=69.4, period=Q1_I),
    F("có 2 dự án", "2", 2, "count", "dự án", "dự án FDI của nhà đầu tư Hàn Quốc", total=5, period=Q1_I),
    F("vốn 22,6 triệu USD", "22,6", 22.6e6, "money", "USD", "vốn FDI của nhà đầu tư Hàn Quốc",
      total=73.8e6, period=Q1_I),
    F("có 64 CCN", "64", 64, "count", "CCN", "CCN được quy hoạch"),
    F("diện tích 3.684 ha", "3.684", 3684, "measure", "ha", "tổng diện tích CCN được quy hoạch"),
    F("đó 41 CCN", "41", 41, "count", "CCN", "CCN đã có chủ đầu tư hạ tầng", total=64),
    F("đạt 76,5%", "76,5", 76.5, "percent", "%", "tỷ lệ lấp đầy các CCN đang hoạt động"),
    F("từ 85% đến 95%", "85", 85, "percent", "%", "tỷ lệ lấp đầy các cụm", value_max=95, location="Đức Hòa"),
    F("bố trí 215 tỷ đồng", "215", 215e9, "money", "đồng", "vốn hỗ trợ đầu tư hệ thống xử lý nước thải",
      period=Y24),
    F("cho 8 CCN", "8", 8, "count", "CCN", "CCN được hỗ trợ đầu tư hệ thống xử lý nước thải", period=Y24),
    F("khoảng 50 dự án", "50", 50, "count", "dự án", "dự án thu hút vào các CCN", approx="about",
      status="target", period=Y24C),
    F("trên 6.000 tỷ đồng", "6.000", 6000e9, "money", "đồng", "tổng vốn dự án thu hút vào các CCN",
      approx="over", status="target", period=Y24C),
]

build(4, text, [
    "Báo Long An (Party newspaper, tag 'BLA', 'Ngày đăng: 22/04/2024 | Tác giả: …'): clusters in Q1/2024 — new projects by origin,",
    "FDI by investor country, planned clusters, occupancy, wastewater support, 2024 targets.",
    "The headline repeats '14 dự án' (a figure of its own; anchor ends at the line break). Distractors: 'Quyết định số 3120/QĐ-UBND',",
    "'số 8 Võ Văn Tần, phường 2', phone 0272.3829.606, official's name, 'cùng kỳ năm 2023'.",
    "'gồm 9 dự án ... và 5 dự án FDI': total 14. 'gấp 2,3 lần cùng kỳ' is the change of 73,8 triệu USD (unit lần).",
    "'Trong số các dự án FDI' after a sentence break: counts take total 5, capital takes total 73,8 triệu USD (51,2 + 22,6).",
    "Investor countries are not places (location stays Long An). 'Hiện toàn tỉnh có' without a period phrase: no period.",
    "'huyện Đức Hòa đạt từ 85% đến 95%': range, location Đức Hòa. 215 tỷ 'bố trí' is an allocation (actual); 'Chỉ tiêu' -> target.",
], figs, published="2024-04-22", location="Long An")
