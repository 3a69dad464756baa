from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Cứu thành công 63 người đuối nước tại các bãi tắm

Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.316

Từ đầu năm đến nay, lực lượng cứu hộ tại các bãi tắm trên địa bàn tỉnh Quảng Ninh đã cứu thành công 63 người gặp nạn, tăng 14 người so với cùng kỳ năm 2023; trong đó có 21 trẻ em dưới 16 tuổi.

Hiện toàn tỉnh có 27 bãi tắm được công nhận, đứng thứ 5 cả nước, bố trí 46 chòi cứu hộ với 152 nhân viên cứu hộ chuyên trách; trong đó TP Hạ Long có 18 chòi và 64 nhân viên tại các bãi tắm Bãi Cháy, Tuần Châu, Hòn Gai. Các bãi tắm ở Vân Đồn, Cô Tô và Trà Cổ (TP Móng Cái) lần lượt có 9, 6 và 8 chòi cứu hộ.

Trong quý II/2024, tỉnh đã trang bị bổ sung 520 phao tròn, 310 áo phao và 12 xuồng cứu hộ cho các bãi tắm. Hiện tổng số phao cứu sinh tại các bãi tắm là hơn 1.400 chiếc.

Kinh phí duy trì hoạt động cứu hộ năm 2024 ước đạt 9,6 tỷ đồng, tăng 12,5% so với năm 2023, trong đó ngân sách tỉnh hỗ trợ 3,2 tỷ đồng, phần còn lại do các doanh nghiệp khai thác bãi tắm đóng góp. Mức thù lao của nhân viên cứu hộ từ 6,5 đến 8 triệu đồng/người/tháng, cao hơn khoảng 1 triệu đồng so với năm trước.

Tuy vậy, trong 7 tháng đầu năm vẫn xảy ra 5 vụ đuối nước làm 6 người tử vong tại các bãi tắm tự phát, giảm 3 người so với cùng kỳ.

Theo Kế hoạch số 125/KH-UBND ngày 15/3/2024 của UBND tỉnh, đến năm 2025 phấn đấu có 100% bãi tắm tự phát được cắm biển cảnh báo và 100% chòi cứu hộ có ít nhất 2 nhân viên thường trực trong khung giờ từ 7 giờ đến 18 giờ hằng ngày.

Đường dây nóng cứu hộ bãi tắm: 0203.3835.115

Sở Văn hóa và Thể thao Quảng Ninh
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-12")
M7 = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Cứu thành công 63 người đuối nước", "63", 63, "count", "người",
      "người đuối nước được cứu thành công tại các bãi tắm", I(YTD)),
    F("cứu thành công 63 người gặp nạn", "63", 63, "count", "người",
      "người gặp nạn được lực lượng cứu hộ cứu thành công", YTD,
      change=C("increase", 14, "người", "cùng kỳ năm 2023")),
    F("có 21 trẻ em", "21", 21, "count", "trẻ em",
      "trẻ em dưới 16 tuổi được cứu", YTD, total=63),
    F("dưới 16 tuổi", "16", 16, "measure", "tuổi", "độ tuổi trẻ em", optional=True),
    F("có 27 bãi tắm", "27", 27, "count", "bãi tắm", "bãi tắm được công nhận"),
    F("đứng thứ 5 cả nước", "5", 5, "rank", "hạng", "số bãi tắm được công nhận"),
    F("bố trí 46 chòi cứu hộ", "46", 46, "count", "chòi cứu hộ", "chòi cứu hộ bố trí"),
    F("với 152 nhân viên", "152", 152, "count", "nhân viên cứu hộ", "nhân viên cứu hộ chuyên trách"),
    F("có 18 chòi", "18", 18, "count", "chòi", "chòi cứu hộ", total=46, location="Hạ Long"),
    F("và 64 nhân viên", "64", 64, "count", "nhân viên", "nhân viên cứu hộ", total=152, location="Hạ Long"),
    F("lần lượt có 9,", "9", 9, "count", "chòi cứu hộ", "chòi cứu hộ tại các bãi tắm", location="Vân Đồn"),
    F("9, 6 và", "6", 6, "count", "chòi cứu hộ", "chòi cứu hộ tại các bãi tắm", location="Cô Tô"),
    F("6 và 8 chòi", "8", 8, "count", "chòi cứu hộ", "chòi cứu hộ tại các bãi tắm", location="Móng Cái"),
    F("bổ sung 520 phao tròn", "520", 520, "count", "phao tròn", "phao tròn trang bị bổ sung", Q2),
    F("310 áo phao", "310", 310, "count", "áo phao", "áo phao trang bị bổ sung", Q2),
    F("12 xuồng cứu hộ", "12", 12, "count", "xuồng cứu hộ", "xuồng cứu hộ trang bị bổ sung", Q2),
    F("hơn 1.400 chiếc", "1.400", 1400, "count", "chiếc", "tổng số phao cứu sinh tại các bãi tắm",
      approx="over"),
    F("ước đạt 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "kinh phí duy trì hoạt động cứu hộ", Y24,
      change=C("increase", 12.5, "%", "năm 2023"), status="estimate"),
    F("hỗ trợ 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "ngân sách tỉnh hỗ trợ kinh phí cứu hộ", Y24,
      total=9.6e9, status="estimate"),
    F("từ 6,5 đến 8 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", "mức thù lao của nhân viên cứu hộ",
      value_max=8e6, change=C("increase", 1e6, "đồng", "năm trước", "about")),
    F("xảy ra 5 vụ đuối nước", "5", 5, "count", "vụ đuối nước", "vụ đuối nước tại các bãi tắm tự phát", M7),
    F("làm 6 người tử vong", "6", 6, "count", "người", "người tử vong do đuối nước tại các bãi tắm tự phát", M7,
      change=C("decrease", 3, "người", "cùng kỳ")),
    F("có 100% bãi tắm", "100", 100, "percent", "%", "bãi tắm tự phát được cắm biển cảnh báo", T25,
      status="target"),
    F("và 100% chòi", "100", 100, "percent", "%", "chòi cứu hộ có ít nhất 2 nhân viên thường trực", T25,
      status="target"),
    F("ít nhất 2 nhân viên", "2", 2, "count", "nhân viên", "nhân viên thường trực mỗi chòi cứu hộ", T25,
      approx="at_least", status="target", optional=True),
]

NOTES = [
    "Quảng Ninh province portal: lifeguard rescues from the start of 2024 to the update date, posts and lifeguards, equipment, budget, pay, deaths, 2025 targets.",
    "Headline 63 takes the body's 'Từ đầu năm đến nay' (inherited). 'Hiện' sentences carry no period. 'dưới 16 tuổi' and 'ít nhất 2 nhân viên' (the definition of the 100% target's category) are thresholds: optional.",
    "Hạ Long's 18 chòi / 64 nhân viên follow 'trong đó' after the province's 46 / 152: totals. The lần lượt list (Vân Đồn, Cô Tô, Móng Cái) gets no total.",
    "The pay range is current (no period); its 'cao hơn khoảng 1 triệu đồng so với năm trước' is a change of 1 000 000 đồng.",
    "Distractors: Lượt xem 2.316, Kế hoạch số 125/KH-UBND ngày 15/3/2024, 7 giờ / 18 giờ, hotline 0203.3835.115.",
]

write(1, TEXT, FIGS, NOTES, published="2024-08-12", location="Quảng Ninh")
