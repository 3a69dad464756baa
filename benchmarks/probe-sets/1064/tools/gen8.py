"""p1064-8: provincial newspaper online (Báo Quảng Nam, tag (QNO)), headline figure - union housing at Điện Bàn."""
from lib import F, P, I, C, T, write

TEXT = """Báo Quảng Nam điện tử
Thứ Sáu, 14/03/2025 | 10:20
1.500 căn hộ thiết chế công đoàn ở Điện Bàn sắp đón công nhân

(QNO) - Dự án thiết chế công đoàn tại Khu công nghiệp Điện Nam - Điện Ngọc (thị xã Điện Bàn) đã hoàn thành giai đoạn 1 với 1.500 căn hộ. Trong tháng 4/2025, dự án dự kiến đón khoảng 4.500 công nhân vào ở.

Dự án có tổng diện tích 5,8 ha, tổng mức đầu tư 765 tỷ đồng, trong đó vốn của Tổng Liên đoàn Lao động Việt Nam 320 tỷ đồng. Mỗi căn hộ rộng 30-36 m2, giá thuê khoảng 1,1 triệu đồng/căn/tháng, chỉ bằng 60% giá phòng trọ cùng diện tích bên ngoài.

Theo Liên đoàn Lao động tỉnh, Quảng Nam hiện có 8 khu công nghiệp với 98.700 công nhân, lao động; riêng KCN Điện Nam - Điện Ngọc có 72 doanh nghiệp đang hoạt động, sử dụng hơn 35.000 lao động, trong đó 42% là người ngoại tỉnh. Năm 2024, giá thuê phòng trọ tại các phường Điện Nam Bắc, Điện Ngọc bình quân 1,4 triệu đồng/phòng/tháng, tăng 12,5% so với năm 2023.

Đến ngày 28/2/2025, đã có 1.126 công nhân đăng ký thuê căn hộ, đạt 75,1% số căn giai đoạn 1; trong đó 486 người đã được xét duyệt. Từ đầu năm đến nay, công đoàn các KCN đã tổ chức 14 buổi tư vấn cho 2.300 lượt công nhân về thủ tục thuê nhà.

Giai đoạn 2 dự kiến khởi công trong quý III/2025 với 1.080 căn hộ, nâng tổng số căn lên 2.580 căn vào năm 2027. Ông Phan Văn Bảy, Chủ tịch Công đoàn các KCN tỉnh, cho biết sẽ ưu tiên công nhân ngoại tỉnh, lao động nữ nuôi con nhỏ.
"""

apr = P("Trong tháng 4/2025", "2025-04-01", "2025-04-30")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
feb = P("Đến ngày 28/2/2025", None, "2025-02-28")
ytd = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-14")
q3 = P("trong quý III/2025", "2025-07-01", "2025-09-30")
y27 = P("vào năm 2027", "2027-01-01", "2027-12-31")
DB = "Điện Bàn"

FIGS = [
    F("1.500 căn hộ thiết chế", "1.500", 1500, "count", "căn hộ", "căn hộ thiết chế công đoàn", location=DB),
    F("với 1.500 căn hộ", "1.500", 1500, "count", "căn hộ", "căn hộ thiết chế công đoàn giai đoạn 1",
      location=DB),
    F("khoảng 4.500 công nhân", "4.500", 4500, "count", "công nhân", "công nhân vào ở thiết chế công đoàn", apr,
      approx="about", status="forecast", location=DB),
    F("diện tích 5,8 ha", "5,8", 5.8, "measure", "ha", "tổng diện tích dự án thiết chế công đoàn", location=DB),
    F("tư 765 tỷ đồng", "765", 765000000000, "money", "đồng", "tổng mức đầu tư dự án thiết chế công đoàn",
      location=DB),
    F("Nam 320 tỷ đồng", "320", 320000000000, "money", "đồng", "vốn của Tổng Liên đoàn Lao động Việt Nam",
      total=765000000000, location=DB),
    F("rộng 30-36 m2", "30", 30, "measure", "m2", "diện tích mỗi căn hộ", value_max=36, location=DB),
    F("khoảng 1,1 triệu", "1,1", 1100000, "money", "đồng/căn/tháng", "giá thuê căn hộ thiết chế công đoàn",
      approx="about", percent=60, location=DB),
    F("có 8 khu công nghiệp", "8", 8, "count", "khu công nghiệp", "khu công nghiệp"),
    F("với 98.700 công nhân", "98.700", 98700, "count", "công nhân", "công nhân, lao động khu công nghiệp"),
    F("có 72 doanh nghiệp", "72", 72, "count", "doanh nghiệp", "doanh nghiệp đang hoạt động tại KCN Điện Nam - Điện Ngọc",
      location=DB),
    F("hơn 35.000 lao động", "35.000", 35000, "count", "lao động", "lao động KCN Điện Nam - Điện Ngọc",
      approx="over", location=DB),
    F("trong đó 42%", "42", 42, "percent", "%", "lao động là người ngoại tỉnh", location=DB),
    F("bình quân 1,4 triệu", "1,4", 1400000, "money", "đồng/phòng/tháng", "giá thuê phòng trọ bình quân", y24,
      change=C("increase", 12.5, baseline="năm 2023"), location=DB),
    F("có 1.126 công nhân", "1.126", 1126, "count", "công nhân", "công nhân đăng ký thuê căn hộ", feb,
      percent=75.1, location=DB),
    F("trong đó 486 người", "486", 486, "count", "người", "người đã được xét duyệt", feb, total=1126,
      location=DB),
    F("chức 14 buổi", "14", 14, "count", "buổi", "buổi tư vấn về thủ tục thuê nhà", ytd),
    F("cho 2.300 lượt", "2.300", 2300, "count", "lượt công nhân", "lượt công nhân được tư vấn", ytd),
    F("với 1.080 căn hộ", "1.080", 1080, "count", "căn hộ", "căn hộ thiết chế công đoàn giai đoạn 2", q3,
      status="forecast", location=DB),
    F("lên 2.580 căn", "2.580", 2580, "count", "căn", "tổng số căn hộ thiết chế công đoàn", y27,
      status="forecast", location=DB),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Nam, tag (QNO)), headline with a figure; published = 'Thứ Sáu, 14/03/2025 | 10:20'.",
    "The union-housing project lies in thị xã Điện Bàn: its figures and those of KCN Điện Nam - Điện Ngọc (in Điện Bàn, stated in the lead)",
    "and of phường Điện Nam Bắc, Điện Ngọc are located Điện Bàn; provincial counts and the LĐLĐ tỉnh counselling figures are Quảng Nam.",
    "'Trong tháng 4/2025 ... dự kiến đón khoảng 4.500' = forecast; 1.500 căn hộ (sentence before) has no period.",
    "'chỉ bằng 60% giá phòng trọ' -> percent of 1,1 triệu; 'đạt 75,1% số căn giai đoạn 1' -> percent of 1.126; 486 người part of 1.126.",
    "'Giai đoạn 2 dự kiến ... nâng tổng số căn lên 2.580 căn vào năm 2027' -> forecast (the cue governs the continuing clause), period 2027.",
    "'Từ đầu năm đến nay' = 2025-01-01 .. published. Distractors: 10:20, (QNO), giai đoạn 1/2, Phan Văn Bảy, 'Điện Nam - Điện Ngọc'.",
    "Headline 1.500 and body 1.500 are both figures (the headline restates the claim).",
]

write("p1064-8", TEXT, FIGS, NOTES, published="2025-03-14", location="Quảng Nam")
