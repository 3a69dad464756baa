"""p1253-4: formal report (UBND tỉnh Quảng Nam, Số: 412/BC-UBND): wildlife rescue 2024, flattened '|' table by species group."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NAM
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác cứu hộ động vật hoang dã năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tiếp nhận, cứu hộ
Năm 2024, các cơ quan chức năng trên địa bàn tỉnh ước tiếp nhận 356 cá thể động vật hoang dã, tăng 12,7% so với năm 2023, đạt 118,7% kế hoạch. Kết quả theo nhóm loài như sau:

Đơn vị tính: cá thể
Nhóm loài | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
Thú (gồm linh trưởng, gấu) | 98 | 121 | 110
Chim | 87 | 104 | 95
Bò sát, lưỡng cư | 131 | 131 | 120
Tổng cộng | 316 | 356 | 325

2. Thả về tự nhiên, chăm sóc
Trong năm, Trung tâm Cứu hộ động vật hoang dã Sông Thanh (huyện Nam Giang) đã thả về môi trường tự nhiên 241 cá thể, chiếm 67,7% số cá thể tiếp nhận; 38 cá thể chết do bị thương nặng hoặc suy kiệt. Hiện trung tâm đang nuôi dưỡng 77 cá thể, trong đó có 2 cá thể gấu ngựa và 1 cá thể gấu chó được chuyển giao từ hộ dân ở huyện Đại Lộc.

3. Kinh phí
Tổng kinh phí thực hiện năm 2024 là 4,25 tỷ đồng, trong đó ngân sách tỉnh 3,1 tỷ đồng, tài trợ của Quỹ Bảo tồn Thiên nhiên Hoang dã Việt 1,15 tỷ đồng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu thả về tự nhiên trên 70% số cá thể tiếp nhận; xây dựng 01 khu nuôi thích nghi rộng 2 ha, kinh phí dự kiến 2,8 tỷ đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
IN_YEAR = per("Trong năm", "2024-01-01", "2024-12-31")
PLAN25 = per("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}
NG = "Nam Giang"


def cell(anchor, number, row, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    return fig(anchor, number, float(number), "count", "cá thể",
               subject=f"{row} {col}", period=p, **kw)


FIGS = [
    fig("ước tiếp nhận 356", "356", 356, "count", "cá thể", status="estimate", percent=118.7,
        change=chg("increase", 12.7, "%", "năm 2023"),
        subject="cá thể động vật hoang dã các cơ quan chức năng tiếp nhận", period=Y24),
    cell("gấu) | 98", "98", "thú (gồm linh trưởng, gấu)", "năm 2023"),
    cell("98 | 121", "121", "thú (gồm linh trưởng, gấu)", "ước thực hiện 2024"),
    cell("121 | 110", "110", "thú (gồm linh trưởng, gấu)", "kế hoạch 2025"),
    cell("Chim | 87", "87", "chim", "năm 2023"),
    cell("87 | 104", "104", "chim", "ước thực hiện 2024"),
    cell("104 | 95", "95", "chim", "kế hoạch 2025"),
    cell("lưỡng cư | 131", "131", "bò sát, lưỡng cư", "năm 2023"),
    cell("131 | 120", "131", "bò sát, lưỡng cư", "ước thực hiện 2024"),
    cell("| 131 | 120", "120", "bò sát, lưỡng cư", "kế hoạch 2025"),
    cell("Tổng cộng | 316", "316", "tổng cộng", "năm 2023"),
    cell("316 | 356", "356", "tổng cộng", "ước thực hiện 2024"),
    cell("356 | 325", "325", "tổng cộng", "kế hoạch 2025"),
    fig("nhiên 241 cá thể", "241", 241, "count", "cá thể", percent=67.7,
        subject="cá thể thả về môi trường tự nhiên", period=IN_YEAR, location=NG),
    fig("38 cá thể chết", "38", 38, "count", "cá thể",
        subject="cá thể chết do bị thương nặng hoặc suy kiệt", period=IN_YEAR, location=NG),
    fig("nuôi dưỡng 77 cá thể", "77", 77, "count", "cá thể",
        subject="cá thể trung tâm đang nuôi dưỡng", location=NG),
    fig("có 2 cá thể", "2", 2, "count", "cá thể", total=77,
        subject="cá thể gấu ngựa", location=NG),
    fig("và 1 cá thể", "1", 1, "count", "cá thể", total=77,
        subject="cá thể gấu chó", location=NG),
    fig("là 4,25 tỷ", "4,25", 4.25e9, "money", "đồng",
        subject="tổng kinh phí thực hiện", period=Y24b),
    fig("tỉnh 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", total=4.25e9,
        subject="ngân sách tỉnh", period=Y24b),
    fig("Việt 1,15 tỷ", "1,15", 1.15e9, "money", "đồng", total=4.25e9,
        subject="tài trợ của Quỹ Bảo tồn Thiên nhiên Hoang dã Việt", period=Y24b),
    fig("trên 70%", "70", 70, "percent", "%", approx="over", status="target",
        subject="số cá thể tiếp nhận thả về tự nhiên", period=PLAN25),
    fig("xây dựng 01 khu", "01", 1, "count", "khu", status="target",
        subject="khu nuôi thích nghi xây dựng", period=PLAN25),
    fig("rộng 2 ha", "2", 2, "measure", "ha", status="target",
        subject="diện tích khu nuôi thích nghi", period=PLAN25),
    fig("dự kiến 2,8 tỷ", "2,8", 2.8e9, "money", "đồng", status="forecast",
        subject="kinh phí xây dựng khu nuôi thích nghi", period=PLAN25),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NAM', 'Số: 412/BC-UBND', 'Quảng Nam, ngày 18 tháng 12 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 412/BC-UBND, the letterhead date, section numbers I., II., 1.-3., 'Lưu: VT, KTN'.",
    "'ước tiếp nhận 356 ..., tăng 12,7% ..., đạt 118,7% kế hoạch' → estimate, change, percent attribute 118,7.",
    "Flattened '|' table, 'Đơn vị tính: cá thể'; subject = row label + column label (FIGURES.md, Tables); period from column headers",
    "(scored); 'Ước thực hiện 2024'",
    "→ estimate, 'Kế hoạch 2025' → target; cells get no total. The row label 'Thú (gồm linh trưởng, gấu)' holds 'gồm' but no number.",
    "Section 2: the centre in huyện Nam Giang → location Nam Giang (the bears come from Đại Lộc, which is not the figure's place).",
    "'chiếm 67,7% số cá thể tiếp nhận' → percent attribute of 241; 'Trong năm' takes 2024. 'trong đó có 2 ... và 1 ...' → total 77.",
    "Section 3: 'trong đó ngân sách tỉnh 3,1 tỷ ..., tài trợ ... 1,15 tỷ' → total 4,25 tỷ. Section II 'Phấn đấu' → target for the",
    "continuing clauses; 'kinh phí dự kiến 2,8 tỷ' has its own cue → forecast. Their period 2025 stands in the heading (inherited).",
    "'01 khu' is written with a leading zero (value 1).",
    "revised after the first run: table subjects were 'cá thể động vật hoang dã tiếp nhận nhóm <row> <column>'; the spec makes the",
    "subject of a cell its row label and column label, so the indicator taken from the sentence before the table was dropped.",
]

if __name__ == "__main__":
    write("p1253-4", TEXT, NOTES, FIGS, published="2024-12-18", location="Quảng Nam")
