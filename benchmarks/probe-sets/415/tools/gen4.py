from lib import F, P, C, T, emit

text = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TP HỒ CHÍ MINH
Tin hoạt động

TP Hồ Chí Minh: Sản xuất hoa lan, cây kiểng 6 tháng đầu năm 2024
Ngày đăng: 22/07/2024 | Lượt xem: 1.204

Theo báo cáo của Chi cục Trồng trọt và Bảo vệ thực vật, tính đến 30/6/2024, tổng diện tích hoa, cây kiểng trên địa bàn Thành phố đạt 2.318 ha, giảm 1,6% so với cùng kỳ do một phần diện tích chuyển đổi mục đích sử dụng đất. Trong đó, diện tích hoa lan 512 ha, mai vàng 1.046 ha, kiểng lá và cây kiểng khác 760 ha.

Sản lượng lan cắt cành 6 tháng đầu năm ước đạt 19,8 triệu cành, giá trị sản xuất khoảng 630 tỷ đồng. Giá bán bình quân lan Mokara tại vườn từ 4.500 đến 6.000 đồng/cành, cao hơn 12% so với cuối năm 2023.

Bảng 1. Diện tích hoa lan phân theo địa bàn
Đơn vị tính: ha
Địa bàn | Năm 2023 | Đến 30/6/2024 | Kế hoạch năm 2025
Củ Chi | 286,5 | 291,2 | 300
Bình Chánh | 72,4 | 70,8 | 75
Hóc Môn | 64,1 | 66,3 | 70
Thủ Đức | 41,6 | 38,9 | 40
Quận 12 | 29,3 | 27,5 | 28
Các địa bàn khác | 18,7 | 17,3 | 20

Thành phố phấn đấu đến năm 2025 giá trị sản xuất hoa, cây kiểng bình quân đạt 1,1 tỷ đồng/ha/năm; hỗ trợ 15 doanh nghiệp, hợp tác xã xây dựng mã số vùng trồng phục vụ xuất khẩu.

Chi cục Trồng trọt và Bảo vệ thực vật, 28 Mạc Đĩnh Chi, phường Bến Nghé, Quận 1.
"""

AS = P("tính đến 30/6/2024", None, "2024-06-30")
ASi = P("tính đến 30/6/2024", None, "2024-06-30", inh=True)
H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inh=True)
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Đến 30/6/2024", None, "2024-06-30")
K25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
DT = "tổng diện tích hoa, cây kiểng"
rows = [
    ("Củ Chi", "Củ Chi", ["286,5", "291,2", "300"]),
    ("Bình Chánh", "Bình Chánh", ["72,4", "70,8", "75"]),
    ("Hóc Môn", "Hóc Môn", ["64,1", "66,3", "70"]),
    ("Thủ Đức", "Thủ Đức", ["41,6", "38,9", "40"]),
    ("Quận 12", "Quận 12", ["29,3", "27,5", "28"]),
    ("Các địa bàn khác", None, ["18,7", "17,3", "20"]),
]
figs = [
    F("đạt 2.318 ha", "2.318", 2318, "measure", "ha", DT, AS, change=C("decrease", 1.6, "%", "cùng kỳ")),
    F("hoa lan 512 ha", "512", 512, "measure", "ha", "diện tích hoa lan", ASi, total=2318),
    F("mai vàng 1.046 ha", "1.046", 1046, "measure", "ha", "diện tích mai vàng", ASi, total=2318),
    F("khác 760 ha", "760", 760, "measure", "ha", "diện tích kiểng lá và cây kiểng khác", ASi, total=2318),
    F("ước đạt 19,8 triệu cành", "19,8", 19.8e6, "count", "cành", "Sản lượng lan cắt cành", H6, status="estimate"),
    F("khoảng 630 tỷ đồng", "630", 630e9, "money", "đồng", "giá trị sản xuất lan cắt cành", H6, approx="about", status="estimate"),
    F("từ 4.500 đến", "4.500", 4500, "money", "đồng/cành", "Giá bán bình quân lan Mokara tại vườn", H6i, value_max=6000,
      change=C("increase", 12, "%", "cuối năm 2023")),
]
for label, loc, cells in rows:
    line = f"{label} | {cells[0]} | {cells[1]} | {cells[2]}"
    assert line in text, line
    for i, (num, per, col, st) in enumerate(zip(cells, (C23, C24, K25),
                                                ("Diện tích hoa lan năm 2023", "Diện tích hoa lan đến 30/6/2024",
                                                 "Diện tích hoa lan kế hoạch năm 2025"),
                                                ("actual", "actual", "target"))):
        if i == 0:
            anchor = f"{label} | {num}"
        elif i == 1:
            anchor = f"| {cells[0]} | {num}"
        else:
            anchor = f"| {cells[1]} | {num}"
        subj = col if loc else f"{col} các địa bàn khác"
        kw = {"location": loc} if loc else {}
        if st != "actual":
            kw["status"] = st
        v = float(num.replace(",", "."))
        figs.append(F(anchor, num, v, "measure", "ha", subj, per, **kw))
figs += [
    F("đạt 1,1 tỷ đồng/ha/năm", "1,1", 1.1e9, "money", "đồng/ha/năm", "giá trị sản xuất hoa, cây kiểng bình quân",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("hỗ trợ 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp, hợp tác xã",
      "doanh nghiệp, hợp tác xã được hỗ trợ xây dựng mã số vùng trồng", P("đến năm 2025", None, "2025-12-31"), status="target"),
]

emit("p415-4", text, [
    "Sở NN&PTNT TP Hồ Chí Minh (department site): hoa lan, cây kiểng 6 tháng đầu năm 2024. Dateline 'Ngày đăng: 22/07/2024 | Lượt xem: 1.204'.",
    "Distractors: 'Lượt xem: 1.204', 'Bảng 1', 'Quận 12' (a name: the row is a place, its cells are figures), '28 Mạc Đĩnh Chi', 'Quận 1', 'cuối năm 2023' (baseline).",
    "2.318 ha: change 'giảm 1,6% so với cùng kỳ'. 'Trong đó' parts (next sentence; 512 + 1.046 + 760 = 2.318) carry total 2.318; as-of date inherited.",
    "19,8 triệu cành and 630 tỷ: 'ước đạt' governs both clauses (estimate); year-less '6 tháng đầu năm' takes 2024.",
    "Price range 4.500-6.000 đồng/cành with change 'cao hơn 12% so với cuối năm 2023'; its period is inherited from the previous sentence.",
    "Flattened '|' table, 'Đơn vị tính: ha': every cell a measure in ha; district row labels → location; subject = column label; period from the column",
    "header ('Năm 2023', 'Đến 30/6/2024' as-of, 'Kế hoạch năm 2025' → target). 'Các địa bàn khác' is no place: default location, label kept in subject.",
    "The 6-month column adds up to the 512 ha of lan above; table cells get no total (FIGURES.md gives tables no part-of rule).",
], figs, published="2024-07-22", location="TP Hồ Chí Minh")
