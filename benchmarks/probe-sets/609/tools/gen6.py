"""p609-6: national press (VnExpress style) — Hà Tĩnh industry 9 tháng 2024: steel, electricity, IIP, inventory, labour, targets."""
from lib import F, P, CH, TG, emit, inh

TEXT = """Kinh doanh › Vĩ mô
Thứ tư, 9/10/2024, 06:00 (GMT+7)

Thép và điện kéo công nghiệp Hà Tĩnh tăng gần 18%

Sản lượng thép, phôi thép và điện tăng mạnh giúp chỉ số sản xuất công nghiệp 9 tháng của Hà Tĩnh tăng 17,8%, cao thứ 3 cả nước.

Theo Cục Thống kê Hà Tĩnh, 9 tháng năm 2024, sản lượng thép thành phẩm của Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh đạt gần 4,9 triệu tấn, tăng 21% so với cùng kỳ; phôi thép đạt 1,35 triệu tấn. Điện sản xuất của Nhà máy nhiệt điện Vũng Áng 1 ước đạt 4.360 triệu kWh, tăng 9,5%. Điện thương phẩm toàn tỉnh đạt 1.285 triệu kWh, tăng 7,6%.

Riêng tháng 9, IIP giảm 4,2% so với tháng trước do ảnh hưởng của bão số 3 (Yagi), một số dây chuyền phải dừng 5-7 ngày.

Chỉ số tồn kho ngành chế biến, chế tạo của tỉnh tại thời điểm 30/9 tăng 15,4% so với cùng thời điểm năm trước, chủ yếu là thép cuộn cán nóng. Lao động trong các doanh nghiệp công nghiệp tăng 2,8%, trong đó Formosa Hà Tĩnh sử dụng khoảng 8.600 lao động, gồm gần 1.000 chuyên gia nước ngoài.

Tỉnh đặt mục tiêu năm 2024 IIP tăng 16-17%, giá trị sản xuất công nghiệp đạt 135.000 tỷ đồng. Đến hết tháng 9, giá trị sản xuất công nghiệp ước đạt 98.620 tỷ đồng, bằng 73% kế hoạch. Ông Nguyễn Văn Bình, Phó cục trưởng Cục Thống kê tỉnh, cho rằng với việc lò cao số 2 hoạt động ổn định, mục tiêu cả năm "nằm trong tầm tay".

Đức Hùng
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tăng gần 18%", "18", 18, "percent", "%", "công nghiệp", approx="nearly"),
    F("tăng 17,8%", "17,8", 17.8, "percent", "%", "chỉ số sản xuất công nghiệp",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("cao thứ 3 cả nước", "3", 3, "rank", "hạng", "chỉ số sản xuất công nghiệp",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("đạt gần 4,9 triệu tấn", "4,9", 4900000, "measure", "tấn",
      "sản lượng thép thành phẩm của Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh", N9,
      approx="nearly", change=CH("increase", 21, baseline="cùng kỳ")),
    F("đạt 1,35 triệu tấn", "1,35", 1350000, "measure", "tấn", "phôi thép", N9),
    F("ước đạt 4.360 triệu kWh", "4.360", 4360000000, "measure", "kWh",
      "điện sản xuất của Nhà máy nhiệt điện Vũng Áng 1", inh(N9), change=CH("increase", 9.5), status="estimate"),
    F("đạt 1.285 triệu kWh", "1.285", 1285000000, "measure", "kWh", "điện thương phẩm toàn tỉnh", inh(N9),
      change=CH("increase", 7.6)),
    F("giảm 4,2%", "4,2", 4.2, "percent", "%", "IIP",
      P("tháng 9", "2024-09-01", "2024-09-30")),
    F("dừng 5-7 ngày", "5", 5, "measure", "ngày", "thời gian một số dây chuyền phải dừng", value_max=7),
    F("tăng 15,4%", "15,4", 15.4, "percent", "%", "chỉ số tồn kho ngành chế biến, chế tạo",
      P("tại thời điểm 30/9", None, "2024-09-30")),
    F("tăng 2,8%", "2,8", 2.8, "percent", "%", "lao động trong các doanh nghiệp công nghiệp"),
    F("khoảng 8.600 lao động", "8.600", 8600, "count", "lao động", "lao động Formosa Hà Tĩnh sử dụng",
      approx="about"),
    F("gần 1.000 chuyên gia", "1.000", 1000, "count", "chuyên gia", "chuyên gia nước ngoài",
      approx="nearly", total=8600),
    F("tăng 16-17%", "16", 16, "percent", "%", "IIP", Y, value_max=17, status="target"),
    F("đạt 135.000 tỷ đồng", "135.000", 135000000000000, "money", "đồng", "giá trị sản xuất công nghiệp", Y,
      status="target"),
    F("ước đạt 98.620 tỷ đồng", "98.620", 98620000000000, "money", "đồng", "giá trị sản xuất công nghiệp",
      P("Đến hết tháng 9", None, "2024-09-30"), percent=73, status="estimate"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ tư, 9/10/2024, 06:00 (GMT+7)', byline at the end: Hà Tĩnh industry 9 tháng năm 2024.",
    "Headline 'tăng gần 18%' is a figure (percent, nearly). 'cao thứ 3 cả nước' → rank 3 (location Hà Tĩnh, ranked nationally).",
    "'9 tháng' in the lead takes 2024 from the dateline. 'dừng 5-7 ngày' is a duration stated as fact: measure range.",
    "'gồm gần 1.000 chuyên gia' is part of Formosa's 8.600 workers (total). 'tăng 2,8%' (labour) has no period in its sentence.",
    "'Đến hết tháng 9' is read as an as-of phrase (start null), as FIGURES.md does for 'tính đến tháng 8/2022'.",
    "'bằng 73% kế hoạch' → percent of 98.620 tỷ; 'đặt mục tiêu năm 2024' → target for both clauses.",
    "Not figures: '(GMT+7)', 'Vũng Áng 1', 'bão số 3', 'lò cao số 2', the time '06:00'.",
    "revised: subject of 4,2% was 'IIP tháng 9 so với tháng trước'; now 'IIP' (one rate in its sentence; cf. shared h15).",
]

if __name__ == "__main__":
    emit("p609-6", TEXT, COMMENTS, FIGS, published="2024-10-09", location="Hà Tĩnh")
