from lib import F, P, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SÔNG LÔ - TỈNH VĨNH PHÚC

Tăng cường quản lý hoạt động khai thác cát, sỏi lòng sông
Ngày đăng: 12/04/2025

Quý I/2025, trên địa bàn huyện có 5 mỏ cát, sỏi lòng sông được cấp phép khai thác với tổng trữ lượng được phép khai thác khoảng 1,86 triệu m³, công suất từ 50.000 đến 120.000 m³/năm mỗi mỏ. Sản lượng cát, sỏi khai thác trong quý ước đạt 96.400 m³, bằng 23,1% kế hoạch năm và giảm 11,5% so với cùng kỳ năm 2024.

Năm 2024, UBND tỉnh đã tổ chức đấu giá quyền khai thác 2 mỏ cát tại xã Đức Bác và xã Cao Phong với tổng số tiền trúng đấu giá hơn 43,7 tỷ đồng, gấp 2,3 lần giá khởi điểm. Tiền cấp quyền khai thác khoáng sản của các mỏ trên địa bàn nộp ngân sách năm 2024 đạt 12,85 tỷ đồng.

Thực hiện Nghị định số 23/2020/NĐ-CP của Chính phủ về quản lý cát, sỏi lòng sông, từ đầu năm đến nay, lực lượng chức năng huyện đã phát hiện, xử lý 14 vụ khai thác, vận chuyển cát trái phép, tăng 3 vụ so với cùng kỳ; tạm giữ 6 phương tiện (gồm 4 tàu hút và 2 xe tải), xử phạt vi phạm hành chính 385 triệu đồng. Tuyến sông Lô qua huyện dài khoảng 34 km, có 9 bến bãi tập kết cát, sỏi được cấp phép, trong đó 3 bến đã hết hạn và đang làm thủ tục gia hạn.

Do nguồn cung hạn chế, giá cát xây tại các bãi trên địa bàn hiện ở mức 280.000-320.000 đồng/m³; cát vàng đổ bê tông khoảng 450.000 đồng/m³, tăng gần 15% so với cuối năm 2024.

Năm 2025, huyện phấn đấu 100% mỏ cát được lắp đặt trạm cân, camera giám sát và kết nối dữ liệu với Sở Tài nguyên và Môi trường; không để phát sinh điểm nóng về khai thác cát trái phép. Người dân phát hiện vi phạm xin phản ánh qua đường dây nóng 0211.3823.456 hoặc Phòng Tài nguyên và Môi trường huyện (tầng 2, trụ sở HĐND - UBND huyện, thị trấn Tam Sơn).

Phòng TN&MT huyện Sông Lô
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Q1b = P("trong quý", "2025-01-01", "2025-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YTD = P("từ đầu năm đến nay", "2025-01-01", "2025-04-12")
YTDi = P("từ đầu năm đến nay", "2025-01-01", "2025-04-12", inh=True)

FIGS = [
    F("có 5 mỏ", "5", 5, "count", "mỏ", "mỏ cát, sỏi lòng sông được cấp phép khai thác", Q1),
    F("khoảng 1,86 triệu m³", "1,86", 1860000, "measure", "m³", "tổng trữ lượng được phép khai thác", Q1, approx="about"),
    F("từ 50.000 đến 120.000 m³/năm", "50.000", 50000, "measure", "m³/năm", "công suất mỗi mỏ", Q1, value_max=120000),
    F("ước đạt 96.400 m³", "96.400", 96400, "measure", "m³", "sản lượng cát, sỏi khai thác", Q1b, status="estimate",
      percent=23.1, change=CH("decrease", 11.5, baseline="cùng kỳ năm 2024")),
    F("khai thác 2 mỏ cát", "2", 2, "count", "mỏ cát", "mỏ cát được đấu giá quyền khai thác", Y24),
    F("hơn 43,7 tỷ đồng", "43,7", 43700000000, "money", "đồng", "tổng số tiền trúng đấu giá", Y24, approx="over",
      change=CH("increase", 2.3, "lần", baseline="giá khởi điểm")),
    F("đạt 12,85 tỷ đồng", "12,85", 12850000000, "money", "đồng", "tiền cấp quyền khai thác khoáng sản nộp ngân sách",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("xử lý 14 vụ", "14", 14, "count", "vụ", "vụ khai thác, vận chuyển cát trái phép được phát hiện, xử lý", YTD,
      change=CH("increase", 3, "vụ", baseline="cùng kỳ")),
    F("tạm giữ 6 phương tiện", "6", 6, "count", "phương tiện", "phương tiện bị tạm giữ", YTD),
    F("gồm 4 tàu hút", "4", 4, "count", "tàu hút", "tàu hút bị tạm giữ", YTD, total=6),
    F("và 2 xe tải", "2", 2, "count", "xe tải", "xe tải bị tạm giữ", YTD, total=6),
    F("385 triệu đồng", "385", 385000000, "money", "đồng", "xử phạt vi phạm hành chính", YTD),
    F("khoảng 34 km", "34", 34, "measure", "km", "tuyến sông Lô qua huyện dài", approx="about"),
    F("có 9 bến bãi", "9", 9, "count", "bến bãi", "bến bãi tập kết cát, sỏi được cấp phép"),
    F("trong đó 3 bến", "3", 3, "count", "bến", "bến đã hết hạn", total=9),
    F("280.000-320.000 đồng/m³", "280.000", 280000, "money", "đồng/m³", "giá cát xây tại các bãi", value_max=320000),
    F("khoảng 450.000 đồng/m³", "450.000", 450000, "money", "đồng/m³", "giá cát vàng đổ bê tông", approx="about",
      change=CH("increase", 15, baseline="cuối năm 2024", approx="nearly")),
    F("phấn đấu 100% mỏ cát", "100", 100, "percent", "%", "mỏ cát được lắp đặt trạm cân, camera giám sát",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "District portal (huyện Sông Lô, Vĩnh Phúc): river sand and gravel mining, Q1/2025; auctions 2024; violations; sand prices; 2025 target.",
    "'Ngày đăng: 12/04/2025' (no time). Default location Sông Lô (district portal); communes Đức Bác, Cao Phong, thị trấn Tam Sơn lie inside it.",
    "'sông Lô' is the river (same name as the district). 'UBND tỉnh' auctions mines in the district: figures still describe Sông Lô.",
    "'bằng 23,1% kế hoạch năm và giảm 11,5% ...' -> percent + change of 96.400 m³ ('ước đạt' -> estimate; 'trong quý' = Q1/2025).",
    "'gấp 2,3 lần giá khởi điểm' is the change of 43,7 tỷ (lần). 'tăng 3 vụ so với cùng kỳ' is the change of 14 vụ (unit vụ).",
    "'(gồm 4 tàu hút và 2 xe tải)' is a bracketed breakdown that adds up to 6 -> total 6. 'trong đó 3 bến' -> total 9.",
    "'từ đầu năm đến nay' runs from 2025-01-01 to the dateline 2025-04-12. Length of river, landings: no period stated.",
    "'280.000-320.000 đồng/m³' -> range. 'tăng gần 15%' -> change with approx nearly. '100% mỏ cát' after 'phấn đấu' -> target.",
    "Distractors: 'Nghị định số 23/2020/NĐ-CP', phone 0211.3823.456, 'tầng 2', dateline, 'Quý I/2025' itself.",
]

emit("p302-4", TEXT, COMMENTS, FIGS, published="2025-04-12", location="Sông Lô")
