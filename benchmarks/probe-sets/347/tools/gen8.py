from lib import F, P, build

TEXT = """SỞ TƯ PHÁP TỈNH CAO BẰNG
Tin hoạt động / Hành chính tư pháp

Kết quả đăng ký kết hôn năm 2023 và công tác phòng ngừa tảo hôn

Năm 2023, toàn tỉnh đăng ký kết hôn cho 4.286 cặp, tăng 5,2% so với năm 2022; trong đó đăng ký kết hôn có yếu tố nước ngoài 63 cặp, chủ yếu với công dân Trung Quốc. Tỷ lệ cặp vợ chồng đăng ký kết hôn đúng độ tuổi theo quy định đạt 96,7%. Số cặp tảo hôn được phát hiện là 137 cặp, giảm 22 cặp so với năm 2022; có 1 cặp kết hôn cận huyết thống tại huyện Bảo Lạc.

Số liệu tại 4 huyện có tỷ lệ tảo hôn cao nhất như sau:

Đơn vị tính: cặp

Huyện

Đăng ký kết hôn

Tảo hôn

Tỷ lệ tảo hôn (%)

Bảo Lạc

512

31

6,1

Bảo Lâm

468

28

6,0

Hà Quảng

431

19

4,4

Nguyên Bình

356

17

4,8

Trong năm, Sở Tư pháp phối hợp tổ chức 146 buổi trợ giúp pháp lý lưu động kết hợp tuyên truyền Luật Hôn nhân và gia đình năm 2014 tại 88 xã đặc biệt khó khăn, với trên 9.300 lượt người tham dự. Kinh phí hỗ trợ từ Chương trình mục tiêu quốc gia 1719 khoảng 1,8 tỷ đồng.

Kế hoạch năm 2024, tỉnh phấn đấu 100% cặp kết hôn được đăng ký đúng quy định và giảm ít nhất 5% số cặp tảo hôn so với năm 2023. Người dân cần tư vấn pháp lý liên hệ số điện thoại 0206.3852.919 hoặc Trung tâm Trợ giúp pháp lý nhà nước, số 036 Kim Đồng, phường Hợp Giang.

Phòng Hành chính tư pháp
15/04/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
TRONG = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho 4.286 cặp", "4.286", 4286, "count", "cặp", "cặp đăng ký kết hôn",
      change={"direction": "increase", "value": 5.2, "unit": "%", "baseline": "năm 2022"}, period=Y23),
    F("nước ngoài 63 cặp", "63", 63, "count", "cặp", "cặp đăng ký kết hôn có yếu tố nước ngoài", total=4286, period=Y23),
    F("đạt 96,7%", "96,7", 96.7, "percent", "%", "tỷ lệ cặp vợ chồng đăng ký kết hôn đúng độ tuổi theo quy định",
      period=Y23i),
    F("là 137 cặp", "137", 137, "count", "cặp", "cặp tảo hôn được phát hiện",
      change={"direction": "decrease", "value": 22, "unit": "cặp", "baseline": "năm 2022"}, period=Y23i),
    F("có 1 cặp kết hôn", "1", 1, "count", "cặp", "cặp kết hôn cận huyết thống", period=Y23i, location="Bảo Lạc"),
    F("tại 4 huyện", "4", 4, "count", "huyện", "huyện có tỷ lệ tảo hôn cao nhất", optional=True),
]

ROWS = [("Bảo Lạc", "512", "31", "6,1"), ("Bảo Lâm", "468", "28", "6,0"), ("Hà Quảng", "431", "19", "4,4"),
        ("Nguyên Bình", "356", "17", "4,8")]
for label, a, b, c in ROWS:
    FIGS.append(F(f"{label}\n\n{a}", a, int(a), "count", "cặp", "Đăng ký kết hôn", period=Y23i, location=label))
    FIGS.append(F(f"{a}\n\n{b}\n", b, int(b), "count", "cặp", "Tảo hôn", period=Y23i, location=label))
    FIGS.append(F(f"{b}\n\n{c}\n", c, float(c.replace(",", ".")), "percent", "%", "Tỷ lệ tảo hôn", period=Y23i,
                  location=label))

FIGS += [
    F("tổ chức 146 buổi", "146", 146, "count", "buổi", "buổi trợ giúp pháp lý lưu động kết hợp tuyên truyền", period=TRONG),
    F("tại 88 xã", "88", 88, "count", "xã", "xã đặc biệt khó khăn", period=TRONG),
    F("trên 9.300 lượt người", "9.300", 9300, "count", "lượt người", "lượt người tham dự", approx="over", period=TRONG),
    F("khoảng 1,8 tỷ đồng", "1,8", 1800000000, "money", "đồng", "kinh phí hỗ trợ từ Chương trình mục tiêu quốc gia",
      approx="about", period=P("Trong năm", "2023-01-01", "2023-12-31", inh=True)),
    F("phấn đấu 100% cặp", "100", 100, "percent", "%", "cặp kết hôn được đăng ký đúng quy định", status="target",
      period=Y24),
    F("ít nhất 5% số cặp", "5", 5, "percent", "%", "số cặp tảo hôn giảm so với năm 2023", approx="at_least",
      status="target", period=Y24),
]

COMMENTS = [
    "Department site (Sở Tư pháp Cao Bằng), no dateline at the top; the bare date at the end (15/04/2024) is the article's date.",
    "'4.286 cặp, tăng 5,2% so với năm 2022; trong đó ... 63 cặp' -> change on 4.286, 63 part of it. '1 cặp ... tại huyện Bảo Lạc' -> location Bảo Lạc.",
    "One-cell-per-line table with 'Đơn vị tính: cặp' and a '(%)' column; every numeric cell is a figure, subject = column label, district row -> location;",
    "no year in the table: period năm 2023 from the text (inherited). '4 huyện có tỷ lệ tảo hôn cao nhất' is a structure count (optional).",
    "'Trong năm' -> 2023. 'Kế hoạch năm 2024, tỉnh phấn đấu 100% ... và giảm ít nhất 5%' -> targets.",
    "Distractors: 'Luật Hôn nhân và gia đình năm 2014', 'Chương trình mục tiêu quốc gia 1719', phone 0206.3852.919, 'số 036 Kim Đồng', date line.",
]

build("p347-8", TEXT, COMMENTS, FIGS, published="2024-04-15", location="Cao Bằng")
