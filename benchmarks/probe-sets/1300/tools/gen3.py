"""p1300-3: formal report (Sở NN&PTNT Ninh Thuận, Số: 27/BC-SNNPTNT): marine seed output 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NINH THUẬN
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 27/BC-SNNPTNT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất giống thủy sản năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Cơ sở sản xuất
Đến ngày 31/12/2024, toàn tỉnh có 486 cơ sở sản xuất giống thủy sản, giảm 12 cơ sở so với năm 2023. Trong đó, 431 cơ sở sản xuất tôm giống, tập trung tại huyện Ninh Hải và huyện Thuận Nam; 187 cơ sở đã được cấp giấy chứng nhận đủ điều kiện, chiếm 38,5%.

2. Sản lượng giống
Năm 2024, toàn tỉnh sản xuất 39,7 tỷ con giống các loại, vượt 2,1% kế hoạch.
Đơn vị tính: triệu con
Đối tượng | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Tôm thẻ chân trắng | 31.250 | 33.870 | 108,4 | 35.000
Tôm sú | 4.120 | 3.650 | 88,6 | 3.500
Ốc hương | 1.830 | 2.215 | 121,0 | 2.400
Hải sâm cát | 6,5 | 9,8 | 150,8 | 12
Tổng cộng | 37.206,5 | 39.744,8 | 106,8 | 40.912

3. Hải sâm và cá ngựa
Công ty TNHH Giống hải sản Cà Ná Xanh (Lô C5, Khu công nghiệp Cà Ná) sản xuất toàn bộ lượng hải sâm giống của tỉnh và lần đầu cho đẻ thành công cá ngựa đen, thu khoảng 35.000 con cá bột. Giá hải sâm giống bình quân 1.200 đồng/con.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản xuất trên 40,9 tỷ con giống các loại; 100% cơ sở được kiểm tra điều kiện sản xuất; dự kiến bố trí 4,5 tỷ đồng hỗ trợ nâng cao chất lượng giống.

Nơi nhận:
- Cục Thủy sản;
- UBND tỉnh (b/c);
- Lưu: VT, CCTS.
"""

ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
P25 = per("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
ROWS = [("Tôm thẻ chân trắng", ["31.250", "33.870", "108,4", "35.000"]),
        ("Tôm sú", ["4.120", "3.650", "88,6", "3.500"]),
        ("Ốc hương", ["1.830", "2.215", "121,0", "2.400"]),
        ("Hải sâm cát", ["6,5", "9,8", "150,8", "12"]),
        ("Tổng cộng", ["37.206,5", "39.744,8", "106,8", "40.912"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for row, cells in ROWS:
    prev = row
    for col, n in zip(COLS, cells):
        anchor = f"{prev} | {n}"
        subj = f"sản lượng giống {row.lower()} {col.lower()}"
        if col.startswith("So với"):
            CELLS.append(fig(anchor, n, num(n), "percent", "%", subject=f"sản lượng giống {row.lower()} so với cùng kỳ"))
        elif col.startswith("Kế hoạch"):
            CELLS.append(fig(anchor, n, num(n) * 1e6, "count", "con", status="target", subject=subj, period=K25))
        else:
            CELLS.append(fig(anchor, n, num(n) * 1e6, "count", "con", subject=subj,
                             period=C23 if col == "Năm 2023" else Y24))
        prev = n

FIGS = [
    fig("có 486 cơ sở", "486", 486, "count", "cơ sở", change=chg("decrease", 12, "cơ sở", "năm 2023"),
        subject="cơ sở sản xuất giống thủy sản", period=ASOF),
    fig("431 cơ sở", "431", 431, "count", "cơ sở", total=486, subject="cơ sở sản xuất tôm giống",
        period=inh(ASOF)),
    fig("187 cơ sở", "187", 187, "count", "cơ sở", total=486, percent=38.5,
        subject="cơ sở đã được cấp giấy chứng nhận đủ điều kiện", period=inh(ASOF)),
    fig("sản xuất 39,7 tỷ", "39,7", 39.7e9, "count", "con giống", change=chg("increase", 2.1, "%", "kế hoạch"),
        subject="con giống các loại toàn tỉnh sản xuất", period=Y24),
] + CELLS + [
    fig("khoảng 35.000 con", "35.000", 35000, "count", "con cá bột", approx="about",
        subject="cá bột cá ngựa đen thu được"),
    fig("bình quân 1.200", "1.200", 1200, "money", "đồng/con", subject="giá hải sâm giống bình quân"),
    fig("trên 40,9 tỷ", "40,9", 40.9e9, "count", "con giống", approx="over", status="target",
        subject="con giống các loại sản xuất", period=P25),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở được kiểm tra điều kiện sản xuất", period=P25),
    fig("bố trí 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", status="forecast",
        subject="kinh phí hỗ trợ nâng cao chất lượng giống", period=P25),
]

NOTES = [
    "Formal report: 'UBND TỈNH NINH THUẬN', 'Số: 27/BC-SNNPTNT', 'Ninh Thuận, ngày 15 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers, 'Lô C5', 'lần đầu', 'năm 2023' baseline, 'Lưu: VT, CCTS'.",
    "486 cơ sở: as-of 31/12/2024, 'giảm 12 cơ sở so với năm 2023' is its change. 'Trong đó, 431 …; 187 …, chiếm 38,5%': both parts",
    "follow the 'Trong đó' cue after a sentence break, total 486 (187/486 = 38,5%); their as-of period is inherited.",
    "'vượt 2,1% kế hoạch' is a change against the plan (FIGURES.md: 'vượt 5% kế hoạch' is a change with that baseline).",
    "Flattened '|' table, 'Đơn vị tính: triệu con': count cells in con ×10^6 ('37.206,5' = 37 206 500 000); 'So với cùng kỳ (%)' cells",
    "are percent figures (the unit line does not apply to them), no period (the header names none); 'Kế hoạch 2025' → target.",
    "Rows are species, not places: location Ninh Thuận. Subject = indicator + row + column label. Table cells carry no total.",
    "Section II sentence has no year of its own: period inherited from the heading 'KẾ HOẠCH NĂM 2025'; 'Phấn đấu' → target,",
    "'dự kiến bố trí 4,5 tỷ đồng' → forecast.",
    "The firm in KCN Cà Ná is located by an address only: the province stays the location.",
]

if __name__ == "__main__":
    write("p1300-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Ninh Thuận")
