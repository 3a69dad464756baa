"""p1004-7: department site (Sở Tài chính Đồng Nai), no dateline, one-cell-per-line table by quarter."""
from lib import F, P, I, C, T, build

ROWS = [("Quý I/2024", "412", "58.640", "55.120"),
        ("Quý II/2024", "536", "71.305", "68.890"),
        ("Quý III/2024", "498", "63.720", "60.150"),
        ("Quý IV/2024", "575", "80.215", "74.660"),
        ("Cả năm", "2.021", "273.880", "258.820")]
HEAD = ["Quý", "Biển trúng đấu giá (biển)", "Số tiền trúng đấu giá (triệu đồng)", "Đã nộp ngân sách (triệu đồng)"]
TABLE = "\n".join(HEAD + [c for r in ROWS for c in r])

TEXT = f"""SỞ TÀI CHÍNH TỈNH ĐỒNG NAI
Trang chủ > Tin hoạt động > Quản lý ngân sách

Kết quả thu ngân sách từ đấu giá biển số xe ô tô năm 2024

Năm 2024, tổng số tiền trúng đấu giá biển số xe ô tô trên địa bàn tỉnh đạt 273,88 tỷ đồng, vượt 9,6% dự toán được giao (250 tỷ đồng); số tiền đã nộp ngân sách nhà nước là 258,82 tỷ đồng, chiếm 94,5%.

Theo Công an tỉnh, trong năm có 3.860 biển số được đưa ra đấu giá; số biển trúng đấu giá là 2.021 biển, trong đó 143 biển người trúng không nộp tiền. Số tiền đặt trước của các trường hợp này (5,72 tỷ đồng) đã được chuyển nộp ngân sách. Giá trúng bình quân đạt 135,5 triệu đồng/biển, cao hơn 11,2% so với năm 2023.

Kết quả theo từng quý như sau:

{TABLE}

Năm 2025, Sở Tài chính phối hợp với Công an tỉnh dự kiến đưa ra đấu giá khoảng 4.200 biển số ô tô và xe máy; dự toán thu ngân sách từ nguồn này là 280 tỷ đồng. Người trúng đấu giá nộp tiền vào tài khoản tạm giữ của Sở Tài chính mở tại Kho bạc Nhà nước tỉnh.

SỞ TÀI CHÍNH TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa, tỉnh Đồng Nai
Điện thoại: 0251.3822.416 - Fax: 0251.3822.375
Tổng lượt truy cập: 1.284.533
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
INY = P("trong năm", "2024-01-01", "2024-12-31")
QP = {"Quý I/2024": ("2024-01-01", "2024-03-31"), "Quý II/2024": ("2024-04-01", "2024-06-30"),
      "Quý III/2024": ("2024-07-01", "2024-09-30"), "Quý IV/2024": ("2024-10-01", "2024-12-31"),
      "Cả năm": ("2024-01-01", "2024-12-31")}

FIGS = [
    F("đạt 273,88 tỷ đồng", "273,88", 273.88e9, "money", "đồng", "tổng số tiền trúng đấu giá biển số xe ô tô", Y,
      change=C("increase", 9.6, "%", "dự toán được giao"), target=T(250e9, "đồng", met=True)),
    F("là 258,82 tỷ đồng", "258,82", 258.82e9, "money", "đồng", "số tiền đã nộp ngân sách nhà nước", Y,
      percent=94.5),
    F("có 3.860 biển số", "3.860", 3860, "count", "biển số", "biển số được đưa ra đấu giá", INY),
    F("là 2.021 biển", "2.021", 2021, "count", "biển", "biển trúng đấu giá", INY),
    F("trong đó 143 biển", "143", 143, "count", "biển", "biển người trúng không nộp tiền", INY, total=2021),
    F("(5,72 tỷ đồng)", "5,72", 5.72e9, "money", "đồng", "số tiền đặt trước của các trường hợp không nộp tiền", I(Y)),
    F("đạt 135,5 triệu đồng/biển", "135,5", 135.5e6, "money", "đồng/biển", "giá trúng bình quân", I(Y),
      change=C("increase", 11.2, "%", "năm 2023")),
]
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS += [
    F("khoảng 4.200 biển số", "4.200", 4200, "count", "biển số", "biển số ô tô và xe máy đưa ra đấu giá", Y25,
      approx="about", status="forecast"),
    F("là 280 tỷ đồng", "280", 280e9, "money", "đồng", "dự toán thu ngân sách từ đấu giá biển số", Y25,
      status="target"),
]
COLS = [("biển", "biển trúng đấu giá", "count", 1),
        ("đồng", "số tiền trúng đấu giá", "money", 1e6),
        ("đồng", "số tiền đã nộp ngân sách", "money", 1e6)]
for label, *cells in ROWS:
    s, e = QP[label]
    per = P(label, s, e)
    for i, (cellv, (unit, subj, kind, mult)) in enumerate(zip(cells, COLS)):
        prev = label if i == 0 else cells[i - 1]
        anchor = f"{prev}\n{cellv}\n"
        val = float(cellv.replace(".", "")) * mult
        FIGS.append(F(anchor, cellv, val, kind, unit, subj, per))

NOTES = [
    "Department site (Sở Tài chính Đồng Nai), no dateline (published absent); footer with address, phone, fax and a visit counter.",
    "'vượt 9,6% dự toán được giao (250 tỷ đồng)': a gap to the plan is the change (baseline dự toán), the bracketed plan the target (met).",
    "'chiếm 94,5%' after 258,82 tỷ is its share. 'trong năm' in this annual page is 2024. 143 is part of 2.021 ('trong đó').",
    "Table written one cell per line: header cells, then each row's cells. Each numeric cell is a figure; its period comes from the",
    "row label (Quý I/2024 ... 'Cả năm' = 2024), subject from the column label, unit and multiplier from the header ('(triệu đồng)').",
    "2025: 'dự kiến ... khoảng 4.200 biển số' is a forecast; 'dự toán thu ... là 280 tỷ đồng' a target (the plan itself is the claim).",
    "Not figures: phone/fax numbers, 'Số 2 Nguyễn Văn Trị', 'Tổng lượt truy cập: 1.284.533'.",
]

build("p1004-7", TEXT, FIGS, NOTES, published=None, location="Đồng Nai")
