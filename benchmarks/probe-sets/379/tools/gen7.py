from lib import F, P, C, T, emit

text = """Kinh doanh › Năng lượng
Thứ sáu, 12/7/2024, 15:20 (GMT+7)

Điện thương phẩm 6 tháng đầu năm tăng hơn 11%

Nhu cầu điện tăng mạnh trong mùa nắng nóng, song miền Bắc không phải tiết giảm điện như năm ngoái, theo EVN.

Tại hội nghị sơ kết sáng 11/7, Tập đoàn Điện lực Việt Nam (EVN) cho biết 6 tháng đầu năm 2024, sản lượng điện sản xuất và nhập khẩu toàn hệ thống đạt 149,5 tỷ kWh, tăng 12,5% so với cùng kỳ năm 2023. Điện thương phẩm đạt 133,6 tỷ kWh, tăng 11,2%; trong đó điện cho công nghiệp - xây dựng tăng 12,9%, quản lý và tiêu dùng dân cư tăng 10,3%.

Công suất tiêu thụ cực đại toàn hệ thống trong tháng 5/2024 lập kỷ lục 47.670 MW, cao hơn khoảng 8,5% so với đỉnh năm 2023. Trong 6 tháng, toàn Tập đoàn ghi nhận 2.180 vụ sự cố lưới điện phân phối, giảm 9,6%, chủ yếu ở khu vực nông thôn, miền núi. Giá trị đầu tư xây dựng thực hiện 6 tháng đạt 48.012 tỷ đồng, bằng 51% kế hoạch năm.

Tỷ lệ tổn thất điện năng 6 tháng ở mức 6,23%, giảm 0,31 điểm phần trăm. Thời gian mất điện bình quân của một khách hàng (SAIDI) là 178 phút, giảm 23,4% so với cùng kỳ. Tổng số khách hàng sử dụng điện của EVN đạt 31,2 triệu, trong đó khách hàng khu vực nông thôn khoảng 19,8 triệu, chiếm 63,5%.

Theo lãnh đạo EVN, đường dây 500 kV mạch 3 Quảng Trạch - Phố Nối dự kiến đóng điện vào cuối tháng 8, giúp tăng khả năng truyền tải ra miền Bắc. Tập đoàn cũng đang phối hợp triển khai Nghị định 80/2024/NĐ-CP về cơ chế mua bán điện trực tiếp.

EVN dự báo sản lượng điện thương phẩm cả năm 2024 khoảng 279,4 tỷ kWh, tăng 8,96% so với năm 2023; phấn đấu tỷ lệ tổn thất điện năng dưới 6,25%.

Anh Minh"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H1t = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = P("6 tháng", "2024-01-01", "2024-06-30")
M5 = P("tháng 5/2024", "2024-05-01", "2024-05-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("tăng hơn 11%", "11", 11, "percent", "%", "điện thương phẩm", H1t, approx="over"),
    F("đạt 149,5 tỷ kWh", "149,5", 149.5e9, "measure", "kWh", "sản lượng điện sản xuất và nhập khẩu toàn hệ thống", H1,
      change=C("increase", 12.5, "%", "cùng kỳ năm 2023")),
    F("đạt 133,6 tỷ kWh", "133,6", 133.6e9, "measure", "kWh", "điện thương phẩm", H1i, change=C("increase", 11.2, "%")),
    F("tăng 12,9%", "12,9", 12.9, "percent", "%", "điện cho công nghiệp - xây dựng", H1i),
    F("tăng 10,3%", "10,3", 10.3, "percent", "%", "điện cho quản lý và tiêu dùng dân cư", H1i),
    F("kỷ lục 47.670 MW", "47.670", 47670, "measure", "MW", "công suất tiêu thụ cực đại toàn hệ thống", M5,
      change=C("increase", 8.5, "%", "đỉnh năm 2023", approx="about")),
    F("ghi nhận 2.180 vụ", "2.180", 2180, "count", "vụ", "sự cố lưới điện phân phối", H1b,
      change=C("decrease", 9.6, "%")),
    F("đạt 48.012 tỷ đồng", "48.012", 48012e9, "money", "đồng", "giá trị đầu tư xây dựng thực hiện", P("6 tháng", "2024-01-01", "2024-06-30"),
      percent=51),
    F("dây 500 kV", "500", 500, "measure", "kV", optional=True),
    F("mức 6,23%", "6,23", 6.23, "percent", "%", "tỷ lệ tổn thất điện năng", H1b,
      change=C("decrease", 0.31, "điểm phần trăm")),
    F("là 178 phút", "178", 178, "measure", "phút", "thời gian mất điện bình quân của một khách hàng (SAIDI)", H1i,
      change=C("decrease", 23.4, "%", "cùng kỳ")),
    F("đạt 31,2 triệu", "31,2", 31.2e6, "count", "khách hàng", "tổng số khách hàng sử dụng điện của EVN"),
    F("khoảng 19,8 triệu", "19,8", 19.8e6, "count", "khách hàng", "khách hàng khu vực nông thôn",
      approx="about", total=31.2e6, percent=63.5),
    F("khoảng 279,4 tỷ kWh", "279,4", 279.4e9, "measure", "kWh", "sản lượng điện thương phẩm", Y24,
      approx="about", change=C("increase", 8.96, "%", "năm 2023"), status="forecast"),
    F("dưới 6,25%", "6,25", 6.25, "percent", "%", "tỷ lệ tổn thất điện năng", Y24, approx="under", status="target"),
]

emit("p379-7", text, [
    "National press (VnExpress-style): EVN sơ kết 6 tháng đầu năm 2024 — điện sản xuất, thương phẩm, Pmax, sự cố, tổn thất, SAIDI, khách hàng.",
    "Dateline 'Thứ sáu, 12/7/2024, 15:20 (GMT+7)'. National: location Việt Nam. Title '6 tháng đầu năm' takes 2024 (published); '6 tháng' in body takes 2024.",
    "Growth rates of components ('công nghiệp - xây dựng tăng 12,9%') are percent figures without change. '31,2 triệu' counts khách hàng (unit from the subject).",
    "'trong đó … khoảng 19,8 triệu, chiếm 63,5%' part of 31,2 triệu with share. 'EVN dự báo … khoảng 279,4 tỷ kWh' forecast; 'phấn đấu … dưới 6,25%' target.",
    "Distractors: '(GMT+7)', 'sáng 11/7', '500 kV mạch 3' (line name), 'cuối tháng 8', Nghị định 80/2024/NĐ-CP, 'năm ngoái'.",
], figs, published="2024-07-12", location="Việt Nam")
