"""p1488-3: formal report (UBND tỉnh Hải Dương, Số: 52/BC-UBND): pens 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 52/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất bút, văn phòng phẩm năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Sản xuất
Năm 2024, sản lượng bút các loại toàn tỉnh đạt 164,8 triệu chiếc, tăng 6,5% so với năm 2023, bằng 103% kế hoạch; giá trị sản xuất ngành ước đạt 1.320 tỷ đồng. Ngành sử dụng 2.350 lao động, chiếm 0,9% lao động công nghiệp của tỉnh.

2. Sản lượng bút theo địa bàn
Đơn vị tính: triệu chiếc
Địa bàn | Năm 2023 | Năm 2024 | Kế hoạch 2025
TP Hải Dương | 58,2 | 61,5 | 64
Huyện Cẩm Giàng | 47,6 | 52,3 | 56
Thị xã Kinh Môn | 31,4 | 33,0 | 35
Huyện Bình Giang | 17,5 | 18,0 | 20
Tổng cộng | 154,7 | 164,8 | 175

3. Doanh nghiệp và thị trường
Đến ngày 31/12/2024, toàn tỉnh có 9 doanh nghiệp sản xuất bút, văn phòng phẩm (6 doanh nghiệp FDI, 3 doanh nghiệp trong nước). Kim ngạch xuất khẩu bút và phụ kiện năm 2024 đạt 38,6 triệu USD, tăng 12,4% so với năm 2023; thị trường chính là Hoa Kỳ (41%), EU (27%) và Nhật Bản (15%).

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu sản lượng bút các loại đạt 175 triệu chiếc; kim ngạch xuất khẩu trên 42 triệu USD; thu hút thêm ít nhất 2 dự án sản xuất văn phòng phẩm vào Khu công nghiệp Lương Điền theo Quyết định số 1856/QĐ-UBND.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Đức Hạnh
"""

P = "2025-01-15"
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
COLS = [("năm 2023", C23, None), ("năm 2024", C24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("TP Hải Dương", "Hải Dương", ["58,2", "61,5", "64"]),
        ("Huyện Cẩm Giàng", "Cẩm Giàng", ["47,6", "52,3", "56"]),
        ("Thị xã Kinh Môn", "Kinh Môn", ["31,4", "33,0", "35"]),
        ("Huyện Bình Giang", "Bình Giang", ["17,5", "18,0", "20"]),
        ("Tổng cộng", "Hải Dương", ["154,7", "164,8", "175"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        subj = f"sản lượng bút {col}" if label != "Tổng cộng" else f"tổng cộng sản lượng bút {col}"
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(",", ".")) * 1e6, "count", "chiếc",
                         subject=subj, period=p, location=place, **kw))
        prev = n

FIGS = [
    fig("đạt 164,8 triệu", "164,8", 164.8e6, "count", "chiếc", percent=103,
        change=chg("increase", 6.5, "%", "năm 2023"), subject="sản lượng bút các loại toàn tỉnh", period=Y24),
    fig("ước đạt 1.320 tỷ", "1.320", 1320e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất ngành", period=Y24),
    fig("sử dụng 2.350 lao động", "2.350", 2350, "count", "lao động", percent=0.9,
        subject="lao động ngành sử dụng", period=inh(Y24)),
] + CELLS + [
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất bút, văn phòng phẩm",
        period=ASOF),
    fig("(6 doanh nghiệp FDI", "6", 6, "count", "doanh nghiệp", total=9, subject="doanh nghiệp FDI", period=ASOF),
    fig("3 doanh nghiệp trong nước", "3", 3, "count", "doanh nghiệp", total=9, subject="doanh nghiệp trong nước",
        period=ASOF),
    fig("đạt 38,6 triệu USD", "38,6", 38.6e6, "money", "USD", change=chg("increase", 12.4, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu bút và phụ kiện", period=Y24b),
    fig("Hoa Kỳ (41%)", "41", 41, "percent", "%", subject="thị trường chính của kim ngạch xuất khẩu bút",
        period=Y24b),
    fig("EU (27%)", "27", 27, "percent", "%", subject="thị trường chính của kim ngạch xuất khẩu bút", period=Y24b),
    fig("Nhật Bản (15%)", "15", 15, "percent", "%", subject="thị trường chính của kim ngạch xuất khẩu bút",
        period=Y24b),
    fig("đạt 175 triệu", "175", 175e6, "count", "chiếc", status="target", subject="sản lượng bút các loại",
        period=Y25),
    fig("trên 42 triệu", "42", 42e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=Y25),
    fig("ít nhất 2 dự án", "2", 2, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất văn phòng phẩm thu hút thêm", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HẢI DƯƠNG', 'Số: 52/BC-UBND', 'Hải Dương, ngày 15 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận', signature.",
    "Flattened '|' table with 'Đơn vị tính: triệu chiếc' and a place column: each cell is a count in chiếc x10^6, location = row place",
    "('TP Hải Dương' and 'Tổng cộng' -> Hải Dương), subject = indicator + column label, period from the column header (scored),",
    "'Kế hoạch 2025' column -> target. Cells get no total (the 'Tổng cộng' row follows the parts, no cue).",
    "'bằng 103% kế hoạch' and 'chiếm 0,9%' -> percent attributes; 'ước đạt' governs only its own clause (after ';').",
    "'9 doanh nghiệp ... (6 doanh nghiệp FDI, 3 doanh nghiệp trong nước)': bracketed breakdown adding up to 9 -> total 9.",
    "Market shares 'Hoa Kỳ (41%)' etc.: a list of percent figures; trade partners are not places, location stays Hải Dương.",
    "Section II sentence starts 'Năm 2025, phấn đấu ...': all three clauses target, period 2025.",
    "Distractors: Số: 52/BC-UBND, Quyết định số 1856/QĐ-UBND, letterhead date, section numbers, 'Đến ngày 31/12/2024' (as-of date).",
]

if __name__ == "__main__":
    write("p1488-3", TEXT, NOTES, FIGS, published=P, location="Hải Dương")
