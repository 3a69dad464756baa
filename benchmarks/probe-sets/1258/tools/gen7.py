"""p1258-7: department site (Sở VHTTDL Tiền Giang), no dateline; one-cell-per-line table, 6 tháng đầu năm 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TIỀN GIANG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Phong trào Vovinam và võ cổ truyền 6 tháng đầu năm 2025

Trong 6 tháng đầu năm 2025, phong trào tập luyện Vovinam và võ cổ truyền trên địa bàn tỉnh tiếp tục phát triển. Toàn tỉnh có 97 câu lạc bộ, tăng 5 câu lạc bộ so với cuối năm 2024, thu hút 7.120 võ sinh tập luyện thường xuyên, bằng 94,9% kế hoạch năm.

Một số chỉ tiêu chủ yếu
Chỉ tiêu
Đơn vị tính
Năm 2024
6 tháng đầu năm 2025
Kế hoạch năm 2025
Tổng số câu lạc bộ
câu lạc bộ
92
97
105
Trong đó: Vovinam
câu lạc bộ
58
61
65
Võ cổ truyền
câu lạc bộ
34
36
40
Võ sinh tập luyện thường xuyên
người
6.850
7.120
7.500
Giải thi đấu cấp tỉnh
giải
6
3
7

Trong 6 tháng, tỉnh tổ chức 3 giải thi đấu với hơn 650 lượt vận động viên. Đội tuyển võ cổ truyền tỉnh tham dự Giải vô địch võ cổ truyền toàn quốc, giành 2 huy chương vàng, 4 huy chương bạc, xếp thứ 9/42 đơn vị. Dự kiến trong quý III, Sở phối hợp mở 2 lớp tập huấn cho khoảng 120 hướng dẫn viên cơ sở.

Tin liên quan:
- Kế hoạch số 57/KH-SVHTTDL tổ chức Hội thi võ thuật cổ truyền năm 2025
- Lễ hội Nghinh Ông Vàm Láng năm 2025

Bản quyền thuộc Sở Văn hóa, Thể thao và Du lịch tỉnh Tiền Giang
Địa chỉ: số 27 Lê Lợi, Phường 1, TP Mỹ Tho
Điện thoại: 0273.3873.160
Lượt truy cập: 1.204.577 | Đang online: 26
"""

H1 = per("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
H1s = per("Trong 6 tháng", "2025-01-01", "2025-06-30")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Q3 = per("quý III", "2025-07-01", "2025-09-30")
COLS = [("năm 2024", C24, None), ("6 tháng đầu năm 2025", H1, None), ("kế hoạch năm 2025", K25, "target")]

ROWS = [
    ("câu lạc bộ", "câu lạc bộ", "tổng số câu lạc bộ", ["92", "97", "105"], None),
    ("câu lạc bộ", "câu lạc bộ", "câu lạc bộ Vovinam", ["58", "61", "65"], [92, 97, 105]),
    ("câu lạc bộ", "câu lạc bộ", "câu lạc bộ võ cổ truyền", ["34", "36", "40"], [92, 97, 105]),
    ("người", "người", "võ sinh tập luyện thường xuyên", ["6.850", "7.120", "7.500"], None),
    ("giải", "giải", "giải thi đấu cấp tỉnh", ["6", "3", "7"], None),
]
CELLS = []
for lead, unit, label, nums, totals in ROWS:
    prev = lead
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {}
        if st:
            kw["status"] = st
        if totals:
            kw["total"] = totals[i]
        v = float(n.replace(".", ""))
        CELLS.append(fig(f"{prev}\n{n}\n", n, v, "count", unit, subject=f"{label} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 97 câu lạc bộ", "97", 97, "count", "câu lạc bộ", change=chg("increase", 5, "câu lạc bộ", "cuối năm 2024"),
        subject="câu lạc bộ Vovinam và võ cổ truyền", period=inh(H1)),
    fig("hút 7.120 võ sinh", "7.120", 7120, "count", "võ sinh", percent=94.9,
        subject="võ sinh tập luyện thường xuyên", period=inh(H1)),
] + CELLS + [
    fig("tổ chức 3 giải", "3", 3, "count", "giải", subject="giải thi đấu tỉnh tổ chức", period=H1s),
    fig("hơn 650 lượt", "650", 650, "count", "lượt vận động viên", approx="over",
        subject="lượt vận động viên tham gia các giải", period=H1s),
    fig("giành 2 huy chương", "2", 2, "count", "huy chương vàng",
        subject="huy chương vàng đội tuyển võ cổ truyền tỉnh giành", period=inh(H1s)),
    fig("4 huy chương bạc", "4", 4, "count", "huy chương bạc",
        subject="huy chương bạc đội tuyển võ cổ truyền tỉnh giành", period=inh(H1s)),
    fig("thứ 9/42", "9", 9, "rank", "hạng", total=42,
        subject="xếp hạng của đội tuyển võ cổ truyền tỉnh tại Giải vô địch võ cổ truyền toàn quốc",
        period=inh(H1s)),
    fig("mở 2 lớp", "2", 2, "count", "lớp tập huấn", status="forecast", subject="lớp tập huấn Sở phối hợp mở",
        period=Q3),
    fig("khoảng 120 hướng dẫn viên", "120", 120, "count", "hướng dẫn viên", approx="about", status="forecast",
        subject="hướng dẫn viên cơ sở được tập huấn", period=Q3),
]

NOTES = [
    "Department site (Sở VHTTDL Tiền Giang), no dateline (published null): menu, related links, copyright footer, address, phone,",
    "'Lượt truy cập: 1.204.577 | Đang online: 26'.",
    "Distractors: 'Kế hoạch số 57/KH-SVHTTDL', 'Phường 1', 'số 27 Lê Lợi', phone, counters, 'năm 2025' in link titles, 'cuối năm 2024' (baseline).",
    "'bằng 94,9% kế hoạch năm' after 7.120 võ sinh → percent attribute; 'tăng 5 câu lạc bộ so với cuối năm 2024' → change in câu lạc bộ.",
    "One-cell-per-line table with a unit column: subject = row label + column label; period from the column header (scored);",
    "'Kế hoạch năm 2025' column → target. The 'Trong đó: Vovinam' and 'Võ cổ truyền' rows are parts of 'Tổng số câu lạc bộ' of the same",
    "column (58 + 34 = 92, 61 + 36 = 97, 65 + 40 = 105): total = that column's Tổng số cell (FIGURES.md: a part after 'trong đó' that",
    "follows the whole, same thing, same period).",
    "The two lead figures after the sentence with 'Trong 6 tháng đầu năm 2025' inherit it. 'Trong 6 tháng' (year-less) → 2025. 'xếp thứ 9/42 đơn vị' → rank 9, total 42. 'Dự kiến trong quý III' → forecast, 2025-Q3.",
]

if __name__ == "__main__":
    write("p1258-7", TEXT, NOTES, FIGS, location="Tiền Giang")
