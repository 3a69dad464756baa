from lib import F, P, INH, CH, TG, emit

TEXT = """Thạch Hà giải quyết 87/126 cán bộ, công chức dôi dư sau sáp nhập xã

05/11/2024 - 14:02

(Báo Hà Tĩnh) - Sau 1 năm thực hiện sắp xếp đơn vị hành chính cấp xã theo Nghị quyết số 1251/NQ-UBTVQH15, huyện Thạch Hà giảm từ 31 xuống còn 22 đơn vị hành chính cấp xã. Tổng số cán bộ, công chức cấp xã dôi dư sau sắp xếp là 126 người, trong đó 71 cán bộ và 55 công chức.

Tính đến ngày 31/10/2024, huyện đã giải quyết 87/126 người dôi dư, đạt 69%, gồm: 38 người nghỉ hưu trước tuổi hoặc thôi việc, 29 người điều động về cơ quan cấp huyện và 20 người bố trí sang xã khác. Hiện còn 39 người dôi dư; huyện phấn đấu đến ngày 30/6/2025 giải quyết xong 100% số này.

Cùng với đó, số người hoạt động không chuyên trách cấp xã giảm 142 người; ở thôn, tổ dân phố giảm 310 người do sáp nhập 64 thôn thành 29 thôn.

Kinh phí chi trả chế độ cho người nghỉ hưu trước tuổi, thôi việc năm 2024 là 9,65 tỷ đồng, bình quân khoảng 254 triệu đồng/người. Mức phụ cấp của người hoạt động không chuyên trách sau sắp xếp bình quân 2,1 triệu đồng/người/tháng, tăng 16,7% so với trước.

Giai đoạn 2023-2025, toàn tỉnh Hà Tĩnh có 8 huyện, thị xã thực hiện sắp xếp đơn vị hành chính cấp xã, giảm 33 xã. Theo Sở Nội vụ, đến hết quý I/2025 các địa phương phải hoàn thành việc bố trí trụ sở, tài sản công dôi dư.

Minh Đức
"""

ASOF = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
P2325 = P("Giai đoạn 2023-2025", "2023-01-01", "2025-12-31")

FIGS = [
    F("giải quyết 87/126 cán bộ", "87", 87, "count", "cán bộ, công chức", "cán bộ, công chức dôi dư được giải quyết",
      INH(ASOF), total=126),
    F("từ 31 xuống", "31", 31, "count", "đơn vị hành chính cấp xã", "đơn vị hành chính cấp xã trước sắp xếp"),
    F("còn 22 đơn vị", "22", 22, "count", "đơn vị hành chính cấp xã", "đơn vị hành chính cấp xã sau sắp xếp"),
    F("là 126 người", "126", 126, "count", "người", "cán bộ, công chức cấp xã dôi dư sau sắp xếp"),
    F("trong đó 71 cán bộ", "71", 71, "count", "cán bộ", "cán bộ cấp xã dôi dư", total=126),
    F("và 55 công chức", "55", 55, "count", "công chức", "công chức cấp xã dôi dư", total=126),
    F("giải quyết 87/126 người", "87", 87, "count", "người", "người dôi dư đã giải quyết", ASOF,
      total=126, percent=69),
    F("38 người", "38", 38, "count", "người", "người nghỉ hưu trước tuổi hoặc thôi việc", ASOF, total=87),
    F("29 người", "29", 29, "count", "người", "người điều động về cơ quan cấp huyện", ASOF, total=87),
    F("và 20 người", "20", 20, "count", "người", "người bố trí sang xã khác", ASOF, total=87),
    F("còn 39 người", "39", 39, "count", "người", "người dôi dư còn lại"),
    F("xong 100% số", "100", 100, "percent", "%", "người dôi dư được giải quyết",
      P("đến ngày 30/6/2025", None, "2025-06-30"), status="target"),
    F("giảm 142 người", "142", 142, "count", "người", "người hoạt động không chuyên trách cấp xã giảm"),
    F("giảm 310 người", "310", 310, "count", "người", "người hoạt động không chuyên trách ở thôn, tổ dân phố giảm"),
    F("sáp nhập 64 thôn", "64", 64, "count", "thôn", "thôn sáp nhập"),
    F("thành 29 thôn", "29", 29, "count", "thôn", "thôn sau sáp nhập"),
    F("là 9,65 tỷ đồng", "9,65", 9.65e9, "money", "đồng",
      "kinh phí chi trả chế độ cho người nghỉ hưu trước tuổi, thôi việc", Y24),
    F("khoảng 254 triệu đồng/người", "254", 254e6, "money", "đồng/người", "kinh phí chi trả chế độ bình quân", Y24,
      approx="about"),
    F("bình quân 2,1 triệu", "2,1", 2.1e6, "money", "đồng/người/tháng",
      "mức phụ cấp của người hoạt động không chuyên trách sau sắp xếp",
      change=CH("increase", 16.7, baseline="trước")),
    F("có 8 huyện", "8", 8, "count", "huyện, thị xã", "huyện, thị xã thực hiện sắp xếp đơn vị hành chính cấp xã", P2325,
      location="Hà Tĩnh"),
    F("giảm 33 xã", "33", 33, "count", "xã", "xã giảm qua sắp xếp", P2325, location="Hà Tĩnh"),
]

COMMENTS = [
    "Báo Hà Tĩnh (provincial paper, '05/11/2024 - 14:02' dateline, '(Báo Hà Tĩnh)' tag, byline at end): huyện Thạch Hà sau sáp nhập xã.",
    "'Sau 1 năm', 'Nghị quyết số 1251/NQ-UBTVQH15', 'quý I/2025', dates are not figures. District figures: Thạch Hà; the last paragraph's provincial ones: Hà Tĩnh.",
    "71 + 55 = 126 ('trong đó'); 38 + 29 + 20 = 87 ('gồm:'), 87/126 → total 126, 'đạt 69%' its percent. Headline 87/126 inherits the as-of date.",
    "'giảm từ 31 xuống còn 22': two counts (no change value stated). 'giảm 142 người', 'giảm 310 người', 'giảm 33 xã' stand alone: counts.",
    "'Hiện còn 39' has no period; 'phấn đấu … 100%' → target ending 2025-06-30. 'tăng 16,7% so với trước' is the change of 2,1 triệu đồng/người/tháng.",
]

if __name__ == "__main__":
    emit("p608-8", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Thạch Hà")
