"""p1050-5: Party newspaper (Báo Bạc Liêu), crab hatcheries of huyện Đông Hải, byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Nghề sản xuất cua giống ở Đông Hải vào mùa cao điểm

Những tháng đầu năm, các trại sản xuất cua giống ở huyện Đông Hải bước vào mùa cao điểm. Toàn huyện hiện có 58 trại cua giống, chiếm gần 40% số trại của toàn tỉnh, mỗi năm cung cấp khoảng 180 triệu con cua giống cho người nuôi trong và ngoài tỉnh.

Anh Lâm Văn Sáu, chủ trại cua giống ở ấp Gò Cát, xã Điền Hải, cho biết trại anh có 12 bể ương với tổng thể tích 150 m3. Mỗi đợt, trại cho đẻ từ 15 đến 20 con cua mẹ, sau khoảng 25 ngày ương thu được 350.000-400.000 con cua giống. Hiện giá cua giống tại trại từ 800 đến 1.200 đồng/con, tăng khoảng 200 đồng/con so với cùng kỳ năm 2023. Với tỷ lệ sống đạt 8-10%, mỗi đợt sản xuất trại anh Sáu lãi trên 150 triệu đồng.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, năm 2023 toàn huyện sản xuất được 192 triệu con cua giống, tăng 14% so với năm 2022. Tuy nhiên, chỉ có 23/58 trại đạt tiêu chuẩn cơ sở theo Luật Thủy sản 2017; nhiều trại còn nhỏ lẻ, thiếu vốn để đầu tư hệ thống xử lý nước.

Toàn tỉnh Bạc Liêu hiện có 146 trại cua giống, tập trung ở Đông Hải, Hòa Bình và thị xã Giá Rai. Dự kiến năm 2024, các trại trong huyện sẽ cung ứng khoảng 210 triệu con giống. Huyện đặt mục tiêu đến năm 2025 có 100% trại giống đạt tiêu chuẩn, đồng thời hình thành 2 chuỗi liên kết sản xuất - tiêu thụ cua giống với các hợp tác xã nuôi cua.

Ông Trần Văn Út, Phó Chủ tịch UBND huyện Đông Hải cho biết, huyện sẽ hỗ trợ lãi suất vay vốn cho các trại nâng cấp, mức vay tối đa 500 triệu đồng/trại.

THANH HƯƠNG

23/02/2024
"""

Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hiện có 58 trại", "58", 58, "count", "trại", "trại cua giống", percent=40),
    F("khoảng 180 triệu con", "180", 180e6, "count", "con cua giống", "cua giống cung cấp mỗi năm",
      approx="about"),
    F("có 12 bể ương", "12", 12, "count", "bể ương", "bể ương của trại anh Lâm Văn Sáu"),
    F("tổng thể tích 150 m3", "150", 150, "measure", "m3", "tổng thể tích bể ương của trại anh Lâm Văn Sáu"),
    F("từ 15 đến 20 con cua mẹ", "15", 15, "count", "con cua mẹ", "cua mẹ cho đẻ mỗi đợt", value_max=20),
    F("khoảng 25 ngày", "25", 25, "measure", "ngày", "thời gian ương cua giống", approx="about", optional=True),
    F("350.000-400.000 con", "350.000", 350000, "count", "con cua giống", "cua giống thu được mỗi đợt",
      value_max=400000),
    F("từ 800 đến 1.200 đồng/con", "800", 800, "money", "đồng/con", "giá cua giống tại trại", value_max=1200,
      change=C("increase", 200, "đồng/con", "cùng kỳ năm 2023", approx="about")),
    F("đạt 8-10%", "8", 8, "percent", "%", "tỷ lệ sống của cua giống", value_max=10),
    F("lãi trên 150 triệu đồng", "150", 150e6, "money", "đồng", "lãi mỗi đợt sản xuất của trại anh Sáu",
      approx="over"),
    F("sản xuất được 192 triệu con", "192", 192e6, "count", "con cua giống", "cua giống toàn huyện sản xuất được",
      change=C("increase", 14, "%", "năm 2022"), period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 23/58 trại", "23", 23, "count", "trại", "trại đạt tiêu chuẩn cơ sở", total=58),
    F("hiện có 146 trại", "146", 146, "count", "trại", "trại cua giống", location="Bạc Liêu"),
    F("khoảng 210 triệu con", "210", 210e6, "count", "con giống", "con giống các trại trong huyện cung ứng",
      approx="about", status="forecast", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 100% trại", "100", 100, "percent", "%", "tỷ lệ trại giống đạt tiêu chuẩn", status="target", period=Y25),
    F("hình thành 2 chuỗi", "2", 2, "count", "chuỗi liên kết", "chuỗi liên kết sản xuất - tiêu thụ cua giống",
      status="target", period=Y25),
    F("tối đa 500 triệu đồng/trại", "500", 500e6, "money", "đồng/trại", "mức vay tối đa được hỗ trợ lãi suất",
      approx="at_most"),
]

NOTES = [
    "Báo Bạc Liêu (Party paper): crab hatcheries in huyện Đông Hải; byline 'THANH HƯƠNG' and bare date 23/02/2024 at the end.",
    "Location: district Đông Hải; the province-wide 146 trại is Bạc Liêu.",
    "Not figures: 'Luật Thủy sản 2017', names 'Lâm Văn Sáu', 'Trần Văn Út', 'năm 2023' as a baseline, the date.",
    "'chiếm gần 40% số trại của toàn tỉnh' after 58 trại: percent 40 (approx 'gần' belongs to the share, not the count).",
    "'23/58 trại' → total 58. 'Dự kiến năm 2024' → forecast; 'đặt mục tiêu đến năm 2025' governs both clauses → target.",
    "'sau khoảng 25 ngày ương thu được …' is a duration that locates the harvest in time: optional, as the grow-out",
    "times '4-5 tháng' (p1050-2) and '25-30 ngày' (p1050-6). revised: was required in the first run (inconsistent).",
]

write("p1050-5", TEXT, FIGS, NOTES, published="2024-02-23", location="Đông Hải")
