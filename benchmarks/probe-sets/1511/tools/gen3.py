"""p1511-3: formal report (UBND tỉnh Hải Dương, Số: 47/BC-UBND): razors and nail clippers 2024, flattened '|' table by product."""
from lib import fig, per, inh, chg, tgt, write, year, month, first_months, quarter, until

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 47/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất dao cạo, bấm móng tay và dụng cụ cắt tỉa cá nhân năm 2024, kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Năm 2024, trên địa bàn tỉnh có 9 doanh nghiệp sản xuất dao cạo, bấm móng tay và dụng cụ cắt tỉa cá nhân, trong đó 7 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng 11.250 lao động. Giá trị sản xuất của ngành ước đạt 4.180 tỷ đồng, tăng 9,6% so với năm 2023, đạt 102,4% kế hoạch; kim ngạch xuất khẩu ước đạt 162 triệu USD, chiếm 1,9% tổng kim ngạch xuất khẩu của tỉnh.

2. Sản lượng sản phẩm chủ yếu
Đơn vị tính: triệu chiếc
TT | Sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
1 | Lưỡi dao cạo | 412,5 | 455,0 | 110,3 | 490
2 | Dao cạo dùng một lần | 96,8 | 104,2 | 107,6 | 112
3 | Bấm móng tay, kềm cắt da | 18,4 | 21,9 | 119,0 | 25
 | Tổng số | 527,7 | 581,1 | 110,1 | 627

3. Bảo vệ môi trường
Đoàn kiểm tra liên ngành đã kiểm tra 9/9 doanh nghiệp, phát hiện 2 doanh nghiệp vi phạm quy định về xả thải, xử phạt tổng cộng 340 triệu đồng theo Nghị định số 45/2022/NĐ-CP.

II. KẾ HOẠCH NĂM 2025
Phấn đấu giá trị sản xuất ngành đạt 4.600 tỷ đồng, tăng khoảng 10% so với năm 2024; kim ngạch xuất khẩu từ 175 đến 180 triệu USD; thu hút ít nhất 1 dự án sản xuất lưỡi dao cạo công nghệ cao.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = year("Năm 2024", 2024)
C23 = year("Năm 2023", 2023)
E24 = year("Ước thực hiện 2024", 2024)
K25 = year("Kế hoạch 2025", 2025)
S24 = inh(year("NĂM 2024", 2024))
S25 = inh(year("NĂM 2025", 2025))

COLS = {"năm 2023": (C23, None, 1e6), "ước thực hiện 2024": (E24, "estimate", 1e6),
        "so với cùng kỳ": (inh(year("Ước thực hiện 2024", 2024)), None, None), "kế hoạch 2025": (K25, "target", 1e6)}


def cell(anchor, number, row, col):
    p, st, mult = COLS[col]
    kw = {"status": st} if st else {}
    v = float(number.replace(",", "."))
    if mult:
        return fig(anchor, number, v * mult, "count", "chiếc", subject=f"sản lượng {row} {col}", period=p, **kw)
    return fig(anchor, number, v, "percent", "%", subject=f"sản lượng {row} so với cùng kỳ", period=p, **kw)


