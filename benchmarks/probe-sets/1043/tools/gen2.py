from lib import F, P, I, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĨNH CỬU
Trang chủ / Tin hoạt động xã, thị trấn

Thả 52 cá thể động vật hoang dã về rừng Mã Đà

Thứ Năm, 23/11/2023 - 14:35

Sáng 22/11, tại tiểu khu 213 thuộc xã Mã Đà, Khu Bảo tồn thiên nhiên - văn hóa Đồng Nai phối hợp với Hạt Kiểm lâm huyện Vĩnh Cửu và UBND xã Mã Đà tổ chức thả 52 cá thể động vật hoang dã về môi trường tự nhiên. Số động vật được thả gồm 19 cá thể tê tê Java, 14 cá thể khỉ đuôi dài, 11 cá thể cu li nhỏ và 8 cá thể rùa núi vàng; tất cả đã qua thời gian cách ly, chăm sóc từ 3 đến 6 tháng tại Trung tâm Cứu hộ động vật hoang dã của Khu Bảo tồn.

Theo ông Trần Văn Ba, Phó Giám đốc Khu Bảo tồn, đây là lần thứ 4 trong năm đơn vị tổ chức thả động vật. Từ đầu năm đến nay, Trung tâm đã tiếp nhận 143 cá thể thuộc 26 loài, trong đó 61 cá thể do người dân trên địa bàn huyện tự nguyện giao nộp, tăng gần gấp đôi so với năm 2022. Tổng số cá thể đã được thả về rừng trong 10 tháng năm 2023 là 117 cá thể, bằng 81,8% số tiếp nhận.

Khu Bảo tồn hiện quản lý hơn 100.000 ha rừng, là sinh cảnh phù hợp cho nhiều loài linh trưởng và tê tê. Trước khi thả, các cá thể tê tê được gắn thiết bị theo dõi, chi phí mỗi thiết bị khoảng 350.000 đồng. Kết quả theo dõi cho thấy khoảng 70% số tê tê được thả trước đó vẫn hoạt động trong bán kính 5 km quanh điểm thả.

Năm 2024, đơn vị dự kiến xây thêm 2 khu chuồng bán hoang dã với tổng diện tích 1.200 m2, kinh phí khoảng 1,8 tỷ đồng. UBND huyện đề nghị các xã Phú Lý, Hiếu Liêm, Mã Đà tiếp tục tuyên truyền để người dân không mua bán, nuôi nhốt động vật hoang dã; thông tin vi phạm xin báo về đường dây nóng 0251.3866.057.

Minh Châu - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

D = P("Sáng 22/11", "2023-11-22", "2023-11-22")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-23")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Thả 52 cá thể", "52", 52, "count", "cá thể", subject="động vật hoang dã thả về rừng"),
    F("tổ chức thả 52 cá thể", "52", 52, "count", "cá thể",
      subject="động vật hoang dã thả về môi trường tự nhiên", period=D),
    F("gồm 19 cá thể", "19", 19, "count", "cá thể", total=52,
      subject="tê tê Java được thả", period=I(D)),
    F("14 cá thể khỉ", "14", 14, "count", "cá thể", total=52,
      subject="khỉ đuôi dài được thả", period=I(D)),
    F("11 cá thể cu li", "11", 11, "count", "cá thể", total=52,
      subject="cu li nhỏ được thả", period=I(D)),
    F("8 cá thể rùa", "8", 8, "count", "cá thể", total=52,
      subject="rùa núi vàng được thả", period=I(D)),
    F("từ 3 đến 6 tháng", "3", 3, "measure", "tháng", value_max=6,
      subject="thời gian cách ly, chăm sóc"),
    F("tiếp nhận 143 cá thể", "143", 143, "count", "cá thể",
      subject="cá thể động vật hoang dã Trung tâm tiếp nhận", period=YTD),
    F("thuộc 26 loài", "26", 26, "count", "loài",
      subject="loài động vật tiếp nhận", period=YTD),
    F("trong đó 61 cá thể", "61", 61, "count", "cá thể", total=143,
      change=C("increase", 2, "lần", baseline="năm 2022", approx="nearly"),
      subject="cá thể do người dân tự nguyện giao nộp", period=YTD),
    F("là 117 cá thể", "117", 117, "count", "cá thể", percent=81.8,
      subject="cá thể đã được thả về rừng", period=M10),
    F("hơn 100.000 ha", "100.000", 100000, "measure", "ha", approx="over",
      subject="diện tích rừng Khu Bảo tồn quản lý"),
    F("khoảng 350.000 đồng", "350.000", 350000, "money", "đồng", approx="about",
      subject="chi phí mỗi thiết bị theo dõi"),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tê tê được thả vẫn hoạt động quanh điểm thả"),
    F("bán kính 5 km", "5", 5, "measure", "km", optional=True),
    F("thêm 2 khu chuồng", "2", 2, "count", "khu chuồng", status="forecast",
      subject="khu chuồng bán hoang dã xây thêm", period=Y24),
    F("1.200 m2", "1.200", 1200, "measure", "m2", status="forecast",
      subject="tổng diện tích khu chuồng bán hoang dã", period=Y24),
    F("khoảng 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí xây khu chuồng bán hoang dã", period=Y24),
]

emit("p1043-2", TEXT, FIGS, published="2023-11-23", location="Vĩnh Cửu", comments=[
    "Vĩnh Cửu district portal (Đồng Nai): release of 52 animals at Mã Đà, rescue-centre totals 2023.",
    "Distractors: tiểu khu 213, lần thứ 4, ông Trần Văn Ba, hotline 0251.3866.057, 14:35, Thứ Năm.",
    "Location is the district (district portal; the commune Mã Đà lies in it).",
    "'tăng gần gấp đôi so với năm 2022' is the change of the 61 (đôi = 2, lần, nearly).",
    "'Sáng 22/11' gives the one-day period of the release (year from the dateline). 'bán kính 5 km' is a radius threshold: optional.",
    "'từ 3 đến 6 tháng' is the care time as a claim (measure, range), not a period.",
])
