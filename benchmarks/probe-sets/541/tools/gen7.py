from lib import F, P, I, CH, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH VĨNH LONG
Trang chủ / Tin tức / Công nghiệp - Tiểu thủ công nghiệp

Gạch gốm Mang Thít: từ "vương quốc lò" đến điểm đến du lịch

Dọc Quốc lộ 53 và sông Cổ Chiên, huyện Mang Thít từng có hơn 1.200 lò gạch, gốm hoạt động. Hiện toàn huyện còn khoảng 630 lò đang sản xuất. Năm 2023, giá trị sản xuất của làng nghề gạch gốm đạt 1.024 tỷ đồng, giải quyết việc làm cho trên 6.300 lao động với tiền công bình quân 180.000 - 250.000 đồng/người/ngày.

Giá trị sản xuất làng nghề gạch gốm huyện Mang Thít
Đơn vị tính: tỷ đồng
Nhóm sản phẩm
Năm 2022
Năm 2023
Kế hoạch 2024
Gạch xây dựng
512
468
450
Gốm đỏ mỹ nghệ
305
386
420
Gốm gia dụng
158
170
185

Giá trị sản xuất gốm đỏ mỹ nghệ năm 2023 tăng 26,6% so với năm 2022, trong khi gạch xây dựng giảm do nhiều lò thủ công phải dừng hoạt động. Sản phẩm gốm đỏ Vĩnh Long hiện xuất khẩu sang hơn 30 thị trường; kim ngạch xuất khẩu năm 2023 đạt 28,7 triệu USD.

Giai đoạn 2021-2023, tỉnh đã hỗ trợ 85 cơ sở tại Mang Thít chuyển đổi sang lò nung tuynel, lò hoffman với tổng kinh phí khoảng 4,2 tỷ đồng. Dự kiến đến năm 2025, số lò gạch thủ công giảm còn dưới 300 lò, doanh thu du lịch làng nghề đạt 15 tỷ đồng/năm.

Địa chỉ: Số 110 đường 3 Tháng 2, Phường 1, TP. Vĩnh Long. Điện thoại: 0270.3822.519
Tổng số lượt truy cập: 1.284.906
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Gạch xây dựng", ["512", "468", "450"]),
        ("Gốm đỏ mỹ nghệ", ["305", "386", "420"]),
        ("Gốm gia dụng", ["158", "170", "185"])]

TABLE = []
for label, cells in ROWS:
    prev = label
    for (col, per, st), c in zip(COLS, cells):
        kw = {"status": st} if st else {}
        TABLE.append(F(f"{prev}\n{c}\n", c, float(c) * 1e9, "money", "đồng",
                       f"giá trị sản xuất {label.lower()} {col.lower()}", per, **kw))
        prev = c
# the last cell of the table ends with a blank line; anchors "prev\nc\n" stay unique

FIGS = [
    F("hơn 1.200 lò", "1.200", 1200, "count", "lò", "lò gạch, gốm từng hoạt động", approx="over"),
    F("khoảng 630 lò", "630", 630, "count", "lò", "lò đang sản xuất", approx="about"),
    F("đạt 1.024 tỷ đồng", "1.024", 1024e9, "money", "đồng", "giá trị sản xuất của làng nghề gạch gốm", Y23),
    F("trên 6.300 lao động", "6.300", 6300, "count", "lao động", "lao động được giải quyết việc làm", Y23,
      approx="over"),
    F("180.000 - 250.000", "180.000", 180000, "money", "đồng/người/ngày", "tiền công bình quân", Y23,
      value_max=250000),
] + TABLE + [
    F("tăng 26,6%", "26,6", 26.6, "percent", "%", "tăng trưởng giá trị sản xuất gốm đỏ mỹ nghệ",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 30 thị trường", "30", 30, "count", "thị trường", "thị trường xuất khẩu gốm đỏ", approx="over",
      location="Vĩnh Long"),
    F("đạt 28,7 triệu USD", "28,7", 28.7e6, "money", "USD", "kim ngạch xuất khẩu gốm đỏ",
      P("năm 2023", "2023-01-01", "2023-12-31"), location="Vĩnh Long"),
    F("hỗ trợ 85 cơ sở", "85", 85, "count", "cơ sở", "cơ sở được hỗ trợ chuyển đổi sang lò nung tuynel, lò hoffman",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("khoảng 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "tổng kinh phí hỗ trợ chuyển đổi lò nung",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31"), approx="about"),
    F("dưới 300 lò", "300", 300, "count", "lò", "số lò gạch thủ công", P("đến năm 2025", None, "2025-12-31"),
      approx="under", status="forecast"),
    F("đạt 15 tỷ đồng/năm", "15", 15e9, "money", "đồng/năm", "doanh thu du lịch làng nghề",
      P("đến năm 2025", None, "2025-12-31"), status="forecast"),
]

COMMENTS = [
    "Department site (Sở Công Thương Vĩnh Long), no dateline: Mang Thít brick and red-pottery craft village — kilns, output value,",
    "labour, a one-cell-per-line table (Đơn vị tính: tỷ đồng; columns Năm 2022 | Năm 2023 | Kế hoạch 2024), exports, support, 2025 forecast.",
    "Table: every cell a figure, period from the column header (scored, as in shared h23), 'Kế hoạch 2024' → status target.",
    "'tăng 26,6%' with no base amount in its clause is a growth-rate percent figure. Province-wide export figures ('gốm đỏ Vĩnh Long')",
    "take Vĩnh Long; the rest is Mang Thít. 'Dự kiến' governs both clauses of its sentence (forecast).",
    "Distractors: 'Quốc lộ 53', 'đường 3 Tháng 2', 'Phường 1', phone, 'Tổng số lượt truy cập: 1.284.906', 'Giai đoạn 2021-2023'.",
]

emit("p541-7", TEXT, COMMENTS, FIGS, published=None, location="Mang Thít")
