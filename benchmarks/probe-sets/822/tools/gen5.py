"""p822-5: provincial Party newspaper (Báo Bắc Ninh) - hair salons, laundries, motorbike repair in TP Bắc Ninh."""
from lib import F, P, I, C, T, write

TEXT = """Dịch vụ nhỏ ở phố: Thu nhập khá, ý thức nộp thuế tăng

Ở TP Bắc Ninh, các tiệm cắt tóc, giặt là, sửa xe máy có mặt trên hầu khắp các tuyến phố, từ Ngô Gia Tự, Nguyễn Văn Cừ đến dọc Quốc lộ 1A cũ. Theo Phòng Tài chính - Kế hoạch thành phố, hiện trên địa bàn có 1.350 cơ sở cắt tóc, gội đầu, 420 cơ sở giặt là và hơn 960 tiệm sửa chữa xe máy, xe đạp.

Anh Nguyễn Văn Hai, chủ một tiệm cắt tóc nam trên phố Lý Thái Tổ, cho biết giá cắt tóc tại tiệm là 60.000 đồng/lượt, gội đầu thư giãn 40.000 đồng/lượt. Ngày thường tiệm phục vụ 25-30 khách, cuối tuần khoảng 50 khách. Sau khi trừ tiền thuê nhà và các chi phí, mỗi tháng anh còn khoảng 18 triệu đồng.

Tiệm giặt là của chị Trần Thị Hoa ở phường Vũ Ninh nhận giặt sấy với giá 15.000 đồng/kg, mỗi ngày xử lý chừng 120 kg quần áo. Theo chị Hoa, giá điện, nước tăng khiến chi phí vận hành của tiệm tăng gần 20% so với năm ngoái.

Theo Chi cục Thuế khu vực TP Bắc Ninh - Quế Võ, năm 2024 có 2.184 hộ kinh doanh dịch vụ nhỏ thuộc diện nộp thuế khoán, mức thuế bình quân 420.000 đồng/tháng. Hộ có doanh thu từ 100 triệu đồng/năm trở xuống không phải nộp thuế. Năm 2023, số thuế thu từ nhóm hộ này đạt 10,6 tỷ đồng, tăng 6,8% so với năm 2022.

Năm 2024, thành phố phấn đấu 70% tiệm dịch vụ nhỏ chấp nhận thanh toán không dùng tiền mặt; hiện tỷ lệ này mới đạt khoảng 45%. Cán bộ thuế sẽ đến từng tiệm hướng dẫn cài đặt ứng dụng eTax Mobile, mở tài khoản và in mã QR thanh toán.

QUANG MINH
18/06/2024
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 1.350 cơ sở", "1.350", 1350, "count", "cơ sở", "cơ sở cắt tóc, gội đầu"),
    F("420 cơ sở", "420", 420, "count", "cơ sở", "cơ sở giặt là"),
    F("hơn 960 tiệm", "960", 960, "count", "tiệm", "tiệm sửa chữa xe máy, xe đạp", approx="over"),
    F("60.000 đồng/lượt", "60.000", 60000, "money", "đồng/lượt", "giá cắt tóc"),
    F("40.000 đồng/lượt", "40.000", 40000, "money", "đồng/lượt", "giá gội đầu thư giãn"),
    F("25-30 khách", "25", 25, "count", "khách", "khách tiệm cắt tóc phục vụ ngày thường", value_max=30),
    F("khoảng 50 khách", "50", 50, "count", "khách", "khách tiệm cắt tóc phục vụ cuối tuần", approx="about"),
    F("khoảng 18 triệu đồng", "18", 18e6, "money", "đồng", "thu nhập mỗi tháng của chủ tiệm cắt tóc sau khi trừ chi phí",
      approx="about"),
    F("15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá giặt sấy"),
    F("chừng 120 kg", "120", 120, "measure", "kg", "quần áo tiệm giặt là xử lý mỗi ngày", approx="about"),
    F("gần 20%", "20", 20, "percent", "%", "chi phí vận hành của tiệm giặt là tăng", approx="nearly"),
    F("có 2.184 hộ", "2.184", 2184, "count", "hộ", "hộ kinh doanh dịch vụ nhỏ thuộc diện nộp thuế khoán", Y24),
    F("bình quân 420.000 đồng/tháng", "420.000", 420000, "money", "đồng/tháng", "mức thuế khoán bình quân", Y24),
    F("từ 100 triệu đồng/năm", "100", 100e6, "money", "đồng/năm", "ngưỡng doanh thu không phải nộp thuế",
      approx="at_most", optional=True),
    F("đạt 10,6 tỷ đồng", "10,6", 10.6e9, "money", "đồng", "số thuế thu từ hộ kinh doanh dịch vụ nhỏ",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=C("increase", 6.8, baseline="năm 2022")),
    F("phấn đấu 70%", "70", 70, "percent", "%", "tiệm dịch vụ nhỏ chấp nhận thanh toán không dùng tiền mặt",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 45%", "45", 45, "percent", "%", "tỷ lệ tiệm dịch vụ nhỏ chấp nhận thanh toán không dùng tiền mặt",
      approx="about"),
]

NOTES = [
    "Báo Bắc Ninh (Party paper), byline and bare date at the end: tiệm cắt tóc, giặt là, sửa xe ở TP Bắc Ninh.",
    "Prices per service are money with the denominator in the unit (đồng/lượt, đồng/kg). 'tăng gần 20%' has no base",
    "amount: a percent figure. '70%' is phấn đấu (target); 'hiện tỷ lệ này mới đạt khoảng 45%' is its own clause (actual,",
    "no period). Distractors: Quốc lộ 1A, Nguyễn Văn Hai (number word in a name), phố Lý Thái Tổ, eTax Mobile, QR, byline date.",
]

write(5, TEXT, FIGS, NOTES, published="2024-06-18", location="Bắc Ninh")
