from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ » Tin tức - Sự kiện » Văn hóa - Xã hội
Cập nhật: 15/07/2024 09:20
Lượt xem: 2.315

Tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh đạt 91,6%

Theo báo cáo của Bảo hiểm xã hội tỉnh, tính đến ngày 30/6/2024, toàn tỉnh có 3.388.540 người tham gia bảo hiểm y tế (BHYT), tăng 42.615 người so với cùng kỳ năm 2023. Trong đó, nhóm do ngân sách nhà nước đóng có 1.215.300 người, chiếm 35,9%; nhóm do người lao động và người sử dụng lao động đóng có 402.180 người; nhóm tham gia theo hình thức hộ gia đình có khoảng 1,02 triệu người. Riêng người thuộc hộ cận nghèo được ngân sách hỗ trợ 100% mức đóng có 48.760 người.

Tỷ lệ bao phủ BHYT đạt 91,6% dân số, thấp hơn 1,4 điểm phần trăm so với chỉ tiêu tại Nghị quyết số 15/2023/NQ-HĐND của HĐND tỉnh (93%). Một số địa phương có tỷ lệ bao phủ cao như thành phố Sầm Sơn (97,8%), huyện Thọ Xuân (96,2%), thị xã Nghi Sơn (95,4%); thấp nhất là huyện Mường Lát (83,1%) và huyện Quan Sơn (84,7%).

Trong 6 tháng đầu năm, các cơ sở khám, chữa bệnh trên địa bàn đã tiếp nhận gần 3,2 triệu lượt người khám, chữa bệnh BHYT, tăng 8,7% so với cùng kỳ; chi phí đề nghị quỹ BHYT thanh toán ước 2.946 tỷ đồng, bằng 52,1% dự toán được giao.

Năm 2024, tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 93% dân số, phát triển mới khoảng 60.000 người tham gia; đến năm 2025 đạt trên 95%.

Để hoàn thành chỉ tiêu, UBND tỉnh đã ban hành Quyết định số 2154/QĐ-UBND ngày 14/6/2024 giao chỉ tiêu cho từng huyện, thị xã, thành phố. Người dân cần hỗ trợ có thể liên hệ tổng đài 1900.9068 hoặc trụ sở BHXH tỉnh, số 69 đường Lê Lợi, phường Lam Sơn.

Lê Hà
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30", inh=True)
ASOF_S = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
COV = "tỷ lệ bao phủ bảo hiểm y tế"

FIGS = [
    F("toàn tỉnh đạt 91,6%", "91,6", 91.6, "percent", "%", COV + " toàn tỉnh", period=ASOF),
    F("có 3.388.540 người", "3.388.540", 3388540, "count", "người", "người tham gia bảo hiểm y tế",
      change={"direction": "increase", "value": 42615, "unit": "người", "baseline": "cùng kỳ năm 2023"}, period=ASOF_S),
    F("đóng có 1.215.300 người", "1.215.300", 1215300, "count", "người",
      "người tham gia BHYT nhóm do ngân sách nhà nước đóng", total=3388540, percent=35.9, period=ASOF),
    F("đóng có 402.180 người", "402.180", 402180, "count", "người",
      "người tham gia BHYT nhóm do người lao động và người sử dụng lao động đóng", total=3388540, period=ASOF),
    F("khoảng 1,02 triệu người", "1,02", 1020000, "count", "người",
      "người tham gia BHYT theo hình thức hộ gia đình", approx="about", total=3388540, period=ASOF),
    F("hỗ trợ 100% mức đóng", "100", 100, "percent", "%", "mức ngân sách hỗ trợ đóng BHYT cho người thuộc hộ cận nghèo",
      optional=True),
    F("có 48.760 người", "48.760", 48760, "count", "người",
      "người thuộc hộ cận nghèo được ngân sách hỗ trợ 100% mức đóng", period=ASOF),
    F("BHYT đạt 91,6% dân số", "91,6", 91.6, "percent", "%", COV,
      change={"direction": "decrease", "value": 1.4, "unit": "điểm phần trăm", "baseline": "chỉ tiêu"},
      target={"value": 93, "unit": "%", "met": False}, period=ASOF),
    F("Sầm Sơn (97,8%)", "97,8", 97.8, "percent", "%", COV, location="Sầm Sơn", period=ASOF),
    F("Thọ Xuân (96,2%)", "96,2", 96.2, "percent", "%", COV, location="Thọ Xuân", period=ASOF),
    F("Nghi Sơn (95,4%)", "95,4", 95.4, "percent", "%", COV, location="Nghi Sơn", period=ASOF),
    F("Mường Lát (83,1%)", "83,1", 83.1, "percent", "%", COV, location="Mường Lát", period=ASOF),
    F("Quan Sơn (84,7%)", "84,7", 84.7, "percent", "%", COV, location="Quan Sơn", period=ASOF),
    F("gần 3,2 triệu lượt", "3,2", 3200000, "count", "lượt người", "lượt người khám, chữa bệnh BHYT", approx="nearly",
      change={"direction": "increase", "value": 8.7, "unit": "%", "baseline": "cùng kỳ"}, period=H1),
    F("ước 2.946 tỷ đồng", "2.946", 2946e9, "money", "đồng", "chi phí đề nghị quỹ BHYT thanh toán", percent=52.1,
      status="estimate", period=H1),
    F("đạt 93% dân số", "93", 93, "percent", "%", COV, status="target", period=Y),
    F("khoảng 60.000 người", "60.000", 60000, "count", "người", "người tham gia BHYT phát triển mới", approx="about",
      status="target", period=Y),
    F("đạt trên 95%", "95", 95, "percent", "%", COV, approx="over", status="target",
      period=P("đến năm 2025", end="2025-12-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa: BHYT coverage at 30/6/2024, participant groups, district coverage list, 6-month claims, 2024/2025 targets.",
    "'Cập nhật: 15/07/2024 09:20' is the date; 'Lượt xem: 2.315', decree/decision numbers, hotline 1900.9068, address 'số 69' are not figures.",
    "Title 91,6% takes the as-of date from the body (inherited). 'Trong đó' after the sentence with 3.388.540 gives the groups total 3388540.",
    "'thấp hơn 1,4 điểm phần trăm so với chỉ tiêu ... (93%)': gap to plan is a change (baseline chỉ tiêu), the bracket is the target (met false).",
    "'hỗ trợ 100% mức đóng' defines the group: optional. '6 tháng đầu năm' takes 2024 from the as-of date. 'phấn đấu' governs the 2024/2025 targets.",
]

if __name__ == "__main__":
    build("p291-1", TEXT, FIGS, COMMENTS, location="Thanh Hóa", published="2024-07-15")
