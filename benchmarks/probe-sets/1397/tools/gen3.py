"""p1397-3: formal report (UBND tỉnh Ninh Thuận, Số: 87/BC-UBND), quý I/2025, flattened '|' table of capital by item."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NINH THUẬN
Số: 87/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 02 tháng 4 năm 2025

BÁO CÁO
Kết quả triển khai công tác chuẩn bị đầu tư dự án điện hạt nhân Ninh Thuận quý I năm 2025

Thực hiện Nghị quyết số 189/2025/QH15 của Quốc hội và Công văn số 1320/BCT-ĐL của Bộ Công Thương, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Bồi thường, hỗ trợ, tái định cư
Quý I/2025, toàn tỉnh giải ngân 494,8 tỷ đồng, đạt 17,5% kế hoạch năm; đã kiểm đếm 1.026/1.185 hộ bị ảnh hưởng. Vốn theo hạng mục như sau:

Đơn vị tính: tỷ đồng
STT | Hạng mục | Tổng vốn được duyệt | Giải ngân quý I/2025 | Kế hoạch năm 2025
1 | Khu tái định cư Phước Dinh (Thuận Nam) | 615 | 94,2 | 380
2 | Khu tái định cư Văn Lâm (Thuận Nam) | 402 | 51,7 | 250
3 | Khu tái định cư Vĩnh Hải (Ninh Hải) | 538 | 36,5 | 300
4 | Bồi thường, hỗ trợ | 3.295 | 312,4 | 1.900
 | Tổng cộng | 4.850 | 494,8 | 2.830

2. Đào tạo nguồn nhân lực
Tỉnh đã cử 25 cán bộ tham gia khóa bồi dưỡng về an toàn bức xạ và hạt nhân tại Hà Nội; Trường Cao đẳng Kỹ thuật Phan Rang tuyển sinh 60 học viên ngành điện hạt nhân, bằng 75% chỉ tiêu.

II. NHIỆM VỤ QUÝ II/2025
Hoàn thành kiểm đếm 100% số hộ bị ảnh hưởng; phấn đấu giải ngân tối thiểu 600 tỷ đồng; khởi công khu tái định cư Vĩnh Hải.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTTH.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Đức Thịnh
"""

Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
Q1T = per("quý I năm 2025", "2025-01-01", "2025-03-31", inherited=True)
Q2 = per("QUÝ II/2025", "2025-04-01", "2025-06-30", inherited=True)
COLS = {
    "tổng vốn được duyệt": (None, None),
    "giải ngân quý I/2025": (per("Giải ngân quý I/2025", "2025-01-01", "2025-03-31"), None),
    "kế hoạch năm 2025": (per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target"),
}
ROWS = [
    ("Khu tái định cư Phước Dinh (Thuận Nam)", "khu tái định cư Phước Dinh", "Thuận Nam", ["615", "94,2", "380"]),
    ("Khu tái định cư Văn Lâm (Thuận Nam)", "khu tái định cư Văn Lâm", "Thuận Nam", ["402", "51,7", "250"]),
    ("Khu tái định cư Vĩnh Hải (Ninh Hải)", "khu tái định cư Vĩnh Hải", "Ninh Hải", ["538", "36,5", "300"]),
    ("Bồi thường, hỗ trợ", "bồi thường, hỗ trợ", None, ["3.295", "312,4", "1.900"]),
    ("Tổng cộng", "tổng cộng", None, ["4.850", "494,8", "2.830"]),
]
CELLS = []
for label, row, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
        v = float(n.replace(".", "").replace(",", ".")) * 1e9
        CELLS.append(fig(f"{prev} | {n}", n, v, "money", "đồng", subject=f"vốn {row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("giải ngân 494,8 tỷ", "494,8", 494.8e9, "money", "đồng", percent=17.5,
        subject="vốn giải ngân", period=Q1),
    fig("1.026/1.185", "1.026", 1026, "count", "hộ", total=1185,
        subject="hộ bị ảnh hưởng đã kiểm đếm", period=Q1),
] + CELLS + [
    fig("cử 25 cán bộ", "25", 25, "count", "cán bộ",
        subject="cán bộ tham gia khóa bồi dưỡng về an toàn bức xạ và hạt nhân", period=Q1T),
    fig("sinh 60 học viên", "60", 60, "count", "học viên", percent=75,
        subject="học viên ngành điện hạt nhân Trường Cao đẳng Kỹ thuật Phan Rang tuyển sinh", period=Q1T),
    fig("kiểm đếm 100%", "100", 100, "percent", "%", status="target",
        subject="số hộ bị ảnh hưởng hoàn thành kiểm đếm", period=Q2),
    fig("tối thiểu 600 tỷ", "600", 600e9, "money", "đồng", approx="at_least", status="target",
        subject="vốn giải ngân", period=Q2),
]

NOTES = [
    "Formal report: 'UBND TỈNH NINH THUẬN', 'Số: 87/BC-UBND', 'Ninh Thuận, ngày 02 tháng 4 năm 2025', sections I/II, 1./2., 'Nơi nhận'.",
    "Distractors: 'Nghị quyết số 189/2025/QH15', 'Công văn số 1320/BCT-ĐL', STT 1-4, section numbers, 'Lưu: VT, KTTH'.",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng' (×10^9); subject = 'vốn' + row label + column label; the place in brackets",
    "in a row label goes to location; 'Giải ngân quý I/2025' gives the period (scored), 'Kế hoạch năm 2025' period + target;",
    "'Tổng vốn được duyệt' has no period. Cells carry no total. STT numbers are not figures.",
    "'đạt 17,5% kế hoạch năm' is the share of 494,8 tỷ (percent). 'bằng 75% chỉ tiêu' is the share of 60 học viên.",
    "Section 2 and section II figures take their period from the title / the section heading (inherited, not scored).",
    "revised after the first run: subject of 494,8 tỷ 'vốn bồi thường, hỗ trợ, tái định cư giải ngân' → 'vốn giải ngân': the words",
    "came from the section heading, not the sentence, and the same construction (600 tỷ, section II) had 'vốn giải ngân'.",
]

if __name__ == "__main__":
    write("p1397-3", TEXT, NOTES, FIGS, published="2025-04-02", location="Ninh Thuận")
