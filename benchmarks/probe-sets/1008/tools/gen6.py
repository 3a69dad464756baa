from lib import F, P, I, C, T, write

TEXT = """Thời sự › Xã hội
Thứ bảy, 1/7/2023, 08:15 (GMT+7)

Cứu hộ Sầm Sơn căng mình ngày cao điểm

Thanh HóaHơn 180 nhân viên cứu hộ thay ca trực từ 5h đến 19h trên bãi biển Sầm Sơn, nơi những ngày cuối tuần luôn đông nghịt du khách.

Theo Ban quản lý bãi tắm TP Sầm Sơn, 6 tháng đầu năm thành phố đón khoảng 2,9 triệu lượt khách, tăng 17% so với cùng kỳ. Lực lượng cứu hộ gồm 186 người, chia thành 12 tổ, trực tại 36 chòi trên bãi biển dài hơn 10 km.

Từ đầu tháng 5 đến nay, lực lượng này đã cứu 74 người; riêng ngày 24/6, khi biển động, các tổ cứu 11 người bị sóng cuốn. Anh Lê Văn Hùng, 34 tuổi, tổ trưởng tổ cứu hộ số 3, cho biết có ngày anh phải lao ra biển 4-5 lần.

Mỗi nhân viên cứu hộ được trả 7,5 triệu đồng/tháng, chưa kể phụ cấp trực đêm 150.000 đồng/ca. Tổng kinh phí cho cứu hộ năm nay khoảng 12 tỷ đồng, trong đó ngân sách thành phố chi 70%, còn lại do các hộ kinh doanh ven biển đóng góp.

Năm 2022, tại Sầm Sơn xảy ra 4 vụ đuối nước làm 5 người chết, trong khi 6 tháng đầu năm nay chưa có trường hợp tử vong nào tại khu vực có cứu hộ. Phần lớn các vụ đuối nước xảy ra ở bãi ngang thuộc phường Quảng Cư, nơi cách chòi gần nhất hơn 2 km.

Thành phố đặt mục tiêu đến năm 2025 nâng số chòi cứu hộ lên 50 chòi, bổ sung 8 ca nô và bảo đảm tỷ lệ nhân viên có chứng chỉ cứu hộ đạt 100%. Du khách gặp sự cố có thể gọi đường dây nóng 0237.3821.115 hoặc tìm đến trạm cứu hộ trung tâm trên đại lộ Nam Sông Mã, gần Quốc lộ 47.

Lê Hoàng
"""

H1 = P("6 tháng đầu năm", "2023-01-01", "2023-06-30")
MAYNOW = P("Từ đầu tháng 5 đến nay", "2023-05-01", "2023-07-01")
D246 = P("ngày 24/6", "2023-06-24", "2023-06-24")
NN = P("năm nay", "2023-01-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 180 nhân viên", "180", 180, "count", "nhân viên cứu hộ", "nhân viên cứu hộ trên bãi biển Sầm Sơn",
      approx="over"),
    F("khoảng 2,9 triệu", "2,9", 2.9e6, "count", "lượt khách", "lượt khách đến Sầm Sơn", H1,
      approx="about", change=C("increase", 17, "%", "cùng kỳ")),
    F("gồm 186 người", "186", 186, "count", "người", "lực lượng cứu hộ"),
    F("thành 12 tổ", "12", 12, "count", "tổ", "tổ cứu hộ"),
    F("tại 36 chòi", "36", 36, "count", "chòi", "chòi cứu hộ"),
    F("hơn 10 km", "10", 10, "measure", "km", "chiều dài bãi biển", approx="over"),
    F("cứu 74 người", "74", 74, "count", "người", "người được lực lượng cứu hộ cứu", MAYNOW),
    F("cứu 11 người", "11", 11, "count", "người", "người bị sóng cuốn được cứu", D246),
    F("34 tuổi", "34", 34, "measure", "tuổi", "tuổi của tổ trưởng tổ cứu hộ", optional=True),
    F("biển 4-5 lần", "4", 4, "count", "lần", "số lần lao ra biển cứu người trong một ngày", value_max=5,
      optional=True),
    F("trả 7,5 triệu", "7,5", 7.5e6, "money", "đồng/tháng", "tiền công mỗi nhân viên cứu hộ"),
    F("đêm 150.000 đồng/ca", "150.000", 150000, "money", "đồng/ca", "phụ cấp trực đêm"),
    F("khoảng 12 tỷ đồng", "12", 12e9, "money", "đồng", "tổng kinh phí cho cứu hộ", NN, approx="about"),
    F("chi 70%", "70", 70, "percent", "%", "ngân sách thành phố chi trong kinh phí cứu hộ", NN),
    F("ra 4 vụ đuối nước", "4", 4, "count", "vụ đuối nước", "vụ đuối nước tại Sầm Sơn", Y22),
    F("làm 5 người chết", "5", 5, "count", "người", "người chết do đuối nước", Y22),
    F("hơn 2 km", "2", 2, "measure", "km", "khoảng cách từ bãi ngang đến chòi cứu hộ gần nhất",
      approx="over", location="Sầm Sơn"),
    F("lên 50 chòi", "50", 50, "count", "chòi", "chòi cứu hộ", T25, status="target"),
    F("bổ sung 8 ca nô", "8", 8, "count", "ca nô", "ca nô bổ sung", T25, status="target"),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ nhân viên có chứng chỉ cứu hộ", T25, status="target"),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ bảy, 1/7/2023, 08:15 (GMT+7)', place lead 'Thanh Hóa' glued to the sapo, byline at the end): Sầm Sơn lifeguards.",
    "Location: the city Sầm Sơn for all figures. The sapo's 'Hơn 180 nhân viên' has no period.",
    "'6 tháng đầu năm' has no year: 2023 from the dateline. 'Từ đầu tháng 5 đến nay' ends at the dateline. 'riêng ngày 24/6' is a sub-period part of 74: no total (not the same period).",
    "'ngân sách thành phố chi 70%' after 'trong đó' is the share of a part: a percent figure. 'năm nay' = 2023. 'trong khi 6 tháng đầu năm nay chưa có ...' has no number.",
    "Optional: the team leader's age (34 tuổi) and the anecdotal '4-5 lần'. 'từ 5h đến 19h' are times of day.",
    "Distractors: tổ cứu hộ số 3, hotline 0237.3821.115, Quốc lộ 47, đại lộ Nam Sông Mã, phường Quảng Cư.",
]

write(6, TEXT, FIGS, NOTES, published="2023-07-01", location="Sầm Sơn")
