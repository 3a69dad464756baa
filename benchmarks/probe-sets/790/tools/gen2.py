"""p790-2: district portal (Ninh Giang, Hải Dương), phường rối nước Hồng Phong, quý I/2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NINH GIANG - TỈNH HẢI DƯƠNG
Trang chủ » Tin tức - Sự kiện » Văn hóa - Xã hội
Thứ Sáu, 14/04/2023 - 10:05

Phường rối nước Hồng Phong: giữ nghề, tăng thu nhập từ du lịch

Phường rối nước thôn Hữu Ninh, xã Hồng Phong hiện có 28 thành viên, trong đó 11 người trên 60 tuổi và 6 diễn viên trẻ dưới 25 tuổi.

Quý I/2023, phường đã biểu diễn 34 buổi, gấp 2,4 lần cùng kỳ năm 2022, phục vụ gần 5.800 lượt khách, trong đó có 1.350 lượt khách nước ngoài. Doanh thu từ biểu diễn đạt khoảng 162 triệu đồng; mỗi buổi diễn kéo dài 45 phút, giá hợp đồng từ 2,5 đến 3 triệu đồng. Thu nhập bình quân của thành viên phường đạt 3,2 triệu đồng/người/tháng, tăng 700.000 đồng so với năm 2022.

Hiện phường lưu giữ 126 con rối cổ và 18 trò diễn truyền thống như Chú Tễu, Múa rồng, Đánh cáo. Năm 2022, UBND huyện đã hỗ trợ 150 triệu đồng để tu sửa thủy đình, cải tạo bể nước rộng 220 m2 cạnh đình làng.

Theo Kế hoạch số 45/KH-UBND của UBND xã, năm 2023 xã Hồng Phong phấn đấu đón trên 20.000 lượt khách đến xem rối nước, mở 1 lớp truyền nghề cho 15 học viên. Tổng kinh phí bảo tồn phường rối giai đoạn 2023-2025 dự kiến khoảng 1,2 tỷ đồng, trong đó ngân sách huyện 700 triệu đồng.

Nguyễn Thu Hà - Trung tâm Văn hóa, Thông tin và Thể thao huyện

Địa chỉ: Số 2 đường Trần Hưng Đạo, thị trấn Ninh Giang. Điện thoại: 0220.3767.210
"""

Q1 = P("Quý I/2023", "2023-01-01", "2023-03-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
GD = P("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")

FIGS = [
    F("có 28 thành viên", "28", 28, "count", "thành viên", "thành viên phường rối nước thôn Hữu Ninh"),
    F("11 người trên 60 tuổi", "11", 11, "count", "người", "thành viên phường rối trên 60 tuổi", total=28),
    F("người trên 60 tuổi", "60", 60, "measure", "tuổi", "tuổi", approx="over", optional=True),
    F("6 diễn viên trẻ", "6", 6, "count", "diễn viên trẻ", "diễn viên trẻ dưới 25 tuổi", total=28),
    F("dưới 25 tuổi", "25", 25, "measure", "tuổi", "tuổi", approx="under", optional=True),
    F("biểu diễn 34 buổi", "34", 34, "count", "buổi", "buổi biểu diễn của phường rối nước", Q1,
      change=C("increase", 2.4, "lần", "cùng kỳ năm 2022")),
    F("gần 5.800 lượt khách", "5.800", 5800, "count", "lượt khách", "lượt khách được phục vụ", Q1,
      approx="nearly"),
    F("có 1.350 lượt khách nước ngoài", "1.350", 1350, "count", "lượt khách nước ngoài",
      "lượt khách nước ngoài", Q1, total=5800),
    F("khoảng 162 triệu đồng", "162", 162e6, "money", "đồng", "doanh thu từ biểu diễn", I(Q1), approx="about"),
    F("kéo dài 45 phút", "45", 45, "measure", "phút", "thời lượng mỗi buổi diễn"),
    F("từ 2,5 đến 3 triệu đồng", "2,5", 2.5e6, "money", "đồng/buổi", "giá hợp đồng mỗi buổi diễn",
      value_max=3e6),
    F("đạt 3,2 triệu đồng/người/tháng", "3,2", 3.2e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của thành viên phường", I(Q1),
      change=C("increase", 700000, "đồng", "năm 2022")),
    F("lưu giữ 126 con rối cổ", "126", 126, "count", "con rối cổ", "con rối cổ phường lưu giữ"),
    F("và 18 trò diễn", "18", 18, "count", "trò diễn", "trò diễn truyền thống"),
    F("hỗ trợ 150 triệu đồng", "150", 150e6, "money", "đồng",
      "kinh phí UBND huyện hỗ trợ tu sửa thủy đình", Y22),
    F("rộng 220 m2", "220", 220, "measure", "m2", "diện tích bể nước"),
    F("trên 20.000 lượt khách", "20.000", 20000, "count", "lượt khách", "lượt khách đến xem rối nước",
      Y23, approx="over", status="target"),
    F("mở 1 lớp truyền nghề", "1", 1, "count", "lớp", "lớp truyền nghề", Y23, status="target"),
    F("cho 15 học viên", "15", 15, "count", "học viên", "học viên lớp truyền nghề", Y23, status="target"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng kinh phí bảo tồn phường rối", GD,
      approx="about", status="forecast"),
    F("ngân sách huyện 700 triệu đồng", "700", 700e6, "money", "đồng",
      "kinh phí bảo tồn phường rối từ ngân sách huyện", GD, total=1.2e9, status="forecast"),
]

NOTES = [
    "Ninh Giang district portal (Hải Dương): phường rối nước Hồng Phong, quý I/2023 (members, shows, visitors, revenue, income, plan).",
    "Location is the district Ninh Giang (the commune lies in it). 'gấp 2,4 lần cùng kỳ năm 2022' after 34 buổi is its change (unit lần).",
    "Age thresholds 'trên 60 tuổi', 'dưới 25 tuổi' are optional. 'tăng 700.000 đồng so với năm 2022' is the change of the income figure.",
    "Not figures: Thứ Sáu, 10:05, Kế hoạch số 45/KH-UBND, 'Số 2 đường Trần Hưng Đạo', phone 0220.3767.210.",
]

write(2, TEXT, FIGS, NOTES, published="2023-04-14", location="Ninh Giang")
