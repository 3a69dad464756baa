from lib import Doc, per

TEXT = """Thời sự › Pháp luật
Gần 27.600 phạm nhân được học nghề trong năm 2024
Thứ hai, 9/12/2024, 14:20 (GMT+7)

Các trại giam trên cả nước đã dạy nghề cho 27.560 phạm nhân trong năm 2024, tăng 11% so với năm 2023, nhằm giúp họ có sinh kế sau khi ra tù.

Số liệu được Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (C10, Bộ Công an) công bố tại hội nghị tổng kết sáng 8/12. Ngoài học nghề, các trại giam còn xóa mù chữ cho 1.142 phạm nhân và phổ cập giáo dục tiểu học cho 2.380 người. Tỷ lệ phạm nhân được tổ chức lao động, học nghề đạt 97,5%; thu nhập bình quân từ lao động khoảng 1,2 triệu đồng/phạm nhân/tháng, một phần được gửi về gia đình hoặc dùng để nộp án phí.

Riêng 6 tháng đầu năm, các trại giam phối hợp với 146 doanh nghiệp ký kết cam kết tiếp nhận lao động, dự kiến tuyển dụng hơn 3.200 phạm nhân sau khi mãn hạn tù. Trại giam số 5 (Thanh Hóa) có 1.850 phạm nhân học nghề may công nghiệp, mộc và cơ khí, nhiều nhất toàn lực lượng.

Theo đại tá Nguyễn Văn Tuấn, Phó cục trưởng C10, tỷ lệ tái phạm tội chung cả nước hiện từ 10 đến 12%, trong khi ở nhóm người có nghề và việc làm ổn định chỉ dưới 3%. Tỷ lệ tái phạm ở nhóm không có việc làm cao gấp 4 lần nhóm có việc làm.

"Người ra tù mà có một cái nghề trong tay thì nguy cơ quay lại con đường cũ giảm đi rất nhiều", ông Tuấn nói.

Năm 2025, C10 đặt chỉ tiêu 100% phạm nhân đủ điều kiện được học nghề và ít nhất 35% trong số đó được doanh nghiệp cam kết tiếp nhận. Bộ Công an cũng đề nghị nâng mức hỗ trợ học nghề lên 3 triệu đồng/người/khóa, thay cho mức 1,5 triệu đồng hiện nay.

Phạm Dự
"""

d = Doc("p381-5", TEXT, [
    "National press (VnExpress style): vocational training and work for prisoners in 2024. Dateline 'Thứ hai, 9/12/2024, 14:20 (GMT+7)'; byline at the end.",
    "Distractors: '(GMT+7)', 'sáng 8/12', 'C10', 'Trại giam số 5' (a name), 'đại tá', 'một cái nghề' (number word in a quote, not a figure).",
    "National figures (location Việt Nam); Trại giam số 5 in Thanh Hóa: location Thanh Hóa. '6 tháng đầu năm' without a year takes 2024 from the earlier 'năm 2024'.",
    "'Gần 27.600' headline (nearly) and 27.560 (change tăng 11% so với năm 2023). 97,5% rate; 'khoảng 1,2 triệu đồng/phạm nhân/tháng' money with rate unit.",
    "'dự kiến tuyển dụng hơn 3.200' is a forecast (over). 'từ 10 đến 12%' range (value_max 12); 'dưới 3%' under; 'gấp 4 lần' stands alone as a multiple.",
    "Targets 'Năm 2025 … chỉ tiêu': 100%, 'ít nhất 35% trong số đó' (at_least; a percent has no count total). Proposed 3 triệu đồng/người/khóa: status target (a proposal; optional); current 1,5 triệu: actual.",
], published="2024-12-09", location="Việt Nam")

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24i = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1i = per("6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
d.f("Gần 27.600", "27.600", 27600, "count", "phạm nhân", "phạm nhân được học nghề", Y24, approx="nearly")
d.f("cho 27.560 phạm nhân", "27.560", 27560, "count", "phạm nhân", "phạm nhân được dạy nghề", Y24,
    change={"direction": "increase", "value": 11, "unit": "%", "baseline": "năm 2023"})
d.f("cho 1.142 phạm nhân", "1.142", 1142, "count", "phạm nhân", "phạm nhân được xóa mù chữ", Y24i)
d.f("cho 2.380 người", "2.380", 2380, "count", "người", "phạm nhân được phổ cập giáo dục tiểu học", Y24i)
d.f("đạt 97,5%", "97,5", 97.5, "percent", "%", "tỷ lệ phạm nhân được tổ chức lao động, học nghề", Y24i)
d.f("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng/phạm nhân/tháng", "thu nhập bình quân từ lao động", Y24i, approx="about")
d.f("với 146 doanh nghiệp", "146", 146, "count", "doanh nghiệp", "doanh nghiệp ký kết cam kết tiếp nhận lao động", H1)
d.f("hơn 3.200 phạm nhân", "3.200", 3200, "count", "phạm nhân", "phạm nhân được tuyển dụng sau khi mãn hạn tù", H1, approx="over", status="forecast")
d.f("có 1.850 phạm nhân", "1.850", 1850, "count", "phạm nhân", "phạm nhân học nghề may công nghiệp, mộc và cơ khí", H1i, location="Thanh Hóa")
d.f("từ 10 đến 12%", "10", 10, "percent", "%", "tỷ lệ tái phạm tội chung", None, value_max=12)
d.f("chỉ dưới 3%", "3", 3, "percent", "%", "tỷ lệ tái phạm ở nhóm người có nghề và việc làm ổn định", None, approx="under")
d.f("gấp 4 lần", "4", 4, "multiple", "lần", "tỷ lệ tái phạm ở nhóm không có việc làm so với nhóm có việc làm", None)
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
d.f("chỉ tiêu 100%", "100", 100, "percent", "%", "phạm nhân đủ điều kiện được học nghề", Y25, status="target")
d.f("ít nhất 35%", "35", 35, "percent", "%", "phạm nhân học nghề được doanh nghiệp cam kết tiếp nhận", Y25, approx="at_least", status="target")
d.f("lên 3 triệu", "3", 3e6, "money", "đồng/người/khóa", "mức hỗ trợ học nghề đề nghị", None, status="target", optional=True)
d.f("mức 1,5 triệu", "1,5", 1.5e6, "money", "đồng", "mức hỗ trợ học nghề hiện nay", None)
raise SystemExit(d.write())
