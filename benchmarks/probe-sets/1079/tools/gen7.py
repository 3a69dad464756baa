"""p1079-7: department site (Sở LĐ-TB&XH Gia Lai), no dateline; one-cell-per-line table; footer with address, phone, counter."""
from lib import Fig, per, chg, tgt, build

TEXT = """
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH GIA LAI
Trang chủ » Giảm nghèo » Tin hoạt động

Vốn ủy thác qua Hội Cựu chiến binh góp phần giảm nghèo bền vững

Năm 2023, dư nợ ủy thác qua Hội Cựu chiến binh tỉnh đạt 561,3 tỷ đồng, tăng 48,7 tỷ đồng (9,5%) so với năm 2022, với 15.364 hộ còn dư nợ, trong đó 68,4% là hộ đồng bào dân tộc thiểu số. Các huyện có dư nợ lớn là Chư Sê (46,2 tỷ đồng), Đức Cơ (41,8 tỷ đồng) và Ia Grai (39,5 tỷ đồng).

Trong năm, nguồn vốn đã giúp 1.042 hộ thoát nghèo, tạo việc làm cho 3.150 lao động, giúp 1.280 học sinh, sinh viên có hoàn cảnh khó khăn được vay vốn học tập và xây dựng 2.460 công trình nước sạch, vệ sinh môi trường nông thôn.

Kết quả ủy thác qua Hội Cựu chiến binh tỉnh
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Dư nợ ủy thác (tỷ đồng)
512,6
561,3
600
Số tổ TK&VV (tổ)
298
305
310
Số hộ còn dư nợ (hộ)
14.820
15.364
15.800
Tỷ lệ nợ quá hạn (%)
0,21
0,15
0,1

Dự kiến đến hết năm 2024, dư nợ ủy thác qua Hội đạt khoảng 595 tỷ đồng, thấp hơn kế hoạch khoảng 5 tỷ đồng do nguồn vốn Trung ương phân bổ chậm.

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH GIA LAI
Địa chỉ: 12 Trần Hưng Đạo, phường Tây Sơn, TP. Pleiku, tỉnh Gia Lai
Điện thoại: 0269.3824.517 - Fax: 0269.3824.518
Lượt truy cập: 1.508.233 | Đang trực tuyến: 27
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23_I = per("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
IN = per("Trong năm", "2023-01-01", "2023-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")

FIGS = [
    Fig("tỉnh đạt 561,3 tỷ đồng", "561,3", 561.3e9, "money", "đồng", "dư nợ ủy thác qua Hội Cựu chiến binh tỉnh",
        Y23, change=chg("increase", 48.7e9, "đồng", "năm 2022")),
    Fig("(9,5%)", "9,5", 9.5, "percent", "%", "dư nợ ủy thác tăng so với năm 2022", Y23, optional=True),
    Fig("với 15.364 hộ", "15.364", 15364, "count", "hộ", "hộ còn dư nợ", Y23),
    Fig("trong đó 68,4%", "68,4", 68.4, "percent", "%", "hộ đồng bào dân tộc thiểu số trong số hộ còn dư nợ", Y23),
    Fig("Chư Sê (46,2 tỷ đồng)", "46,2", 46.2e9, "money", "đồng", "dư nợ ủy thác", Y23_I, location="Chư Sê"),
    Fig("Đức Cơ (41,8 tỷ đồng)", "41,8", 41.8e9, "money", "đồng", "dư nợ ủy thác", Y23_I, location="Đức Cơ"),
    Fig("Ia Grai (39,5 tỷ đồng)", "39,5", 39.5e9, "money", "đồng", "dư nợ ủy thác", Y23_I, location="Ia Grai"),
    Fig("giúp 1.042 hộ", "1.042", 1042, "count", "hộ", "hộ thoát nghèo", IN),
    Fig("cho 3.150 lao động", "3.150", 3150, "count", "lao động", "lao động được tạo việc làm", IN),
    Fig("giúp 1.280 học sinh", "1.280", 1280, "count", "học sinh, sinh viên",
        "học sinh, sinh viên có hoàn cảnh khó khăn được vay vốn học tập", IN),
    Fig("xây dựng 2.460 công trình", "2.460", 2460, "count", "công trình",
        "công trình nước sạch, vệ sinh môi trường nông thôn", IN),
]

ROWS = [
    ("Dư nợ ủy thác (tỷ đồng)", ("512,6", "561,3", "600"), "money", "đồng", 1e9, "Dư nợ ủy thác"),
    ("Số tổ TK&VV (tổ)", ("298", "305", "310"), "count", "tổ", 1, "Số tổ TK&VV"),
    ("Số hộ còn dư nợ (hộ)", ("14.820", "15.364", "15.800"), "count", "hộ", 1, "Số hộ còn dư nợ"),
    ("Tỷ lệ nợ quá hạn (%)", ("0,21", "0,15", "0,1"), "percent", "%", 1, "Tỷ lệ nợ quá hạn"),
]
for label, cells, kind, unit, mult, subj in ROWS:
    seq = [label, *cells]
    for i, (cell, p) in enumerate(zip(cells, (C22, C23, C24))):
        anchor = seq[i] + "\n" + cell
        val = float(cell.replace(".", "").replace(",", ".")) * mult
        extra = {"status": "target"} if p is C24 else {}
        FIGS.append(Fig(anchor, cell, val, kind, unit, subj, p, **extra))

FIGS += [
    Fig("khoảng 595 tỷ đồng", "595", 595e9, "money", "đồng", "dư nợ ủy thác qua Hội",
        per("đến hết năm 2024", None, "2024-12-31"), approx="about", status="forecast",
        change=chg("decrease", 5e9, "đồng", "kế hoạch", approx="about")),
]

NOTES = [
    "Sở LĐ-TB&XH Gia Lai site, no dateline (published absent): vốn ủy thác qua Hội CCB tỉnh năm 2023 and plan 2024;",
    "a table pasted one cell per line (header cells Chỉ tiêu / Năm 2022 / Năm 2023 / Kế hoạch 2024, then row label and its cells).",
    "Table cells: unit and multiplier from the row label, period from the column header (scored), 'Kế hoạch 2024' -> status target.",
    "Not figures: address 12 Trần Hưng Đạo, phone/fax 0269.3824.517/518, 'Lượt truy cập: 1.508.233', 'Đang trực tuyến: 27'.",
    "'tăng 48,7 tỷ đồng (9,5%)': the first change is the attribute, the bracketed 9,5% a second change -> optional percent figure.",
    "'trong đó 68,4%' is a share of the households (percent figure). 'Trong năm' = 2023 (nearest earlier period).",
    "'Dự kiến đến hết năm 2024 ... khoảng 595 tỷ đồng, thấp hơn kế hoạch khoảng 5 tỷ đồng': forecast; the gap to plan is a change.",
]

build("p1079-7", TEXT, FIGS, published=None, location="Gia Lai", notes=NOTES)
