from lib import F, P, Pi, ch, tg, build

TEXT = """
UBND HUYỆN CAM LÂM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 286/BC-UBND | Độc lập - Tự do - Hạnh phúc
Cam Lâm, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện tín dụng chính sách xã hội 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Nguồn vốn: Tính đến 30/9/2024, tổng nguồn vốn đạt 498,27 tỷ đồng, tăng 26,14 tỷ đồng so với 31/12/2023; trong đó vốn ngân sách huyện ủy thác 18,5 tỷ đồng (năm 2024 bổ sung 3 tỷ đồng, đạt 100% kế hoạch).

2. Dư nợ theo chương trình
Đơn vị tính: triệu đồng
Chương trình | Dư nợ 31/12/2023 | Dư nợ 30/9/2024 | Tăng, giảm | Nợ quá hạn
Hộ nghèo | 82.415 | 85.960 | 3.545 | 96
Hộ cận nghèo | 96.280 | 101.734 | 5.454 | 42
Hộ mới thoát nghèo | 61.350 | 63.012 | 1.662 | 0
Giải quyết việc làm | 118.604 | 128.445 | 9.841 | 35
Học sinh, sinh viên | 12.730 | 13.218 | 488 | 18
Nước sạch và VSMTNT | 84.120 | 88.906 | 4.786 | 0
Tổng cộng | 455.499 | 481.275 | 25.776 | 191

3. Chất lượng tín dụng: nợ quá hạn 191 triệu đồng, chiếm 0,04% tổng dư nợ; 124/124 Tổ tiết kiệm và vay vốn được xếp loại tốt và khá.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu đến 31/12/2024 tổng dư nợ đạt 490 tỷ đồng, tăng trưởng 7,6% so với năm 2023; UBND huyện dự kiến bổ sung thêm 2 tỷ đồng vốn ủy thác trong quý IV/2024.

Nơi nhận:
- Ban đại diện HĐQT NHCSXH tỉnh;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

E = "2024-09-30"
P930 = P("Tính đến 30/9/2024", end=E)
I930 = Pi("Tính đến 30/9/2024", end=E)
C23 = Pi("Dư nợ 31/12/2023", end="2023-12-31")
C24 = Pi("Dư nợ 30/9/2024", end=E)
CD = Pi("Tăng, giảm", "2024-01-01", E)
CQ = Pi("Tính đến 30/9/2024", end=E)

ROWS = [
    ("Hộ nghèo", "82.415", "85.960", "3.545", "96"),
    ("Hộ cận nghèo", "96.280", "101.734", "5.454", "42"),
    ("Hộ mới thoát nghèo", "61.350", "63.012", "1.662", "0"),
    ("Giải quyết việc làm", "118.604", "128.445", "9.841", "35"),
    ("Học sinh, sinh viên", "12.730", "13.218", "488", "18"),
    ("Nước sạch và VSMTNT", "84.120", "88.906", "4.786", "0"),
    ("Tổng cộng", "455.499", "481.275", "25.776", "191"),
]
COLS = [("Dư nợ 31/12/2023", C23), ("Dư nợ 30/9/2024", C24), ("Tăng, giảm dư nợ", CD), ("Nợ quá hạn", CQ)]


def num(s):
    return int(s.replace(".", "")) * 1_000_000


TABLE = []
for label, *cells in ROWS:
    line = label + " | " + " | ".join(cells)
    for i, (cell, (col, per)) in enumerate(zip(cells, COLS)):
        # anchor: row label up to and including this cell (unique per line)
        anchor = label + " | " + " | ".join(cells[: i + 1])
        TABLE.append(F(anchor, cell, num(cell), "money", "đồng", f"{col} {label}", per))

FIGS = [
    F("tổng nguồn vốn đạt 498,27 tỷ đồng", "498,27", 498_270_000_000, "money", "đồng", "tổng nguồn vốn", P930,
      change=ch("increase", 26_140_000_000, "đồng", "31/12/2023")),
    F("ủy thác 18,5 tỷ đồng", "18,5", 18_500_000_000, "money", "đồng", "vốn ngân sách huyện ủy thác", P930,
      total=498_270_000_000),
    F("bổ sung 3 tỷ đồng", "3", 3_000_000_000, "money", "đồng", "vốn ngân sách huyện bổ sung",
      P("năm 2024", "2024-01-01", "2024-12-31"), percent=100),
] + TABLE + [
    F("nợ quá hạn 191 triệu đồng", "191", 191_000_000, "money", "đồng", "nợ quá hạn", I930, percent=0.04),
    F("124/124 Tổ", "124", 124, "count", "Tổ tiết kiệm và vay vốn",
      "Tổ tiết kiệm và vay vốn được xếp loại tốt và khá", I930, total=124),
    F("đạt 490 tỷ đồng", "490", 490_000_000_000, "money", "đồng", "tổng dư nợ",
      P("đến 31/12/2024", end="2024-12-31"), status="target", change=ch("increase", 7.6, "%", "năm 2023")),
    F("thêm 2 tỷ đồng", "2", 2_000_000_000, "money", "đồng", "vốn ủy thác bổ sung",
      P("trong quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Formal report of UBND huyện Cam Lâm (Khánh Hòa), letterhead 'Số: 286/BC-UBND', place-and-date line 'Cam Lâm, ngày 08 tháng 10 năm 2024' (published).",
    "Flattened '|' table 'Chương trình | Dư nợ 31/12/2023 | Dư nợ 30/9/2024 | Tăng, giảm | Nợ quá hạn', 'Đơn vị tính: triệu đồng':",
    "every numeric cell (zeros and the 'Tổng cộng' row included) is a money figure ×10⁶; subject = column + row label; period from the",
    "column header or the report's 'Tính đến 30/9/2024' (inherited, not scored); no totals for table cells.",
    "Distractors: 'Số: 286/BC-UBND', section numbers I./II./1./2./3., title '9 tháng đầu năm 2024', 'quý IV/2024', 'Lưu: VT'.",
    "'(năm 2024 bổ sung 3 tỷ đồng, đạt 100% kế hoạch)': a bracketed figure with its own verb and share. 'Phấn đấu ... đạt 490 tỷ' is a target",
    "with its growth 7,6% as change; 'dự kiến bổ sung thêm 2 tỷ' is a forecast.",
]

build(5, COMMENTS, TEXT, FIGS, published="2024-10-08", location="Cam Lâm")
