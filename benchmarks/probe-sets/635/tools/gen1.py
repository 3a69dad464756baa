from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Nắng nóng kéo dài, phụ tải điện Nghệ An lập đỉnh 1.150 MW

Cập nhật: 29/04/2024 16:20
Lượt xem: 3.582

Từ ngày 25/4 đến nay, trên địa bàn tỉnh Nghệ An xảy ra đợt nắng nóng gay gắt, nhiệt độ cao nhất phổ biến từ 38 đến 40 độ C, có nơi trên 41 độ C như huyện Tương Dương. Độ ẩm không khí thấp nhất 40-45%. Đây là đợt nắng nóng thứ 3 kể từ đầu năm.

Theo Công ty Điện lực Nghệ An, ngày 27/4/2024 công suất tiêu thụ đỉnh (Pmax) toàn tỉnh đạt 1.150 MW, tăng 14,2% so với cùng kỳ năm 2023. Sản lượng điện tiêu thụ ngày cao nhất đạt 22,6 triệu kWh, tăng 2,8 triệu kWh so với ngày cao nhất của tháng 3.

Tính chung 4 tháng đầu năm 2024, sản lượng điện thương phẩm ước đạt 2.315 triệu kWh, bằng 33,6% kế hoạch năm, tăng 11,7% so với cùng kỳ; trong đó điện cho quản lý, tiêu dùng dân cư đạt 1.076 triệu kWh, chiếm 46,5%.

Để bảo đảm cung ứng điện, ngành điện đã đóng điện 12 trạm biến áp phân phối mới, nâng công suất 35 trạm biến áp bị quá tải với tổng kinh phí gần 18,5 tỷ đồng; bố trí 650 cán bộ, công nhân trực vận hành 24/24 giờ tại các trạm 110 kV.

UBND tỉnh yêu cầu các cơ quan, công sở phấn đấu tiết kiệm tối thiểu 10% điện năng tiêu thụ so với cùng kỳ. Nhiệt độ điều hòa được cài đặt ở mức không thấp hơn 26 độ C. Khách hàng cần hỗ trợ liên hệ Trung tâm Chăm sóc khách hàng Điện lực miền Bắc theo số 19006769.

Văn Hải
"""

HOT = P("Từ ngày 25/4 đến nay", "2024-04-25", "2024-04-29")
D27 = P("ngày 27/4/2024", "2024-04-27", "2024-04-27")
M4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")

FIGS = [
    F("lập đỉnh 1.150 MW", "1.150", 1150, "measure", "MW", "phụ tải điện Nghệ An", I(D27)),
    F("từ 38 đến 40 độ C", "38", 38, "measure", "độ C", "nhiệt độ cao nhất phổ biến", HOT, value_max=40),
    F("trên 41 độ C", "41", 41, "measure", "độ C", "nhiệt độ cao nhất", HOT, approx="over",
      location="Tương Dương"),
    F("40-45%", "40", 40, "percent", "%", "độ ẩm không khí thấp nhất", I(HOT), value_max=45),
    F("đạt 1.150 MW", "1.150", 1150, "measure", "MW", "công suất tiêu thụ đỉnh (Pmax) toàn tỉnh", D27,
      change=CH("increase", 14.2, "%", "cùng kỳ năm 2023")),
    F("đạt 22,6 triệu kWh", "22,6", 22600000, "measure", "kWh", "sản lượng điện tiêu thụ ngày cao nhất",
      change=CH("increase", 2800000, "kWh", "ngày cao nhất của tháng 3")),
    F("ước đạt 2.315 triệu kWh", "2.315", 2315000000, "measure", "kWh", "sản lượng điện thương phẩm", M4,
      percent=33.6, change=CH("increase", 11.7, "%", "cùng kỳ"), status="estimate"),
    F("đạt 1.076 triệu kWh", "1.076", 1076000000, "measure", "kWh", "điện cho quản lý, tiêu dùng dân cư", M4,
      total=2315000000, percent=46.5, status="estimate"),
    F("đóng điện 12 trạm", "12", 12, "count", "trạm biến áp", "trạm biến áp phân phối mới đóng điện"),
    F("nâng công suất 35 trạm", "35", 35, "count", "trạm biến áp", "trạm biến áp bị quá tải được nâng công suất"),
    F("gần 18,5 tỷ đồng", "18,5", 18500000000, "money", "đồng", "tổng kinh phí đóng điện, nâng công suất trạm biến áp",
      approx="nearly"),
    F("bố trí 650 cán bộ", "650", 650, "count", "cán bộ, công nhân", "cán bộ, công nhân trực vận hành"),
    F("vận hành 24/24 giờ", "24", 24, "measure", "giờ", "thời gian trực vận hành", total=24, optional=True),
    F("tối thiểu 10%", "10", 10, "percent", "%", "tiết kiệm điện năng tiêu thụ của các cơ quan, công sở",
      approx="at_least", status="target"),
    F("không thấp hơn 26 độ C", "26", 26, "measure", "độ C", "nhiệt độ điều hòa cài đặt", approx="at_least"),
]

COMMENTS = [
    "Province portal (Nghệ An): breadcrumb, 'Cập nhật: 29/04/2024 16:20', 'Lượt xem: 3.582'. Heat wave from 25/4, Pmax, daily and 4-month consumption.",
    "'Từ ngày 25/4 đến nay' runs to the dateline. 'ngày 27/4/2024' is a one-day period for the Pmax. The headline Pmax inherits it.",
    "'có nơi trên 41 độ C như huyện Tương Dương' → location Tương Dương. 'bằng 33,6% kế hoạch năm' is the share of 2.315 triệu kWh.",
    "'trong đó … 1.076 triệu kWh, chiếm 46,5%' is a part of 2.315 triệu kWh (total), estimate status continues from 'ước đạt'.",
    "'24/24 giờ' (round the clock) is an idiom: optional. 'phấn đấu tiết kiệm tối thiểu 10%' → target, at_least; 'không thấp hơn 26 độ C' → at_least.",
    "Distractors: 'Lượt xem: 3.582', 'đợt nắng nóng thứ 3' (ordinal), 'trạm 110 kV' (voltage class), hotline 19006769, dates.",
]

emit("p635-1", TEXT, COMMENTS, FIGS, published="2024-04-29", location="Nghệ An")
