"""p680-3: UBND tỉnh Sơn La formal report — sericulture 9 months 2024, flattened '|' table by district."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH SƠN LA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 298/BC-UBND
Sơn La, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển dâu tằm 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/9/2024, toàn tỉnh có 2.846 ha dâu, đạt 94,9% kế hoạch năm, tăng 312 ha so với cùng thời điểm năm 2023. Trong 9 tháng, các hộ đã nuôi 52.380 hộp trứng giống; sản lượng kén đạt 1.892,6 tấn, tăng 14,2% so với cùng kỳ; giá trị sản phẩm ước đạt 321,7 tỷ đồng.

Bảng 1. Diện tích dâu theo huyện
Đơn vị tính: ha
TT | Huyện | Kế hoạch năm 2024 | Thực hiện đến 30/9/2024 | Ước cả năm 2024 | Tỷ lệ TH/KH (%)
1 | Mộc Châu | 850 | 812 | 860 | 95,5
2 | Yên Châu | 640 | 604 | 645 | 94,4
3 | Vân Hồ | 480 | 455 | 490 | 94,8
4 | Mai Sơn | 420 | 396 | 425 | 94,3
5 | Các huyện khác | 610 | 579 | 590 | 94,9
 | Tổng cộng | 3.000 | 2.846 | 3.010 | 94,9

2. Tiêu thụ, chế biến
Trên địa bàn tỉnh có 3 nhà máy ươm tơ với tổng công suất 650 tấn kén/năm, thu mua khoảng 70% sản lượng kén; phần còn lại được thương lái đưa về Lâm Đồng, Cao Bằng tiêu thụ. Giá kén bình quân 9 tháng đạt 168.500 đồng/kg, giảm 4,1% so với cùng kỳ.

II. NHIỆM VỤ QUÝ IV/2024
Trong quý IV/2024, phấn đấu trồng mới 150 ha dâu; đến hết năm 2024 nâng tổng diện tích dâu lên 3.000 ha. Dự kiến hỗ trợ 1,2 tỷ đồng cho các hộ mua né gỗ, xây nhà nuôi tằm.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện đến 30/9/2024", None, "2024-09-30")
UOC = P("Ước cả năm 2024", "2024-01-01", "2024-12-31")
TITLE = INH(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
END24 = P("đến hết năm 2024", None, "2024-12-31")

ROWS = [  # label, location, plan, done, estimate, rate, anchors
    ("Mộc Châu", "Mộc Châu", ("| 850 |", "850"), ("| 812 |", "812"), ("| 860 |", "860"), ("| 95,5", "95,5")),
    ("Yên Châu", "Yên Châu", ("| 640 |", "640"), ("| 604 |", "604"), ("| 645 |", "645"), ("| 94,4", "94,4")),
    ("Vân Hồ", "Vân Hồ", ("| 480 |", "480"), ("| 455 |", "455"), ("| 490 |", "490"), ("| 94,8", "94,8")),
    ("Mai Sơn", "Mai Sơn", ("| 420 |", "420"), ("| 396 |", "396"), ("| 425 |", "425"), ("| 94,3", "94,3")),
    ("các huyện khác", "Sơn La", ("| 610 |", "610"), ("| 579 |", "579"), ("| 590 |", "590"), ("590 | 94,9", "94,9")),
    ("tổng cộng", "Sơn La", ("| 3.000 |", "3.000"), ("| 2.846 |", "2.846"), ("| 3.010 |", "3.010"),
     ("3.010 | 94,9", "94,9")),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, loc, kh, th, uoc, tl in ROWS:
    extra = "" if loc != "Sơn La" else " " + label
    TABLE += [
        F(kh[0], kh[1], num(kh[1]), "measure", "ha", "diện tích dâu" + extra + " kế hoạch năm 2024", KH,
          status="target", location=loc),
        F(th[0], th[1], num(th[1]), "measure", "ha", "diện tích dâu" + extra + " thực hiện đến 30/9/2024", TH,
          location=loc),
        F(uoc[0], uoc[1], num(uoc[1]), "measure", "ha", "diện tích dâu" + extra + " ước cả năm 2024", UOC,
          status="estimate", location=loc),
        F(tl[0], tl[1], num(tl[1]), "percent", "%", "tỷ lệ TH/KH diện tích dâu" + extra, TITLE,
          location=loc),
    ]

FIGS = [
    F("có 2.846 ha", "2.846", 2846, "measure", "ha", "diện tích dâu", ASOF, percent=94.9,
      change=CH("increase", 312, "ha", "cùng thời điểm năm 2023")),
    F("nuôi 52.380 hộp", "52.380", 52380, "count", "hộp trứng", "hộp trứng giống đã nuôi", M9),
    F("đạt 1.892,6 tấn", "1.892,6", 1892.6, "measure", "tấn", "sản lượng kén", M9,
      change=CH("increase", 14.2, "%", "cùng kỳ")),
    F("ước đạt 321,7 tỷ đồng", "321,7", 321700000000, "money", "đồng", "giá trị sản phẩm", M9, status="estimate"),
] + TABLE + [
    F("có 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy ươm tơ"),
    F("công suất 650 tấn", "650", 650, "measure", "tấn/năm", "tổng công suất nhà máy ươm tơ"),
    F("khoảng 70%", "70", 70, "percent", "%", "sản lượng kén được nhà máy ươm tơ thu mua", approx="about"),
    F("đạt 168.500 đồng/kg", "168.500", 168500, "money", "đồng/kg", "giá kén bình quân", M9,
      change=CH("decrease", 4.1, "%", "cùng kỳ")),
    F("mới 150 ha", "150", 150, "measure", "ha", "diện tích trồng mới dâu", Q4, status="target"),
    F("lên 3.000 ha", "3.000", 3000, "measure", "ha", "tổng diện tích dâu", END24, status="target"),
    F("hỗ trợ 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng",
      "kinh phí hỗ trợ các hộ mua né gỗ, xây nhà nuôi tằm", INH(Q4), status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Sơn La report (invented), Số 298/BC-UBND, dated by the place-and-date line: sericulture 9 months 2024, Q4 tasks.",
    "Flattened '|' table, 'Đơn vị tính: ha', the last column '(%)' overrides it. Every numeric cell is a figure (row numbers are not):",
    "district rows -> location; 'Các huyện khác' and 'Tổng cộng' rows -> Sơn La with the label in the subject. Column periods scored",
    "(Kế hoạch năm 2024 = target; Thực hiện đến 30/9/2024 = as-of; Ước cả năm 2024 = estimate); the rate column has no period of",
    "its own (inherited from the title). Table cells carry no total (as in shared h23). 'đạt 94,9% kế hoạch năm' is the percent of",
    "2.846 ha. 'Dự kiến' -> forecast. Not figures: Số 298/BC-UBND, section numbers I./II./1./2., Bảng 1, row numbers 1-5.",
    "revised after first scoring: unit of '650 tấn kén/năm' -> 'tấn/năm' (commodity in the subject); rate-column subject uses the column label as written ('tỷ lệ TH/KH'), not my expansion.",
]

if __name__ == "__main__":
    emit("p680-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Sơn La")
