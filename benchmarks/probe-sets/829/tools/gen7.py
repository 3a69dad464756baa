"""p829-7: department site (Sở Công Thương Quảng Nam), glass industry in Chu Lai; one-cell-per-line table; no dateline."""
from lib import C, F, I, P, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Ngành kính tại Khu kinh tế mở Chu Lai: giữ vững sản xuất, mở rộng xuất khẩu

Khu kinh tế mở Chu Lai hiện có 2 nhà máy kính nổi và 1 nhà máy kính tiết kiệm năng lượng với tổng vốn đầu tư trên 7.800 tỷ đồng. Năm 2024, ngành kính đóng góp khoảng 9% giá trị sản xuất công nghiệp của tỉnh. Một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện năm 2024
Kế hoạch năm 2025
Sản lượng kính nổi
triệu m2 QC
92,4
98,7
105,0
Kính tiết kiệm năng lượng
triệu m2
21,6
26,3
32,0
Giá trị xuất khẩu
triệu USD
184,5
203,8
230,0
Lao động
người
1.870
1.920
2.050

Sản lượng kính nổi năm 2024 ước tăng 6,8% so với năm 2023; riêng kính tiết kiệm năng lượng tăng 21,8%. Sản phẩm kính của tỉnh đã có mặt tại 28 quốc gia và vùng lãnh thổ, lớn nhất là Hoa Kỳ, Úc và Ấn Độ.

Năm 2025, Sở Công Thương phối hợp với Ban Quản lý Khu kinh tế mở Chu Lai hỗ trợ doanh nghiệp chuyển sang dùng khí tự nhiên, phấn đấu giảm 10% lượng phát thải CO2 trên mỗi tấn thủy tinh so với năm 2023.

SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM
Địa chỉ: Số 2 Trần Phú, TP Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3852.374 - Fax: 0235.3852.375
Tổng lượt truy cập: 1.386.542
"""

COLS = [(P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        (P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate"),
        (P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Sản lượng kính nổi\ntriệu m2 QC\n", "measure", "m2", 1e6, "sản lượng kính nổi", ("92,4", "98,7", "105,0")),
        ("Kính tiết kiệm năng lượng\ntriệu m2\n", "measure", "m2", 1e6, "kính tiết kiệm năng lượng",
         ("21,6", "26,3", "32,0")),
        ("Giá trị xuất khẩu\ntriệu USD\n", "money", "USD", 1e6, "giá trị xuất khẩu", ("184,5", "203,8", "230,0")),
        ("Lao động\nngười\n", "count", "người", 1, "lao động", ("1.870", "1.920", "2.050"))]

FIGS = [
    F("có 2 nhà máy", "2", 2, "count", "nhà máy", "nhà máy kính nổi tại Khu kinh tế mở Chu Lai"),
    F("và 1 nhà máy", "1", 1, "count", "nhà máy", "nhà máy kính tiết kiệm năng lượng"),
    F("trên 7.800 tỷ đồng", "7.800", 7800e9, "money", "đồng", "tổng vốn đầu tư các nhà máy kính", approx="over"),
    F("khoảng 9%", "9", 9, "percent", "%", "tỷ trọng ngành kính trong giá trị sản xuất công nghiệp của tỉnh",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
]
for head, kind, unit, mult, subj, cells in ROWS:
    prev = head
    for (period, status), cell in zip(COLS, cells):
        anchor = prev + cell
        value = float(cell.replace(".", "").replace(",", ".")) * mult
        extra = {} if status == "actual" else {"status": status}
        FIGS.append(F(anchor, cell, value, kind, unit, subj, period, **extra))
        prev = cell + "\n"
FIGS += [
    F("ước tăng 6,8%", "6,8", 6.8, "percent", "%", "tăng trưởng sản lượng kính nổi",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="estimate"),
    F("tăng 21,8%", "21,8", 21.8, "percent", "%", "tăng trưởng kính tiết kiệm năng lượng",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="estimate"),
    F("tại 28 quốc gia", "28", 28, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ có sản phẩm kính"),
    F("giảm 10%", "10", 10, "percent", "%", "giảm lượng phát thải CO2 trên mỗi tấn thủy tinh",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

write("p829-7", TEXT, FIGS, location="Quảng Nam", comments=[
    "Department site (Sở Công Thương Quảng Nam): glass plants of Khu kinh tế mở Chu Lai; no dateline (published absent).",
    "Table pasted one cell per line: Chỉ tiêu / Đơn vị tính / Năm 2023 / Ước thực hiện năm 2024 / Kế hoạch năm 2025;",
    "the unit column gives unit and multiplier (triệu m2 QC -> m2 x10^6); 'Ước thực hiện' -> estimate, 'Kế hoạch' -> target; periods from headers.",
    "Distractors: footer address 'Số 2 Trần Phú, TP Tam Kỳ', phone/fax 0235.3852.374/375, 'Tổng lượt truy cập: 1.386.542'. TP Tam Kỳ is the office's address, not the place of any figure.",
    "'ước tăng 6,8%' and 'riêng ... tăng 21,8%' are growth rates as the claim (percent, no change), estimate (the second continues the first's clause).",
    "'phấn đấu giảm 10% ... so với năm 2023' is a target rate: percent figure, status target.",
])
