"""p1405-6: national newspaper: high departure costs, income cut by the weak yen; a trainee from Hải Hậu (Nam Định)."""
from lib import F, P, inh, chg, tgt, write

TEXT = """Thời sự › Lao động - Việc làm
Thứ ba, 12/11/2024, 06:00 (GMT+7)

Chi phí đi Nhật cao, thu nhập giảm vì đồng yên mất giá

Nhiều thực tập sinh Việt Nam phải bỏ ra 150-200 triệu đồng để sang Nhật Bản, trong khi thu nhập quy đổi giảm mạnh so với ba năm trước.

Chị Lê Thị Hoa ở huyện Hải Hậu, tỉnh Nam Định, sang Nhật Bản làm thực tập sinh ngành may từ tháng 4/2022. Để đi, chị nộp cho công ty môi giới 185 triệu đồng, gồm 3.600 USD tiền dịch vụ, phí đào tạo và các khoản "chi phí ngoài" không có hóa đơn. Lương cơ bản của chị 165.000 yên/tháng, làm thêm giờ được khoảng 40.000 yên nữa.

"Năm 2022, 1 yên đổi được khoảng 175 đồng, giờ chỉ còn 165 đồng. Mỗi tháng tôi gửi về nhà 20-22 triệu đồng, ít hơn dự tính ban đầu", chị Hoa nói.

Theo Cục Quản lý lao động ngoài nước, 10 tháng năm 2024 cả nước đưa 132.700 lao động đi làm việc ở nước ngoài, trong đó Nhật Bản chiếm khoảng 45% (năm 2023 là 51,2%). Khảo sát của Viện Khoa học Lao động và Xã hội với 1.050 thực tập sinh về nước cho thấy 62% từng phải vay tiền để xuất cảnh; chi phí trung bình 6.700 USD, gấp khoảng 1,7 lần mức trần pháp luật cho phép.

Ông Đặng Minh Khôi, chuyên gia về di cư lao động, cho rằng cần công khai chi phí theo từng đơn hàng. Ông dự báo số người đăng ký đi Nhật năm 2025 sẽ giảm 10-15% nếu tỷ giá không cải thiện.

Ngọc Anh
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
HH = "Hải Hậu"

FIGS = [
    F("ra 150-200 triệu", "150", 150e6, "money", "đồng", value_max=200e6,
      subject="chi phí thực tập sinh Việt Nam bỏ ra để sang Nhật Bản"),
    F("giới 185 triệu", "185", 185e6, "money", "đồng", subject="tiền chị Hoa nộp cho công ty môi giới",
      location=HH),
    F("gồm 3.600 USD", "3.600", 3600, "money", "USD", subject="tiền dịch vụ", location=HH),
    F("165.000 yên/tháng", "165.000", 165000, "money", "yên/tháng", subject="lương cơ bản của chị Hoa",
      location=HH),
    F("khoảng 40.000 yên", "40.000", 40000, "money", "yên", approx="about", subject="tiền làm thêm giờ",
      location=HH),
    F("khoảng 175 đồng", "175", 175, "money", "đồng/yên", approx="about", subject="tỷ giá 1 yên đổi được",
      period=Y22),
    F("còn 165 đồng", "165", 165, "money", "đồng/yên", subject="tỷ giá 1 yên đổi được"),
    F("nhà 20-22 triệu", "20", 20e6, "money", "đồng/tháng", value_max=22e6,
      subject="tiền chị Hoa gửi về nhà mỗi tháng", location=HH),
    F("đưa 132.700 lao động", "132.700", 132700, "count", "lao động",
      subject="lao động đi làm việc ở nước ngoài", period=M10),
    F("khoảng 45%", "45", 45, "percent", "%", approx="about",
      subject="tỷ trọng thị trường Nhật Bản", period=M10),
    F("là 51,2%", "51,2", 51.2, "percent", "%", subject="tỷ trọng thị trường Nhật Bản", period=Y23),
    F("với 1.050 thực tập sinh", "1.050", 1050, "count", "thực tập sinh",
      subject="thực tập sinh về nước được khảo sát"),
    F("cho thấy 62%", "62", 62, "percent", "%", subject="thực tập sinh từng phải vay tiền để xuất cảnh"),
    F("trung bình 6.700 USD", "6.700", 6700, "money", "USD",
      change=chg("increase", 1.7, "lần", "mức trần pháp luật cho phép", approx="about"),
      subject="chi phí trung bình"),
    F("giảm 10-15%", "10", 10, "percent", "%", value_max=15, status="forecast",
      subject="số người đăng ký đi Nhật", period=Y25),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ ba, 12/11/2024, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 06:00, (GMT+7), 'tháng 4/2022', 'ba năm trước', the rate denominator '1 yên' (not a figure), 'năm 2025' as a period.",
    "Default location Việt Nam (the sapo names Việt Nam; the Cục figures are national; the survey institute is national).",
    "Chị Hoa's passage (she is from huyện Hải Hậu): location Hải Hậu, as a firm's passage takes its district.",
    "'185 triệu đồng, gồm 3.600 USD tiền dịch vụ, ...' → no total (other unit; the parts are not all numbers).",
    "Exchange rates 'khoảng 175 đồng' per yen, '165 đồng': money in đồng/yên, located in Việt Nam (a national rate, though quoted by chị Hoa);",
    "the first is in 'Năm 2022', 'giờ' gives no period.",
    "'(năm 2023 là 51,2%)' is a bracketed figure of its own with its own period.",
    "'gấp khoảng 1,7 lần mức trần' → change (increase, 1.7 lần, about) of 6.700 USD. 'Ông dự báo ... sẽ giảm 10-15%' → forecast percent figure.",
]

if __name__ == "__main__":
    write("p1405-6", TEXT, NOTES, FIGS, published="2024-11-12", location="Việt Nam")
