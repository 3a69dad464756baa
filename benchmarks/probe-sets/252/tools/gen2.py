from lib import F, P, emit

TEXT = """
SỞ XÂY DỰNG HÀ NỘI
Tin tức - Hạ tầng kỹ thuật

Hà Nội còn 14 điểm úng ngập trước mùa mưa năm 2024
Thứ Tư, 15/05/2024 - 10:42

Theo Sở Xây dựng Hà Nội, tính đến ngày 30/4/2024, trên địa bàn 12 quận nội thành còn 14 điểm úng ngập khi mưa với lượng mưa trên 50 mm, giảm 5 điểm so với năm 2023. Trong đó, quận Hoàng Mai có 3 điểm, quận Đống Đa 2 điểm, quận Thanh Xuân 2 điểm, quận Cầu Giấy 2 điểm; 5 điểm còn lại thuộc các quận Hai Bà Trưng, Ba Đình, Tây Hồ, Long Biên và Bắc Từ Liêm.

Năm 2024, thành phố bố trí 1.126 tỷ đồng cho công tác duy trì, nạo vét hệ thống thoát nước, tăng 8,3% so với năm 2023. Từ đầu năm đến nay, các đơn vị đã nạo vét 1.650 km cống ngầm, 96 km mương, sông thoát nước và 9 hồ điều hòa; kiểm tra, sửa chữa hơn 22.000 ga thu nước.

Dự án cải thiện hệ thống thoát nước lưu vực sông Tô Lịch có tổng mức đầu tư khoảng 6.970 tỷ đồng; lũy kế đến hết tháng 4/2024 giải ngân đạt 72,4%. Trạm bơm Yên Sở mở rộng với công suất 90 m3/s đã sẵn sàng vận hành, bảo đảm tiêu thoát cho khoảng 4.700 ha phía Nam thành phố.

Thực hiện Kế hoạch số 98/KH-UBND ngày 2/4/2024, thành phố đã bố trí 63 trạm bơm cục bộ, 17 máy bơm di động và khoảng 1.200 công nhân trực 24/24 giờ tại các điểm xung yếu. Mục tiêu đến năm 2025, giảm số điểm úng ngập xuống dưới 10 điểm, tỷ lệ nước thải đô thị được thu gom, xử lý đạt 50%.

Người dân phát hiện sự cố thoát nước có thể phản ánh qua đường dây nóng 024.3978.1230.
"""

AS = P("tính đến ngày 30/4/2024", None, "2024-04-30")
ASi = P("tính đến ngày 30/4/2024", None, "2024-04-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-15")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "điểm úng ngập khi mưa"

FIGS = [
    F("còn 14 điểm úng ngập trước", "14", "count", "điểm", SUBJ, period=P("năm 2024", "2024-01-01", "2024-12-31"),
      optional=True),
    F("trên địa bàn 12 quận", "12", "count", "quận", "quận nội thành", period=AS, optional=True),
    F("còn 14 điểm úng ngập khi", "14", "count", "điểm", SUBJ,
      change={"direction": "decrease", "value": 5, "unit": "điểm", "baseline": "năm 2023"}, period=AS),
    F("lượng mưa trên 50 mm", "50", "measure", "mm", "lượng mưa", approx="over", optional=True),
    F("Mai có 3 điểm", "3", "count", "điểm", SUBJ, total=14, period=ASi, location="Hoàng Mai"),
    F("Đống Đa 2 điểm", "2", "count", "điểm", SUBJ, total=14, period=ASi, location="Đống Đa"),
    F("Thanh Xuân 2 điểm", "2", "count", "điểm", SUBJ, total=14, period=ASi, location="Thanh Xuân"),
    F("Cầu Giấy 2 điểm", "2", "count", "điểm", SUBJ, total=14, period=ASi, location="Cầu Giấy"),
    F("; 5 điểm còn lại", "5", "count", "điểm", SUBJ, total=14, period=ASi),
    F("bố trí 1.126 tỷ đồng", "1.126", "money", "đồng", "kinh phí duy trì, nạo vét hệ thống thoát nước", mult=1e9,
      change={"direction": "increase", "value": 8.3, "unit": "%", "baseline": "năm 2023"}, period=Y24),
    F("nạo vét 1.650 km", "1.650", "measure", "km", "cống ngầm được nạo vét", period=YTD),
    F("cống ngầm, 96 km", "96", "measure", "km", "mương, sông thoát nước được nạo vét", period=YTD),
    F("và 9 hồ điều hòa", "9", "count", "hồ điều hòa", "hồ điều hòa được nạo vét", period=YTD),
    F("hơn 22.000 ga", "22.000", "count", "ga thu nước", "ga thu nước được kiểm tra, sửa chữa", approx="over",
      period=YTD),
    F("khoảng 6.970 tỷ đồng", "6.970", "money", "đồng",
      "tổng mức đầu tư dự án cải thiện hệ thống thoát nước lưu vực sông Tô Lịch", mult=1e9, approx="about"),
    F("giải ngân đạt 72,4%", "72,4", "percent", "%", "tỷ lệ giải ngân dự án cải thiện hệ thống thoát nước lưu vực sông Tô Lịch",
      period=P("đến hết tháng 4/2024", None, "2024-04-30")),
    F("công suất 90 m3/s", "90", "measure", "m3/s", "công suất trạm bơm Yên Sở mở rộng"),
    F("khoảng 4.700 ha", "4.700", "measure", "ha", "diện tích tiêu thoát của trạm bơm Yên Sở", approx="about"),
    F("bố trí 63 trạm bơm", "63", "count", "trạm bơm cục bộ", "trạm bơm cục bộ được bố trí"),
    F("17 máy bơm", "17", "count", "máy bơm di động", "máy bơm di động được bố trí"),
    F("khoảng 1.200 công nhân", "1.200", "count", "công nhân", "công nhân trực tại các điểm xung yếu", approx="about"),
    F("xuống dưới 10 điểm", "10", "count", "điểm", SUBJ, approx="under", status="target", period=T25),
    F("xử lý đạt 50%", "50", "percent", "%", "tỷ lệ nước thải đô thị được thu gom, xử lý", status="target", period=T25),
]

COMMENTS = [
    "Sở Xây dựng Hà Nội (department site): flooding points before the 2024 rainy season, dredging, drainage projects, 2025 targets.",
    "Dateline 'Thứ Tư, 15/05/2024 - 10:42'. 'Từ đầu năm đến nay' runs 2024-01-01 to the dateline.",
    "Districts after 'Trong đó' are parts of the 14 points (total 14) with the district as location; the '5 điểm còn lại' are Hà Nội's.",
    "Optional: headline 14 (restates the lead), '12 quận nội thành' (structure), threshold 'trên 50 mm'.",
    "Distractors: Kế hoạch số 98/KH-UBND ngày 2/4/2024, '24/24 giờ', hotline 024.3978.1230, 'tháng 4/2024'.",
    "The project's total investment (6.970 tỷ) has no period: 'lũy kế đến hết tháng 4/2024' stands after it, in the next clause, and dates the disbursement.",
    "revised after scoring: 6.970 tỷ lost the period 'đến hết tháng 4/2024' (the phrase governs the later disbursement clause only).",
    "The Yên Sở capacity, area and standby resources carry no period phrase: period null.",
]

emit(2, TEXT, COMMENTS, FIGS, published="2024-05-15", location="Hà Nội")
