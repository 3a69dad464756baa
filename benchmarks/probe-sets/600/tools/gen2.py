from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU
Kinh tế > Nông - Lâm - Ngư nghiệp

Quỳnh Lưu: Tàu cá vỏ thép, vỏ composite tăng lên 37 chiếc

Thứ Năm, 21/03/2024 - 09:30

Tính đến ngày 15/3/2024, toàn huyện có 1.184 tàu cá đã đăng ký, tổng công suất 182.650 CV; trong đó tàu có chiều dài từ 15 m trở lên là 402 chiếc, tàu từ 12 m đến dưới 15 m là 298 chiếc, còn lại là tàu dưới 12 m. Số tàu vỏ thép và vỏ composite đạt 37 chiếc, tăng 9 chiếc so với cuối năm 2022.

Trên địa bàn hiện có 14 cơ sở đóng mới, sửa chữa tàu cá, tập trung tại các xã Sơn Hải (6 cơ sở), Quỳnh Long (5 cơ sở) và Tiến Thủy (3 cơ sở), thu hút gần 700 lao động. Năm 2023, các cơ sở đã đóng mới 46 tàu cá, sửa chữa, nâng cấp 812 lượt tàu; doanh thu đạt khoảng 165 tỷ đồng.

Cũng trong năm 2023, huyện đã giải ngân 28,6 tỷ đồng hỗ trợ ngư dân đóng mới, cải hoán tàu theo chính sách của tỉnh, bình quân 350 triệu đồng/tàu. Hai cơ sở đóng tàu vỏ composite được cấp giấy chứng nhận đủ điều kiện. 100% tàu cá từ 15 m trở lên đã lắp thiết bị giám sát hành trình (VMS).

Kế hoạch năm 2024, huyện phấn đấu đóng mới 50 tàu, trong đó 12 tàu vỏ thép; giảm dần số tàu dưới 12 m khai thác vùng bờ, đến năm 2025 còn dưới 300 chiếc.

Hồ Văn Minh (Trung tâm Văn hóa - Thông tin và Truyền thông huyện)

Địa chỉ: Khối 3, thị trấn Cầu Giát, huyện Quỳnh Lưu, tỉnh Nghệ An. ĐT: 0238.3864.110
"""

ASOF = P("Tính đến ngày 15/3/2024", None, "2024-03-15")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tăng lên 37 chiếc", "37", 37, "count", "chiếc", "tàu cá vỏ thép, vỏ composite"),
    F("có 1.184 tàu cá", "1.184", 1184, "count", "tàu cá", "tàu cá đã đăng ký", ASOF),
    F("182.650 CV", "182.650", 182650, "measure", "CV", "tổng công suất tàu cá", ASOF),
    F("từ 15 m trở lên là", "15", 15, "measure", "m", optional=True),
    F("là 402 chiếc", "402", 402, "count", "chiếc", "tàu có chiều dài từ 15 m trở lên", ASOF, total=1184),
    F("từ 12 m đến dưới 15 m là", "12", 12, "measure", "m", value_max=15, optional=True),
    F("là 298 chiếc", "298", 298, "count", "chiếc", "tàu từ 12 m đến dưới 15 m", ASOF, total=1184),
    F("tàu dưới 12 m.", "12", 12, "measure", "m", approx="under", optional=True),
    F("đạt 37 chiếc", "37", 37, "count", "chiếc", "tàu vỏ thép và vỏ composite", I(ASOF),
      change=CH("increase", 9, "chiếc", "cuối năm 2022")),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở đóng mới, sửa chữa tàu cá"),
    F("Sơn Hải (6 cơ sở)", "6", 6, "count", "cơ sở", "cơ sở đóng mới, sửa chữa tàu cá xã Sơn Hải", total=14),
    F("Quỳnh Long (5 cơ sở)", "5", 5, "count", "cơ sở", "cơ sở đóng mới, sửa chữa tàu cá xã Quỳnh Long", total=14),
    F("Tiến Thủy (3 cơ sở)", "3", 3, "count", "cơ sở", "cơ sở đóng mới, sửa chữa tàu cá xã Tiến Thủy", total=14),
    F("gần 700 lao động", "700", 700, "count", "lao động", "lao động tại cơ sở đóng mới, sửa chữa tàu cá", approx="nearly"),
    F("đóng mới 46 tàu cá", "46", 46, "count", "tàu cá", "tàu cá đóng mới", Y23),
    F("nâng cấp 812 lượt tàu", "812", 812, "count", "lượt tàu", "lượt tàu sửa chữa, nâng cấp", Y23),
    F("khoảng 165 tỷ đồng", "165", 165e9, "money", "đồng", "doanh thu của các cơ sở đóng, sửa chữa tàu cá", Y23, approx="about"),
    F("giải ngân 28,6 tỷ đồng", "28,6", 28.6e9, "money", "đồng", "vốn hỗ trợ ngư dân đóng mới, cải hoán tàu giải ngân", Y23b),
    F("350 triệu đồng/tàu", "350", 350e6, "money", "đồng/tàu", "mức hỗ trợ bình quân", Y23b),
    F("Hai cơ sở", "Hai", 2, "count", "cơ sở", "cơ sở đóng tàu vỏ composite được cấp giấy chứng nhận đủ điều kiện", I(Y23b)),
    F("100% tàu cá", "100", 100, "percent", "%", "tàu cá từ 15 m trở lên đã lắp thiết bị giám sát hành trình (VMS)"),
    F("tàu cá từ 15 m trở lên đã", "15", 15, "measure", "m", optional=True),
    F("đóng mới 50 tàu", "50", 50, "count", "tàu", "tàu đóng mới", Y24, status="target"),
    F("12 tàu vỏ thép", "12", 12, "count", "tàu", "tàu vỏ thép đóng mới", Y24, total=50, status="target"),
    F("số tàu dưới 12 m khai thác", "12", 12, "measure", "m", approx="under", optional=True),
    F("dưới 300 chiếc", "300", 300, "count", "chiếc", "tàu dưới 12 m khai thác vùng bờ",
      P("đến năm 2025", None, "2025-12-31"), approx="under", status="target"),
]

COMMENTS = [
    "District portal (huyện Quỳnh Lưu, Nghệ An): fishing fleet as of 15/3/2024, boatyards, 2023 results, 2024 plan. Byline at the end.",
    "Length thresholds (15 m, 12 m) are classes, not claims: optional measure figures (cf. 469 'quy mô từ 5 ha trở lên').",
    "Boatyard communes in brackets add up to 14: each is a part with total 14. A commune is not a province/city/district, so it names the",
    "subject (like a company) and the location stays Quỳnh Lưu (revised after the first run: the first gold put the commune in location).",
    "'Hai cơ sở' is a number word. '100%' stands alone, no period. Distractors: Khối 3, phone, dateline, Trung tâm name.",
    "The headline figure has no period. 37 chiếc in the body inherits the as-of date of the previous sentence.",
]

emit("p600-2", TEXT, COMMENTS, FIGS, published="2024-03-21", location="Quỳnh Lưu")
