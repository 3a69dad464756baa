from lib import F, P, C, T, emit

TEXT = """UBND TỈNH SƠN LA
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 1935/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn La, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả sản xuất ngô năm 2024 và kế hoạch năm 2025

1. Kết quả sản xuất
Năm 2024, toàn tỉnh gieo trồng 121.560 ha ngô, bằng 97,2% kế hoạch, giảm 4.380 ha so với năm 2023 do một phần diện tích đất dốc được chuyển sang trồng cây ăn quả. Năng suất bình quân đạt 44,8 tạ/ha, tăng 1,3 tạ/ha; sản lượng ước đạt 544.600 tấn. Diện tích sử dụng giống ngô lai năng suất cao là 109.400 ha, chiếm 90%.

Bảng 1. Kết quả sản xuất ngô năm 2024 của một số huyện
Huyện | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (tấn) | So với năm 2023 (%)
Mai Sơn | 18.240 | 52,6 | 95.942 | 103,5
Sông Mã | 16.905 | 41,2 | 69.649 | 96,8
Mộc Châu | 12.730 | 48,1 | 61.231 | 101,2
Thuận Châu | 11.860 | 39,5 | 46.847 | 94,6

2. Giá cả và tiêu thụ
Giá ngô hạt khô tại ruộng trong quý IV/2024 dao động 6.800-7.300 đồng/kg, cao hơn 400 đồng/kg so với quý III. Khoảng 65% sản lượng được bán cho các nhà máy thức ăn chăn nuôi trong và ngoài tỉnh, phần còn lại dùng cho chăn nuôi tại chỗ.

3. Kế hoạch năm 2025
Phấn đấu ổn định diện tích ngô khoảng 118.000 ha, năng suất đạt trên 46 tạ/ha; chuyển đổi tiếp 2.500 ha ngô trên đất dốc trên 25 độ sang cây trồng khác theo Nghị quyết số 86/NQ-HĐND.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, TT.
GIÁM ĐỐC
Nguyễn Văn Hưng
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31", inh=True)

FIGS = [
    F("trồng 121.560 ha", "121.560", 121560, "measure", "ha", "diện tích ngô gieo trồng", Y24,
      percent=97.2, change=C("decrease", 4380, "ha", "năm 2023")),
    F("đạt 44,8 tạ/ha", "44,8", 44.8, "measure", "tạ/ha", "năng suất ngô bình quân", Y24i,
      change=C("increase", 1.3, "tạ/ha")),
    F("ước đạt 544.600 tấn", "544.600", 544600, "measure", "tấn", "sản lượng ngô", Y24i, status="estimate"),
    F("là 109.400 ha", "109.400", 109400, "measure", "ha", "diện tích sử dụng giống ngô lai năng suất cao", Y24i,
      percent=90),
]
rows = [("Mai Sơn", "18.240", 18240, "52,6", 52.6, "95.942", 95942, "103,5", 103.5),
        ("Sông Mã", "16.905", 16905, "41,2", 41.2, "69.649", 69649, "96,8", 96.8),
        ("Mộc Châu", "12.730", 12730, "48,1", 48.1, "61.231", 61231, "101,2", 101.2),
        ("Thuận Châu", "11.860", 11860, "39,5", 39.5, "46.847", 46847, "94,6", 94.6)]
for lab, a, av, b, bv, c, cv, d, dv in rows:
    FIGS += [
        F(f"{lab} | {a} |", a, av, "measure", "ha", "diện tích ngô", Y24i, location=lab),
        F(f"{a} | {b} |", b, bv, "measure", "tạ/ha", "năng suất ngô", Y24i, location=lab),
        F(f"| {c} |", c, cv, "measure", "tấn", "sản lượng ngô", Y24i, location=lab),
        F(f"| {d}\n", d, dv, "percent", "%", "sản lượng ngô so với năm 2023", Y24i, location=lab),
    ]
FIGS += [
    F("dao động 6.800-7.300", "6.800", 6800, "money", "đồng/kg", "giá ngô hạt khô tại ruộng",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), value_max=7300,
      change=C("increase", 400, "đồng/kg", "quý III")),
    F("Khoảng 65% sản lượng", "65", 65, "percent", "%",
      "sản lượng ngô bán cho các nhà máy thức ăn chăn nuôi", approx="about"),
    F("khoảng 118.000 ha", "118.000", 118000, "measure", "ha", "diện tích ngô", Y25, approx="about", status="target"),
    F("trên 46 tạ/ha", "46", 46, "measure", "tạ/ha", "năng suất ngô", Y25, approx="over", status="target"),
    F("tiếp 2.500 ha", "2.500", 2500, "measure", "ha", "diện tích ngô trên đất dốc chuyển đổi sang cây trồng khác",
      Y25, status="target"),
    F("dốc trên 25 độ", "25", 25, "measure", "độ", "độ dốc đất trồng ngô", approx="over", optional=True),
]

COMMENTS = [
    "Formal report of Sở NN&PTNT Sơn La (letterhead 'Số: 1935/BC-SNN', place-and-date line 20/12/2024): maize 2024 results, flattened '|' table",
    "by district (units in the column headers, a '(%)' column), farm-gate maize price in quý IV/2024, 2025 plan.",
    "Distractors: 'Số: 1935/BC-SNN', 'Bảng 1', section numbers '1.' '2.' '3.', 'Nghị quyết số 86/NQ-HĐND', 'Lưu: VT, TT', the date line.",
    "'bằng 97,2% kế hoạch' is the share of 121.560 ha (percent); 'giảm 4.380 ha so với năm 2023' its change. 'tăng 1,3 tạ/ha' (no baseline) is the",
    "yield's change. 109.400 ha 'chiếm 90%' → percent 90; no part-of cue (trong đó, gồm, /), so no total.",
    "Table: row label is a district → location; subject = column label; period năm 2024 from the table title/text (inherited).",
    "'So với năm 2023 (%)' cells are percent figures (output as % of 2023). 'Khoảng 65% sản lượng' has no stated period.",
    "'Phấn đấu' governs the 2025 clause: three target figures (period from the section heading, inherited). 'đất dốc trên 25 độ' is a",
    "threshold defining which land: optional.",
]

emit("p397-2", TEXT, COMMENTS, FIGS, published="2024-12-20", location="Sơn La")
