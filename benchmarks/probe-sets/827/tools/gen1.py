"""p827-1: province portal (Bình Dương), 6-month results of amusement parks, 2024."""
from lib import C, F, P, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Thể thao - Du lịch

Các khu vui chơi giải trí đón hơn 1,6 triệu lượt khách trong 6 tháng

Cập nhật: 08/07/2024 09:15 | Lượt xem: 1.236

Theo Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Dương, 6 tháng đầu năm 2024, các khu du lịch, khu vui chơi giải trí trên địa bàn tỉnh đã đón tổng cộng 1.642.000 lượt khách, tăng 18,5% so với cùng kỳ năm 2023; trong đó khách quốc tế khoảng 42.000 lượt. Tổng doanh thu từ hoạt động vui chơi giải trí ước đạt 865 tỷ đồng, đạt 54,1% kế hoạch năm.

Hiện toàn tỉnh có 14 khu vui chơi giải trí có thu phí, gồm 11 khu vui chơi tổng hợp và 3 công viên nước. Khu du lịch Đại Nam tiếp tục là điểm đến đông khách nhất với gần 780.000 lượt, chiếm 47,5% tổng lượt khách; tiếp đến là các công viên nước tại TP. Thuận An (215.000 lượt) và TP. Dĩ An (168.000 lượt).

Giá vé tại các khu vui chơi cơ bản ổn định, phổ biến từ 100.000 đến 250.000 đồng/người; riêng vé trọn gói công viên nước là 180.000 đồng/vé với người lớn và 120.000 đồng/vé với trẻ em cao dưới 1,4 m.

Thực hiện Kế hoạch số 2150/KH-UBND, từ ngày 15/5 đến 30/6, đoàn kiểm tra liên ngành đã kiểm tra 11 cơ sở kinh doanh trò chơi, trong số này có 2 cơ sở sử dụng thiết bị quá hạn kiểm định; đã xử phạt vi phạm hành chính 35 triệu đồng và yêu cầu tạm dừng 4 thiết bị.

Năm 2024, tỉnh phấn đấu thu hút 3,2 triệu lượt khách đến các khu vui chơi giải trí, doanh thu đạt 1.600 tỷ đồng. Dự kiến trong quý III, Công viên nước Sóng Xanh sẽ đưa vào khai thác thêm 5 trò chơi cảm giác mạnh với tổng vốn đầu tư khoảng 45 tỷ đồng. Dịp này, tỉnh cũng tổ chức Tuần lễ Văn hóa - Du lịch Bình Dương lần thứ 3.

Cổng Thông tin điện tử tỉnh Bình Dương - Tầng 11, Tháp A, Trung tâm Hành chính tập trung tỉnh. Điện thoại: 0274.3829.516
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
INSP = P("từ ngày 15/5 đến 30/6", "2024-05-15", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    F("đón hơn 1,6 triệu lượt khách trong 6 tháng", "1,6", 1600000, "count", "lượt khách",
      "lượt khách đến các khu vui chơi giải trí", approx="over",
      period=P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("tổng cộng 1.642.000 lượt khách", "1.642.000", 1642000, "count", "lượt khách",
      "lượt khách đến các khu du lịch, khu vui chơi giải trí",
      change=C("increase", 18.5, baseline="cùng kỳ năm 2023"), period=H1),
    F("khách quốc tế khoảng 42.000 lượt", "42.000", 42000, "count", "lượt",
      "khách quốc tế đến các khu du lịch, khu vui chơi giải trí", approx="about", total=1642000, period=H1),
    F("ước đạt 865 tỷ đồng", "865", 865e9, "money", "đồng",
      "tổng doanh thu từ hoạt động vui chơi giải trí", percent=54.1, status="estimate", period=H1i),
    F("có 14 khu vui chơi", "14", 14, "count", "khu vui chơi giải trí", "khu vui chơi giải trí có thu phí"),
    F("gồm 11 khu vui chơi", "11", 11, "count", "khu vui chơi tổng hợp", "khu vui chơi tổng hợp", total=14),
    F("và 3 công viên nước", "3", 3, "count", "công viên nước", "công viên nước", total=14),
    F("gần 780.000 lượt", "780.000", 780000, "count", "lượt",
      "lượt khách đến Khu du lịch Đại Nam", approx="nearly", percent=47.5, period=H1i),
    F("Thuận An (215.000 lượt)", "215.000", 215000, "count", "lượt",
      "lượt khách đến các công viên nước", location="Thuận An", period=H1i),
    F("Dĩ An (168.000 lượt)", "168.000", 168000, "count", "lượt",
      "lượt khách đến các công viên nước", location="Dĩ An", period=H1i),
    F("từ 100.000 đến 250.000 đồng/người", "100.000", 100000, "money", "đồng/người",
      "giá vé tại các khu vui chơi", value_max=250000),
    F("180.000 đồng/vé", "180.000", 180000, "money", "đồng/vé", "giá vé trọn gói công viên nước người lớn"),
    F("120.000 đồng/vé", "120.000", 120000, "money", "đồng/vé", "giá vé trọn gói công viên nước trẻ em"),
    F("cao dưới 1,4 m", "1,4", 1.4, "measure", "m", "chiều cao trẻ em", approx="under", optional=True),
    F("kiểm tra 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở kinh doanh trò chơi được kiểm tra", period=INSP),
    F("có 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở sử dụng thiết bị quá hạn kiểm định", total=11, period=INSP),
    F("hành chính 35 triệu đồng", "35", 35e6, "money", "đồng", "tiền xử phạt vi phạm hành chính", period=INSP),
    F("tạm dừng 4 thiết bị", "4", 4, "count", "thiết bị", "thiết bị bị yêu cầu tạm dừng", period=INSP),
    F("thu hút 3,2 triệu lượt khách", "3,2", 3200000, "count", "lượt khách",
      "lượt khách đến các khu vui chơi giải trí", status="target", period=Y24),
    F("doanh thu đạt 1.600 tỷ đồng", "1.600", 1600e9, "money", "đồng", "doanh thu", status="target", period=Y24),
    F("thêm 5 trò chơi", "5", 5, "count", "trò chơi", "trò chơi cảm giác mạnh đưa vào khai thác thêm",
      status="forecast", period=Q3),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "tổng vốn đầu tư trò chơi mới", approx="about",
      status="forecast", period=Q3),
]

COMMENTS = [
    "Bình Dương province portal: amusement parks and water parks, first half of 2024. Dateline 'Cập nhật: 08/07/2024 09:15'.",
    "Headline 'trong 6 tháng' takes 2024 from the dateline (nothing dated stands before it).",
    "'trong số này có 2 cơ sở' is a part of the 11 checked yards; 'từ ngày 15/5 đến 30/6' is the inspection period (2024).",
    "Revenue, Đại Nam and the two water parks carry the 6-month period inherited from the first paragraph; 'Hiện' sentences get none.",
    "Distractors: breadcrumb, 'Lượt xem: 1.236', 'Kế hoạch số 2150/KH-UBND', 'lần thứ 3', 'Tầng 11', phone number.",
]

build("p827-1", TEXT, FIGS, COMMENTS, published="2024-07-08", location="Bình Dương")
