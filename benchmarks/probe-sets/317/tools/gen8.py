from lib import F, P, Y, CH, TG, emit

HEAD = """CỤC THỐNG KÊ TỈNH BẮC GIANG
Số liệu thống kê > Thương mại - Dịch vụ

Mạng lưới chợ, siêu thị và doanh thu bán lẻ theo kênh phân phối tỉnh Bắc Giang giai đoạn 2022-2024

Tính đến 31/12/2024, toàn tỉnh Bắc Giang có 134 chợ, gồm 3 chợ hạng I, 17 chợ hạng II và 114 chợ hạng III; 17 siêu thị, 3 trung tâm thương mại và 236 cửa hàng tiện lợi. So với năm 2020, số siêu thị tăng thêm 8 siêu thị, số cửa hàng tiện lợi gấp 2,4 lần. Riêng năm 2024, tỉnh đưa vào hoạt động 2 siêu thị mới tại thành phố Bắc Giang và thị xã Việt Yên.

Tổng mức bán lẻ hàng hóa năm 2024 ước đạt 58.742 tỷ đồng, tăng 12,6% so với năm trước; trong đó doanh thu qua kênh chợ truyền thống chiếm 43,1%, giảm 2,2 điểm phần trăm so với năm 2023. Kênh cửa hàng tiện lợi có tốc độ tăng cao nhất, đạt 39,9%.

Doanh thu bán lẻ hàng hóa phân theo kênh phân phối
Đơn vị tính: Tỷ đồng

Kênh phân phối
2022
2023
Sơ bộ 2024
Cơ cấu 2024 (%)
"""
ROWS = [("Tổng số", ["46.215", "52.168", "58.742", "100"]),
        ("Chợ truyền thống", ["21.730", "23.612", "25.318", "43,1"]),
        ("Siêu thị, trung tâm thương mại", ["5.847", "7.004", "8.342", "14,2"]),
        ("Cửa hàng tiện lợi", ["1.926", "2.688", "3.760", "6,4"]),
        ("Loại hình khác", ["16.712", "18.864", "21.322", "36,3"])]
TAIL = """
(*) Cửa hàng tiện lợi tính từ quy mô 50 m2 trở lên, không bao gồm cửa hàng tạp hóa hộ gia đình.
Nguồn: Niên giám thống kê tỉnh Bắc Giang năm 2024; Sở Công Thương tỉnh Bắc Giang.
10/02/2025
"""
TEXT = HEAD + "".join(label + "\n" + "".join(c + "\n" for c in cells) for label, cells in ROWS) + TAIL


def num(s):
    return float(s.replace(".", "").replace(",", "."))


ASOF = P("Tính đến 31/12/2024", None, "2024-12-31")
COLS = [("năm 2022", Y(2022, "2022"), "money"), ("năm 2023", Y(2023, "2023"), "money"),
        ("sơ bộ năm 2024", Y(2024, "Sơ bộ 2024"), "money"), ("cơ cấu năm 2024", Y(2024, "Cơ cấu 2024 (%)"), "percent")]

FIGS = [
    F("có 134 chợ", "134", 134, "count", "chợ", "chợ", ASOF),
    F("gồm 3 chợ hạng I", "3", 3, "count", "chợ", "chợ hạng I", ASOF, total=134),
    F("17 chợ hạng II", "17", 17, "count", "chợ", "chợ hạng II", ASOF, total=134),
    F("114 chợ hạng III", "114", 114, "count", "chợ", "chợ hạng III", ASOF, total=134),
    F("; 17 siêu thị", "17", 17, "count", "siêu thị", "siêu thị", ASOF),
    F("3 trung tâm thương mại", "3", 3, "count", "trung tâm thương mại", "trung tâm thương mại", ASOF),
    F("236 cửa hàng tiện lợi", "236", 236, "count", "cửa hàng tiện lợi", "cửa hàng tiện lợi", ASOF),
    F("thêm 8 siêu thị", "8", 8, "count", "siêu thị", "số siêu thị tăng thêm so với năm 2020",
      P("Tính đến 31/12/2024", None, "2024-12-31", inh=True)),
    F("gấp 2,4 lần", "2,4", 2.4, "multiple", "lần", "số cửa hàng tiện lợi so với năm 2020",
      P("Tính đến 31/12/2024", None, "2024-12-31", inh=True)),
    F("động 2 siêu thị", "2", 2, "count", "siêu thị", "siêu thị mới đưa vào hoạt động", Y(2024, "Riêng năm 2024")),
    F("ước đạt 58.742 tỷ đồng", "58.742", 58742e9, "money", "đồng", "tổng mức bán lẻ hàng hóa", Y(2024),
      change=CH("increase", 12.6, "%", "năm trước"), status="estimate"),
    F("chiếm 43,1%", "43,1", 43.1, "percent", "%", "tỷ trọng doanh thu qua kênh chợ truyền thống", Y(2024),
      change=CH("decrease", 2.2, "điểm phần trăm", "năm 2023"), status="estimate"),
    F("đạt 39,9%", "39,9", 39.9, "percent", "%", "tốc độ tăng doanh thu kênh cửa hàng tiện lợi", Y(2024, inh=True)),
]
for label, cells in ROWS:
    for j, ((cname, per, kind), cell) in enumerate(zip(COLS, cells)):
        if j == 0:
            anchor = f"{label}\n{cell}\n"
        else:
            anchor = f"\n{cells[j - 1]}\n{cell}\n"
        if kind == "money":
            FIGS.append(F(anchor, cell, num(cell) * 1e9, "money", "đồng",
                          f"doanh thu bán lẻ hàng hóa {label.lower()} {cname}", per))
        else:
            FIGS.append(F(anchor, cell, num(cell), "percent", "%", f"cơ cấu doanh thu bán lẻ hàng hóa {label.lower()}", per))
FIGS.append(F("từ quy mô 50 m2", "50", 50, "measure", "m2", approx="at_least", optional=True))

COMMENTS = [
    "Cục Thống kê tỉnh Bắc Giang: chợ, siêu thị, cửa hàng tiện lợi (31/12/2024), bán lẻ 2024, one-cell-per-line table 2022-2024.",
    "Bare date at the end '10/02/2025' is the publication date. Location Bắc Giang throughout.",
    "'gồm 3 / 17 / 114 chợ hạng …' parts of 134. 'tăng thêm 8 siêu thị' is a count figure (the increment itself is the claim);",
    "'gấp 2,4 lần' stands alone as the claim → multiple. Both take the as-of date of the previous sentence (inherited).",
    "'ước đạt 58.742 tỷ đồng' estimate, change 12,6%; 'chiếm 43,1%' (a share with no base amount) is a percent figure with its",
    "change in điểm phần trăm, still in the 'ước' clause chain (estimate). 'đạt 39,9%' is a growth rate as the claim (no change).",
    "Table: 'Đơn vị tính: Tỷ đồng' → money ×1e9; '(%)' column → percent; year per column header; 'Sơ bộ' = actual (as h24).",
    "Every numeric cell is a figure (the 100 of 'Tổng số' too); no totals for cells. '50 m2 trở lên' threshold optional.",
    "Distractors: 'giai đoạn 2022-2024' in the title, 'So với năm 2020', '(*)', 'Niên giám … năm 2024', 'm2'.",
]

emit("p317-8", TEXT, COMMENTS, FIGS, published="2025-02-10", location="Bắc Giang")
