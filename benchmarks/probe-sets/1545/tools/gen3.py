"""p1545-3: formal report (UBND tỉnh Nam Định, Số: 27/BC-UBND): umbrella output and exports 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NAM ĐỊNH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, xuất khẩu ô dù năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Thực hiện Kế hoạch số 45/KH-UBND, năm 2024 toàn tỉnh có 9 doanh nghiệp và 2 làng nghề sản xuất ô dù; sản lượng đạt 14,8 triệu chiếc, tăng 9,6% so với năm 2023, đạt 102,1% kế hoạch, đứng thứ 3 cả nước. Giá trị sản xuất ước đạt 1.265 tỷ đồng.

Đơn vị tính: nghìn chiếc
Đơn vị | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Công ty TNHH Ô dù Thiên Trường | 6.420 | 7.150 | 111,4 | 7.600
Công ty CP Ô dù Nam Hải | 4.180 | 4.520 | 108,1 | 4.800
Doanh nghiệp khác và làng nghề | 2.900 | 3.130 | 107,9 | 3.400
Tổng cộng | 13.500 | 14.800 | 109,6 | 15.800

2. Xuất khẩu và lao động
Kim ngạch xuất khẩu ô dù năm 2024 đạt 86,5 triệu USD, tăng 14,2% so với năm 2023, chiếm 3,1% tổng kim ngạch xuất khẩu của tỉnh. Các thị trường chính là Nhật Bản (31,4 triệu USD), Hoa Kỳ (22,7 triệu USD) và EU (18,9 triệu USD). Các doanh nghiệp sử dụng 5.240 lao động, trong đó lao động nữ chiếm 78%; thu nhập bình quân 8,6 triệu đồng/người/tháng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng ô dù năm 2025 đạt 15,8 triệu chiếc, kim ngạch xuất khẩu trên 95 triệu USD; hỗ trợ ít nhất 2 doanh nghiệp đầu tư dây chuyền tự động hóa khâu lắp ráp khung.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24T = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23T = per("Năm 2023", "2023-01-01", "2023-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("Công ty TNHH Ô dù Thiên Trường", "Trường", ["6.420", "7.150", "111,4", "7.600"]),
        ("Công ty CP Ô dù Nam Hải", "Hải", ["4.180", "4.520", "108,1", "4.800"]),
        ("doanh nghiệp khác và làng nghề", "làng nghề", ["2.900", "3.130", "107,9", "3.400"]),
        ("tổng cộng", "Tổng cộng", ["13.500", "14.800", "109,6", "15.800"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for row, lead, nums in ROWS:
    prev = lead
    for i, n in enumerate(nums):
        a = f"{prev} | {n}"
        prev = n
        if i == 0:
            CELLS.append(fig(a, n, num(n) * 1e3, "count", "chiếc", subject=f"sản lượng ô dù {row} năm 2023", period=Y23T))
        elif i == 1:
            CELLS.append(fig(a, n, num(n) * 1e3, "count", "chiếc", subject=f"sản lượng ô dù {row} năm 2024", period=Y24T))
        elif i == 2:
            CELLS.append(fig(a, n, num(n), "percent", "%", subject=f"sản lượng ô dù {row} so với cùng kỳ",
                             period=inh(Y24T)))
        else:
            CELLS.append(fig(a, n, num(n) * 1e3, "count", "chiếc", status="target",
                             subject=f"sản lượng ô dù {row} kế hoạch 2025", period=K25))

FIGS = [
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất ô dù", period=Y24),
    fig("và 2 làng nghề", "2", 2, "count", "làng nghề", subject="làng nghề sản xuất ô dù", period=Y24),
    fig("đạt 14,8 triệu", "14,8", 14.8e6, "count", "chiếc", percent=102.1,
        change=chg("increase", 9.6, "%", "năm 2023"), subject="sản lượng ô dù", period=Y24),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="sản lượng ô dù", period=Y24),
    fig("ước đạt 1.265 tỷ", "1.265", 1265e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất ô dù", period=inh(Y24)),
] + CELLS + [
    fig("đạt 86,5 triệu", "86,5", 86.5e6, "money", "USD", percent=3.1,
        change=chg("increase", 14.2, "%", "năm 2023"), subject="kim ngạch xuất khẩu ô dù", period=Y24),
    fig("Nhật Bản (31,4 triệu", "31,4", 31.4e6, "money", "USD", subject="kim ngạch xuất khẩu ô dù",
        period=inh(Y24)),
    fig("Hoa Kỳ (22,7 triệu", "22,7", 22.7e6, "money", "USD", subject="kim ngạch xuất khẩu ô dù",
        period=inh(Y24)),
    fig("EU (18,9 triệu", "18,9", 18.9e6, "money", "USD", subject="kim ngạch xuất khẩu ô dù",
        period=inh(Y24)),
    fig("sử dụng 5.240 lao động", "5.240", 5240, "count", "lao động",
        subject="lao động các doanh nghiệp sử dụng", period=inh(Y24)),
    fig("chiếm 78%", "78", 78, "percent", "%", subject="lao động nữ", period=inh(Y24)),
    fig("bình quân 8,6 triệu", "8,6", 8.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân", period=inh(Y24)),
    fig("đạt 15,8 triệu", "15,8", 15.8e6, "count", "chiếc", status="target",
        subject="sản lượng ô dù", period=Y25),
    fig("trên 95 triệu", "95", 95e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=Y25),
    fig("ít nhất 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp được hỗ trợ đầu tư dây chuyền tự động hóa", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH NAM ĐỊNH', 'Số: 27/BC-UBND', 'Nam Định, ngày 16 tháng 01 năm 2025' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Distractors: Số: 27/BC-UBND, 'Kế hoạch số 45/KH-UBND', section numbers, the letterhead date, 'Lưu: VT, KTN'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc': quantity cells are count in chiếc x10^3; rows are companies, not places (location Nam Định).",
    "Subject = 'sản lượng ô dù' + row label + column label; period from the column header (scored); 'Kế hoạch 2025' → target; cells get no total.",
    "'So với cùng kỳ (%)' cells are percent figures (no multiplier); the header has no period of its own, so they inherit 2024 from the",
    "neighbouring 'Năm 2024' column (not scored); no Ước/Kế hoạch word in that header, so status actual.",
    "'đạt 102,1% kế hoạch' → percent attribute; 'đứng thứ 3 cả nước' → rank, place Nam Định (the ranked province).",
    "Export markets Nhật Bản, Hoa Kỳ, EU are trade partners: location stays Nam Định; the list items do not add up to 86,5 → no total.",
    "'trong đó lao động nữ chiếm 78%' is a percent figure of its own (5.240 is not a share of anything).",
    "Sentences without a period phrase in section I inherit năm 2024 (not scored). Section II 'Phấn đấu' governs all three clauses (target).",
]

if __name__ == "__main__":
    write("p1545-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Nam Định")
