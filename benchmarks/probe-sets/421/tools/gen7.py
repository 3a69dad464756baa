from lib import F, P, CH, emit

ROWS = [
    ("Đường trục xã, liên xã", "km", "45", "51,3", "114,0"),
    ("Đường trục thôn, xóm", "km", "180", "196,8", "109,3"),
    ("Đường ngõ, xóm", "km", "150", "142,5", "95,0"),
    ("Đường trục chính nội đồng", "km", "120", "133,2", "111,0"),
    ("Cầu dân sinh", "cầu", "24", "27", "112,5"),
]
table = "Chỉ tiêu\n\nĐơn vị tính\n\nKế hoạch năm 2024\n\nThực hiện năm 2024\n\nTỷ lệ thực hiện (%)\n\n"
table += "\n\n".join("\n\n".join(r) for r in ROWS) + "\n"

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH
Kinh tế » Nông thôn mới

Hà Tĩnh cứng hóa 523,8 km đường giao thông nông thôn năm 2024
Ngày cập nhật: 22/01/2025

Năm 2024, Hà Tĩnh đã cứng hóa 523,8 km đường giao thông nông thôn, vượt 5,8% kế hoạch; xây dựng 27 cầu dân sinh. Tổng kinh phí thực hiện 437,4 tỷ đồng, trong đó nhân dân đóng góp 162,7 tỷ đồng, chiếm 37,2%; 3.870 hộ dân hiến 215.400 m² đất.

Các huyện Cẩm Xuyên, Can Lộc, Thạch Hà dẫn đầu về khối lượng, lần lượt đạt 78,4 km, 71,6 km và 65,9 km. Thực hiện Nghị quyết số 96/2019/NQ-HĐND, ngân sách tỉnh hỗ trợ xi măng với định mức 190 tấn/km đối với đường trục xã.

Kết quả thực hiện một số chỉ tiêu giao thông nông thôn năm 2024:

""" + table + """
Năm 2025, tỉnh phấn đấu cứng hóa thêm 480 km đường giao thông nông thôn, 100% xã có đường trục xã được cứng hóa; mỗi huyện xây dựng ít nhất 2 cầu dân sinh.

Thu Hà (tổng hợp)
Nguồn: Sở Giao thông vận tải, số 178 Hà Huy Tập, TP Hà Tĩnh
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện năm 2024", "2024-01-01", "2024-12-31")
S = "khối lượng đường giao thông nông thôn cứng hóa"

FIGS = [
    F("cứng hóa 523,8 km đường giao thông nông thôn năm", "523,8", 523.8, "measure", "km", "đường giao thông nông thôn cứng hóa",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("cứng hóa 523,8 km đường giao thông nông thôn, vượt", "523,8", 523.8, "measure", "km",
      "đường giao thông nông thôn cứng hóa", Y24, change=CH("increase", 5.8, baseline="kế hoạch")),
    F("xây dựng 27 cầu", "27", 27, "count", "cầu dân sinh", "cầu dân sinh xây dựng", Y24),
    F("thực hiện 437,4 tỷ đồng", "437,4", 437.4e9, "money", "đồng", "tổng kinh phí thực hiện", Y24i),
    F("góp 162,7 tỷ đồng", "162,7", 162.7e9, "money", "đồng", "nhân dân đóng góp", Y24i, total=437.4e9, percent=37.2),
    F("3.870 hộ dân", "3.870", 3870, "count", "hộ dân", "hộ dân hiến đất", Y24i),
    F("hiến 215.400 m²", "215.400", 215400, "measure", "m²", "đất hộ dân hiến", Y24i),
    F("đạt 78,4 km", "78,4", 78.4, "measure", "km", S, Y24i, location="Cẩm Xuyên"),
    F("71,6 km", "71,6", 71.6, "measure", "km", S, Y24i, location="Can Lộc"),
    F("và 65,9 km", "65,9", 65.9, "measure", "km", S, Y24i, location="Thạch Hà"),
    F("định mức 190 tấn/km", "190", 190, "measure", "tấn/km", "định mức xi măng ngân sách tỉnh hỗ trợ đối với đường trục xã"),
]

for label, unit, kh, th, tl in ROWS:
    k = "count" if unit == "cầu" else "measure"
    FIGS.append(F(f"{unit}\n\n{kh}\n\n", kh, float(kh.replace(",", ".")), k, unit, f"{label} kế hoạch", KH, status="target"))
    FIGS.append(F(f"\n\n{th}\n\n{tl}", th, float(th.replace(",", ".")), k, unit, f"{label} thực hiện", TH))
    FIGS.append(F(f"{th}\n\n{tl}", tl, float(tl.replace(",", ".")), "percent", "%", f"Tỷ lệ thực hiện {label}", Y24i))

FIGS += [
    F("thêm 480 km", "480", 480, "measure", "km", "đường giao thông nông thôn cứng hóa thêm", Y25, status="target"),
    F("100% xã", "100", 100, "percent", "%", "xã có đường trục xã được cứng hóa", Y25, status="target"),
    F("ít nhất 2 cầu", "2", 2, "count", "cầu dân sinh", "cầu dân sinh mỗi huyện xây dựng", Y25, approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Tĩnh (province portal): GTNT năm 2024; 'Ngày cập nhật: 22/01/2025' without time.",
    "523,8 km 'vượt 5,8% kế hoạch' → change vs kế hoạch (523,8/495 = 1,058). 162,7 tỷ follows 'trong đó' after 437,4 tỷ → total, chiếm 37,2% → percent.",
    "'lần lượt đạt 78,4 km, 71,6 km và 65,9 km' → one figure per district in order (location = district).",
    "'định mức 190 tấn/km' is a rate (unit tấn/km), no period. One-cell-per-line table: 'Đơn vị tính' column gives each row's unit;",
    "'Kế hoạch năm 2024' cells are status target and 'Thực hiện năm 2024' cells actual, period from the column header (scored, as in h23);",
    "'Tỷ lệ thực hiện (%)' cells are percents, period from the text above (inherited). Same number in the text and a cell (27 cầu) = two figures.",
    "'Năm 2025, tỉnh phấn đấu …' → three targets; 'mỗi huyện … ít nhất 2 cầu' at_least, location Hà Tĩnh (a norm for every district).",
    "Distractors: Nghị quyết số 96/2019/NQ-HĐND, 'số 178 Hà Huy Tập', dateline, the years in the column headers.",
]

emit("p421-7", TEXT, COMMENTS, FIGS, published="2025-01-22", location="Hà Tĩnh")
