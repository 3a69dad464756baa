from lib import Doc, P

TEXT = """CỤC THUẾ THÀNH PHỐ HẢI PHÒNG
Trang chủ > Tin tức - Sự kiện > Hoạt động ngành

Tăng cường quản lý thuế đối với hộ, cá nhân kinh doanh
Ngày đăng: 14/03/2024 | Lượt xem: 2.315

Năm 2023, Cục Thuế thành phố Hải Phòng quản lý 41.586 hộ, cá nhân kinh doanh, gồm 37.924 hộ nộp thuế theo phương pháp khoán, 2.147 hộ nộp thuế theo phương pháp kê khai và 1.515 cá nhân nộp thuế theo từng lần phát sinh. Số hộ khoán tập trung đông tại quận Lê Chân 6.812 hộ, quận Ngô Quyền 5.437 hộ, huyện Thủy Nguyên 4.905 hộ và quận Hồng Bàng 3.218 hộ.

Tổng số thuế thu từ hộ, cá nhân kinh doanh năm 2023 đạt 1.182,6 tỷ đồng, bằng 104,2% dự toán, tăng 7,3% so với năm 2022. Doanh thu khoán bình quân của một hộ là 218 triệu đồng/năm; mức thuế khoán bình quân khoảng 1,1 triệu đồng/tháng.

Quý I/2024, Cục Thuế đã rà soát, đưa vào quản lý thêm 1.248 hộ kinh doanh, trong đó có 316 hộ kinh doanh trên nền tảng thương mại điện tử; số thuế truy thu và phạt sau rà soát là 6,85 tỷ đồng. Tính đến ngày 31/3/2024, có 2.904 tổ chức, cá nhân kinh doanh thương mại điện tử được cơ quan thuế quản lý, nộp thuế 86,4 tỷ đồng.

Năm 2024, Cục Thuế phấn đấu thu từ hộ, cá nhân kinh doanh từ 1.250 đến 1.300 tỷ đồng; 100% hộ khoán có doanh thu từ 1 tỷ đồng/năm trở lên sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.

Địa chỉ: Số 8 Lê Đại Hành, quận Hồng Bàng, TP Hải Phòng. Điện thoại: 0225.3842.617.
"""

d = Doc(7, TEXT, [
    "Department site (Cục Thuế thành phố Hải Phòng) with breadcrumb, 'Ngày đăng: 14/03/2024 | Lượt xem: 2.315' (counter is furniture).",
    "Household and individual businesses, year 2023 and Q1/2024; e-commerce sellers; 2024 targets.",
    "'gồm' parts take total 41.586 (hộ and cá nhân both count 'hộ, cá nhân kinh doanh'). District list of hộ khoán: location per item,",
    "no total (no cue; the items do not add up to 37.924). Rates per year/month keep their denominator in the unit (đồng/năm, đồng/tháng).",
    "'Quý I/2024, ... 1.248 hộ ..., trong đó có 316' → total 1.248; the e-commerce tax paid 'Tính đến ngày 31/3/2024' is as-of.",
    "2024 target range 'từ 1.250 đến 1.300 tỷ đồng'; '100% hộ khoán' target; 'từ 1 tỷ đồng/năm trở lên' threshold: optional.",
    "Distractors: counter, address 'Số 8 Lê Đại Hành, quận Hồng Bàng' (a district name in the address), phone.",
], published="2024-03-14", location="Hải Phòng")

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
d.f("quản lý 41.586 hộ", "41.586", "count", "hộ, cá nhân kinh doanh", "hộ, cá nhân kinh doanh do Cục Thuế quản lý", Y23)
d.f("gồm 37.924 hộ", "37.924", "count", "hộ", "hộ nộp thuế theo phương pháp khoán", Y23, total=41586)
d.f("2.147 hộ", "2.147", "count", "hộ", "hộ nộp thuế theo phương pháp kê khai", Y23, total=41586)
d.f("1.515 cá nhân", "1.515", "count", "cá nhân", "cá nhân nộp thuế theo từng lần phát sinh", Y23, total=41586)
for place, v in [("Lê Chân", "6.812"), ("Ngô Quyền", "5.437"), ("Thủy Nguyên", "4.905"), ("Hồng Bàng", "3.218")]:
    d.f(f"{place} {v} hộ", v, "count", "hộ", "hộ khoán", Y23i, location=place)
d.f("đạt 1.182,6 tỷ đồng", "1.182,6", "money", "đồng", "tổng số thuế thu từ hộ, cá nhân kinh doanh",
    P("năm 2023", "2023-01-01", "2023-12-31"), mult="tỷ", percent=104.2,
    change={"direction": "increase", "value": 7.3, "unit": "%", "baseline": "năm 2022"})
d.f("218 triệu đồng/năm", "218", "money", "đồng/năm", "doanh thu khoán bình quân của một hộ", Y23i, mult="triệu")
d.f("khoảng 1,1 triệu đồng/tháng", "1,1", "money", "đồng/tháng", "mức thuế khoán bình quân", Y23i, mult="triệu",
    approx="about")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
d.f("thêm 1.248 hộ", "1.248", "count", "hộ kinh doanh", "hộ kinh doanh đưa vào quản lý thêm", Q1)
d.f("có 316 hộ", "316", "count", "hộ kinh doanh", "hộ kinh doanh trên nền tảng thương mại điện tử", Q1, total=1248)
d.f("là 6,85 tỷ đồng", "6,85", "money", "đồng", "số thuế truy thu và phạt sau rà soát", Q1, mult="tỷ")
A = P("Tính đến ngày 31/3/2024", None, "2024-03-31")
d.f("có 2.904 tổ chức", "2.904", "count", "tổ chức, cá nhân",
    "tổ chức, cá nhân kinh doanh thương mại điện tử được cơ quan thuế quản lý", A)
d.f("nộp thuế 86,4 tỷ đồng", "86,4", "money", "đồng", "thuế nộp của tổ chức, cá nhân kinh doanh thương mại điện tử", A,
    mult="tỷ")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
d.f("từ 1.250 đến 1.300 tỷ đồng", "1.250", "money", "đồng", "thu từ hộ, cá nhân kinh doanh", Y24, mult="tỷ",
    value_max="1.300", status="target")
d.f("100% hộ khoán", "100", "percent", "%", "hộ khoán sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", Y24,
    status="target")
d.f("từ 1 tỷ đồng/năm", "1", "money", "đồng/năm", "doanh thu hộ khoán", Y24, mult="tỷ", approx="at_least",
    status="target", optional=True)
d.write()
