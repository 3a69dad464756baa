"""p1532-3: formal report (UBND huyện Bình Sơn, Quảng Ngãi): làng nghề gốm Mỹ Thiện 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN BÌNH SƠN
Số: 27/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bình Sơn, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả bảo tồn, phát triển làng nghề gốm Mỹ Thiện năm 2024

Thực hiện Kế hoạch số 112/KH-UBND ngày 11/3/2024 của UBND huyện, UBND huyện Bình Sơn báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất, kinh doanh
Năm 2024, làng nghề gốm Mỹ Thiện (xã Bình Châu) có 38 hộ sản xuất, tăng 5 hộ so với năm 2023, sử dụng 112 lao động thường xuyên. Tổng sản lượng đạt 245.000 sản phẩm, bằng 102,1% kế hoạch; doanh thu ước đạt 4,9 tỷ đồng, tăng 16,7% so với năm 2023.

Bảng 1. Sản lượng gốm Mỹ Thiện theo loại sản phẩm
Đơn vị tính: nghìn sản phẩm
Loại sản phẩm | Năm 2023 | Năm 2024 | Kế hoạch 2025
Nồi đất | 108 | 121 | 128
Niêu, trã | 60 | 68 | 74
Lu, chum, bình | 50 | 56 | 58
Tổng cộng | 218 | 245 | 260

2. Hạ tầng, môi trường
Trong năm, huyện hỗ trợ 450 triệu đồng xây dựng 3 lò nung cải tiến; bê tông hóa 1,2 km đường vào làng nghề. Tỷ lệ hộ thu gom, xử lý chất thải rắn đạt 85%.

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu sản lượng đạt 260.000 sản phẩm, doanh thu trên 5,5 tỷ đồng; thu hút khoảng 5.000 lượt khách tham quan, trải nghiệm làm gốm.

Nơi nhận:
- UBND tỉnh Quảng Ngãi;
- Sở Công Thương;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Minh Quang
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24T = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Năm 2024", per("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("Kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Nồi đất", ["108", "121", "128"]), ("Niêu, trã", ["60", "68", "74"]),
        ("Lu, chum, bình", ["50", "56", "58"]), ("Tổng cộng", ["218", "245", "260"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev} | {n}", n, float(n) * 1e3, "count", "sản phẩm",
                         subject=f"sản lượng {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 38 hộ", "38", 38, "count", "hộ", change=chg("increase", 5, "hộ", "năm 2023"),
        subject="hộ sản xuất làng nghề gốm Mỹ Thiện", period=Y24),
    fig("sử dụng 112 lao động", "112", 112, "count", "lao động",
        subject="lao động thường xuyên làng nghề", period=Y24),
    fig("đạt 245.000", "245.000", 245000, "count", "sản phẩm", percent=102.1,
        subject="tổng sản lượng", period=inh(Y24)),
    fig("ước đạt 4,9 tỷ", "4,9", 4.9e9, "money", "đồng", status="estimate",
        change=chg("increase", 16.7, "%", "năm 2023"), subject="doanh thu", period=inh(Y24)),
] + CELLS + [
    fig("hỗ trợ 450 triệu", "450", 450e6, "money", "đồng",
        subject="kinh phí huyện hỗ trợ xây dựng lò nung cải tiến", period=Y24T),
    fig("3 lò nung", "3", 3, "count", "lò nung", subject="lò nung cải tiến được xây dựng", period=Y24T),
    fig("hóa 1,2 km", "1,2", 1.2, "measure", "km", subject="đường vào làng nghề được bê tông hóa",
        period=Y24T),
    fig("rắn đạt 85%", "85", 85, "percent", "%", subject="tỷ lệ hộ thu gom, xử lý chất thải rắn",
        period=inh(Y24T)),
    fig("đạt 260.000", "260.000", 260000, "count", "sản phẩm", status="target",
        subject="sản lượng", period=Y25),
    fig("trên 5,5 tỷ", "5,5", 5.5e9, "money", "đồng", approx="over", status="target",
        subject="doanh thu", period=Y25),
    fig("khoảng 5.000 lượt", "5.000", 5000, "count", "lượt khách", approx="about", status="target",
        subject="lượt khách tham quan, trải nghiệm làm gốm", period=Y25),
]

NOTES = [
    "Formal report: 'ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN', 'Số: 27/BC-UBND', 'Bình Sơn, ngày 15 tháng 01 năm 2025', sections I/II and 1-2, 'Nơi nhận', signature.",
    "Distractors: Số 27/BC-UBND, 'Kế hoạch số 112/KH-UBND ngày 11/3/2024', section numbers, 'Bảng 1.', 'Lưu: VT, KT', 'UBND tỉnh Quảng Ngãi' in Nơi nhận.",
    "Location: huyện Bình Sơn (xã Bình Châu is in it) for every figure.",
    "'tăng 5 hộ so với năm 2023' is a change in hộ; 'bằng 102,1% kế hoạch' the percent attribute of 245.000; the '.' sentence after 'Năm 2024' inherits it.",
    "Flattened '|' table, 'Đơn vị tính: nghìn sản phẩm' (×1000, unit sản phẩm, kind count); subject = sản lượng + row + column; period from column headers;",
    "'Kế hoạch 2025' column → status target; 'Tổng cộng' row cells are figures and get no total, nor do the other cells.",
    "'Trong năm' in an annual report is the report's year 2024; '85%' stands in the next sentence (inherited). Section II targets: 'Năm 2025, phấn đấu' governs the whole sentence.",
]

if __name__ == "__main__":
    write("p1532-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Bình Sơn")
