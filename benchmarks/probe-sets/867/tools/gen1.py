from lib import F, P, I, C, T, build

TEXT = """
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cập nhật: 12/03/2024 09:45 | Lượt xem: 1.236

Rượu Bàu Đá: hơn 300 hộ giữ nghề, sản lượng tăng 12%

Theo báo cáo của UBND thị xã An Nhơn, năm 2023 làng nghề rượu Bàu Đá (xã Nhơn Lộc) có 326 hộ nấu rượu, trong đó 118 hộ đã được cấp giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh theo Nghị định số 105/2017/NĐ-CP. Tổng sản lượng rượu của làng nghề đạt khoảng 1,45 triệu lít, tăng 12% so với năm 2022; doanh thu ước đạt 72,5 tỷ đồng.

Giá rượu Bàu Đá hiện dao động từ 45.000 đến 60.000 đồng/lít tùy loại; riêng rượu ngâm ủ lâu năm có giá trên 150.000 đồng/lít. Mỗi ngày, một hộ nấu trung bình 25-30 kg gạo; thu nhập bình quân của lao động làm nghề khoảng 6,5 triệu đồng/người/tháng.

Toàn tỉnh hiện có 7 sản phẩm rượu đạt chứng nhận OCOP, trong đó 2 sản phẩm đạt 4 sao và 5 sản phẩm đạt 3 sao. Năm 2023, Sở Công Thương đã cấp mới 41 giấy phép sản xuất rượu thủ công, nâng tổng số giấy phép còn hiệu lực trên địa bàn tỉnh lên 263 giấy phép.

Qua kiểm tra, lực lượng quản lý thị trường phát hiện 19 vụ vi phạm trong kinh doanh rượu, xử phạt hành chính hơn 86 triệu đồng, tịch thu gần 1.200 lít rượu không rõ nguồn gốc.

Năm 2024, thị xã An Nhơn phấn đấu có thêm 40 hộ được cấp phép, nâng tỷ lệ hộ có giấy phép lên 50%; đồng thời xây dựng nhãn hiệu tập thể "Rượu Bàu Đá" cho ít nhất 100 hộ sử dụng. Dự kiến trong quý II, thị xã sẽ tổ chức Lễ hội rượu Bàu Đá lần thứ 2 tại khu di tích tháp Cánh Tiên, gần Quốc lộ 19.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
AN = "An Nhơn"

FIGS = [
    F("hơn 300 hộ giữ nghề", "300", 300, "count", "hộ", "hộ giữ nghề nấu rượu Bàu Đá", approx="over", location=AN),
    F("sản lượng tăng 12%", "12", 12, "percent", "%", "sản lượng rượu Bàu Đá", location=AN),
    F("có 326 hộ nấu rượu", "326", 326, "count", "hộ", "hộ nấu rượu làng nghề rượu Bàu Đá", Y23, location=AN),
    F("trong đó 118 hộ", "118", 118, "count", "hộ",
      "hộ được cấp giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", Y23, total=326, location=AN),
    F("khoảng 1,45 triệu lít", "1,45", 1450000, "measure", "lít", "tổng sản lượng rượu của làng nghề", I(Y23),
      approx="about", change=C("increase", 12, "%", "năm 2022"), location=AN),
    F("ước đạt 72,5 tỷ đồng", "72,5", 72.5e9, "money", "đồng", "doanh thu của làng nghề rượu", I(Y23),
      status="estimate", location=AN),
    F("từ 45.000 đến 60.000 đồng/lít", "45.000", 45000, "money", "đồng/lít", "giá rượu Bàu Đá",
      value_max=60000, location=AN),
    F("trên 150.000 đồng/lít", "150.000", 150000, "money", "đồng/lít", "giá rượu ngâm ủ lâu năm",
      approx="over", location=AN),
    F("25-30 kg gạo", "25", 25, "measure", "kg", "gạo một hộ nấu mỗi ngày", value_max=30, location=AN),
    F("khoảng 6,5 triệu đồng/người/tháng", "6,5", 6.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động làm nghề", approx="about", location=AN),
    F("có 7 sản phẩm rượu", "7", 7, "count", "sản phẩm", "sản phẩm rượu đạt chứng nhận OCOP"),
    F("trong đó 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm rượu OCOP đạt 4 sao", total=7),
    F("đạt 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("và 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm rượu OCOP đạt 3 sao", total=7),
    F("đạt 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("cấp mới 41 giấy phép", "41", 41, "count", "giấy phép", "giấy phép sản xuất rượu thủ công cấp mới",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("lên 263 giấy phép", "263", 263, "count", "giấy phép", "tổng số giấy phép còn hiệu lực trên địa bàn tỉnh",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("phát hiện 19 vụ vi phạm", "19", 19, "count", "vụ vi phạm", "vụ vi phạm trong kinh doanh rượu",
      I(P("Năm 2023", "2023-01-01", "2023-12-31"))),
    F("hơn 86 triệu đồng", "86", 86e6, "money", "đồng", "xử phạt hành chính",
      I(P("Năm 2023", "2023-01-01", "2023-12-31")), approx="over"),
    F("gần 1.200 lít rượu", "1.200", 1200, "measure", "lít", "rượu không rõ nguồn gốc bị tịch thu",
      I(P("Năm 2023", "2023-01-01", "2023-12-31")), approx="nearly"),
    F("thêm 40 hộ", "40", 40, "count", "hộ", "hộ được cấp phép thêm", Y24, status="target", location=AN),
    F("lên 50%", "50", 50, "percent", "%", "tỷ lệ hộ có giấy phép", Y24, status="target", location=AN),
    F("ít nhất 100 hộ", "100", 100, "count", "hộ", "hộ sử dụng nhãn hiệu tập thể Rượu Bàu Đá", Y24,
      approx="at_least", status="target", location=AN),
]

NOTES = [
    "Cổng TTĐT tỉnh Bình Định: làng nghề rượu Bàu Đá (xã Nhơn Lộc, thị xã An Nhơn), năm 2023 and targets 2024.",
    "Village figures describe thị xã An Nhơn (location An Nhơn); OCOP, licences and market-control figures are the province's (Bình Định).",
    "Distractors: Lượt xem 1.236, Nghị định số 105/2017/NĐ-CP, quý II (schedule), lần thứ 2, Quốc lộ 19. '4 sao'/'3 sao' are ratings: optional.",
    "Headline has no period phrase: no period. The control paragraph inherits 'Năm 2023' from the sentence before it.",
]

build("p867-1", TEXT, FIGS, NOTES, published="2024-03-12", location="Bình Định")
