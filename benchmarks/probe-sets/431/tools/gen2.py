from lib import F, P, C, T, write

text = """UBND TỈNH HẢI DƯƠNG
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP
Số: 486/BC-BQL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình hoạt động các khu công nghiệp quý III và 9 tháng năm 2024

I. TÌNH HÌNH THU HÚT ĐẦU TƯ
Quý III/2024, Ban Quản lý cấp mới 11 dự án, điều chỉnh vốn 8 dự án; tổng vốn đăng ký cấp mới và tăng thêm đạt 214,5 triệu USD và 1.120 tỷ đồng. Lũy kế 9 tháng năm 2024, các KCN thu hút 29 dự án mới (22 dự án FDI, 7 dự án trong nước), tổng vốn đăng ký 563,2 triệu USD, tăng 18,7% so với cùng kỳ năm 2023, đạt 80,5% kế hoạch năm (700 triệu USD).

II. TÌNH HÌNH HOẠT ĐỘNG CỦA CÁC KCN
Bảng 1. Một số chỉ tiêu của các KCN đến ngày 30/9/2024
KCN | Diện tích đất CN (ha) | Tỷ lệ lấp đầy (%) | Dự án còn hiệu lực | Lao động (người)
Đại An | 401,3 | 100 | 118 | 21.450
Phúc Điền | 87,1 | 100 | 39 | 6.820
Nam Sách | 193,5 | 92,6 | 34 | 9.315
Lai Vu | 171,2 | 85,4 | 41 | 12.060
Cẩm Điền - Lương Điền | 141,9 | 97,8 | 29 | 7.940
Tổng cộng | 995 | 95,1 | 261 | 57.585

Giá trị xuất khẩu của doanh nghiệp KCN 9 tháng ước đạt 3,96 tỷ USD, chiếm 47% tổng kim ngạch xuất khẩu của tỉnh. Các doanh nghiệp đã nộp ngân sách nhà nước 2.315 tỷ đồng. Thu nhập bình quân của người lao động khoảng 8,7 triệu đồng/người/tháng.

III. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu cả năm 2024 cấp mới và điều chỉnh vốn đạt trên 700 triệu USD; hoàn thành hạ tầng KCN Kim Thành giai đoạn 1 với diện tích 163 ha.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở KH&ĐT;
- Lưu: VT, QLĐT.
TRƯỞNG BAN
Nguyễn Văn Thành
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
TB = P("đến ngày 30/9/2024", None, "2024-09-30", True)
M9s = P("9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("cấp mới 11 dự án", "11", 11, "count", "dự án", "dự án cấp mới", Q3),
    F("điều chỉnh vốn 8 dự án", "8", 8, "count", "dự án", "dự án điều chỉnh vốn", Q3),
    F("đạt 214,5 triệu USD", "214,5", 214.5e6, "money", "USD", "tổng vốn đăng ký cấp mới và tăng thêm", Q3),
    F("và 1.120 tỷ đồng", "1.120", 1120e9, "money", "đồng", "tổng vốn đăng ký cấp mới và tăng thêm", Q3),
    F("thu hút 29 dự án mới", "29", 29, "count", "dự án", "dự án mới thu hút vào các KCN", M9),
    F("(22 dự án FDI", "22", 22, "count", "dự án", "dự án FDI mới", M9, total=29),
    F("7 dự án trong nước", "7", 7, "count", "dự án", "dự án trong nước mới", M9, total=29),
    F("đăng ký 563,2 triệu USD", "563,2", 563.2e6, "money", "USD", "tổng vốn đăng ký", M9,
      change=C("increase", 18.7, baseline="cùng kỳ năm 2023"), percent=80.5, target=T(700e6, "USD")),
]

rows = [("Đại An", "401,3", "100", "118", "21.450"),
        ("Phúc Điền", "87,1", "100", "39", "6.820"),
        ("Nam Sách", "193,5", "92,6", "34", "9.315"),
        ("Lai Vu", "171,2", "85,4", "41", "12.060"),
        ("Cẩm Điền - Lương Điền", "141,9", "97,8", "29", "7.940"),
        ("Tổng cộng", "995", "95,1", "261", "57.585")]


def num(x):
    return float(x.replace(".", "").replace(",", "."))


for label, a, o, p, w in rows:
    name = "các KCN tổng cộng" if label == "Tổng cộng" else f"KCN {label}"
    figs += [
        F(f"{label} | {a} |", a, num(a), "measure", "ha", f"Diện tích đất CN {name}", TB),
        F(f"{a} | {o} |", o, num(o), "percent", "%", f"Tỷ lệ lấp đầy {name}", TB),
        F(f"{o} | {p} |", p, num(p), "count", "dự án", f"Dự án còn hiệu lực {name}", TB),
        F(f"{p} | {w}\n", w, num(w), "count", "người", f"Lao động {name}", TB),
    ]

figs += [
    F("ước đạt 3,96 tỷ USD", "3,96", 3.96e9, "money", "USD", "giá trị xuất khẩu của doanh nghiệp KCN", M9s,
      percent=47, status="estimate"),
    F("nhà nước 2.315 tỷ đồng", "2.315", 2315e9, "money", "đồng", "nộp ngân sách nhà nước của doanh nghiệp KCN", M9i),
    F("khoảng 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng", "thu nhập bình quân của người lao động", M9i,
      approx="about"),
    F("đạt trên 700 triệu USD", "700", 700e6, "money", "USD", "vốn cấp mới và điều chỉnh", Y24,
      approx="over", status="target"),
    F("diện tích 163 ha", "163", 163, "measure", "ha", "diện tích hạ tầng KCN Kim Thành giai đoạn 1", Y24,
      status="target"),
]

comments = [
    "Formal report with letterhead (Ban Quản lý các KCN tỉnh Hải Dương, 'Số: 486/BC-BQL'); date from the place-and-date line 'Hải Dương, ngày 07 tháng 10 năm 2024'.",
    "Flattened '|' table: every numeric cell is a figure; unit from the column header '(ha)', '(%)', '(người)', or the label ('Dự án'); KCN names are not places: location Hải Dương.",
    "Table period from its title 'đến ngày 30/9/2024' (a line of its own: inherited). No totals for table cells (the 'Tổng cộng' row is a figure of its own).",
    "'29 dự án mới (22 dự án FDI, 7 dự án trong nước)': bracketed breakdown adding up to the whole, total 29.",
    "563,2 triệu USD carries change 18,7%, the share 'đạt 80,5% kế hoạch năm' (percent) and the plan in brackets '(700 triệu USD)' (target).",
    "'Phấn đấu cả năm 2024 …' governs both clauses after it (target). 'giai đoạn 1' (phase label), section numbers I./II./III., 'Bảng 1', 'Quý IV/2024' heading are not figures.",
]
write(2, text, figs, comments, published="2024-10-07", location="Hải Dương")
