from lib import F, P, CH, TG, emit

ROWS = [  # label, unit cell, unit, multiplier, kind, plan, done, rate
    ("Hội chợ, triển lãm tham gia", "cuộc", "cuộc", 1, "count", ("12", 12), ("7", 7), ("58,3", 58.3)),
    ("Gian hàng", "gian hàng", "gian hàng", 1, "count", ("150", 150), ("96", 96), ("64,0", 64.0)),
    ("Doanh nghiệp, HTX được hỗ trợ", "đơn vị", "đơn vị", 1, "count", ("120", 120), ("83", 83), ("69,2", 69.2)),
    ("Biên bản ghi nhớ ký kết", "biên bản", "biên bản", 1, "count", ("40", 40), ("29", 29), ("72,5", 72.5)),
    ("Kim ngạch xuất khẩu cà phê", "triệu USD", "USD", 10**6, "money", ("1.100", 1100), ("872,4", 872.4), ("79,3", 79.3)),
]

cells = ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2024", "Thực hiện 6 tháng", "Tỷ lệ (%)"]
for i, (label, ucell, _, _, _, plan, done, rate) in enumerate(ROWS, 1):
    cells += [str(i), label, ucell, plan[0], done[0], rate[0]]
TABLE = "\n\n".join(cells)

TEXT = """
UBND TỈNH ĐẮK LẮK
SỞ CÔNG THƯƠNG
Số: 1875/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả xúc tiến thương mại 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
Kết quả thực hiện các chỉ tiêu xúc tiến thương mại 6 tháng đầu năm 2024:

""" + TABLE + """

Sở đã phối hợp tổ chức Lễ hội Cà phê Buôn Ma Thuột lần thứ 9 với 320 gian hàng của 280 doanh nghiệp đến từ 32 tỉnh, thành phố và 10 quốc gia, thu hút khoảng 1,2 triệu lượt khách. Giá cà phê nhân xô trong tháng 6/2024 dao động từ 115.000 đến 125.000 đồng/kg, tăng gần 80% so với cùng kỳ năm 2023.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu hoàn thành 100% chỉ tiêu kế hoạch năm; tổ chức 2 phiên chợ nông sản trực tuyến; hỗ trợ tối thiểu 30 doanh nghiệp đưa sản phẩm lên sàn thương mại điện tử.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, QLTM.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
DONEi = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
H2i = P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)

FIGS = []
for i, (label, ucell, unit, mult, kind, plan, done, rate) in enumerate(ROWS, 1):
    FIGS.append(F(f"{ucell}\n\n{plan[0]}\n\n", plan[0], plan[1] * mult, kind, unit,
                  f"{label} kế hoạch năm 2024", PLAN, status="target"))
    FIGS.append(F(f"\n\n{plan[0]}\n\n{done[0]}\n\n", done[0], round(done[1] * mult, 6), kind, unit,
                  f"{label} thực hiện 6 tháng", DONE))
    FIGS.append(F(f"\n\n{done[0]}\n\n{rate[0]}", rate[0], rate[1], "percent", "%",
                  f"Tỷ lệ {label} thực hiện so kế hoạch", DONEi))
FIGS += [
    F("lần thứ 9", "9", 9, "count", "lần", optional=True),
    F("với 320 gian hàng", "320", 320, "count", "gian hàng", "gian hàng Lễ hội Cà phê Buôn Ma Thuột"),
    F("của 280 doanh nghiệp", "280", 280, "count", "doanh nghiệp", "doanh nghiệp tham gia Lễ hội Cà phê Buôn Ma Thuột"),
    F("từ 32 tỉnh", "32", 32, "count", "tỉnh, thành phố", "tỉnh, thành phố có doanh nghiệp tham gia Lễ hội",
      location="Việt Nam"),
    F("và 10 quốc gia", "10", 10, "count", "quốc gia", "quốc gia có doanh nghiệp tham gia Lễ hội"),
    F("khoảng 1,2 triệu lượt khách", "1,2", 1200000, "count", "lượt khách", "lượt khách Lễ hội Cà phê Buôn Ma Thuột",
      approx="about"),
    F("từ 115.000 đến 125.000 đồng/kg", "115.000", 115000, "money", "đồng/kg", "giá cà phê nhân xô",
      P("tháng 6/2024", "2024-06-01", "2024-06-30"), value_max=125000,
      change=CH("increase", 80, "%", "cùng kỳ năm 2023", approx="nearly")),
    F("hoàn thành 100% chỉ tiêu", "100", 100, "percent", "%", "chỉ tiêu kế hoạch năm hoàn thành", H2i, status="target"),
    F("tổ chức 2 phiên", "2", 2, "count", "phiên chợ", "phiên chợ nông sản trực tuyến", H2i, status="target"),
    F("tối thiểu 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp",
      "doanh nghiệp được hỗ trợ đưa sản phẩm lên sàn thương mại điện tử", H2i, status="target", approx="at_least"),
]

COMMENTS = [
    "Formal report with letterhead (Sở Công Thương Đắk Lắk, 'Số: 1875/BC-SCT'); the place-and-date line 'Đắk Lắk, ngày 05 tháng 7 năm 2024' is its date.",
    "One-cell-per-line table (as h23): TT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%). Row numbers 1-5 are not figures.",
    "Plan cells: status target, period from their header (năm 2024); result cells: actual, period from 'Thực hiện 6 tháng' (year 2024 from the",
    "text above); rate cells: percent figures, period from the caption line (inherited). Every cell is a figure, so no target/percent attributes",
    "between cells (as h23). Unit from the Đơn vị column; 'triệu USD' makes 1.100 = 1,1·10^9 USD and 872,4 = 872.400.000 USD.",
    "'lần thứ 9' (edition) optional. '32 tỉnh, thành phố' is a count of provinces: location Việt Nam per the contract.",
    "'tăng gần 80% so với cùng kỳ năm 2023' is the change of the price range (approx nearly). Section II heading gives the targets",
    "their period 6 tháng cuối năm 2024 (inherited); 'Phấn đấu' governs the three ';'-joined clauses. Distractors: 'Lưu: VT, QLTM', signer block.",
]

emit(7, TEXT, COMMENTS, FIGS, published="2024-07-05", location="Đắk Lắk")
