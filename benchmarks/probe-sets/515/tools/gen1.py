"""p515-1: province portal (Quảng Trị) — mobile coverage, BTS, dead zones, fixed broadband."""
from lib import F, P, inh, CH, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Khoa học - Công nghệ
Quảng Trị: Sóng di động 4G phủ đến 98,6% thôn, bản
Cập nhật: 18/09/2024 10:25
Lượt xem: 1.482

(QT) - Theo Sở Thông tin và Truyền thông, tính đến ngày 31/8/2024, toàn tỉnh có 1.846 trạm phát sóng di động (BTS), tăng 112 trạm so với cuối năm 2023; trong đó có 1.520 trạm 4G và 38 trạm 5G. Tỷ lệ thôn, bản được phủ sóng 4G đạt 98,6%, tỷ lệ dân số được phủ sóng 4G đạt 99,2%.

Qua rà soát, toàn tỉnh còn 27 thôn, bản chưa có sóng di động hoặc sóng yếu, tập trung ở các huyện Hướng Hóa (15 thôn), Đakrông (9 thôn) và Gio Linh (3 thôn). Năm 2024, tỉnh phấn đấu xóa 18 vùng lõm sóng; dự kiến tổng kinh phí khoảng 42 tỷ đồng, chủ yếu từ nguồn xã hội hóa và Quỹ Dịch vụ viễn thông công ích Việt Nam.

Về băng rộng cố định, đến nay cáp quang đã được kéo đến 125/125 xã, phường, thị trấn; số thuê bao Internet băng rộng cố định đạt 128.450 thuê bao, tăng 9,3% so với cùng kỳ năm 2023; tỷ lệ hộ gia đình sử dụng cáp quang đạt 71,4%. Số thuê bao di động ước đạt 672.300 thuê bao, trong đó thuê bao điện thoại thông minh chiếm 84,5%.

6 tháng đầu năm 2024, các doanh nghiệp viễn thông đã hỗ trợ gần 1.900 hộ nghèo, hộ cận nghèo lắp đặt Internet và tặng 650 điện thoại thông minh cho học sinh có hoàn cảnh khó khăn, tổng trị giá hơn 1.235,5 triệu đồng.

Phấn đấu đến năm 2025, 100% thôn, bản có sóng di động 4G, tỷ lệ hộ gia đình có cáp quang đạt trên 80%.

Sở Thông tin và Truyền thông Quảng Trị - Số 45 Hùng Vương, TP. Đông Hà. Điện thoại: 0233.3852.112
"""

ASOF = P("tính đến ngày 31/8/2024", end="2024-08-31")
NOW = P("đến nay", end="2024-09-18")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("phủ đến 98,6%", "98,6", 98.6, "percent", "%", "thôn, bản được phủ sóng di động 4G", inh(ASOF)),
    F("có 1.846 trạm", "1.846", 1846, "count", "trạm", "trạm phát sóng di động (BTS)", ASOF,
      change=CH("increase", 112, "trạm", "cuối năm 2023")),
    F("có 1.520 trạm 4G", "1.520", 1520, "count", "trạm", "trạm 4G", ASOF, total=1846),
    F("38 trạm 5G", "38", 38, "count", "trạm", "trạm 5G", ASOF, total=1846),
    F("phủ sóng 4G đạt 98,6%", "98,6", 98.6, "percent", "%", "tỷ lệ thôn, bản được phủ sóng 4G", inh(ASOF)),
    F("đạt 99,2%", "99,2", 99.2, "percent", "%", "tỷ lệ dân số được phủ sóng 4G", inh(ASOF)),
    F("còn 27 thôn", "27", 27, "count", "thôn, bản", "thôn, bản chưa có sóng di động hoặc sóng yếu"),
    F("(15 thôn)", "15", 15, "count", "thôn", "thôn, bản chưa có sóng di động hoặc sóng yếu",
      total=27, location="Hướng Hóa"),
    F("(9 thôn)", "9", 9, "count", "thôn", "thôn, bản chưa có sóng di động hoặc sóng yếu",
      total=27, location="Đakrông"),
    F("(3 thôn)", "3", 3, "count", "thôn", "thôn, bản chưa có sóng di động hoặc sóng yếu",
      total=27, location="Gio Linh"),
    F("xóa 18 vùng", "18", 18, "count", "vùng lõm sóng", "vùng lõm sóng được xóa", Y24, status="target"),
    F("khoảng 42 tỷ đồng", "42", 42e9, "money", "đồng", "tổng kinh phí xóa vùng lõm sóng", Y24,
      approx="about", status="forecast"),
    F("đến 125/125 xã", "125", 125, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có cáp quang", NOW,
      total=125),
    F("đạt 128.450 thuê bao", "128.450", 128450, "count", "thuê bao", "thuê bao Internet băng rộng cố định", NOW,
      change=CH("increase", 9.3, "%", "cùng kỳ năm 2023")),
    F("đạt 71,4%", "71,4", 71.4, "percent", "%", "tỷ lệ hộ gia đình sử dụng cáp quang", NOW),
    F("ước đạt 672.300 thuê bao", "672.300", 672300, "count", "thuê bao", "thuê bao di động", inh(NOW),
      status="estimate"),
    F("chiếm 84,5%", "84,5", 84.5, "percent", "%", "thuê bao điện thoại thông minh", inh(NOW), status="estimate"),
    F("gần 1.900 hộ", "1.900", 1900, "count", "hộ", "hộ nghèo, hộ cận nghèo được hỗ trợ lắp đặt Internet", H1,
      approx="nearly"),
    F("tặng 650 điện thoại", "650", 650, "count", "điện thoại thông minh",
      "điện thoại thông minh tặng học sinh có hoàn cảnh khó khăn", H1),
    F("hơn 1.235,5 triệu đồng", "1.235,5", 1235500000, "money", "đồng", "tổng trị giá hỗ trợ", H1, approx="over"),
    F("2025, 100% thôn", "100", 100, "percent", "%", "thôn, bản có sóng di động 4G", T25, status="target"),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ hộ gia đình có cáp quang", T25, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Trị (invented): phủ sóng di động 4G/5G, trạm BTS, vùng lõm sóng, băng rộng cố định (8/2024).",
    "Distractors: 'Lượt xem: 1.482', dateline, '4G'/'5G' (names), 'Số 45 Hùng Vương', phone 0233.3852.112, '(QT)'.",
    "1.520 / 38 after 'trong đó' take the 1.846 stations as total; district brackets (15+9+3) add up to the 27 thôn: total 27.",
    "'chiếm 84,5%' after 'trong đó thuê bao điện thoại thông minh' is the smartphones' share, not a share of 672.300: own percent figure.",
    "'đến nay' ends at the dateline (2024-09-18); headline and later sentences inherit the lead's as-of date (not scored).",
    "'phấn đấu' -> target; '; dự kiến' starts a forecast clause; 'Phấn đấu đến năm 2025' targets end 2025-12-31.",
]

if __name__ == "__main__":
    emit("p515-1", TEXT, COMMENTS, FIGS, published="2024-09-18", location="Quảng Trị")
