"""p920-7: Sở NN&PTNT Quảng Ngãi site, no dateline — turmeric & lemongrass 2021-2023, one-cell-per-line table with a 2025 plan column."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NGÃI
Trang chủ / Trồng trọt - Bảo vệ thực vật

Cây nghệ, cây sả mở hướng làm giàu trên vùng đất cát

Thực hiện Quyết định số 1021/QĐ-UBND của UBND tỉnh về phát triển cây dược liệu, giai đoạn 2021-2023 diện tích trồng nghệ, sả trên địa bàn tỉnh tăng nhanh, tập trung tại các huyện Bình Sơn, Sơn Tịnh, Tư Nghĩa và Nghĩa Hành. Diện tích qua các năm như sau:

Đơn vị tính: ha
Cây trồng
Năm 2021
Năm 2022
Năm 2023
Kế hoạch 2025
Nghệ
640
705
780
1.000
Sả
310
365
420
600
Tổng
950
1.070
1.200
1.600

Năm 2023, sản lượng nghệ tươi đạt 22.600 tấn, sản lượng lá sả đạt 17.850 tấn, cung cấp nguyên liệu cho 4 cơ sở chưng cất tinh dầu và 9 cơ sở sơ chế nghệ. Giá trị sản xuất bình quân của cây nghệ đạt 165 triệu đồng/ha, cây sả đạt 120 triệu đồng/ha, cao hơn nhiều so với trồng lúa, lạc. Tỷ lệ diện tích áp dụng quy trình VietGAP đạt 18,5%, tăng 6,2 điểm phần trăm so với năm 2021.

Trong năm 2023, Sở đã tổ chức 12 lớp tập huấn kỹ thuật cho hơn 600 lượt nông dân; hỗ trợ xây dựng 3 mô hình trình diễn với tổng kinh phí 480 triệu đồng.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN QUẢNG NGÃI
Địa chỉ: 145 Hùng Vương, TP Quảng Ngãi, tỉnh Quảng Ngãi
Điện thoại: 0255.3822.645 - Fax: 0255.3825.310
Tổng lượt truy cập: 1.284.063 | Đang trực tuyến: 37
"""

YEARS = [("Năm 2021", "2021"), ("Năm 2022", "2022"), ("Năm 2023", "2023"), ("Kế hoạch 2025", "2025")]
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Trong năm 2023", "2023-01-01", "2023-12-31")

FIGS = []
ROWS = [("Nghệ", "diện tích nghệ", ["640", "705", "780", "1.000"]),
        ("Sả", "diện tích sả", ["310", "365", "420", "600"]),
        ("Tổng", "tổng diện tích nghệ, sả", ["950", "1.070", "1.200", "1.600"])]
for label, subj, cells in ROWS:
    prev = label
    for (head, y), num in zip(YEARS, cells):
        anchor = f"{prev}\n{num}\n"
        kw = {"status": "target"} if head.startswith("Kế hoạch") else {}
        FIGS.append(F(anchor, num, int(num.replace(".", "")), "measure", "ha", f"{subj} {head.lower()}",
                      P(head, f"{y}-01-01", f"{y}-12-31"), **kw))
        prev = num
FIGS += [
    F("đạt 22.600 tấn", "22.600", 22600, "measure", "tấn", "sản lượng nghệ tươi", Y23),
    F("đạt 17.850 tấn", "17.850", 17850, "measure", "tấn", "sản lượng lá sả", Y23),
    F("cho 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở chưng cất tinh dầu", Y23),
    F("và 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở sơ chế nghệ", Y23),
    F("đạt 165 triệu đồng/ha", "165", 165e6, "money", "đồng/ha", "giá trị sản xuất bình quân của cây nghệ", I(Y23)),
    F("đạt 120 triệu đồng/ha", "120", 120e6, "money", "đồng/ha", "giá trị sản xuất bình quân của cây sả", I(Y23)),
    F("đạt 18,5%", "18,5", 18.5, "percent", "%", "tỷ lệ diện tích áp dụng quy trình VietGAP", I(Y23),
      change=C("increase", 6.2, "điểm phần trăm", "năm 2021")),
    F("12 lớp", "12", 12, "count", "lớp", "lớp tập huấn kỹ thuật", Y23b),
    F("hơn 600 lượt", "600", 600, "count", "lượt nông dân", "lượt nông dân được tập huấn", Y23b, approx="over"),
    F("xây dựng 3 mô hình", "3", 3, "count", "mô hình", "mô hình trình diễn được hỗ trợ xây dựng", Y23b),
    F("kinh phí 480 triệu đồng", "480", 480e6, "money", "đồng", "tổng kinh phí hỗ trợ mô hình trình diễn", Y23b),
]

NOTES = [
    "Sở NN&PTNT Quảng Ngãi site, no dateline (no published), footer with address, phone, visit counter.",
    "One-cell-per-line table (Đơn vị tính: ha): rows Nghệ / Sả / Tổng by column Năm 2021 / 2022 / 2023 / Kế hoạch 2025;",
    "each cell a figure, period from its column, the plan column status target. The Tổng row is its own figure (no totals on cells).",
    "'giai đoạn 2021-2023' and the 2022-2023 numbers only locate in time. Value per ha 'cây sả đạt 120 triệu đồng/ha' shares the list's indicator.",
    "The value-per-ha and VietGAP sentences take 'Năm 2023' from the sentence before (inherited).",
    "revised: table cell subjects now carry the column label as well as the row label (FIGURES.md tables; cf. shared gold h24), e.g. 'diện tích nghệ năm 2021'.",
    "Distractors: Quyết định số 1021/QĐ-UBND, 145 Hùng Vương, phone/fax, Tổng lượt truy cập 1.284.063, Đang trực tuyến: 37.",
]

write("p920-7", TEXT, NOTES, FIGS, location="Quảng Ngãi")
