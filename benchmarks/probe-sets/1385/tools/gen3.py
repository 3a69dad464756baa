"""p1385-3: formal report (UBND tỉnh Ninh Thuận, Số: 15/BC-UBND): salt 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write, num

TEXT = """ỦY BAN NHÂN DÂN
TỈNH NINH THUẬN
Số: 15/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, tiêu thụ muối năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ SẢN XUẤT MUỐI NĂM 2024
1. Diện tích, sản lượng
Năm 2024, tổng diện tích sản xuất muối toàn tỉnh là 3.560 ha, trong đó muối công nghiệp 3.180 ha, muối thủ công 380 ha. Sản lượng muối ước đạt 498.000 tấn, bằng 103,8% kế hoạch, tăng 6,2% so với năm 2023.

Bảng 1. Sản lượng muối phân theo huyện
Đơn vị tính: nghìn tấn
Địa phương | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
Huyện Thuận Nam | 377,4 | 404,7 | 418,0
Huyện Ninh Hải | 87,2 | 88,6 | 92,0
Huyện Ninh Phước | 4,3 | 4,7 | 5,0
Tổng cộng | 468,9 | 498,0 | 515,0

2. Giá muối và thu nhập của diêm dân
Giá muối công nghiệp bình quân năm 2024 khoảng 1.150 đồng/kg, tăng 15% so với năm 2023; muối thủ công dao động từ 1.800 đến 2.200 đồng/kg. Toàn tỉnh có khoảng 2.100 lao động làm muối, thu nhập bình quân 6,8 triệu đồng/người/tháng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu diện tích sản xuất muối đạt 3.600 ha, sản lượng 515.000 tấn; hoàn thành nâng cấp 12 km kênh cấp nước mặn đồng muối Tri Hải theo Quyết định số 1104/QĐ-UBND ngày 06/9/2024.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Thường trực Tỉnh ủy;
- Lưu: VT, KTTH.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Quang Thuận
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
P25 = per("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Huyện Thuận Nam", "Thuận Nam", ["377,4", "404,7", "418,0"]),
        ("Huyện Ninh Hải", "Ninh Hải", ["87,2", "88,6", "92,0"]),
        ("Huyện Ninh Phước", "Ninh Phước", ["4,3", "4,7", "5,0"]),
        ("Tổng cộng", None, ["468,9", "498,0", "515,0"])]

CELLS = []
for label, loc, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if loc:
            kw["location"] = loc
            subj = f"sản lượng muối {col}"
        else:
            subj = f"tổng cộng sản lượng muối {col}"
        CELLS.append(fig(f"{prev} | {n}", n, num(n) * 1e3, "measure", "tấn", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("là 3.560 ha", "3.560", 3560, "measure", "ha", subject="tổng diện tích sản xuất muối toàn tỉnh", period=Y24),
    fig("công nghiệp 3.180 ha", "3.180", 3180, "measure", "ha", total=3560,
        subject="diện tích muối công nghiệp", period=Y24),
    fig("thủ công 380 ha", "380", 380, "measure", "ha", total=3560,
        subject="diện tích muối thủ công", period=Y24),
    fig("ước đạt 498.000 tấn", "498.000", 498000, "measure", "tấn", status="estimate", percent=103.8,
        change=chg("increase", 6.2, "%", "năm 2023"), subject="sản lượng muối", period=inh(Y24)),
] + CELLS + [
    fig("khoảng 1.150", "1.150", 1150, "money", "đồng/kg", approx="about",
        change=chg("increase", 15, "%", "năm 2023"), subject="giá muối công nghiệp bình quân", period=Y24b),
    fig("từ 1.800 đến 2.200", "1.800", 1800, "money", "đồng/kg", value_max=2200,
        subject="giá muối thủ công", period=Y24b),
    fig("khoảng 2.100 lao động", "2.100", 2100, "count", "lao động", approx="about",
        subject="lao động làm muối"),
    fig("bình quân 6,8 triệu", "6,8", 6.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động làm muối"),
    fig("đạt 3.600 ha", "3.600", 3600, "measure", "ha", status="target",
        subject="diện tích sản xuất muối", period=P25),
    fig("sản lượng 515.000 tấn", "515.000", 515000, "measure", "tấn", status="target",
        subject="sản lượng muối", period=P25),
    fig("nâng cấp 12 km", "12", 12, "measure", "km", status="target",
        subject="kênh cấp nước mặn đồng muối Tri Hải nâng cấp", period=P25),
]

NOTES = [
    "Formal report (UBND tỉnh Ninh Thuận, Số: 15/BC-UBND, 'Ninh Thuận, ngày 15 tháng 01 năm 2025'): sections I/II, 1./2., 'Bảng 1.', 'Nơi nhận'.",
    "Distractors: document numbers 15/BC-UBND and 1104/QĐ-UBND ngày 06/9/2024, letterhead date, section numbers, 'Bảng 1.', 'Lưu: VT, KTTH'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn' → value × 1000 tấn; district rows → location; 'Tổng cộng' row → Ninh Thuận.",
    "Table periods from the column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "'trong đó muối công nghiệp 3.180 ha, muối thủ công 380 ha' → total 3.560 ha. 'bằng 103,8% kế hoạch' → percent attribute.",
    "Section II: 'Phấn đấu' governs the whole sentence (target); the period is the heading 'KẾ HOẠCH NĂM 2025' (inherited).",
    "Labour and income have no period of their own ('Toàn tỉnh có …' is a standing count).",
]

if __name__ == "__main__":
    write("p1385-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Ninh Thuận")
