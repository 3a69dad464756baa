from lib import emit, fig, per, inh, chg, tgt

TEXT = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 487/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển lâm nghiệp và chế biến gỗ năm 2024, nhiệm vụ năm 2025

Thực hiện Quyết định số 2570/QĐ-UBND ngày 05/10/2023 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Phát triển rừng
Năm 2024, toàn tỉnh trồng mới ước đạt 9.120 ha rừng tập trung, vượt 7,3% kế hoạch; trong đó rừng trồng gỗ lớn 1.840 ha. Diện tích rừng trồng sản xuất hiện có khoảng 142.600 ha, chủ yếu là keo lai.

2. Chế biến gỗ
Toàn tỉnh có 236 cơ sở chế biến gỗ, trong đó 52 doanh nghiệp có dây chuyền sản xuất viên nén, ván ghép thanh và đồ gỗ xuất khẩu; tổng công suất chế biến khoảng 1,5 triệu m3 gỗ tròn/năm. Kim ngạch xuất khẩu viên nén gỗ ước đạt 71,5 triệu USD, chiếm 36,4% giá trị xuất khẩu sản phẩm gỗ của tỉnh.

Bảng 1. Một số chỉ tiêu chủ yếu năm 2024
TT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2024 | Ước thực hiện 2024 | So với KH (%)
1 | Diện tích rừng trồng mới | ha | 8.500 | 9.120 | 107,3
2 | Sản lượng gỗ rừng trồng khai thác | nghìn m3 | 1.250 | 1.318 | 105,4
3 | Diện tích rừng có chứng chỉ FSC | ha | 30.000 | 31.655 | 105,5
4 | Giá trị xuất khẩu sản phẩm gỗ | triệu USD | 180 | 196,4 | 109,1
5 | Tỷ lệ che phủ rừng | % | 49,8 | 49,9 | 100,2

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu trồng mới 8.800 ha rừng, cấp chứng chỉ FSC thêm 3.000 ha, giá trị xuất khẩu sản phẩm gỗ đạt trên 210 triệu USD.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, NN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y = per("Năm 2024", "2024-01-01", "2024-12-31")
PK = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
PU = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
PS = per("So với KH (%)", "2024-01-01", "2024-12-31", inh=True)
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Diện tích rừng trồng mới", "ha", 1, ("8.500", 8500), ("9.120", 9120), ("107,3", 107.3), "measure", "ha"),
    ("Sản lượng gỗ rừng trồng khai thác", "m3", 1e3, ("1.250", 1250), ("1.318", 1318), ("105,4", 105.4), "measure", "m3"),
    ("Diện tích rừng có chứng chỉ FSC", "ha", 1, ("30.000", 30000), ("31.655", 31655), ("105,5", 105.5), "measure", "ha"),
    ("Giá trị xuất khẩu sản phẩm gỗ", "USD", 1e6, ("180", 180), ("196,4", 196.4), ("109,1", 109.1), "money", "USD"),
    ("Tỷ lệ che phủ rừng", "%", 1, ("49,8", 49.8), ("49,9", 49.9), ("100,2", 100.2), "percent", "%"),
]
TABLE = []
for label, _, mult, k, u, s, kind, unit in ROWS:
    TABLE.append(fig(f"| {k[0]} | {u[0]} |", k[0], k[1] * mult, kind, unit, f"{label} kế hoạch 2024", PK,
                     status="target"))
    TABLE.append(fig(f"| {u[0]} | {s[0]}", u[0], u[1] * mult, kind, unit, f"{label} ước thực hiện 2024", PU,
                     status="estimate"))
    TABLE.append(fig(f"| {s[0]}\n", s[0], s[1], "percent", "%", f"{label} ước thực hiện so với kế hoạch", PS))

FIGS = [
    fig("ước đạt 9.120 ha", "9.120", 9120, "measure", "ha", "diện tích rừng trồng mới tập trung", Y,
        status="estimate", change=chg("increase", 7.3, baseline="kế hoạch")),
    fig("gỗ lớn 1.840 ha", "1.840", 1840, "measure", "ha", "diện tích rừng trồng gỗ lớn", Y,
        status="estimate", total=9120),
    fig("khoảng 142.600 ha", "142.600", 142600, "measure", "ha", "diện tích rừng trồng sản xuất", approx="about"),
    fig("có 236 cơ sở", "236", 236, "count", "cơ sở", "cơ sở chế biến gỗ"),
    fig("trong đó 52 doanh nghiệp", "52", 52, "count", "doanh nghiệp",
        "doanh nghiệp có dây chuyền sản xuất viên nén, ván ghép thanh và đồ gỗ xuất khẩu", total=236),
    fig("khoảng 1,5 triệu m3", "1,5", 1.5e6, "measure", "m3/năm", "tổng công suất chế biến gỗ tròn", approx="about"),
    fig("ước đạt 71,5 triệu USD", "71,5", 71.5e6, "money", "USD", "kim ngạch xuất khẩu viên nén gỗ",
        inh(Y), status="estimate", percent=36.4),
] + TABLE + [
    fig("trồng mới 8.800 ha", "8.800", 8800, "measure", "ha", "diện tích rừng trồng mới", Y25, status="target"),
    fig("thêm 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích cấp chứng chỉ FSC thêm", Y25, status="target"),
    fig("trên 210 triệu USD", "210", 2.1e8, "money", "USD", "giá trị xuất khẩu sản phẩm gỗ", Y25,
        approx="over", status="target"),
]

COMMENTS = [
    "Formal report, letterhead 'Số: 487/BC-UBND', UBND tỉnh Quảng Trị, place-and-date line 'Quảng Trị, ngày 18 tháng 12 năm 2024' (= published).",
    "Flattened '|' table: TT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2024 | Ước thực hiện 2024 | So với KH (%). Plan cells status target,",
    "'Ước thực hiện' cells estimate, '(%)' cells percent figures (actual; period 2024 inherited from the table title, the header names none).",
    "Units and multipliers from the 'Đơn vị tính' column: 'nghìn m3' ×10³ (m3), 'triệu USD' ×10⁶ (money). Row numbers 1-5 and 'Bảng 1' are not figures.",
    "Text: 'ước đạt 9.120 ha ..., vượt 7,3% kế hoạch' = change vs plan; '; trong đó rừng trồng gỗ lớn 1.840 ha' continues the estimate clause, total 9.120.",
    "Distractors: 'Số: 487/BC-UBND', 'Quyết định số 2570/QĐ-UBND ngày 05/10/2023', section numbers I./II./1./2., 'Lưu: VT, NN'.",
    "'hiện có khoảng 142.600 ha' and the capacity have no period. 2025 tasks continue 'phấn đấu': target.",
]

emit("p259-4", TEXT, COMMENTS, FIGS, published="2024-12-18", location="Quảng Trị")
