"""p1468-3: formal report (Sở Công Thương Bắc Ninh, Số: 112/BC-SCT): chargers, cables, power banks 2024; flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC NINH
SỞ CÔNG THƯƠNG
Số: 112/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 14 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất sạc, cáp sạc và pin sạc dự phòng năm 2024, kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Sản xuất, xuất khẩu
Năm 2024, sản lượng sạc, cáp sạc và pin sạc dự phòng của các doanh nghiệp trên địa bàn tỉnh ước đạt 243 triệu sản phẩm, tăng 10,6% so với năm 2023, vượt 1,3% kế hoạch. Kim ngạch xuất khẩu nhóm hàng này ước đạt 2,14 tỷ USD, chiếm 4,2% kim ngạch xuất khẩu toàn tỉnh.

2. Sản lượng theo sản phẩm
Đơn vị tính: triệu sản phẩm
Sản phẩm | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025 | So với cùng kỳ (%)
Sạc điện thoại | 84,2 | 91,5 | 98,0 | 108,7
Cáp sạc | 126,4 | 139,8 | 150,0 | 110,6
Pin sạc dự phòng | 9,1 | 11,7 | 13,5 | 128,6
Tổng cộng | 219,7 | 243,0 | 261,5 | 110,6

3. Doanh nghiệp, lao động
Đến ngày 31/12/2024, toàn tỉnh có 38 doanh nghiệp sản xuất sạc, cáp sạc và pin sạc dự phòng (32 doanh nghiệp FDI, 6 doanh nghiệp trong nước), sử dụng 56.300 lao động. Trong năm, Sở phối hợp kiểm tra 14 doanh nghiệp về phòng cháy, chữa cháy tại kho chứa pin lithium, nhắc nhở 3 doanh nghiệp.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng năm 2025 đạt 261,5 triệu sản phẩm, tăng 7,6% so với năm 2024; kim ngạch xuất khẩu trên 2,3 tỷ USD; thu hút thêm ít nhất 3 dự án sản xuất pin sạc dự phòng; tiếp tục thực hiện Nghị định số 136/2020/NĐ-CP về phòng cháy, chữa cháy.

Nơi nhận:
- Bộ Công Thương (b/c);
- UBND tỉnh;
- Lưu: VT, QLCN.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Hùng
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
INYEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

COLS = [("năm 2023", Y23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target"),
        ("so với cùng kỳ", None, None)]
ROWS = [("Sạc điện thoại", ["84,2", "91,5", "98,0", "108,7"]),
        ("Cáp sạc", ["126,4", "139,8", "150,0", "110,6"]),
        ("Pin sạc dự phòng", ["9,1", "11,7", "13,5", "128,6"]),
        ("Tổng cộng", ["219,7", "243,0", "261,5", "110,6"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            anchor = f"{prev} | {n}"
            v = float(n.replace(",", "."))
            kw = {}
            if st:
                kw["status"] = st
            if p:
                kw["period"] = p
            if col == "so với cùng kỳ":
                out.append(fig(anchor, n, v, "percent", "%", subject=f"sản lượng {label.lower()} so với cùng kỳ", **kw))
            else:
                out.append(fig(anchor, n, v * 1e6, "count", "sản phẩm", subject=f"sản lượng {label.lower()} {col}", **kw))
            prev = n
    return out


FIGS = [
    fig("ước đạt 243 triệu", "243", 243e6, "count", "sản phẩm", status="estimate",
        change=chg("increase", 10.6, "%", "năm 2023"),
        subject="sản lượng sạc, cáp sạc và pin sạc dự phòng", period=Y24),
    fig("vượt 1,3% kế hoạch", "1,3", 1.3, "percent", "%", status="estimate",
        subject="sản lượng sạc, cáp sạc và pin sạc dự phòng vượt kế hoạch", period=Y24, optional=True),
    fig("ước đạt 2,14 tỷ", "2,14", 2.14e9, "money", "USD", status="estimate", percent=4.2,
        subject="kim ngạch xuất khẩu nhóm hàng sạc, cáp sạc và pin sạc dự phòng", period=inh(Y24)),
] + cells() + [
    fig("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất sạc, cáp sạc và pin sạc dự phòng", period=ASOF),
    fig("(32 doanh nghiệp", "32", 32, "count", "doanh nghiệp", total=38, subject="doanh nghiệp FDI", period=ASOF),
    fig("6 doanh nghiệp trong nước", "6", 6, "count", "doanh nghiệp", total=38,
        subject="doanh nghiệp trong nước", period=ASOF),
    fig("sử dụng 56.300 lao động", "56.300", 56300, "count", "lao động",
        subject="lao động các doanh nghiệp sử dụng", period=ASOF),
    fig("kiểm tra 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp được kiểm tra về phòng cháy, chữa cháy", period=INYEAR),
    fig("nhắc nhở 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp bị nhắc nhở", period=INYEAR),
    fig("đạt 261,5 triệu", "261,5", 261.5e6, "count", "sản phẩm", status="target",
        change=chg("increase", 7.6, "%", "năm 2024"), subject="sản lượng", period=Y25),
    fig("trên 2,3 tỷ", "2,3", 2.3e9, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=Y25),
    fig("ít nhất 3 dự án", "3", 3, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất pin sạc dự phòng thu hút thêm", period=Y25),
]

NOTES = [
    "Formal report of Sở Công Thương Bắc Ninh: letterhead, 'Số: 112/BC-SCT', 'Bắc Ninh, ngày 14 tháng 01 năm 2025', sections I/II, 'Nơi nhận'.",
    "Distractors: 112/BC-SCT, Nghị định số 136/2020/NĐ-CP, section numbers I., II., 1.-3., 'Lưu: VT, QLCN', 'KT. GIÁM ĐỐC'.",
    "243 triệu carries the first change (tăng 10,6% so với năm 2023); the plan gap 'vượt 1,3% kế hoạch' is a second change,",
    "so it is a percent figure of its own, optional (FIGURES.md: one of each attribute per figure).",
    "'chiếm 4,2% kim ngạch xuất khẩu toàn tỉnh' is the percent attribute of 2,14 tỷ USD; period 'Năm 2024' inherited (previous sentence).",
    "Flattened '|' table, 'Đơn vị tính: triệu sản phẩm': every numeric cell is a figure; subject = 'sản lượng' + row + column;",
    "periods from the column headers; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'So với cùng kỳ (%)' column has no",
    "year and no status cue: percent, no period, actual (borderline: it compares the 2024 estimate). Table cells get no total.",
    "'(32 doanh nghiệp FDI, 6 doanh nghiệp trong nước)' is a bracketed breakdown adding up to 38 → total 38; as-of period 31/12/2024.",
    "'Trong năm' in an annual report = 2024. '3 doanh nghiệp' nhắc nhở after 'kiểm tra 14' has no part-of cue → no total.",
    "Section II: 'Phấn đấu' governs the whole ';'-chain (target); 'năm 2025' stands in the same sentence, so its period is scored.",
]

if __name__ == "__main__":
    write("p1468-3", TEXT, NOTES, FIGS, published="2025-01-14", location="Bắc Ninh")
