"""p790-7: department site without dateline (Sở VHTTDL Tiền Giang), Đoàn Cải lương, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TIỀN GIANG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy

Đoàn Cải lương Tiền Giang nâng chất lượng phục vụ khán giả

Năm 2024, Đoàn Cải lương Tiền Giang (thuộc Trung tâm Văn hóa - Nghệ thuật tỉnh) đã biểu diễn 142 suất, tăng 17 suất so với năm 2023, phục vụ khoảng 68.000 lượt khán giả; doanh thu đạt 2,46 tỷ đồng, vượt 9,3% kế hoạch. Đoàn đã dàn dựng mới 3 vở, trong đó vở "Mỹ Tho thời mở cõi" đoạt Huy chương Bạc tại Liên hoan Sân khấu Cải lương toàn quốc.

Một số chỉ tiêu hoạt động của Đoàn Cải lương Tiền Giang:
Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Suất diễn (suất)
125
142
150
Khán giả (lượt người)
61.500
68.000
72.000
Doanh thu (triệu đồng)
2.080
2.460
2.700
Vở diễn mới (vở)
2
3
4

Trong năm 2024, đoàn phối hợp với ngành giáo dục tổ chức chương trình "Sân khấu học đường" với 24 suất cho hơn 9.000 học sinh tại 11 huyện, thị xã, thành phố. Hiện đoàn có 38 diễn viên, nhạc công; tuổi bình quân của diễn viên chính là 41 tuổi. Năm 2025, Sở đặt mục tiêu đưa 20 suất cải lương phục vụ du khách tại Khu di tích Rạch Gầm - Xoài Mút và chợ nổi Cái Bè.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TIỀN GIANG
Địa chỉ: Số 2 Lê Lợi, Phường 1, TP Mỹ Tho, tỉnh Tiền Giang
Điện thoại: 0273.3872.104 - Fax: 0273.3874.510
Lượt truy cập: 1.276.431
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
TN24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def cells(rowname, unit, kind, mult, anchors):
    out = []
    for (anchor, number), (col, per, st) in zip(anchors, (("năm 2023", C23, None), ("năm 2024", C24, None),
                                                          ("kế hoạch 2025", C25, "target"))):
        from lib import number_value
        kw = {"status": st} if st else {}
        out.append(F(anchor, number, number_value(number) * mult, kind, unit, f"{rowname} {col}", per, **kw))
    return out


FIGS = [
    F("biểu diễn 142 suất", "142", 142, "count", "suất", "suất biểu diễn của Đoàn Cải lương Tiền Giang", Y24,
      change=C("increase", 17, "suất", "năm 2023")),
    F("khoảng 68.000 lượt khán giả", "68.000", 68000, "count", "lượt khán giả", "lượt khán giả được phục vụ", Y24,
      approx="about"),
    F("đạt 2,46 tỷ đồng", "2,46", 2.46e9, "money", "đồng", "doanh thu", Y24,
      change=C("increase", 9.3, "%", "kế hoạch")),
    F("mới 3 vở", "3", 3, "count", "vở", "vở dàn dựng mới", I(Y24)),
]
FIGS += cells("Suất diễn", "suất", "count", 1, [("(suất)\n125", "125"), ("125\n142", "142"), ("142\n150", "150")])
FIGS += cells("Khán giả", "lượt người", "count", 1,
              [("(lượt người)\n61.500", "61.500"), ("61.500\n68.000", "68.000"), ("68.000\n72.000", "72.000")])
FIGS += cells("Doanh thu", "đồng", "money", 1e6,
              [("(triệu đồng)\n2.080", "2.080"), ("2.080\n2.460", "2.460"), ("2.460\n2.700", "2.700")])
FIGS += cells("Vở diễn mới", "vở", "count", 1, [("(vở)\n2", "2"), ("(vở)\n2\n3", "3"), ("\n3\n4\n", "4")])
FIGS += [
    F("với 24 suất", "24", 24, "count", "suất", "suất diễn chương trình Sân khấu học đường", TN24),
    F("hơn 9.000 học sinh", "9.000", 9000, "count", "học sinh", "học sinh xem chương trình Sân khấu học đường",
      TN24, approx="over"),
    F("tại 11 huyện", "11", 11, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố có chương trình Sân khấu học đường", TN24),
    F("có 38 diễn viên", "38", 38, "count", "diễn viên, nhạc công", "diễn viên, nhạc công của đoàn"),
    F("là 41 tuổi", "41", 41, "measure", "tuổi", "tuổi bình quân của diễn viên chính"),
    F("đưa 20 suất", "20", 20, "count", "suất", "suất cải lương phục vụ du khách", Y25, status="target"),
]

NOTES = [
    "Department site (Sở VHTTDL Tiền Giang), no dateline: Đoàn Cải lương Tiền Giang 2024; table pasted one cell per line",
    "(header cells Chỉ tiêu / Năm 2023 / Năm 2024 / Kế hoạch 2025, then each row's label and cells). Units from the row labels",
    "('(triệu đồng)' makes 2.080 = 2,08·10^9 đồng); period from the column header; 'Kế hoạch 2025' → status target.",
    "'vượt 9,3% kế hoạch' is a change of 2,46 tỷ with baseline 'kế hoạch'; 'tăng 17 suất so với năm 2023' the change of 142 suất.",
    "Not figures: footer address 'Số 2 Lê Lợi, Phường 1', phone and fax, 'Lượt truy cập: 1.276.431'. No published date.",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Tiền Giang")
