"""p1496-3: formal report (UBND tỉnh Bình Định, Số: 312/BC-UBND): kitchenware exports 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 16 tháng 12 năm 2024

BÁO CÁO
Tình hình sản xuất, xuất khẩu đồ gỗ gia dụng nhà bếp năm 2024 và kế hoạch năm 2025

Thực hiện Kế hoạch số 85/KH-UBND ngày 20/02/2024 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ NĂM 2024
1. Xuất khẩu
Năm 2024, kim ngạch xuất khẩu đồ gỗ gia dụng nhà bếp (thớt, khay, muỗng, đũa gỗ) của tỉnh ước đạt 68,4 triệu USD, tăng 12,7% so với năm 2023, đạt 104,3% kế hoạch. Sản phẩm được xuất sang 32 quốc gia và vùng lãnh thổ, trong đó thị trường Hoa Kỳ chiếm 41,5%.

Kim ngạch theo nhóm sản phẩm
Đơn vị tính: triệu USD
Nhóm sản phẩm | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
Thớt gỗ các loại | 27,5 | 31,2 | 34,0
Khay, mâm gỗ | 14,8 | 16,9 | 18,5
Muỗng, vá, đũa gỗ | 9,6 | 11,4 | 12,5
Đồ gỗ nhà bếp khác | 8,8 | 8,9 | 9,0
Tổng cộng | 60,7 | 68,4 | 74,0

2. Doanh nghiệp, lao động
Toàn tỉnh có 41 doanh nghiệp sản xuất đồ gỗ gia dụng nhà bếp, trong đó 23 doanh nghiệp xuất khẩu trực tiếp, chủ yếu tại các khu công nghiệp Phú Tài, Nhơn Hòa; sử dụng trên 5.200 lao động. Thu nhập bình quân khoảng 7,5 triệu đồng/người/tháng, tăng 6% so với năm 2023.

II. KẾ HOẠCH NĂM 2025
Phấn đấu kim ngạch xuất khẩu đồ gỗ gia dụng nhà bếp năm 2025 đạt 74 triệu USD, tăng 8,2% so với năm 2024; 100% gỗ nguyên liệu có nguồn gốc hợp pháp, trong đó gỗ có chứng chỉ FSC chiếm từ 55% trở lên.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lâm Hải Giang
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = {
    "năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
    "ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
}
ROWS = [("Thớt gỗ các loại", ["27,5", "31,2", "34,0"]), ("Khay, mâm gỗ", ["14,8", "16,9", "18,5"]),
        ("Muỗng, vá, đũa gỗ", ["9,6", "11,4", "12,5"]), ("Đồ gỗ nhà bếp khác", ["8,8", "8,9", "9,0"]),
        ("Tổng cộng", ["60,7", "68,4", "74,0"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(",", ".")) * 1e6, "money", "USD",
                         subject=f"kim ngạch xuất khẩu {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 68,4", "68,4", 68.4e6, "money", "USD", status="estimate", percent=104.3,
        change=chg("increase", 12.7, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu đồ gỗ gia dụng nhà bếp", period=Y24),
    fig("sang 32 quốc gia", "32", 32, "count", "quốc gia và vùng lãnh thổ",
        subject="quốc gia và vùng lãnh thổ nhập khẩu sản phẩm", period=inh(Y24)),
    fig("chiếm 41,5%", "41,5", 41.5, "percent", "%", subject="thị trường Hoa Kỳ trong kim ngạch xuất khẩu",
        period=inh(Y24)),
] + CELLS + [
    fig("có 41 doanh nghiệp", "41", 41, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ gỗ gia dụng nhà bếp"),
    fig("đó 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", total=41,
        subject="doanh nghiệp xuất khẩu trực tiếp"),
    fig("trên 5.200 lao động", "5.200", 5200, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("khoảng 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", approx="about",
        change=chg("increase", 6, "%", "năm 2023"), subject="thu nhập bình quân"),
    fig("đạt 74 triệu", "74", 74e6, "money", "USD", status="target", change=chg("increase", 8.2, "%", "năm 2024"),
        subject="kim ngạch xuất khẩu đồ gỗ gia dụng nhà bếp", period=Y25),
    fig("; 100% gỗ", "100", 100, "percent", "%", status="target",
        subject="gỗ nguyên liệu có nguồn gốc hợp pháp", period=Y25),
    fig("từ 55% trở lên", "55", 55, "percent", "%", approx="at_least", status="target",
        subject="gỗ có chứng chỉ FSC", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÌNH ĐỊNH', 'Số: 312/BC-UBND', 'Bình Định, ngày 16 tháng 12 năm 2024' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Distractors: 'Số: 312/BC-UBND', 'Kế hoạch số 85/KH-UBND ngày 20/02/2024', section numbers, 'b/c', 'Lưu: VT, KT'.",
    "68,4 triệu USD: 'ước đạt' → estimate; 'tăng 12,7% so với năm 2023' change; 'đạt 104,3% kế hoạch' percent attribute.",
    "'32 quốc gia và vùng lãnh thổ' and 'trong đó thị trường Hoa Kỳ chiếm 41,5%' stand in the sentence after 'Năm 2024' (inherited).",
    "41,5% is a share with no base amount of its own in the sentence (the whole is the export value, not the 32 countries): a percent figure.",
    "Flattened '|' table, 'Đơn vị tính: triệu USD': 15 cells, unit USD ×10^6, period and status from the column header; no totals for cells.",
    "'trong đó 23 doanh nghiệp' → total 41. Section II ('Phấn đấu ... năm 2025'): the ';' chain continues the target cue.",
    "'từ 55% trở lên' = at least 55%. Thu nhập 7,5 triệu has no period phrase of its own (only the baseline năm 2023).",
]

if __name__ == "__main__":
    write("p1496-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Bình Định")
