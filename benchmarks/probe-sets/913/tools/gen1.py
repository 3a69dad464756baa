"""p913-1: province portal (Thừa Thiên Huế), xích lô du lịch TP Huế, 6 tháng đầu năm 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch
Xích lô du lịch Huế phục vụ hơn 86.000 lượt khách trong 6 tháng
Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.236

Theo Sở Du lịch, 6 tháng đầu năm 2024, đội xích lô du lịch trên địa bàn thành phố Huế đã phục vụ hơn 86.000 lượt khách, tăng 18,5% so với cùng kỳ năm 2023; trong đó khách quốc tế chiếm khoảng 62%. Doanh thu từ dịch vụ xích lô ước đạt 9,4 tỷ đồng, đạt 52% kế hoạch năm.

Hiện toàn thành phố có 412 xe xích lô được cấp phép hoạt động du lịch, do 3 hợp tác xã và 2 doanh nghiệp quản lý. Mỗi xe đều gắn biển hiệu riêng, đánh số từ 001 đến 412. Tính đến ngày 30/6/2024, đã có 398 tài xế được cấp thẻ hành nghề, trong đó 126 người đã qua lớp bồi dưỡng tiếng Anh giao tiếp.

Giá cước được niêm yết công khai tại các điểm đón: tuyến ngắn quanh Kinh thành (khoảng 45 phút) là 150.000 đồng/lượt; tuyến dài qua phố đi bộ Nguyễn Đình Chiểu, chợ Đông Ba và cầu Trường Tiền là 250.000 đồng/lượt; khách thuê theo giờ trả từ 120.000 đến 150.000 đồng/giờ. Thu nhập bình quân của tài xế đạt khoảng 8,5 triệu đồng/người/tháng, cao hơn 1,2 triệu đồng so với năm trước.

Trong quý II/2024, lực lượng chức năng đã kiểm tra 37 lượt, nhắc nhở 14 trường hợp chèo kéo khách và xử phạt 5 trường hợp với tổng số tiền 12,5 triệu đồng theo Nghị định số 100/2019/NĐ-CP.

Cả năm 2024, ngành du lịch phấn đấu xích lô du lịch đón 180.000 lượt khách, doanh thu đạt 18 tỷ đồng. Dự kiến đến cuối năm, thành phố cấp thêm khoảng 40 thẻ hành nghề cho tài xế mới.

Mọi phản ánh về dịch vụ xin gửi đường dây nóng 0234.3822.355 hoặc Sở Du lịch, số 9 Tôn Đức Thắng, TP Huế.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AS = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
Y = P("Cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 86.000 lượt khách trong 6 tháng", "86.000", 86000, "count", "lượt khách",
      "lượt khách đi xích lô du lịch Huế", P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("đã phục vụ hơn 86.000", "86.000", 86000, "count", "lượt khách",
      "lượt khách được đội xích lô du lịch phục vụ", H1, approx="over",
      change=C("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("khách quốc tế chiếm khoảng 62%", "62", 62, "percent", "%",
      "tỷ lệ khách quốc tế trong lượt khách đi xích lô", H1, approx="about"),
    F("ước đạt 9,4 tỷ đồng", "9,4", 9.4e9, "money", "đồng",
      "doanh thu từ dịch vụ xích lô", I(H1), percent=52, status="estimate"),
    F("có 412 xe xích lô", "412", 412, "count", "xe xích lô",
      "xe xích lô được cấp phép hoạt động du lịch"),
    F("do 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã quản lý xe xích lô du lịch"),
    F("và 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp quản lý xe xích lô du lịch"),
    F("có 398 tài xế", "398", 398, "count", "tài xế", "tài xế được cấp thẻ hành nghề", AS),
    F("trong đó 126 người", "126", 126, "count", "người",
      "tài xế đã qua lớp bồi dưỡng tiếng Anh giao tiếp", AS, total=398),
    F("(khoảng 45 phút)", "45", 45, "measure", "phút", "thời gian tuyến ngắn quanh Kinh thành",
      approx="about", optional=True),
    F("là 150.000 đồng/lượt", "150.000", 150000, "money", "đồng/lượt",
      "giá cước tuyến ngắn quanh Kinh thành"),
    F("là 250.000 đồng/lượt", "250.000", 250000, "money", "đồng/lượt",
      "giá cước tuyến dài qua phố đi bộ Nguyễn Đình Chiểu, chợ Đông Ba và cầu Trường Tiền"),
    F("từ 120.000 đến 150.000 đồng/giờ", "120.000", 120000, "money", "đồng/giờ",
      "giá thuê xích lô theo giờ", value_max=150000),
    F("khoảng 8,5 triệu đồng/người/tháng", "8,5", 8.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của tài xế", approx="about", change=C("increase", 1.2e6, "đồng", "năm trước")),
    F("kiểm tra 37 lượt", "37", 37, "count", "lượt", "lượt kiểm tra của lực lượng chức năng", Q2),
    F("nhắc nhở 14 trường hợp", "14", 14, "count", "trường hợp", "trường hợp chèo kéo khách bị nhắc nhở", Q2),
    F("xử phạt 5 trường hợp", "5", 5, "count", "trường hợp", "trường hợp bị xử phạt", Q2),
    F("tổng số tiền 12,5 triệu đồng", "12,5", 12.5e6, "money", "đồng", "tổng số tiền xử phạt", Q2),
    F("đón 180.000 lượt khách", "180.000", 180000, "count", "lượt khách",
      "lượt khách xích lô du lịch", Y, status="target"),
    F("đạt 18 tỷ đồng", "18", 18e9, "money", "đồng", "doanh thu xích lô du lịch", Y, status="target"),
    F("khoảng 40 thẻ hành nghề", "40", 40, "count", "thẻ hành nghề", "thẻ hành nghề cấp thêm cho tài xế mới",
      P("đến cuối năm", None, "2024-12-31"), approx="about", status="forecast"),
]

HEADER = [
    "Cổng TTĐT tỉnh Thừa Thiên Huế: xích lô du lịch TP Huế 6 tháng đầu năm 2024 (khách, doanh thu, xe, tài xế có thẻ, giá cước, xử phạt).",
    "Dateline 'Cập nhật: 15/07/2024 08:30'; 'Lượt xem: 1.236', 'đánh số từ 001 đến 412' (plate numbers), Nghị định số 100/2019/NĐ-CP,",
    "phone 0234.3822.355, 'số 9 Tôn Đức Thắng' and 'quý II/2024' are not figures. Location: the city (Huế) named by the text.",
    "Headline '6 tháng' takes the year of published (2024). 'Hiện' gives no period. 'khoảng 45 phút' (route length) is optional.",
]

write("p913-1", TEXT, HEADER, FIGS, published="2024-07-15", location="Huế")
