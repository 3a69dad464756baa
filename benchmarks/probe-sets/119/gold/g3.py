from gen import *
DR = P("Sáng 26/2", "2024-02-26", "2024-02-26", inherited=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-02-27")
NOWi = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-02-27", inherited=True)
figs = [
 F("có hơn 250 người", "250", 250, "count", "người", "người tham gia diễn tập", approx="over", period=DR),
 F("cùng 6 xe", "6", 6, "count", "xe chữa cháy", "xe chữa cháy tham gia diễn tập", period=DR),
 F("40 máy thổi gió", "40", 40, "count", "máy thổi gió", "máy thổi gió tham gia diễn tập", period=DR),
 F("15 máy cưa xăng", "15", 15, "count", "máy cưa xăng", "máy cưa xăng tham gia diễn tập", period=DR),
 F("khoảng 3 ha", "3", 3, "measure", "ha", "diện tích đám cháy giả định", approx="about", optional=True),
 F("Sau 45 phút", "45", 45, "measure", "phút", "thời gian khống chế đám cháy giả định", optional=True),
 F("đạt 62,8%", "62,8", 62.8, "percent", "%", "tỷ lệ che phủ rừng"),
 F("có 602.000 ha", "602.000", 602000, "measure", "ha", "diện tích đất có rừng"),
 F("khoảng 48.500 ha", "48.500", 48500, "measure", "ha", "diện tích rừng dễ cháy", approx="about", total=602000),
 F("xảy ra 7 vụ", "7", 7, "count", "vụ", "vụ cháy rừng", change=C("decrease", 5, "vụ", "năm 2022"), period=Y23),
 F("thiệt hại 19,6 ha", "19,6", 19.6, "measure", "ha", "diện tích rừng bị thiệt hại", period=Y23),
 F("tổ chức 38 cuộc", "38", 38, "count", "cuộc", "cuộc diễn tập cấp huyện, cấp xã", period=NOW),
 F("trên 4.600 lượt", "4.600", 4600, "count", "lượt người", "lượt người tham gia diễn tập", approx="over", period=NOW),
 F("215 km", "215", 215, "measure", "km", "đường băng cản lửa", period=NOW),
 F("tổ chức 9 cuộc", "9", 9, "count", "cuộc", "cuộc diễn tập", location="Sa Thầy", period=NOWi),
 F("Đăk Glei 7 cuộc", "7", 7, "count", "cuộc", "cuộc diễn tập", location="Đăk Glei", period=NOWi),
 F("có 1.245 tổ đội", "1.245", 1245, "count", "tổ đội", "tổ đội quần chúng bảo vệ rừng"),
 F("hơn 12.000 thành viên", "12.000", 12000, "count", "thành viên", "thành viên tổ đội quần chúng bảo vệ rừng", approx="over"),
 F("ít nhất 30%", "30", 30, "percent", "%", "giảm số vụ cháy rừng", approx="at_least", status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
 F("trên 5 ha", "5", 5, "measure", "ha", "cháy lớn", approx="over", status="target", optional=True),
]
write("p119-3.toml", """Báo Kon Tum (style): diễn tập PCCC rừng ngày 26/2/2024 tại TP Kon Tum; số liệu rừng, cháy rừng toàn tỉnh. Dateline 27/02/2024.
The drill happens in TP Kon Tum (same name as the province): location Kon Tum throughout, districts Sa Thầy, Đăk Glei in the list.
Scenario figures (3 ha, 45 phút) are of an assumed fire: optional. "cháy lớn trên 5 ha" is a threshold: optional.
Distractors: tiểu khu 412, 13 giờ, năm 2015, cấp IV/cấp V, 114, 24/24 giờ.""", "../articles/p119-3.txt", figs, published="2024-02-27", location="Kon Tum")
