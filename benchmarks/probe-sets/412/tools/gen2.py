from lib import write, F, P, C, T
H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HI = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
HT = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
EX = P("Từ tháng 3 đến tháng 5/2024", "2024-03-01", "2024-05-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
text = """Quần thể danh thắng Tràng An đón gần 4,2 triệu lượt khách trong 6 tháng đầu năm
05/07/2024 07:45

(BNB) - Theo Ban Quản lý Quần thể danh thắng Tràng An, 6 tháng đầu năm 2024, các điểm tham quan trong Quần thể đón gần 4,2 triệu lượt khách, tăng 18% so với cùng kỳ; doanh thu từ bán vé tham quan đạt 412,5 tỷ đồng, tăng 23,6%. Trong đó, Khu di tích lịch sử Cố đô Hoa Lư đón 685.000 lượt khách, thu phí tham quan hơn 13,7 tỷ đồng.

Xét theo địa bàn, lượng khách tập trung chủ yếu tại huyện Hoa Lư (khoảng 3,1 triệu lượt), huyện Gia Viễn (612.000 lượt) và TP Tam Điệp (94.500 lượt).

Từ tháng 3 đến tháng 5/2024, Viện Khảo cổ học phối hợp với Sở Văn hóa và Thể thao khai quật khu vực điện Vua Đinh với diện tích 600 m2, thu được 1.326 hiện vật và hàng nghìn mảnh vật liệu kiến trúc. Tỉnh đã bố trí 156 tỷ đồng cho dự án tu bổ đền Vua Đinh, đền Vua Lê giai đoạn 2021-2025; tính đến ngày 30/6/2024 đã giải ngân 98,4 tỷ đồng, đạt 63%.

Quần thể danh thắng Tràng An được UNESCO ghi danh là Di sản văn hóa và thiên nhiên thế giới năm 2014. Theo Quyết định số 2290/QĐ-UBND, giá vé tham quan Cố đô Hoa Lư là 20.000 đồng/người; người từ 60 tuổi trở lên được giảm 50%.

Phấn đấu cả năm 2024, Quần thể đón 8 triệu lượt khách, trong đó khách quốc tế chiếm từ 25 đến 30%.

Minh Hải - Ngọc Linh
"""
L = "lượng khách"
figs = [
    F("đón gần 4,2 triệu lượt khách trong", "4,2", 4200000, "count", "lượt khách", "lượt khách Quần thể danh thắng Tràng An",
      approx="nearly", period=HT),
    F("Quần thể đón gần 4,2 triệu lượt khách, tăng", "4,2", 4200000, "count", "lượt khách", "lượt khách các điểm tham quan trong Quần thể",
      approx="nearly", change=C("increase", 18, "%", "cùng kỳ"), period=H),
    F("đạt 412,5 tỷ đồng", "412,5", 412.5e9, "money", "đồng", "doanh thu từ bán vé tham quan",
      change=C("increase", 23.6, "%"), period=H),
    F("đón 685.000 lượt", "685.000", 685000, "count", "lượt khách", "lượt khách Khu di tích lịch sử Cố đô Hoa Lư",
      total=4200000, location="Hoa Lư", period=HI),
    F("hơn 13,7 tỷ đồng", "13,7", 13.7e9, "money", "đồng", "phí tham quan Khu di tích lịch sử Cố đô Hoa Lư",
      approx="over", total=412.5e9, location="Hoa Lư", period=HI),
    F("Hoa Lư (khoảng 3,1 triệu lượt)", "3,1", 3100000, "count", "lượt", L, approx="about", location="Hoa Lư", period=HI),
    F("Gia Viễn (612.000 lượt)", "612.000", 612000, "count", "lượt", L, location="Gia Viễn", period=HI),
    F("Tam Điệp (94.500 lượt)", "94.500", 94500, "count", "lượt", L, location="Tam Điệp", period=HI),
    F("diện tích 600 m2", "600", 600, "measure", "m2", "diện tích khai quật khu vực điện Vua Đinh", period=EX),
    F("thu được 1.326 hiện vật", "1.326", 1326, "count", "hiện vật", "hiện vật thu được khi khai quật khu vực điện Vua Đinh", period=EX),
    F("hàng nghìn mảnh", "nghìn", 1000, "count", "mảnh vật liệu kiến trúc", "mảnh vật liệu kiến trúc", approx="about",
      optional=True),
    F("bố trí 156 tỷ đồng", "156", 156e9, "money", "đồng", "kinh phí dự án tu bổ đền Vua Đinh, đền Vua Lê",
      period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("giải ngân 98,4 tỷ đồng", "98,4", 98.4e9, "money", "đồng", "kinh phí dự án tu bổ đền Vua Đinh, đền Vua Lê đã giải ngân",
      percent=63, period=P("tính đến ngày 30/6/2024", None, "2024-06-30")),
    F("là 20.000 đồng/người", "20.000", 20000, "money", "đồng/người", "giá vé tham quan Cố đô Hoa Lư", location="Hoa Lư"),
    F("từ 60 tuổi", "60", 60, "measure", "tuổi", "người được giảm giá vé", approx="at_least", optional=True),
    F("được giảm 50%", "50", 50, "percent", "%", "mức giảm giá vé", optional=True),
    F("đón 8 triệu lượt", "8", 8000000, "count", "lượt khách", "lượt khách Quần thể", status="target", period=Y24),
    F("từ 25 đến 30%", "25", 25, "percent", "%", "khách quốc tế chiếm", value_max=30, status="target", period=Y24),
]
write("p412-2", text, figs, published="2024-07-05", location="Ninh Bình", show=True, comments=[
    "Party newspaper (Báo Ninh Bình, tag BNB): Tràng An complex, 6 months 2024 — visitors, ticket revenue, districts, excavation, restoration, 2024 target.",
    "Bare dateline '05/07/2024 07:45', byline at the end. The headline figure is a figure of its own ('6 tháng đầu năm' takes 2024 from the dateline).",
    "'Trong đó, Khu di tích … Cố đô Hoa Lư đón 685.000 lượt …, thu phí … 13,7 tỷ' after a sentence break: parts of 4,2 triệu lượt and of 412,5 tỷ",
    "(each whole counts the same thing over the same period). Districts in the list get their own location.",
    "revised: the Cố đô Hoa Lư figures (685.000 lượt, 13,7 tỷ, ticket price) take location Hoa Lư: the site lies in and is named for that district,",
    "as Mỹ Sơn → Duy Xuyên (p412-5) and Dương Long → Tây Sơn (p412-8); first annotated Ninh Bình as a place inside a name.",
    "'tăng 23,6%' without a baseline is still the revenue's change. 'đạt 63%' is the disbursement's share. Excavation period 'Từ tháng 3 đến tháng 5/2024'.",
    "Optional: 'hàng nghìn mảnh' (vague), 'từ 60 tuổi trở lên' and 'giảm 50%' (policy criteria). Distractors: Quyết định số 2290/QĐ-UBND, năm 2014.",
    "'trong đó khách quốc tế chiếm từ 25 đến 30%' is a share with no count of its own: a percent figure (range), status target from 'Phấn đấu'.",
])
