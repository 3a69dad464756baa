from lib import F, P, write

A = """Nâng mức chuẩn trợ cấp ưu đãi người có công lên 2.789.000 đồng

Chính phủ vừa ban hành Nghị định số 77/2024/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 75/2021/NĐ-CP quy định mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi người có công với cách mạng.

Theo khoản 1 Điều 1 của Nghị định, mức chuẩn trợ cấp ưu đãi người có công được nâng từ 2.055.000 đồng lên 2.789.000 đồng, tăng 734.000 đồng, tương đương tăng 35,7%. Mức chuẩn mới được áp dụng từ ngày 1/7/2024.

Với mức chuẩn mới, tổng kinh phí thực hiện chế độ ưu đãi người có công năm 2024 ước khoảng 43,6 nghìn tỷ đồng, tăng khoảng 6.900 tỷ đồng so với năm 2023.

Theo Cục Người có công, hiện cả nước có hơn 9,2 triệu người có công với cách mạng đã được xác nhận; trong đó khoảng 1,16 triệu người đang hưởng trợ cấp ưu đãi hàng tháng, gồm gần 513.000 thân nhân liệt sĩ, hơn 270.000 thương binh và người hưởng chính sách như thương binh.

Tính đến tháng 6/2024, cả nước có 3.371 nghĩa trang liệt sĩ, hơn 3.000 đài tưởng niệm, nhà bia ghi tên liệt sĩ với khoảng 1,2 triệu mộ liệt sĩ; trong đó hơn 500.000 mộ chưa xác định được danh tính (chiếm khoảng 42%).

Giai đoạn 2021-2025, Bộ Lao động - Thương binh và Xã hội phấn đấu bảo đảm 100% người có công được hưởng đầy đủ, kịp thời các chế độ ưu đãi; 100% nghĩa trang liệt sĩ được tu bổ, chăm sóc thường xuyên; mỗi năm hỗ trợ cải thiện nhà ở cho từ 8.000 đến 10.000 hộ người có công.

Nguồn: Cục Người có công - Bộ Lao động - Thương binh và Xã hội
"""

T6 = P("Tính đến tháng 6/2024", None, "2024-06-30")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
figs = [
    F("công lên 2.789.000", "2.789.000", 2789000, "money", "đồng", "mức chuẩn trợ cấp ưu đãi người có công"),
    F("từ 2.055.000", "2.055.000", 2055000, "money", "đồng", "mức chuẩn trợ cấp ưu đãi người có công trước khi nâng"),
    F("đồng lên 2.789.000", "2.789.000", 2789000, "money", "đồng", "mức chuẩn trợ cấp ưu đãi người có công",
      change={"direction": "increase", "value": 734000, "unit": "đồng"}),
    F("tăng 35,7%", "35,7", 35.7, "percent", "%", "mức tăng mức chuẩn trợ cấp ưu đãi", optional=True),
    F("khoảng 43,6 nghìn tỷ", "43,6", 43.6e12, "money", "đồng", "tổng kinh phí thực hiện chế độ ưu đãi người có công",
      approx="about", status="estimate",
      change={"direction": "increase", "value": 6900e9, "unit": "đồng", "approx": "about", "baseline": "năm 2023"},
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("hơn 9,2 triệu", "9,2", 9.2e6, "count", "người có công", "người có công với cách mạng đã được xác nhận",
      approx="over"),
    F("khoảng 1,16 triệu", "1,16", 1.16e6, "count", "người", "người có công đang hưởng trợ cấp ưu đãi hàng tháng",
      approx="about", total=9.2e6),
    F("gần 513.000", "513.000", 513000, "count", "thân nhân liệt sĩ", "thân nhân liệt sĩ hưởng trợ cấp hàng tháng",
      approx="nearly", total=1.16e6),
    F("hơn 270.000", "270.000", 270000, "count", "thương binh",
      "thương binh và người hưởng chính sách như thương binh", approx="over", total=1.16e6),
    F("có 3.371 nghĩa trang", "3.371", 3371, "count", "nghĩa trang liệt sĩ", "nghĩa trang liệt sĩ", period=T6),
    F("hơn 3.000 đài", "3.000", 3000, "count", "đài tưởng niệm, nhà bia", "đài tưởng niệm, nhà bia ghi tên liệt sĩ",
      approx="over", period=T6),
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "mộ liệt sĩ", "mộ liệt sĩ", approx="about", period=T6),
    F("hơn 500.000 mộ", "500.000", 500000, "count", "mộ", "mộ chưa xác định được danh tính", approx="over",
      total=1.2e6, percent=42, period=T6),
    F("bảo đảm 100%", "100", 100, "percent", "%", "người có công được hưởng đầy đủ, kịp thời các chế độ ưu đãi",
      status="target", period=GD),
    F("; 100% nghĩa trang", "100", 100, "percent", "%", "nghĩa trang liệt sĩ được tu bổ, chăm sóc thường xuyên",
      status="target", period=GD),
    F("từ 8.000 đến 10.000", "8.000", 8000, "count", "hộ", "hộ người có công được hỗ trợ cải thiện nhà ở mỗi năm",
      value_max=10000, status="target", period=GD),
]
write(4, [
    "Ministry site (Bộ LĐ-TB&XH, molisa): new standard allowance level from 1/7/2024 and national figures. No dateline, no published.",
    "Distractors: 'Nghị định số 77/2024/NĐ-CP', 'Nghị định số 75/2021/NĐ-CP', 'khoản 1 Điều 1', 'từ ngày 1/7/2024' (date), 'một số điều'.",
    "'nâng từ 2.055.000 đồng lên 2.789.000 đồng': two money figures, not a range; 'tăng 734.000 đồng' is the change of the new level,",
    "'tương đương tăng 35,7%' a second change: an optional percent figure (FIGURES.md 'one of each attribute').",
    "'43,6 nghìn tỷ' = 43.6e12, 'ước khoảng' estimate + about. 'trong đó … gồm …' nests totals (9,2 triệu > 1,16 triệu > parts).",
    "'(chiếm khoảng 42%)' is the percent of 500.000. National figures: location Việt Nam. 'hiện' gives no period.",
], A, figs, location="Việt Nam")
