"""p1485-3: formal report (UBND tỉnh Hải Dương, Số: 21/BC-UBND): refrigerator/freezer output 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất tủ lạnh, tủ đông năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Sản xuất
Năm 2024, chỉ số sản xuất ngành sản xuất thiết bị điện gia dụng ước tăng 9,6% so với năm 2023. Sản lượng tủ lạnh, tủ đông, tủ mát ước đạt 1.284 nghìn chiếc, vượt 4,4% kế hoạch; doanh thu của các doanh nghiệp trong ngành ước đạt 7.950 tỷ đồng.

Đơn vị tính: nghìn chiếc
Sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Tủ lạnh | 812,6 | 896,3 | 110,3 | 960
Trong đó: tủ lạnh inverter | 503,8 | 601,5 | 119,4 | 680
Tủ đông | 241,0 | 268,2 | 111,3 | 285
Tủ mát | 128,4 | 119,5 | 93,1 | 125
Tổng cộng | 1.182,0 | 1.284,0 | 108,6 | 1.370

2. Tiêu thụ, xuất khẩu
Sản phẩm tiêu thụ trong nước chiếm khoảng 58% sản lượng; kim ngạch xuất khẩu ước đạt 186,7 triệu USD, tăng 12,1% so với năm 2023. Giá bán bình quân tủ lạnh inverter giảm từ 3% đến 5%.

3. Kiểm tra dán nhãn năng lượng
Trong năm, Sở Công Thương kiểm tra 58 cơ sở kinh doanh điện máy trên địa bàn tỉnh, phát hiện 7 cơ sở vi phạm (trong đó 4 cơ sở bày bán tủ lạnh không có nhãn năng lượng), xử phạt 63,5 triệu đồng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng tủ lạnh, tủ đông, tủ mát năm 2025 đạt 1.370 nghìn chiếc, tăng 6,7% so với năm 2024; kim ngạch xuất khẩu trên 200 triệu USD; 100% tủ lạnh sản xuất trên địa bàn đáp ứng mức hiệu suất năng lượng tối thiểu theo TCVN 7828:2016.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24IN = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
SEC24 = per("KẾT QUẢ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [("Tủ lạnh", "tủ lạnh", ["812,6", "896,3", "110,3", "960"]),
        ("Trong đó: tủ lạnh inverter", "trong đó: tủ lạnh inverter", ["503,8", "601,5", "119,4", "680"]),
        ("Tủ đông", "tủ đông", ["241,0", "268,2", "111,3", "285"]),
        ("Tủ mát", "tủ mát", ["128,4", "119,5", "93,1", "125"]),
        ("Tổng cộng", "tổng cộng", ["1.182,0", "1.284,0", "108,6", "1.370"])]
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", SEC24, None), ("kế hoạch 2025", K25, "target")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
whole = dict(zip(range(4), ROWS[0][2]))  # the 'Tủ lạnh' row: the whole of the 'Trong đó' row
for label, row, nums in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        anchor = f"{prev} | {n}"
        kw = {"status": st} if st else {}
        if col == "so với cùng kỳ":
            CELLS.append(fig(anchor, n, num(n), "percent", "%", subject=f"{row} so với cùng kỳ",
                             period=p, **kw))
        else:
            if row.startswith("trong đó"):
                kw["total"] = num(whole[i]) * 1e3
            CELLS.append(fig(anchor, n, num(n) * 1e3, "count", "chiếc", subject=f"{row} {col}",
                             period=p, **kw))
        prev = n

FIGS = [
    fig("ước tăng 9,6%", "9,6", 9.6, "percent", "%", status="estimate",
        subject="chỉ số sản xuất ngành sản xuất thiết bị điện gia dụng", period=Y24),
    fig("ước đạt 1.284 nghìn", "1.284", 1284e3, "count", "chiếc", status="estimate",
        change=chg("increase", 4.4, "%", "kế hoạch"),
        subject="sản lượng tủ lạnh, tủ đông, tủ mát", period=inh(Y24)),
    fig("ước đạt 7.950 tỷ", "7.950", 7950e9, "money", "đồng", status="estimate",
        subject="doanh thu của các doanh nghiệp trong ngành", period=inh(Y24)),
] + CELLS + [
    fig("khoảng 58%", "58", 58, "percent", "%", approx="about",
        subject="sản phẩm tiêu thụ trong nước", period=SEC24),
    fig("ước đạt 186,7 triệu", "186,7", 186.7e6, "money", "USD", status="estimate",
        change=chg("increase", 12.1, "%", "năm 2023"), subject="kim ngạch xuất khẩu", period=SEC24),
    fig("từ 3% đến 5%", "3", 3, "percent", "%", value_max=5,
        subject="giá bán bình quân tủ lạnh inverter giảm", period=SEC24),
    fig("kiểm tra 58 cơ sở", "58", 58, "count", "cơ sở",
        subject="cơ sở kinh doanh điện máy Sở Công Thương kiểm tra", period=Y24IN),
    fig("phát hiện 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở vi phạm", period=Y24IN),
    fig("trong đó 4 cơ sở", "4", 4, "count", "cơ sở", total=7,
        subject="cơ sở bày bán tủ lạnh không có nhãn năng lượng", period=Y24IN),
    fig("xử phạt 63,5 triệu", "63,5", 63.5e6, "money", "đồng", subject="tiền xử phạt", period=Y24IN),
    fig("đạt 1.370 nghìn", "1.370", 1370e3, "count", "chiếc", status="target",
        change=chg("increase", 6.7, "%", "năm 2024"),
        subject="sản lượng tủ lạnh, tủ đông, tủ mát", period=Y25),
    fig("trên 200 triệu", "200", 200e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=Y25),
    fig("; 100%", "100", 100, "percent", "%", status="target",
        subject="tủ lạnh sản xuất trên địa bàn đáp ứng mức hiệu suất năng lượng tối thiểu", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HẢI DƯƠNG', 'Số: 21/BC-UBND', 'Hải Dương, ngày 16 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số: 21/BC-UBND, the letterhead date, section numbers, 'TCVN 7828:2016' (a standard's number), 'Lưu: VT, KTN'.",
    "'ước tăng 9,6%' is a growth rate as the claim (percent, estimate). 'vượt 4,4% kế hoạch' is a change against the plan (baseline kế hoạch).",
    "The 1.284 nghìn / 7.950 tỷ sentence names no period: 'Năm 2024' of the previous sentence, inherited.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc': count cells in chiếc ×10^3; subject = row label + column label;",
    "period from the column header; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'So với cùng kỳ (%)' cells are percent figures (index vs. the year before); the header names no period, so the period (2024) is",
    "inherited (not scored); the column has no estimate/plan cue, so status actual by the letter of the spec.",
    "'Trong đó: tủ lạnh inverter' row: a part after 'trong đó' that follows its whole, so each count cell takes the 'Tủ lạnh' cell of",
    "its column as total (spec: parts of a whole). The other rows get no total.",
    "Section 2 names no year: period inherited from the section heading 'KẾT QUẢ NĂM 2024'. 'ước đạt' governs only its clause (186,7 triệu USD).",
    "'Trong năm' (section 3) = 2024. '7 cơ sở vi phạm (trong đó 4 cơ sở ...)': total 7; 58 → 7 has no cue, no total.",
    "Section II: 'Phấn đấu' governs the whole ';'-chain (target, năm 2025).",
]

if __name__ == "__main__":
    write("p1485-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Hải Dương")
