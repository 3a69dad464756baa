from lib import F, P, CH, emit

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH THANH HÓA
Trang chủ > Tin tức > Giao thông nông thôn

Năm 2023, Thanh Hóa huy động gần 1.150 tỷ đồng làm giao thông nông thôn
Ngày đăng: 12/03/2024 | Lượt xem: 864

Năm 2023, toàn tỉnh đã đầu tư xây dựng, nâng cấp 1.286 km đường giao thông nông thôn (gồm 214 km đường huyện, 463 km đường xã và 609 km đường thôn, bản) và 74 cầu dân sinh, với tổng nguồn lực huy động gần 1.150 tỷ đồng, tăng 12,3% so với năm 2022. Trong đó, vốn ngân sách nhà nước 642 tỷ đồng; vốn doanh nghiệp, nhà hảo tâm 118 tỷ đồng; nhân dân đóng góp bằng tiền, ngày công và hiến đất quy đổi khoảng 390 tỷ đồng, chiếm 33,9%. Suất đầu tư bình quân đường xã khoảng 1,6 tỷ đồng/km.

Huyện Thọ Xuân dẫn đầu với 126 km, tiếp đến là Triệu Sơn 104 km, Nông Cống 97 km. Tỷ lệ vốn do nhân dân đóng góp ở các huyện dao động từ 21% đến 42%, cao nhất là huyện Hoằng Hóa.

Theo Đề án phát triển giao thông nông thôn giai đoạn 2021-2025 ban hành kèm Quyết định số 4567/QĐ-UBND, tỉnh phấn đấu đến năm 2025 có 100% đường huyện và 98% đường xã được nhựa hóa, bê tông hóa. Cả giai đoạn, Đề án đặt chỉ tiêu xây dựng mới 350 cầu dân sinh. Giai đoạn 2021-2023, toàn tỉnh đã xây dựng 231 cầu, đạt 66% chỉ tiêu Đề án.

Năm 2024, Sở đặt chỉ tiêu cứng hóa 1.100 km đường giao thông nông thôn; tổng vốn cần huy động ước khoảng 1.000-1.200 tỷ đồng. Sở phấn đấu vốn nhân dân đóng góp chiếm không dưới 30% tổng vốn.

Phòng Quản lý kết cấu hạ tầng giao thông - Sở GTVT Thanh Hóa, số 9 Hạc Thành, TP Thanh Hóa. ĐT: 0237.3852.367
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
TOT = 1150e9

FIGS = [
    F("huy động gần 1.150 tỷ đồng làm", "1.150", TOT, "money", "đồng", "nguồn lực huy động làm giao thông nông thôn",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("nâng cấp 1.286 km", "1.286", 1286, "measure", "km", "đường giao thông nông thôn đầu tư xây dựng, nâng cấp", Y23),
    F("gồm 214 km", "214", 214, "measure", "km", "đường huyện", Y23, total=1286),
    F("463 km đường xã", "463", 463, "measure", "km", "đường xã", Y23, total=1286),
    F("609 km đường thôn", "609", 609, "measure", "km", "đường thôn, bản", Y23, total=1286),
    F("và 74 cầu dân sinh", "74", 74, "count", "cầu dân sinh", "cầu dân sinh đầu tư xây dựng", Y23),
    F("huy động gần 1.150 tỷ đồng, tăng", "1.150", TOT, "money", "đồng", "tổng nguồn lực huy động", Y23, approx="nearly",
      change=CH("increase", 12.3, baseline="năm 2022")),
    F("nước 642 tỷ đồng", "642", 642e9, "money", "đồng", "vốn ngân sách nhà nước", Y23i, total=TOT),
    F("tâm 118 tỷ đồng", "118", 118e9, "money", "đồng", "vốn doanh nghiệp, nhà hảo tâm", Y23i, total=TOT),
    F("khoảng 390 tỷ đồng", "390", 390e9, "money", "đồng", "nhân dân đóng góp bằng tiền, ngày công và hiến đất quy đổi", Y23i,
      approx="about", total=TOT, percent=33.9),
    F("khoảng 1,6 tỷ đồng/km", "1,6", 1.6e9, "money", "đồng/km", "suất đầu tư bình quân đường xã", Y23i, approx="about"),
    F("dẫn đầu với 126 km", "126", 126, "measure", "km", "đường giao thông nông thôn đầu tư xây dựng, nâng cấp", Y23i,
      location="Thọ Xuân"),
    F("Triệu Sơn 104 km", "104", 104, "measure", "km", "đường giao thông nông thôn đầu tư xây dựng, nâng cấp", Y23i,
      location="Triệu Sơn"),
    F("Nông Cống 97 km", "97", 97, "measure", "km", "đường giao thông nông thôn đầu tư xây dựng, nâng cấp", Y23i,
      location="Nông Cống"),
    F("từ 21% đến 42%", "21", 21, "percent", "%", "tỷ lệ vốn do nhân dân đóng góp ở các huyện", Y23i, value_max=42),
    F("có 100% đường huyện", "100", 100, "percent", "%", "đường huyện được nhựa hóa, bê tông hóa",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("và 98% đường xã", "98", 98, "percent", "%", "đường xã được nhựa hóa, bê tông hóa",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("xây dựng mới 350 cầu", "350", 350, "count", "cầu dân sinh", "cầu dân sinh xây dựng mới",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31", inh=True), status="target"),
    F("xây dựng 231 cầu", "231", 231, "count", "cầu", "cầu đã xây dựng",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31"), percent=66),
    F("cứng hóa 1.100 km", "1.100", 1100, "measure", "km", "đường giao thông nông thôn cứng hóa", Y24, status="target"),
    F("khoảng 1.000-1.200 tỷ đồng", "1.000", 1000e9, "money", "đồng", "tổng vốn cần huy động", Y24, value_max=1200e9,
      approx="about", status="estimate"),
    F("không dưới 30%", "30", 30, "percent", "%", "vốn nhân dân đóng góp", Y24i, approx="at_least", status="target"),
]

COMMENTS = [
    "Sở GTVT Thanh Hóa (department site): GTNT năm 2023. 'Ngày đăng: 12/03/2024 | Lượt xem: 864' (counter = furniture).",
    "The body says only 'toàn tỉnh'; Thanh Hóa is named in the title and the footer: location Thanh Hóa.",
    "Bracketed breakdown 214 + 463 + 609 = 1.286 km (gồm → total); 'Trong đó' sentence 642 + 118 + 390 = 1.150 tỷ → total; 390 carries chiếm 33,9%.",
    "'dao động từ 21% đến 42%, cao nhất là huyện Hoằng Hóa' is a range over the districts: location stays Thanh Hóa.",
    "'đến năm 2025' (targets) → end 2025-12-31; 350 cầu: 'Cả giai đoạn' refers back to 'giai đoạn 2021-2025' (inherited).",
    "231 cầu 'đạt 66% chỉ tiêu Đề án': percent 66; the 350 is its own figure in another sentence, no target attribute.",
    "'ước khoảng 1.000-1.200 tỷ' → estimate range; 'phấn đấu … không dưới 30%' → target, at_least (year from the previous sentence, inherited).",
    "Distractors: Quyết định số 4567/QĐ-UBND, 'giai đoạn 2021-2025' in the Đề án's name, 'số 9 Hạc Thành', phone, counter, dateline.",
]

emit("p421-5", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Thanh Hóa")
