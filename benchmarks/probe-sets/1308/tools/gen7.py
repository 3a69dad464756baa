"""p1308-7: department site (Sở Y tế Đắk Lắk), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ TỈNH ĐẮK LẮK
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Đắk Lắk: Kết quả phát hiện bệnh nhân lao năm 2024

Năm 2024, Bệnh viện Phổi tỉnh và các trung tâm y tế tuyến huyện đã phát hiện 2.318 bệnh nhân lao các thể, tăng 9,6% so với năm 2023; trong đó có 73 bệnh nhân lao kháng thuốc. Tỷ lệ phát hiện đạt 122 ca/100.000 dân, xếp thứ 3 khu vực Tây Nguyên. Tỷ lệ điều trị thành công lao nhạy cảm ước đạt 88,5%, lao kháng thuốc ước đạt 71%.

Số bệnh nhân lao được phát hiện theo địa phương
Đơn vị tính: bệnh nhân
Địa phương
Năm 2023
Năm 2024
So với cùng kỳ (%)
TP Buôn Ma Thuột
486
521
107,2
Huyện Krông Pắc
214
236
110,3
Huyện Ea Súp
97
118
121,6
Các huyện, thị xã còn lại
1.318
1.443
109,5
Tổng cộng
2.115
2.318
109,6

Công tác sàng lọc chủ động được triển khai tại 15 huyện, thị xã, thành phố với 38.640 lượt người được chụp X-quang (gồm 29.410 lượt tại cộng đồng và 9.230 lượt tại cơ sở y tế), trong đó khoảng 24% là người đồng bào dân tộc thiểu số. Chi phí bình quân để phát hiện một ca lao qua sàng lọc khoảng 4,8 triệu đồng.

Năm 2025, ngành y tế tỉnh phấn đấu phát hiện trên 2.400 bệnh nhân lao, nâng tỷ lệ điều trị thành công lao kháng thuốc lên 80%.

Tin cùng chuyên mục:
- Tập huấn chẩn đoán lao trẻ em cho cán bộ y tế tuyến huyện
- Hưởng ứng Ngày Thế giới phòng, chống lao 24/3

SỞ Y TẾ TỈNH ĐẮK LẮK
Địa chỉ: 68 Lê Duẩn, phường Tân Thành, TP Buôn Ma Thuột
Điện thoại: 0262.3852.575
Lượt truy cập: 1.904.377 | Trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23), ("năm 2024", Y24), ("so với cùng kỳ", inh(Y24))]
ROWS = [
    ("TP Buôn Ma Thuột", "Buôn Ma Thuột", None, ["486", "521", "107,2"]),
    ("Huyện Krông Pắc", "Krông Pắc", None, ["214", "236", "110,3"]),
    ("Huyện Ea Súp", "Ea Súp", None, ["97", "118", "121,6"]),
    ("Các huyện, thị xã còn lại", None, "các huyện, thị xã còn lại", ["1.318", "1.443", "109,5"]),
    ("Tổng cộng", None, "tổng cộng", ["2.115", "2.318", "109,6"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, rowsubj, nums in ROWS:
    prev = label
    for (col, p), n in zip(COLS, nums):
        kw = {"location": place} if place else {}
        head = f"bệnh nhân lao được phát hiện {rowsubj} " if rowsubj else "bệnh nhân lao được phát hiện "
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev}\n{n}", n, num(n), "percent", "%", subject=head + col, period=p, **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, num(n), "count", "bệnh nhân", subject=head + col, period=p, **kw))
        prev = n

FIGS = [
    fig("phát hiện 2.318 bệnh nhân", "2.318", 2318, "count", "bệnh nhân",
        change=chg("increase", 9.6, "%", "năm 2023"), subject="bệnh nhân lao các thể phát hiện", period=Y24),
    fig("có 73 bệnh nhân", "73", 73, "count", "bệnh nhân", total=2318,
        subject="bệnh nhân lao kháng thuốc", period=Y24),
    fig("đạt 122 ca", "122", 122, "measure", "ca/100.000 dân", subject="tỷ lệ phát hiện", period=inh(Y24)),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="tỷ lệ phát hiện",
        period=inh(Y24)),
    fig("ước đạt 88,5%", "88,5", 88.5, "percent", "%", status="estimate",
        subject="tỷ lệ điều trị thành công lao nhạy cảm", period=inh(Y24)),
    fig("ước đạt 71%", "71", 71, "percent", "%", status="estimate",
        subject="tỷ lệ điều trị thành công lao kháng thuốc", period=inh(Y24)),
] + CELLS + [
    fig("tại 15 huyện", "15", 15, "count", "huyện, thị xã, thành phố",
        subject="huyện, thị xã, thành phố triển khai sàng lọc chủ động"),
    fig("với 38.640 lượt", "38.640", 38640, "count", "lượt người", subject="lượt người được chụp X-quang",
        period=inh(Y24)),
    fig("gồm 29.410 lượt", "29.410", 29410, "count", "lượt", total=38640, subject="lượt chụp X-quang tại cộng đồng",
        period=inh(Y24)),
    fig("và 9.230 lượt", "9.230", 9230, "count", "lượt", total=38640, subject="lượt chụp X-quang tại cơ sở y tế",
        period=inh(Y24)),
    fig("khoảng 24%", "24", 24, "percent", "%", approx="about", subject="người đồng bào dân tộc thiểu số",
        period=inh(Y24)),
    fig("khoảng 4,8 triệu", "4,8", 4.8e6, "money", "đồng/ca", approx="about",
        subject="chi phí bình quân để phát hiện một ca lao qua sàng lọc", period=inh(Y24)),
    fig("trên 2.400 bệnh nhân", "2.400", 2400, "count", "bệnh nhân", approx="over", status="target",
        subject="bệnh nhân lao phát hiện", period=Y25),
    fig("lên 80%", "80", 80, "percent", "%", status="target",
        subject="tỷ lệ điều trị thành công lao kháng thuốc", period=Y25),
]

NOTES = [
    "Department site (Sở Y tế Đắk Lắk), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: '68 Lê Duẩn', phone 0262.3852.575, counters 1.904.377 and 52, '24/3' in a link, 'khu vực Tây Nguyên'.",
    "One-cell-per-line table, 'Đơn vị tính: bệnh nhân', place column: a district row gives its location (Buôn Ma Thuột, Krông Pắc,",
    "Ea Súp); 'Các huyện, thị xã còn lại' and 'Tổng cộng' stay Đắk Lắk and enter the subject. Period from the column header (scored);",
    "'So với cùng kỳ (%)' cells are percent figures, period 2024 not in their header (inherited). Cells get no total.",
    "Body: 'tăng 9,6% so với năm 2023' → change; 'trong đó có 73' → total 2.318. '122 ca/100.000 dân' → rate (measure).",
    "'xếp thứ 3 khu vực Tây Nguyên' → rank of the province (location Đắk Lắk).",
    "'ước đạt 88,5%, lao kháng thuốc ước đạt 71%' → estimate, one indicator for both (periods inherited).",
    "'(gồm 29.410 ... và 9.230 ...)' right after 38.640 adds up to it: total 38.640 for both.",
    "'trong đó khoảng 24% là người đồng bào ...' → a percent figure of its own. 'Chi phí bình quân để phát hiện một ca ... 4,8 triệu đồng'",
    "→ unit đồng/ca. 'Năm 2025 ... phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1308-7", TEXT, NOTES, FIGS, location="Đắk Lắk")
