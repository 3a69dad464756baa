"""p1536-4: formal report (UBND tỉnh Hưng Yên, Số: 18/BC-UBND): brushes and rollers 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HƯNG YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 18/BC-UBND                    Hưng Yên, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, tiêu thụ cọ sơn, con lăn sơn năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh có 4 cụm làng nghề và 38 doanh nghiệp sản xuất cọ sơn, con lăn sơn. Tổng sản lượng ước đạt 31,7 triệu sản phẩm, tăng 9,2% so với năm 2023, bằng 105,7% kế hoạch. Tính đến ngày 31/12/2024, có 26 doanh nghiệp được cấp chứng nhận ISO 9001:2015.

Sản lượng cọ sơn, con lăn sơn theo địa phương
Đơn vị tính: nghìn sản phẩm
Địa phương | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
Huyện Văn Lâm | 12.480 | 13.650 | 14.500
Huyện Văn Giang | 8.150 | 8.920 | 9.400
Huyện Yên Mỹ | 5.300 | 5.760 | 6.100
Huyện Khoái Châu | 3.100 | 3.370 | 3.500
Tổng cộng | 29.030 | 31.700 | 33.500

2. Tiêu thụ, xuất khẩu
Doanh thu toàn ngành ước đạt 1.150 tỷ đồng. Kim ngạch xuất khẩu ước đạt 28,4 triệu USD, chiếm khoảng 61% tổng doanh thu; thị trường chính là Hoa Kỳ, Nhật Bản và EU. Ngành giải quyết việc làm cho khoảng 5.600 lao động, thu nhập bình quân 7,8 triệu đồng/người/tháng.

II. NHIỆM VỤ NĂM 2025
1. Phấn đấu sản lượng đạt 33,5 triệu sản phẩm, kim ngạch xuất khẩu trên 32 triệu USD.
2. Hoàn thành di dời 12 cơ sở sản xuất gây ô nhiễm ra khỏi khu dân cư.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Tính đến ngày 31/12/2024", None, "2024-12-31")
N25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Huyện Văn Lâm", "Văn Lâm", ["12.480", "13.650", "14.500"]),
        ("Huyện Văn Giang", "Văn Giang", ["8.150", "8.920", "9.400"]),
        ("Huyện Yên Mỹ", "Yên Mỹ", ["5.300", "5.760", "6.100"]),
        ("Huyện Khoái Châu", "Khoái Châu", ["3.100", "3.370", "3.500"]),
        ("Tổng cộng", "Hưng Yên", ["29.030", "31.700", "33.500"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        head = "tổng cộng sản lượng" if label == "Tổng cộng" else "sản lượng"
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")) * 1000, "count", "sản phẩm",
                         subject=f"{head} cọ sơn, con lăn sơn {col}", period=p, location=place, **kw))
        prev = n

FIGS = [
    fig("có 4 cụm", "4", 4, "count", "cụm làng nghề", subject="cụm làng nghề sản xuất cọ sơn, con lăn sơn",
        period=Y24),
    fig("và 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất cọ sơn, con lăn sơn", period=Y24),
    fig("ước đạt 31,7 triệu", "31,7", 31.7e6, "count", "sản phẩm", status="estimate", percent=105.7,
        change=chg("increase", 9.2, "%", "năm 2023"), subject="tổng sản lượng", period=inh(Y24)),
    fig("có 26 doanh nghiệp", "26", 26, "count", "doanh nghiệp",
        subject="doanh nghiệp được cấp chứng nhận ISO", period=ASOF),
] + CELLS + [
    fig("ước đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng", status="estimate",
        subject="doanh thu toàn ngành", period=inh(Y24)),
    fig("ước đạt 28,4 triệu", "28,4", 28.4e6, "money", "USD", status="estimate", percent=61,
        subject="kim ngạch xuất khẩu", period=inh(Y24)),
    fig("khoảng 5.600 lao động", "5.600", 5600, "count", "lao động", approx="about",
        subject="lao động ngành giải quyết việc làm", period=inh(Y24)),
    fig("bình quân 7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân", period=inh(Y24)),
    fig("đạt 33,5 triệu", "33,5", 33.5e6, "count", "sản phẩm", status="target",
        subject="sản lượng", period=inh(N25)),
    fig("trên 32 triệu", "32", 32e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=inh(N25)),
    fig("di dời 12 cơ sở", "12", 12, "count", "cơ sở", status="target",
        subject="cơ sở sản xuất gây ô nhiễm di dời ra khỏi khu dân cư", period=inh(N25)),
]

NOTES = [
    "Formal report: UBND TỈNH HƯNG YÊN, 'Số: 18/BC-UBND', 'Hưng Yên, ngày 15 tháng 01 năm 2025', sections I/II and 1./2., Nơi nhận.",
    "Distractors: 18/BC-UBND, the letterhead date, ISO 9001:2015, section numbers, 'Lưu: VT, KT', 'TT Tỉnh ủy'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn sản phẩm' (×1000): district row labels go to location, the Tổng cộng row to Hưng Yên;",
    "subject = title indicator + column label; Ước thực hiện 2024 → estimate, Kế hoạch 2025 → target; no totals for table cells.",
    "'Năm 2024' (first sentence) and 'NHIỆM VỤ NĂM 2025' (heading) reach later sentences only as inherited periods.",
    "'Tính đến ngày 31/12/2024' is an as-of date. '26 doanh nghiệp' has no part-of cue to the 38: no total.",
]

if __name__ == "__main__":
    write("p1536-4", TEXT, NOTES, FIGS, published="2025-01-15", location="Hưng Yên")
