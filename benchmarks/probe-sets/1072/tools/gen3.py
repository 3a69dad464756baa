"""p1072-3: formal report of UBND tỉnh Vĩnh Long on grapefruit, 9 months 2024, flattened | table (12/10/2024)."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH VĨNH LONG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Vĩnh Long, ngày 12 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ bưởi 9 tháng đầu năm 2024 và nhiệm vụ quý IV/2024

Thực hiện Công văn số 4120/BNN-TT ngày 25/9/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến 30/9/2024, toàn tỉnh có 11.480 ha bưởi (chủ yếu là bưởi Năm Roi và bưởi da xanh), tăng 2,7% so với cùng kỳ; diện tích cho trái 9.350 ha. Sản lượng 9 tháng ước đạt 142.600 tấn, đạt 74,5% kế hoạch năm.

Diện tích bưởi phân theo huyện, thị xã (tính đến 30/9/2024):
Đơn vị tính: ha
Huyện, thị xã | Tổng diện tích | Diện tích cho trái | Trồng mới 9 tháng
Bình Minh | 2.860 | 2.410 | 65
Bình Tân | 2.540 | 2.130 | 48
Trà Ôn | 2.210 | 1.760 | 72
Tam Bình | 1.980 | 1.590 | 39
Các huyện còn lại | 1.890 | 1.460 | 26
Tổng cộng | 11.480 | 9.350 | 250

2. Tiêu thụ, xuất khẩu
Giá bưởi Năm Roi loại 1 bình quân 9 tháng đạt 24.500 đồng/kg, giảm 8,2% so với cùng kỳ. Sản lượng bưởi xuất khẩu đạt 3.150 tấn, gồm: thị trường EU 1.420 tấn, Mỹ 860 tấn, các thị trường khác 870 tấn. Toàn tỉnh có 27 mã số vùng trồng với diện tích 1.245 ha được cấp phục vụ xuất khẩu.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu sản lượng cả năm đạt 191.000 tấn; cấp mới ít nhất 5 mã số vùng trồng; tổ chức 2 đợt xúc tiến tiêu thụ bưởi tại TP. Hồ Chí Minh và Hà Nội.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")
CAP = P("tính đến 30/9/2024", None, "2024-09-30", inherited=True)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)
YEAR = P("cả năm", "2024-01-01", "2024-12-31")


def cells(anchor_row, place, label, values):
    """Row of the | table: (anchor piece, number, value) for the three columns."""
    cols = [("tổng diện tích bưởi", CAP), ("diện tích bưởi cho trái", CAP), ("diện tích bưởi trồng mới", M9)]
    out = []
    for (subj, per), (anchor, num, val) in zip(cols, values):
        kw = {}
        if place:
            kw["location"] = place
        s = subj if not label else f"{subj} {label}"
        out.append(F(anchor, num, val, "measure", "ha", s, per, **kw))
    return out


FIGS = [
    F("có 11.480 ha", "11.480", 11480, "measure", "ha", "diện tích bưởi", ASOF,
      change=C("increase", 2.7, baseline="cùng kỳ")),
    F("cho trái 9.350 ha", "9.350", 9350, "measure", "ha", "diện tích bưởi cho trái", ASOF),
    F("ước đạt 142.600 tấn", "142.600", 142600, "measure", "tấn", "sản lượng bưởi", M9,
      status="estimate", percent=74.5),
]
FIGS += cells(None, "Bình Minh", None, [("Bình Minh | 2.860", "2.860", 2860), ("2.860 | 2.410", "2.410", 2410), ("2.410 | 65", "65", 65)])
FIGS += cells(None, "Bình Tân", None, [("Bình Tân | 2.540", "2.540", 2540), ("2.540 | 2.130", "2.130", 2130), ("2.130 | 48", "48", 48)])
FIGS += cells(None, "Trà Ôn", None, [("Trà Ôn | 2.210", "2.210", 2210), ("2.210 | 1.760", "1.760", 1760), ("1.760 | 72", "72", 72)])
FIGS += cells(None, "Tam Bình", None, [("Tam Bình | 1.980", "1.980", 1980), ("1.980 | 1.590", "1.590", 1590), ("1.590 | 39", "39", 39)])
FIGS += cells(None, None, "các huyện còn lại", [("lại | 1.890", "1.890", 1890), ("1.890 | 1.460", "1.460", 1460), ("1.460 | 26", "26", 26)])
FIGS += cells(None, None, "tổng cộng", [("Tổng cộng | 11.480", "11.480", 11480), ("11.480 | 9.350", "9.350", 9350), ("9.350 | 250", "250", 250)])
FIGS += [
    F("đạt 24.500 đồng/kg", "24.500", 24500, "money", "đồng/kg", "giá bưởi Năm Roi loại 1 bình quân", M9,
      change=C("decrease", 8.2, baseline="cùng kỳ")),
    F("đạt 3.150 tấn", "3.150", 3150, "measure", "tấn", "sản lượng bưởi xuất khẩu", I(M9)),
    F("EU 1.420 tấn", "1.420", 1420, "measure", "tấn", "sản lượng bưởi xuất khẩu sang thị trường EU", I(M9), total=3150),
    F("Mỹ 860 tấn", "860", 860, "measure", "tấn", "sản lượng bưởi xuất khẩu sang Mỹ", I(M9), total=3150),
    F("khác 870 tấn", "870", 870, "measure", "tấn", "sản lượng bưởi xuất khẩu sang các thị trường khác", I(M9), total=3150),
    F("có 27 mã số", "27", 27, "count", "mã số vùng trồng", "mã số vùng trồng được cấp phục vụ xuất khẩu"),
    F("diện tích 1.245 ha", "1.245", 1245, "measure", "ha", "diện tích mã số vùng trồng được cấp phục vụ xuất khẩu"),
    F("đạt 191.000 tấn", "191.000", 191000, "measure", "tấn", "sản lượng bưởi cả năm", YEAR, status="target"),
    F("ít nhất 5 mã số", "5", 5, "count", "mã số vùng trồng", "mã số vùng trồng cấp mới", Q4,
      status="target", approx="at_least"),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt xúc tiến tiêu thụ bưởi", Q4, status="target"),
]

NOTES = [
    "Formal report (letterhead UBND TỈNH VĨNH LONG, Số: 287/BC-UBND, Vĩnh Long, ngày 12 tháng 10 năm 2024), flattened | table by district.",
    "Not figures: Số 287/BC-UBND, Công văn số 4120/BNN-TT ngày 25/9/2024, section numbers I., 1., 2., II., heading QUÝ IV/2024, loại 1, Lưu: VT.",
    "Table: Đơn vị tính: ha; every cell is a figure; a district row label goes to location, 'Các huyện còn lại' and 'Tổng cộng'",
    "are row labels that are no place (subject, location Vĩnh Long). Periods: the caption 'tính đến 30/9/2024' stands outside the rows",
    "(inherited); the column header 'Trồng mới 9 tháng' gives the period of its column (scored). Cells carry no totals.",
    "9.350 ha after ';' has no part-of cue: no total. 3.150 tấn 'gồm:' EU/Mỹ/khác which add up: total 3150; markets are not places.",
    "Tasks under 'NHIỆM VỤ QUÝ IV/2024' are targets ('Phấn đấu' governs the whole list); 'cả năm' = 2024.",
]

write(3, TEXT, FIGS, NOTES, published="2024-10-12", location="Vĩnh Long")
