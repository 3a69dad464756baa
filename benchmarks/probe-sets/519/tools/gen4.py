from lib import *

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ » Tin tức » Tin tổng hợp

Cả nước còn thiếu hơn 113.000 giáo viên mầm non, phổ thông

Ngày đăng: 28/08/2024 | Lượt xem: 5.902

Theo báo cáo của Bộ Giáo dục và Đào tạo, tính đến tháng 6/2024, cả nước thiếu 113.491 giáo viên mầm non và phổ thông, trong đó: mầm non 46.730 giáo viên; tiểu học 37.460 giáo viên; THCS 19.820 giáo viên; THPT 9.481 giáo viên. Các địa phương thiếu nhiều nhất là Hà Nội (5.160 giáo viên), Thanh Hóa (4.215), Gia Lai (2.980) và TP Hồ Chí Minh (3.642).

Giai đoạn 2022-2026, Bộ Chính trị bổ sung 65.980 biên chế giáo viên theo Kết luận số 28-KL/TW. Đến nay, các địa phương đã được giao 47.221 biên chế nhưng mới tuyển dụng được 31.500 người, đạt 66,7%.

Năm học 2023-2024, cả nước có 9.295 giáo viên nghỉ việc, chuyển việc, giảm 2.376 người so với năm học trước.

Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019 ở cấp mầm non là 86,3%, tiểu học 79,5%, THCS 87,7% và THPT 99,6%. Bộ đặt mục tiêu đến năm 2025 có 100% giáo viên tiểu học và THCS đạt chuẩn.

Dự kiến năm học 2024-2025, cả nước cần tuyển mới khoảng 27.800 giáo viên, tập trung ở các môn tin học, tiếng Anh, nghệ thuật theo Chương trình giáo dục phổ thông 2018.

Địa chỉ: 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3869.4795
"""

asof = P("tính đến tháng 6/2024", None, "2024-06-30")
nay = P("Đến nay", None, "2024-08-28")
FIGS = [
    F("hơn 113.000 giáo viên", "113.000", 113000, "count", "giáo viên", "giáo viên mầm non, phổ thông cả nước còn thiếu", I(asof), approx="over"),
    F("thiếu 113.491 giáo viên", "113.491", 113491, "count", "giáo viên", "giáo viên mầm non và phổ thông cả nước thiếu", asof),
    F("mầm non 46.730 giáo viên", "46.730", 46730, "count", "giáo viên", "giáo viên mầm non thiếu", asof, total=113491),
    F("tiểu học 37.460 giáo viên", "37.460", 37460, "count", "giáo viên", "giáo viên tiểu học thiếu", asof, total=113491),
    F("THCS 19.820 giáo viên", "19.820", 19820, "count", "giáo viên", "giáo viên THCS thiếu", asof, total=113491),
    F("THPT 9.481 giáo viên", "9.481", 9481, "count", "giáo viên", "giáo viên THPT thiếu", asof, total=113491),
    F("Hà Nội (5.160 giáo viên)", "5.160", 5160, "count", "giáo viên", "giáo viên thiếu", I(asof), location="Hà Nội"),
    F("Thanh Hóa (4.215)", "4.215", 4215, "count", "giáo viên", "giáo viên thiếu", I(asof), location="Thanh Hóa"),
    F("Gia Lai (2.980)", "2.980", 2980, "count", "giáo viên", "giáo viên thiếu", I(asof), location="Gia Lai"),
    F("Hồ Chí Minh (3.642)", "3.642", 3642, "count", "giáo viên", "giáo viên thiếu", I(asof), location="TP Hồ Chí Minh"),
    F("bổ sung 65.980 biên chế", "65.980", 65980, "count", "biên chế", "biên chế giáo viên Bộ Chính trị bổ sung",
      P("Giai đoạn 2022-2026", "2022-01-01", "2026-12-31")),
    F("giao 47.221 biên chế", "47.221", 47221, "count", "biên chế", "biên chế giáo viên các địa phương đã được giao", nay),
    F("được 31.500 người", "31.500", 31500, "count", "người", "giáo viên đã tuyển dụng", nay, percent=66.7),
    F("có 9.295 giáo viên", "9.295", 9295, "count", "giáo viên", "giáo viên nghỉ việc, chuyển việc", SY(2023, "Năm học 2023-2024"),
      change=CH("decrease", 2376, "người", "năm học trước")),
    F("mầm non là 86,3%", "86,3", 86.3, "percent", "%", "tỷ lệ giáo viên mầm non đạt chuẩn trình độ đào tạo"),
    F("tiểu học 79,5%", "79,5", 79.5, "percent", "%", "tỷ lệ giáo viên tiểu học đạt chuẩn trình độ đào tạo"),
    F("THCS 87,7%", "87,7", 87.7, "percent", "%", "tỷ lệ giáo viên THCS đạt chuẩn trình độ đào tạo"),
    F("THPT 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ giáo viên THPT đạt chuẩn trình độ đào tạo"),
    F("có 100% giáo viên", "100", 100, "percent", "%", "giáo viên tiểu học và THCS đạt chuẩn", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("khoảng 27.800 giáo viên", "27.800", 27800, "count", "giáo viên", "giáo viên cần tuyển mới", SY(2024),
      approx="about", status="forecast"),
]

COMMENTS = [
    "Bộ GD&ĐT site: cả nước thiếu giáo viên (6/2024), by level and top provinces; biên chế 2022-2026 (Kết luận 28-KL/TW), nghỉ việc, đạt chuẩn.",
    "Ministry site: 'Ngày đăng: 28/08/2024 | Lượt xem: 5.902' (dateline; counter is furniture). National figures: location Việt Nam;",
    "provinces in the bracketed list go to location, the list's indicator is the subject. The address 'Hà Nội' is no place of a figure.",
    "Not figures: 'Kết luận số 28-KL/TW', 'Luật Giáo dục 2019', 'Chương trình giáo dục phổ thông 2018', '35 Đại Cồ Việt', phone.",
    "The four levels after 'trong đó:' add up to 113.491: total. The provincial list has no part-of cue (and does not add up): no total.",
    "'đạt 66,7%' after 31.500 người → percent (no total: no part-of cue; 47.221 is a figure of its own).",
    "'Dự kiến năm học 2024-2025' → forecast, school year 2024-09-01..2025-05-31 (chosen convention). 'Đến nay' ends at the dateline.",
]

emit("p519-4", TEXT, COMMENTS, FIGS, published="2024-08-28", location="Việt Nam")
