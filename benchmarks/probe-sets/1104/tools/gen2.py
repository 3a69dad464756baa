"""p1104-2: quận Gò Vấp (TP Hồ Chí Minh) district portal, cooling shelters, April 2024."""
from lib import F, P, I, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN GÒ VẤP
Tin tức > Văn hóa - Xã hội
Thứ Năm, 25/04/2024 - 14:20

Gò Vấp mở 16 điểm tránh nóng cho người dân

Trước diễn biến nắng nóng gay gắt, nhiệt độ ngoài trời nhiều ngày ở mức 36-38 độ C, UBND quận đã chỉ đạo 16/16 phường mở điểm tránh nóng tại trụ sở khu phố, nhà văn hóa và trạm y tế phường. Mỗi điểm được trang bị quạt, máy lạnh, nước uống, oresol và tủ thuốc, có sức chứa từ 30 đến 50 người.

Qua 2 tuần hoạt động (từ ngày 8/4 đến ngày 21/4/2024), các điểm tránh nóng đã đón 1.246 lượt người, trong đó có 472 lượt người cao tuổi, chiếm 37,9%. Điểm tại Trạm Y tế Phường 17 (số 156 Lê Đức Thọ) đông nhất với 183 lượt. Trung tâm Y tế quận ghi nhận 9 trường hợp say nắng được sơ cứu tại chỗ, không có trường hợp nào phải chuyển viện.

Cùng với đó, Quận đoàn huy động 120 đoàn viên, thanh niên tình nguyện phát miễn phí hơn 8.500 chai nước và 2.300 khăn lạnh cho người lao động tự do, shipper, người bán vé số trên các tuyến đường Nguyễn Văn Lượng, Quang Trung, Phan Văn Trị. Tổng kinh phí thực hiện khoảng 186 triệu đồng, trong đó nguồn xã hội hóa chiếm 65%.

Theo kế hoạch, các điểm tránh nóng hoạt động từ 10 giờ đến 17 giờ hằng ngày, kéo dài đến hết ngày 31/5/2024; dự kiến phục vụ khoảng 4.000 lượt người. Người dân cần hỗ trợ có thể liên hệ Tổ phản ứng nhanh của quận qua số điện thoại 028.3894.1177.

Minh Châu (Phòng Văn hóa và Thông tin quận)
"""

OPEN = P("từ ngày 8/4 đến ngày 21/4/2024", "2024-04-08", "2024-04-21")
FIGS = [
    F("mở 16 điểm tránh nóng", "16", 16, "count", "điểm tránh nóng", "điểm tránh nóng"),
    F("ở mức 36-38 độ C", "36", 36, "measure", "độ C", "nhiệt độ ngoài trời", value_max=38),
    F("16/16 phường", "16", 16, "count", "phường", "phường mở điểm tránh nóng", total=16),
    F("từ 30 đến 50 người", "30", 30, "count", "người", "sức chứa mỗi điểm tránh nóng", value_max=50),
    F("đón 1.246 lượt người", "1.246", 1246, "count", "lượt người", "lượt người đến các điểm tránh nóng", OPEN),
    F("có 472 lượt", "472", 472, "count", "lượt người", "lượt người cao tuổi đến các điểm tránh nóng", OPEN,
      total=1246, percent=37.9),
    F("với 183 lượt", "183", 183, "count", "lượt", "lượt người đến điểm tránh nóng tại Trạm Y tế Phường 17", I(OPEN)),
    F("ghi nhận 9 trường hợp", "9", 9, "count", "trường hợp", "trường hợp say nắng được sơ cứu tại chỗ", I(OPEN)),
    F("huy động 120 đoàn viên", "120", 120, "count", "đoàn viên", "đoàn viên, thanh niên tình nguyện"),
    F("hơn 8.500 chai", "8.500", 8500, "count", "chai nước", "chai nước phát miễn phí", approx="over"),
    F("2.300 khăn lạnh", "2.300", 2300, "count", "khăn lạnh", "khăn lạnh phát miễn phí"),
    F("khoảng 186 triệu đồng", "186", 186e6, "money", "đồng", "tổng kinh phí thực hiện", approx="about"),
    F("chiếm 65%", "65", 65, "percent", "%", "nguồn xã hội hóa trong tổng kinh phí"),
    F("khoảng 4.000 lượt người", "4.000", 4000, "count", "lượt người", "lượt người các điểm tránh nóng phục vụ",
      P("đến hết ngày 31/5/2024", None, "2024-05-31"), approx="about", status="forecast"),
]

NOTES = [
    "District portal of quận Gò Vấp (TP Hồ Chí Minh): 'Thứ Năm, 25/04/2024 - 14:20', byline at the end. Location = the district.",
    "'16/16 phường' → total 16. '472 lượt ..., chiếm 37,9%' → total 1.246 (trong đó) and percent. '65%' after",
    "'trong đó nguồn xã hội hóa chiếm' is the share of a part that has no amount of its own: a percent figure, not an attribute of 186 triệu.",
    "Capacity 'từ 30 đến 50 người' is a count of people (range). '2 tuần hoạt động' only locates the figures in time (not a figure).",
    "Not figures: 'Phường 17', 'số 156 Lê Đức Thọ', '10 giờ đến 17 giờ', the phone number, weekday 'Thứ Năm'.",
    "'dự kiến phục vụ khoảng 4.000' → forecast; its period is the operation 'đến hết ngày 31/5/2024' (as-of end).",
]

build("p1104-2", TEXT, FIGS, NOTES, published="2024-04-25", location="Gò Vấp")
