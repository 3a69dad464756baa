"""p1551-3: formal report (UBND tỉnh Tây Ninh): rubber glove production 2024, flattened '|' table, plan 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH TÂY NINH
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, tiêu thụ găng tay cao su năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh có 6 doanh nghiệp sản xuất găng tay cao su y tế và găng tay cao su công nghiệp với tổng công suất thiết kế 4,8 tỷ chiếc/năm. Sản lượng cả năm ước đạt 3,62 tỷ chiếc, tăng 18,5% so với năm 2023, đạt 103,4% kế hoạch.

Sản lượng găng tay cao su theo doanh nghiệp
Đơn vị tính: triệu chiếc
Doanh nghiệp | Năm 2023 | Năm 2024 | Kế hoạch 2025
Công ty TNHH Cao su Thịnh Phát | 1.240 | 1.415 | 1.600
Công ty CP Găng tay Việt Tín | 860 | 1.035 | 1.150
Các doanh nghiệp khác | 955 | 1.170 | 1.250
Tổng cộng | 3.055 | 3.620 | 4.000

2. Tiêu thụ
Kim ngạch xuất khẩu găng tay cao su năm 2024 ước đạt 168 triệu USD, chiếm 4,6% tổng kim ngạch xuất khẩu của tỉnh. Thị trường chính là Hoa Kỳ (khoảng 45%), EU (28%) và Nhật Bản (12%).

3. Lao động
Các doanh nghiệp sử dụng 7.350 lao động, trong đó 4.980 lao động là người địa phương; thu nhập bình quân 9,4 triệu đồng/người/tháng, tăng 6% so với năm 2023. Trong năm xảy ra 2 vụ tai nạn lao động, giảm 3 vụ so với năm 2023.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu sản lượng găng tay cao su đạt 4 tỷ chiếc, kim ngạch xuất khẩu khoảng 190 triệu USD; thu hút ít nhất 1 dự án sản xuất găng tay nitrile với vốn đăng ký từ 50 triệu USD trở lên.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Hoàng Phúc
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24S = per("năm 2024", "2024-01-01", "2024-12-31")
CY = per("cả năm", "2024-01-01", "2024-12-31")
INYEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("năm 2024", per("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Công ty TNHH Cao su Thịnh Phát", ["1.240", "1.415", "1.600"]),
        ("Công ty CP Găng tay Việt Tín", ["860", "1.035", "1.150"]),
        ("Các doanh nghiệp khác", ["955", "1.170", "1.250"]),
        ("Tổng cộng", ["3.055", "3.620", "4.000"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        v = float(n.replace(".", "")) * 1e6
        CELLS.append(fig(f"{prev} | {n}", n, v, "count", "chiếc",
                         subject=f"sản lượng găng tay cao su {label} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất găng tay cao su y tế và găng tay cao su công nghiệp", period=Y24),
    fig("thiết kế 4,8 tỷ", "4,8", 4.8e9, "measure", "chiếc/năm",
        subject="tổng công suất thiết kế", period=Y24),
    fig("ước đạt 3,62 tỷ", "3,62", 3.62e9, "count", "chiếc", status="estimate", percent=103.4,
        change=chg("increase", 18.5, "%", "năm 2023"), subject="sản lượng găng tay cao su cả năm", period=CY),
] + CELLS + [
    fig("ước đạt 168 triệu", "168", 168e6, "money", "USD", status="estimate", percent=4.6,
        subject="kim ngạch xuất khẩu găng tay cao su", period=Y24S),
    fig("Hoa Kỳ (khoảng 45%)", "45", 45, "percent", "%", approx="about",
        subject="tỷ trọng thị trường chính Hoa Kỳ trong kim ngạch xuất khẩu găng tay cao su",
        period=inh(Y24S)),
    fig("EU (28%)", "28", 28, "percent", "%",
        subject="tỷ trọng thị trường chính EU trong kim ngạch xuất khẩu găng tay cao su", period=inh(Y24S)),
    fig("Nhật Bản (12%)", "12", 12, "percent", "%",
        subject="tỷ trọng thị trường chính Nhật Bản trong kim ngạch xuất khẩu găng tay cao su",
        period=inh(Y24S)),
    fig("sử dụng 7.350 lao động", "7.350", 7350, "count", "lao động", subject="lao động các doanh nghiệp sử dụng"),
    fig("trong đó 4.980 lao động", "4.980", 4980, "count", "lao động", total=7350,
        subject="lao động là người địa phương"),
    fig("bình quân 9,4 triệu", "9,4", 9.4e6, "money", "đồng/người/tháng",
        change=chg("increase", 6, "%", "năm 2023"), subject="thu nhập bình quân lao động"),
    fig("xảy ra 2 vụ", "2", 2, "count", "vụ", change=chg("decrease", 3, "vụ", "năm 2023"),
        subject="vụ tai nạn lao động", period=INYEAR),
    fig("đạt 4 tỷ chiếc", "4", 4e9, "count", "chiếc", status="target",
        subject="sản lượng găng tay cao su", period=Y25),
    fig("khoảng 190 triệu", "190", 190e6, "money", "USD", approx="about", status="target",
        subject="kim ngạch xuất khẩu", period=Y25),
    fig("ít nhất 1 dự án", "1", 1, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất găng tay nitrile thu hút", period=Y25),
    fig("từ 50 triệu USD trở lên", "50", 50e6, "money", "USD", approx="at_least", status="target",
        subject="vốn đăng ký dự án sản xuất găng tay nitrile", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Tây Ninh, Số: 214/BC-UBND, 'Tây Ninh, ngày 15 tháng 01 năm 2025'): rubber gloves 2024, plan 2025.",
    "Distractors: 214/BC-UBND, the letterhead date, 'năm 2024'/'năm 2025' in the title and section heads, section numbers I./II./1.-3.,",
    "'Lưu: VT, KT'. The report date is the published date.",
    "Flattened '|' table, 'Đơn vị tính: triệu chiếc' (×10^6): every numeric cell is a figure (count, chiếc); subject = caption",
    "indicator + row + column; period from the column header; 'Kế hoạch 2025' → status target. Table cells get no total.",
    "'ước đạt 3,62 tỷ chiếc, tăng 18,5% ..., đạt 103,4% kế hoạch': change 18.5, percent 103.4 (share of plan after 'đạt').",
    "Market shares: a new sentence after the export sentence: percent figures of their own; trade partners stay in the subject,",
    "location stays Tây Ninh; period inherited. 'Trong năm' in the yearly report = 2024. 'giảm 3 vụ' is a change in vụ.",
    "Section II sentence opens with 'Năm 2025, phấn đấu': every figure target; 'từ 50 triệu USD trở lên' = at least 50 triệu USD.",
    "Stock figures (workers, wage) stand in sentences without a period phrase: no period.",
]

if __name__ == "__main__":
    write("p1551-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Tây Ninh")
