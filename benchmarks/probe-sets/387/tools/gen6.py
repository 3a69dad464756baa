from lib import *

TEXT = """Thời sự > Môi trường
Thứ sáu, 15/3/2024, 06:00 (GMT+7)

Nhà máy điện rác Sóc Sơn xử lý gần 60% rác sinh hoạt của Hà Nội

Lượng rác chôn lấp tại Khu liên hợp xử lý chất thải Nam Sơn giảm mạnh từ khi nhà máy điện rác lớn nhất Việt Nam vận hành toàn bộ các lò đốt.

Theo Sở Xây dựng Hà Nội, mỗi ngày thành phố phát sinh khoảng 7.500 tấn rác thải sinh hoạt, trong đó khu vực nội thành khoảng 4.800 tấn. Trước khi nhà máy vận hành, bãi chôn lấp Nam Sơn phải tiếp nhận hơn 5.000 tấn/ngày; nay chỉ còn khoảng 1.500-2.000 tấn/ngày, chủ yếu là rác từ các huyện ngoại thành.

Nhà máy do Công ty CP Năng lượng môi trường Thiên Ý Hà Nội làm chủ đầu tư, tổng vốn khoảng 7.000 tỷ đồng, công suất xử lý thiết kế 4.000 tấn/ngày, công suất phát điện 75 MW. Trong năm 2023, nhà máy đã tiếp nhận và xử lý hơn 1,1 triệu tấn rác, phát lên lưới khoảng 240 triệu kWh điện, tăng gấp 3 lần so với năm 2022.

Năm 2023, ngân sách thành phố chi gần 2.300 tỷ đồng cho dịch vụ thu gom, vận chuyển, xử lý rác. Thành phố cũng đã di dời 1.089 hộ dân trong vùng ảnh hưởng bán kính 500 m quanh khu xử lý.

Ông Trần Đình Cảnh, Phó Giám đốc Sở Xây dựng, cho biết Hà Nội đặt mục tiêu đến năm 2025 tỷ lệ rác chôn lấp trực tiếp không quá 30%, đồng thời đẩy nhanh tiến độ Nhà máy đốt rác phát điện Seraphin (công suất 1.500 tấn/ngày), dự kiến vận hành trong quý IV/2024.

Gia Minh
"""

FIGS = [
    F("gần 60%", "60", 60, "percent", "%", "rác sinh hoạt của Hà Nội được Nhà máy điện rác Sóc Sơn xử lý", approx="nearly"),
    F("khoảng 7.500 tấn", "7.500", 7500, "measure", "tấn/ngày", "rác thải sinh hoạt phát sinh", approx="about"),
    F("khoảng 4.800 tấn", "4.800", 4800, "measure", "tấn/ngày", "rác thải sinh hoạt phát sinh khu vực nội thành",
      approx="about", total=7500),
    F("hơn 5.000 tấn/ngày", "5.000", 5000, "measure", "tấn/ngày", "rác bãi chôn lấp Nam Sơn phải tiếp nhận trước khi nhà máy vận hành",
      approx="over"),
    F("khoảng 1.500-2.000 tấn/ngày", "1.500", 1500, "measure", "tấn/ngày", "rác bãi chôn lấp Nam Sơn tiếp nhận",
      approx="about", value_max=2000),
    F("khoảng 7.000 tỷ đồng", "7.000", 7e12, "money", "đồng", "tổng vốn đầu tư nhà máy", approx="about"),
    F("thiết kế 4.000 tấn/ngày", "4.000", 4000, "measure", "tấn/ngày", "công suất xử lý thiết kế"),
    F("75 MW", "75", 75, "measure", "MW", "công suất phát điện"),
    F("hơn 1,1 triệu tấn", "1,1", 1.1e6, "measure", "tấn", "rác nhà máy đã tiếp nhận và xử lý", approx="over",
      period=Y("năm 2023", 2023)),
    F("khoảng 240 triệu kWh", "240", 240e6, "measure", "kWh", "điện phát lên lưới", approx="about",
      change=C("increase", 3, "lần", "năm 2022"), period=Y("năm 2023", 2023)),
    F("gần 2.300 tỷ đồng", "2.300", 2.3e12, "money", "đồng", "ngân sách thành phố chi cho dịch vụ thu gom, vận chuyển, xử lý rác",
      approx="nearly", period=Y("Năm 2023", 2023)),
    F("1.089 hộ dân", "1.089", 1089, "count", "hộ dân", "hộ dân di dời trong vùng ảnh hưởng",
      period=Y("Năm 2023", 2023, True)),
    F("bán kính 500 m", "500", 500, "measure", "m", "bán kính vùng ảnh hưởng quanh khu xử lý", optional=True),
    F("không quá 30%", "30", 30, "percent", "%", "tỷ lệ rác chôn lấp trực tiếp", approx="at_most", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("(công suất 1.500 tấn/ngày)", "1.500", 1500, "measure", "tấn/ngày", "công suất Nhà máy đốt rác phát điện Seraphin"),
]

emit(6, [
    "National press (VnExpress style): Hà Nội, Nhà máy điện rác Sóc Sơn and bãi chôn lấp Nam Sơn. Dateline 'Thứ sáu, 15/3/2024, 06:00 (GMT+7)'.",
    "Location Hà Nội throughout: 'Sóc Sơn', 'Nam Sơn', 'Thiên Ý Hà Nội', 'Seraphin' are parts of names, not places of the figures.",
    "'mỗi ngày' → tấn/ngày; 4.800 follows 'trong đó' after 7.500: total. '1.500-2.000' is a range (value_max 2000) with 'khoảng'.",
    "'tăng gấp 3 lần so với năm 2022' is the change (lần) of 240 triệu kWh. Plant capacities/investment and 'mỗi ngày' levels: no period.",
    "'Seraphin … (công suất 1.500 tấn/ngày), dự kiến vận hành trong quý IV/2024': the capacity is a standing property (no period, actual);",
    "the bracketed figure is not governed by the 'dự kiến' that follows it. 'bán kính 500 m' is a geometric criterion (optional).",
    "1.089 hộ: 'Năm 2023' stands in the previous sentence (inherited). Distractors: '(GMT+7)', quý IV/2024, the official's name.",
], TEXT, FIGS, published="2024-03-15", location="Hà Nội")
