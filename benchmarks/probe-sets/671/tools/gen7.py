"""p671-7: Sở NN&PTNT Bình Định department site, no dateline — coconut area/output 2023 by locality, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH ĐỊNH
Chuyên mục: Trồng trọt - Bảo vệ thực vật

Diện tích, sản lượng dừa tỉnh Bình Định năm 2023

Dừa là cây trồng chủ lực ở vùng ven biển phía Bắc tỉnh, gắn với thương hiệu dừa Tam Quan; giống chủ lực là dừa ta xanh, dừa dâu và dừa xiêm. Năm 2023, diện tích dừa toàn tỉnh Bình Định đạt 10.215 ha, tăng 185 ha so với năm 2022; sản lượng đạt 132,8 triệu quả. Diện tích, sản lượng dừa theo địa phương như sau:

Bảng: Diện tích và sản lượng dừa
Đơn vị tính: diện tích - ha; sản lượng - triệu quả
Địa phương
Diện tích năm 2022
Diện tích năm 2023
Sản lượng năm 2023
Hoài Nhơn
4.620
4.705
66,2
Phù Mỹ
1.980
2.010
24,1
Phù Cát
1.310
1.335
15,8
Các địa phương khác
2.120
2.165
26,7
Toàn tỉnh
10.030
10.215
132,8

Năng suất dừa bình quân đạt 13.000 quả/ha/năm; giá dừa khô tại vườn dao động 70.000-80.000 đồng/chục. Toàn tỉnh có 3 doanh nghiệp và 46 cơ sở chế biến kẹo dừa, chỉ xơ dừa, thạch dừa. Riêng thị xã Hoài Nhơn có khoảng 12.400 hộ trồng dừa. Kế hoạch năm 2024, tỉnh trồng mới 150 ha dừa và phục hồi 400 ha vườn dừa già cỗi; phấn đấu đến năm 2025 diện tích dừa toàn tỉnh đạt 10.500 ha.

Liên hệ: Chi cục Trồng trọt và BVTV, 27 Lê Duẩn, TP Quy Nhơn. ĐT: 0256.3822.512
Tổng số lượt truy cập: 1.287.460
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")


def row(place, a22, n22, a23, n23, o23, v23, anchors):
    kw = {"location": place} if place else {}
    subj_extra = " các địa phương khác" if place is None and anchors[0].startswith("khác") else ""
    return [
        F(anchors[0], a22, n22, "measure", "ha", "Diện tích dừa năm 2022" + subj_extra, Y22, **kw),
        F(anchors[1], a23, n23, "measure", "ha", "Diện tích dừa năm 2023" + subj_extra, Y23, **kw),
        F(anchors[2], o23, v23, "count", "quả", "Sản lượng dừa năm 2023" + subj_extra, Y23, **kw),
    ]


FIGS = [
    F("đạt 10.215 ha", "10.215", 10215, "measure", "ha", "diện tích dừa toàn tỉnh", Y23,
      change=CH("increase", 185, "ha", "năm 2022")),
    F("đạt 132,8 triệu quả", "132,8", 132800000, "count", "quả", "sản lượng dừa", Y23),
    *row("Hoài Nhơn", "4.620", 4620, "4.705", 4705, "66,2", 66200000, ["4.620", "4.705", "66,2"]),
    *row("Phù Mỹ", "1.980", 1980, "2.010", 2010, "24,1", 24100000, ["1.980", "2.010", "24,1"]),
    *row("Phù Cát", "1.310", 1310, "1.335", 1335, "15,8", 15800000, ["1.310", "1.335", "15,8"]),
    *row(None, "2.120", 2120, "2.165", 2165, "26,7", 26700000, ["khác\n2.120", "2.165", "26,7"]),
    *row(None, "10.030", 10030, "10.215", 10215, "132,8", 132800000,
         ["10.030", "10.030\n10.215", "10.215\n132,8"]),
    F("đạt 13.000 quả/ha/năm", "13.000", 13000, "measure", "quả/ha/năm", "Năng suất dừa bình quân", I(Y23)),
    F("70.000-80.000", "70.000", 70000, "money", "đồng/chục", "giá dừa khô tại vườn", value_max=80000),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp chế biến kẹo dừa, chỉ xơ dừa, thạch dừa"),
    F("46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở chế biến kẹo dừa, chỉ xơ dừa, thạch dừa"),
    F("khoảng 12.400 hộ", "12.400", 12400, "count", "hộ", "hộ trồng dừa", approx="about", location="Hoài Nhơn"),
    F("mới 150 ha", "150", 150, "measure", "ha", "diện tích dừa trồng mới", Y24, status="target"),
    F("phục hồi 400 ha", "400", 400, "measure", "ha", "diện tích vườn dừa già cỗi phục hồi", Y24, status="target"),
    F("đạt 10.500 ha", "10.500", 10500, "measure", "ha", "diện tích dừa toàn tỉnh", T25, status="target"),
]

COMMENTS = [
    "Sở NN&PTNT Bình Định department page (invented), no dateline: diện tích, sản lượng dừa năm 2023 theo địa phương (one cell per line).",
    "'Đơn vị tính: diện tích - ha; sản lượng - triệu quả' gives the units and the ×10^6 for the output column. Periods from the column",
    "headers (scored, as in shared h23/h24). District rows → location (Hoài Nhơn is a thị xã); 'Các địa phương khác' and 'Toàn tỉnh' → Bình Định,",
    "the former keeps 'các địa phương khác' in its subject. No totals for table cells (no cue). 'Tổng số lượt truy cập: 1.287.460', '27 Lê Duẩn',",
    "phone are furniture. 'Kế hoạch năm 2024, tỉnh trồng mới …' and 'phấn đấu đến năm 2025' → status target.",
]

if __name__ == "__main__":
    emit("p671-7", TEXT, COMMENTS, FIGS, location="Bình Định")
