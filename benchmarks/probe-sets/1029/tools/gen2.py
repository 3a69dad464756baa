from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NÔNG SƠN
Trang chủ / Tin tức - Sự kiện / Nông - Lâm nghiệp

Đàn voi rừng liên tục về phá hoại hoa màu ở Quế Lâm
Thứ Hai, 14/08/2023 - 10:20

Từ đầu năm đến nay, đàn voi rừng gồm 11 cá thể đã 37 lần xuống khu vực sản xuất của người dân thôn Trung Hạ và thôn Đại Bình, xã Quế Lâm, huyện Nông Sơn (tỉnh Quảng Nam). Theo thống kê của UBND xã, voi đã phá hoại 12,6 ha keo, 3,2 ha lúa và gần 800 bụi chuối của 52 hộ dân; riêng tháng 7/2023 voi về 14 lần, nhiều nhất từ trước đến nay. Ước tính tổng giá trị thiệt hại khoảng 1,15 tỷ đồng, tăng gần 40% so với cả năm 2022.

Huyện đã chỉ đạo thành lập 6 tổ xung kích với 48 thành viên luân phiên trực đêm, dùng đèn pha, chiêng trống để xua voi về rừng. Năm 2023, huyện bố trí 2,9 tỷ đồng làm 3,8 km hàng rào điện năng lượng mặt trời bao quanh khu sản xuất thôn Trung Hạ, giáp Tỉnh lộ 611; đến nay đã thi công được 2,4 km, đạt 63%. Dự kiến trong quý IV/2023 sẽ hoàn thành phần còn lại.

Về hỗ trợ, theo Quyết định số 1540/QĐ-UBND của UBND tỉnh Quảng Nam, mức hỗ trợ đối với keo bị voi phá là 25 triệu đồng/ha, lúa 12 triệu đồng/ha. Đến nay, huyện đã chi trả 318 triệu đồng cho 29 hộ; 23 hộ còn lại đang hoàn thiện hồ sơ.

Ông Nguyễn Văn Ba, Chủ tịch UBND xã Quế Lâm cho biết, khoảng 70% diện tích keo bị phá là keo từ 2 đến 3 năm tuổi, người dân mất trắng vốn đầu tư. Người dân phát hiện voi cần báo ngay cho Hạt Kiểm lâm Nông Sơn, số điện thoại 0235.3657.215, hoặc UBND xã.

Thanh Bình - Trung tâm VH-TT&TT huyện
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-08-14")
NOTES = [
    "District portal of Nông Sơn (Quảng Nam): voi phá hoại ở xã Quế Lâm, từ đầu năm đến nay (dateline 14/08/2023).",
    "'Từ đầu năm đến nay' and 'Đến nay' end at the dateline. 'riêng tháng 7/2023 … 14 lần' gets no total (no part-of cue).",
    "'2,4 km, đạt 63%': the share is the percent attribute; no total (no cue). Provincial support levels: location Quảng Nam.",
    "'từ 2 đến 3 năm tuổi' describes a category of trees: optional. 'Nguyễn Văn Ba', 'Tỉnh lộ 611', Quyết định số 1540/QĐ-UBND, phone: distractors.",
]
FIGS = [
    F("gồm 11 cá thể", "11", 11, "count", "cá thể", "cá thể voi trong đàn voi rừng", YTD),
    F("đã 37 lần xuống", "37", 37, "count", "lần", "lần voi xuống khu vực sản xuất", YTD),
    F("phá hoại 12,6 ha keo", "12,6", 12.6, "measure", "ha", "diện tích keo bị voi phá hoại", I(YTD)),
    F("3,2 ha lúa", "3,2", 3.2, "measure", "ha", "diện tích lúa bị voi phá hoại", I(YTD)),
    F("gần 800 bụi chuối", "800", 800, "count", "bụi chuối", "bụi chuối bị voi phá hoại", I(YTD), approx="nearly"),
    F("của 52 hộ dân", "52", 52, "count", "hộ", "hộ dân bị voi phá hoại", I(YTD)),
    F("voi về 14 lần", "14", 14, "count", "lần", "lần voi về", P("tháng 7/2023", "2023-07-01", "2023-07-31")),
    F("khoảng 1,15 tỷ đồng", "1,15", 1.15e9, "money", "đồng", "tổng giá trị thiệt hại do voi gây ra", I(YTD),
      approx="about", status="estimate", change=C("increase", 40, "%", "cả năm 2022", "nearly")),
    F("thành lập 6 tổ xung kích", "6", 6, "count", "tổ xung kích", "tổ xung kích xua voi"),
    F("với 48 thành viên", "48", 48, "count", "thành viên", "thành viên tổ xung kích trực đêm"),
    F("bố trí 2,9 tỷ đồng", "2,9", 2.9e9, "money", "đồng", "kinh phí làm hàng rào điện năng lượng mặt trời",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("làm 3,8 km hàng rào", "3,8", 3.8, "measure", "km", "hàng rào điện năng lượng mặt trời",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("thi công được 2,4 km", "2,4", 2.4, "measure", "km", "hàng rào điện đã thi công",
      P("đến nay", None, "2023-08-14"), percent=63),
    F("là 25 triệu đồng/ha", "25", 25e6, "money", "đồng/ha", "mức hỗ trợ đối với keo bị voi phá", location="Quảng Nam"),
    F("lúa 12 triệu đồng/ha", "12", 12e6, "money", "đồng/ha", "mức hỗ trợ đối với lúa bị voi phá", location="Quảng Nam"),
    F("chi trả 318 triệu đồng", "318", 318e6, "money", "đồng", "kinh phí hỗ trợ đã chi trả",
      P("Đến nay", None, "2023-08-14")),
    F("cho 29 hộ", "29", 29, "count", "hộ", "hộ được chi trả hỗ trợ", P("Đến nay", None, "2023-08-14")),
    F("23 hộ còn lại", "23", 23, "count", "hộ", "hộ đang hoàn thiện hồ sơ hỗ trợ", P("Đến nay", None, "2023-08-14")),
    F("khoảng 70% diện tích keo", "70", 70, "percent", "%", "diện tích keo bị phá là keo từ 2 đến 3 năm tuổi",
      approx="about"),
    F("từ 2 đến 3 năm tuổi", "2", 2, "measure", "năm tuổi", value_max=3, optional=True),
]
build("p1029-2", TEXT, NOTES, FIGS, published="2023-08-14", location="Nông Sơn")
