from lib import F, P, CH, emit

rows = [("Ba Tri", "812", "7.140", "48.350", "104,6"),
        ("Bình Đại", "388", "3.210", "21.730", "98,2"),
        ("Thạnh Phú", "315", "2.510", "16.320", "101,3")]
table = "\n\n".join(["Huyện", "Diện tích (ha)", "Sản lượng quý III/2024", "Lũy kế 9 tháng", "So cùng kỳ (%)"]
                   + [c for r in rows for c in r])

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Ngày cập nhật: 08/10/2024 | Lượt xem: 642

Sản xuất muối quý III/2024: sản lượng tăng, giá giảm

Trong quý III/2024, diêm dân các huyện ven biển tranh thủ thời tiết thuận lợi kéo dài vụ muối. Sản lượng muối thu hoạch trong quý đạt 12.860 tấn, tăng 18,7% so với quý III/2023. Lũy kế 9 tháng năm 2024, toàn tỉnh sản xuất được 86.400 tấn muối, đạt 96% kế hoạch năm, trên diện tích 1.515 ha.

Kết quả theo địa bàn như sau:

Đơn vị tính: tấn

""" + table + """

Do nguồn cung tăng, giá muối giảm mạnh: tính đến cuối tháng 9, giá muối hạt tại ruộng chỉ còn 900-1.100 đồng/kg, giảm khoảng 35% so với đầu năm. Lượng muối tồn trong dân hơn 21.000 tấn, trong đó huyện Ba Tri khoảng 13.500 tấn.

Để hỗ trợ diêm dân, 2 hợp tác xã muối của huyện Ba Tri đã ký hợp đồng tiêu thụ 5.000 tấn muối với Công ty TNHH Muối Ba Tri 68 theo giá sàn 1.300 đồng/kg. Toàn tỉnh hiện có 1.846 hộ với khoảng 3.200 lao động làm muối, tập trung tại các xã An Thủy, Bảo Thạnh, Bảo Thuận.

Quý IV/2024, tỉnh phấn đấu tiêu thụ thêm 8.000 tấn muối tồn, đưa sản lượng cả năm đạt 90.000 tấn.

Phòng Kinh tế hợp tác và PTNT
"""

Q3 = P("trong quý", "2024-07-01", "2024-09-30")
Q3h = P("quý III/2024", "2024-07-01", "2024-09-30")
N9 = P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
N9h = P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30")
AS = P("tính đến cuối tháng 9", None, "2024-09-30")
ASi = P("tính đến cuối tháng 9", None, "2024-09-30", inh=True)
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("quý đạt 12.860 tấn", "12.860", 12860, "measure", "tấn", "sản lượng muối thu hoạch", Q3,
      change=CH("increase", 18.7, baseline="quý III/2023")),
    F("được 86.400 tấn", "86.400", 86400, "measure", "tấn", "sản lượng muối", N9, percent=96),
    F("diện tích 1.515 ha", "1.515", 1515, "measure", "ha", "diện tích sản xuất muối", N9),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for lab, a, b, c, d in rows:
    FIGS.append(F(f"{lab}\n\n{a}", a, num(a), "measure", "ha", "diện tích", N9i, location=lab))
    FIGS.append(F(f"{a}\n\n{b}", b, num(b), "measure", "tấn", "sản lượng quý III/2024", Q3h, location=lab))
    FIGS.append(F(f"{b}\n\n{c}", c, num(c), "measure", "tấn", "sản lượng lũy kế 9 tháng", N9h, location=lab))
    FIGS.append(F(f"{c}\n\n{d}", d, num(d), "percent", "%", "sản lượng so cùng kỳ", N9i, location=lab))

FIGS += [
    F("còn 900-1.100 đồng/kg", "900", 900, "money", "đồng/kg", "giá muối hạt tại ruộng", AS, value_max=1100,
      change=CH("decrease", 35, baseline="đầu năm", approx="about")),
    F("hơn 21.000 tấn", "21.000", 21000, "measure", "tấn", "lượng muối tồn trong dân", ASi, approx="over"),
    F("khoảng 13.500 tấn", "13.500", 13500, "measure", "tấn", "lượng muối tồn trong dân", ASi, approx="about",
      total=21000, location="Ba Tri"),
    F("2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã muối ký hợp đồng tiêu thụ", location="Ba Tri"),
    F("tiêu thụ 5.000 tấn", "5.000", 5000, "measure", "tấn", "muối tiêu thụ theo hợp đồng", location="Ba Tri"),
    F("giá sàn 1.300 đồng/kg", "1.300", 1300, "money", "đồng/kg", "giá sàn thu mua muối", location="Ba Tri"),
    F("có 1.846 hộ", "1.846", 1846, "count", "hộ", "hộ làm muối"),
    F("khoảng 3.200 lao động", "3.200", 3200, "count", "lao động", "lao động làm muối", approx="about"),
    F("thêm 8.000 tấn", "8.000", 8000, "measure", "tấn", "muối tồn tiêu thụ thêm", Q4, status="target"),
    F("đạt 90.000 tấn", "90.000", 90000, "measure", "tấn", "sản lượng muối cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Bến Tre): salt in quý III/2024 and 9 months, one-cell-per-line table by district, prices, stocks.",
    "'Ngày cập nhật: 08/10/2024 | Lượt xem: 642' (dateline without time; the counter is page furniture).",
    "'trong quý' = quý III/2024 (the paragraph's quarter). 'đạt 96% kế hoạch năm' is the percent of 86.400 tấn.",
    "Table: 'Đơn vị tính: tấn' for the output columns, '(ha)' and '(%)' headers override it; districts are locations; periods from",
    "column headers (quý III/2024, Lũy kế 9 tháng) are scored, area and % columns inherit the 9 months. No totals for table cells.",
    "'tính đến cuối tháng 9' = as-of 2024-09-30; 'giảm khoảng 35% so với đầu năm' is the change of the price range.",
    "'trong đó huyện Ba Tri khoảng 13.500 tấn' -> total 21000, location Ba Tri. 'Công ty TNHH Muối Ba Tri 68' is a name (distractor).",
    "'Quý IV/2024, tỉnh phấn đấu …': both figures target; 'cả năm' = 2024.",
]

emit("p283-5", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bến Tre")
