from lib import F, P, build

TEXT = """BAN DÂN TỘC TỈNH SƠN LA
Địa chỉ: Tầng 4, Khối nhà số 2, Trung tâm Hành chính tỉnh, phường Chiềng Lề, thành phố Sơn La

Kết quả giảm thiểu tảo hôn, hôn nhân cận huyết thống năm 2023

Ngày đăng: 22/01/2024 | Lượt xem: 1.147

Năm 2023, toàn tỉnh có 1.062 cặp tảo hôn, chiếm 9,6% tổng số cặp kết hôn, giảm 157 cặp so với năm 2022 (1.219 cặp). Số cặp kết hôn cận huyết thống là 3 cặp, giảm 2 cặp.

Bảng: Số cặp tảo hôn phân theo huyện
Đơn vị tính: cặp
Huyện | Năm 2022 | Năm 2023 | Giảm so với năm 2022 (%)
Sốp Cộp | 168 | 139 | 17,3
Thuận Châu | 201 | 176 | 12,4
Mường La | 154 | 131 | 14,9
Bắc Yên | 117 | 103 | 12,0
Các huyện còn lại | 579 | 513 | 11,4
Toàn tỉnh | 1.219 | 1.062 | 12,9

Sốp Cộp là huyện giảm nhiều nhất (29 cặp); huyện Mường La vẫn còn 4 xã có tỷ lệ tảo hôn trên 15%, tập trung ở vùng đồng bào Mông.

Trong năm, Ban Dân tộc phối hợp với Hội Liên hiệp Phụ nữ tỉnh tổ chức 215 hội nghị tuyên truyền tại 112 xã, với khoảng 14.800 lượt người tham dự; 100% hội nghị có báo cáo viên sử dụng tiếng Thái, tiếng Mông. Kinh phí Tiểu dự án 2 đã giải ngân 3,45/4,1 tỷ đồng kế hoạch vốn năm 2023.

Năm 2024, tỉnh đặt chỉ tiêu giảm 5% số cặp tảo hôn và 10% số cặp kết hôn cận huyết thống so với năm 2023; dự kiến triển khai mô hình "Hỗ trợ tư vấn tiền hôn nhân" tại 75 xã có tỷ lệ tảo hôn cao.
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 1.062 cặp tảo hôn", "1.062", 1062, "count", "cặp", "cặp tảo hôn", percent=9.6,
      change={"direction": "decrease", "value": 157, "unit": "cặp", "baseline": "năm 2022"}, period=Y23),
    F("(1.219 cặp)", "1.219", 1219, "count", "cặp", "cặp tảo hôn", period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("huyết thống là 3 cặp", "3", 3, "count", "cặp", "cặp kết hôn cận huyết thống",
      change={"direction": "decrease", "value": 2, "unit": "cặp"}, period=Y23i),
]

ROWS = [("Sốp Cộp", "168", "139", "17,3"), ("Thuận Châu", "201", "176", "12,4"), ("Mường La", "154", "131", "14,9"),
        ("Bắc Yên", "117", "103", "12,0"), ("Các huyện còn lại", "579", "513", "11,4"), ("Toàn tỉnh", "1.219", "1.062", "12,9")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, a, b, c in ROWS:
    loc = label if label not in ("Các huyện còn lại", "Toàn tỉnh") else "Sơn La"
    pre = "các huyện còn lại " if label == "Các huyện còn lại" else ""
    FIGS.append(F(f"{label} | {a} |", a, num(a), "count", "cặp", f"số cặp tảo hôn {pre}năm 2022", period=Y22, location=loc))
    FIGS.append(F(f"{a} | {b} |", b, num(b), "count", "cặp", f"số cặp tảo hôn {pre}năm 2023", period=Y23, location=loc))
    FIGS.append(F(f"{b} | {c}\n", c, num(c), "percent", "%", f"số cặp tảo hôn {pre}giảm so với năm 2022",
                  period=Y23i, location=loc))

FIGS += [
    F("nhiều nhất (29 cặp)", "29", 29, "count", "cặp", "số cặp tảo hôn giảm", period=Y23i, location="Sốp Cộp"),
    F("còn 4 xã", "4", 4, "count", "xã", "xã có tỷ lệ tảo hôn trên 15%", period=Y23i, location="Mường La"),
    F("trên 15%", "15", 15, "percent", "%", "tỷ lệ tảo hôn", approx="over", optional=True, location="Mường La"),
]
TRONG = P("Trong năm", "2023-01-01", "2023-12-31")
FIGS += [
    F("tổ chức 215 hội nghị", "215", 215, "count", "hội nghị", "hội nghị tuyên truyền", period=TRONG),
    F("tại 112 xã", "112", 112, "count", "xã", "xã tổ chức hội nghị tuyên truyền", period=TRONG),
    F("khoảng 14.800 lượt người", "14.800", 14800, "count", "lượt người", "lượt người tham dự", approx="about",
      period=TRONG),
    F("100% hội nghị", "100", 100, "percent", "%", "hội nghị có báo cáo viên sử dụng tiếng Thái, tiếng Mông",
      period=TRONG),
    F("giải ngân 3,45/4,1 tỷ đồng", "3,45", 3450000000, "money", "đồng", "kinh phí Tiểu dự án 2 đã giải ngân",
      target={"value": 4100000000, "unit": "đồng"}, period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("giảm 5% số cặp", "5", 5, "percent", "%", "số cặp tảo hôn giảm so với năm 2023", status="target", period=Y24),
    F("và 10% số cặp", "10", 10, "percent", "%", "số cặp kết hôn cận huyết thống giảm so với năm 2023",
      status="target", period=Y24),
    F("tại 75 xã", "75", 75, "count", "xã", "xã có tỷ lệ tảo hôn cao triển khai mô hình \"Hỗ trợ tư vấn tiền hôn nhân\"",
      status="forecast", period=Y24),
]

COMMENTS = [
    "Department site (Ban Dân tộc tỉnh Sơn La), address line in the header, 'Ngày đăng: dd/mm/yyyy | Lượt xem' dateline.",
    "'1.062 cặp tảo hôn, chiếm 9,6% ..., giảm 157 cặp so với năm 2022 (1.219 cặp)': share and change attach to 1.062; the bracketed 2022 level is a figure of its own.",
    "Flattened '|' table with 'Đơn vị tính: cặp'; the last column '(%)' overrides the unit. Every numeric cell is a figure; periods from the column headers",
    "'Năm 2022'/'Năm 2023'; the decrease column is a rate standing as the claim (percent, positive as written), period 2023 from the text (inherited).",
    "Rows 'Các huyện còn lại' and 'Toàn tỉnh' are located in Sơn La. No total attribute for table cells.",
    "'3,45/4,1 tỷ đồng kế hoạch vốn' -> target 4,1 tỷ (result against plan). 'dự kiến ... tại 75 xã' -> forecast. 'Trong năm' -> 2023.",
    "Distractors: 'Tầng 4, Khối nhà số 2' (address), Lượt xem 1.147, Tiểu dự án 2, 'Bảng:' header.",
]

build("p347-3", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Sơn La")
