"""p732-7: department site (Sở NN&PTNT Thái Bình), clam farming, one-cell-per-line table, no dateline."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
Trang chủ > Thủy sản > Tin hoạt động

Nuôi ngao vùng bãi triều - hướng đi bền vững cho kinh tế biển

Thái Bình có 2 huyện ven biển là Tiền Hải và Thái Thụy, với tổng diện tích nuôi ngao khoảng 2.950 ha, chủ yếu ở vùng bãi triều ngoài đê biển số 8 và cồn Vành. Năm 2023, sản lượng ngao toàn tỉnh đạt 109.600 tấn, tăng 9,3% so với năm 2022; giá trị sản xuất đạt khoảng 1.640 tỷ đồng.

Sản lượng ngao nuôi phân theo huyện
Đơn vị tính: tấn
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Tiền Hải
58.300
64.100
68.000
Thái Thụy
42.000
45.500
47.000
Toàn tỉnh
100.300
109.600
115.000

Năng suất ngao bình quân đạt khoảng 37 tấn/ha, thuộc nhóm cao nhất vùng đồng bằng sông Hồng. Thu nhập từ nuôi ngao bình quân đạt 450 triệu đồng/ha/năm. Con số này gấp 3 lần so với trồng lúa trên cùng diện tích đất.

Toàn tỉnh có 184 cơ sở nuôi ngao, trong đó 27 cơ sở đạt chứng nhận VietGAP với diện tích 610 ha. Tỉnh hỗ trợ 50% kinh phí chứng nhận VietGAP, tối đa 40 triệu đồng/cơ sở theo Nghị quyết số 12/2021/NQ-HĐND. Phấn đấu đến năm 2025, sản lượng ngao toàn tỉnh đạt 120.000 tấn, trong đó 20% sản lượng được chứng nhận VietGAP.

Chi cục Thủy sản Thái Bình - Số 2 Lê Quý Đôn, TP Thái Bình - ĐT: 0227.3831.720
Tổng số lượt truy cập: 2.106.483
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
S = "Sản lượng ngao nuôi"


def cells(loc, anchors, values, numbers):
    out = []
    for a, v, n, per, col in zip(anchors, values, numbers, (Y22, Y23, K24), ("năm 2022", "năm 2023", "kế hoạch 2024")):
        kw = {"status": "target"} if per is K24 else {}
        out.append(F(a, n, v, "measure", "tấn", f"{S} {col}", per, location=loc, **kw))
    return out


FIGS = [
    F("có 2 huyện", "2", 2, "count", "huyện", "huyện ven biển"),
    F("khoảng 2.950 ha", "2.950", 2950, "measure", "ha", "tổng diện tích nuôi ngao", approx="about"),
    F("đạt 109.600 tấn", "109.600", 109600, "measure", "tấn", "sản lượng ngao toàn tỉnh",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 9.3, baseline="năm 2022")),
    F("khoảng 1.640 tỷ đồng", "1.640", 1640000000000, "money", "đồng", "giá trị sản xuất",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
]
FIGS += cells("Tiền Hải", ["Tiền Hải\n58.300", "58.300\n64.100", "64.100\n68.000"], [58300, 64100, 68000],
              ["58.300", "64.100", "68.000"])
FIGS += cells("Thái Thụy", ["Thái Thụy\n42.000", "42.000\n45.500", "45.500\n47.000"], [42000, 45500, 47000],
              ["42.000", "45.500", "47.000"])
FIGS += cells("Thái Bình", ["Toàn tỉnh\n100.300", "100.300\n109.600", "109.600\n115.000"], [100300, 109600, 115000],
              ["100.300", "109.600", "115.000"])
FIGS += [
    F("khoảng 37 tấn/ha", "37", 37, "measure", "tấn/ha", "năng suất ngao bình quân", approx="about"),
    F("đạt 450 triệu đồng/ha/năm", "450", 450000000, "money", "đồng/ha/năm", "thu nhập từ nuôi ngao bình quân"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "thu nhập từ nuôi ngao so với trồng lúa"),
    F("có 184 cơ sở", "184", 184, "count", "cơ sở", "cơ sở nuôi ngao"),
    F("trong đó 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở đạt chứng nhận VietGAP", total=184),
    F("diện tích 610 ha", "610", 610, "measure", "ha", "diện tích cơ sở đạt chứng nhận VietGAP"),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "kinh phí chứng nhận VietGAP được tỉnh hỗ trợ"),
    F("tối đa 40 triệu đồng/cơ sở", "40", 40000000, "money", "đồng/cơ sở", "mức hỗ trợ chứng nhận VietGAP",
      approx="at_most"),
    F("đạt 120.000 tấn", "120.000", 120000, "measure", "tấn", "sản lượng ngao toàn tỉnh", T25, status="target"),
    F("trong đó 20% sản lượng", "20", 20, "percent", "%", "sản lượng được chứng nhận VietGAP", T25, status="target"),
]

COMMENTS = [
    "Sở NN&PTNT Thái Bình (department site, no dateline): nuôi ngao bãi triều; one-cell-per-line table by district with 'Đơn vị tính: tấn'.",
    "Distractors: đê biển số 8 (name), Nghị quyết số 12/2021/NQ-HĐND, Số 2 Lê Quý Đôn, phone, 'Tổng số lượt truy cập: 2.106.483'.",
    "Table: every cell is a figure; subject = 'Sản lượng ngao nuôi' + column; district rows go to location, 'Toàn tỉnh' is Thái Bình;",
    "periods from the column headers (scored, as h23); 'Kế hoạch 2024' column -> status target. The 109.600 in the text and in the table",
    "are two figures (two mentions). 'Con số này gấp 3 lần so với trồng lúa' stands alone as its own sentence: a multiple figure.",
    "'trong đó 20% sản lượng' under 'Phấn đấu đến năm 2025' is a target percent figure (a percent has no total).",
]

emit("p732-7", TEXT, COMMENTS, FIGS, location="Thái Bình")
