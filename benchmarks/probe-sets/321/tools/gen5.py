from lib import F, P, I, CH, TG, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH GIA LAI
Trang chủ / Tin tức / Trồng trọt - Bảo vệ thực vật

Gia Lai mở rộng vùng cà phê sản xuất bền vững
Ngày 22/05/2024 | Tác giả: Minh Châu

Đến nay, toàn tỉnh có 101.350 ha cà phê, sản lượng năm 2023 đạt 285.600 tấn nhân. Trong đó, diện tích được cấp chứng nhận sản xuất bền vững (4C, Rainforest Alliance, VietGAP, hữu cơ) là 24.870 ha, chiếm 24,5% tổng diện tích.

Bảng: Diện tích, sản lượng cà phê được chứng nhận theo loại chứng nhận (tính đến tháng 4/2024)
Loại chứng nhận
Diện tích (ha)
Sản lượng (tấn)
Số hộ tham gia
4C
14.260
45.630
5.120
Rainforest Alliance
6.480
22.350
2.310
VietGAP
3.150
9.820
1.045
Hữu cơ
980
2.640
318

Giá cà phê có chứng nhận được doanh nghiệp thu mua cao hơn cà phê thường từ 500 đến 1.500 đồng/kg. Các huyện dẫn đầu về diện tích chứng nhận là Chư Prông 5.840 ha, Chư Păh 4.920 ha, Ia Grai 4.310 ha và Đak Đoa 3.760 ha.

Theo kế hoạch, năm 2024 tỉnh phấn đấu có thêm 3.500 ha cà phê được chứng nhận, nâng tỷ lệ diện tích chứng nhận lên 28%; đến năm 2025 đạt 30.000 ha. Ngân sách tỉnh bố trí 4,6 tỷ đồng hỗ trợ chi phí cấp chứng nhận, mỗi hợp tác xã được hỗ trợ không quá 200 triệu đồng.

Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, 06 Trần Hưng Đạo, TP Pleiku; điện thoại 0269.3824.183.
"""

DN = P("Đến nay", None, "2024-05-22")
T4 = P("tính đến tháng 4/2024", None, "2024-04-30", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")


def cells(label, a, s, h):
    return [
        F(f"{label}\n{a}\n", a, float(a.replace(".", "")), "measure", "ha", f"Diện tích {label}", T4),
        F(f"{a}\n{s}\n", s, float(s.replace(".", "")), "measure", "tấn", f"Sản lượng {label}", T4),
        F(f"{s}\n{h}\n", h, float(h.replace(".", "")), "count", "hộ", f"Số hộ tham gia {label}", T4),
    ]


FIGS = [
    F("có 101.350 ha", "101.350", 101350, "measure", "ha", "diện tích cà phê", DN),
    F("đạt 285.600 tấn", "285.600", 285600, "measure", "tấn", "sản lượng cà phê",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("là 24.870 ha", "24.870", 24870, "measure", "ha", "diện tích được cấp chứng nhận sản xuất bền vững",
      I(DN), total=101350, percent=24.5),
]
FIGS += cells("4C", "14.260", "45.630", "5.120")
FIGS += cells("Rainforest Alliance", "6.480", "22.350", "2.310")
FIGS += cells("VietGAP", "3.150", "9.820", "1.045")
FIGS += cells("Hữu cơ", "980", "2.640", "318")
FIGS += [
    F("từ 500 đến 1.500 đồng/kg", "500", 500, "money", "đồng/kg",
      "giá cà phê có chứng nhận cao hơn cà phê thường", value_max=1500),
    F("Chư Prông 5.840 ha", "5.840", 5840, "measure", "ha", "diện tích chứng nhận", I(DN), location="Chư Prông"),
    F("Chư Păh 4.920 ha", "4.920", 4920, "measure", "ha", "diện tích chứng nhận", I(DN), location="Chư Păh"),
    F("Ia Grai 4.310 ha", "4.310", 4310, "measure", "ha", "diện tích chứng nhận", I(DN), location="Ia Grai"),
    F("Đak Đoa 3.760 ha", "3.760", 3760, "measure", "ha", "diện tích chứng nhận", I(DN), location="Đak Đoa"),
    F("thêm 3.500 ha", "3.500", 3500, "measure", "ha", "cà phê được chứng nhận", Y24, status="target"),
    F("lên 28%", "28", 28, "percent", "%", "tỷ lệ diện tích chứng nhận", Y24, status="target"),
    F("đạt 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích cà phê được chứng nhận",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("bố trí 4,6 tỷ đồng", "4,6", 4600000000, "money", "đồng", "ngân sách hỗ trợ chi phí cấp chứng nhận"),
    F("không quá 200 triệu đồng", "200", 200000000, "money", "đồng", "mức hỗ trợ mỗi hợp tác xã",
      approx="at_most", optional=True),
]

COMMENTS = [
    "Sở NN&PTNT Gia Lai (department site): certified sustainable coffee, one-cell-per-line table by certification (area ha / output tấn / households).",
    "Dateline 'Ngày 22/05/2024 | Tác giả: …'. 'Đến nay' is an as-of period ending at the dateline.",
    "Distractors: certification name '4C' (in the text and as a row label), '06 Trần Hưng Đạo', phone, breadcrumb.",
    "Table: unit from each column header ('Diện tích (ha)', 'Sản lượng (tấn)', 'Số hộ tham gia' → hộ); subject = column label + row label;",
    "the caption's 'tính đến tháng 4/2024' is the cells' period, stated outside their line: inherited. No totals for table cells.",
    "'cao hơn cà phê thường từ 500 đến 1.500 đồng/kg': the premium is the claim (no base figure): a money range.",
    "'Theo kế hoạch … phấn đấu' governs the continued clauses → target. 'không quá 200 triệu đồng' (a cap) is optional.",
    "District list takes its period from the first paragraph ('Đến nay', inherited).",
]

emit("p321-5", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Gia Lai")
