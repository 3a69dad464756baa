"""p1377-3: formal report (UBND tỉnh Long An): footwear output and exports 2024, plan 2025, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH LONG AN
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long An, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, xuất khẩu ngành da giày năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, chỉ số sản xuất ngành sản xuất da và các sản phẩm có liên quan tăng 9,6% so với năm 2023. Sản lượng giày dép các loại ước đạt 96,4 triệu đôi, tăng 8,2% so với năm trước, bằng 102,4% kế hoạch.

2. Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: triệu đôi
Sản phẩm | Năm 2023 | Ước thực hiện năm 2024 | So với cùng kỳ (%) | Kế hoạch năm 2025
Giày thể thao | 61,5 | 67,2 | 109,3 | 72,0
Giày da | 14,8 | 15,1 | 102,0 | 16,0
Dép các loại | 12,8 | 14,1 | 110,2 | 15,0
Tổng số | 89,1 | 96,4 | 108,2 | 103,0

3. Xuất khẩu, lao động
Kim ngạch xuất khẩu giày dép năm 2024 đạt 1,86 tỷ USD, tăng 14,7% so với năm 2023, chiếm 10,3% tổng kim ngạch xuất khẩu của tỉnh. Toàn tỉnh có 27 doanh nghiệp sản xuất giày dép (20 doanh nghiệp FDI, 7 doanh nghiệp trong nước), sử dụng 41.350 lao động; riêng huyện Đức Hòa có 11 doanh nghiệp.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu sản lượng giày dép đạt 103 triệu đôi, tăng khoảng 7% so với năm 2024; kim ngạch xuất khẩu trên 2 tỷ USD; thu hút thêm từ 2 đến 3 dự án sản xuất nguyên phụ liệu da giày theo Nghị quyết số 08/NQ-HĐND.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Lưu: VT, KTTC.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
YOY = inh(per("năm 2024", "2024-01-01", "2024-12-31"))

COLS = [("năm 2023", Y23, None, False), ("ước thực hiện năm 2024", E24, "estimate", False),
        ("so với cùng kỳ", YOY, None, True), ("kế hoạch năm 2025", K25, "target", False)]
ROWS = [("Giày thể thao", "sản lượng giày thể thao", ["61,5", "67,2", "109,3", "72,0"]),
        ("Giày da", "sản lượng giày da", ["14,8", "15,1", "102,0", "16,0"]),
        ("Dép các loại", "sản lượng dép các loại", ["12,8", "14,1", "110,2", "15,0"]),
        ("Tổng số", "tổng số sản lượng giày dép", ["89,1", "96,4", "108,2", "103,0"])]


def cells():
    out = []
    for label, subj, nums in ROWS:
        prev = label
        for (col, p, st, pct), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            v = float(n.replace(",", "."))
            if pct:
                out.append(fig(f"{prev} | {n}", n, v, "percent", "%", subject=f"{subj} {col}", period=p, **kw))
            else:
                out.append(fig(f"{prev} | {n}", n, v * 1e6, "count", "đôi", subject=f"{subj} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("tăng 9,6%", "9,6", 9.6, "percent", "%", period=Y24,
        subject="chỉ số sản xuất ngành sản xuất da và các sản phẩm có liên quan"),
    fig("ước đạt 96,4 triệu", "96,4", 96.4e6, "count", "đôi", status="estimate", percent=102.4,
        change=chg("increase", 8.2, "%", "năm trước"),
        subject="sản lượng giày dép các loại", period=inh(Y24)),
] + cells() + [
    fig("đạt 1,86 tỷ", "1,86", 1.86e9, "money", "USD", percent=10.3,
        change=chg("increase", 14.7, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu giày dép", period=Y24b),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép"),
    fig("(20 doanh nghiệp FDI", "20", 20, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp FDI"),
    fig("7 doanh nghiệp trong nước", "7", 7, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp trong nước"),
    fig("sử dụng 41.350 lao động", "41.350", 41350, "count", "lao động",
        subject="lao động các doanh nghiệp giày dép sử dụng"),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", location="Đức Hòa",
        subject="doanh nghiệp sản xuất giày dép"),
    fig("đạt 103 triệu", "103", 103e6, "count", "đôi", status="target",
        change=chg("increase", 7, "%", "năm 2024", approx="about"),
        subject="sản lượng giày dép", period=Y25),
    fig("trên 2 tỷ", "2", 2e9, "money", "USD", approx="over", status="target", period=Y25,
        subject="kim ngạch xuất khẩu"),
    fig("từ 2 đến 3 dự án", "2", 2, "count", "dự án", value_max=3, status="target", period=Y25,
        subject="dự án sản xuất nguyên phụ liệu da giày thu hút thêm"),
]

NOTES = [
    "revised after the first run: pairs of shoes ('đôi') are counted items → kind count (was measure); rates in đôi/tháng, đôi/năm, đôi/ngày stay measure.",
    "Formal report: 'UBND TỈNH LONG AN', 'Số: 215/BC-UBND', 'Long An, ngày 16 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số 215/BC-UBND, Nghị quyết số 08/NQ-HĐND, section numbers, the letterhead date, headings 'năm 2024'/'năm 2025'.",
    "'ước đạt 96,4 triệu đôi, tăng 8,2% so với năm trước, bằng 102,4% kế hoạch' → change + percent attributes; its 'Năm 2024'",
    "stands in the previous sentence (inherited). 'chỉ số sản xuất ... tăng 9,6%' is a growth rate as the claim (percent, no change).",
    "Flattened '|' table, 'Đơn vị tính: triệu đôi' → count in đôi ×10^6; 'So với cùng kỳ (%)' cells are percent figures (growth",
    "as written, 109,3 = 109.3); they name no period of their own (2024 by the neighbouring column: inherited, not scored) and no",
    "status cue (actual; borderline: they compare estimates). 'Ước thực hiện' → estimate, 'Kế hoạch' → target. Cells get no total.",
    "'27 doanh nghiệp (20 ..., 7 ...)': bracketed breakdown adding up → total 27. 'riêng huyện Đức Hòa có 11' → location Đức Hòa, no",
    "total ('riêng' is not a cue of the spec). Section II sentence with 'phấn đấu' governs all three clauses (target, Năm 2025).",
]

if __name__ == "__main__":
    write("p1377-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Long An")
