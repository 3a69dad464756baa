from lib import F, P, I, C, T, build

TEXT = """Thấp thỏm vì voi rừng về bản

Những ngày này, người dân bản Khe Choăng, xã Châu Khê, huyện Con Cuông lại thấp thỏm vì đàn voi rừng khoảng 7-8 con từ Vườn quốc gia Pù Mát liên tục về phá nương rẫy. Chỉ trong một đêm, voi đã quật đổ hơn 200 cây chuối và ăn 0,6 ha lúa đang trổ bông của gia đình anh Lô Văn Tám. "Nhà tôi trồng 2 sào lúa nương, voi ăn mất quá nửa", anh Tám nói.

Theo thống kê của Hạt Kiểm lâm Con Cuông, từ đầu năm 2024 đến nay, voi đã 23 lần về bản, phá hoại 8,4 ha lúa, ngô, sắn và khoảng 1.500 cây keo của 67 hộ. So với cùng kỳ năm trước, số lần voi về bản tăng gấp 2,5 lần.

Theo Quyết định số 27/2022/QĐ-UBND của UBND tỉnh Nghệ An, mức hỗ trợ thiệt hại do động vật hoang dã gây ra đối với lúa là 10 triệu đồng/ha, cây keo từ 2 năm tuổi trở lên là 40.000 đồng/cây. Năm 2023, huyện Con Cuông đã chi hỗ trợ 415 triệu đồng cho 96 hộ, bình quân mỗi hộ nhận khoảng 4,3 triệu đồng, trong khi thiệt hại thực tế thường cao hơn nhiều.

Để giảm xung đột, Vườn quốc gia Pù Mát đã làm 4,2 km hàng rào điện ở xã Châu Khê và Lục Dạ với kinh phí hơn 1,8 tỷ đồng, đồng thời trồng 15 ha cây thức ăn cho voi tại vùng đệm của hai xã này. Vườn cũng thành lập 3 đội phản ứng nhanh, mỗi đội 5 người, túc trực 24/24 giờ trong mùa lúa chín.

Ông Nguyễn Đình Sáu, Giám đốc Vườn quốc gia Pù Mát cho biết, dự kiến trong năm 2024 sẽ làm thêm 6 km hàng rào, nâng tổng chiều dài lên hơn 10 km, với tổng kinh phí khoảng 2,7 tỷ đồng.

HỒ PHƯƠNG
16/05/2024
"""

YTD = P("từ đầu năm 2024 đến nay", "2024-01-01", "2024-05-16")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
NOTES = [
    "Báo Nghệ An (Party/provincial newspaper), byline HỒ PHƯƠNG and bare date 16/05/2024 at the end: voi rừng ở Con Cuông (Nghệ An).",
    "'khoảng 7-8 con' a range with approx; 'tăng gấp 2,5 lần' is its own sentence with no base amount: a multiple.",
    "Provincial support levels (Quyết định số 27/2022/QĐ-UBND of tỉnh Nghệ An) are located Nghệ An; 'từ 2 năm tuổi trở lên' threshold optional.",
    "'mỗi đội 5 người' counts members per team (count, unit người). 'dự kiến' governs the whole last sentence (forecast).",
    "Distractors: 'một đêm', 'Lô Văn Tám', 'Nguyễn Đình Sáu', '24/24 giờ', Quyết định số 27/2022/QĐ-UBND, the bare date.",
]
FIGS = [
    F("khoảng 7-8 con", "7", 7, "count", "con", "voi trong đàn voi rừng", approx="about", value_max=8),
    F("hơn 200 cây chuối", "200", 200, "count", "cây chuối", "cây chuối bị voi quật đổ", approx="over"),
    F("ăn 0,6 ha lúa", "0,6", 0.6, "measure", "ha", "diện tích lúa bị voi ăn"),
    F("trồng 2 sào lúa", "2", 2, "measure", "sào", "diện tích lúa nương nhà anh Tám trồng"),
    F("đã 23 lần về bản", "23", 23, "count", "lần", "lần voi về bản", YTD),
    F("phá hoại 8,4 ha", "8,4", 8.4, "measure", "ha", "diện tích lúa, ngô, sắn bị voi phá hoại", YTD),
    F("khoảng 1.500 cây keo", "1.500", 1500, "count", "cây keo", "cây keo bị voi phá hoại", YTD, approx="about"),
    F("của 67 hộ", "67", 67, "count", "hộ", "hộ bị voi phá hoại", YTD),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "số lần voi về bản so với cùng kỳ năm trước", I(YTD)),
    F("lúa là 10 triệu đồng/ha", "10", 10e6, "money", "đồng/ha", "mức hỗ trợ thiệt hại đối với lúa", location="Nghệ An"),
    F("từ 2 năm tuổi", "2", 2, "measure", "năm tuổi", approx="at_least", location="Nghệ An", optional=True),
    F("là 40.000 đồng/cây", "40.000", 40000, "money", "đồng/cây", "mức hỗ trợ thiệt hại đối với cây keo",
      location="Nghệ An"),
    F("chi hỗ trợ 415 triệu đồng", "415", 415e6, "money", "đồng", "kinh phí hỗ trợ thiệt hại",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("cho 96 hộ", "96", 96, "count", "hộ", "hộ được hỗ trợ", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 4,3 triệu đồng", "4,3", 4.3e6, "money", "đồng/hộ", "mức hỗ trợ bình quân mỗi hộ",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("làm 4,2 km hàng rào", "4,2", 4.2, "measure", "km", "hàng rào điện"),
    F("hơn 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "kinh phí làm hàng rào điện", approx="over"),
    F("trồng 15 ha", "15", 15, "measure", "ha", "diện tích cây thức ăn cho voi trồng tại vùng đệm"),
    F("thành lập 3 đội", "3", 3, "count", "đội phản ứng nhanh", "đội phản ứng nhanh"),
    F("mỗi đội 5 người", "5", 5, "count", "người", "người mỗi đội phản ứng nhanh"),
    F("thêm 6 km", "6", 6, "measure", "km", "hàng rào điện làm thêm", Y24, status="forecast"),
    F("hơn 10 km", "10", 10, "measure", "km", "tổng chiều dài hàng rào điện", Y24, approx="over", status="forecast"),
    F("khoảng 2,7 tỷ đồng", "2,7", 2.7e9, "money", "đồng", "tổng kinh phí làm hàng rào", Y24, approx="about",
      status="forecast"),
]
build("p1029-5", TEXT, NOTES, FIGS, published="2024-05-16", location="Con Cuông")
