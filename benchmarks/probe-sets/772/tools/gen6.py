from lib import *

TEXT = """Thời sự > Giáo dục
Thứ hai, 1/7/2024, 07:00 (GMT+7)

Gần 35.000 sinh viên ra quân Mùa hè xanh

TP HCM - Chiến dịch Mùa hè xanh lần thứ 31 ra quân sáng 30/6 tại Nhà Văn hóa Thanh niên, số 4 Phạm Ngọc Thạch, quận 1, với 34.860 chiến sĩ tham gia 9 mặt trận, gồm 2.450 đội hình.

Trong đó, 6.800 chiến sĩ tình nguyện tại 26 tỉnh, thành; 28.060 chiến sĩ hoạt động tại 21 quận, huyện và TP Thủ Đức.

Theo Thành Đoàn, kinh phí mỗi đội hình từ 30 đến 50 triệu đồng; tổng kinh phí chiến dịch ước hơn 120 tỷ đồng, tăng 15 tỷ đồng so với năm 2023. Tính đến ngày 28/6, các đội hình đã nhận 1.732 phần quà và 86 máy tính do doanh nghiệp trao tặng.

Năm nay, chiến dịch tập trung hỗ trợ chuyển đổi số. Các đội hình dự kiến hướng dẫn khoảng 150.000 người dân cài đặt ứng dụng VNeID, tăng gần 40% so với năm ngoái. Mặt trận xây dựng nông thôn mới tại hai huyện Cần Giờ và Củ Chi lần lượt có 1.250 và 1.480 chiến sĩ.

Năm 2023, chiến dịch thực hiện 1.286 công trình, phần việc với tổng giá trị hơn 104 tỷ đồng; 99,2% chiến sĩ được đánh giá hoàn thành tốt nhiệm vụ.

Anh Ngô Minh Hải, Phó Bí thư Thành Đoàn, cho biết chiến sĩ cần hỗ trợ có thể gọi đường dây nóng 028.3829.4961 suốt thời gian chiến dịch, kéo dài đến ngày 28/7.

Lê Tuyết
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Gần 35.000 sinh viên", "35.000", 35000, "count", "sinh viên", approx="nearly",
      subject="sinh viên ra quân Mùa hè xanh"),
    F("với 34.860 chiến sĩ", "34.860", 34860, "count", "chiến sĩ", subject="chiến sĩ tham gia Chiến dịch Mùa hè xanh"),
    F("tham gia 9 mặt trận", "9", 9, "count", "mặt trận", subject="mặt trận của Chiến dịch Mùa hè xanh"),
    F("gồm 2.450 đội hình", "2.450", 2450, "count", "đội hình", subject="đội hình"),
    F("Trong đó, 6.800 chiến sĩ", "6.800", 6800, "count", "chiến sĩ", total=34860,
      subject="chiến sĩ tình nguyện tại các tỉnh, thành"),
    F("tại 26 tỉnh, thành", "26", 26, "count", "tỉnh, thành", subject="tỉnh, thành có chiến sĩ tình nguyện",
      location="Việt Nam"),
    F("28.060 chiến sĩ hoạt động", "28.060", 28060, "count", "chiến sĩ", total=34860,
      subject="chiến sĩ hoạt động tại quận, huyện và TP Thủ Đức"),
    F("tại 21 quận, huyện", "21", 21, "count", "quận, huyện", subject="quận, huyện có chiến sĩ hoạt động"),
    F("từ 30 đến 50 triệu đồng", "30", 30e6, "money", "đồng", value_max=50e6, subject="kinh phí mỗi đội hình"),
    F("ước hơn 120 tỷ đồng", "120", 120e9, "money", "đồng", approx="over", status="estimate",
      change=CH("increase", 15e9, unit="đồng", baseline="năm 2023"), subject="tổng kinh phí chiến dịch"),
    F("nhận 1.732 phần quà", "1.732", 1732, "count", "phần quà", subject="phần quà doanh nghiệp trao tặng",
      period=P("Tính đến ngày 28/6", None, "2024-06-28")),
    F("và 86 máy tính", "86", 86, "count", "máy tính", subject="máy tính doanh nghiệp trao tặng",
      period=P("Tính đến ngày 28/6", None, "2024-06-28")),
    F("khoảng 150.000 người dân", "150.000", 150000, "count", "người dân", approx="about", status="forecast",
      change=CH("increase", 40, baseline="năm ngoái", approx="nearly"),
      subject="người dân được hướng dẫn cài đặt ứng dụng VNeID"),
    F("tại hai huyện", "hai", 2, "count", "huyện", optional=True),
    F("lần lượt có 1.250", "1.250", 1250, "count", "chiến sĩ", subject="chiến sĩ mặt trận xây dựng nông thôn mới",
      location="Cần Giờ"),
    F("và 1.480 chiến sĩ", "1.480", 1480, "count", "chiến sĩ", subject="chiến sĩ mặt trận xây dựng nông thôn mới",
      location="Củ Chi"),
    F("thực hiện 1.286 công trình", "1.286", 1286, "count", "công trình, phần việc",
      subject="công trình, phần việc chiến dịch thực hiện", period=Y23),
    F("hơn 104 tỷ đồng", "104", 104e9, "money", "đồng", approx="over",
      subject="tổng giá trị công trình, phần việc", period=Y23),
    F("99,2% chiến sĩ", "99,2", 99.2, "percent", "%",
      subject="chiến sĩ được đánh giá hoàn thành tốt nhiệm vụ", period=Y23),
]

COMMENTS = [
    "Probe 772-6. National press (VnExpress style dateline 'Thứ hai, 1/7/2024, 07:00 (GMT+7)'): TP HCM Mùa hè xanh 2024 launch.",
    "'Trong đó' parts take the whole 34.860 chiến sĩ (same thing counted), not 2.450 đội hình standing right before the cue; '2.450 đội hình'",
    "after 'gồm' counts teams, not soldiers: no total. '26 tỉnh, thành' is a count of provinces -> 'Việt Nam' (spec: a count of provinces).",
    "'tăng 15 tỷ đồng' is the change of 120 tỷ (multiplier applied, unit đồng). No year stands in the 2024 sentences ('Năm nay' is not a",
    "spec phrase), so they carry no period. 'hai huyện' optional. Distractors: 'lần thứ 31', số 4 Phạm Ngọc Thạch, quận 1, 30/6, 28/7, hotline.",
]

emit("p772-6", TEXT, COMMENTS, FIGS, published="2024-07-01", location="TP Hồ Chí Minh")
