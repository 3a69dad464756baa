from lib import F, P, CH, emit, parse_num

TEXT = """Ngành thép năm 2024: Sản lượng tăng, xuất khẩu chịu sức ép phòng vệ thương mại

Theo số liệu của Hiệp hội Thép Việt Nam (VSA), năm 2024 sản xuất thép thành phẩm đạt 29,4 triệu tấn, tăng 10,8% so với năm 2023; bán hàng thép thành phẩm đạt 28,7 triệu tấn, tăng 12%. Trong đó, xuất khẩu thép thành phẩm đạt 11,3 triệu tấn, chiếm 39,4%.

Sản xuất và bán hàng một số sản phẩm thép năm 2024 (nghìn tấn)
Sản phẩm\tSản xuất\tBán hàng\tTăng/giảm bán hàng (%)
Thép xây dựng\t12.080\t12.150\t3,9
Thép cuộn cán nóng (HRC)\t7.930\t6.880\t12,6
Ống thép\t2.610\t2.590\t-2,4
Tôn mạ kim loại, sơn phủ màu\t5.380\t4.920\t21,3

Về nhập khẩu, năm 2024 cả nước nhập khẩu khoảng 15,7 triệu tấn sắt thép các loại, tăng 19,5% so với năm 2023; kim ngạch nhập khẩu đạt 11,1 tỷ USD. Trong đó, nhập khẩu từ Trung Quốc chiếm hơn 60%, tương đương 9,4 triệu tấn.

Kim ngạch xuất khẩu sắt thép năm 2024 đạt 8,9 tỷ USD, giảm 4,6% so với năm 2023. Các thị trường xuất khẩu chính gồm ASEAN (29%), EU (24%) và Hoa Kỳ (13%). Riêng trong năm 2024, 7 nước đã khởi xướng 12 vụ điều tra phòng vệ thương mại đối với sản phẩm thép của Việt Nam.

Trên thị trường thép xây dựng, Hòa Phát tiếp tục dẫn đầu với thị phần 38,2%, tiếp theo là VNSteel (9,6%) và Thép Pomina (6,3%).

VSA dự báo năm 2025, tiêu thụ thép thành phẩm có thể tăng 7-8%, đạt khoảng 30,8 triệu tấn. Theo Quyết định số 1420/QĐ-TTg về quy hoạch ngành thép, đến năm 2030 tổng công suất thép thô của cả nước đạt 45-50 triệu tấn/năm.

Anh Minh
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
TBL = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)

FIGS = [
    F("đạt 29,4 triệu tấn", "29,4", 29400000, "measure", "tấn", "sản xuất thép thành phẩm", Y24,
      change=CH("increase", 10.8, baseline="năm 2023")),
    F("đạt 28,7 triệu tấn", "28,7", 28700000, "measure", "tấn", "bán hàng thép thành phẩm", Y24,
      change=CH("increase", 12)),
    F("đạt 11,3 triệu tấn", "11,3", 11300000, "measure", "tấn", "xuất khẩu thép thành phẩm", Y24i,
      total=28700000, percent=39.4),
]
rows = [
    ("Thép xây dựng", ["12.080", "12.150", "3,9"]),
    ("Thép cuộn cán nóng (HRC)", ["7.930", "6.880", "12,6"]),
    ("Ống thép", ["2.610", "2.590", "-2,4"]),
    ("Tôn mạ kim loại, sơn phủ màu", ["5.380", "4.920", "21,3"]),
]
cols = ["Sản xuất", "Bán hàng", "Tăng/giảm bán hàng"]
for label, cells in rows:
    for i, c in enumerate(cells):
        anchor = label + "\t" + "\t".join(cells[: i + 1])
        if i == 2:
            FIGS.append(F(anchor, c, parse_num(c), "percent", "%", f"{cols[i]} {label} (%)", TBL))
        else:
            FIGS.append(F(anchor, c, parse_num(c) * 1000, "measure", "tấn", f"{cols[i]} {label}", TBL))

FIGS += [
    F("khoảng 15,7 triệu tấn", "15,7", 15700000, "measure", "tấn", "sắt thép các loại nhập khẩu", Y24, approx="about",
      change=CH("increase", 19.5, baseline="năm 2023")),
    F("đạt 11,1 tỷ USD", "11,1", 11100000000, "money", "USD", "kim ngạch nhập khẩu", Y24),
    F("chiếm hơn 60%", "60", 60, "percent", "%", "nhập khẩu từ Trung Quốc", Y24i, approx="over"),
    F("tương đương 9,4 triệu tấn", "9,4", 9400000, "measure", "tấn", "nhập khẩu từ Trung Quốc", Y24i, total=15700000),
    F("đạt 8,9 tỷ USD", "8,9", 8900000000, "money", "USD", "kim ngạch xuất khẩu sắt thép", Y24,
      change=CH("decrease", 4.6, baseline="năm 2023")),
    F("ASEAN (29%)", "29", 29, "percent", "%", "thị trường xuất khẩu chính", Y24i),
    F("EU (24%)", "24", 24, "percent", "%", "thị trường xuất khẩu chính", Y24i),
    F("Hoa Kỳ (13%)", "13", 13, "percent", "%", "thị trường xuất khẩu chính", Y24i),
    F("7 nước", "7", 7, "count", "nước", "nước khởi xướng điều tra phòng vệ thương mại đối với sản phẩm thép", Y24),
    F("12 vụ", "12", 12, "count", "vụ", "vụ điều tra phòng vệ thương mại đối với sản phẩm thép", Y24),
    F("thị phần 38,2%", "38,2", 38.2, "percent", "%", "thị phần thép xây dựng"),
    F("VNSteel (9,6%)", "9,6", 9.6, "percent", "%", "thị phần thép xây dựng"),
    F("Pomina (6,3%)", "6,3", 6.3, "percent", "%", "thị phần thép xây dựng"),
    F("khoảng 30,8 triệu tấn", "30,8", 30800000, "measure", "tấn", "tiêu thụ thép thành phẩm",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast",
      change=CH("increase", 7)),
    F("đạt 45-50 triệu tấn/năm", "45", 45000000, "measure", "tấn/năm", "tổng công suất thép thô",
      P("đến năm 2030", None, "2030-12-31"), value_max=50000000, status="target"),
]

COMMENTS = [
    "National press (economic news): Vietnam's steel industry in 2024 from VSA data. No dateline at all (published absent); byline at the end.",
    "Location Việt Nam for all figures; ASEAN, EU, Hoa Kỳ, Trung Quốc are trade partners, not places of the figure (FIGURES.md).",
    "'Trong đó, xuất khẩu ... 11,3 triệu tấn, chiếm 39,4%' -> part of 28,7 triệu (total) with percent 39,4; period from previous sentence.",
    "Tab-flattened table '(nghìn tấn)': tonnage cells x1000 (measure, tấn); '(%)' column = growth rates of sales, percent figures with no",
    "change (FIGURES.md 'growth rate itself the claim'); '-2,4' is a signed cell (value -2.4, cf. p175-8 negative temperatures).",
    "Table period from the caption 'năm 2024' (not the header cells) -> inherited. Subject = column label + row label.",
    "'chiếm hơn 60%, tương đương 9,4 triệu tấn': the percent comes first and is a figure (approx over); 9,4 triệu is a figure with total 15,7 triệu",
    "(after 'Trong đó'), no percent attribute (as h01's 83,48% / 1,488 triệu). Export-market shares after 'gồm' are percents: no total.",
    "'tăng 7-8%, đạt khoảng 30,8 triệu tấn' -> change (value 7) before its figure; forecast. '45-50 triệu tấn/năm' target range to 2030.",
    "Distractors: 'Quyết định số 1420/QĐ-TTg', 'năm 2023' baselines; the VSA name. Company shares (Hòa Phát, VNSteel, Pomina): no period stated.",
]

emit("p302-8", TEXT, COMMENTS, FIGS, location="Việt Nam")
