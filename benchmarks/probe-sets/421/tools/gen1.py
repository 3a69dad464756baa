from lib import F, P, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Quảng Ngãi
Trang chủ » Tin tức » Kinh tế - Xã hội

Quảng Ngãi: Người dân hiến hơn 126.000 m² đất làm đường giao thông nông thôn
Cập nhật: 18/10/2024 15:42 | Lượt xem: 1.937

(Cổng TTĐT) - Theo báo cáo của Sở Giao thông vận tải, 9 tháng năm 2024, toàn tỉnh Quảng Ngãi đã bê tông hóa được 312,6 km đường giao thông nông thôn, đạt 78,2% kế hoạch năm, tăng 14,5% so với cùng kỳ năm 2023. Trong đó, đường trục xã 86,4 km, đường thôn, xóm 171,9 km và đường nội đồng 54,3 km.

Tổng kinh phí thực hiện là 487 tỷ đồng, gồm ngân sách Trung ương và tỉnh 295,3 tỷ đồng (chiếm 60,6%), ngân sách huyện, xã 103,5 tỷ đồng và nhân dân đóng góp 88,2 tỷ đồng. Theo Nghị quyết số 05/2021/NQ-HĐND, ngân sách tỉnh hỗ trợ 100% xi măng cho các tuyến đường thôn, xóm; nhân dân góp cát, sỏi và ngày công.

Phong trào hiến đất làm đường tiếp tục lan tỏa: từ đầu năm đến nay, 2.415 hộ đã tự nguyện hiến hơn 126.000 m² đất, tháo dỡ gần 9.800 m tường rào, cổng ngõ. Giá trị đất hiến ước khoảng 41 tỷ đồng.

Dẫn đầu về khối lượng là các huyện Tư Nghĩa (46,8 km), Mộ Đức (41,3 km) và Bình Sơn (38,5 km). Huyện Sơn Tịnh có 617 hộ hiến đất, nhiều nhất tỉnh; riêng tuyến đường nối Quốc lộ 24B vào thôn 3, xã Tịnh Hiệp có 46 hộ hiến 5.300 m² đất.

Năm 2024, tỉnh phấn đấu bê tông hóa 400 km đường giao thông nông thôn; đến năm 2025, tỷ lệ đường trục thôn được cứng hóa đạt trên 95%. Tính đến 30/9/2024, tỷ lệ này đạt 89,7%.

Thông tin liên hệ: Sở Giao thông vận tải, số 52 Hùng Vương, TP Quảng Ngãi; ĐT: 0255.3822.416.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
DN = P("từ đầu năm đến nay", "2024-01-01", "2024-10-18")
DNi = P("từ đầu năm đến nay", "2024-01-01", "2024-10-18", inh=True)
KM = 312.6

FIGS = [
    F("hiến hơn 126.000 m² đất làm đường", "126.000", 126000, "measure", "m²", "đất người dân hiến làm đường giao thông nông thôn",
      DNi, approx="over"),
    F("bê tông hóa được 312,6 km", "312,6", 312.6, "measure", "km", "đường giao thông nông thôn bê tông hóa", N9,
      percent=78.2, change=CH("increase", 14.5, baseline="cùng kỳ năm 2023")),
    F("đường trục xã 86,4 km", "86,4", 86.4, "measure", "km", "đường trục xã bê tông hóa", N9i, total=KM),
    F("xóm 171,9 km", "171,9", 171.9, "measure", "km", "đường thôn, xóm bê tông hóa", N9i, total=KM),
    F("nội đồng 54,3 km", "54,3", 54.3, "measure", "km", "đường nội đồng bê tông hóa", N9i, total=KM),
    F("thực hiện là 487 tỷ đồng", "487", 487e9, "money", "đồng", "tổng kinh phí thực hiện", N9i),
    F("tỉnh 295,3 tỷ đồng", "295,3", 295.3e9, "money", "đồng", "ngân sách Trung ương và tỉnh", N9i, total=487e9, percent=60.6),
    F("xã 103,5 tỷ đồng", "103,5", 103.5e9, "money", "đồng", "ngân sách huyện, xã", N9i, total=487e9),
    F("đóng góp 88,2 tỷ đồng", "88,2", 88.2e9, "money", "đồng", "nhân dân đóng góp", N9i, total=487e9),
    F("hỗ trợ 100% xi măng", "100", 100, "percent", "%", "ngân sách tỉnh hỗ trợ xi măng cho các tuyến đường thôn, xóm"),
    F("2.415 hộ đã tự nguyện", "2.415", 2415, "count", "hộ", "hộ tự nguyện hiến đất", DN),
    F("hiến hơn 126.000 m² đất, tháo", "126.000", 126000, "measure", "m²", "đất hiến", DN, approx="over"),
    F("gần 9.800 m tường rào", "9.800", 9800, "measure", "m", "tường rào, cổng ngõ tháo dỡ", DN, approx="nearly"),
    F("ước khoảng 41 tỷ đồng", "41", 41e9, "money", "đồng", "giá trị đất hiến", DNi, approx="about", status="estimate"),
    F("Tư Nghĩa (46,8 km)", "46,8", 46.8, "measure", "km", "khối lượng đường bê tông hóa", N9i, location="Tư Nghĩa"),
    F("Mộ Đức (41,3 km)", "41,3", 41.3, "measure", "km", "khối lượng đường bê tông hóa", N9i, location="Mộ Đức"),
    F("Bình Sơn (38,5 km)", "38,5", 38.5, "measure", "km", "khối lượng đường bê tông hóa", N9i, location="Bình Sơn"),
    F("có 617 hộ hiến đất", "617", 617, "count", "hộ", "hộ hiến đất", DNi, location="Sơn Tịnh"),
    F("có 46 hộ hiến", "46", 46, "count", "hộ", "hộ hiến đất tuyến đường nối Quốc lộ 24B vào thôn 3, xã Tịnh Hiệp", DNi,
      location="Sơn Tịnh"),
    F("hiến 5.300 m² đất", "5.300", 5300, "measure", "m²", "đất hiến tuyến đường nối Quốc lộ 24B vào thôn 3, xã Tịnh Hiệp", DNi,
      location="Sơn Tịnh"),
    F("bê tông hóa 400 km", "400", 400, "measure", "km", "đường giao thông nông thôn bê tông hóa",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ đường trục thôn được cứng hóa",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
    F("đạt 89,7%", "89,7", 89.7, "percent", "%", "tỷ lệ đường trục thôn được cứng hóa",
      P("Tính đến 30/9/2024", None, "2024-09-30")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Ngãi: hiến đất, bê tông hóa đường GTNT 9 tháng năm 2024. 'Cập nhật: 18/10/2024 15:42 | Lượt xem: 1.937' (counter = furniture).",
    "'từ đầu năm đến nay' runs 2024-01-01 to the dateline. 312,6 km = 86,4 + 171,9 + 54,3 (Trong đó → total); 487 tỷ = 295,3 + 103,5 + 88,2 (gồm → total).",
    "The plan 400 km stands in its own later sentence: a target figure, not the 312,6 km's target attribute (78,2% is its percent).",
    "'hỗ trợ 100% xi măng' is a support rate stated as fact (cf. '60% tiền học phí'): a percent figure, no period.",
    "Communes/villages (xã Tịnh Hiệp, thôn 3) lie in Sơn Tịnh: location is the district. Distractors: Nghị quyết số 05/2021/NQ-HĐND, Quốc lộ 24B,",
    "thôn 3, số 52 Hùng Vương, phone 0255.3822.416, view counter, dateline.",
]

emit("p421-1", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Quảng Ngãi")
