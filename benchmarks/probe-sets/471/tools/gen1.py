from lib import *

text = """Đấu giá quyền sử dụng đất tại huyện Đông Sơn: 52 lô đất có người trúng, thu về hơn 118 tỷ đồng
Cập nhật: 14/08/2024 09:25 | Lượt xem: 2.318

Ngày 12/8, Trung tâm Phát triển quỹ đất huyện Đông Sơn phối hợp với Công ty Đấu giá hợp danh Lam Sơn tổ chức phiên đấu giá quyền sử dụng đất ở tại mặt bằng quy hoạch số 1205/MBQH-UBND, xã Đông Khê.

Phiên đấu giá đưa ra 60 lô đất ở, tổng diện tích 6.845 m2, diện tích mỗi lô từ 100 đến 165 m2. Giá khởi điểm từ 8,5 triệu đồng/m2 đến 14 triệu đồng/m2 tùy vị trí. Có 417 hồ sơ đăng ký tham gia, tiền đặt trước thu được khoảng 21 tỷ đồng.

Kết quả, có 52/60 lô đất trúng đấu giá, đạt 86,7%; tổng số tiền trúng đấu giá đạt hơn 118 tỷ đồng, cao hơn 37,6 tỷ đồng so với tổng giá khởi điểm. Giá trúng đấu giá bình quân khoảng 16,2 triệu đồng/m2; lô LK-07 có giá trúng cao nhất, gấp 2,3 lần giá khởi điểm. 8 lô không có người tham gia sẽ được tổ chức đấu giá lại trong tháng 9.

Từ đầu năm đến nay, huyện Đông Sơn đã tổ chức 7 phiên đấu giá với 312 lô đất, thu ngân sách 604 tỷ đồng, đạt 75,5% kế hoạch năm 2024 (800 tỷ đồng). Trong đó, 248 lô đã được người trúng đấu giá nộp đủ tiền.

Toàn tỉnh Thanh Hóa, 7 tháng năm 2024 thu tiền sử dụng đất ước đạt 5.820 tỷ đồng, bằng 48,5% dự toán, giảm 12,3% so với cùng kỳ; trong đó TP Thanh Hóa ước thu 1.426 tỷ đồng, thị xã Nghi Sơn 612 tỷ đồng và huyện Quảng Xương 498 tỷ đồng.

Theo ông Lê Văn Tám, Giám đốc Trung tâm Phát triển quỹ đất huyện, thời gian tới đơn vị sẽ tiếp tục rà soát quỹ đất sạch để đưa ra đấu giá. Thông tin chi tiết xin liên hệ số điện thoại 0237.3690.156.

Minh Hà (Trung tâm PTQĐ Đông Sơn)"""

