"""p971-6: national newspaper (VnExpress style), Hà Nội tennis courts converted to pickleball, 2025."""
from lib import F, P, I, C, T, write

text = """Thể thao > Các môn khác
Thứ hai, 17/3/2025, 06:00 (GMT+7)
Gần 200 sân tennis ở Hà Nội chuyển sang pickleball

Nhiều chủ sân tennis tại Hà Nội cải tạo mặt sân để đón làn sóng pickleball, môn thể thao đang thu hút giới trẻ và dân văn phòng.

Theo khảo sát của Sở Văn hóa và Thể thao Hà Nội, đến cuối tháng 2/2025, thành phố có khoảng 1.350 sân tennis, trong đó gần 200 sân đã được cải tạo một phần hoặc toàn bộ thành sân pickleball. Số sân pickleball trên địa bàn hiện vào khoảng 850 sân, gấp 5 lần so với đầu năm 2024.

Anh Trần Quốc Hưng quản lý một cụm sân trên phố Trần Thái Tông, quận Cầu Giấy. Cụm sân của anh có 6 sân tennis, nay chỉ giữ lại 2 sân, 4 sân còn lại được chia thành 16 sân pickleball. "Trước đây mỗi sân tennis ở đây cho thuê khoảng 150.000-250.000 đồng/giờ, nay mỗi sân pickleball cho thuê 120.000-200.000 đồng/giờ. Tính ra doanh thu trên một mặt sân tăng gấp 3 lần", anh Hưng nói.

Theo Liên đoàn Quần vợt Hà Nội, số người chơi tennis thường xuyên tại thành phố giảm khoảng 15% trong năm 2024, còn khoảng 60.000 người, trong khi số người chơi pickleball ước trên 100.000 người.

Ông Nguyễn Hải Nam, Phó chủ tịch Liên đoàn, cho biết Hà Nội mới có 32 sân tennis công cộng do Nhà nước quản lý, chiếm chưa đến 3% tổng số sân; phần lớn còn lại do doanh nghiệp, khu đô thị và trường học đầu tư. Theo ông, cả nước hiện có khoảng 1.200 câu lạc bộ pickleball, riêng Hà Nội chiếm gần 25%.

"Thành phố cần quy hoạch thêm quỹ đất cho sân tập công cộng thay vì để thị trường tự điều tiết", ông Nam đề xuất.

Phạm Nga
"""

FEB = P("đến cuối tháng 2/2025", None, "2025-02-28")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("Gần 200 sân tennis", "200", 200, "count", "sân", "sân tennis chuyển sang pickleball", approx="nearly"),
    F("khoảng 1.350 sân", "1.350", 1350, "count", "sân", "sân tennis", FEB, approx="about"),
    F("gần 200 sân đã", "200", 200, "count", "sân", "sân tennis được cải tạo thành sân pickleball", FEB,
      approx="nearly", total=1350),
    F("khoảng 850 sân", "850", 850, "count", "sân", "sân pickleball", approx="about",
      change=C("increase", 5, "lần", "đầu năm 2024")),
    F("có 6 sân", "6", 6, "count", "sân", "sân tennis của cụm sân", location="Cầu Giấy"),
    F("giữ lại 2 sân", "2", 2, "count", "sân", "sân tennis giữ lại", location="Cầu Giấy", total=6),
    F("4 sân còn lại", "4", 4, "count", "sân", "sân tennis chia thành sân pickleball", location="Cầu Giấy", total=6),
    F("thành 16 sân", "16", 16, "count", "sân", "sân pickleball chia từ 4 sân tennis", location="Cầu Giấy"),
    F("khoảng 150.000-250.000 đồng/giờ", "150.000", 150000, "money", "đồng/giờ", "giá thuê mỗi sân tennis",
      value_max=250000, approx="about", location="Cầu Giấy"),
    F("thuê 120.000-200.000 đồng/giờ", "120.000", 120000, "money", "đồng/giờ", "giá thuê mỗi sân pickleball",
      value_max=200000, location="Cầu Giấy"),
    F("tăng gấp 3 lần", "3", 3, "multiple", "lần", "doanh thu trên một mặt sân", location="Cầu Giấy"),
    F("còn khoảng 60.000 người", "60.000", 60000, "count", "người", "người chơi tennis thường xuyên", Y24,
      approx="about", change=C("decrease", 15, "%", approx="about")),
    F("ước trên 100.000 người", "100.000", 100000, "count", "người", "người chơi pickleball", Y24,
      approx="over", status="estimate"),
    F("có 32 sân", "32", 32, "count", "sân", "sân tennis công cộng do Nhà nước quản lý", percent=3),
    F("khoảng 1.200 câu lạc bộ", "1.200", 1200, "count", "câu lạc bộ", "câu lạc bộ pickleball", approx="about",
      location="Việt Nam"),
    F("chiếm gần 25%", "25", 25, "percent", "%", "câu lạc bộ pickleball của Hà Nội trong cả nước", approx="nearly"),
]

write(6, text, figs, published="2025-03-17", location="Hà Nội", notes=[
    "National newspaper (VnExpress style): Hà Nội tennis courts converted to pickleball; dateline 'Thứ hai, 17/3/2025, 06:00 (GMT+7)'.",
    "The cluster on phố Trần Thái Tông lies in quận Cầu Giấy: its courts, prices and revenue multiple are located there.",
    "'giảm khoảng 15% trong năm 2024, còn khoảng 60.000 người': the fall is the change of the 60.000 level (no baseline named).",
    "'chiếm chưa đến 3% tổng số sân' is the share of the 32 public courts; 'riêng Hà Nội chiếm gần 25%' is a percent figure of its own.",
    "'tăng gấp 3 lần' stands as the claim (multiple); 'gấp 5 lần so với đầu năm 2024' after 850 sân is that count's change.",
    "'giữ lại 2 sân, 4 sân còn lại' are parts of the cluster's 6 courts (the text says so; 2+4=6), so total 6.",
    "The headline figure has no period phrase; 'hiện' figures get no period. Times, weekday, street name are not figures.",
])
