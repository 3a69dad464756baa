"""p1562-3: formal report (UBND tỉnh Thái Bình, Số: 27/BC-UBND): fishing-tackle output and exports 2023, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 16 tháng 01 năm 2024

BÁO CÁO
Kết quả sản xuất, xuất khẩu dụng cụ câu cá năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ NĂM 2023
1. Tình hình chung
Năm 2023, giá trị sản xuất ngành dụng cụ câu cá (theo giá so sánh 2010) đạt 3.420 tỷ đồng, giảm 4,2% so với năm 2022; kim ngạch xuất khẩu đạt 168,9 triệu USD, bằng 93,8% kế hoạch, chiếm 7,4% tổng kim ngạch xuất khẩu của tỉnh. Nguyên nhân chủ yếu do nhu cầu tại thị trường Mỹ, châu Âu suy giảm và tồn kho của các nhà nhập khẩu còn cao.

2. Kim ngạch xuất khẩu theo doanh nghiệp
Đơn vị tính: triệu USD
STT | Doanh nghiệp | Năm 2022 | Năm 2023 | Kế hoạch 2024
1 | Công ty TNHH Dụng cụ câu Hoàng Long | 96,4 | 88,7 | 95
2 | Công ty TNHH Sao Biển Fishing | 51,3 | 47,6 | 52
3 | Công ty CP Ngư cụ Trà Lý | 34,8 | 32,6 | 35
 | Tổng cộng | 182,5 | 168,9 | 182

3. Doanh nghiệp, lao động và đầu tư
Đến ngày 31/12/2023, toàn tỉnh có 9 doanh nghiệp sản xuất dụng cụ câu cá, giảm 1 doanh nghiệp so với năm 2022, sử dụng 6.150 lao động, trong đó lao động nữ chiếm khoảng 72%. Trong năm, tỉnh cấp giấy chứng nhận đầu tư cho 2 dự án mới với tổng vốn đăng ký 28,5 triệu USD.

II. KẾ HOẠCH NĂM 2024
Phấn đấu kim ngạch xuất khẩu dụng cụ câu cá năm 2024 đạt 182 triệu USD, tăng 7,8% so với năm 2023; thu hút thêm ít nhất 1 dự án sản xuất cần câu carbon, máy câu.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
ASOF = per("Đến ngày 31/12/2023", None, "2023-12-31")
TN = per("Trong năm", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
COLS = {"năm 2022": (Y22, None), "năm 2023": (Y23, None), "kế hoạch 2024": (K24, "target")}


def cell(anchor, number, row, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    v = float(number.replace(",", ".")) * 1e6
    return fig(anchor, number, v, "money", "USD", subject=f"kim ngạch xuất khẩu {row} {col}", period=p, **kw)


ROWS = [("Hoàng Long", "Công ty TNHH Dụng cụ câu Hoàng Long", ["96,4", "88,7", "95"]),
        ("Fishing", "Công ty TNHH Sao Biển Fishing", ["51,3", "47,6", "52"]),
        ("Trà Lý", "Công ty CP Ngư cụ Trà Lý", ["34,8", "32,6", "35"]),
        ("Tổng cộng", "tổng cộng", ["182,5", "168,9", "182"])]
CELLS = []
for key, label, nums in ROWS:
    prev = key
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label, col))
        prev = n

FIGS = [
    fig("đạt 3.420 tỷ", "3.420", 3420e9, "money", "đồng", change=chg("decrease", 4.2, "%", "năm 2022"),
        subject="giá trị sản xuất ngành dụng cụ câu cá", period=Y23),
    fig("đạt 168,9 triệu", "168,9", 168.9e6, "money", "USD", percent=93.8,
        subject="kim ngạch xuất khẩu dụng cụ câu cá", period=Y23),
    fig("chiếm 7,4%", "7,4", 7.4, "percent", "%", optional=True,
        subject="tỷ trọng trong tổng kim ngạch xuất khẩu của tỉnh", period=Y23),
] + CELLS + [
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        change=chg("decrease", 1, "doanh nghiệp", "năm 2022"),
        subject="doanh nghiệp sản xuất dụng cụ câu cá", period=ASOF),
    fig("sử dụng 6.150 lao động", "6.150", 6150, "count", "lao động",
        subject="lao động các doanh nghiệp sản xuất dụng cụ câu cá sử dụng", period=ASOF),
    fig("chiếm khoảng 72%", "72", 72, "percent", "%", approx="about",
        subject="tỷ lệ lao động nữ", period=ASOF),
    fig("cho 2 dự án", "2", 2, "count", "dự án", subject="dự án mới được cấp giấy chứng nhận đầu tư", period=TN),
    fig("đăng ký 28,5 triệu", "28,5", 28.5e6, "money", "USD",
        subject="tổng vốn đăng ký của dự án mới", period=TN),
    fig("đạt 182 triệu", "182", 182e6, "money", "USD", status="target",
        change=chg("increase", 7.8, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu dụng cụ câu cá", period=Y24),
    fig("ít nhất 1 dự án", "1", 1, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất cần câu carbon, máy câu thu hút thêm", period=Y24),
]

NOTES = [
    "Formal report (UBND tỉnh Thái Bình, 'Số: 27/BC-UBND', 'Thái Bình, ngày 16 tháng 01 năm 2024'): fishing-tackle output and exports 2023, plan 2024.",
    "Distractors: document number, letterhead date, 'giá so sánh 2010', section numbers I./II./1.-3., table row numbers STT 1-3, 'Lưu: VT, KT'.",
    "3.420 tỷ carries the change 'giảm 4,2%'; 168,9 triệu USD carries 'bằng 93,8% kế hoạch' as its percent; the second share 'chiếm 7,4%'",
    "is a percent figure of its own, optional per FIGURES.md ('two shares ... each further one ... optional').",
    "Flattened '|' table, 'Đơn vị tính: triệu USD': every cell a money figure; subject = indicator + row + column; period from the column;",
    "'Kế hoạch 2024' → status target; cells get no total; the STT numbers are not figures.",
    "'Đến ngày 31/12/2023' is an as-of date for the whole sentence; 'giảm 1 doanh nghiệp so với năm 2022' is a change in doanh nghiệp.",
    "'trong đó lao động nữ chiếm khoảng 72%' is a percent figure of its own (a share of the 6.150 workers, not of a money amount).",
    "'Trong năm' in a yearly report = 2023. Section II 'Phấn đấu' governs the whole sentence (182 triệu USD, ít nhất 1 dự án): target, năm 2024.",
]

if __name__ == "__main__":
    write("p1562-3", TEXT, NOTES, FIGS, published="2024-01-16", location="Thái Bình")
