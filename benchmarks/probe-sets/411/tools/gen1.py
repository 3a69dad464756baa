from lib import F, P, emit

TEXT = """Hải Dương: Tỷ lệ dân số đô thị được cấp nước sạch đạt 99,2%
Cập nhật: 08/01/2025 10:15 | Lượt xem: 1.247

Sáng 7/1, Công ty cổ phần Kinh doanh nước sạch Hải Dương tổ chức hội nghị tổng kết hoạt động sản xuất kinh doanh năm 2024, triển khai nhiệm vụ năm 2025. Dự và chỉ đạo hội nghị có đồng chí Lưu Văn Bản, Phó Chủ tịch UBND tỉnh.

Năm 2024, tổng sản lượng nước sản xuất của công ty đạt 52,4 triệu m3, tăng 6,8% so với năm 2023; sản lượng nước thương phẩm đạt 44,1 triệu m3. Tỷ lệ thất thoát, thất thu nước sạch giảm còn 15,8%, thấp hơn 1,2% so với kế hoạch giao. Doanh thu đạt 468,3 tỷ đồng, bằng 104,5% kế hoạch; nộp ngân sách nhà nước gần 37 tỷ đồng.

Trong năm 2024, công ty lắp đặt mới 7.912 đồng hồ khách hàng, nâng tổng số khách hàng sử dụng nước lên 241.560 hộ; trong đó khu vực đô thị có 158.300 hộ, khu vực nông thôn có 83.260 hộ. Tỷ lệ dân số đô thị được cấp nước sạch đạt 99,2%, tỷ lệ dân số nông thôn được sử dụng nước sạch theo quy chuẩn đạt 78,5%.

Công ty đã hoàn thành nâng công suất Nhà máy nước Việt Hòa từ 60.000 lên 90.000 m3/ngày đêm và thay thế khoảng 46 km đường ống cũ. Tổng công suất các nhà máy nước do công ty quản lý hiện đạt 215.000 m3/ngày đêm.

Năm 2025, công ty phấn đấu sản lượng nước sản xuất đạt 55 triệu m3, lắp đặt mới trên 8.000 khách hàng, tỷ lệ thất thoát dưới 15%. Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh đề nghị công ty phối hợp với các địa phương triển khai Quyết định số 2476/QĐ-UBND về phương án cấp nước an toàn, ưu tiên đầu tư mạng lưới cho các khu dân cư mới. Mọi phản ánh về chất lượng dịch vụ, khách hàng liên hệ đường dây nóng 0220.3852.313.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24T = P("Trong năm 2024", "2024-01-01", "2024-12-31")
Y24I = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("sạch đạt 99,2%\nCập", "99,2", 99.2, "percent", "%", "Tỷ lệ dân số đô thị được cấp nước sạch"),
    F("đạt 52,4 triệu m3", "52,4", 52400000, "measure", "m3", "tổng sản lượng nước sản xuất",
      change={"direction": "increase", "value": 6.8, "unit": "%", "baseline": "năm 2023"}, period=Y24),
    F("đạt 44,1 triệu m3", "44,1", 44100000, "measure", "m3", "sản lượng nước thương phẩm", period=Y24),
    F("giảm còn 15,8%", "15,8", 15.8, "percent", "%", "Tỷ lệ thất thoát, thất thu nước sạch",
      change={"direction": "decrease", "value": 1.2, "unit": "%", "baseline": "kế hoạch giao"}, period=Y24I),
    F("đạt 468,3 tỷ đồng", "468,3", 468300000000, "money", "đồng", "Doanh thu", percent=104.5, period=Y24I),
    F("gần 37 tỷ đồng", "37", 37000000000, "money", "đồng", "nộp ngân sách nhà nước", approx="nearly", period=Y24I),
    F("mới 7.912 đồng hồ", "7.912", 7912, "count", "đồng hồ", "đồng hồ khách hàng lắp đặt mới", period=Y24T),
    F("lên 241.560 hộ", "241.560", 241560, "count", "hộ", "tổng số khách hàng sử dụng nước", period=Y24T),
    F("có 158.300 hộ", "158.300", 158300, "count", "hộ", "khách hàng sử dụng nước khu vực đô thị", total=241560, period=Y24T),
    F("có 83.260 hộ", "83.260", 83260, "count", "hộ", "khách hàng sử dụng nước khu vực nông thôn", total=241560, period=Y24T),
    F("sạch đạt 99,2%, tỷ lệ", "99,2", 99.2, "percent", "%", "Tỷ lệ dân số đô thị được cấp nước sạch", period=Y24I),
    F("quy chuẩn đạt 78,5%", "78,5", 78.5, "percent", "%", "tỷ lệ dân số nông thôn được sử dụng nước sạch theo quy chuẩn", period=Y24I),
    F("từ 60.000 lên", "60.000", 60000, "measure", "m3/ngày đêm", "công suất Nhà máy nước Việt Hòa trước khi nâng", period=Y24I),
    F("lên 90.000 m3/ngày đêm", "90.000", 90000, "measure", "m3/ngày đêm", "công suất Nhà máy nước Việt Hòa", period=Y24I),
    F("khoảng 46 km", "46", 46, "measure", "km", "đường ống cũ thay thế", approx="about", period=Y24I),
    F("hiện đạt 215.000 m3/ngày đêm", "215.000", 215000, "measure", "m3/ngày đêm", "Tổng công suất các nhà máy nước do công ty quản lý"),
    F("đạt 55 triệu m3", "55", 55000000, "measure", "m3", "sản lượng nước sản xuất", status="target", period=Y25),
    F("trên 8.000 khách hàng", "8.000", 8000, "count", "khách hàng", "khách hàng lắp đặt mới", approx="over", status="target", period=Y25),
    F("thất thoát dưới 15%", "15", 15, "percent", "%", "tỷ lệ thất thoát", approx="under", status="target", period=Y25),
]

emit(1, TEXT, [
    "Cổng TTĐT tỉnh Hải Dương (province portal): water company year-end 2024 results and 2025 targets.",
    "Dateline 'Cập nhật: 08/01/2025 10:15 | Lượt xem: 1.247'. Distractors: counter 1.247, 'Sáng 7/1', Quyết định số 2476/QĐ-UBND, hotline 0220.3852.313.",
    "Headline 99,2% is a figure (period not in the headline). 'giảm còn 15,8%' states only the new level; 'thấp hơn 1,2% so với kế hoạch giao' is its change (plan gap).",
    "'bằng 104,5% kế hoạch' is the percent of the revenue. 'từ 60.000 lên 90.000' is old and new capacity: two figures, not a range.",
    "Customers 241.560 hộ split after 'trong đó' into 158.300 + 83.260 (total). 2025 targets: status target, 'trên' over, 'dưới' under.",
], FIGS, published="2025-01-08", location="Hải Dương")
