from lib import F, P, CH, TG, build

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN ĐỊNH QUÁN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Định Quán, ngày 20 tháng 11 năm 2024

BÁO CÁO
Tình hình sản xuất, chế biến hạt điều năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2024 của UBND huyện, kết quả sản xuất cây điều năm 2024 như sau:

Bảng 1. Một số chỉ tiêu sản xuất cây điều
TT | Chỉ tiêu | ĐVT | Năm 2023 | Kế hoạch 2024 | Ước TH 2024 | So cùng kỳ (%)
1 | Diện tích hiện có | ha | 7.842 | 7.800 | 7.915 | 100,9
2 | Diện tích thu hoạch | ha | 7.120 | 7.200 | 7.268 | 102,1
3 | Năng suất | tạ/ha | 13,6 | 14,0 | 14,3 | 105,1
4 | Sản lượng | tấn | 9.683 | 10.080 | 10.393 | 107,3
5 | Diện tích ghép cải tạo | ha | 215 | 250 | 262 | 121,9

2. Chứng nhận, liên kết
Toàn huyện có 1.260 ha điều được cấp chứng nhận hữu cơ và 340 ha đạt chứng nhận VietGAP; 6 hợp tác xã tham gia chuỗi liên kết với doanh nghiệp, bao tiêu khoảng 2.450 tấn hạt điều thô.

3. Chế biến, tiêu thụ
Trên địa bàn có 23 cơ sở chế biến hạt điều, trong đó 5 doanh nghiệp có dây chuyền bóc tách tự động. Giá hạt điều thô năm 2024 dao động từ 28.000 đến 36.000 đồng/kg, cao hơn năm 2023 khoảng 4.000 đồng/kg.

II. KẾ HOẠCH NĂM 2025
Phấn đấu diện tích điều đạt 8.000 ha, năng suất bình quân từ 15 tạ/ha trở lên, sản lượng trên 11.000 tấn; ghép cải tạo 300 ha; 100% cơ sở chế biến đáp ứng quy định về an toàn thực phẩm.

Nơi nhận:
- UBND tỉnh Đồng Nai (b/c);
- Sở NN&PTNT;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y24s = P("năm 2024", "2024-01-01", "2024-12-31")
Y25i = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

ROWS = [
    # label, unit, kind, (2023, plan 2024, est 2024, ratio) as (text, value)
    ("Diện tích hiện có", "ha", [("7.842", 7842), ("7.800", 7800), ("7.915", 7915), ("100,9", 100.9)]),
    ("Diện tích thu hoạch", "ha", [("7.120", 7120), ("7.200", 7200), ("7.268", 7268), ("102,1", 102.1)]),
    ("Năng suất", "tạ/ha", [("13,6", 13.6), ("14,0", 14.0), ("14,3", 14.3), ("105,1", 105.1)]),
    ("Sản lượng", "tấn", [("9.683", 9683), ("10.080", 10080), ("10.393", 10393), ("107,3", 107.3)]),
    ("Diện tích ghép cải tạo", "ha", [("215", 215), ("250", 250), ("262", 262), ("121,9", 121.9)]),
]

FIGS = []
for label, unit, cells in ROWS:
    (a, va), (b, vb), (c, vc), (d, vd) = cells
    FIGS += [
        F(f"{unit} | {a} |", a, va, "measure", unit, f"{label} cây điều năm 2023", period=Y23),
        F(f"{a} | {b} |", b, vb, "measure", unit, f"{label} cây điều kế hoạch 2024", status="target", period=Y24),
        F(f"{b} | {c} |", c, vc, "measure", unit, f"{label} cây điều ước thực hiện 2024", status="estimate", period=Y24),
        F(f"{c} | {d}\n", d, vd, "percent", "%", f"{label} cây điều so cùng kỳ", period=Y24i),
    ]

FIGS += [
    F("có 1.260 ha", "1.260", 1260, "measure", "ha", "diện tích điều được cấp chứng nhận hữu cơ"),
    F("và 340 ha", "340", 340, "measure", "ha", "diện tích điều đạt chứng nhận VietGAP"),
    F("; 6 hợp tác xã", "6", 6, "count", "hợp tác xã", "hợp tác xã tham gia chuỗi liên kết với doanh nghiệp"),
    F("khoảng 2.450 tấn", "2.450", 2450, "measure", "tấn", "hạt điều thô được bao tiêu", approx="about"),
    F("có 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở chế biến hạt điều"),
    F("trong đó 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp có dây chuyền bóc tách tự động", total=23),
    F("từ 28.000 đến 36.000", "28.000", 28000, "money", "đồng/kg", "giá hạt điều thô", value_max=36000,
      change=CH("+", 4000, "đồng/kg", "năm 2023", approx="about"), period=Y24s),
    F("đạt 8.000 ha", "8.000", 8000, "measure", "ha", "diện tích điều", status="target", period=Y25i),
    F("từ 15 tạ/ha", "15", 15, "measure", "tạ/ha", "năng suất điều bình quân", approx="at_least", status="target",
      period=Y25i),
    F("trên 11.000 tấn", "11.000", 11000, "measure", "tấn", "sản lượng điều", approx="over", status="target", period=Y25i),
    F("cải tạo 300 ha", "300", 300, "measure", "ha", "diện tích điều ghép cải tạo", status="target", period=Y25i),
    F("; 100% cơ sở", "100", 100, "percent", "%", "cơ sở chế biến đáp ứng quy định về an toàn thực phẩm",
      status="target", period=Y25i),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Định Quán, Đồng Nai, 'Số: 287/BC-UBND'); the place-and-date line is its date.",
    "Flattened '|' table: TT | Chỉ tiêu | ĐVT | Năm 2023 | Kế hoạch 2024 | Ước TH 2024 | So cùng kỳ (%). Row numbers (TT) are not figures.",
    "Each numeric cell is a figure: unit from the ĐVT column ('(%)' for the last column), period from the column header",
    "(scored, as in shared h23/h24); 'Kế hoạch' cells status target, 'Ước TH' cells estimate. The 'So cùng kỳ (%)' cells have",
    "no year in their header: period năm 2024 from the text above (inherited), status actual (the header has no 'Ước').",
    "Subject = row label + 'cây điều' + column label. No totals/targets between cells (every cell is a figure of its own).",
    "Distractors: document number, 'Kế hoạch số 45/KH-UBND ngày 02/3/2024', section numbers I./II./1./2./3., 'Bảng 1', 'Lưu: VT, NN'.",
    "'từ 28.000 đến 36.000 đồng/kg, cao hơn năm 2023 khoảng 4.000 đồng/kg': range with a change in đồng/kg (approx about).",
    "Section II heading 'KẾ HOẠCH NĂM 2025' gives the targets their period (inherited); 'Phấn đấu' governs the whole sentence;",
    "'từ 15 tạ/ha trở lên' at_least, 'trên 11.000 tấn' over. Certified areas and cooperatives: no period stated.",
]

build(5, TEXT, FIGS, COMMENTS, published="2024-11-20", location="Định Quán")
