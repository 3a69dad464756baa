from lib import F, P, I, YEAR, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG PHONG
Huyện Quảng Xương - Tỉnh Thanh Hóa
Trang chủ » Tin tức » Hoạt động của xã

Xã Quảng Phong: 9 tháng thu gom gần 1.100 tấn rác thải sinh hoạt

Ngày đăng: 03/10/2023 | Người đăng: Văn phòng UBND xã

9 tháng năm 2023, Hợp tác xã dịch vụ môi trường Quảng Phong đã thu gom, vận chuyển gần 1.100 tấn rác thải sinh hoạt về Nhà máy xử lý chất thải rắn Đông Nam để xử lý, tăng 9,6% so với cùng kỳ năm 2022; bình quân khoảng 4 tấn/ngày.

Toàn xã có 2.356 hộ với 8.912 nhân khẩu, trong đó 2.298 hộ đã đăng ký sử dụng dịch vụ thu gom, đạt 97,5%. Rác được thu gom 3 lần/tuần tại 14 điểm tập kết dọc Quốc lộ 1A và đường tỉnh 504. HTX hiện có 12 xã viên, 3 xe ép rác và 20 xe đẩy tay.

Mức thu giá dịch vụ thu gom rác thải là 6.000 đồng/người/tháng. 9 tháng, HTX đã thu được 412,6 triệu đồng, đạt 85,7% kế hoạch năm. HTX trích 10% số thu nộp ngân sách xã để hỗ trợ chi phí vận chuyển.

Từ tháng 6/2023 đến nay, xã triển khai thí điểm phân loại rác tại nguồn ở thôn 3 và thôn 5 với 186 hộ tham gia; lượng rác phải vận chuyển ở các thôn thí điểm giảm khoảng 30%.

Năm 2024, xã phấn đấu 100% hộ dân đăng ký dịch vụ thu gom và mở rộng phân loại rác tại nguồn ra 8/12 thôn.

Địa chỉ: Thôn 7, xã Quảng Phong, huyện Quảng Xương, tỉnh Thanh Hóa
Điện thoại: 0237.3862.215
Đang truy cập: 15 | Tổng lượt truy cập: 248.517
"""

N9H = P("9 tháng", "2023-01-01", "2023-09-30")
N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
N9B = P("9 tháng", "2023-01-01", "2023-09-30")
PILOT = P("Từ tháng 6/2023 đến nay", "2023-06-01", "2023-10-03")
Y24 = YEAR(2024, "Năm 2024")

FIGS = [
    F("thu gom gần 1.100 tấn rác thải sinh hoạt\n", "1.100", 1100, "measure", "tấn", "rác thải sinh hoạt thu gom", N9H,
      approx="nearly"),
    F("vận chuyển gần 1.100 tấn", "1.100", 1100, "measure", "tấn", "rác thải sinh hoạt thu gom, vận chuyển", N9,
      approx="nearly", change=CH("increase", 9.6, baseline="cùng kỳ năm 2022")),
    F("khoảng 4 tấn/ngày", "4", 4, "measure", "tấn/ngày", "rác thải sinh hoạt thu gom bình quân", N9, approx="about"),
    F("có 2.356 hộ", "2.356", 2356, "count", "hộ", "hộ toàn xã"),
    F("8.912 nhân khẩu", "8.912", 8912, "count", "nhân khẩu", "nhân khẩu toàn xã"),
    F("trong đó 2.298 hộ", "2.298", 2298, "count", "hộ", "hộ đã đăng ký sử dụng dịch vụ thu gom", total=2356, percent=97.5),
    F("thu gom 3 lần/tuần", "3", 3, "measure", "lần/tuần", "tần suất thu gom rác", optional=True),
    F("tại 14 điểm", "14", 14, "count", "điểm tập kết", "điểm tập kết rác"),
    F("có 12 xã viên", "12", 12, "count", "xã viên", "xã viên HTX"),
    F("3 xe ép rác", "3", 3, "count", "xe ép rác", "xe ép rác của HTX"),
    F("20 xe đẩy tay", "20", 20, "count", "xe đẩy tay", "xe đẩy tay của HTX"),
    F("là 6.000 đồng", "6.000", 6000, "money", "đồng/người/tháng", "Mức thu giá dịch vụ thu gom rác thải"),
    F("được 412,6 triệu", "412,6", 412.6e6, "money", "đồng", "giá dịch vụ thu gom rác thải HTX đã thu", N9B, percent=85.7),
    F("trích 10% số thu", "10", 10, "percent", "%", "số thu HTX trích nộp ngân sách xã"),
    F("với 186 hộ", "186", 186, "count", "hộ", "hộ tham gia thí điểm phân loại rác tại nguồn", PILOT),
    F("giảm khoảng 30%", "30", 30, "percent", "%", "lượng rác phải vận chuyển ở các thôn thí điểm giảm", PILOT,
      approx="about"),
    F("phấn đấu 100% hộ", "100", 100, "percent", "%", "hộ dân đăng ký dịch vụ thu gom", Y24, status="target"),
    F("ra 8/12 thôn", "8", 8, "count", "thôn", "thôn phân loại rác tại nguồn", Y24, total=12, status="target"),
]

COMMENTS = [
    "Commune portal (xã Quảng Phong, huyện Quảng Xương, Thanh Hóa): 'Ngày đăng: 03/10/2023 | Người đăng: …', footer counters.",
    "Location: a commune is below the spec's levels, so its figures take the district named in the header (Quảng Xương).",
    "Headline '9 tháng' has no year and nothing dated before it -> the published year 2023 (scored); body '9 tháng' (third paragraph)",
    "takes the year of '9 tháng năm 2023'. 'gần 1.100 tấn …, tăng 9,6% so với cùng kỳ năm 2022; bình quân khoảng 4 tấn/ngày' -> the change",
    "belongs to 1.100. '2.356 hộ … trong đó 2.298 hộ …, đạt 97,5%' -> total 2356 + percent 97.5.",
    "'3 lần/tuần' (collection frequency) is optional. 'Từ tháng 6/2023 đến nay' -> 2023-06-01 to the published date (2023-10-03).",
    "Targets 'Năm 2024, xã phấn đấu …' (100%, 8/12 thôn with total 12).",
    "Distractors: thôn 3, thôn 5, Thôn 7, Quốc lộ 1A, đường tỉnh 504, phone, 'Đang truy cập: 15', 'Tổng lượt truy cập: 248.517'.",
]

emit("p491-8", TEXT, COMMENTS, FIGS, published="2023-10-03", location="Quảng Xương")
