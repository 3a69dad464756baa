"""p1247-7: department site (Chi cục Thủy sản Thái Bình), no dateline, one-cell-per-line table of seed output."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
CHI CỤC THỦY SẢN
Giới thiệu | Tin tức | Văn bản pháp quy | Thủ tục hành chính | Hỏi đáp

Sản xuất giống nhuyễn thể: hướng đi bền vững cho vùng ven biển

Thái Bình có bờ biển dài hơn 50 km, diện tích nuôi ngao trên bãi triều khoảng 2.700 ha, tập trung ở hai huyện Thái Thụy và Tiền Hải. Toàn tỉnh có 58 cơ sở sản xuất giống nhuyễn thể, trong đó 41 cơ sở tại huyện Tiền Hải. Sản lượng giống của tỉnh đứng thứ 2 cả nước, chỉ sau Nam Định.

Sản lượng giống nhuyễn thể sản xuất trên địa bàn tỉnh
Đơn vị tính: triệu con
Loại giống
Năm 2022
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Tổng số
9.850
11.200
12.640
112,9
Trong đó: Ngao giống
9.420
10.650
11.980
112,5
Hàu giống
310
420
510
121,4
Giống khác
120
130
150
115,4

Năm 2024, giá ngao giống cấp 1 dao động 25.000-30.000 đồng/kg, ngao giống cấp 2 từ 45.000 đến 55.000 đồng/kg. Công ty TNHH Thủy sản Đông Long (xã Nam Thịnh, huyện Tiền Hải) đã đầu tư hệ thống bể ương trong nhà với tổng vốn 12 tỷ đồng, công suất 800 triệu con giống/năm.

Mục tiêu đến năm 2025, tỉnh sản xuất được 14 tỷ con giống nhuyễn thể, tỷ lệ giống đạt chuẩn chất lượng trên 80%.

Chi cục Thủy sản Thái Bình - Số 11 Lê Quý Đôn, TP Thái Bình - ĐT: 0227.3831.254
Lượt truy cập: 358.412
"""

COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate")]
ROWS = [("Tổng số", "tổng số giống nhuyễn thể", ["9.850", "11.200", "12.640"], "112,9"),
        ("Trong đó: Ngao giống", "ngao giống", ["9.420", "10.650", "11.980"], "112,5"),
        ("Hàu giống", "hàu giống", ["310", "420", "510"], "121,4"),
        ("Giống khác", "giống khác", ["120", "130", "150"], "115,4")]
TOTALS = [9850e6, 11200e6, 12640e6]

CELLS = []
for label, name, nums, pct in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if label != "Tổng số":
            kw["total"] = TOTALS[i]
        v = float(n.replace(".", "")) * 1e6
        CELLS.append(fig(f"{prev}\n{n}", n, v, "count", "con", subject=f"{name} {col}", period=p, **kw))
        prev = n
    CELLS.append(fig(f"{prev}\n{pct}", pct, float(pct.replace(",", ".")), "percent", "%",
                     subject=f"{name} so với cùng kỳ"))

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
TH = "Tiền Hải"

FIGS = [
    fig("hơn 50 km", "50", 50, "measure", "km", approx="over", subject="bờ biển"),
    fig("khoảng 2.700 ha", "2.700", 2700, "measure", "ha", approx="about", subject="diện tích nuôi ngao trên bãi triều"),
    fig("hai huyện", "hai", 2, "count", "huyện", subject="huyện tập trung diện tích nuôi ngao", optional=True),
    fig("có 58 cơ sở", "58", 58, "count", "cơ sở", subject="cơ sở sản xuất giống nhuyễn thể"),
    fig("trong đó 41 cơ sở", "41", 41, "count", "cơ sở", total=58, subject="cơ sở sản xuất giống nhuyễn thể",
        location=TH),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="sản lượng giống của tỉnh"),
] + CELLS + [
    fig("dao động 25.000-30.000", "25.000", 25000, "money", "đồng/kg", value_max=30000,
        subject="giá ngao giống cấp 1", period=Y24),
    fig("từ 45.000 đến 55.000", "45.000", 45000, "money", "đồng/kg", value_max=55000,
        subject="giá ngao giống cấp 2", period=Y24),
    fig("vốn 12 tỷ", "12", 12e9, "money", "đồng", subject="tổng vốn đầu tư hệ thống bể ương trong nhà",
        location=TH),
    fig("suất 800 triệu", "800", 800e6, "measure", "con giống/năm", subject="công suất hệ thống bể ương",
        location=TH),
    fig("được 14 tỷ", "14", 14e9, "count", "con giống", status="target",
        subject="con giống nhuyễn thể tỉnh sản xuất được", period=T25),
    fig("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
        subject="tỷ lệ giống đạt chuẩn chất lượng", period=T25),
]

NOTES = [
    "Department site (Chi cục Thủy sản, Sở NN&PTNT Thái Bình), no dateline: menu, footer address, phone, 'Lượt truy cập: 358.412'.",
    "Distractors: 'ngao giống cấp 1', 'cấp 2', 'Số 11 Lê Quý Đôn', phone 0227.3831.254, visitor counter, 'TP Thái Bình'.",
    "'tập trung ở hai huyện Thái Thụy và Tiền Hải': the count names the two districts listed right after: optional.",
    "'trong đó 41 cơ sở tại huyện Tiền Hải' → total 58, location Tiền Hải. 'đứng thứ 2 cả nước' → rank of the province (Thái Bình).",
    "One-cell-per-line table, 'Đơn vị tính: triệu con' → count in con ×10^6; subject = row label + column label; period from the",
    "column header (scored); 'Ước thực hiện 2024' → estimate. The 'So với cùng kỳ (%)' cells are percent figures (every numeric cell",
    "is a figure) with no period in their header and no Ước cue (actual). Rows under 'Trong đó:' (ngao, hàu, khác add up to the",
    "Tổng số row in every amount column) take the Tổng số cell of their column as total: the text says they are parts of it.",
    "'Mục tiêu đến năm 2025' governs both clauses (target). Capacity '800 triệu con giống/năm' is a rate (measure).",
]

if __name__ == "__main__":
    write("p1247-7", TEXT, NOTES, FIGS, location="Thái Bình")
