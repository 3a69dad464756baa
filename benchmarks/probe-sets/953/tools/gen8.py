"""p953-8: Báo Đồng Tháp online, '(BĐT) -' tag, headline figure; khóa hai chiều quý I/2025."""
from lib import F, P, I, C, T, write

TEXT = """Báo Đồng Tháp Online > Khoa học - Công nghệ
Gần 12.000 thuê bao bị khóa hai chiều trong quý I
Cập nhật ngày: 14/05/2025 - 15:40

(BĐT) - Theo Sở Khoa học và Công nghệ, quý I/2025, các doanh nghiệp viễn thông trên địa bàn tỉnh đã khóa hai chiều 11.810 thuê bao có thông tin không trùng khớp với Cơ sở dữ liệu quốc gia về dân cư, tăng 48% so với quý IV/2024. Trong đó, Viettel Đồng Tháp khóa 5.210 thuê bao, VNPT Đồng Tháp 4.870 thuê bao, MobiFone 1.730 thuê bao. Ngoài ra, 3.420 thuê bao bị thu hồi do quá 60 ngày bị khóa mà chủ thuê bao không xác thực.

Các địa phương có nhiều thuê bao bị khóa là TP. Cao Lãnh (2.140 thuê bao), TP. Sa Đéc (1.580 thuê bao) và huyện Tháp Mười (1.120 thuê bao). Ước tính trong tháng 4/2025, số thuê bao bị khóa hai chiều khoảng 3.900 thuê bao.

Từ đầu năm đến nay, Sở đã tiếp nhận 215 phản ánh của người dân về tin nhắn, cuộc gọi rác, đã xử lý 208 phản ánh, đạt 96,7%. Hiện Đồng Tháp đứng thứ 3 trong số 13 tỉnh, thành phố vùng Đồng bằng sông Cửu Long về tỷ lệ thuê bao có thông tin trùng khớp (99,2%).

Theo Nghị định số 15/2020/NĐ-CP (sửa đổi, bổ sung tại Nghị định số 14/2022/NĐ-CP), hành vi bán SIM đã kích hoạt sẵn bị phạt từ 30 đến 50 triệu đồng.

Năm 2025, tỉnh phấn đấu 100% thuê bao di động trên địa bàn có thông tin chính chủ, giảm 30% số phản ánh về cuộc gọi rác so với năm 2024. Dự kiến trong quý II/2025, thêm khoảng 5.000 thuê bao có thể bị khóa do chưa cập nhật sinh trắc học.

Người dân cần hỗ trợ có thể liên hệ Sở Khoa học và Công nghệ, số 5 đường 30/4, Phường 1, TP. Cao Lãnh.

MINH TRÍ
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
QH = P("quý I", "2025-01-01", "2025-03-31")
APR = P("tháng 4/2025", "2025-04-01", "2025-04-30")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-05-14")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Q2 = P("quý II/2025", "2025-04-01", "2025-06-30")

FIGS = [
    F("Gần 12.000 thuê bao", "12.000", 12000, "count", "thuê bao", "thuê bao bị khóa hai chiều", QH, approx="nearly"),
    F("khóa hai chiều 11.810 thuê bao", "11.810", 11810, "count", "thuê bao",
      "thuê bao bị khóa hai chiều do thông tin không trùng khớp", Q1, change=C("increase", 48, "%", "quý IV/2024")),
    F("khóa 5.210 thuê bao", "5.210", 5210, "count", "thuê bao", "thuê bao bị Viettel Đồng Tháp khóa", I(Q1),
      total=11810),
    F("4.870 thuê bao", "4.870", 4870, "count", "thuê bao", "thuê bao bị VNPT Đồng Tháp khóa", I(Q1), total=11810),
    F("1.730 thuê bao", "1.730", 1730, "count", "thuê bao", "thuê bao bị MobiFone khóa", I(Q1), total=11810),
    F("3.420 thuê bao", "3.420", 3420, "count", "thuê bao", "thuê bao bị thu hồi", I(Q1)),
    F("quá 60 ngày", "60", 60, "measure", "ngày", optional=True),
    F("Cao Lãnh (2.140 thuê bao)", "2.140", 2140, "count", "thuê bao", "thuê bao bị khóa", I(Q1), location="Cao Lãnh"),
    F("Sa Đéc (1.580 thuê bao)", "1.580", 1580, "count", "thuê bao", "thuê bao bị khóa", I(Q1), location="Sa Đéc"),
    F("Tháp Mười (1.120 thuê bao)", "1.120", 1120, "count", "thuê bao", "thuê bao bị khóa", I(Q1), location="Tháp Mười"),
    F("khoảng 3.900 thuê bao", "3.900", 3900, "count", "thuê bao", "thuê bao bị khóa hai chiều", APR, approx="about",
      status="estimate"),
    F("tiếp nhận 215 phản ánh", "215", 215, "count", "phản ánh", "phản ánh của người dân về tin nhắn, cuộc gọi rác", YTD),
    F("xử lý 208 phản ánh", "208", 208, "count", "phản ánh", "phản ánh đã xử lý", YTD, percent=96.7),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "tỷ lệ thuê bao có thông tin trùng khớp vùng Đồng bằng sông Cửu Long",
      total=13),
    F("(99,2%)", "99,2", 99.2, "percent", "%", "tỷ lệ thuê bao có thông tin trùng khớp"),
    F("từ 30 đến 50 triệu đồng", "30", 30000000, "money", "đồng", "mức phạt hành vi bán SIM đã kích hoạt sẵn",
      value_max=50000000),
    F("phấn đấu 100% thuê bao", "100", 100, "percent", "%", "thuê bao di động trên địa bàn có thông tin chính chủ", Y25,
      status="target"),
    F("giảm 30% số phản ánh", "30", 30, "percent", "%", "giảm số phản ánh về cuộc gọi rác so với năm 2024", Y25,
      status="target"),
    F("khoảng 5.000 thuê bao", "5.000", 5000, "count", "thuê bao", "thuê bao có thể bị khóa do chưa cập nhật sinh trắc học",
      Q2, approx="about", status="forecast"),
]

NOTES = [
    "Báo Đồng Tháp online: '(BĐT) -' tag, headline 'Gần 12.000 ... trong quý I' (year-less, 2025 from the date line), 'Cập nhật ngày: 14/05/2025 - 15:40'.",
    "Parts after 'Trong đó' (5.210 + 4.870 + 1.730 = 11.810) take 11.810 as total. City/district list (no part-of cue) has no total.",
    "'đạt 96,7%' after '208 phản ánh' -> percent. 'đứng thứ 3 trong số 13 tỉnh, thành phố' -> rank, total 13; '(99,2%)' its own percent.",
    "'giảm 30% số phản ánh' is a target rate with no base amount: a percent figure. 'quá 60 ngày' (rule duration) is optional.",
    "Not figures: 'Nghị định số 15/2020/NĐ-CP', 'Nghị định số 14/2022/NĐ-CP', 'khóa hai chiều', 'số 5 đường 30/4, Phường 1', the (BĐT) tag.",
]

write("p953-8", TEXT, FIGS, NOTES, published="2025-05-14", location="Đồng Tháp")
