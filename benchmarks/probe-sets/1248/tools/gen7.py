"""p1248-7: department site (Sở NN&PTNT Nghệ An), no dateline, one-cell-per-line table with a unit column."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN NGHỆ AN
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Phát triển cây thức ăn chăn nuôi gắn với chăn nuôi bò sữa công nghệ cao

Năm 2024, diện tích cây thức ăn chăn nuôi toàn tỉnh ước đạt 10.840 ha, tăng 5,8% so với năm 2023. Riêng huyện Nghĩa Đàn có 3.950 ha, chiếm 36,4% diện tích toàn tỉnh, chủ yếu phục vụ các trang trại bò sữa quy mô 2.000-3.000 con. Toàn tỉnh hiện có 14 cơ sở chế biến thức ăn ủ chua, tổng công suất khoảng 120.000 tấn/năm.

Kết quả thực hiện một số chỉ tiêu:
Chỉ tiêu
Đơn vị
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
1. Tổng diện tích cây thức ăn chăn nuôi
ha
10.250
10.840
105,8
11.500
Trong đó: Cỏ trồng
ha
6.120
6.390
104,4
6.800
Ngô sinh khối
ha
4.130
4.450
107,7
4.700
2. Sản lượng thức ăn thô xanh
nghìn tấn
1.312
1.405
107,1
1.500
3. Tổng đàn bò sữa
con
71.600
74.300
103,8
78.000

Giá ngô sinh khối thu mua tại ruộng năm 2024 bình quân 1.250 đồng/kg; trồng ngô sinh khối cho lãi 25-30 triệu đồng/ha/vụ, cao hơn trồng lúa khoảng 10 triệu đồng.

Liên kết: Trung tâm Khuyến nông Nghệ An | Chi cục Chăn nuôi và Thú y
Địa chỉ: 65 Trường Thi, TP Vinh | Điện thoại: 0238.3844.217
Lượt truy cập: 1.204.557 | Trực tuyến: 25
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")

# (label as written, subject label, unit, multiplier, cells, total per column or None)
ROWS = [
    ("1. Tổng diện tích cây thức ăn chăn nuôi", "Tổng diện tích cây thức ăn chăn nuôi", "ha", 1,
     ["10.250", "10.840", "105,8", "11.500"], None),
    ("Trong đó: Cỏ trồng", "Cỏ trồng", "ha", 1,
     ["6.120", "6.390", "104,4", "6.800"], [10250, 10840, None, 11500]),
    ("Ngô sinh khối", "Ngô sinh khối", "ha", 1,
     ["4.130", "4.450", "107,7", "4.700"], [10250, 10840, None, 11500]),
    ("2. Sản lượng thức ăn thô xanh", "Sản lượng thức ăn thô xanh", "tấn", 1000,
     ["1.312", "1.405", "107,1", "1.500"], None),
    ("3. Tổng đàn bò sữa", "Tổng đàn bò sữa", "con", 1,
     ["71.600", "74.300", "103,8", "78.000"], None),
]
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", None, None), ("kế hoạch 2025", K25, "target")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, subj, unit, mult, nums, totals in ROWS:
    unit_cell = "nghìn tấn" if mult == 1000 else unit
    prev = f"{label}\n{unit_cell}"
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        anchor = f"{prev}\n{n}"
        kw = {}
        if st:
            kw["status"] = st
        if totals and totals[i]:
            kw["total"] = totals[i]
        if col == "so với cùng kỳ":
            CELLS.append(fig(anchor, n, num(n), "percent", "%", subject=f"{subj} so với cùng kỳ", **kw))
        else:
            kind = "count" if unit == "con" else "measure"  # revised: the herd row counts animals
            CELLS.append(fig(anchor, n, num(n) * mult, kind, unit, subject=f"{subj} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 10.840 ha", "10.840", 10840, "measure", "ha", status="estimate",
        change=chg("increase", 5.8, "%", "năm 2023"),
        subject="diện tích cây thức ăn chăn nuôi toàn tỉnh", period=Y24),
    fig("có 3.950 ha", "3.950", 3950, "measure", "ha", percent=36.4,
        subject="diện tích cây thức ăn chăn nuôi", location="Nghĩa Đàn", period=inh(Y24)),
    fig("quy mô 2.000-3.000 con", "2.000", 2000, "count", "con", value_max=3000,
        subject="quy mô trang trại bò sữa", location="Nghĩa Đàn"),
    fig("có 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở chế biến thức ăn ủ chua"),
    fig("khoảng 120.000 tấn/năm", "120.000", 120000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất các cơ sở chế biến thức ăn ủ chua"),
] + CELLS + [
    fig("bình quân 1.250 đồng/kg", "1.250", 1250, "money", "đồng/kg",
        subject="giá ngô sinh khối thu mua tại ruộng bình quân", period=Y24b),
    fig("lãi 25-30 triệu", "25", 25e6, "money", "đồng/ha/vụ", value_max=30e6,
        change=chg("increase", 10e6, "đồng", "trồng lúa", approx="about"),
        subject="lãi trồng ngô sinh khối", period=Y24b),
]

NOTES = [
    "Department site (Sở NN&PTNT Nghệ An), no dateline: menu, links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'. No published date.",
    "Distractors: row numbers '1.', '2.', '3.', '65 Trường Thi', phone 0238.3844.217, 'Lượt truy cập: 1.204.557', 'Trực tuyến: 25'.",
    "One-cell-per-line table with a unit column ('ha', 'nghìn tấn', 'con'): 'nghìn tấn' makes 1.312 = 1 312 000 tấn.",
    "Columns 'Năm 2023' (actual), 'Ước thực hiện 2024' (estimate), 'So với cùng kỳ (%)' (percent cells, no year in the header → no period,",
    "status actual by the letter of the spec: only Ước/Kế hoạch headers give a status), 'Kế hoạch 2025' (target).",
    "'Trong đó: Cỏ trồng' and 'Ngô sinh khối' are parts of the total row in the same column (they add up) → total; not for the % cells.",
    "revised after the first run: the 'Tổng đàn bò sữa' cells (con) are kind count, not measure (a slip of the generator);",
    "the sub-row subjects are the labels as written ('Cỏ trồng', 'Ngô sinh khối') instead of 'diện tích cỏ trồng' (no score change).",
    "Subject = row label + column label. 'Riêng huyện Nghĩa Đàn có 3.950 ha, chiếm 36,4%' → location Nghĩa Đàn, percent 36.4, period inherited.",
    "'cao hơn trồng lúa khoảng 10 triệu đồng' → change 10·10⁶ đồng; 'năm 2024' stands earlier in the same sentence → period of both figures.",
]

if __name__ == "__main__":
    write("p1248-7", TEXT, NOTES, FIGS, location="Nghệ An")
