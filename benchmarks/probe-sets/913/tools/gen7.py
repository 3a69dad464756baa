"""p913-7: department site without dateline (Sở Du lịch Bình Định), one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ DU LỊCH TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Xích lô du lịch Bình Định: lượt khách tăng hơn 50%

Năm 2024, dịch vụ xích lô du lịch trên địa bàn tỉnh tiếp tục phát triển. Toàn tỉnh có 60 xe xích lô được cấp phù hiệu, tăng 15 xe so với năm 2023; 63 tài xế được cấp thẻ hành nghề. Xích lô du lịch phục vụ 19.600 lượt khách, tăng 53,1% so với năm trước, trong đó khách lưu trú tại các khách sạn ven biển chiếm 64%. Doanh thu từ dịch vụ đạt gần 2 tỷ đồng.

Các xe chạy theo 2 tuyến: tuyến ven biển Xuân Diệu – An Dương Vương dài 6 km và tuyến trung tâm qua đường Lê Lợi, Trần Hưng Đạo, Tháp Đôi dài 4,5 km. Giá cước 100.000 đồng/lượt/khách, dịp Tết và lễ hội không tăng quá 20%.

Kết quả và kế hoạch cụ thể:

Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Số xe xích lô (xe)
45
60
80
Tài xế được cấp thẻ (người)
48
63
85
Lượt khách (lượt)
12.800
19.600
28.000
Doanh thu (triệu đồng)
1.150
1.960
2.800

Theo kế hoạch năm 2025, Sở sẽ mở lớp tập huấn cho 40 tài xế mới. Sở cũng phối hợp UBND thành phố Quy Nhơn bố trí thêm 3 điểm đón khách tại Quảng trường Nguyễn Tất Thành, Ghềnh Ráng và khu Tháp Đôi.

Sở Du lịch tỉnh Bình Định
Địa chỉ: 149 Đống Đa, TP Quy Nhơn, Bình Định - Điện thoại: 0256.3822.591
Lượt truy cập: 1.204.317
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
COLS = [(P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        (P("Năm 2024", "2024-01-01", "2024-12-31"), "actual"),
        (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Số xe xích lô (xe)", "Số xe xích lô", "xe", 1, ["45", "60", "80"]),
        ("Tài xế được cấp thẻ (người)", "Tài xế được cấp thẻ", "người", 1, ["48", "63", "85"]),
        ("Lượt khách (lượt)", "Lượt khách", "lượt", 1, ["12.800", "19.600", "28.000"]),
        ("Doanh thu (triệu đồng)", "Doanh thu", "đồng", 10**6, ["1.150", "1.960", "2.800"])]

FIGS = [
    F("tăng hơn 50%", "50", 50, "percent", "%", "tăng lượt khách xích lô du lịch", approx="over"),
    F("có 60 xe xích lô", "60", 60, "count", "xe xích lô", "xe xích lô được cấp phù hiệu", I(Y24),
      change=C("increase", 15, "xe", "năm 2023")),
    F("63 tài xế", "63", 63, "count", "tài xế", "tài xế được cấp thẻ hành nghề", I(Y24)),
    F("phục vụ 19.600 lượt khách", "19.600", 19600, "count", "lượt khách", "lượt khách xích lô du lịch phục vụ",
      I(Y24), change=C("increase", 53.1, "%", "năm trước")),
    F("chiếm 64%", "64", 64, "percent", "%", "tỷ lệ khách lưu trú tại các khách sạn ven biển", I(Y24)),
    F("gần 2 tỷ đồng", "2", 2e9, "money", "đồng", "doanh thu từ dịch vụ xích lô du lịch", I(Y24), approx="nearly"),
    F("theo 2 tuyến", "2", 2, "count", "tuyến", "tuyến xích lô du lịch"),
    F("dài 6 km", "6", 6, "measure", "km", "chiều dài tuyến ven biển Xuân Diệu – An Dương Vương"),
    F("dài 4,5 km", "4,5", 4.5, "measure", "km", "chiều dài tuyến trung tâm"),
    F("100.000 đồng/lượt/khách", "100.000", 100000, "money", "đồng/lượt/khách", "giá cước xích lô du lịch"),
    F("không tăng quá 20%", "20", 20, "percent", "%", "mức tăng giá cước dịp Tết và lễ hội", approx="at_most"),
]
for label, subj, unit, mult, cells in ROWS:
    for i, ((per, status), cell) in enumerate(zip(COLS, cells)):
        anchor = label + "\n" + "\n".join(cells[: i + 1])
        kind = "money" if unit == "đồng" else "count"
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(anchor, cell,
                      float(cell.replace(".", "")) * mult, kind, unit, subj, per, **kw))
FIGS += [
    F("cho 40 tài xế", "40", 40, "count", "tài xế", "tài xế mới được tập huấn", Y25, status="target"),
    F("thêm 3 điểm đón khách", "3", 3, "count", "điểm đón khách", "điểm đón khách bố trí thêm", I(Y25),
      status="target", location="Quy Nhơn"),
]

HEADER = [
    "Sở Du lịch tỉnh Bình Định (department site): no dateline (published absent); footer with address 149 Đống Đa, phone",
    "0256.3822.591 and 'Lượt truy cập: 1.204.317' (page furniture). Table pasted one cell per line: header cells, then each row's cells.",
    "Table cells: subject = row label, unit from the row label ('(triệu đồng)' → ×10^6 đồng), period from the column header,",
    "'Kế hoạch 2025' column → status target. Text figures of 2024 and the table's 2024 column are separate figures.",
    "Headline 'tăng hơn 50%' (no base amount, no period) is a percent figure. 'Tháp Đôi' is a name; 'không tăng quá 20%' is at_most.",
    "'Theo kế hoạch năm 2025' → target, continuing into the next sentence 'Sở cũng ...' (inherited period); the 3 pick-up points are",
    "in Quy Nhơn (named in that sentence); other figures are the province's (Bình Định).",
]

write("p913-7", TEXT, HEADER, FIGS, published=None, location="Bình Định")
