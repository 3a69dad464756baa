"""p940-7: department site (Sở NN&PTNT Tuyên Quang), no dateline; table pasted one cell per line."""
from lib import F, write, year, inh, period, change

HEAD = ["Huyện", "Diện tích (ha)", "Diện tích cho thu hoạch (ha)", "Sản lượng (tấn)"]
ROWS = [("Lâm Bình", ["182", "121", "80"]),
        ("Na Hang", ["145", "94", "61"]),
        ("Chiêm Hóa", ["98", "55", "34"]),
        ("Hàm Yên", ["61", "35", "23"]),
        ("Toàn tỉnh", ["486", "305", "198"])]
TABLE = "\n".join(HEAD + [c for place, cells in ROWS for c in [place] + cells])

TEXT = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TUYÊN QUANG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
Kết quả sản xuất cây dẻ năm 2023

Năm 2023, diện tích dẻ toàn tỉnh Tuyên Quang đạt 486 ha, tăng 38 ha so với năm 2022; diện tích cho thu hoạch 305 ha. Sản lượng hạt đạt 198 tấn, bằng 110% kế hoạch, tăng 9,4% so với năm 2022. Giá bán hạt dẻ bình quân 52.000 đồng/kg, giá trị thu được trên 10 tỷ đồng. Dẻ được trồng chủ yếu ở các xã vùng cao dọc Quốc lộ 279 và ven hồ thủy điện Na Hang.

Diện tích, sản lượng dẻ phân theo huyện năm 2023:
""" + TABLE + """

Trong năm, toàn tỉnh trồng mới 45 ha dẻ ghép bằng giống TQ1 và giống dẻ Trùng Khánh; tỷ lệ cây sống đạt 87%. Sở đã phối hợp với Viện Nghiên cứu Rau quả tập huấn kỹ thuật ghép, chăm sóc dẻ cho hơn 320 lượt nông dân tại 14 xã. Hiện toàn tỉnh có 2 hợp tác xã thu mua hạt dẻ, trong đó HTX Dẻ Thượng Lâm có sản phẩm đạt OCOP 3 sao.

Năm 2024, Sở phấn đấu trồng mới 60 ha, sản lượng đạt 220 tấn, giá trị sản xuất trên 12 tỷ đồng.

Địa chỉ: Số 8, đường 17/8, phường Minh Xuân, TP Tuyên Quang
Điện thoại: 0207.3822.345 - Email: snnptnt@tuyenquang.gov.vn
Lượt truy cập: 1.284.506
"""

Y23 = year("Năm 2023", 2023)
TBL = year("năm 2023", 2023, inherited=True)
Y24 = year("Năm 2024", 2024)
SUBJ = ["diện tích dẻ", "diện tích dẻ cho thu hoạch", "sản lượng hạt dẻ"]
UNIT = [("measure", "ha"), ("measure", "ha"), ("measure", "tấn")]

FIGS = [
    F("đạt 486 ha", "486", 486, "measure", "ha", "diện tích dẻ", Y23, change=change("increase", 38, "ha", "năm 2022")),
    F("thu hoạch 305 ha", "305", 305, "measure", "ha", "diện tích dẻ cho thu hoạch", Y23),
    F("đạt 198 tấn", "198", 198, "measure", "tấn", "sản lượng hạt dẻ", inh(Y23), percent=110,
      change=change("increase", 9.4, "%", "năm 2022")),
    F("bình quân 52.000 đồng/kg", "52.000", 52000, "money", "đồng/kg", "giá bán hạt dẻ bình quân", inh(Y23)),
    F("trên 10 tỷ đồng", "10", 10_000_000_000, "money", "đồng", "giá trị thu được từ hạt dẻ", inh(Y23),
      approx="over"),
]
for place, cells in ROWS:
    for i, cell in enumerate(cells):
        left = place if i == 0 else cells[i - 1]
        kind, unit = UNIT[i]
        kw = {} if place == "Toàn tỉnh" else {"location": place}
        FIGS.append(F(f"{left}\n{cell}\n", cell, float(cell), kind, unit, SUBJ[i], TBL, **kw))
FIGS += [
    F("trồng mới 45 ha", "45", 45, "measure", "ha", "diện tích dẻ ghép trồng mới", year("Trong năm", 2023)),
    F("đạt 87%", "87", 87, "percent", "%", "tỷ lệ cây sống", year("Trong năm", 2023)),
    F("hơn 320 lượt", "320", 320, "count", "lượt nông dân", "lượt nông dân được tập huấn kỹ thuật ghép, chăm sóc dẻ",
      approx="over"),
    F("tại 14 xã", "14", 14, "count", "xã", "xã được tập huấn"),
    F("có 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã thu mua hạt dẻ"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", None, optional=True),
    F("trồng mới 60 ha", "60", 60, "measure", "ha", "diện tích dẻ trồng mới", Y24, status="target"),
    F("đạt 220 tấn", "220", 220, "measure", "tấn", "sản lượng hạt dẻ", Y24, status="target"),
    F("trên 12 tỷ đồng", "12", 12_000_000_000, "money", "đồng", "giá trị sản xuất hạt dẻ", Y24, status="target",
      approx="over"),
]

COMMENTS = [
    "Sở NN&PTNT Tuyên Quang: kết quả sản xuất cây dẻ năm 2023. No dateline (no published); footer address, phone, visit counter.",
    "Table pasted one cell per line (Huyện | Diện tích (ha) | Diện tích cho thu hoạch (ha) | Sản lượng (tấn)); units from the",
    "headers; district column -> location; 'Toàn tỉnh' row -> Tuyên Quang; period from the caption line above (inherited).",
    "Not figures: 'Quốc lộ 279', 'giống TQ1', 'đường 17/8', 'Số 8', phone, 'Lượt truy cập: 1.284.506'.",
    "'bằng 110% kế hoạch' is the percent of 198 tấn; 'tăng 9,4% so với năm 2022' its change. 'Trong năm' = 2023 (nearest year).",
    "305 ha stands after ';' with no part-of cue: no total. 'Hiện' gives no period.",
]

write(7, TEXT, FIGS, COMMENTS, published=None, location="Tuyên Quang")
