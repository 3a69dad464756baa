from gen import *
FL = P("từ ngày 13 đến 16/11/2023", "2023-11-13", "2023-11-16")
FLi = P("từ ngày 13 đến 16/11/2023", "2023-11-13", "2023-11-16", inherited=True)
figs = [
 F("mưa lũ ước tính hơn 215", "215", 215e9, "money", "đồng", "thiệt hại do mưa lũ", approx="over", status="estimate"),
 F("làm 3 người chết", "3", 3, "count", "người", "người chết do mưa lũ", period=FL),
 F("5 người bị thương", "5", 5, "count", "người", "người bị thương do mưa lũ", period=FL),
 F("tài sản ước tính hơn 215", "215", 215e9, "money", "đồng", "tổng thiệt hại về tài sản", approx="over", status="estimate", period=FLi),
 F("có 6.842 nhà", "6.842", 6842, "count", "nhà", "nhà bị ngập", period=FLi),
 F("1.120 nhà ngập sâu", "1.120", 1120, "count", "nhà", "nhà ngập sâu", total=6842, period=FLi),
 F("từ 1 đến 1,5 m", "1", 1, "measure", "m", "độ ngập sâu của nhà", value_max=1.5, period=FLi),
 F("37 nhà bị tốc mái", "37", 37, "count", "nhà", "nhà bị tốc mái, hư hỏng", period=FLi),
 F("với 3.510 nhà", "3.510", 3510, "count", "nhà", "nhà bị ngập", percent=51.3, location="Lệ Thủy", period=FLi),
 F("có 1.946 nhà", "1.946", 1946, "count", "nhà", "nhà bị ngập", location="Quảng Ninh", period=FLi),
 F("có 2.350 ha", "2.350", 2350, "measure", "ha", "diện tích lúa và hoa màu bị ngập úng", period=FLi),
 F("khoảng 410 ha", "410", 410, "measure", "ha", "diện tích lúa và hoa màu mất trắng", approx="about", total=2350, period=FLi),
 F("126 ha nuôi", "126", 126, "measure", "ha", "diện tích nuôi trồng thủy sản bị thiệt hại", period=FLi),
 F("gần 18.000 con", "18.000", 18000, "count", "con", "gia cầm bị chết, cuốn trôi", approx="nearly", period=FLi),
 F("14 tàu cá bị chìm", "14", 14, "count", "tàu cá", "tàu cá bị chìm", period=FLi),
 F("9 chiếc bị sóng", "9", 9, "count", "chiếc", "tàu cá bị sóng đánh hư hỏng", period=FLi),
 F("2 tàu cá có công suất", "2", 2, "count", "tàu cá", "tàu cá bị trôi dạt ra biển", period=FLi),
 F("trên 90 CV", "90", 90, "measure", "CV", "công suất tàu cá", approx="over", optional=True),
 F("dự phòng 5 tỷ đồng", "5", 5e9, "money", "đồng", "ngân sách dự phòng hỗ trợ khẩn cấp"),
 F("hơn 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "tiền ủng hộ Ủy ban MTTQ Việt Nam tỉnh tiếp nhận", approx="over"),
 F("trao 1.500 suất quà", "1.500", 1500, "count", "suất quà", "suất quà Hội Chữ thập đỏ tỉnh trao"),
 F("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng", "trị giá mỗi suất quà"),
 F("khoảng 1.200 lượt", "1.200", 1200, "count", "lượt", "lượt cán bộ, chiến sĩ lực lượng vũ trang được huy động", approx="about"),
 F("di dời 2.815 hộ", "2.815", 2815, "count", "hộ", "hộ được di dời đến nơi an toàn"),
 F("với 9.430 nhân khẩu", "9.430", 9430, "count", "nhân khẩu", "nhân khẩu được di dời đến nơi an toàn"),
 F("khôi phục 100% diện tích", "100", 100, "percent", "%", "diện tích hoa màu bị ngập được khôi phục", status="target", period=P("đến hết tháng 12/2023", None, "2023-12-31")),
 F("khoảng 20 tấn", "20", 20, "measure", "tấn", "giống rau hỗ trợ cho nông dân", approx="about", status="target", period=P("đến hết tháng 12/2023", None, "2023-12-31")),
]
write("p119-1.toml", """Báo Quảng Bình (BQB): thiệt hại đợt mưa lũ 13-16/11/2023 (nhà ở, nông nghiệp, tàu thuyền) và cứu trợ. Dateline 18/11/2023.
Flood period stated once in the first paragraph; damage figures elsewhere inherit it. Relief figures have no period.
Quảng Ninh here is a district of Quảng Bình. Distractors: 13-16/11/2023, QB-91234-TS, phone 0232.3824.187, tháng 12/2023.
"trên 90 CV" is a qualifier of the boats (optional).""", "../articles/p119-1.txt", figs, published="2023-11-18", location="Quảng Bình")
