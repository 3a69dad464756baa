"""p1572-7: department site (Sở Công Thương Long An), no dateline; one-cell-per-line table by product with a 'Trong đó' sub-row."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH LONG AN
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Văn bản | Hỏi đáp

Sản xuất hóa phẩm chăm sóc giày tăng khá

Toàn tỉnh hiện có 5 doanh nghiệp sản xuất xi đánh giày và hóa phẩm chăm sóc giày, trong đó 3 doanh nghiệp có vốn đầu tư nước ngoài, đặt tại các khu công nghiệp Đức Hòa 1 và Tân Đức. Năm 2024, sản lượng toàn ngành ước đạt 7,6 triệu sản phẩm, tăng 11,8% so với năm 2023.

Sản lượng hóa phẩm chăm sóc giày
Đơn vị tính: nghìn sản phẩm
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Xi kem đánh giày
3.920
4.310
4.600
Xi nước, xi bóng
1.450
1.620
1.750
Dung dịch vệ sinh giày
1.430
1.670
2.050
Tổng số
6.800
7.600
8.400
Trong đó: xuất khẩu
2.380
2.890
3.300

Các doanh nghiệp sử dụng khoảng 620 lao động, chủ yếu là lao động địa phương. Nhóm dung dịch vệ sinh giày có mức tăng cao nhất, khoảng 16,8%, nhờ nhu cầu chăm sóc giày thể thao tăng mạnh. Giá trị sản xuất năm 2024 ước đạt 312 tỷ đồng, chiếm 0,3% giá trị sản xuất công nghiệp toàn tỉnh. Năm 2025, ngành phấn đấu xuất khẩu 3,3 triệu sản phẩm, tăng 14,2%.

Tin liên quan:
- Long An tổ chức Hội nghị kết nối giao thương lần thứ 2
- Hướng dẫn thủ tục cấp Giấy chứng nhận đủ điều kiện sản xuất hóa chất

SỞ CÔNG THƯƠNG TỈNH LONG AN
Địa chỉ: Số 137 Hùng Vương, phường 6, TP Tân An
Điện thoại: 0272.3826.247
Lượt truy cập: 1.204.518 | Trực tuyến: 29
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
K25b = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Xi kem đánh giày", ["3.920", "4.310", "4.600"]), ("Xi nước, xi bóng", ["1.450", "1.620", "1.750"]),
        ("Dung dịch vệ sinh giày", ["1.430", "1.670", "2.050"]), ("Tổng số", ["6.800", "7.600", "8.400"]),
        ("Trong đó: xuất khẩu", ["2.380", "2.890", "3.300"])]
TOTALS = dict(zip([c[0] for c in COLS], [6.8e6, 7.6e6, 8.4e6]))
CELLS = []
for label, nums in ROWS:
    prev = label
    row = label.lower().replace("trong đó: ", "")
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = TOTALS[col]
        v = float(n.replace(".", "")) * 1e3
        CELLS.append(fig(f"{prev}\n{n}\n", n, v, "count", "sản phẩm",
                         subject=f"sản lượng {row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất xi đánh giày và hóa phẩm chăm sóc giày"),
    fig("trong đó 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=5,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("ước đạt 7,6 triệu", "7,6", 7.6e6, "count", "sản phẩm", status="estimate",
        change=chg("increase", 11.8, "%", "năm 2023"), subject="sản lượng toàn ngành", period=Y24),
] + CELLS + [
    fig("khoảng 620 lao động", "620", 620, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("khoảng 16,8%", "16,8", 16.8, "percent", "%", approx="about",
        subject="mức tăng của nhóm dung dịch vệ sinh giày"),
    fig("ước đạt 312 tỷ", "312", 312e9, "money", "đồng", status="estimate", percent=0.3,
        subject="giá trị sản xuất", period=Y24b),
    fig("xuất khẩu 3,3 triệu", "3,3", 3.3e6, "count", "sản phẩm", status="target",
        change=chg("increase", 14.2, "%"), subject="xuất khẩu", period=K25b),
]

NOTES = [
    "Department site (Sở Công Thương Long An) with no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'. published absent.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn sản phẩm' → cells are counts of sản phẩm ×10^3; subject = 'sản lượng' (title head) + row label + column label.",
    "Columns: 'Năm 2023' (actual), 'Ước thực hiện 2024' (estimate), 'Kế hoạch 2025' (target); periods from the headers (scored).",
    "The 'Trong đó: xuất khẩu' sub-row follows the 'Tổng số' row: each of its cells takes the Tổng số cell of its column as total; other cells get no total.",
    "'Nhóm dung dịch vệ sinh giày có mức tăng cao nhất, khoảng 16,8%' → growth rate as the claim: percent, about; no period stated in the sentence (none in gold).",
    "'Giá trị sản xuất năm 2024 ước đạt 312 tỷ đồng, chiếm 0,3%' → estimate with a percent attribute; 'Năm 2025, ngành phấn đấu xuất khẩu 3,3 triệu sản phẩm, tăng 14,2%' → target with a change.",
    "Distractors: 'Đức Hòa 1' (KCN name), 'lần thứ 2', 'Số 137 Hùng Vương, phường 6', phone, 'Lượt truy cập: 1.204.518', 'Trực tuyến: 29'.",
]

if __name__ == "__main__":
    write("p1572-7", TEXT, NOTES, FIGS, location="Long An")
