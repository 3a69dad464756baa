from lib import F, P, write

TEXT = """BÁO THÁI BÌNH ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Chuyển đổi số

Miễn lệ phí, người dân hào hứng nộp hồ sơ trực tuyến tại xã

Từ ngày 1/1/2024, thực hiện Nghị quyết số 19/2023/NQ-HĐND của HĐND tỉnh, người dân nộp hồ sơ trực tuyến các thủ tục đăng ký khai sinh, kết hôn, chứng thực tại UBND cấp xã được miễn 100% lệ phí; các thủ tục còn lại được giảm 50% mức thu.

Sau 9 tháng năm 2024, chính sách đã được áp dụng tại 260 xã, phường, thị trấn. Tổng số tiền lệ phí được miễn, giảm là 3,42 tỷ đồng, trong đó huyện Vũ Thư khoảng 520 triệu đồng, huyện Kiến Xương gần 470 triệu đồng, thành phố Thái Bình hơn 390 triệu đồng.

Số hồ sơ trực tuyến cấp xã 9 tháng năm 2024 đạt 312.450 hồ sơ, gấp 2,3 lần cùng kỳ năm 2023. Dự kiến cả năm 2024, số tiền miễn, giảm đạt khoảng 4,6 tỷ đồng.

Tại xã Vũ Hội (huyện Vũ Thư), ông Nguyễn Văn Hùng, Chủ tịch UBND xã cho biết: mỗi tháng xã tiếp nhận khoảng 450 hồ sơ, trong đó hơn 80% nộp qua mạng. Bình quân mỗi hồ sơ, người dân tiết kiệm 35.000-50.000 đồng chi phí đi lại và hàng chục phút chờ đợi. Tổ công nghệ số cộng đồng của xã với 12 thành viên túc trực tại bộ phận một cửa từ 7 giờ 30 đến 11 giờ 30 sáng thứ Bảy để hướng dẫn người cao tuổi.

Theo Sở Tư pháp, tỷ lệ hồ sơ đăng ký khai sinh trực tuyến ở cấp xã đạt 74,6%, cao hơn 28,1% so với năm 2023; thủ tục liên thông khai sinh - thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi đạt 68%.

Minh Thu
15/10/2024
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)

FIGS = [
    F("miễn 100% lệ phí", "100", 100, "percent", "%", "lệ phí được miễn khi nộp hồ sơ trực tuyến thủ tục đăng ký khai sinh, kết hôn, chứng thực"),
    F("giảm 50% mức thu", "50", 50, "percent", "%", "mức giảm lệ phí các thủ tục còn lại"),
    F("tại 260 xã", "260", 260, "count", "xã, phường, thị trấn", "xã, phường, thị trấn áp dụng chính sách", period=N9),
    F("là 3,42 tỷ đồng", "3,42", 3420000000, "money", "đồng", "tổng số tiền lệ phí được miễn, giảm", period=N9i),
    F("khoảng 520 triệu đồng", "520", 520000000, "money", "đồng", "số tiền lệ phí được miễn, giảm", approx="about",
      total=3420000000, location="Vũ Thư", period=N9i),
    F("gần 470 triệu đồng", "470", 470000000, "money", "đồng", "số tiền lệ phí được miễn, giảm", approx="nearly",
      total=3420000000, location="Kiến Xương", period=N9i),
    F("hơn 390 triệu đồng", "390", 390000000, "money", "đồng", "số tiền lệ phí được miễn, giảm", approx="over",
      total=3420000000, location="Thái Bình", period=N9i),
    F("đạt 312.450 hồ sơ", "312.450", 312450, "count", "hồ sơ", "số hồ sơ trực tuyến cấp xã",
      change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "cùng kỳ năm 2023"}, period=N9),
    F("khoảng 4,6 tỷ đồng", "4,6", 4600000000, "money", "đồng", "số tiền miễn, giảm", approx="about", status="forecast",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 450 hồ sơ", "450", 450, "count", "hồ sơ", "hồ sơ xã tiếp nhận mỗi tháng", approx="about", location="Vũ Thư"),
    F("hơn 80% nộp", "80", 80, "percent", "%", "hồ sơ nộp qua mạng", approx="over", location="Vũ Thư"),
    F("35.000-50.000 đồng", "35.000", 35000, "money", "đồng", "chi phí đi lại người dân tiết kiệm mỗi hồ sơ", value_max=50000, location="Vũ Thư"),
    F("hàng chục phút", "chục", 10, "measure", "phút", "thời gian chờ đợi tiết kiệm", approx="about", location="Vũ Thư", optional=True),
    F("với 12 thành viên", "12", 12, "count", "thành viên", "thành viên Tổ công nghệ số cộng đồng của xã", location="Vũ Thư"),
    F("xã đạt 74,6%", "74,6", 74.6, "percent", "%", "tỷ lệ hồ sơ đăng ký khai sinh trực tuyến ở cấp xã",
      change={"direction": "increase", "value": 28.1, "unit": "%", "baseline": "năm 2023"}),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
    F("tuổi đạt 68%", "68", 68, "percent", "%", "tỷ lệ thủ tục liên thông khai sinh - thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi"),
]

HEADER = """Báo Thái Bình (Party newspaper), menu line, byline and a bare date '15/10/2024' at the end (published).
Fee waivers for online dossiers at commune level, 9 months 2024. 'miễn 100% lệ phí' and 'giảm 50% mức thu' are policy rates stated as the claim: percent figures, no change.
'3,42 tỷ đồng, trong đó huyện Vũ Thư khoảng 520 triệu …': district parts have total 3420000000 and their district as location (thành phố Thái Bình shares the province name).
'gấp 2,3 lần cùng kỳ năm 2023' is the change of 312.450 (lần). 'Dự kiến cả năm 2024 … khoảng 4,6 tỷ' → forecast, about.
Quote from xã Vũ Hội (huyện Vũ Thư): figures take the district. 'mỗi tháng' is no period. 'hơn 80%' is a percent of its own (a percent has no whole in hồ sơ).
'hàng chục phút' (vague) and 'dưới 6 tuổi' (an age criterion) optional. '7 giờ 30 đến 11 giờ 30' are times of day; 'thứ Bảy' a weekday.
'tỷ lệ … đạt 74,6%, cao hơn 28,1% so với năm 2023' → change of 74,6%. No period stated for the Sở Tư pháp paragraph.
Distractors: Nghị quyết số 19/2023/NQ-HĐND, 'Từ ngày 1/1/2024' (start of the policy), menu line."""

write(3, TEXT, HEADER, FIGS, published="2024-10-15", location="Thái Bình")
