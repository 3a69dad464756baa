"""p1548-7: department site (Sở Công Thương Hưng Yên), no dateline; one-cell-per-line table by product with a 'Trong đó' row."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Hỏi đáp | Liên hệ

Ngành sản xuất rèm, mành tăng trưởng khá

Năm 2024, toàn tỉnh có 27 doanh nghiệp sản xuất rèm, mành và phụ kiện, tập trung tại các khu công nghiệp Phố Nối A, Thăng Long II và Minh Đức, sử dụng khoảng 6.800 lao động. Giá trị sản xuất năm 2024 ước đạt 2.350 tỷ đồng, tăng 9,6% so với năm 2023, xếp thứ 3 trong nhóm hàng dệt may, da giày của tỉnh.

Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: nghìn m2
Sản phẩm
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Rèm vải các loại
3.420
3.690
107,9
3.950
Trong đó: rèm chống nắng
1.260
1.410
111,9
1.550
Rèm cuốn, rèm cầu vồng
2.180
2.420
111,0
2.700
Rèm sáo nhôm, sáo gỗ
640
665
103,9
700
Tổng số
6.240
6.775
108,6
7.350

Kim ngạch xuất khẩu rèm, mành năm 2024 ước đạt 112 triệu USD, chiếm khoảng 4% kim ngạch xuất khẩu toàn tỉnh. Năm 2025, ngành phấn đấu giá trị sản xuất tăng 10-12%, kim ngạch xuất khẩu đạt ít nhất 125 triệu USD.

Tin liên quan
- Hội nghị đối thoại với doanh nghiệp khu công nghiệp năm 2024
- Công bố Quyết định số 215/QĐ-UBND về quy hoạch cụm công nghiệp

SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Địa chỉ: Số 437 đường Nguyễn Văn Linh, TP Hưng Yên
Điện thoại: 0221.3862.516 | Email: sct@hungyen.gov.vn
Lượt truy cập: 1.274.306
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("so với cùng kỳ (%)", None, None),
        ("kế hoạch 2025", K25, "target")]
ROWS = [("Rèm vải các loại", ["3.420", "3.690", "107,9", "3.950"]),
        ("Trong đó: rèm chống nắng", ["1.260", "1.410", "111,9", "1.550"]),
        ("Rèm cuốn, rèm cầu vồng", ["2.180", "2.420", "111,0", "2.700"]),
        ("Rèm sáo nhôm, sáo gỗ", ["640", "665", "103,9", "700"]),
        ("Tổng số", ["6.240", "6.775", "108,6", "7.350"])]
SUBJ = {"Rèm vải các loại": "rèm vải các loại", "Trong đó: rèm chống nắng": "rèm chống nắng",
        "Rèm cuốn, rèm cầu vồng": "rèm cuốn, rèm cầu vồng", "Rèm sáo nhôm, sáo gỗ": "rèm sáo nhôm, sáo gỗ",
        "Tổng số": "tổng số"}

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        subj = f"sản lượng {SUBJ[label]} {col}"
        if col.startswith("so với"):
            CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%", subject=subj, **kw))
        else:
            if label.startswith("Trong đó"):
                parent = dict(ROWS)["Rèm vải các loại"][[c[0] for c in COLS].index(col)]
                kw["total"] = float(parent.replace(".", "")) * 1e3
            CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")) * 1e3, "measure", "m2", subject=subj, **kw))
        prev = n

FIGS = [
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất rèm, mành và phụ kiện", period=Y24),
    fig("khoảng 6.800 lao động", "6.800", 6800, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp rèm, mành sử dụng", period=Y24),
    fig("ước đạt 2.350 tỷ", "2.350", 2350e9, "money", "đồng", status="estimate",
        change=chg("increase", 9.6, "%", "năm 2023"), subject="giá trị sản xuất ngành rèm, mành", period=Y24b),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", status="estimate",
        subject="giá trị sản xuất trong nhóm hàng dệt may, da giày của tỉnh", period=Y24b),
] + CELLS + [
    fig("ước đạt 112 triệu", "112", 112e6, "money", "USD", status="estimate", percent=4,
        subject="kim ngạch xuất khẩu rèm, mành", period=Y24b),
    fig("tăng 10-12%", "10", 10, "percent", "%", value_max=12, status="target",
        subject="tăng trưởng giá trị sản xuất", period=Y25),
    fig("ít nhất 125 triệu", "125", 125e6, "money", "USD", approx="at_least", status="target",
        subject="kim ngạch xuất khẩu", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Hưng Yên), no dateline: menu, related links, footer address, phone, e-mail, 'Lượt truy cập'.",
    "Distractors: KCN names 'Thăng Long II', 'Phố Nối A'; 'Quyết định số 215/QĐ-UBND'; 'năm 2024' in a link title; 'Số 437';",
    "phone 0221.3862.516; counter 1.274.306. No published date.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn m2' → measure in m2 ×10^3; subject = 'sản lượng' + row + column label.",
    "Columns: 'Năm 2023' (actual), 'Ước thực hiện 2024' (estimate), 'So với cùng kỳ (%)' (percent cells, no status cue, no period in",
    "the header), 'Kế hoạch 2025' (target). The 'Trong đó: rèm chống nắng' row is part of 'Rèm vải các loại' in the same column: total =",
    "that cell (a part after 'trong đó' that follows the whole); its percent cell gets no total. Other rows have no cue: no total.",
    "'ước đạt 2.350 tỷ ..., xếp thứ 3' → the rank continues the estimate clause (estimate). 'Năm 2025, ngành phấn đấu' → both target;",
    "'tăng 10-12%' is a growth rate as the claim (percent figure, range).",
]

if __name__ == "__main__":
    write("p1548-7", TEXT, NOTES, FIGS, location="Hưng Yên")
