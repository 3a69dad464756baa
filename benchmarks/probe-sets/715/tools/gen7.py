from lib import F, P, I, CH, emit

HEAD = ["Sân golf", "Số hố", "Năm 2022 (lượt khách)", "Năm 2023 (lượt khách)", "Doanh thu 2023 (tỷ đồng)"]
ROWS = [("Vinpearl Golf Phú Quốc", "27", "44.180", "61.350", "243,6"),
        ("Sân golf Bãi Trường", "18", "14.720", "22.410", "88,2"),
        ("Sân golf Ngọc Trai", "9", "7.750", "11.880", "47,1")]
table = "\n".join(HEAD + [c for r in ROWS for c in r])

TEXT = """SỞ DU LỊCH TỈNH KIÊN GIANG
Trang chủ / Tin hoạt động / Thống kê du lịch

Phú Quốc: Lượt khách chơi golf tăng mạnh trong năm 2023

Năm 2023, ba sân golf trên địa bàn thành phố Phú Quốc đón tổng cộng 95.640 lượt khách chơi golf, tăng 43,5% so với năm 2022; doanh thu đạt 378,9 tỷ đồng. Kết quả cụ thể từng sân như sau:

""" + table + """

Khách Hàn Quốc chiếm tỷ trọng lớn nhất với 48,2%, tiếp đến là khách nội địa 21,4% và khách Nhật Bản 12,6%. Thời gian lưu trú bình quân của khách chơi golf đạt 4,6 ngày, dài hơn 1,8 ngày so với khách du lịch nói chung.

Năm 2024, ngành du lịch Phú Quốc phấn đấu đón 120.000 lượt khách chơi golf. Dự án sân golf 36 hố tại phường Gành Dầu với diện tích 235 ha đã được chấp thuận chủ trương đầu tư, vốn đăng ký 6.800 tỷ đồng.

Sở Du lịch đề nghị các doanh nghiệp chủ động phối hợp với hãng hàng không, công ty lữ hành xây dựng sản phẩm trọn gói "bay - nghỉ dưỡng - chơi golf", đồng thời tham gia các hội chợ du lịch golf quốc tế.

Địa chỉ: số 06 Trần Phú, phường Vĩnh Thanh Vân, TP. Rạch Giá. Điện thoại: 0297.3862.081
Lượt truy cập: 1.562.304
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
R23 = P("Doanh thu 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("ba sân golf", "ba", 3, "count", "sân golf", "sân golf trên địa bàn thành phố Phú Quốc", Y23),
    F("tổng cộng 95.640 lượt", "95.640", 95640, "count", "lượt khách", "lượt khách chơi golf", Y23,
      change=CH("increase", 43.5, "%", "năm 2022")),
    F("đạt 378,9 tỷ đồng", "378,9", 378900000000, "money", "đồng", "doanh thu của các sân golf", Y23),
]
for name, holes, c22, c23, rev in ROWS:
    FIGS += [
        F(f"{name}\n{holes}\n", holes, int(holes), "count", "hố", f"{name} số hố"),
        F(f"\n{c22}\n", c22, int(c22.replace(".", "")), "count", "lượt khách", f"{name} lượt khách năm 2022", Y22),
        F(f"\n{c23}\n", c23, int(c23.replace(".", "")), "count", "lượt khách", f"{name} lượt khách năm 2023", Y23),
        F(f"\n{rev}\n", rev, round(float(rev.replace(",", ".")) * 10**9), "money", "đồng",
          f"{name} doanh thu 2023", R23),
    ]
FIGS += [
    F("với 48,2%", "48,2", 48.2, "percent", "%", "tỷ trọng khách Hàn Quốc", I(Y23)),
    F("nội địa 21,4%", "21,4", 21.4, "percent", "%", "tỷ trọng khách nội địa", I(Y23)),
    F("Nhật Bản 12,6%", "12,6", 12.6, "percent", "%", "tỷ trọng khách Nhật Bản", I(Y23)),
    F("đạt 4,6 ngày", "4,6", 4.6, "measure", "ngày", "thời gian lưu trú bình quân của khách chơi golf", I(Y23),
      change=CH("increase", 1.8, "ngày", "khách du lịch nói chung")),
    F("đón 120.000 lượt", "120.000", 120000, "count", "lượt khách", "lượt khách chơi golf", Y24, status="target"),
    F("sân golf 36 hố", "36", 36, "count", "hố", "quy mô dự án sân golf tại phường Gành Dầu"),
    F("diện tích 235 ha", "235", 235, "measure", "ha", "diện tích dự án sân golf tại phường Gành Dầu"),
    F("vốn đăng ký 6.800 tỷ", "6.800", 6800 * 10**9, "money", "đồng", "vốn đăng ký dự án sân golf"),
]

COMMENTS = [
    "Sở Du lịch tỉnh Kiên Giang (department site), no dateline: golf visitors in Phú Quốc 2022-2023; one-cell-per-line table with units",
    "in the column headers (lượt khách; tỷ đồng = 10^9 đồng; 'Số hố' -> count hố). Subject = course + column; period from the column",
    "header (scored, as shared h23); the 'Số hố' column has no period. Course names are not places: location Phú Quốc (the city) throughout.",
    "The three courses add up to the lead's 95.640 / 378,9 tỷ, but table cells get no totals (choice, as in the shared table golds).",
    "'ba sân golf' is a number word (count 3). 'dài hơn 1,8 ngày so với khách du lịch nói chung' is the change of 4,6 ngày (unit ngày).",
    "'phường Gành Dầu' is a ward of Phú Quốc: location stays Phú Quốc. 'Năm 2024 ... phấn đấu' -> target.",
    "Distractors: 'số 06 Trần Phú, phường Vĩnh Thanh Vân', phone 0297.3862.081, 'Lượt truy cập: 1.562.304', 'bay - nghỉ dưỡng - chơi golf'.",
]

emit("p715-7", TEXT, COMMENTS, FIGS, published=None, location="Phú Quốc")
