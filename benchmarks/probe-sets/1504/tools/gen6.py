"""p1504-6: department site without dateline (Sở Công Thương Đồng Nai): door makers, exports, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp | Liên hệ

Ngành cửa nhôm, cửa nhựa Đồng Nai hướng mạnh ra xuất khẩu

Đồng Nai hiện có 54 doanh nghiệp sản xuất cửa nhôm, cửa nhựa lõi thép và cửa cuốn, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các khu công nghiệp Nhơn Trạch 3, Long Đức và Amata. Năm 2023, kim ngạch xuất khẩu cửa và nhôm định hình của các doanh nghiệp đạt 87,4 triệu USD, tăng 11,2% so với năm 2022, đứng thứ 3 cả nước.

Doanh thu sản phẩm cửa theo nhóm
Đơn vị tính: tỷ đồng
Nhóm sản phẩm
Năm 2022
Năm 2023
Ước thực hiện 2024
Cửa nhôm hệ
1.265
1.198
1.320
Cửa nhựa lõi thép
642
615
668
Cửa cuốn
387
402
436
Tổng số
2.294
2.215
2.424

Theo Sở Công Thương, 6 tháng đầu năm 2024, các doanh nghiệp đã ký đơn hàng xuất khẩu trị giá hơn 52 triệu USD, chủ yếu sang Mỹ, Australia và Nhật Bản. Mục tiêu đến năm 2025, kim ngạch xuất khẩu của ngành đạt 120 triệu USD; 100% doanh nghiệp áp dụng hệ thống quản lý chất lượng ISO 9001.

Bài viết liên quan
- Hội thảo nâng cao năng lực cạnh tranh ngành vật liệu xây dựng lần 2
- Kết quả chương trình khuyến công năm 2023

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.542 - Fax: 0251.3823.061
Lượt truy cập: 3.417.806
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")
COLS = {"năm 2022": (per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        "năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        "ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate")}

ROWS = [("Cửa nhôm hệ", ["1.265", "1.198", "1.320"]), ("Cửa nhựa lõi thép", ["642", "615", "668"]),
        ("Cửa cuốn", ["387", "402", "436"]), ("Tổng số", ["2.294", "2.215", "2.424"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        v = float(n.replace(".", "")) * 1e9
        CELLS.append(fig(f"{prev}\n{n}", n, v, "money", "đồng", subject=f"doanh thu {label.lower()} {col}",
                         period=p, **kw))
        prev = n

FIGS = [
    fig("có 54 doanh nghiệp", "54", 54, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất cửa nhôm, cửa nhựa lõi thép và cửa cuốn"),
    fig("đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=54,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("đạt 87,4 triệu", "87,4", 87.4e6, "money", "USD", change=chg("increase", 11.2, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu cửa và nhôm định hình của các doanh nghiệp", period=Y23),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="kim ngạch xuất khẩu cửa và nhôm định hình", period=Y23),
] + CELLS + [
    fig("hơn 52 triệu", "52", 52e6, "money", "USD", approx="over",
        subject="đơn hàng xuất khẩu các doanh nghiệp đã ký", period=H1),
    fig("đạt 120 triệu", "120", 120e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu của ngành", period=T25),
    fig("100% doanh nghiệp", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp áp dụng hệ thống quản lý chất lượng", period=T25),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, fax, 'Lượt truy cập'. No published.",
    "Distractors: 'Nhơn Trạch 3', 'ISO 9001', 'lần 2', 'năm 2023' in a link title, 'Số 2 Nguyễn Văn Trị', phone/fax, 'Lượt truy cập: 3.417.806'.",
    "'trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài' → total 54. 'đứng thứ 3 cả nước' ranks the province: location Đồng Nai,",
    "subject the ranked indicator (export turnover), period 'Năm 2023' of its sentence.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng' → money in đồng ×10^9; subject = caption indicator + row + column label;",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate. Cells get no total.",
    "'Mục tiêu đến năm 2025 … 120 triệu USD; 100% doanh nghiệp …' → both target (the ';' clause continues the cue), start null.",
]

if __name__ == "__main__":
    write("p1504-6", TEXT, NOTES, FIGS, location="Đồng Nai")
