"""p1452-3: formal report (UBND tỉnh Đồng Nai, Số: 27/BC-UBND): candles 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG NAI
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, xuất khẩu nến năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, sản lượng nến các loại trên địa bàn tỉnh ước đạt 86.400 tấn, tăng 8,5% so với năm 2023, vượt 2,9% kế hoạch.

Bảng 1. Sản lượng nến phân theo địa bàn
Đơn vị tính: tấn
Địa bàn | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
TP Biên Hòa | 21.300 | 22.150 | 104,0 | 23.000
Huyện Trảng Bom | 34.600 | 38.200 | 110,4 | 41.000
Huyện Nhơn Trạch | 23.730 | 26.050 | 109,8 | 28.000
Tổng cộng | 79.630 | 86.400 | 108,5 | 92.000

2. Xuất khẩu
Kim ngạch xuất khẩu nến năm 2024 đạt 212 triệu USD, tăng 11,3% so với năm 2023, chiếm khoảng 0,9% kim ngạch xuất khẩu toàn tỉnh. Các thị trường chính là Hoa Kỳ (46%), EU (25%) và Australia (8%).

3. Doanh nghiệp, lao động
Toàn tỉnh có 64 doanh nghiệp và cơ sở sản xuất nến, trong đó 31 doanh nghiệp FDI; tổng số lao động khoảng 15.200 người. Trong năm, các ngành chức năng kiểm tra phòng cháy, chữa cháy tại 18 cơ sở, phát hiện 5 cơ sở vi phạm, xử phạt 142 triệu đồng.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu sản lượng nến đạt 92.000 tấn, kim ngạch xuất khẩu đạt 235 triệu USD; thu hút thêm ít nhất 3 dự án sản xuất nến, sáp thơm với tổng vốn đăng ký khoảng 50 triệu USD.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
TN = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
SS = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31", inherited=True)
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", SS, None), ("kế hoạch 2025", K25, "target")]
PLACES = {"TP Biên Hòa": "Biên Hòa", "Huyện Trảng Bom": "Trảng Bom", "Huyện Nhơn Trạch": "Nhơn Trạch",
          "Tổng cộng": None}


def cells(label, nums):
    out, prev = [], label
    loc = PLACES[label]
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if loc:
            kw["location"] = loc
        row = "tổng cộng " if loc is None else ""
        if col == "so với cùng kỳ":
            out.append(fig(f"{prev} | {n}", n, float(n.replace(",", ".")), "percent", "%",
                           subject=f"{row}sản lượng nến so với cùng kỳ", period=p, **kw))
        else:
            out.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")), "measure", "tấn",
                           subject=f"{row}sản lượng nến {col}", period=p, **kw))
        prev = n
    return out


TABLE = (cells("TP Biên Hòa", ["21.300", "22.150", "104,0", "23.000"])
         + cells("Huyện Trảng Bom", ["34.600", "38.200", "110,4", "41.000"])
         + cells("Huyện Nhơn Trạch", ["23.730", "26.050", "109,8", "28.000"])
         + cells("Tổng cộng", ["79.630", "86.400", "108,5", "92.000"]))

EXPM = "tỷ trọng thị trường trong kim ngạch xuất khẩu nến"
FIGS = [
    fig("ước đạt 86.400 tấn", "86.400", 86400, "measure", "tấn", status="estimate",
        change=chg("increase", 8.5, "%", "năm 2023"),
        subject="sản lượng nến các loại", period=Y24),
] + TABLE + [
    fig("đạt 212 triệu", "212", 212e6, "money", "USD", percent=0.9,
        change=chg("increase", 11.3, "%", "năm 2023"), subject="kim ngạch xuất khẩu nến", period=Y24b),
    fig("Hoa Kỳ (46%)", "46", 46, "percent", "%", subject=EXPM + " Hoa Kỳ", period=inh(Y24b)),
    fig("EU (25%)", "25", 25, "percent", "%", subject=EXPM + " EU", period=inh(Y24b)),
    fig("Australia (8%)", "8", 8, "percent", "%", subject=EXPM + " Australia", period=inh(Y24b)),
    fig("có 64 doanh nghiệp", "64", 64, "count", "doanh nghiệp và cơ sở",
        subject="doanh nghiệp và cơ sở sản xuất nến"),
    fig("31 doanh nghiệp FDI", "31", 31, "count", "doanh nghiệp", total=64, subject="doanh nghiệp FDI"),
    fig("khoảng 15.200 người", "15.200", 15200, "count", "người", approx="about",
        subject="tổng số lao động"),
    fig("tại 18 cơ sở", "18", 18, "count", "cơ sở", subject="cơ sở được kiểm tra phòng cháy, chữa cháy",
        period=TN),
    fig("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở vi phạm", period=TN),
    fig("xử phạt 142 triệu", "142", 142e6, "money", "đồng", subject="tiền xử phạt cơ sở vi phạm", period=TN),
    fig("đạt 92.000 tấn", "92.000", 92000, "measure", "tấn", status="target", subject="sản lượng nến",
        period=Y25),
    fig("đạt 235 triệu", "235", 235e6, "money", "USD", status="target", subject="kim ngạch xuất khẩu nến",
        period=Y25),
    fig("ít nhất 3 dự án", "3", 3, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất nến, sáp thơm thu hút thêm", period=Y25),
    fig("khoảng 50 triệu", "50", 50e6, "money", "USD", approx="about", status="target",
        subject="tổng vốn đăng ký của các dự án", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Đồng Nai, Số: 27/BC-UBND, 'Đồng Nai, ngày 15 tháng 01 năm 2025'): candles 2024, plan 2025.",
    "Distractors: 27/BC-UBND, letterhead date, 'Bảng 1', section numbers I./II./1.-3., 'Lưu: VT, KTN'.",
    "'vượt 2,9% kế hoạch' is a gap to a plan: a change with baseline 'kế hoạch' (spec: 'vượt 5% kế hoạch'); the first change",
    "'tăng 8,5%' takes the slot, so 2,9% is a further change → percent figure of its own, optional (neither missed nor false).",
    "Flattened '|' table, 'Đơn vị tính: tấn': place rows → location (Biên Hòa, Trảng Bom, Nhơn Trạch; 'Tổng cộng' → Đồng Nai).",
    "Columns: 'Năm 2023' actual; 'Ước thực hiện 2024' estimate; 'Kế hoạch 2025' target (periods from headers, scored).",
    "'So với cùng kỳ (%)' cells are percent figures (index, previous year = 100) comparing the 'Ước thực hiện 2024' column;",
    "the header has no status cue, so status actual by the letter of the spec (borderline: the ratio rests on an estimate);",
    "period 2024 taken from the neighbouring header (inherited, not scored). Table cells get no total.",
    "'Hoa Kỳ (46%), EU (25%) và Australia (8%)': list of market shares, each a percent figure; markets are trade partners,",
    "location Đồng Nai; period from the previous sentence (inherited). 'Trong năm' in an annual report = 2024 (scored).",
    "'31 doanh nghiệp FDI' after 'trong đó' takes total 64. 'phát hiện 5 cơ sở vi phạm' has no part cue: no total.",
]

EXTRA = [
    fig("vượt 2,9% kế hoạch", "2,9", 2.9, "percent", "%", status="estimate",
        subject="sản lượng nến vượt kế hoạch", period=Y24, optional=True),
]

if __name__ == "__main__":
    write("p1452-3", TEXT, NOTES, FIGS[:1] + EXTRA + FIGS[1:], published="2025-01-15", location="Đồng Nai")
