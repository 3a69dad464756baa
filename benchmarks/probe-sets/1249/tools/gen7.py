"""p1249-7: department site (Sở NN&PTNT Bà Rịa - Vũng Tàu), no dateline, one-cell-per-line table by species."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÀ RỊA - VŨNG TÀU
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Nuôi biển năm 2024 vượt kế hoạch

Năm 2024, sản lượng nuôi trồng thủy sản trên biển của tỉnh ước đạt 3.415 tấn, vượt 7,6% kế hoạch. Toàn tỉnh có 1.046 lồng nuôi của 173 hộ và 5 doanh nghiệp, tập trung tại xã Long Sơn (TP Vũng Tàu) và huyện Côn Đảo.

Sản lượng nuôi biển theo đối tượng
Đơn vị tính: tấn
Đối tượng
Năm 2023
Kế hoạch 2024
Ước thực hiện 2024
So với KH (%)
Cá chim vây vàng
1.280
1.400
1.530
109,3
Cá bớp
620
700
690
98,6
Cá mú, cá hồng
410
450
475
105,6
Đối tượng khác
660
625
720
115,2
Tổng số
2.970
3.175
3.415
107,6

Giá bán cá chim vây vàng năm 2024 bình quân 85.000-90.000 đồng/kg, cá bớp khoảng 150.000 đồng/kg.

Tại xã Long Sơn, Công ty TNHH Thủy sản Sao Biển Long Sơn đang vận hành 42 lồng HDPE, mỗi lồng cho sản lượng 8-10 tấn mỗi vụ.

Năm 2025, tỉnh phấn đấu sản lượng nuôi biển đạt 3.700 tấn, trong đó cá chim vây vàng 1.650 tấn.

Tin cùng chuyên mục
- Tập huấn kỹ thuật nuôi cá biển cho hộ dân xã Long Sơn
- Thông báo số 27/TB-SNN về lịch thả giống vụ Xuân Hè

SỞ NÔNG NGHIỆP VÀ PTNT TỈNH BÀ RỊA - VŨNG TÀU
Địa chỉ: 198 Bạch Đằng, phường Phước Trung, TP Bà Rịa
Điện thoại: 0254.3852.610
Lượt truy cập: 1.208.334
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch 2024", per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("so với KH", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31", inherited=True), None)]
ROWS = [("Cá chim vây vàng", ["1.280", "1.400", "1.530", "109,3"]),
        ("Cá bớp", ["620", "700", "690", "98,6"]),
        ("Cá mú, cá hồng", ["410", "450", "475", "105,6"]),
        ("Đối tượng khác", ["660", "625", "720", "115,2"]),
        ("Tổng số", ["2.970", "3.175", "3.415", "107,6"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        subj = f"sản lượng {label.lower()} {col}"
        if col == "so với KH":
            CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%",
                             subject=subj, period=p, **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "measure", "tấn",
                             subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 3.415 tấn", "3.415", 3415, "measure", "tấn", status="estimate",
        change=chg("increase", 7.6, "%", "kế hoạch"),
        subject="sản lượng nuôi trồng thủy sản trên biển của tỉnh", period=Y24),
    fig("có 1.046 lồng", "1.046", 1046, "count", "lồng", subject="lồng nuôi"),
    fig("của 173 hộ", "173", 173, "count", "hộ", subject="hộ nuôi lồng"),
    fig("và 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", subject="doanh nghiệp nuôi lồng"),
] + CELLS + [
    fig("vận hành 42 lồng", "42", 42, "count", "lồng", location="Vũng Tàu",
        subject="lồng HDPE Công ty TNHH Thủy sản Sao Biển Long Sơn vận hành"),
    fig("lượng 8-10 tấn", "8", 8, "measure", "tấn/lồng/vụ", value_max=10, location="Vũng Tàu",
        subject="sản lượng mỗi lồng mỗi vụ"),
    fig("quân 85.000-90.000", "85.000", 85000, "money", "đồng/kg", value_max=90000,
        subject="giá bán cá chim vây vàng bình quân", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("khoảng 150.000", "150.000", 150000, "money", "đồng/kg", approx="about",
        subject="giá bán cá bớp", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("đạt 3.700 tấn", "3.700", 3700, "measure", "tấn", status="target", subject="sản lượng nuôi biển",
        period=Y25),
    fig("vàng 1.650 tấn", "1.650", 1650, "measure", "tấn", total=3700, status="target",
        subject="cá chim vây vàng", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Bà Rịa - Vũng Tàu) without a dateline: menu, related links, footer address, phone, 'Lượt truy cập'. No published date.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; rows are species, so location stays Bà Rịa - Vũng Tàu; subject = 'sản lượng' + row + column;",
    "'Kế hoạch 2024' → target, 'Ước thực hiện 2024' → estimate, periods from the headers (scored); 'So với KH (%)' cells are percent figures,",
    "status actual, period inherited from 'Ước thực hiện 2024' (no year in their own header, not scored). Table cells get no total.",
    "'ước đạt 3.415 tấn, vượt 7,6% kế hoạch' → change increase 7,6% with baseline 'kế hoạch' (a gap to a plan).",
    "'xã Long Sơn (TP Vũng Tàu)' → location Vũng Tàu for the company's figures; 'mỗi lồng … 8-10 tấn mỗi vụ' → unit 'tấn/lồng/vụ'.",
    "'Năm 2025, tỉnh phấn đấu … 3.700 tấn, trong đó cá chim vây vàng 1.650 tấn' → both target, total 3.700.",
    "The price sentence 'Giá bán cá chim vây vàng năm 2024 …, cá bớp khoảng 150.000 đồng/kg' is provincial (no place named), period năm 2024.",
    "Distractors: Thông báo số 27/TB-SNN, '198 Bạch Đằng', phone 0254.3852.610, 'Lượt truy cập: 1.208.334'.",
]

if __name__ == "__main__":
    write("p1249-7", TEXT, NOTES, FIGS, location="Bà Rịa - Vũng Tàu")
