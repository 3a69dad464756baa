from lib import F, P, build

TEXT = """Thời sự › Giao thông

Thứ hai, 14/10/2024, 06:00 (GMT+7)

Đà Nẵng chi hơn 1.000 tỷ đồng chống ngập khu trung tâm

Sau trận mưa lịch sử tháng 10/2022, Đà Nẵng triển khai 9 dự án chống ngập cấp bách với tổng vốn hơn 1.000 tỷ đồng, tập trung tại các quận Hải Châu, Thanh Khê và Liên Chiểu.

Theo Sở Xây dựng, trong 9 dự án, đến nay đã có 5 dự án hoàn thành, giải ngân 612 tỷ đồng, đạt 59% tổng vốn. Công trình lớn nhất là tuyến cống hộp trên đường 2 Tháng 9 dài 2,7 km, vốn 325 tỷ đồng, giúp tiêu thoát cho lưu vực khoảng 420 ha.

Hồ điều hòa Bàu Trảng (quận Thanh Khê) được nạo vét, mở rộng lên 12,6 ha; dung tích trữ nước tăng gấp 1,5 lần. Ngoài ra, hai trạm bơm tại đường Hàm Nghi và khu vực Phần Lăng với tổng công suất 7,2 m3/s đã đưa vào vận hành từ tháng 8.

Ông Nguyễn Hữu Phước, Phó giám đốc Sở Xây dựng, cho biết năm 2023 số điểm ngập khi mưa lớn trên địa bàn giảm còn 23 điểm, so với 57 điểm năm 2022. "Năm nay, thành phố phấn đấu đưa số điểm ngập xuống dưới 15 điểm", ông nói.

Theo ông Phước, lượng mưa thiết kế của hệ thống thoát nước mới được nâng lên 150 mm/ngày, thay cho mức 100 mm/ngày trước đây. Thành phố dự kiến vay khoảng 72 triệu USD từ Ngân hàng Thế giới cho giai đoạn 2025-2030 để cải tạo 35 km kênh, mương và xây thêm 4 hồ điều hòa.

Trong trận mưa lịch sử ngày 14/10/2022, lượng mưa tại Đà Nẵng đạt 792 mm trong khoảng 7 giờ, vượt cả lượng mưa trung bình của tháng 10; khoảng 30.000 ngôi nhà bị ngập, thiệt hại hơn 500 tỷ đồng.

Nguyễn Đông

Ý kiến (12)"""

TD = P("đến nay", None, "2024-10-14")
FIGS = [
    F("chi hơn 1.000 tỷ đồng", "1.000", 1e12, "money", "đồng", "vốn chống ngập khu trung tâm", approx="over"),
    F("triển khai 9 dự án", "9", 9, "count", "dự án", "dự án chống ngập cấp bách"),
    F("tổng vốn hơn 1.000 tỷ đồng", "1.000", 1e12, "money", "đồng", "tổng vốn dự án chống ngập cấp bách", approx="over"),
    F("trong 9 dự án", "9", 9, "count", "dự án", optional=True),
    F("có 5 dự án hoàn thành", "5", 5, "count", "dự án", "dự án hoàn thành", total=9, period=TD),
    F("giải ngân 612 tỷ đồng", "612", 612e9, "money", "đồng", "vốn giải ngân", percent=59, period=TD),
    F("dài 2,7 km", "2,7", 2.7, "measure", "km", "chiều dài tuyến cống hộp trên đường 2 Tháng 9"),
    F("vốn 325 tỷ đồng", "325", 325e9, "money", "đồng", "vốn tuyến cống hộp trên đường 2 Tháng 9"),
    F("khoảng 420 ha", "420", 420, "measure", "ha", "lưu vực tiêu thoát", approx="about"),
    F("lên 12,6 ha", "12,6", 12.6, "measure", "ha", "diện tích hồ điều hòa Bàu Trảng", location="Thanh Khê"),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "dung tích trữ nước hồ điều hòa Bàu Trảng tăng", location="Thanh Khê"),
    F("hai trạm bơm", "hai", 2, "count", "trạm bơm", "trạm bơm đưa vào vận hành"),
    F("công suất 7,2 m3/s", "7,2", 7.2, "measure", "m3/s", "tổng công suất hai trạm bơm"),
    F("còn 23 điểm", "23", 23, "count", "điểm", "điểm ngập khi mưa lớn", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("với 57 điểm", "57", 57, "count", "điểm", "điểm ngập khi mưa lớn", period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("dưới 15 điểm", "15", 15, "count", "điểm", "điểm ngập", approx="under", status="target",
      period=P("Năm nay", "2024-01-01", "2024-12-31")),
    F("nâng lên 150 mm/ngày", "150", 150, "measure", "mm/ngày", "lượng mưa thiết kế của hệ thống thoát nước mới"),
    F("mức 100 mm/ngày", "100", 100, "measure", "mm/ngày", "lượng mưa thiết kế trước đây"),
    F("khoảng 72 triệu USD", "72", 72e6, "money", "USD", "vốn vay Ngân hàng Thế giới", approx="about", status="forecast",
      period=P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")),
    F("cải tạo 35 km", "35", 35, "measure", "km", "kênh, mương cải tạo", status="forecast",
      period=P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")),
    F("thêm 4 hồ", "4", 4, "count", "hồ điều hòa", "hồ điều hòa xây thêm", status="forecast",
      period=P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")),
    F("đạt 792 mm", "792", 792, "measure", "mm", "lượng mưa", period=P("ngày 14/10/2022", "2022-10-14", "2022-10-14")),
    F("khoảng 7 giờ", "7", 7, "measure", "giờ", approx="about", optional=True),
    F("khoảng 30.000 ngôi nhà", "30.000", 30000, "count", "ngôi nhà", "ngôi nhà bị ngập", approx="about",
      period=P("ngày 14/10/2022", "2022-10-14", "2022-10-14")),
    F("hơn 500 tỷ đồng", "500", 500e9, "money", "đồng", "thiệt hại", approx="over",
      period=P("ngày 14/10/2022", "2022-10-14", "2022-10-14")),
]

COMMENTS = [
    "National online press (VnExpress style): Đà Nẵng anti-flooding projects after the October 2022 rain; 'Thứ hai, 14/10/2024, 06:00 (GMT+7)' dateline, byline, comment count.",
    "Distractors: '(GMT+7)', 'tháng 10/2022' (the event), 'đường 2 Tháng 9' (street name), 'từ tháng 8', 'Ý kiến (12)' (comment count), person's name.",
    "'trong 9 dự án, đến nay đã có 5 dự án hoàn thành' -> the restated 9 is optional, 5 has total 9; 'đến nay' ends at the dateline.",
    "'612 tỷ đồng, đạt 59% tổng vốn' -> percent 59. 'tăng gấp 1,5 lần' stands alone as the claim: multiple. Bàu Trảng figures take quận Thanh Khê.",
    "'giảm còn 23 điểm, so với 57 điểm năm 2022' states both levels, each a figure with its year, no change value. 'Năm nay' = 2024 (dateline).",
    "'dự kiến vay ... để cải tạo 35 km ... và xây thêm 4 hồ' -> all forecast for giai đoạn 2025-2030. Design rainfall 'mm/ngày' is a rate unit.",
    "The headline's 'chi hơn 1.000 tỷ đồng' is a figure (as h01's headline).",
    "'trong khoảng 7 giờ' is the duration of the rain (optional).",
]
build("p343-7", TEXT, COMMENTS, {"published": "2024-10-14", "location": "Đà Nẵng"}, FIGS)
