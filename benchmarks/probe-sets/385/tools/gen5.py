from lib import F, P, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TIỀN GIANG
Trang chủ / Tin hoạt động ngành

Sản xuất cây ăn trái 6 tháng đầu năm 2024 tiếp tục tăng trưởng
Ngày đăng: 05/07/2024 | Lượt xem: 612

Theo báo cáo của Sở, 6 tháng đầu năm 2024, tổng diện tích cây ăn trái toàn tỉnh đạt 86.420 ha, tăng 1,9% so với cùng kỳ; sản lượng thu hoạch ước đạt 1,12 triệu tấn. Giá trị sản xuất ngành trồng trọt ước tăng 4,1%.

Diện tích, sản lượng một số cây ăn trái chủ lực 6 tháng đầu năm 2024

Cây trồng
Diện tích (ha)
Sản lượng (tấn)
So cùng kỳ (%)
Sầu riêng
21.560
218.400
112,5
Thanh long
4.870
86.300
95,2
Xoài
6.250
52.700
103,8
Vú sữa
2.480
31.900
100,6
(Nguồn: Chi cục Trồng trọt và BVTV)

Diện tích sầu riêng tập trung ở các huyện Cai Lậy (9.850 ha), Cái Bè (6.420 ha) và Châu Thành (2.930 ha). Hiện giá thanh long ruột đỏ ở mức 12.000-15.000 đồng/kg, thanh long ruột trắng từ 5.000 đến 7.000 đồng/kg.

Kim ngạch xuất khẩu rau quả của tỉnh từ đầu năm đến ngày 30/6 ước đạt 410 triệu USD, đạt 58,6% kế hoạch năm.

Kế hoạch năm 2024, ngành phấn đấu ổn định diện tích cây ăn trái trên 85.000 ha, sản lượng 2,1 triệu tấn; mỗi huyện có ít nhất 2 sản phẩm trái cây đạt chuẩn OCOP 4 sao trở lên.

Địa chỉ: Số 35 Lê Văn Phẩm, Phường 5, TP. Mỹ Tho. Điện thoại: 0273.3872.455
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Sầu riêng", ["21.560", "218.400", "112,5"]),
        ("Thanh long", ["4.870", "86.300", "95,2"]),
        ("Xoài", ["6.250", "52.700", "103,8"]),
        ("Vú sữa", ["2.480", "31.900", "100,6"])]
TABLE = []
for label, (a, s, p) in ROWS:
    TABLE.append(F(f"{label}\n{a}\n", a, float(a.replace(".", "")), "measure", "ha", f"diện tích {label}", H6i))
    TABLE.append(F(f"{a}\n{s}\n", s, float(s.replace(".", "")), "measure", "tấn", f"sản lượng {label}", H6i))
    TABLE.append(F(f"{s}\n{p}\n", p, float(p.replace(",", ".")), "percent", "%",
                   f"sản lượng {label} so cùng kỳ", H6i))

FIGS = [
    F("đạt 86.420 ha", "86.420", 86420, "measure", "ha", "tổng diện tích cây ăn trái", H6,
      change=CH("increase", 1.9, "%", "cùng kỳ")),
    F("ước đạt 1,12 triệu tấn", "1,12", 1.12e6, "measure", "tấn", "sản lượng cây ăn trái thu hoạch", H6,
      status="estimate"),
    F("ước tăng 4,1%", "4,1", 4.1, "percent", "%", "giá trị sản xuất ngành trồng trọt", H6i, status="estimate"),
] + TABLE + [
    F("Cai Lậy (9.850 ha)", "9.850", 9850, "measure", "ha", "diện tích sầu riêng", location="Cai Lậy"),
    F("Cái Bè (6.420 ha)", "6.420", 6420, "measure", "ha", "diện tích sầu riêng", location="Cái Bè"),
    F("Châu Thành (2.930 ha)", "2.930", 2930, "measure", "ha", "diện tích sầu riêng", location="Châu Thành"),
    F("mức 12.000-15.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá thanh long ruột đỏ", value_max=15000),
    F("từ 5.000 đến 7.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", "giá thanh long ruột trắng", value_max=7000),
    F("ước đạt 410 triệu USD", "410", 410e6, "money", "USD", "kim ngạch xuất khẩu rau quả",
      P("từ đầu năm đến ngày 30/6", "2024-01-01", "2024-06-30"), percent=58.6, status="estimate"),
    F("trên 85.000 ha", "85.000", 85000, "measure", "ha", "diện tích cây ăn trái", Y24, approx="over",
      status="target"),
    F("sản lượng 2,1 triệu tấn", "2,1", 2.1e6, "measure", "tấn", "sản lượng cây ăn trái", Y24, status="target"),
    F("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm trái cây đạt chuẩn OCOP mỗi huyện", Y24,
      approx="at_least", status="target"),
    F("OCOP 4 sao trở lên", "4", 4, "measure", "sao", "hạng OCOP", approx="at_least", optional=True),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Tiền Giang): fruit production, 6 months 2024, with a one-cell-per-line table (Diện tích (ha) |",
    "Sản lượng (tấn) | So cùng kỳ (%)). 'Ngày đăng: 05/07/2024 | Lượt xem: 612' -> published; the counter is page furniture.",
    "Distractors: address 'Số 35 Lê Văn Phẩm, Phường 5, TP. Mỹ Tho', phone 0273.3872.455, source line. 'OCOP 4 sao trở lên' is a",
    "rating threshold: optional. Table cells: unit from the column header; '(%)' cells are growth-vs-same-period percents (the claim).",
    "The table's period is in its caption line, not a column header: inherited. District items take the district as location.",
    "'đạt 58,6% kế hoạch năm' is the percent of 410 triệu USD (as shared h14).",
]

emit("p385-5", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Tiền Giang")
