from lib import F, P, I, C, T, write

TEXT = """
UBND TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Nghệ An, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện hóa đơn điện tử từng lần bán xăng dầu 6 tháng đầu năm 2024

Thực hiện Công văn số 2817/BTC-TCT của Bộ Tài chính, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống cửa hàng và tình hình triển khai
Tính đến ngày 30/6/2024, toàn tỉnh có 9 thương nhân phân phối và 577 cửa hàng bán lẻ xăng dầu đang hoạt động. Kết quả triển khai tại các địa bàn như sau:

Đơn vị tính: cửa hàng
STT | Địa bàn | Tổng số CHXD | Đã lập HĐĐT từng lần bán | Tỷ lệ (%)
1 | TP Vinh | 58 | 58 | 100
2 | Quỳnh Lưu | 46 | 44 | 95,7
3 | Diễn Châu | 41 | 38 | 92,7
4 | Nghi Lộc | 37 | 35 | 94,6
5 | Các huyện, thị xã còn lại | 395 | 372 | 94,2
 | Tổng cộng | 577 | 547 | 94,8

2. Sản lượng và doanh thu
6 tháng đầu năm 2024, sản lượng xăng dầu bán ra qua hệ thống cửa hàng đạt 398.600 m3, bằng 51,2% kế hoạch năm; doanh thu ước đạt 8.735 tỷ đồng, tăng 4,3% so với cùng kỳ. Số hóa đơn điện tử đã lập là 12,4 triệu hóa đơn, gấp 2,6 lần cùng kỳ năm 2023.

II. TỒN TẠI VÀ NHIỆM VỤ THỜI GIAN TỚI
Còn 30 cửa hàng chưa lập hóa đơn từng lần bán, chủ yếu ở các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong. UBND tỉnh phấn đấu trong quý III/2024 có 100% cửa hàng thực hiện; dự kiến cả năm 2024 sản lượng xăng dầu bán ra khoảng 790 nghìn m3.

Nơi nhận:
- Bộ Tài chính;
- Lưu: VT, KT.
"""

NOTES = [
    "Probe 1065-3: UBND tỉnh Nghệ An report Số 318/BC-UBND, e-invoices per sale at petrol stations, H1 2024, flattened | table by district.",
    "Distractors: Số: 318/BC-UBND, date line, Công văn số 2817/BTC-TCT, section numbers I./II./1./2., STT column 1-5.",
    "Table: every numeric cell is a figure; place rows go to location; 'Các huyện, thị xã còn lại' and 'Tổng cộng' stay in the subject (location Nghệ An).",
    "Table cells get no totals; their as-of period comes from the sentence above the table (inherited).",
    "'bằng 51,2% kế hoạch năm' is the share (percent) of 398.600 m3. 'gấp 2,6 lần cùng kỳ năm 2023' after a count is its change (increase 2,6 lần).",
    "revised after the first run: table subjects are the literal row label + column label (FIGURES.md, Tables; cf. h24), e.g. 'Tỷ lệ', 'Tỷ lệ tổng cộng', 'Đã lập HĐĐT từng lần bán'; they had been paraphrased ('tỷ lệ cửa hàng đã lập HĐĐT từng lần bán').",
    "'Còn 30 cửa hàng' has no part-of cue: no total; its as-of period is inherited.",
]

AS = P("Tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C1, C2, C3 = "Tổng số CHXD", "Đã lập HĐĐT từng lần bán", "Tỷ lệ"


def row(anchors, numbers, values, label, loc):
    a1, a2, a3 = anchors
    n1, n2, n3 = numbers
    v1, v2, v3 = values
    kw = {"location": loc} if loc else {}
    suf = (" " + label) if label else ""
    return [
        F(a1, n1, v1, "count", "cửa hàng", C1 + suf, I(AS), **kw),
        F(a2, n2, v2, "count", "cửa hàng", C2 + suf, I(AS), **kw),
        F(a3, n3, v3, "percent", "%", C3 + suf, I(AS), **kw),
    ]


FIGS = [
    F("có 9 thương nhân", "9", 9, "count", "thương nhân phân phối", "thương nhân phân phối", AS),
    F("và 577 cửa hàng", "577", 577, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu đang hoạt động", AS),
]
FIGS += row(("TP Vinh | 58", "| 58 | 100", "58 | 100"), ("58", "58", "100"), (58, 58, 100), "", "TP Vinh")
FIGS += row(("Quỳnh Lưu | 46", "| 44 |", "95,7"), ("46", "44", "95,7"), (46, 44, 95.7), "", "Quỳnh Lưu")
FIGS += row(("Diễn Châu | 41", "| 38 |", "92,7"), ("41", "38", "92,7"), (41, 38, 92.7), "", "Diễn Châu")
FIGS += row(("Nghi Lộc | 37", "| 35 |", "94,6"), ("37", "35", "94,6"), (37, 35, 94.6), "", "Nghi Lộc")
FIGS += row(("còn lại | 395", "| 372 |", "94,2"), ("395", "372", "94,2"), (395, 372, 94.2), "các huyện, thị xã còn lại", None)
FIGS += row(("Tổng cộng | 577", "| 547 |", "94,8"), ("577", "547", "94,8"), (577, 547, 94.8), "tổng cộng", None)
FIGS += [
    F("đạt 398.600 m3", "398.600", 398600, "measure", "m3", "sản lượng xăng dầu bán ra qua hệ thống cửa hàng", H1,
      percent=51.2),
    F("ước đạt 8.735 tỷ đồng", "8.735", 8735000000000, "money", "đồng", "doanh thu", H1,
      change=C("increase", 4.3, "%", "cùng kỳ"), status="estimate"),
    F("là 12,4 triệu hóa đơn", "12,4", 12400000, "count", "hóa đơn", "hóa đơn điện tử đã lập", I(H1),
      change=C("increase", 2.6, "lần", "cùng kỳ năm 2023")),
    F("Còn 30 cửa hàng", "30", 30, "count", "cửa hàng", "cửa hàng chưa lập hóa đơn từng lần bán", I(AS)),
    F("có 100% cửa hàng", "100", 100, "percent", "%", "cửa hàng thực hiện hóa đơn điện tử từng lần bán",
      P("quý III/2024", "2024-07-01", "2024-09-30"), status="target"),
    F("khoảng 790 nghìn m3", "790", 790000, "measure", "m3", "sản lượng xăng dầu bán ra",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

write("p1065-3", TEXT, NOTES, FIGS, published="2024-07-12", location="Nghệ An")
