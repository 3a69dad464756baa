"""p842-6: National newspaper, undersea fibre to Cô Tô island district (Quảng Ninh), 2024."""
from lib import F, P, I, C, T, build

TEXT = """Số hóa
Thứ hai, 11/11/2024, 06:30 (GMT+7)

Đảo Cô Tô có internet cáp quang ngang đất liền

Tuyến cáp quang biển Cô Tô dài 63 km vừa được đưa vào khai thác, với tổng vốn đầu tư khoảng 115 tỷ đồng và dung lượng thiết kế 100 Gbps, gấp 10 lần tuyến vi ba cũ.

Theo UBND huyện Cô Tô, 100% hộ dân trên hai đảo Cô Tô và Thanh Lân đã có thể đăng ký internet cáp quang. Đến cuối tháng 10, huyện có 1.860 thuê bao băng rộng cố định, gấp 2,3 lần so với đầu năm.

Giá cước gói cáp quang phổ biến trên đảo là 165.000 đồng/tháng, tương đương đất liền, trong khi trước đây người dân phải trả 400.000-500.000 đồng/tháng cho kết nối vệ tinh tốc độ thấp. Chị Nguyễn Thị Hoa, chủ homestay ở thôn Hải Tiến, cho biết phòng nghỉ có wifi mạnh giúp cơ sở tăng khoảng 30% lượng khách đặt trước.

Huyện cũng lắp 35 điểm wifi miễn phí tại bãi tắm Hồng Vàn, cảng Cô Tô và trên các tàu cao tốc tuyến Vân Đồn - Cô Tô; từ tháng 6 đến tháng 8/2024 có hơn 210.000 lượt kết nối.

Toàn tỉnh Quảng Ninh hiện có 100% thôn, khu có cáp quang và khoảng 368.000 thuê bao băng rộng cố định, trong đó hơn 92% dùng gói tốc độ từ 150 Mbps trở lên. Theo Bộ Thông tin và Truyền thông, cả nước hiện còn khoảng 300 thôn, bản chưa có sóng di động, phần lớn ở vùng núi và hải đảo.

Năm 2025, tỉnh dự kiến đầu tư tuyến cáp quang biển thứ 2 ra Cô Tô để dự phòng, dài khoảng 58 km, vốn khoảng 90 tỷ đồng; đồng thời phấn đấu nâng số điểm wifi miễn phí trên đảo lên 60 điểm.

Minh Cương
"""

CT = {"location": "Cô Tô"}
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("dài 63 km", "63", 63, "measure", "km", "chiều dài tuyến cáp quang biển Cô Tô", **CT),
    F("khoảng 115 tỷ đồng", "115", 115e9, "money", "đồng", "tổng vốn đầu tư tuyến cáp quang biển", approx="about",
      **CT),
    F("thiết kế 100 Gbps", "100", 100, "measure", "Gbps", "dung lượng thiết kế tuyến cáp quang biển",
      change=C("increase", 10, "lần", "tuyến vi ba cũ"), **CT),
    F("Cô Tô, 100% hộ dân", "100", 100, "percent", "%", "hộ dân có thể đăng ký internet cáp quang", **CT),
    F("trên hai đảo", "hai", 2, "count", "đảo", optional=True, **CT),
    F("có 1.860 thuê bao", "1.860", 1860, "count", "thuê bao", "thuê bao băng rộng cố định",
      P("Đến cuối tháng 10", end="2024-10-31"), change=C("increase", 2.3, "lần", "đầu năm"), **CT),
    F("là 165.000 đồng/tháng", "165.000", 165000, "money", "đồng/tháng", "giá cước gói cáp quang phổ biến trên đảo",
      **CT),
    F("trả 400.000-500.000", "400.000", 400000, "money", "đồng/tháng", "giá kết nối vệ tinh trước đây",
      value_max=500000, **CT),
    F("khoảng 30% lượng khách", "30", 30, "percent", "%", "lượng khách đặt trước tăng", approx="about", **CT),
    F("lắp 35 điểm", "35", 35, "count", "điểm wifi", "điểm wifi miễn phí", **CT),
    F("hơn 210.000 lượt", "210.000", 210000, "count", "lượt kết nối", "lượt kết nối wifi miễn phí",
      P("từ tháng 6 đến tháng 8/2024", "2024-06-01", "2024-08-31"), approx="over", **CT),
    F("có 100% thôn, khu", "100", 100, "percent", "%", "thôn, khu có cáp quang"),
    F("khoảng 368.000", "368.000", 368000, "count", "thuê bao", "thuê bao băng rộng cố định", approx="about"),
    F("hơn 92% dùng", "92", 92, "percent", "%", "thuê bao dùng gói tốc độ từ 150 Mbps trở lên", approx="over"),
    F("từ 150 Mbps trở lên", "150", 150, "measure", "Mbps", "tốc độ gói cước", approx="at_least", optional=True),
    F("khoảng 300 thôn", "300", 300, "count", "thôn, bản", "thôn, bản chưa có sóng di động", approx="about",
      location="Việt Nam"),
    F("dài khoảng 58 km", "58", 58, "measure", "km", "chiều dài tuyến cáp quang biển thứ 2", Y25, approx="about",
      status="forecast", **CT),
    F("vốn khoảng 90 tỷ", "90", 90e9, "money", "đồng", "vốn đầu tư tuyến cáp quang biển thứ 2", Y25,
      approx="about", status="forecast", **CT),
    F("lên 60 điểm", "60", 60, "count", "điểm", "điểm wifi miễn phí trên đảo", Y25, status="target", **CT),
]

NOTES = [
    "National newspaper (dateline 'Thứ hai, 11/11/2024, 06:30 (GMT+7)', byline at the end): undersea fibre to Cô Tô island",
    "district, prices, public wifi; province-wide Quảng Ninh figures and one national figure (Việt Nam). Invented text.",
    "Cô Tô figures carry location Cô Tô (district). 'gấp 10 lần tuyến vi ba cũ' / 'gấp 2,3 lần so với đầu năm' after a figure",
    "are its change in 'lần'. 'tăng khoảng 30% lượng khách' (a rate with no base) is a percent figure without change.",
    "'hơn 92%' after 'trong đó' is a share, a percent figure of its own (no total). Optional: 'hai đảo' (only names the two",
    "islands), the tier threshold 'từ 150 Mbps trở lên'. 'Đến cuối tháng 10' takes 2024 from the dateline.",
    "Not figures: '06:30 (GMT+7)', 'tuyến cáp quang biển thứ 2' (ordinal), 'thôn Hải Tiến', 'tuyến Vân Đồn - Cô Tô'.",
    "'dự kiến' governs 58 km and 90 tỷ (forecast); 'phấn đấu' governs the 60 points (target).",
]

build("p842-6", TEXT, FIGS, NOTES, published="2024-11-11", location="Quảng Ninh")
