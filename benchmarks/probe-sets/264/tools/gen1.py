from lib import *

TEXT = """PC Thanh Hóa: Sản lượng điện thương phẩm 9 tháng năm 2024 tăng 11,6%
Cập nhật: 08/10/2024 15:20 | Lượt xem: 2.315

Theo Công ty Điện lực Thanh Hóa, 9 tháng năm 2024, sản lượng điện thương phẩm toàn tỉnh đạt 5.642,8 triệu kWh, tăng 11,6% so với cùng kỳ năm 2023, bằng 76,4% kế hoạch năm. Trong đó, thành phần công nghiệp - xây dựng đạt 3.918,5 triệu kWh, chiếm 69,4%; quản lý - tiêu dùng dân cư đạt 1.402,7 triệu kWh, chiếm 24,9%; thương mại - dịch vụ 186,3 triệu kWh; các thành phần còn lại 135,3 triệu kWh.

Giá bán điện bình quân đạt 1.998,45 đồng/kWh, tăng 62,3 đồng/kWh so với cùng kỳ. Doanh thu tiền điện ước đạt 11.276 tỷ đồng. Tỷ lệ tổn thất điện năng toàn công ty là 4,12%, giảm 0,35% so với cùng kỳ, thấp hơn 0,18% so với kế hoạch EVNNPC giao (4,30%).

Về độ tin cậy cung cấp điện, chỉ số SAIDI 9 tháng đạt 198,6 phút, giảm 21,4% so với cùng kỳ; SAIFI đạt 2,31 lần và MAIFI đạt 0,42 lần. Công ty đã thực hiện 1.146 lần sửa chữa điện nóng (hotline), tránh mất điện cho khoảng 285 nghìn lượt khách hàng.

Tính đến 30/9/2024, công ty quản lý, bán điện cho 1.286.540 khách hàng, trong đó 1.201.315 khách hàng sinh hoạt; 100% xã, phường, thị trấn có điện lưới quốc gia; tỷ lệ hộ dân sử dụng điện đạt 99,93%.

Quý IV/2024, công ty phấn đấu sản lượng điện thương phẩm đạt 1.780 triệu kWh, cả năm 2024 đạt khoảng 7.420 triệu kWh. Trong quý IV, công ty dự kiến đóng điện 12 công trình lưới điện 110 kV, trong đó có trạm biến áp Nghi Sơn 2.

Mọi yêu cầu về dịch vụ điện, khách hàng liên hệ Tổng đài chăm sóc khách hàng 1900 6769 hoặc trụ sở Công ty tại số 98 Triệu Quốc Đạt, phường Điện Biên, TP Thanh Hóa.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
AS = P("Tính đến 30/9/2024", None, "2024-09-30")
TOT = 5642800000
FIGS = [
    F("2024 tăng 11,6%\n", "11,6", 11.6, "percent", "%", "tăng trưởng sản lượng điện thương phẩm 9 tháng năm 2024", N9),
    F("đạt 5.642,8 triệu kWh", "5.642,8", TOT, "measure", "kWh", "sản lượng điện thương phẩm toàn tỉnh", N9,
      percent=76.4, change=CH("increase", 11.6, "%", "cùng kỳ năm 2023")),
    F("đạt 3.918,5 triệu kWh", "3.918,5", 3918500000, "measure", "kWh", "điện thương phẩm thành phần công nghiệp - xây dựng", N9i,
      total=TOT, percent=69.4),
    F("đạt 1.402,7 triệu kWh", "1.402,7", 1402700000, "measure", "kWh", "điện thương phẩm thành phần quản lý - tiêu dùng dân cư", N9i,
      total=TOT, percent=24.9),
    F("dịch vụ 186,3 triệu kWh", "186,3", 186300000, "measure", "kWh", "điện thương phẩm thành phần thương mại - dịch vụ", N9i, total=TOT),
    F("còn lại 135,3 triệu kWh", "135,3", 135300000, "measure", "kWh", "điện thương phẩm các thành phần còn lại", N9i, total=TOT),
    F("đạt 1.998,45 đồng/kWh", "1.998,45", 1998.45, "money", "đồng/kWh", "giá bán điện bình quân", N9i,
      change=CH("increase", 62.3, "đồng/kWh", "cùng kỳ")),
    F("ước đạt 11.276 tỷ đồng", "11.276", 11276000000000, "money", "đồng", "doanh thu tiền điện", N9i, status="estimate"),
    F("công ty là 4,12%", "4,12", 4.12, "percent", "%", "tỷ lệ tổn thất điện năng toàn công ty", N9i,
      change=CH("decrease", 0.35, "%", "cùng kỳ"), target=TG(4.30, "%", True)),
    F("thấp hơn 0,18%", "0,18", 0.18, "percent", "%", "tỷ lệ tổn thất điện năng thấp hơn kế hoạch", optional=True),
    F("đạt 198,6 phút", "198,6", 198.6, "measure", "phút", "chỉ số SAIDI", P("9 tháng", "2024-01-01", "2024-09-30"),
      change=CH("decrease", 21.4, "%", "cùng kỳ")),
    F("SAIFI đạt 2,31 lần", "2,31", 2.31, "measure", "lần", "SAIFI", P("9 tháng", "2024-01-01", "2024-09-30")),
    F("MAIFI đạt 0,42 lần", "0,42", 0.42, "measure", "lần", "MAIFI", P("9 tháng", "2024-01-01", "2024-09-30")),
    F("thực hiện 1.146 lần", "1.146", 1146, "count", "lần", "lần sửa chữa điện nóng (hotline)", N9i),
    F("khoảng 285 nghìn lượt", "285", 285000, "count", "lượt khách hàng", "lượt khách hàng tránh mất điện", N9i, approx="about"),
    F("cho 1.286.540 khách hàng", "1.286.540", 1286540, "count", "khách hàng", "khách hàng công ty quản lý, bán điện", AS),
    F("1.201.315 khách hàng sinh hoạt", "1.201.315", 1201315, "count", "khách hàng", "khách hàng sinh hoạt", AS, total=1286540),
    F("100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có điện lưới quốc gia", AS),
    F("đạt 99,93%", "99,93", 99.93, "percent", "%", "tỷ lệ hộ dân sử dụng điện", AS),
    F("đạt 1.780 triệu kWh", "1.780", 1780000000, "measure", "kWh", "sản lượng điện thương phẩm", P("Quý IV/2024", "2024-10-01", "2024-12-31"),
      status="target"),
    F("khoảng 7.420 triệu kWh", "7.420", 7420000000, "measure", "kWh", "sản lượng điện thương phẩm cả năm", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target", approx="about"),
    F("đóng điện 12 công trình", "12", 12, "count", "công trình", "công trình lưới điện 110 kV đóng điện", P("quý IV", "2024-10-01", "2024-12-31"),
      status="forecast"),
    F("lưới điện 110 kV, trong", "110", 110, "measure", "kV", optional=True),
]

build(1, TEXT, [
    "Cổng TTĐT tỉnh style (province portal): PC Thanh Hóa, 9 months of 2024 — commercial electricity, price, losses, SAIDI/SAIFI/MAIFI, customers, Q4 targets.",
    "Dateline 'Cập nhật: 08/10/2024 15:20 | Lượt xem: 2.315' (view counter = furniture). Distractors: hotline 1900 6769, address 'số 98 Triệu Quốc Đạt',",
    "substation name 'Nghi Sơn 2'; the voltage class '110 kV' in '12 công trình lưới điện 110 kV' is a label (optional).",
    "Headline growth '9 tháng năm 2024 tăng 11,6%' is a growth rate as the claim (percent, no change). Components after 'Trong đó' take total 5.642,8 triệu.",
    "'bằng 76,4% kế hoạch năm' = percent of the total. 4,12% losses: first change 'giảm 0,35%' is the attribute, the second gap 'thấp hơn 0,18%' is an optional",
    "figure of its own; '(4,30%)' after 'kế hoạch EVNNPC giao' is the target (met: losses below plan). SAIFI/MAIFI averages are measure/lần.",
    "'Tính đến 30/9/2024' governs the whole customer sentence (as-of). 'Quý IV/2024 … phấn đấu' = target; 'dự kiến' = forecast.",
], FIGS, published="2024-10-08", location="Thanh Hóa")
