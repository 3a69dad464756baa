"""p1072-7: Sở NN&PTNT Hòa Bình site, no dateline, one-cell-per-line table, footer with address, phone and counter."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÒA BÌNH
Trang chủ / Tin hoạt động / Trồng trọt

Phát triển vùng bưởi đặc sản theo hướng hàng hóa

Những năm gần đây, bưởi (chủ yếu là bưởi Diễn và bưởi đỏ) đã trở thành cây trồng chủ lực của nhiều địa phương trong tỉnh. Năm 2023, tổng diện tích bưởi toàn tỉnh đạt 5.840 ha, trong đó bưởi Diễn 2.910 ha, bưởi đỏ 1.650 ha. Diện tích cho thu hoạch đạt 4.320 ha.

Kết quả sản xuất bưởi qua các năm:
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Diện tích (ha)
5.610
5.840
6.000
Diện tích cho thu hoạch (ha)
4.050
4.320
4.600
Sản lượng (tấn)
61.300
66.850
72.000
Giá trị sản xuất (tỷ đồng)
1.105
1.236
1.300

Các huyện có diện tích bưởi lớn là Lạc Thủy (1.720 ha), Yên Thủy (1.340 ha), Tân Lạc (960 ha) và Cao Phong (610 ha). Giá bưởi Diễn loại đẹp bán tại vườn từ 25.000 đến 30.000 đồng/quả; bưởi đỏ dịp Tết đạt 40.000-45.000 đồng/quả. Toàn tỉnh có 12 sản phẩm bưởi được công nhận OCOP và 7 chuỗi liên kết sản xuất, tiêu thụ bưởi an toàn.

Năm 2024, tỉnh đặt kế hoạch trồng mới 160 ha bưởi; 6 tháng đầu năm đã trồng được 95 ha, đạt 59,4% kế hoạch.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÒA BÌNH
Địa chỉ: Số 158 đường An Dương Vương, phường Phương Lâm, TP. Hòa Bình
Điện thoại: 0218.3852.417 - Fax: 0218.3852.419
Tổng lượt truy cập: 1.376.902
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")


def row(label, unit, kind, mult, cells):
    out = []
    for (anchor, num), per, col in zip(cells, (C22, C23, C24), ("năm 2022", "năm 2023", "kế hoạch 2024")):
        v = round(float(num.replace(".", "").replace(",", ".")) * mult)
        kw = {"status": "target"} if per is C24 else {}
        # FIGURES.md: a table cell's subject is the row label and the column label (revised after the first run)
        out.append(F(anchor, num, v, kind, unit, f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("đạt 5.840 ha", "5.840", 5840, "measure", "ha", "tổng diện tích bưởi", Y23),
    F("Diễn 2.910 ha", "2.910", 2910, "measure", "ha", "diện tích bưởi Diễn", Y23, total=5840),
    F("đỏ 1.650 ha", "1.650", 1650, "measure", "ha", "diện tích bưởi đỏ", Y23, total=5840),
    F("đạt 4.320 ha", "4.320", 4320, "measure", "ha", "diện tích bưởi cho thu hoạch", I(Y23)),
]
FIGS += row("diện tích bưởi", "ha", "measure", 1,
            [("(ha)\n5.610", "5.610"), ("5.610\n5.840", "5.840"), ("5.840\n6.000", "6.000")])
FIGS += row("diện tích bưởi cho thu hoạch", "ha", "measure", 1,
            [("(ha)\n4.050", "4.050"), ("4.050\n4.320", "4.320"), ("4.320\n4.600", "4.600")])
FIGS += row("sản lượng bưởi", "tấn", "measure", 1,
            [("61.300", "61.300"), ("66.850", "66.850"), ("72.000", "72.000")])
FIGS += row("giá trị sản xuất bưởi", "đồng", "money", 10 ** 9,
            [("1.105", "1.105"), ("1.236", "1.236"), ("1.236\n1.300", "1.300")])
FIGS += [
    F("Lạc Thủy (1.720 ha)", "1.720", 1720, "measure", "ha", "diện tích bưởi", location="Lạc Thủy"),
    F("Yên Thủy (1.340 ha)", "1.340", 1340, "measure", "ha", "diện tích bưởi", location="Yên Thủy"),
    F("Tân Lạc (960 ha)", "960", 960, "measure", "ha", "diện tích bưởi", location="Tân Lạc"),
    F("Cao Phong (610 ha)", "610", 610, "measure", "ha", "diện tích bưởi", location="Cao Phong"),
    F("từ 25.000 đến 30.000 đồng/quả", "25.000", 25000, "money", "đồng/quả", "giá bưởi Diễn loại đẹp bán tại vườn",
      value_max=30000),
    F("đạt 40.000-45.000 đồng/quả", "40.000", 40000, "money", "đồng/quả", "giá bưởi đỏ dịp Tết", value_max=45000),
    F("có 12 sản phẩm", "12", 12, "count", "sản phẩm", "sản phẩm bưởi được công nhận OCOP"),
    F("và 7 chuỗi", "7", 7, "count", "chuỗi liên kết", "chuỗi liên kết sản xuất, tiêu thụ bưởi an toàn"),
    F("mới 160 ha", "160", 160, "measure", "ha", "diện tích bưởi trồng mới", Y24, status="target"),
    F("được 95 ha", "95", 95, "measure", "ha", "diện tích bưởi trồng mới", H1, percent=59.4),
]

NOTES = [
    "Department site (Sở NN&PTNT Hòa Bình): no dateline (published absent); footer address, phone, fax and 'Tổng lượt truy cập: 1.376.902'.",
    "Not figures: Số 158 đường An Dương Vương, 0218.3852.417, 0218.3852.419, the visit counter.",
    "Table pasted one cell per line: header Chỉ tiêu / Năm 2022 / Năm 2023 / Kế hoạch 2024; rows Diện tích (ha), Diện tích cho",
    "thu hoạch (ha), Sản lượng (tấn), Giá trị sản xuất (tỷ đồng). Subject = row label (about bưởi) + column label, period = column header (scored),",
    "'Kế hoạch 2024' → status target; '(tỷ đồng)' makes 1.105 = 1.105·10^12 đồng.",
    "'trong đó bưởi Diễn 2.910 ha, bưởi đỏ 1.650 ha' are parts of 5.840 ha (total); 4.320 ha stands in its own sentence (no cue, no total).",
    "'6 tháng đầu năm' has no year: it takes 2024 from 'Năm 2024' earlier in the same sentence; 'đạt 59,4% kế hoạch' is the percent of 95 ha.",
    "District list without a period phrase: no period.",
    "revised after the first run: table subjects now add the column label ('diện tích bưởi kế hoạch 2024'), as FIGURES.md says",
    "('Its subject is the row label and the column label'); the first gold had the row label only.",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Hòa Bình")
