"""p1095-7: department site (Sở Công Thương Bình Dương), no dateline; one-cell-per-line table of exports by market."""
from lib import B, M, fig, period, write

ROWS = [
    ("Hoa Kỳ", "1.312,5", "1.498,2", "38,6"),
    ("EU", "842,7", "915,4", "23,6"),
    ("Trung Quốc", "356,1", "402,8", "10,4"),
    ("Nhật Bản", "228,4", "241,5", "6,2"),
    ("Hàn Quốc", "150,2", "163,0", "4,2"),
    ("Thị trường khác", "612,3", "660,9", "17,0"),
    ("Tổng cộng", "3.502,2", "3.881,8", "100"),
]
TABLE = "\n".join("\n".join(r) for r in ROWS)

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Xuất khẩu giày dép tăng trở lại

Ngành da giày tiếp tục là một trong những ngành xuất khẩu chủ lực của tỉnh Bình Dương. Hiện toàn tỉnh có 312 doanh nghiệp sản xuất giày dép, túi xách, sử dụng trên 285.000 lao động, tập trung tại TP Thuận An (96 doanh nghiệp), TP Dĩ An (74 doanh nghiệp), TP Tân Uyên (58 doanh nghiệp) và TP Bến Cát (41 doanh nghiệp).

Tính chung 9 tháng năm 2024, kim ngạch xuất khẩu giày dép của tỉnh tăng 10,8% so với cùng kỳ, đạt 74,7% kế hoạch năm (5,2 tỷ USD). Kết quả theo thị trường như sau:

Kim ngạch xuất khẩu giày dép theo thị trường
Đơn vị tính: triệu USD
Thị trường
9 tháng năm 2023
9 tháng năm 2024
Tỷ trọng 9 tháng năm 2024 (%)
""" + TABLE + """

Thu nhập bình quân của lao động ngành giày 9 tháng đạt 9,1 triệu đồng/người/tháng. Dự kiến cả năm 2024, kim ngạch xuất khẩu giày dép của tỉnh đạt khoảng 5,3 tỷ USD, vượt kế hoạch.

SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 7, Tháp A, Trung tâm Hành chính tỉnh, đường Lê Lợi, phường Hòa Phú, TP Thủ Dầu Một, tỉnh Bình Dương
Điện thoại: 0274.3822.264 - Fax: 0274.3825.312
Tổng lượt truy cập: 1.874.502
"""

NOTES = [
    "Sở Công Thương Bình Dương (department site, no dateline): doanh nghiệp giày dép by city, exports 9 tháng 2024, one-cell-per-line table by market.",
    "Table: unit 'Đơn vị tính: triệu USD' except the '(%)' share column; markets are trade partners, kept in the subject, location Bình Dương;",
    "periods from the column headers (scored). 'Tổng cộng' row cells are figures of their own; table cells get no totals.",
    "revised after the first run: table-cell subjects now carry the column label too (FIGURES.md: 'Its subject is the row label and the column label'; cf. shared gold h23/h24).",
    "District list in brackets (96+74+58+41 = 269 < 312) does not add up: no total; each city is the item's location.",
    "'tăng 10,8%' and 'đạt 74,7% kế hoạch năm' stand without a base amount in the sentence: two percent figures; '(5,2 tỷ USD)' is the year's plan, a target figure.",
    "Not figures: 'Tầng 7, Tháp A', 'Thủ Dầu Một' (a name), phone and fax numbers, 'Tổng lượt truy cập: 1.874.502'.",
]

P9 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = period("9 tháng năm 2023", "2023-01-01", "2023-09-30")
C24 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    fig("có 312 doanh nghiệp", "312", "count", "doanh nghiệp", subject="doanh nghiệp sản xuất giày dép, túi xách"),
    fig("trên 285.000 lao động", "285.000", "count", "lao động", approx="over",
        subject="lao động ngành giày dép, túi xách"),
    fig("Thuận An (96 doanh nghiệp)", "96", "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép, túi xách", location="Thuận An"),
    fig("Dĩ An (74 doanh nghiệp)", "74", "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép, túi xách", location="Dĩ An"),
    fig("Tân Uyên (58 doanh nghiệp)", "58", "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép, túi xách", location="Tân Uyên"),
    fig("Bến Cát (41 doanh nghiệp)", "41", "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép, túi xách", location="Bến Cát"),
    fig("tăng 10,8%", "10,8", "percent", "%", subject="kim ngạch xuất khẩu giày dép", period=P9),
    fig("đạt 74,7% kế hoạch", "74,7", "percent", "%",
        subject="kim ngạch xuất khẩu giày dép so với kế hoạch năm", period=P9),
    fig("(5,2 tỷ USD)", "5,2", "money", "USD", B, status="target",
        subject="kế hoạch kim ngạch xuất khẩu giày dép năm",
        period=period("kế hoạch năm", "2024-01-01", "2024-12-31")),
]
for name, a, b, share in ROWS:
    if name == "Tổng cộng":
        money_subj, share_subj = "tổng kim ngạch xuất khẩu giày dép", "tỷ trọng tổng kim ngạch xuất khẩu giày dép"
    else:
        tgt = name if name != "Thị trường khác" else "thị trường khác"
        money_subj = f"kim ngạch xuất khẩu giày dép sang {tgt}"
        share_subj = f"tỷ trọng kim ngạch xuất khẩu giày dép sang {tgt}"
    FIGS += [  # subject = table indicator + row label + column label (FIGURES.md, Tables)
        fig(f"{name}\n{a}\n", a, "money", "USD", M, subject=money_subj + " 9 tháng năm 2023", period=C23),
        fig(f"\n{a}\n{b}\n", b, "money", "USD", M, subject=money_subj + " 9 tháng năm 2024", period=C24),
        fig(f"\n{b}\n{share}\n", share, "percent", "%", subject=share_subj + " 9 tháng năm 2024", period=C24),
    ]
FIGS += [
    fig("đạt 9,1 triệu đồng/người/tháng", "9,1", "money", "đồng/người/tháng", M,
        subject="thu nhập bình quân của lao động ngành giày", period=period("9 tháng", "2024-01-01", "2024-09-30")),
    fig("khoảng 5,3 tỷ USD", "5,3", "money", "USD", B, approx="about", status="forecast",
        subject="kim ngạch xuất khẩu giày dép", period=period("cả năm 2024", "2024-01-01", "2024-12-31")),
]

write("p1095-7", TEXT, NOTES, FIGS, location="Bình Dương")
