from lib import F, P, Pi, ch, tg, build

TEXT = """
Kinh doanh › Ngân hàng
Thứ hai, 6/1/2025, 14:20 (GMT+7)

Tín dụng chính sách xã hội: Dư nợ vượt mốc 345.000 tỷ đồng

Chiều 4/1, tại Hà Nội, NHCSXH tổ chức hội nghị tổng kết hoạt động năm 2024, triển khai nhiệm vụ năm 2025. Đến ngày 31/12/2024, tổng nguồn vốn đạt 372.648 tỷ đồng, tăng 12,5% so với năm 2023; tổng dư nợ các chương trình tín dụng đạt 345.870 tỷ đồng, tăng 34.562 tỷ đồng so với năm trước, với gần 6,8 triệu hộ nghèo và đối tượng chính sách còn dư nợ.

Trong năm, doanh số cho vay đạt 118.245 tỷ đồng, giúp hơn 2,1 triệu lượt hộ vay vốn; qua đó góp phần giúp trên 93.000 hộ vượt qua ngưỡng nghèo, thu hút và tạo việc làm cho hơn 408.000 lao động, hỗ trợ 4.912 lao động đi làm việc có thời hạn ở nước ngoài.

Nguồn vốn ủy thác từ ngân sách địa phương tiếp tục tăng mạnh, đạt 44.796 tỷ đồng, tăng 7.351 tỷ đồng so với đầu năm, chiếm 12% tổng nguồn vốn. 63/63 tỉnh, thành phố đều dành ngân sách ủy thác qua NHCSXH; dẫn đầu là Hà Nội (4.125 tỷ đồng), TP Hồ Chí Minh (3.870 tỷ đồng) và Quảng Ninh (1.962 tỷ đồng).

Tỷ lệ nợ quá hạn và nợ khoanh chiếm 0,24% tổng dư nợ, giảm 0,03% so với năm 2023. Tại phiên họp thứ tư của Hội đồng quản trị, Phó Thủ tướng Lê Minh Khái đề nghị NHCSXH quán triệt Chỉ thị số 39-CT/TW ngày 30/10/2024 của Ban Bí thư và Nghị định số 74/2023/NĐ-CP.

Năm 2025, NHCSXH đặt mục tiêu tăng trưởng tín dụng khoảng 10%, phấn đấu nguồn vốn ủy thác từ ngân sách địa phương đạt 50.000 tỷ đồng. Theo Tổng Giám đốc NHCSXH, hệ thống hiện có 10.396 Điểm giao dịch xã với khoảng 170.000 Tổ tiết kiệm và vay vốn hoạt động tại thôn, bản.
"""

E = "2024-12-31"
P31 = P("Đến ngày 31/12/2024", end=E)
I31 = Pi("Đến ngày 31/12/2024", end=E)
PY = P("Trong năm", "2024-01-01", E)
P25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("vượt mốc 345.000 tỷ đồng", "345.000", 345_000_000_000_000, "money", "đồng", "Dư nợ tín dụng chính sách xã hội",
      approx="over"),
    F("vốn đạt 372.648 tỷ đồng", "372.648", 372_648_000_000_000, "money", "đồng", "tổng nguồn vốn", P31,
      change=ch("increase", 12.5, "%", "năm 2023")),
    F("dụng đạt 345.870 tỷ đồng", "345.870", 345_870_000_000_000, "money", "đồng",
      "tổng dư nợ các chương trình tín dụng", P31,
      change=ch("increase", 34_562_000_000_000, "đồng", "năm trước")),
    F("gần 6,8 triệu hộ", "6,8", 6_800_000, "count", "hộ", "hộ nghèo và đối tượng chính sách còn dư nợ", P31,
      approx="nearly"),
    F("cho vay đạt 118.245 tỷ đồng", "118.245", 118_245_000_000_000, "money", "đồng", "doanh số cho vay", PY),
    F("hơn 2,1 triệu lượt hộ", "2,1", 2_100_000, "count", "lượt hộ", "lượt hộ vay vốn", PY, approx="over"),
    F("trên 93.000 hộ", "93.000", 93000, "count", "hộ", "hộ vượt qua ngưỡng nghèo", PY, approx="over"),
    F("hơn 408.000 lao động", "408.000", 408000, "count", "lao động", "lao động được thu hút và tạo việc làm", PY,
      approx="over"),
    F("hỗ trợ 4.912 lao động", "4.912", 4912, "count", "lao động",
      "lao động đi làm việc có thời hạn ở nước ngoài", PY),
    F("mạnh, đạt 44.796 tỷ đồng", "44.796", 44_796_000_000_000, "money", "đồng",
      "Nguồn vốn ủy thác từ ngân sách địa phương", I31,
      change=ch("increase", 7_351_000_000_000, "đồng", "đầu năm"), percent=12),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố dành ngân sách ủy thác qua NHCSXH",
      I31, total=63),
    F("Hà Nội (4.125 tỷ đồng)", "4.125", 4_125_000_000_000, "money", "đồng", "ngân sách ủy thác qua NHCSXH", I31,
      location="Hà Nội"),
    F("TP Hồ Chí Minh (3.870 tỷ đồng)", "3.870", 3_870_000_000_000, "money", "đồng", "ngân sách ủy thác qua NHCSXH",
      I31, location="Hồ Chí Minh"),
    F("Quảng Ninh (1.962 tỷ đồng)", "1.962", 1_962_000_000_000, "money", "đồng", "ngân sách ủy thác qua NHCSXH",
      I31, location="Quảng Ninh"),
    F("chiếm 0,24%", "0,24", 0.24, "percent", "%", "Tỷ lệ nợ quá hạn và nợ khoanh", I31,
      change=ch("decrease", 0.03, "%", "năm 2023")),
    F("khoảng 10%", "10", 10, "percent", "%", "tăng trưởng tín dụng", P25, approx="about", status="target"),
    F("đạt 50.000 tỷ đồng", "50.000", 50_000_000_000_000, "money", "đồng",
      "nguồn vốn ủy thác từ ngân sách địa phương", P25, status="target"),
    F("có 10.396 Điểm", "10.396", 10396, "count", "Điểm giao dịch xã", "Điểm giao dịch xã"),
    F("khoảng 170.000 Tổ", "170.000", 170000, "count", "Tổ tiết kiệm và vay vốn",
      "Tổ tiết kiệm và vay vốn hoạt động tại thôn, bản", approx="about"),
]

COMMENTS = [
    "National press (business section), 'Thứ hai, 6/1/2025, 14:20 (GMT+7)': NHCSXH year-end 2024 results, local-budget entrusted capital by province, 2025 targets.",
    "Distractors: '(GMT+7)', 'Chiều 4/1', 'phiên họp thứ tư' (a meeting's ordinal, not a rank), 'Chỉ thị số 39-CT/TW ngày 30/10/2024',",
    "'Nghị định số 74/2023/NĐ-CP', person names. Headline 'vượt mốc 345.000 tỷ đồng' is a figure (over), no period in its sentence.",
    "Each amount carries the change that follows it ('tăng 12,5% so với năm 2023', 'tăng 34.562 tỷ đồng so với năm trước'); 44.796 tỷ has change and share.",
    "'Trong năm' = 2024 (report on 2024). Province list items are locations; TP Hồ Chí Minh → 'Hồ Chí Minh'. National figures: Việt Nam.",
    "'Năm 2025 ... mục tiêu ..., phấn đấu ...' gives two targets. 'hiện có' counts have no period.",
]

build(4, COMMENTS, TEXT, FIGS, published="2025-01-06", location="Việt Nam")
