from lib import F, P, build

text = """SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ CẦN THƠ
Trang chủ » Tin hoạt động
Kết quả hoạt động xe buýt quý III/2024
Ngày đăng: 09/10/2024 | Lượt xem: 587

Quý III/2024, 7 tuyến xe buýt nội ô và 3 tuyến xe buýt liên tỉnh có điểm đầu, điểm cuối tại Cần Thơ thực hiện 21.640 chuyến, vận chuyển 486.200 lượt hành khách, tăng 5,6% so với quý II/2024 và tăng 11,2% so với cùng kỳ. Tổng số phương tiện tham gia khai thác là 96 xe, trong đó 40 xe đạt tiêu chuẩn khí thải Euro 4.
Sản lượng một số tuyến chính như sau:

Đơn vị tính: lượt hành khách
Tuyến
Quý III/2023
Quý III/2024
Tăng (%)
Tuyến số 01 (Bến xe Trung tâm - Ninh Kiều)
98.450
112.300
14,1
Tuyến số 02 (Bến Ninh Kiều - Ô Môn)
76.820
81.050
5,5
Tuyến số 05 (Cần Thơ - Vị Thanh)
52.300
55.940
7,0
Cộng
227.570
249.290
9,5

Doanh thu bán vé quý III đạt 4,38 tỷ đồng, đạt 26,5% kế hoạch năm; kinh phí ngân sách trợ giá 9 tháng năm 2024 là 17,9 tỷ đồng. Tỷ lệ chuyến xe xuất bến đúng giờ đạt 97,2%.
Trong quý, Sở tiếp nhận 12 phản ánh của hành khách qua đường dây nóng 0292.3822.086, đã giải quyết 12/12 phản ánh; xử phạt 3 trường hợp lái xe dừng đón, trả khách sai quy định.
Năm 2025, thành phố dự kiến mở thêm 2 tuyến kết nối Cảng hàng không quốc tế Cần Thơ, nâng tổng số tuyến nội ô lên 9 tuyến.
Phòng Quản lý vận tải"""

q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
q3i = P("Quý III/2024", "2024-07-01", "2024-09-30", inh=True)
c23 = P("Quý III/2023", "2023-07-01", "2023-09-30")
c24 = P("Quý III/2024", "2024-07-01", "2024-09-30")
p25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SP = "Sản lượng"

rows = [
    ("Ninh Kiều)\n98.450", "98.450", 98450, "112.300", 112300, "14,1", 14.1, "Tuyến số 01"),
    ("Ô Môn)\n76.820", "76.820", 76820, "81.050", 81050, "5,5", 5.5, "Tuyến số 02"),
    ("Vị Thanh)\n52.300", "52.300", 52300, "55.940", 55940, "7,0", 7.0, "Tuyến số 05"),
    ("Cộng\n227.570", "227.570", 227570, "249.290", 249290, "9,5", 9.5, "Cộng"),
]
table = []
for a23, n23, v23, n24, v24, ng, vg, lab in rows:
    table += [
        F(a23, n23, v23, "count", "lượt hành khách", f"Sản lượng {lab} quý III/2023", period=c23),
        F(f"{n23}\n{n24}", n24, v24, "count", "lượt hành khách", f"Sản lượng {lab} quý III/2024", period=c24),
        F(f"{n24}\n{ng}\n", ng, vg, "percent", "%", f"Tăng sản lượng {lab}", period=q3i),
    ]

figs = [
    F("7 tuyến xe buýt nội ô", "7", 7, "count", "tuyến", "tuyến xe buýt nội ô", period=q3),
    F("3 tuyến xe buýt liên tỉnh", "3", 3, "count", "tuyến", "tuyến xe buýt liên tỉnh", period=q3),
    F("21.640 chuyến", "21.640", 21640, "count", "chuyến", "chuyến xe buýt thực hiện", period=q3),
    F("486.200 lượt hành khách", "486.200", 486200, "count", "lượt hành khách", "lượt hành khách vận chuyển bằng xe buýt",
      change=dict(direction="increase", value=5.6, unit="%", baseline="quý II/2024"), period=q3),
    F("tăng 11,2%", "11,2", 11.2, "percent", "%", "lượt hành khách vận chuyển tăng so với cùng kỳ", period=q3, optional=True),
    F("là 96 xe", "96", 96, "count", "xe", "phương tiện tham gia khai thác", period=q3i),
    F("40 xe đạt", "40", 40, "count", "xe", "xe đạt tiêu chuẩn khí thải Euro 4", total=96, period=q3i),
] + table + [
    F("đạt 4,38 tỷ đồng", "4,38", 4.38e9, "money", "đồng", "doanh thu bán vé", percent=26.5,
      period=P("quý III", "2024-07-01", "2024-09-30")),
    F("là 17,9 tỷ đồng", "17,9", 17.9e9, "money", "đồng", "kinh phí ngân sách trợ giá",
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("đạt 97,2%", "97,2", 97.2, "percent", "%", "tỷ lệ chuyến xe xuất bến đúng giờ", period=q3i),
    F("12 phản ánh của", "12", 12, "count", "phản ánh", "phản ánh của hành khách tiếp nhận",
      period=P("Trong quý", "2024-07-01", "2024-09-30")),
    F("12/12 phản ánh", "12", 12, "count", "phản ánh", "phản ánh đã giải quyết", total=12,
      period=P("Trong quý", "2024-07-01", "2024-09-30")),
    F("xử phạt 3 trường hợp", "3", 3, "count", "trường hợp", "trường hợp lái xe dừng đón, trả khách sai quy định bị xử phạt",
      period=P("Trong quý", "2024-07-01", "2024-09-30")),
    F("thêm 2 tuyến", "2", 2, "count", "tuyến", "tuyến kết nối Cảng hàng không quốc tế Cần Thơ mở thêm",
      status="forecast", period=p25),
    F("lên 9 tuyến", "9", 9, "count", "tuyến", "tổng số tuyến nội ô", status="forecast", period=p25),
]

build("p374-6", text, figs, [
    "Sở GTVT Cần Thơ department site: xe buýt quý III/2024; 'Ngày đăng: 09/10/2024 | Lượt xem: 587'.",
    "One-cell-per-line table with 'Đơn vị tính: lượt hành khách': Tuyến | Quý III/2023 | Quý III/2024 | Tăng (%). Periods of the count cells from",
    "the column headers; 'Tăng (%)' cells are growth-rate percent figures (no change object), period inherited. Route labels 'Tuyến số 01 (… Ninh Kiều)'",
    "are routes, not places: location stays Cần Thơ. Route numbers 01/02/05 are names. 'Cộng' row cells are figures, no total attribute.",
    "486.200 has two changes: the first (5,6% vs quý II/2024) is its change; 'tăng 11,2% so với cùng kỳ' is a percent figure of its own (optional).",
    "'12/12 phản ánh' → 12 with total 12. 'quý III' / 'Trong quý' without year → 2024. Distractors: 'Euro 4' (a standard's name), hotline 0292.3822.086, view counter, route numbers.",
], published="2024-10-09", location="Cần Thơ")
