"""p972-7: Trung tâm Giống nông nghiệp Bình Định site (no dateline), seed output 2023 and plan 2024, cell-per-line table."""
from lib import F, C, T, P, I, year, write

TEXT = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH ĐỊNH
TRUNG TÂM GIỐNG NÔNG NGHIỆP
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả sản xuất giống lúa năm 2023 và kế hoạch năm 2024

Năm 2023, Trung tâm Giống nông nghiệp đã sản xuất và cung ứng 1.126 tấn giống lúa các cấp, đạt 108% kế hoạch; doanh thu từ giống lúa đạt 14,8 tỷ đồng, tăng 11,3% so với năm 2022. Các giống chủ lực gồm ĐV 108, TBR225 và ML48, được nông dân các huyện Tây Sơn, Phù Cát, An Nhơn ưa chuộng.

Trong năm, Trung tâm tổ chức 12 lớp tập huấn kỹ thuật sản xuất giống cho 480 lượt nông dân và xây dựng 3 mô hình trình diễn giống mới với diện tích 15 ha. Các lô giống xuất xưởng có tỷ lệ nảy mầm bình quân 93,5%, vượt mức tối thiểu 80% theo QCVN 01-54:2011/BNNPTNT.

Bảng: Sản lượng giống lúa theo cấp giống
Đơn vị tính: tấn

Cấp giống
Năm 2022
Năm 2023
Kế hoạch 2024
Siêu nguyên chủng
18
21
25
Nguyên chủng
165
183
200
Xác nhận
862
922
1.000
Tổng cộng
1.045
1.126
1.225

Năm 2024, Trung tâm phấn đấu sản xuất 1.225 tấn giống, mở rộng liên kết với 16 hợp tác xã với tổng diện tích khoảng 260 ha. Dự kiến doanh thu đạt 16 tỷ đồng.

TRUNG TÂM GIỐNG NÔNG NGHIỆP BÌNH ĐỊNH
Địa chỉ: 152 Nguyễn Thái Học, TP. Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3846.125 - Fax: 0256.3846.127
Đang truy cập: 23 | Tổng lượt truy cập: 1.284.615
"""

Y22 = year("Năm 2022", 2022)
Y23 = year("Năm 2023", 2023)
K24 = year("Kế hoạch 2024", 2024)
Y24 = year("Năm 2024", 2024)
TN = year("Trong năm", 2023)
SNC, NC, XN = "sản lượng giống siêu nguyên chủng", "sản lượng giống nguyên chủng", "sản lượng giống xác nhận"
TOT = "tổng cộng sản lượng giống lúa"


def cells(label, triples):
    out = []
    for (anchor, num, val), per in zip(triples, (Y22, Y23, K24)):
        kw = {"status": "target"} if per is K24 else {}
        col = "kế hoạch 2024" if per is K24 else per["text"].lower()
        out.append(F(anchor, num, val, "measure", "tấn", f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("cung ứng 1.126 tấn", "1.126", 1126, "measure", "tấn", "giống lúa các cấp sản xuất và cung ứng", Y23,
      percent=108),
    F("đạt 14,8 tỷ đồng", "14,8", 14800000000, "money", "đồng", "doanh thu từ giống lúa", Y23,
      change=C("increase", 11.3, "%", "năm 2022")),
    F("tổ chức 12 lớp", "12", 12, "count", "lớp", "lớp tập huấn kỹ thuật sản xuất giống", TN),
    F("cho 480 lượt nông dân", "480", 480, "count", "lượt nông dân", "lượt nông dân được tập huấn", TN),
    F("xây dựng 3 mô hình", "3", 3, "count", "mô hình", "mô hình trình diễn giống mới", TN),
    F("diện tích 15 ha", "15", 15, "measure", "ha", "diện tích mô hình trình diễn giống mới", TN),
    F("bình quân 93,5%", "93,5", 93.5, "percent", "%", "tỷ lệ nảy mầm của các lô giống xuất xưởng"),
    F("tối thiểu 80%", "80", 80, "percent", "%", "tỷ lệ nảy mầm tối thiểu theo quy chuẩn", approx="at_least",
      optional=True),
]
FIGS += cells(SNC, [("Siêu nguyên chủng\n18", "18", 18), ("18\n21", "21", 21), ("21\n25", "25", 25)])
FIGS += cells(NC, [("Nguyên chủng\n165", "165", 165), ("165\n183", "183", 183), ("183\n200", "200", 200)])
FIGS += cells(XN, [("Xác nhận\n862", "862", 862), ("862\n922", "922", 922), ("922\n1.000", "1.000", 1000)])
FIGS += cells(TOT, [("Tổng cộng\n1.045", "1.045", 1045), ("1.045\n1.126", "1.126", 1126),
                    ("1.126\n1.225", "1.225", 1225)])
FIGS += [
    F("sản xuất 1.225 tấn", "1.225", 1225, "measure", "tấn", "giống lúa sản xuất", Y24, status="target"),
    F("với 16 hợp tác xã", "16", 16, "count", "hợp tác xã", "hợp tác xã liên kết sản xuất giống", Y24,
      status="target"),
    F("khoảng 260 ha", "260", 260, "measure", "ha", "diện tích liên kết sản xuất giống", Y24, approx="about",
      status="target"),
    F("đạt 16 tỷ đồng", "16", 16000000000, "money", "đồng", "doanh thu", I(Y24), status="forecast"),
]

NOTES = [
    "Department site (Trung tâm Giống nông nghiệp, Sở NN&PTNT Bình Định), no dateline; footer address, phone, counter.",
    "One-cell-per-line table (Đơn vị tính: tấn; Cấp giống | Năm 2022 | Năm 2023 | Kế hoạch 2024; Tổng cộng row):",
    "each cell a figure, subject from the row label, period from the column header, 'Kế hoạch 2024' -> target.",
    "revised: table subjects now carry the column label too (row label and column label, FIGURES.md tables; cf. h23).",
    "'đạt 108% kế hoạch' is the percent of 1.126 tấn. 'vượt mức tối thiểu 80% theo QCVN ...' is a regulatory threshold:",
    "optional, not a target attribute of 93,5%. The 2024 plan sentence continues 'phấn đấu' (target); 'Dự kiến' -> forecast.",
    "'Trong năm' (training, demonstration models) takes 2023 from the sentence before; the germination rate has no period.",
    "Distractors: ĐV 108, TBR225, ML48, QCVN 01-54:2011/BNNPTNT, 152 Nguyễn Thái Học, phone/fax, Đang truy cập: 23,",
    "Tổng lượt truy cập: 1.284.615, menu.",
]

write("p972-7", TEXT, NOTES, FIGS, published=None, location="Bình Định")
