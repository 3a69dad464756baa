from lib import F, P, CH, inh, emit

TEXT = """UBND TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 387/BC-UBND
Nghệ An, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình phát triển chăn nuôi bò sữa 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đàn và sản lượng
Tính đến ngày 30/9/2024, tổng đàn bò sữa toàn tỉnh ước đạt 71.480 con, tăng 4,8% so với cùng kỳ, đạt 95,3% kế hoạch năm; sản lượng sữa tươi 9 tháng ước đạt 214.650 tấn, tăng 8,2%. Riêng quý III/2024, sản lượng sữa đạt 73.420 tấn. Chi tiết tại Bảng 1:

Chỉ tiêu | Đơn vị | 9 tháng 2023 | Ước 9 tháng 2024 | Kế hoạch 2024
Tổng đàn bò sữa | con | 68.205 | 71.480 | 75.000
Trong đó: bò vắt sữa | con | 38.120 | 40.350 | 42.000
Sản lượng sữa tươi | tấn | 198.380 | 214.650 | 290.000
Năng suất sữa | kg/con/ngày | 19,2 | 19,6 | 20,0
Số trang trại bò sữa | trang trại | 11 | 13 | 14

2. Chế biến và tiêu thụ
Trên địa bàn tỉnh có 3 nhà máy chế biến sữa với tổng công suất thiết kế 1.200 tấn/ngày. Trong 9 tháng, các nhà máy đã thu mua 186.300 tấn sữa tươi của người chăn nuôi, chiếm 86,8% sản lượng; doanh thu ước đạt 5.842,6 tỷ đồng.

3. Chính sách hỗ trợ
Thực hiện Nghị quyết số 11/2022/NQ-HĐND, đã hỗ trợ 2.350 liều tinh bò sữa, 126 hộ làm chuồng trại với tổng kinh phí 3,45 tỷ đồng, đạt 69% dự toán.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến ngày 31/12/2024 tổng đàn bò sữa đạt 75.000 con, sản lượng sữa cả năm đạt trên 290.000 tấn. Chương trình Sữa học đường dự kiến có khoảng 145.000 trẻ tham gia trong năm học 2024-2025, tăng 12.000 trẻ so với năm học trước.

Nơi nhận: Bộ NN&PTNT; TT Tỉnh ủy; Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9T = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("Ước 9 tháng 2024", "2024-01-01", "2024-09-30")
CKH = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
END = P("đến ngày 31/12/2024", None, "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")


def row(label, unit, kind, cells, anchors, totals=(None, None, None)):
    out = []
    cols = [("9 tháng 2023", C23, "actual"), ("ước 9 tháng 2024", C24, "estimate"), ("kế hoạch 2024", CKH, "target")]
    for (num, val), anchor, (cname, per, st), tot in zip(cells, anchors, cols, totals):
        kw = {}
        if st != "actual":
            kw["status"] = st
        if tot is not None:
            kw["total"] = tot
        out.append(F(anchor, num, val, kind, unit, f"{label} {cname}", per, **kw))
    return out


FIGS = [
    F("ước đạt 71.480 con", "71.480", 71480, "count", "con", "tổng đàn bò sữa toàn tỉnh", ASOF,
      percent=95.3, change=CH("increase", 4.8, "%", "cùng kỳ"), status="estimate"),
    F("ước đạt 214.650 tấn", "214.650", 214650, "measure", "tấn", "sản lượng sữa tươi", M9,
      change=CH("increase", 8.2, "%"), status="estimate"),
    F("đạt 73.420 tấn", "73.420", 73420, "measure", "tấn", "sản lượng sữa", Q3),
]
FIGS += row("Tổng đàn bò sữa", "con", "count",
            [("68.205", 68205), ("71.480", 71480), ("75.000", 75000)],
            ["| 68.205 |", "68.205 | 71.480", "71.480 | 75.000"])
FIGS += row("bò vắt sữa", "con", "count",
            [("38.120", 38120), ("40.350", 40350), ("42.000", 42000)],
            ["| 38.120 |", "| 40.350 |", "| 42.000"], totals=(68205, 71480, 75000))
FIGS += row("Sản lượng sữa tươi", "tấn", "measure",
            [("198.380", 198380), ("214.650", 214650), ("290.000", 290000)],
            ["| 198.380 |", "198.380 | 214.650", "| 290.000"])
FIGS += row("Năng suất sữa", "kg/con/ngày", "measure",
            [("19,2", 19.2), ("19,6", 19.6), ("20,0", 20.0)],
            ["| 19,2 |", "| 19,6 |", "| 20,0"])
FIGS += row("Số trang trại bò sữa", "trang trại", "count",
            [("11", 11), ("13", 13), ("14", 14)],
            ["| 11 |", "| 13 |", "| 14\n"])
FIGS += [
    F("có 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy chế biến sữa trên địa bàn tỉnh"),
    F("thiết kế 1.200 tấn/ngày", "1.200", 1200, "measure", "tấn/ngày", "tổng công suất thiết kế nhà máy chế biến sữa"),
    F("thu mua 186.300 tấn", "186.300", 186300, "measure", "tấn", "sữa tươi các nhà máy thu mua của người chăn nuôi", M9T,
      percent=86.8),
    F("ước đạt 5.842,6 tỷ đồng", "5.842,6", 5842.6e9, "money", "đồng", "doanh thu các nhà máy chế biến sữa", M9T,
      status="estimate"),
    F("hỗ trợ 2.350 liều", "2.350", 2350, "count", "liều tinh", "liều tinh bò sữa được hỗ trợ", inh(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))),
    F("126 hộ làm chuồng trại", "126", 126, "count", "hộ", "hộ được hỗ trợ làm chuồng trại", inh(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))),
    F("kinh phí 3,45 tỷ đồng", "3,45", 3.45e9, "money", "đồng", "tổng kinh phí hỗ trợ", inh(P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
      percent=69),
    F("đạt 75.000 con", "75.000", 75000, "count", "con", "tổng đàn bò sữa", END, status="target"),
    F("trên 290.000 tấn", "290.000", 290000, "measure", "tấn", "sản lượng sữa cả năm", YEAR, approx="over", status="target"),
    F("khoảng 145.000 trẻ", "145.000", 145000, "count", "trẻ", "trẻ tham gia Chương trình Sữa học đường", approx="about",
      change=CH("increase", 12000, "trẻ", "năm học trước"), status="forecast"),
]

COMMENTS = [
    "Formal report under letterhead (UBND TỈNH NGHỆ AN, Số: 387/BC-UBND, 'Nghệ An, ngày 08 tháng 10 năm 2024'): dairy cattle, 9 months 2024.",
    "Flattened '|' table: Chỉ tiêu | Đơn vị | 9 tháng 2023 | Ước 9 tháng 2024 | Kế hoạch 2024; units from the Đơn vị column; periods from",
    "the column headers (scored, as in shared h23); Ước column -> estimate, Kế hoạch column -> target.",
    "Choice: the 'Trong đó: bò vắt sữa' row is a part after 'trong đó' that follows its whole in the same column: total = the Tổng đàn cell.",
    "Section numbers (I., 1., 2., 3., II.), 'Bảng 1', 'quý IV/2024' heading, 'Nghị quyết số 11/2022/NQ-HĐND' are not figures.",
    "'năm học 2024-2025' is not a dated period in the spec: the 145.000 figure gets no period (unscored). 'cả năm' = 2024.",
    "The support figures (2.350 liều, 126 hộ, 3,45 tỷ) inherit the report's 9-month period (not scored).",
]

emit("p625-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Nghệ An")
