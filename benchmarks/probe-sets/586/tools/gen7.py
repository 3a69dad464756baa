"""p586-7: Department site (Sở NN&PTNT Quảng Nam, no dateline) — species recorded in nature reserves, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NAM
Chi cục Kiểm lâm

Đa dạng sinh học tại các khu bảo tồn của Quảng Nam

Quảng Nam hiện có 4 khu bảo tồn với tổng diện tích 137.520 ha, chiếm 19,8% diện tích rừng toàn tỉnh. Giai đoạn 2019-2023, các nhà khoa học đã phát hiện và công bố 7 loài mới cho khoa học tại các khu bảo tồn của tỉnh, gồm 4 loài thực vật và 3 loài động vật.

Bảng: Số loài động, thực vật ghi nhận tại các khu bảo tồn (tính đến hết năm 2023)
Đơn vị tính: loài

Khu bảo tồn
Thực vật
Động vật
Nguy cấp, quý, hiếm
KBT thiên nhiên Sông Thanh
1.562
682
97
KBT Sao la Quảng Nam
1.017
510
64
KBT loài và sinh cảnh Voi
872
446
51
KBT Ngọc Linh
1.341
598
83

Năm 2023, hệ thống 120 bẫy ảnh tại KBT Sao la Quảng Nam đã ghi nhận 34 loài thú, trong đó có 11 loài thuộc Sách Đỏ Việt Nam. Quần thể voi hoang dã tại KBT loài và sinh cảnh Voi hiện còn khoảng 12 - 14 cá thể.

Trong năm 2023, lực lượng bảo vệ rừng của các khu bảo tồn tổ chức 1.086 lượt tuần tra, tháo gỡ 2.315 bẫy các loại; kế hoạch năm 2024 là 1.200 lượt tuần tra.

Kinh phí chi cho công tác bảo tồn đa dạng sinh học năm 2023 là 21,6 tỷ đồng; bình quân khoảng 157.000 đồng/ha rừng đặc dụng.

Địa chỉ: 100 Trần Hưng Đạo, TP Tam Kỳ, Quảng Nam | Điện thoại: 0235.3852.245
Tổng lượt truy cập: 1.206.334
"""

TBL = P("tính đến hết năm 2023", None, "2023-12-31", inh=True)
G = P("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Yk = P("năm 2023", "2023-01-01", "2023-12-31")

ROWS = [
    ("KBT thiên nhiên Sông Thanh", [("Thanh\n1.562", "1.562", 1562), ("1.562\n682", "682", 682), ("682\n97", "97", 97)]),
    ("KBT Sao la Quảng Nam", [("Nam\n1.017", "1.017", 1017), ("1.017\n510", "510", 510), ("510\n64", "64", 64)]),
    ("KBT loài và sinh cảnh Voi", [("Voi\n872", "872", 872), ("872\n446", "446", 446), ("446\n51", "51", 51)]),
    ("KBT Ngọc Linh", [("Linh\n1.341", "1.341", 1341), ("1.341\n598", "598", 598), ("598\n83", "83", 83)]),
]
COLS = ["Thực vật", "Động vật", "Nguy cấp, quý, hiếm"]

FIGS = [
    F("có 4 khu bảo tồn", "4", 4, "count", "khu bảo tồn", "khu bảo tồn"),
    F("137.520 ha", "137.520", 137520, "measure", "ha", "tổng diện tích khu bảo tồn", percent=19.8),
    F("công bố 7 loài", "7", 7, "count", "loài", "loài mới cho khoa học phát hiện và công bố", G),
    F("gồm 4 loài", "4", 4, "count", "loài", "loài thực vật mới cho khoa học", G, total=7),
    F("và 3 loài", "3", 3, "count", "loài", "loài động vật mới cho khoa học", G, total=7),
]
for row, cells in ROWS:
    for (anchor, num, v), col in zip(cells, COLS):
        FIGS.append(F(anchor, num, v, "count", "loài", f"{col} {row}", TBL))
FIGS += [
    F("hệ thống 120 bẫy ảnh", "120", 120, "count", "bẫy ảnh", "bẫy ảnh tại KBT Sao la Quảng Nam", Y),
    F("nhận 34 loài", "34", 34, "count", "loài", "loài thú bẫy ảnh ghi nhận", Y),
    F("có 11 loài", "11", 11, "count", "loài", "loài thú thuộc Sách Đỏ Việt Nam", Y, total=34),
    F("khoảng 12 - 14 cá thể", "12", 12, "count", "cá thể", "quần thể voi hoang dã tại KBT loài và sinh cảnh Voi",
      value_max=14, approx="about"),
    F("tổ chức 1.086 lượt", "1.086", 1086, "count", "lượt", "lượt tuần tra của lực lượng bảo vệ rừng các khu bảo tồn",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("gỡ 2.315 bẫy", "2.315", 2315, "count", "bẫy", "bẫy các loại tháo gỡ",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("là 1.200 lượt", "1.200", 1200, "count", "lượt", "lượt tuần tra kế hoạch",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("là 21,6 tỷ đồng", "21,6", 21600000000, "money", "đồng", "kinh phí chi cho công tác bảo tồn đa dạng sinh học",
      Yk),
    F("khoảng 157.000 đồng/ha", "157.000", 157000, "money", "đồng/ha",
      "kinh phí bảo tồn bình quân trên rừng đặc dụng", Yk, approx="about"),
]

COMMENTS = [
    "Sở NN&PTNT Quảng Nam (Chi cục Kiểm lâm) page: đa dạng sinh học tại các khu bảo tồn (invented probe article, set 586). No dateline.",
    "Footer 'Tổng lượt truy cập: 1.206.334', address '100 Trần Hưng Đạo', phone, 'Giai đoạn 2019-2023' are not figures.",
    "One-cell-per-line table with 'Đơn vị tính: loài': 12 cells, subject = column + row (reserves are not provinces/districts);",
    "period from the table title '(tính đến hết năm 2023)' (as-of, inherited). The 'Nguy cấp, quý, hiếm' column is no part-of cue: no totals.",
    "'gồm 4 loài thực vật và 3 loài động vật' are parts of the 7 new species; '11 loài' after 'trong đó' is part of 34 loài thú.",
    "'chiếm 19,8% diện tích rừng' is the percent of 137.520 ha. 'hiện có/hiện còn' sentences have no period. Location Quảng Nam throughout.",
]

if __name__ == "__main__":
    emit("p586-7", TEXT, COMMENTS, FIGS, location="Quảng Nam")
