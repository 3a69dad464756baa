from lib import F, P, C, T, build

text = """TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM
Trang chủ | Tin tức | Quan hệ lao động

Quý III/2024: Gần 48.000 đoàn viên mất việc làm được công đoàn hỗ trợ

Báo cáo tại Hội nghị Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam lần thứ 29, khóa XIII, Ban Quan hệ lao động cho biết, trong quý III/2024, cả nước có 215.400 lao động bị cắt giảm giờ làm, giảm 18,6% so với quý II/2024; 47.850 lao động bị chấm dứt hợp đồng lao động, mất việc làm, tập trung ở các ngành dệt may, da giày, chế biến gỗ và điện tử.

Công đoàn các cấp đã hỗ trợ 1 triệu đồng/người cho đoàn viên bị mất việc làm với tổng kinh phí 47,9 tỷ đồng; hỗ trợ 500.000 đồng/người cho đoàn viên bị giảm giờ làm từ 14 ngày trở lên trong tháng.

Các địa phương có số lao động bị ảnh hưởng lớn nhất là TP. Hồ Chí Minh, Bình Dương, Đồng Nai và Long An, lần lượt chiếm 31,2%, 24,5%, 13,8% và 7,6% tổng số lao động bị cắt giảm giờ làm.

Trong 9 tháng năm 2024, cả nước xảy ra 46 cuộc ngừng việc tập thể, giảm 21 cuộc so với cùng kỳ; 100% các cuộc ngừng việc có sự tham gia giải quyết của công đoàn. Tỷ lệ doanh nghiệp có CĐCS ký kết TƯLĐTT hiện đạt 67,8%. Tổng Liên đoàn phấn đấu đến năm 2028 tỷ lệ này đạt 75%.

Tại hội nghị, Đoàn Chủ tịch cũng thông qua kết quả Chương trình "1 triệu sáng kiến" giai đoạn 2020-2023 với hơn 2,8 triệu sáng kiến được đăng ký, trong đó khoảng 1,54 triệu sáng kiến được công nhận, làm lợi trên 11.000 tỷ đồng.

27/10/2024
"""

comments = [
    "Union confederation site (Tổng LĐLĐ Việt Nam), national figures; only a bare date at the end ('27/10/2024'), taken as published.",
    "'215.400 lao động ..., giảm 18,6% so với quý II/2024': count with change. The province list 'lần lượt chiếm 31,2%, 24,5%, 13,8% và 7,6%' gives",
    "four percent figures with locations (TP. Hồ Chí Minh, Bình Dương, Đồng Nai, Long An), period quý III/2024 inherited.",
    "'1 triệu đồng/người', '500.000 đồng/người' are money rates (unit đồng/người). '46 cuộc ..., giảm 21 cuộc so với cùng kỳ': change in unit cuộc.",
    "'phấn đấu đến năm 2028 tỷ lệ này đạt 75%' (own sentence, later period) is a target figure, not the target attribute of 67,8%.",
    "'Chương trình \"1 triệu sáng kiến\"' is a name (not a figure); 'khoảng 1,54 triệu' is part of 'hơn 2,8 triệu' (trong đó).",
    "Optional: 'từ 14 ngày trở lên' (criterion). Distractors: 'lần thứ 29, khóa XIII', 'quý II/2024' baseline, '1 triệu sáng kiến', bare date.",
]

PQ3 = P("quý III/2024", "2024-07-01", "2024-09-30")
PQ3I = P("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
PGD = P("giai đoạn 2020-2023", "2020-01-01", "2023-12-31")
S_GIO = "tỷ trọng lao động bị cắt giảm giờ làm"
figs = [
    F("Gần 48.000 đoàn viên", "48.000", 48000, "count", "đoàn viên", "đoàn viên mất việc làm được công đoàn hỗ trợ",
      approx="nearly", period=P("Quý III/2024", "2024-07-01", "2024-09-30")),
    F("có 215.400 lao động", "215.400", 215400, "count", "lao động", "lao động bị cắt giảm giờ làm",
      change=C("decrease", 18.6, "%", "quý II/2024"), period=PQ3),
    F("47.850 lao động", "47.850", 47850, "count", "lao động", "lao động bị chấm dứt hợp đồng lao động, mất việc làm",
      period=PQ3),
    F("hỗ trợ 1 triệu đồng/người", "1", 1e6, "money", "đồng/người", "mức hỗ trợ đoàn viên bị mất việc làm", period=PQ3I),
    F("kinh phí 47,9 tỷ đồng", "47,9", 47.9e9, "money", "đồng", "tổng kinh phí hỗ trợ đoàn viên bị mất việc làm",
      period=PQ3I),
    F("hỗ trợ 500.000 đồng/người", "500.000", 500000, "money", "đồng/người", "mức hỗ trợ đoàn viên bị giảm giờ làm",
      period=PQ3I),
    F("từ 14 ngày trở lên", "14", 14, "measure", "ngày", "số ngày bị giảm giờ làm trong tháng", approx="at_least",
      optional=True),
    F("chiếm 31,2%", "31,2", 31.2, "percent", "%", S_GIO, location="Hồ Chí Minh", period=PQ3I),
    F("31,2%, 24,5%", "24,5", 24.5, "percent", "%", S_GIO, location="Bình Dương", period=PQ3I),
    F("24,5%, 13,8%", "13,8", 13.8, "percent", "%", S_GIO, location="Đồng Nai", period=PQ3I),
    F("và 7,6%", "7,6", 7.6, "percent", "%", S_GIO, location="Long An", period=PQ3I),
    F("xảy ra 46 cuộc", "46", 46, "count", "cuộc", "cuộc ngừng việc tập thể",
      change=C("decrease", 21, "cuộc", "cùng kỳ"), period=P9),
    F("100% các cuộc", "100", 100, "percent", "%", "cuộc ngừng việc có sự tham gia giải quyết của công đoàn", period=P9),
    F("hiện đạt 67,8%", "67,8", 67.8, "percent", "%", "Tỷ lệ doanh nghiệp có CĐCS ký kết TƯLĐTT"),
    F("đạt 75%", "75", 75, "percent", "%", "tỷ lệ doanh nghiệp có CĐCS ký kết TƯLĐTT", status="target",
      period=P("đến năm 2028", None, "2028-12-31")),
    F("hơn 2,8 triệu sáng kiến", "2,8", 2.8e6, "count", "sáng kiến", "sáng kiến được đăng ký", approx="over",
      period=PGD),
    F("khoảng 1,54 triệu sáng kiến", "1,54", 1.54e6, "count", "sáng kiến", "sáng kiến được công nhận",
      approx="about", total=2.8e6, period=PGD),
    F("trên 11.000 tỷ đồng", "11.000", 11000e9, "money", "đồng", "giá trị làm lợi từ sáng kiến", approx="over",
      period=PGD),
]

build(7, text, comments, figs, published="2024-10-27", location="Việt Nam")
