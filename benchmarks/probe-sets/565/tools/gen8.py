from lib import *

TEXT = """Cổng thông tin điện tử xã Cẩm Nhượng - huyện Cẩm Xuyên - tỉnh Hà Tĩnh
Trang chủ » Tin tức » Hoạt động của xã

Xã Cẩm Nhượng diễn tập phòng, chống thiên tai năm 2024
Ngày đăng: 26/06/2024 - 16:05 | Lượt xem: 214

Sáng 25/6, Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã tổ chức diễn tập ứng phó bão mạnh kết hợp triều cường tại thôn Hải Đông. Tham gia diễn tập có 185 người thuộc các lực lượng dân quân, công an, đoàn thanh niên cùng 12 tàu thuyền và 2 xe ô tô.

Cẩm Nhượng có 6 thôn với 2.318 hộ, 8.940 nhân khẩu; trong đó 4 thôn ven biển với 1.560 hộ thường xuyên chịu ảnh hưởng của bão, nước dâng. Tuyến kè biển qua xã dài 2,7 km, được nâng cấp năm 2021 với kinh phí 68 tỷ đồng.

Năm 2023, xã thu Quỹ phòng, chống thiên tai được 92,6 triệu đồng, đạt 96,5% kế hoạch huyện giao. Mức đóng góp đối với người lao động là 10.000 đồng/người/năm. 6 tháng đầu năm 2024, xã đã thu được 48,3 triệu đồng, tăng 5,4% so với cùng kỳ.

Theo phương án năm 2024, khi có bão mạnh đổ bộ trực tiếp, xã dự kiến sơ tán 640 hộ với khoảng 2.100 người đến 9 điểm tránh trú an toàn, trong đó có 3 trường học. Ông Nguyễn Văn Tâm, Chủ tịch UBND xã cho biết, qua diễn tập, các lực lượng đã phối hợp nhịp nhàng; thời gian sơ tán dân tại thôn Hải Đông rút ngắn còn 45 phút.

Bộ phận Tiếp nhận và trả kết quả: ĐT 0239.3862.417 - Thôn Hải Trung, xã Cẩm Nhượng.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 185 người", "185", 185, "count", "người", "người tham gia diễn tập"),
    F("12 tàu thuyền", "12", 12, "count", "tàu thuyền", "tàu thuyền tham gia diễn tập"),
    F("2 xe ô tô", "2", 2, "count", "xe ô tô", "xe ô tô tham gia diễn tập"),
    F("có 6 thôn", "6", 6, "count", "thôn", "thôn của xã"),
    F("với 2.318 hộ", "2.318", 2318, "count", "hộ", "hộ của xã"),
    F("8.940 nhân khẩu", "8.940", 8940, "count", "nhân khẩu", "nhân khẩu của xã"),
    F("trong đó 4 thôn", "4", 4, "count", "thôn", "thôn ven biển", total=6),
    F("với 1.560 hộ", "1.560", 1560, "count", "hộ", "hộ thôn ven biển thường xuyên chịu ảnh hưởng của bão, nước dâng",
      total=2318),
    F("dài 2,7 km", "2,7", 2.7, "measure", "km", "tuyến kè biển qua xã"),
    F("kinh phí 68 tỷ đồng", "68", 68_000_000_000, "money", "đồng", "kinh phí nâng cấp tuyến kè biển",
      P("năm 2021", "2021-01-01", "2021-12-31")),
    F("được 92,6 triệu đồng", "92,6", 92_600_000, "money", "đồng", "Quỹ phòng, chống thiên tai xã thu được", Y23, percent=96.5),
    F("là 10.000 đồng/người/năm", "10.000", 10000, "money", "đồng/người/năm",
      "mức đóng góp Quỹ phòng, chống thiên tai đối với người lao động", I(Y23)),
    F("thu được 48,3 triệu đồng", "48,3", 48_300_000, "money", "đồng", "Quỹ phòng, chống thiên tai xã thu được", H1,
      change=CH("increase", 5.4, baseline="cùng kỳ")),
    F("sơ tán 640 hộ", "640", 640, "count", "hộ", "hộ dự kiến sơ tán khi có bão mạnh", Y24, status="forecast"),
    F("khoảng 2.100 người", "2.100", 2100, "count", "người", "người dự kiến sơ tán khi có bão mạnh", Y24,
      approx="about", status="forecast"),
    F("đến 9 điểm", "9", 9, "count", "điểm tránh trú", "điểm tránh trú an toàn", Y24, status="forecast"),
    F("có 3 trường học", "3", 3, "count", "trường học", "điểm tránh trú an toàn là trường học", Y24, total=9, status="forecast"),
    F("còn 45 phút", "45", 45, "measure", "phút", "thời gian sơ tán dân tại thôn Hải Đông qua diễn tập"),
]

COMMENTS = [
    "Commune portal (xã Cẩm Nhượng, huyện Cẩm Xuyên, Hà Tĩnh), 'Ngày đăng: 26/06/2024 - 16:05 | Lượt xem: 214': PCTT drill,",
    "commune households, sea dike, Quỹ PCTT collection, evacuation plan. Location: FIGURES.md names province, city or district",
    "as the levels, so commune figures take the district Cẩm Xuyên (choice).",
    "'trong đó 4 thôn ven biển với 1.560 hộ' gives two parts (of 6 thôn and of 2.318 hộ). 'dự kiến' governs the whole evacuation",
    "clause including the 'trong đó' part (forecast). Not figures: Lượt xem, dates 25/6, phone 0239.3862.417, thôn names.",
    "The rate 10.000 đồng/người/năm is money with its denominator in the unit.",
]

emit("p565-8", TEXT, COMMENTS, FIGS, published="2024-06-26", location="Cẩm Xuyên")