D = I("Ngày 12/8", "2024-08-12", "2024-08-12")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
M7 = P("7 tháng năm 2024", "2024-01-01", "2024-07-31")
figs = [
    F("Đông Sơn: 52 lô đất", "52", 52, "count", "lô đất", "lô đất có người trúng đấu giá", D),
    F("thu về hơn 118 tỷ đồng", "118", 118e9, "money", "đồng", "tiền thu về từ đấu giá quyền sử dụng đất", D, approx="over"),
    F("đưa ra 60 lô đất ở", "60", 60, "count", "lô đất", "lô đất ở đưa ra đấu giá", D),
    F("tổng diện tích 6.845 m2", "6.845", 6845, "measure", "m2", "tổng diện tích lô đất đưa ra đấu giá", D),
    F("từ 100 đến 165 m2", "100", 100, "measure", "m2", "diện tích mỗi lô", D, value_max=165),
    F("từ 8,5 triệu đồng/m2", "8,5", 8.5e6, "money", "đồng/m2", "giá khởi điểm", D, value_max=14e6),
    F("Có 417 hồ sơ", "417", 417, "count", "hồ sơ", "hồ sơ đăng ký tham gia đấu giá", D),
    F("khoảng 21 tỷ đồng", "21", 21e9, "money", "đồng", "tiền đặt trước thu được", D, approx="about"),
    F("có 52/60 lô đất", "52", 52, "count", "lô đất", "lô đất trúng đấu giá", D, total=60, percent=86.7),
    F("đạt hơn 118 tỷ đồng", "118", 118e9, "money", "đồng", "tổng số tiền trúng đấu giá", D, approx="over",
      change=C("increase", 37.6e9, "đồng", "tổng giá khởi điểm")),
    F("khoảng 16,2 triệu đồng/m2", "16,2", 16.2e6, "money", "đồng/m2", "giá trúng đấu giá bình quân", D, approx="about"),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "giá trúng cao nhất so với giá khởi điểm", D),
    F("8 lô không có", "8", 8, "count", "lô", "lô không có người tham gia", D),
    F("tổ chức 7 phiên", "7", 7, "count", "phiên", "phiên đấu giá", YTD),
    F("với 312 lô đất", "312", 312, "count", "lô đất", "lô đất đấu giá", YTD),
    F("thu ngân sách 604 tỷ đồng", "604", 604e9, "money", "đồng", "thu ngân sách từ đấu giá quyền sử dụng đất", YTD,
      percent=75.5, target=T(800e9, "đồng")),
    F("Trong đó, 248 lô", "248", 248, "count", "lô", "lô đã nộp đủ tiền trúng đấu giá",
      I("Từ đầu năm đến nay", "2024-01-01", "2024-08-14"), total=312),
    F("ước đạt 5.820 tỷ đồng", "5.820", 5820e9, "money", "đồng", "thu tiền sử dụng đất", M7, percent=48.5,
      change=C("decrease", 12.3, "%", "cùng kỳ"), status="estimate", location="Thanh Hóa"),
    F("ước thu 1.426 tỷ đồng", "1.426", 1426e9, "money", "đồng", "thu tiền sử dụng đất", M7, total=5820e9,
      status="estimate", location="TP Thanh Hóa"),
    F("Nghi Sơn 612 tỷ đồng", "612", 612e9, "money", "đồng", "thu tiền sử dụng đất", M7, total=5820e9,
      status="estimate", location="Nghi Sơn"),
    F("Quảng Xương 498 tỷ đồng", "498", 498e9, "money", "đồng", "thu tiền sử dụng đất", M7, total=5820e9,
      status="estimate", location="Quảng Xương"),
]
write(1, text, figs, [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): land-use-right auction in huyện Đông Sơn, 12/8/2024; district YTD; province 7 months.",
    "Dateline 'Cập nhật: 14/08/2024 09:25 | Lượt xem: 2.318' (view counter is page furniture).",
    "Distractors: 'mặt bằng quy hoạch số 1205/MBQH-UBND', lot code 'LK-07', 'Ngày 12/8', 'trong tháng 9', phone 0237.3690.156, person's name.",
    "Auction figures take the day 'Ngày 12/8' (2024-08-12) from the first sentence (inherited; title too).",
    "52/60 lô: total 60, percent 86,7. 118 tỷ: 'cao hơn 37,6 tỷ đồng so với tổng giá khởi điểm' is its change (đồng).",
    "'gấp 2,3 lần' stands alone as the claim (no base amount in its clause): multiple. '8 lô' has no part-of cue: no total.",
    "604 tỷ: percent 75,5 (đạt … kế hoạch) and target 800 tỷ (plan in brackets). 248 lô after 'Trong đó' is part of 312.",
    "Province sentence: 'ước đạt' makes 5.820 tỷ and the 'trong đó' list items (continuing clauses, 'ước thu') estimates; list items total 5.820 tỷ;",
    "'bằng 48,5% dự toán' is the percent, 'giảm 12,3% so với cùng kỳ' the change. Places in the list are the items' location.",
], published="2024-08-14", location="Đông Sơn")
