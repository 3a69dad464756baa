from lib import F, P, C, T, write

TEXT = """Bệnh viện Đa khoa tỉnh Phú Thọ tổng kết công tác năm 2023
Ngày đăng: 05/01/2024 | Lượt xem: 812

Chiều 4/1, Bệnh viện Đa khoa tỉnh Phú Thọ tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024. Tính đến 31/12/2023, bệnh viện có 1.500 giường bệnh kế hoạch, 1.820 giường thực kê với 2.150 cán bộ, viên chức, người lao động, trong đó có 512 bác sĩ.

Năm 2023, bệnh viện đã khám cho 612.450 lượt người bệnh, tăng 8,3% so với năm 2022; điều trị nội trú 71.380 lượt, đạt 108,1% kế hoạch; thực hiện 28.640 ca phẫu thuật, trong đó 9.120 ca phẫu thuật đặc biệt. Công suất sử dụng giường bệnh bình quân đạt 112,5%, ngày điều trị trung bình 6,1 ngày.

Tổng thu của bệnh viện đạt 1.146 tỷ đồng, trong đó thu từ quỹ BHYT chiếm 74,6%. Sau khi trừ chi phí, bệnh viện trích lập các quỹ 96,3 tỷ đồng, chi thu nhập tăng thêm bình quân 4,2 triệu đồng/người/tháng. Bệnh viện đầu tư trên 120 tỷ đồng mua sắm trang thiết bị, như máy chụp cộng hưởng từ 3.0 Tesla, hệ thống chụp mạch số hóa xóa nền (DSA).

Phát biểu tại hội nghị, Giám đốc Sở Y tế ghi nhận bệnh viện là đơn vị đầu tiên của tỉnh tự bảo đảm chi thường xuyên và chi đầu tư từ năm 2021 đến nay.

Năm 2024, bệnh viện đặt chỉ tiêu khám 650.000 lượt người bệnh, tổng thu khoảng 1.200 tỷ đồng, phấn đấu mức độ hài lòng của người bệnh đạt trên 95%.

Bệnh viện Đa khoa tỉnh Phú Thọ - Đường Nguyễn Tất Thành, phường Tân Dân, TP Việt Trì. Đường dây nóng: 1900 9095.
"""

A = P("Tính đến 31/12/2023", None, "2023-12-31")
Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
K = P("Năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("có 1.500 giường", "1.500", "count", "giường bệnh", "giường bệnh kế hoạch", period=A),
    F("1.820 giường thực kê", "1.820", "count", "giường", "giường thực kê", period=A),
    F("với 2.150 cán bộ", "2.150", "count", "cán bộ, viên chức, người lao động",
      "cán bộ, viên chức, người lao động", period=A),
    F("có 512 bác sĩ", "512", "count", "bác sĩ", "bác sĩ", total=2150, period=A),
    F("cho 612.450 lượt", "612.450", "count", "lượt người bệnh", "lượt người bệnh được khám",
      change=C("+", 8.3, baseline="năm 2022"), period=Y),
    F("nội trú 71.380 lượt", "71.380", "count", "lượt", "lượt điều trị nội trú", percent=108.1, period=Y),
    F("thực hiện 28.640 ca", "28.640", "count", "ca phẫu thuật", "ca phẫu thuật", period=Y),
    F("trong đó 9.120 ca", "9.120", "count", "ca phẫu thuật", "ca phẫu thuật đặc biệt", total=28640, period=Y),
    F("đạt 112,5%", "112,5", "percent", "%", "công suất sử dụng giường bệnh bình quân", period=Yi),
    F("trung bình 6,1 ngày", "6,1", "measure", "ngày", "ngày điều trị trung bình", period=Yi),
    F("đạt 1.146 tỷ đồng", "1.146", "money", "đồng", "tổng thu của bệnh viện", mult=1e9, period=Yi),
    F("chiếm 74,6%", "74,6", "percent", "%", "tỷ trọng thu từ quỹ BHYT trong tổng thu", period=Yi),
    F("các quỹ 96,3 tỷ đồng", "96,3", "money", "đồng", "trích lập các quỹ", mult=1e9, period=Yi),
    F("bình quân 4,2 triệu đồng", "4,2", "money", "đồng/người/tháng", "thu nhập tăng thêm bình quân",
      mult=1e6, period=Yi),
    F("trên 120 tỷ đồng", "120", "money", "đồng", "đầu tư mua sắm trang thiết bị", mult=1e9, approx="over",
      period=Yi),
    F("cộng hưởng từ 3.0 Tesla", "3.0", "measure", "Tesla", "máy chụp cộng hưởng từ", optional=True),
    F("khám 650.000 lượt", "650.000", "count", "lượt người bệnh", "lượt người bệnh khám", status="target",
      period=K),
    F("khoảng 1.200 tỷ đồng", "1.200", "money", "đồng", "tổng thu", mult=1e9, approx="about", status="target",
      period=K),
    F("trên 95%", "95", "percent", "%", "mức độ hài lòng của người bệnh", approx="over", status="target",
      period=K),
]

write(4, TEXT, figs, [
    "Hospital website (Bệnh viện Đa khoa tỉnh Phú Thọ): tổng kết năm 2023. 'Ngày đăng: dd/mm/yyyy | Lượt xem: N' dateline.",
    "Distractors: 'Lượt xem: 812', 'Chiều 4/1', 'từ năm 2021 đến nay', address with TP Việt Trì, hotline 1900 9095, 'DSA'.",
    "'giường bệnh kế hoạch' is the name of the allocated-bed count (actual, not a target). '512 bác sĩ' after 'trong đó' has total 2.150.",
    "'đạt 108,1% kế hoạch' is the percent of 71.380. 'trong đó thu từ quỹ BHYT chiếm 74,6%' is a share without an amount: percent figure, no total.",
    "'máy chụp cộng hưởng từ 3.0 Tesla' is a model specification: optional. 2024 plan: status target, period 'Năm 2024' in the same sentence.",
], published="2024-01-05", location="Phú Thọ")
