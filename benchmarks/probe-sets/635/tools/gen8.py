from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỒ CHÍ MINH
Tin tức > Kinh tế > Điện - Nước

TP.HCM: Tiêu thụ điện lập đỉnh mới, bảo đảm cấp nước trong mùa nắng nóng
Ngày cập nhật 08/05/2024

Theo Tổng công ty Điện lực TP.HCM (EVNHCMC), ngày 6/5/2024, sản lượng điện tiêu thụ trên địa bàn thành phố đạt 104,6 triệu kWh, công suất đỉnh đạt 4.935 MW, lần lượt tăng 9,8% và 10,5% so với ngày cao nhất năm 2023.

Tính chung 4 tháng đầu năm, sản lượng điện thương phẩm toàn thành phố đạt 9,12 tỷ kWh, tăng 11,3% so với cùng kỳ năm 2023; trong đó thành phần quản lý - tiêu dùng dân cư chiếm 43,8%. Điện sinh hoạt là thành phần tăng cao nhất, tăng 15,2% so với cùng kỳ.

EVNHCMC khẳng định không thực hiện cắt điện luân phiên. Thời gian mất điện bình quân của khách hàng (SAIDI) 4 tháng chỉ 38,2 phút, giảm 21,6% so với cùng kỳ. Từ đầu năm đến nay, thành phố tiết kiệm được 215,4 triệu kWh, đạt 106,2% kế hoạch.

Về cấp nước, Tổng công ty Cấp nước Sài Gòn (SAWACO) đang cung cấp khoảng 2,65 triệu m3/ngày đêm, tăng 120.000 m3/ngày đêm so với mùa khô năm 2023. Tuy nhiên, tình trạng nước yếu, thiếu hụt cục bộ vẫn xảy ra tại 9 phường thuộc Quận 12 và quận Bình Tân, ảnh hưởng khoảng 6.800 hộ dân. SAWACO đã bố trí 15 xe bồn cấp nước miễn phí; dự kiến đến tháng 6/2024 hoàn thành tuyến ống cấp nước trên đường Nguyễn Ảnh Thủ dài 4,2 km, tăng áp lực cho khu vực.

Khách hàng cần hỗ trợ về điện liên hệ tổng đài 1900 545454, về nước liên hệ 1900 545425.
"""

D6 = P("ngày 6/5/2024", "2024-05-06", "2024-05-06")
M4 = P("4 tháng đầu năm", "2024-01-01", "2024-04-30")

FIGS = [
    F("đạt 104,6 triệu kWh", "104,6", 104600000, "measure", "kWh", "sản lượng điện tiêu thụ trên địa bàn thành phố", D6,
      change=CH("increase", 9.8, "%", "ngày cao nhất năm 2023")),
    F("đạt 4.935 MW", "4.935", 4935, "measure", "MW", "công suất đỉnh", D6,
      change=CH("increase", 10.5, "%", "ngày cao nhất năm 2023")),
    F("đạt 9,12 tỷ kWh", "9,12", 9120000000, "measure", "kWh", "sản lượng điện thương phẩm toàn thành phố", M4,
      change=CH("increase", 11.3, "%", "cùng kỳ năm 2023")),
    F("chiếm 43,8%", "43,8", 43.8, "percent", "%", "tỷ trọng thành phần quản lý - tiêu dùng dân cư", M4),
    F("tăng 15,2%", "15,2", 15.2, "percent", "%", "điện sinh hoạt", I(M4)),
    F("chỉ 38,2 phút", "38,2", 38.2, "measure", "phút", "thời gian mất điện bình quân của khách hàng (SAIDI)",
      P("4 tháng", "2024-01-01", "2024-04-30"), change=CH("decrease", 21.6, "%", "cùng kỳ")),
    F("được 215,4 triệu kWh", "215,4", 215400000, "measure", "kWh", "điện năng tiết kiệm",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-05-08"), percent=106.2),
    F("khoảng 2,65 triệu m3", "2,65", 2650000, "measure", "m3/ngày đêm", "nước SAWACO cung cấp", approx="about",
      change=CH("increase", 120000, "m3/ngày đêm", "mùa khô năm 2023")),
    F("tại 9 phường", "9", 9, "count", "phường", "phường thiếu hụt nước cục bộ"),
    F("khoảng 6.800 hộ", "6.800", 6800, "count", "hộ dân", "hộ dân bị ảnh hưởng do thiếu hụt nước", approx="about"),
    F("bố trí 15 xe bồn", "15", 15, "count", "xe bồn", "xe bồn cấp nước miễn phí"),
    F("dài 4,2 km", "4,2", 4.2, "measure", "km", "chiều dài tuyến ống cấp nước trên đường Nguyễn Ảnh Thủ",
      P("đến tháng 6/2024", None, "2024-06-30"), status="forecast"),
]

COMMENTS = [
    "City portal (TP. Hồ Chí Minh): breadcrumb, 'Ngày cập nhật 08/05/2024' (no time). Record consumption, savings, SAIDI and water supply.",
    "'lần lượt tăng 9,8% và 10,5%' → one change for each of the two figures before it. 'đạt 106,2% kế hoạch' → percent of 215,4 triệu kWh.",
    "'4 tháng đầu năm' takes 2024 from 'ngày 6/5/2024'; 'Từ đầu năm đến nay' ends at the dateline.",
    "'chiếm 43,8%' after 'trong đó' is a share with no base amount: a percent figure. 'Điện sinh hoạt … tăng 15,2%' is a growth rate as the claim.",
    "'9 phường thuộc Quận 12 và quận Bình Tân' spans two districts: location stays TP. Hồ Chí Minh.",
    "'dự kiến đến tháng 6/2024 hoàn thành tuyến ống … dài 4,2 km' → forecast, as-of end 2024-06-30.",
    "Distractors: 'Quận 12' (district name with a number), hotlines '1900 545454', '1900 545425', 'TP.HCM', 'năm 2023' baselines.",
]

emit("p635-8", TEXT, COMMENTS, FIGS, published="2024-05-08", location="Hồ Chí Minh")
