"""p949-7: Chi cục Kiểm lâm Hậu Giang site, no dateline; one-cell-per-line table; footer and counter."""
from lib import F, period, change, year, write

ROWS = [
    ("Khu BTTN Lung Ngọc Hoàng", ["2.790", "2.805", "2.820"], "Hậu Giang", " Khu BTTN Lung Ngọc Hoàng"),
    ("Huyện Phụng Hiệp", ["640", "668", "700"], "Phụng Hiệp", ""),
    ("Huyện Long Mỹ", ["455", "482", "520"], "Long Mỹ", ""),
    ("Thành phố Vị Thanh", ["226", "261", "300"], "Vị Thanh", ""),
    ("Tổng cộng", ["4.111", "4.216", "4.340"], "Hậu Giang", ""),
]
TABLE = "\n".join(["Đơn vị", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
                  + [x for label, cells, _, _ in ROWS for x in [label] + cells])

TEXT = """CHI CỤC KIỂM LÂM TỈNH HẬU GIANG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả bảo vệ và phát triển rừng tràm năm 2023

Năm 2023, toàn tỉnh có 4.216 ha rừng tràm, tăng 105 ha so với năm 2022; tỷ lệ che phủ rừng và cây xanh phân tán đạt 3,1%. Trong năm, trên địa bàn tỉnh xảy ra 1 vụ cháy rừng tràm, diện tích thiệt hại 0,35 ha, được lực lượng tại chỗ dập tắt sau 40 phút.

Lực lượng kiểm lâm đã phối hợp tổ chức 146 cuộc tuyên truyền với hơn 5.200 lượt người tham dự; ký cam kết bảo vệ rừng với 1.380 hộ dân sống gần rừng. Đơn giá khoán bảo vệ rừng hiện là 300.000 đồng/ha/năm.

Diện tích rừng tràm phân theo đơn vị
Đơn vị tính: ha
""" + TABLE + """

Năm 2024, tỉnh phấn đấu trồng mới 124 ha rừng tràm, không để xảy ra cháy rừng; dự kiến tổng kinh phí bảo vệ và phát triển rừng khoảng 6,8 tỷ đồng.

CHI CỤC KIỂM LÂM TỈNH HẬU GIANG
Địa chỉ: Số 09 Trần Hưng Đạo, phường 5, thành phố Vị Thanh, tỉnh Hậu Giang
Điện thoại: 0293.3878.215 - Email: ccklhaugiang@haugiang.gov.vn
Tổng lượt truy cập: 1.286.430 | Đang trực tuyến: 37
"""

Y23 = year(2023, "Năm 2023")
IN23 = year(2023, "Trong năm")
COLP = [(year(2022, "Năm 2022"), "actual"), (year(2023, "Năm 2023"), "actual"),
        (year(2024, "Kế hoạch 2024"), "target")]

FIGS = [
    F("có 4.216 ha", "4.216", 4216, "measure", "ha", change=change("increase", 105, "ha", "năm 2022"),
      subject="diện tích rừng tràm", period=Y23),
    F("đạt 3,1%", "3,1", 3.1, "percent", "%", subject="tỷ lệ che phủ rừng và cây xanh phân tán", period=Y23),
    F("xảy ra 1 vụ", "1", 1, "count", "vụ", subject="vụ cháy rừng tràm", period=IN23),
    F("thiệt hại 0,35 ha", "0,35", 0.35, "measure", "ha", subject="diện tích rừng tràm thiệt hại do cháy",
      period=IN23),
    F("sau 40 phút", "40", 40, "measure", "phút", subject="thời gian dập tắt đám cháy", period=IN23),
    F("tổ chức 146 cuộc", "146", 146, "count", "cuộc", subject="cuộc tuyên truyền",
      period=year(2023, "Năm 2023", inherited=True)),
    F("hơn 5.200 lượt người", "5.200", 5200, "count", "lượt người", approx="over",
      subject="lượt người tham dự tuyên truyền", period=year(2023, "Năm 2023", inherited=True)),
    F("với 1.380 hộ", "1.380", 1380, "count", "hộ", subject="hộ dân ký cam kết bảo vệ rừng",
      period=year(2023, "Năm 2023", inherited=True)),
    F("là 300.000 đồng/ha/năm", "300.000", 300000, "money", "đồng/ha/năm",
      subject="đơn giá khoán bảo vệ rừng"),
]
for label, cells, loc, suf in ROWS:
    for j, cell in enumerate(cells):
        prev = label if j == 0 else cells[j - 1]
        per, status = COLP[j]
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(f"{prev}\n{cell}", cell, float(cell.replace(".", "")), "measure", "ha",
                      subject="diện tích rừng tràm" + suf, period=per, location=loc, **kw))
FIGS += [
    F("trồng mới 124 ha", "124", 124, "measure", "ha", status="target",
      subject="diện tích rừng tràm trồng mới", period=year(2024, "Năm 2024")),
    F("khoảng 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí bảo vệ và phát triển rừng", period=year(2024, "Năm 2024")),
]

NOTES = [
    "Chi cục Kiểm lâm tỉnh Hậu Giang: kết quả bảo vệ, phát triển rừng tràm năm 2023; no dateline (published absent);",
    "table pasted one cell per line (header cells, then label + 3 cells per row); footer address, phone, counter.",
    "Distractors: menu line, 'Số 09 Trần Hưng Đạo, phường 5', phone '0293.3878.215', 'Tổng lượt truy cập: 1.286.430',",
    "'Đang trực tuyến: 37', column headers 'Năm 2022', 'Năm 2023', 'Kế hoạch 2024' (periods).",
    "Table cells: unit ha ('Đơn vị tính: ha'), period from the column header (scored), 'Kế hoạch 2024' → status target;",
    "place rows (huyện, thành phố) give location; the reserve row and 'Tổng cộng' are Hậu Giang. Cells get no totals.",
    "'Trong năm' = năm 2023 (the sentence before); the paragraph on propaganda has no period phrase: inherited 2023.",
    "'dập tắt sau 40 phút' is a measured duration (cf. '35 phút'), a figure.",
    "'dự kiến tổng kinh phí ... khoảng 6,8 tỷ đồng' stands in the 2024 sentence: forecast, period năm 2024.",
]

write("p949-7", TEXT, NOTES, FIGS, published=None, location="Hậu Giang")
