"""p714-8: city portal (Đà Nẵng): preparing the international marathon; forecasts, registrations, security, tourism."""
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Đăng ngày: 02/08/2024 - 15:30

Đà Nẵng sẵn sàng cho Giải Marathon quốc tế, dự kiến đón khoảng 11.000 vận động viên

Giải Marathon quốc tế Đà Nẵng năm 2024 diễn ra từ ngày 10 đến 11/8, dự kiến thu hút khoảng 11.000 vận động viên, trong đó hơn 3.000 vận động viên quốc tế đến từ 60 quốc gia và vùng lãnh thổ. Tính đến ngày 31/7/2024, Ban Tổ chức đã nhận 10.426 hồ sơ đăng ký, đạt 94,8% quy mô dự kiến.

Để phục vụ giải, thành phố huy động 1.650 cán bộ, chiến sĩ công an, 420 tình nguyện viên, 20 xe cứu thương và 38 điểm y tế dọc tuyến. Các tuyến đường 2 Tháng 9, Bạch Đằng, Võ Nguyên Giáp và cầu Rồng cấm phương tiện từ 3 giờ 30 đến 10 giờ 30 ngày 11/8. Người dân cần thông tin liên hệ đường dây nóng 0236.3822.110.

Tổng kinh phí tổ chức khoảng 15 tỷ đồng, 100% từ nguồn xã hội hóa. Giải thưởng cho vận động viên về nhất cự ly marathon nam, nữ là 50 triệu đồng.

Theo Sở Du lịch, dịp diễn ra giải, công suất phòng các cơ sở lưu trú ven biển dự kiến đạt 85-90%. Trong 7 tháng năm 2024, Đà Nẵng đón gần 5,1 triệu lượt khách lưu trú, tăng 24,3% so với cùng kỳ; tổng thu du lịch ước đạt 24.230 tỷ đồng, đạt 61,2% kế hoạch năm. Năm 2023, Đà Nẵng xếp thứ 3 cả nước về số giải chạy quốc tế với 6 giải.

Riêng quận Sơn Trà, nơi đặt điểm xuất phát và về đích, dự kiến đón khoảng 25.000 lượt khách trong 2 ngày cuối tuần.

Trụ sở: 24 Trần Phú, quận Hải Châu.
"""

COMMENTS = [
    "Cổng TTĐT thành phố Đà Nẵng: preparation of the Đà Nẵng international marathon 2024. 'Đăng ngày: 02/08/2024 - 15:30' is the dateline.",
    "Distractors: 'đường 2 Tháng 9', 'từ 3 giờ 30 đến 10 giờ 30' (times of day), 'từ ngày 10 đến 11/8', phone '0236.3822.110',",
    "'24 Trần Phú', 'trong 2 ngày cuối tuần' (duration locating the figure). 'năm 2024' in the sentence naming the 2024 edition gives",
    "the forecasts period năm 2024 (scored). 'dự kiến' governs its clause and the 'trong đó' part; 10.426 'đạt 94,8% quy mô dự kiến'",
    "is actual, as-of 31/7/2024, percent 94.8. '100% từ nguồn xã hội hóa' is a percent figure. Quận Sơn Trà figure → location Sơn Trà.",
    "'7 tháng năm 2024' = 2024-01-01..2024-07-31. 'đạt 61,2% kế hoạch năm' is the percent of 24.230 tỷ; headline 'dự kiến đón' → forecast.",
]

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
M7 = P("7 tháng năm 2024", "2024-01-01", "2024-07-31")
PR = "Đà Nẵng"
FIGS = [
    F("đón khoảng 11.000", "11.000", 11000, "count", "vận động viên", "vận động viên Giải Marathon quốc tế", approx="about",
      status="forecast"),
    F("thu hút khoảng 11.000", "11.000", 11000, "count", "vận động viên", "vận động viên giải thu hút", Y24, approx="about",
      status="forecast"),
    F("hơn 3.000", "3.000", 3000, "count", "vận động viên", "vận động viên quốc tế", Y24, approx="over", total=11000,
      status="forecast"),
    F("từ 60 quốc gia", "60", 60, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ có vận động viên quốc tế",
      Y24, status="forecast"),
    F("10.426 hồ sơ", "10.426", 10426, "count", "hồ sơ", "hồ sơ đăng ký Ban Tổ chức đã nhận",
      P("Tính đến ngày 31/7/2024", None, "2024-07-31"), percent=94.8),
    F("1.650 cán bộ", "1.650", 1650, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ công an huy động"),
    F("420 tình nguyện viên", "420", 420, "count", "tình nguyện viên", "tình nguyện viên huy động"),
    F("20 xe cứu thương", "20", 20, "count", "xe cứu thương", "xe cứu thương huy động"),
    F("38 điểm y tế", "38", 38, "count", "điểm y tế", "điểm y tế dọc tuyến"),
    F("khoảng 15 tỷ", "15", 15e9, "money", "đồng", "Tổng kinh phí tổ chức", approx="about"),
    F("100%", "100", 100, "percent", "%", "tỷ lệ kinh phí từ nguồn xã hội hóa"),
    F("50 triệu", "50", 50e6, "money", "đồng", "Giải thưởng cho vận động viên về nhất cự ly marathon nam, nữ"),
    F("85-90%", "85", 85, "percent", "%", "công suất phòng các cơ sở lưu trú ven biển", value_max=90, status="forecast"),
    F("gần 5,1 triệu", "5,1", 5.1e6, "count", "lượt khách lưu trú", "lượt khách lưu trú Đà Nẵng đón", M7, approx="nearly",
      change=CH("increase", 24.3, "%", "cùng kỳ")),
    F("24.230 tỷ", "24.230", 24230e9, "money", "đồng", "tổng thu du lịch", M7, status="estimate", percent=61.2),
    F("thứ 3", "3", 3, "rank", "hạng", "số giải chạy quốc tế", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("với 6 giải", "6", 6, "count", "giải", "giải chạy quốc tế", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 25.000", "25.000", 25000, "count", "lượt khách", "lượt khách quận Sơn Trà đón trong 2 ngày cuối tuần",
      approx="about", status="forecast", location="Sơn Trà"),
]

emit("p714-8", TEXT, COMMENTS, FIGS, published="2024-08-02", location=PR)
