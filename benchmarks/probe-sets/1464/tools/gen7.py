"""p1464-7: department site (Sở Công Thương Hà Nam), no dateline, one-cell-per-line table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HÀ NAM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Liên hệ

Sản xuất rèm, màn sáo tăng trưởng khá

Hiện trên địa bàn tỉnh có 36 doanh nghiệp và 210 hộ kinh doanh sản xuất, lắp đặt rèm, màn sáo, sử dụng khoảng 3.900 lao động. Năm 2024, sản lượng toàn ngành ước đạt hơn 2 triệu m2, tăng 9,1% so với năm 2023; doanh thu ước 1.150 tỷ đồng, đứng thứ 3 khu vực đồng bằng sông Hồng.

Sản lượng rèm, màn sáo theo sản phẩm
Đơn vị tính: nghìn m2
Sản phẩm
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Tổng số
1.845
2.012
109,1
2.200
Rèm vải
1.120
1.236
110,4
1.350
Trong đó: rèm chống nắng
486
559
115,0
620
Rèm cuốn, rèm cầu vồng
512
571
111,5
630
Màn sáo nhôm, gỗ
213
205
96,2
220

Sản lượng màn sáo giảm do nhu cầu tại các công trình văn phòng chững lại. Năm 2025, ngành phấn đấu thu hút thêm 3 dự án sản xuất rèm vào Khu công nghiệp Đồng Văn IV, nâng tỷ lệ sản phẩm xuất khẩu lên 35%.

Tin cùng chuyên mục:
- Hội nghị kết nối giao thương các tỉnh vùng Thủ đô
- Triển khai Chương trình khuyến công năm 2025

SỞ CÔNG THƯƠNG TỈNH HÀ NAM
Địa chỉ: Số 108 đường Lê Hoàn, phường Quang Trung, TP Phủ Lý
Điện thoại: 0226.3852.117
Lượt truy cập: 1.204.377 | Đang online: 25
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
CK = per("So với cùng kỳ (%)", "2024-01-01", "2024-12-31", inherited=True)
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", CK, "estimate"), ("kế hoạch 2025", K25, "target")]

ROWS = [("Tổng số", "tổng số", ["1.845", "2.012", "109,1", "2.200"], None),
        ("Rèm vải", "rèm vải", ["1.120", "1.236", "110,4", "1.350"], None),
        ("Trong đó: rèm chống nắng", "rèm chống nắng", ["486", "559", "115,0", "620"], [1120e3, 1236e3, None, 1350e3]),
        ("Rèm cuốn, rèm cầu vồng", "rèm cuốn, rèm cầu vồng", ["512", "571", "111,5", "630"], None),
        ("Màn sáo nhôm, gỗ", "màn sáo nhôm, gỗ", ["213", "205", "96,2", "220"], None)]

CELLS = []
for label, row, nums, totals in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if totals and totals[i]:
            kw["total"] = totals[i]
        if col == "so với cùng kỳ":
            f = fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%",
                    subject=f"sản lượng {row} so với cùng kỳ", period=p, **kw)
        else:
            f = fig(f"{prev}\n{n}", n, float(n.replace(".", "")) * 1e3, "measure", "m2",
                    subject=f"sản lượng {row} {col}", period=p, **kw)
        CELLS.append(f)
        prev = n

FIGS = [
    fig("có 36 doanh nghiệp", "36", 36, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, lắp đặt rèm, màn sáo"),
    fig("và 210 hộ", "210", 210, "count", "hộ kinh doanh",
        subject="hộ kinh doanh sản xuất, lắp đặt rèm, màn sáo"),
    fig("khoảng 3.900 lao động", "3.900", 3900, "count", "lao động", approx="about",
        subject="lao động ngành rèm, màn sáo sử dụng"),
    fig("hơn 2 triệu", "2", 2e6, "measure", "m2", approx="over", status="estimate",
        change=chg("increase", 9.1, "%", "năm 2023"), subject="sản lượng toàn ngành", period=Y24),
    fig("ước 1.150 tỷ", "1.150", 1150e9, "money", "đồng", status="estimate", subject="doanh thu", period=Y24),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", status="estimate",
        subject="doanh thu ngành rèm, màn sáo", period=Y24),
] + CELLS + [
    fig("thêm 3 dự án", "3", 3, "count", "dự án", status="target",
        subject="dự án sản xuất rèm thu hút thêm", period=Y25),
    fig("lên 35%", "35", 35, "percent", "%", status="target", subject="tỷ lệ sản phẩm xuất khẩu", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Hà Nam), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Khu công nghiệp Đồng Văn IV', 'Số 108 đường Lê Hoàn', 0226.3852.117, counters 1.204.377 and 25, 'năm 2025' in a link.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn m2' (×1000, unit m2); Tổng số row first; columns Năm 2023 / Ước thực hiện 2024 /",
    "So với cùng kỳ (%) / Kế hoạch 2025. Subject = 'sản lượng' + row + column; period from the column header (scored).",
    "'So với cùng kỳ (%)' cells are percent figures of their own (every numeric cell is a figure); they compare the 2024 estimate",
    "with 2023, so status estimate and period 2024 (inherited: the header names no year). 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'Trong đó: rèm chống nắng' sub-row: its amount cells are parts of the 'Rèm vải' cells in the same column (total); the % cell has none.",
    "'Năm 2024, ... ước đạt hơn 2 triệu m2 ...; doanh thu ước 1.150 tỷ đồng, đứng thứ 3 ...' → estimate for all three; the rank is the revenue's.",
    "'Hiện ... có 36 doanh nghiệp' has no period. 'Năm 2025, ngành phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1464-7", TEXT, NOTES, FIGS, location="Hà Nam")
