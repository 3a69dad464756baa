from lib import F, P, I, CH, TG, emit

TEXT = """CÔNG AN TỈNH QUẢNG NINH
Trang chủ > Tin tức > An toàn giao thông

Hơn 3,5 vạn hồ sơ cấp, đổi giấy phép lái xe được tiếp nhận sau hơn 3 tháng ngành Công an đảm nhiệm

20/06/2025 10:15

Thực hiện Luật Trật tự, an toàn giao thông đường bộ năm 2024 và Thông tư số 12/2025/TT-BCA, từ ngày 1/3/2025, Công an tỉnh tiếp nhận nhiệm vụ sát hạch, cấp giấy phép lái xe (GPLX) từ Sở Giao thông vận tải.

Từ 1/3 đến 15/6/2025, Phòng Cảnh sát giao thông đã tổ chức 214 kỳ sát hạch cho 18.936 thí sinh; 14.402 thí sinh đạt, tỷ lệ 76,1%. Số thí sinh sát hạch nhiều nhất tại TP Hạ Long (5.842 thí sinh), TP Cẩm Phả (3.127 thí sinh) và TP Uông Bí (2.305 thí sinh).

Cũng trong thời gian này, đơn vị đã cấp 31.580 GPLX, gồm cấp mới 14.402, cấp đổi 15.926 và cấp lại 1.252. Tổng số hồ sơ cấp, đổi, cấp lại GPLX tiếp nhận là 35.870 hồ sơ, trong đó 22.240 hồ sơ nộp qua ứng dụng VNeID và Cổng Dịch vụ công, chiếm 62%.

Thời gian giải quyết hồ sơ đổi GPLX được rút ngắn từ 5 ngày xuống còn 3 ngày làm việc; trung bình mỗi ngày các điểm tiếp nhận khoảng 450 hồ sơ. Toàn tỉnh hiện có 9 trung tâm sát hạch lái xe, 23 cơ sở đào tạo lái xe và 13 điểm tiếp nhận hồ sơ tại Công an cấp huyện.

Năm 2025, Công an tỉnh dự kiến sát hạch khoảng 60.000 thí sinh, tăng 15% so với năm 2024.

Đường dây nóng Phòng CSGT: 069.2908.155 - Địa chỉ: Tổ 5, khu 3, phường Hồng Hà, TP Hạ Long.
"""

R = P("Từ 1/3 đến 15/6/2025", "2025-03-01", "2025-06-15")
FIGS = [
    F("Hơn 3,5 vạn hồ sơ", "3,5", 35000, "count", "hồ sơ", "hồ sơ cấp, đổi giấy phép lái xe được tiếp nhận",
      approx="over"),
    F("tổ chức 214 kỳ", "214", 214, "count", "kỳ sát hạch", "kỳ sát hạch Phòng Cảnh sát giao thông tổ chức", R),
    F("cho 18.936 thí sinh", "18.936", 18936, "count", "thí sinh", "thí sinh sát hạch", R),
    F("14.402 thí sinh đạt", "14.402", 14402, "count", "thí sinh", "thí sinh đạt", R, percent=76.1),
    F("(5.842 thí sinh)", "5.842", 5842, "count", "thí sinh", "thí sinh sát hạch", I(R), location="Hạ Long"),
    F("(3.127 thí sinh)", "3.127", 3127, "count", "thí sinh", "thí sinh sát hạch", I(R), location="Cẩm Phả"),
    F("(2.305 thí sinh)", "2.305", 2305, "count", "thí sinh", "thí sinh sát hạch", I(R), location="Uông Bí"),
    F("cấp 31.580 GPLX", "31.580", 31580, "count", "GPLX", "GPLX đơn vị đã cấp", I(R)),
    F("cấp mới 14.402", "14.402", 14402, "count", "GPLX", "GPLX cấp mới", I(R), total=31580),
    F("cấp đổi 15.926", "15.926", 15926, "count", "GPLX", "GPLX cấp đổi", I(R), total=31580),
    F("cấp lại 1.252", "1.252", 1252, "count", "GPLX", "GPLX cấp lại", I(R), total=31580),
    F("là 35.870 hồ sơ", "35.870", 35870, "count", "hồ sơ", "hồ sơ cấp, đổi, cấp lại GPLX tiếp nhận", I(R)),
    F("trong đó 22.240 hồ sơ", "22.240", 22240, "count", "hồ sơ", "hồ sơ nộp qua ứng dụng VNeID và Cổng Dịch vụ công",
      I(R), total=35870, percent=62),
    F("từ 5 ngày", "5", 5, "measure", "ngày", "thời gian giải quyết hồ sơ đổi GPLX trước khi rút ngắn"),
    F("còn 3 ngày làm việc", "3", 3, "measure", "ngày làm việc", "thời gian giải quyết hồ sơ đổi GPLX"),
    F("khoảng 450 hồ sơ", "450", 450, "count", "hồ sơ", "hồ sơ các điểm tiếp nhận trung bình mỗi ngày",
      approx="about"),
    F("có 9 trung tâm", "9", 9, "count", "trung tâm sát hạch", "trung tâm sát hạch lái xe"),
    F("23 cơ sở đào tạo", "23", 23, "count", "cơ sở đào tạo", "cơ sở đào tạo lái xe"),
    F("và 13 điểm tiếp nhận", "13", 13, "count", "điểm tiếp nhận", "điểm tiếp nhận hồ sơ tại Công an cấp huyện"),
    F("khoảng 60.000 thí sinh", "60.000", 60000, "count", "thí sinh", "thí sinh sát hạch",
      P("Năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast",
      change=CH("increase", 15, baseline="năm 2024")),
]

COMMENTS = [
    "Provincial police portal (Công an tỉnh Quảng Ninh), dateline '20/06/2025 10:15': licence tests and GPLX after the 1/3/2025 handover from Sở GTVT.",
    "Distractors: 'Luật … năm 2024', 'Thông tư số 12/2025/TT-BCA', 'từ ngày 1/3/2025', 'sau hơn 3 tháng' (a duration locating the figure),",
    "'Tổ 5, khu 3, phường Hồng Hà', hotline 069.2908.155. 'Hơn 3,5 vạn' = 35000 (vạn ×10⁴).",
    "Period 'Từ 1/3 đến 15/6/2025' read as 2025-03-01 … 2025-06-15. 14.402 đạt has 'tỷ lệ 76,1%' but no part cue after 18.936 (no total).",
    "cấp mới/đổi/lại after 'gồm' add up to 31.580: totals. 'rút ngắn từ 5 ngày xuống còn 3 ngày': two measures, no stated change value.",
    "Cities Hạ Long, Cẩm Phả, Uông Bí in the list go to location. 'dự kiến' → forecast, with its change 'tăng 15% so với năm 2024'.",
]

if __name__ == "__main__":
    emit("p719-8", TEXT, COMMENTS, FIGS, published="2025-06-20", location="Quảng Ninh")