R1, R2, R3, R4 = "lưỡi dao cạo", "dao cạo dùng một lần", "bấm móng tay, kềm cắt da", "tổng số"
FIGS = [
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất dao cạo, bấm móng tay và dụng cụ cắt tỉa cá nhân", period=Y24),
    fig("trong đó 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", total=9,
        subject="doanh nghiệp có vốn đầu tư nước ngoài", period=Y24),
    fig("sử dụng 11.250 lao động", "11.250", 11250, "count", "lao động",
        subject="lao động các doanh nghiệp sử dụng", period=Y24),
    fig("ước đạt 4.180 tỷ", "4.180", 4180e9, "money", "đồng", percent=102.4,
        change=chg("increase", 9.6, "%", "năm 2023"), status="estimate",
        subject="giá trị sản xuất của ngành", period=inh(Y24)),
    fig("ước đạt 162 triệu", "162", 162e6, "money", "USD", percent=1.9, status="estimate",
        subject="kim ngạch xuất khẩu của ngành", period=inh(Y24)),
    cell("Lưỡi dao cạo | 412,5", "412,5", R1, "năm 2023"),
    cell("412,5 | 455,0", "455,0", R1, "ước thực hiện 2024"),
    cell("455,0 | 110,3", "110,3", R1, "so với cùng kỳ"),
    cell("110,3 | 490", "490", R1, "kế hoạch 2025"),
    cell("một lần | 96,8", "96,8", R2, "năm 2023"),
    cell("96,8 | 104,2", "104,2", R2, "ước thực hiện 2024"),
    cell("104,2 | 107,6", "107,6", R2, "so với cùng kỳ"),
    cell("107,6 | 112", "112", R2, "kế hoạch 2025"),
    cell("cắt da | 18,4", "18,4", R3, "năm 2023"),
    cell("18,4 | 21,9", "21,9", R3, "ước thực hiện 2024"),
    cell("21,9 | 119,0", "119,0", R3, "so với cùng kỳ"),
    cell("119,0 | 25", "25", R3, "kế hoạch 2025"),
    cell("Tổng số | 527,7", "527,7", R4, "năm 2023"),
    cell("527,7 | 581,1", "581,1", R4, "ước thực hiện 2024"),
    cell("581,1 | 110,1", "110,1", R4, "so với cùng kỳ"),
    cell("110,1 | 627", "627", R4, "kế hoạch 2025"),
    fig("kiểm tra 9/9 doanh", "9", 9, "count", "doanh nghiệp", total=9,
        subject="doanh nghiệp được đoàn kiểm tra liên ngành kiểm tra", period=S24),
    fig("phát hiện 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp vi phạm quy định về xả thải", period=S24),
    fig("cộng 340 triệu", "340", 340e6, "money", "đồng",
        subject="tiền xử phạt doanh nghiệp vi phạm", period=S24),
    fig("đạt 4.600 tỷ", "4.600", 4600e9, "money", "đồng", status="target",
        change=chg("increase", 10, "%", "năm 2024", approx="about"),
        subject="giá trị sản xuất ngành", period=S25),
    fig("từ 175 đến 180 triệu", "175", 175e6, "money", "USD", value_max=180e6, status="target",
        subject="kim ngạch xuất khẩu", period=S25),
    fig("ít nhất 1 dự án", "1", 1, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất lưỡi dao cạo công nghệ cao thu hút", period=S25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HẢI DƯƠNG', 'Số: 47/BC-UBND', 'Hải Dương, ngày 15 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "The 4.180 tỷ and 162 triệu USD sentence has no period of its own: 'Năm 2024' of the previous sentence (inherited).",
    "Flattened '|' table, 'Đơn vị tính: triệu chiếc': cells are count, unit chiếc, ×10^6; subject = 'sản lượng' + row + column;",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "'So với cùng kỳ (%)' cells are percent figures (index vs 2023, value as written: 110,3); the header carries no status cue and no year,",
    "so status actual (letter of the spec) and period 2024 inherited (not scored). Row numbers 1-3 are not figures; 'dùng một lần' is a name.",
    "'kiểm tra 9/9 doanh nghiệp' → 9, total 9; '2 doanh nghiệp vi phạm' has no part cue: no total. Section periods are inherited.",
    "Section II 'Phấn đấu ...; ...; ...' → all three clauses target; 'tăng khoảng 10%' is a change with approx about.",
    "Distractors: Số: 47/BC-UBND, Nghị định số 45/2022/NĐ-CP, the letterhead date, section numbers, row numbers, 'Lưu: VT, KTN'.",
]

if __name__ == "__main__":
    write("p1511-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Hải Dương")
