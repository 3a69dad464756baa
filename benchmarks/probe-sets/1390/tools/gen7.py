"""p1390-7: department site (Chi cục Chăn nuôi và Thú y Ninh Thuận), no dateline, one-cell-per-line table of sheep indicators."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH NINH THUẬN
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch bệnh động vật | Liên hệ

Chăn nuôi cừu năm 2024 tăng trưởng khá

Năm 2024, ngành chăn nuôi cừu của tỉnh tiếp tục phát triển ổn định, dịch bệnh được kiểm soát tốt. Năm 2024, tỷ lệ cừu lai trong tổng đàn đạt 38,5%, tăng 3,2 điểm phần trăm so với năm 2023. Toàn tỉnh hiện có khoảng 3.450 hộ nuôi cừu, quy mô bình quân 38 con/hộ.

Một số chỉ tiêu chăn nuôi cừu chủ yếu
Chỉ tiêu
Năm 2023
Ước thực hiện năm 2024
So với cùng kỳ (%)
Kế hoạch năm 2025
Tổng đàn cừu (con)
124.500
130.200
104,6
136.000
Trong đó: cừu cái sinh sản (con)
68.900
72.100
104,6
75.000
Sản lượng thịt hơi xuất chuồng (tấn)
2.380
2.530
106,3
2.700
Số trang trại chăn nuôi cừu (trang trại)
38
43
113,2
50

Công tác tiêm phòng được triển khai 2 đợt/năm; năm 2024 tiêm phòng lở mồm long móng cho 96.400 con cừu, đạt 92% kế hoạch. Giá cừu thịt hơi bình quân năm 2024 khoảng 84.000 đồng/kg, cao nhất trong 5 năm gần đây.

Tin liên quan:
- Hướng dẫn phòng, chống dịch bệnh cho đàn gia súc mùa mưa bão
- Kết quả điều tra chăn nuôi kỳ 01/10/2024

CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH NINH THUẬN
Địa chỉ: 126 đường 21 Tháng 8, TP Phan Rang - Tháp Chàm
Điện thoại: 0259.3822.417
Lượt truy cập: 1.204.573 | Trực tuyến: 25
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", Y23, None), ("ước thực hiện năm 2024", E24, "estimate"),
        ("so với cùng kỳ", None, None), ("kế hoạch năm 2025", K25, "target")]
ROWS = [("Tổng đàn cừu (con)", "tổng đàn cừu", "count", "con", 1, None,
         ["124.500", "130.200", "104,6", "136.000"]),
        ("Trong đó: cừu cái sinh sản (con)", "cừu cái sinh sản", "count", "con", 1,
         [124500, 130200, None, 136000], ["68.900", "72.100", "104,6", "75.000"]),
        ("Sản lượng thịt hơi xuất chuồng (tấn)", "sản lượng thịt hơi xuất chuồng", "measure", "tấn", 1, None,
         ["2.380", "2.530", "106,3", "2.700"]),
        ("Số trang trại chăn nuôi cừu (trang trại)", "số trang trại chăn nuôi cừu", "count", "trang trại", 1, None,
         ["38", "43", "113,2", "50"])]

CELLS = []
for label, subj, kind, unit, _, totals, nums in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        v = float(n.replace(".", "").replace(",", "."))
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev}\n{n}", n, v, "percent", "%", subject=f"{subj} {col}", **kw))
        else:
            if totals and totals[i]:
                kw["total"] = totals[i]
            CELLS.append(fig(f"{prev}\n{n}", n, v, kind, unit, subject=f"{subj} {col}", **kw))
        prev = n

FIGS = [
    fig("đạt 38,5%", "38,5", 38.5, "percent", "%", change=chg("increase", 3.2, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ cừu lai trong tổng đàn", period=Y24b),
    fig("khoảng 3.450 hộ", "3.450", 3450, "count", "hộ", approx="about", subject="hộ nuôi cừu"),
    fig("bình quân 38 con/hộ", "38", 38, "measure", "con/hộ", subject="quy mô bình quân"),
] + CELLS + [
    fig("triển khai 2 đợt/năm", "2", 2, "measure", "đợt/năm", subject="đợt tiêm phòng"),
    fig("cho 96.400 con", "96.400", 96400, "count", "con", percent=92,
        subject="cừu được tiêm phòng lở mồm long móng", period=Y24),
    fig("khoảng 84.000", "84.000", 84000, "money", "đồng/kg", approx="about", subject="giá cừu thịt hơi bình quân",
        period=per("năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Department site (Chi cục Chăn nuôi và Thú y Ninh Thuận), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: '5 năm gần đây' (a duration), 'kỳ 01/10/2024' in a link, '126 đường 21 Tháng 8', 'TP Phan Rang - Tháp Chàm', phone, counters 1.204.573 and 25.",
    "'tăng 3,2 điểm phần trăm so với năm 2023' → change of the 38,5% share, unit 'điểm phần trăm'.",
    "One-cell-per-line table: units from the row labels ('(con)', '(tấn)', '(trang trại)'); subject = row label + column label;",
    "period from the column header; 'Ước thực hiện năm 2024' → estimate, 'Kế hoạch năm 2025' → target;",
    "'So với cùng kỳ (%)' cells are percent figures (growth of the estimate on 2023) with no period in their header and no status cue;",
    "'Trong đó: cừu cái sinh sản' count cells take the 'Tổng đàn cừu' cell of the same column as total (spec: a part after 'trong đó' that follows the whole).",
    "'2 đợt/năm' is a frequency (measure). 'đạt 92% kế hoạch' → percent of the 96.400 con. 'khoảng 84.000 đồng/kg' → about.",
]

if __name__ == "__main__":
    write("p1390-7", TEXT, NOTES, FIGS, location="Ninh Thuận")
