"""p1073-7: department site (Sở NN&PTNT Trà Vinh), no dateline, table one cell per line."""
from lib import F, P, I, C, T, write

HEAD = ["Chỉ tiêu", "Đơn vị tính", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
ROWS = [("Diện tích gieo trồng", "ha", ["4.215", "4.380", "4.600"]),
        ("Diện tích trên đất lúa chuyển đổi", "ha", ["1.120", "1.265", "1.400"]),
        ("Năng suất bình quân", "tạ/ha", ["44,8", "46,1", "46,5"]),
        ("Sản lượng", "tấn", ["18.883", "20.192", "21.390"])]
TABLE = "\n".join(HEAD + [c for label, unit, cells in ROWS for c in [label, unit] + cells])

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TRÀ VINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Mở rộng diện tích trồng lạc trên đất lúa kém hiệu quả

Những năm gần đây, cây lạc (đậu phộng) trở thành cây trồng chủ lực trong chuyển đổi đất lúa kém hiệu quả tại các huyện Trà Cú, Cầu Ngang, Châu Thành. Năm 2023, toàn tỉnh có 4.380 ha lạc, tăng 165 ha so với năm 2022; trong đó diện tích trồng trên đất lúa chuyển đổi đạt 1.265 ha, chiếm 28,9%. Huyện Trà Cú dẫn đầu với 2.150 ha, năng suất bình quân 47 tạ/ha.

Kết quả sản xuất lạc của tỉnh qua các năm:
""" + TABLE + """

Lợi nhuận trồng lạc trên đất chuyển đổi đạt 60-70 triệu đồng/ha. Con số này gấp 2-3 lần so với trồng lúa. Hiện toàn tỉnh có 9 hợp tác xã và 2 doanh nghiệp liên kết bao tiêu lạc với tổng diện tích 680 ha, giá thu mua lạc tươi ổn định 15.000-16.000 đồng/kg.

Kế hoạch năm 2024, ngành nông nghiệp phấn đấu chuyển đổi thêm 300 ha đất lúa sang trồng lạc và rau màu.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TRÀ VINH
Địa chỉ: Số 18 Lê Lợi, Phường 3, TP. Trà Vinh, tỉnh Trà Vinh
Điện thoại: 0294.3862.456 - Fax: 0294.3862.457
Số lượt truy cập: 1.284.630
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("có 4.380 ha lạc", "4.380", 4380, "measure", "ha", "diện tích lạc", Y23,
      change=C("increase", 165, "ha", "năm 2022")),
    F("đạt 1.265 ha", "1.265", 1265, "measure", "ha", "diện tích lạc trồng trên đất lúa chuyển đổi", Y23,
      total=4380, percent=28.9),
    F("với 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích lạc", I(Y23), location="Trà Cú"),
    F("bình quân 47 tạ/ha", "47", 47, "measure", "tạ/ha", "năng suất lạc bình quân", I(Y23), location="Trà Cú"),
]
COLP = [(P("Năm 2022", "2022-01-01", "2022-12-31"), "năm 2022", "actual"),
        (P("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023", "actual"),
        (P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "kế hoạch 2024", "target")]
for label, unit, cells in ROWS:
    for j, cell in enumerate(cells):
        prev = unit if j == 0 else cells[j - 1]
        anchor = prev + "\n" + cell
        v = float(cell.replace(".", "").replace(",", "."))
        per, ptxt, st = COLP[j]
        kind = "measure"
        subj = f"{label} {HEAD[2 + j]}"  # row label + column label (FIGURES.md, Tables)
        FIGS.append(F(anchor, cell, v, kind, unit, subj, per, status=st))
FIGS += [
    F("đạt 60-70 triệu đồng/ha", "60", 60000000, "money", "đồng/ha", "lợi nhuận trồng lạc trên đất chuyển đổi",
      value_max=70000000),
    F("gấp 2-3 lần", "2", 2, "multiple", "lần", "lợi nhuận trồng lạc so với trồng lúa", value_max=3),
    F("có 9 hợp tác xã", "9", 9, "count", "hợp tác xã", "hợp tác xã liên kết bao tiêu lạc"),
    F("và 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp liên kết bao tiêu lạc"),
    F("diện tích 680 ha", "680", 680, "measure", "ha", "tổng diện tích liên kết bao tiêu lạc"),
    F("ổn định 15.000-16.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá thu mua lạc tươi", value_max=16000),
    F("thêm 300 ha", "300", 300, "measure", "ha", "diện tích đất lúa chuyển đổi thêm sang trồng lạc và rau màu",
      P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

NOTES = [
    "Department site (Sở NN&PTNT Trà Vinh), no dateline; footer with address, phone/fax and 'Số lượt truy cập: 1.284.630' (page furniture).",
    "Not figures: 'Số 18 Lê Lợi, Phường 3', phone/fax numbers, baseline 'năm 2022'.",
    "Table pasted one cell per line: header (Chỉ tiêu, Đơn vị tính, Năm 2022, Năm 2023, Kế hoạch 2024), then label, unit, three cells per row.",
    "Units from the unit column; periods from the column headers (scored); 'Kế hoạch 2024' cells are status target. Table cells get no totals.",
    "revised after the first run: table subjects are row label + column label ('Diện tích gieo trồng Năm 2022'), without the added 'lạc'.",
    "'chiếm 28,9%' after the count 1.265 ha is its percent; 1.265 is a part of 4.380 ('trong đó'). 'Con số này gấp 2-3 lần' is its own sentence: multiple.",
]

write("p1073-7", TEXT, NOTES, FIGS, location="Trà Vinh")
