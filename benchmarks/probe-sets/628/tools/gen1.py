"""p628-1: Sơn La province portal — forest fires in Q1/2024, fire-risk area, PCCCR forces, forest cover."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Sơn La: Quý I/2024 xảy ra 7 vụ cháy rừng, thiệt hại 18,4 ha

Cập nhật: 05/04/2024 08:45 | Lượt xem: 1.362

Theo Chi cục Kiểm lâm tỉnh Sơn La, trong quý I/2024 trên địa bàn tỉnh đã xảy ra 7 vụ cháy rừng, diện tích rừng bị thiệt hại 18,4 ha, giảm 5 vụ và giảm 31,6 ha so với cùng kỳ năm 2023. Trong đó, huyện Mường La 3 vụ, Thuận Châu 2 vụ, Sông Mã 1 vụ và Bắc Yên 1 vụ.

Từ ngày 15/3/2024, cấp dự báo cháy rừng tại nhiều khu vực đã lên cấp IV và cấp V (cấp cực kỳ nguy hiểm). Hiện toàn tỉnh có khoảng 354.000 ha rừng có nguy cơ cháy cao, chiếm 48,7% tổng diện tích rừng.

Từ đầu năm 2024 đến nay, tỉnh đã kiện toàn 2.845 tổ, đội quần chúng bảo vệ rừng với hơn 31.000 thành viên; duy trì 126 chòi canh lửa, phát dọn 412 km đường băng cản lửa, đạt 103% kế hoạch. Tổng kinh phí bố trí cho công tác phòng cháy, chữa cháy rừng năm 2024 là 14,5 tỷ đồng, tăng 2,3 tỷ đồng so với năm 2023.

Ông Lò Văn Minh, Phó Chi cục trưởng Chi cục Kiểm lâm cho biết, tỷ lệ che phủ rừng của tỉnh năm 2023 đạt 46,1%; phấn đấu đến năm 2025 đạt 47%. Các huyện có tỷ lệ che phủ cao là Sốp Cộp (61,2%), Quỳnh Nhai (55,8%) và Mường La (52,4%).

Người dân khi phát hiện cháy rừng đề nghị báo ngay qua đường dây nóng 0212.3852.114 hoặc Trạm Kiểm lâm số 3, địa chỉ số 56 đường Tô Hiệu, TP Sơn La.

Bản quyền thuộc Cổng Thông tin điện tử tỉnh Sơn La. Ghi rõ nguồn khi phát hành lại thông tin từ website này."""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = P("trong quý I/2024", "2024-01-01", "2024-03-31")
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-04-05")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Quý I/2024 xảy ra 7 vụ", "7", 7, "count", "vụ", "vụ cháy rừng", Q1),
    F("thiệt hại 18,4 ha\n", "18,4", 18.4, "measure", "ha", "diện tích rừng bị thiệt hại do cháy", Q1),
    F("đã xảy ra 7 vụ cháy", "7", 7, "count", "vụ", "vụ cháy rừng", Q1b,
      change=CH("decrease", 5, "vụ", "cùng kỳ năm 2023")),
    F("thiệt hại 18,4 ha,", "18,4", 18.4, "measure", "ha", "diện tích rừng bị thiệt hại", Q1b,
      change=CH("decrease", 31.6, "ha", "cùng kỳ năm 2023")),
    F("Mường La 3 vụ", "3", 3, "count", "vụ", "vụ cháy rừng", I(Q1b), total=7, location="Mường La"),
    F("Thuận Châu 2 vụ", "2", 2, "count", "vụ", "vụ cháy rừng", I(Q1b), total=7, location="Thuận Châu"),
    F("Sông Mã 1 vụ", "1", 1, "count", "vụ", "vụ cháy rừng", I(Q1b), total=7, location="Sông Mã"),
    F("Bắc Yên 1 vụ", "1", 1, "count", "vụ", "vụ cháy rừng", I(Q1b), total=7, location="Bắc Yên"),
    F("khoảng 354.000 ha", "354.000", 354000, "measure", "ha", "rừng có nguy cơ cháy cao",
      approx="about", percent=48.7),
    F("kiện toàn 2.845 tổ", "2.845", 2845, "count", "tổ, đội", "tổ, đội quần chúng bảo vệ rừng", YTD),
    F("hơn 31.000 thành viên", "31.000", 31000, "count", "thành viên",
      "thành viên tổ, đội quần chúng bảo vệ rừng", YTD, approx="over"),
    F("duy trì 126 chòi", "126", 126, "count", "chòi canh lửa", "chòi canh lửa duy trì", YTD),
    F("phát dọn 412 km", "412", 412, "measure", "km", "đường băng cản lửa phát dọn", YTD, percent=103),
    F("là 14,5 tỷ đồng", "14,5", 14.5e9, "money", "đồng",
      "tổng kinh phí bố trí cho công tác phòng cháy, chữa cháy rừng", Y24,
      change=CH("increase", 2.3e9, "đồng", "năm 2023")),
    F("năm 2023 đạt 46,1%", "46,1", 46.1, "percent", "%", "tỷ lệ che phủ rừng của tỉnh", Y23),
    F("đạt 47%", "47", 47, "percent", "%", "tỷ lệ che phủ rừng của tỉnh", T25, status="target"),
    F("Sốp Cộp (61,2%)", "61,2", 61.2, "percent", "%", "tỷ lệ che phủ rừng", I(Y23), location="Sốp Cộp"),
    F("Quỳnh Nhai (55,8%)", "55,8", 55.8, "percent", "%", "tỷ lệ che phủ rừng", I(Y23), location="Quỳnh Nhai"),
    F("Mường La (52,4%)", "52,4", 52.4, "percent", "%", "tỷ lệ che phủ rừng", I(Y23), location="Mường La"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Sơn La (invented): cháy rừng quý I/2024, diện tích nguy cơ cháy cao, lực lượng PCCCR, tỷ lệ che phủ rừng.",
    "Breadcrumb; 'Cập nhật: 05/04/2024 08:45' is the dateline; 'Lượt xem: 1.362' is page furniture.",
    "Not figures: 'cấp IV và cấp V' (fire-danger levels, names like 'mức độ 3'), 'ngày 15/3/2024', phone 0212.3852.114,",
    "'Trạm Kiểm lâm số 3', address 'số 56 đường Tô Hiệu'.",
    "'giảm 5 vụ và giảm 31,6 ha': each change goes to the figure with its unit (7 vụ / 18,4 ha).",
    "District parts after 'Trong đó' add up to 7 vụ: total 7, location the district. The cover list has no part relation.",
    "'Từ đầu năm 2024 đến nay' ends at the dateline (like 'từ năm 2021 đến nay'). 'Hiện' gives no period.",
    "'phấn đấu đến năm 2025 đạt 47%' has its own period: a target figure, not the target attribute of 46,1% (2023).",
]

if __name__ == "__main__":
    emit("p628-1", TEXT, COMMENTS, FIGS, published="2024-04-05", location="Sơn La")
