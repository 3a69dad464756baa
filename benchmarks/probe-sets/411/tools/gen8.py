from lib import F, P, emit

TEXT = """Thời sự › Dân sinh
Thứ sáu, 11/10/2024, 08:30 (GMT+7)

TP HCM: Thất thoát nước giảm còn 15,2%, thấp nhất từ trước đến nay

Từ đầu năm đến nay, Tổng công ty Cấp nước Sài Gòn (SAWACO) đã gắn mới 21.350 đồng hồ nước, nâng tổng số khách hàng lên khoảng 1,52 triệu; tỷ lệ thất thoát nước trên toàn mạng lưới giảm còn 15,2%.

Theo báo cáo của SAWACO, tính đến 30/9, 100% hộ dân tại 21 quận, huyện và TP Thủ Đức đã được cung cấp nước sạch; tổng công suất cấp nước của thành phố đạt khoảng 2,7 triệu m3/ngày đêm, trong đó nước mặt chiếm 92%. Sản lượng nước tiêu thụ 9 tháng năm 2024 đạt 623,4 triệu m3, tăng 3,1% so với cùng kỳ; doanh thu tiền nước ước đạt 5,8 nghìn tỷ đồng.

Ông Nguyễn Thanh Sử, Tổng giám đốc SAWACO, cho biết năm 2024 đơn vị được giao chỉ tiêu giảm tỷ lệ thất thoát nước xuống 15%. Để đạt mục tiêu, từ tháng 3 đến nay SAWACO đã thay mới gần 98 km ống cũ, lắp đặt 312 đồng hồ tổng tại các vùng tách mạng (DMA), phát hiện và sửa chữa hơn 4.600 điểm bể ngầm.

Giai đoạn 2021-2025, thành phố đầu tư 8 dự án phát triển nguồn nước với tổng vốn khoảng 4.300 tỷ đồng. Dự kiến đến năm 2025, Nhà máy nước Tân Hiệp 2 giai đoạn 1 sẽ vận hành với công suất 300.000 m3/ngày đêm, gấp 1,5 lần công suất Nhà máy nước Tân Hiệp 1 hiện nay.

So với các đô thị lớn, tỷ lệ thất thoát của TP HCM vẫn cao hơn Hà Nội (khoảng 14%) nhưng thấp hơn mức bình quân cả nước (16,8%). Khách hàng phản ánh sự cố cấp nước qua tổng đài 1900 545 494 hoặc ứng dụng CSKH SAWACO.

Lê Tuyết
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-11")
YTDI = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-11", inherited=True)
ASOF = P("tính đến 30/9", None, "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
LOSS = "tỷ lệ thất thoát nước"

FIGS = [
    F("giảm còn 15,2%, thấp", "15,2", 15.2, "percent", "%", "Thất thoát nước"),
    F("mới 21.350 đồng hồ", "21.350", 21350, "count", "đồng hồ nước", "đồng hồ nước gắn mới", period=YTD),
    F("khoảng 1,52 triệu", "1,52", 1520000, "count", "khách hàng", "tổng số khách hàng", approx="about", period=YTD),
    F("giảm còn 15,2%.", "15,2", 15.2, "percent", "%", "tỷ lệ thất thoát nước trên toàn mạng lưới", period=YTD),
    F("100% hộ dân", "100", 100, "percent", "%", "hộ dân được cung cấp nước sạch", period=ASOF),
    F("tại 21 quận", "21", 21, "count", "quận, huyện", "quận, huyện", optional=True),
    F("khoảng 2,7 triệu", "2,7", 2700000, "measure", "m3/ngày đêm", "tổng công suất cấp nước của thành phố", approx="about", period=ASOF),
    F("chiếm 92%", "92", 92, "percent", "%", "nước mặt trong tổng công suất cấp nước", period=ASOF),
    F("đạt 623,4 triệu m3", "623,4", 623400000, "measure", "m3", "Sản lượng nước tiêu thụ",
      change={"direction": "increase", "value": 3.1, "unit": "%", "baseline": "cùng kỳ"}, period=N9),
    F("ước đạt 5,8 nghìn tỷ đồng", "5,8", 5800000000000, "money", "đồng", "doanh thu tiền nước", status="estimate", period=N9),
    F("xuống 15%", "15", 15, "percent", "%", "tỷ lệ thất thoát nước", status="target", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("gần 98 km", "98", 98, "measure", "km", "ống cũ thay mới", approx="nearly", period=P("từ tháng 3 đến nay", "2024-03-01", "2024-10-11")),
    F("lắp đặt 312 đồng hồ", "312", 312, "count", "đồng hồ tổng", "đồng hồ tổng lắp đặt tại các vùng tách mạng (DMA)",
      period=P("từ tháng 3 đến nay", "2024-03-01", "2024-10-11")),
    F("hơn 4.600 điểm", "4.600", 4600, "count", "điểm bể ngầm", "điểm bể ngầm phát hiện và sửa chữa", approx="over",
      period=P("từ tháng 3 đến nay", "2024-03-01", "2024-10-11")),
    F("đầu tư 8 dự án", "8", 8, "count", "dự án", "dự án phát triển nguồn nước", period=GD),
    F("khoảng 4.300 tỷ đồng", "4.300", 4300000000000, "money", "đồng", "tổng vốn dự án phát triển nguồn nước", approx="about", period=GD),
    F("công suất 300.000 m3", "300.000", 300000, "measure", "m3/ngày đêm", "công suất Nhà máy nước Tân Hiệp 2 giai đoạn 1",
      change={"direction": "increase", "value": 1.5, "unit": "lần", "baseline": "công suất Nhà máy nước Tân Hiệp 1 hiện nay"},
      status="forecast", period=P("đến năm 2025", None, "2025-12-31")),
    F("Hà Nội (khoảng 14%)", "14", 14, "percent", "%", LOSS, approx="about", location="Hà Nội"),
    F("cả nước (16,8%)", "16,8", 16.8, "percent", "%", "tỷ lệ thất thoát mức bình quân cả nước", location="Việt Nam"),
]

emit(8, TEXT, [
    "National online press (VnExpress-like): SAWACO water supply in TP HCM, year to date 2024.",
    "Dateline 'Thứ sáu, 11/10/2024, 08:30 (GMT+7)', byline at the end. Distractors: '(GMT+7)', 'TP Thủ Đức', plant names 'Tân Hiệp 2 giai đoạn 1',",
    "'Tân Hiệp 1', hotline '1900 545 494', breadcrumb 'Thời sự › Dân sinh'.",
    "'Từ đầu năm đến nay' runs to the dateline; 'tính đến 30/9' takes 2024 from the dateline. '21 quận, huyện' is structure: optional.",
    "'trong đó nước mặt chiếm 92%' is the share of a part (surface water) in the capacity, not a share of the 2,7 triệu itself: its own percent figure.",
    "'gấp 1,5 lần công suất Nhà máy nước Tân Hiệp 1' after the 300.000 capacity is its change (lần); 'Dự kiến đến năm 2025' makes it a forecast.",
    "Comparison items: Hà Nội (khoảng 14%) located Hà Nội, 'mức bình quân cả nước (16,8%)' located Việt Nam; no period stated for either.",
], FIGS, published="2024-10-11", location="TP Hồ Chí Minh")
