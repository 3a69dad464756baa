from lib import F, P, I, emit

TEXT = """Giáo dục | Tin tức

Gần 30% điểm trường tiểu học thiếu nhà vệ sinh đạt chuẩn
Thứ năm, 24/10/2024, 06:00 (GMT+7)

Kết quả khảo sát năm 2024 của Bộ Giáo dục và Đào tạo phối hợp với UNICEF cho thấy, trong số 12.350 điểm trường tiểu học được khảo sát, có 3.618 điểm trường chưa có nhà vệ sinh đạt chuẩn, chiếm 29,3%. Gần 1.100 điểm trường lẻ ở vùng sâu chưa có nước sạch phục vụ vệ sinh.

Số học sinh trên một chỗ ngồi vệ sinh dao động từ 45 đến 120 học sinh/chỗ, trong khi Thông tư số 13/2020/TT-BGDĐT quy định không quá 30 học sinh/chỗ. Tại Hà Giang, tỷ lệ điểm trường thiếu nhà vệ sinh đạt chuẩn lên tới 48,7%, trong khi ở TP Hồ Chí Minh là 6,5% và Hà Nội là 8,2%.

Ông Phạm Văn Tân, Phó Vụ trưởng Vụ Cơ sở vật chất (Bộ GD&ĐT), cho biết từ năm 2021 đến nay, các địa phương đã đầu tư khoảng 3.200 tỷ đồng xây mới, cải tạo hơn 21.000 nhà vệ sinh trường học. Riêng quý III/2024, cả nước hoàn thành 1.215 nhà vệ sinh, gấp 1,8 lần quý II/2024.

Bộ GD&ĐT đặt mục tiêu đến năm 2025, 100% điểm trường chính có nhà vệ sinh đạt chuẩn, tỷ lệ này ở điểm trường lẻ đạt ít nhất 80%. Để đạt mục tiêu, Bộ dự kiến giai đoạn 2025-2030 cần khoảng 9.500 tỷ đồng. Suất đầu tư mỗi khu vệ sinh đạt chuẩn hiện từ 250 triệu đến 400 triệu đồng.

Phụ huynh có thể phản ánh qua đường dây nóng 1800 6606 hoặc ứng dụng Trường học 4.0.

Hoàng Anh
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2024-10-24")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Gần 30%", "30", 30, "percent", "%", "điểm trường tiểu học thiếu nhà vệ sinh đạt chuẩn", I(Y24), approx="nearly"),
    F("số 12.350 điểm", "12.350", 12350, "count", "điểm trường", "điểm trường tiểu học được khảo sát", Y24),
    F("có 3.618 điểm", "3.618", 3618, "count", "điểm trường", "điểm trường chưa có nhà vệ sinh đạt chuẩn", Y24,
      total=12350, percent=29.3),
    F("Gần 1.100 điểm", "1.100", 1100, "count", "điểm trường lẻ", "điểm trường lẻ ở vùng sâu chưa có nước sạch phục vụ vệ sinh",
      I(Y24), approx="nearly"),
    F("từ 45 đến 120", "45", 45, "measure", "học sinh/chỗ", "Số học sinh trên một chỗ ngồi vệ sinh", I(Y24), value_max=120),
    F("không quá 30 học sinh/chỗ", "30", 30, "measure", "học sinh/chỗ", "quy định số học sinh trên một chỗ ngồi vệ sinh",
      approx="at_most", optional=True),
    F("lên tới 48,7%", "48,7", 48.7, "percent", "%", "tỷ lệ điểm trường thiếu nhà vệ sinh đạt chuẩn", I(Y24), location="Hà Giang"),
    F("là 6,5%", "6,5", 6.5, "percent", "%", "tỷ lệ điểm trường thiếu nhà vệ sinh đạt chuẩn", I(Y24), location="Hồ Chí Minh"),
    F("là 8,2%", "8,2", 8.2, "percent", "%", "tỷ lệ điểm trường thiếu nhà vệ sinh đạt chuẩn", I(Y24), location="Hà Nội"),
    F("khoảng 3.200 tỷ đồng", "3.200", 3200e9, "money", "đồng", "vốn đầu tư xây mới, cải tạo nhà vệ sinh trường học", SINCE,
      approx="about"),
    F("hơn 21.000 nhà vệ sinh", "21.000", 21000, "count", "nhà vệ sinh", "nhà vệ sinh trường học xây mới, cải tạo", SINCE,
      approx="over"),
    F("hoàn thành 1.215 nhà vệ sinh", "1.215", 1215, "count", "nhà vệ sinh", "nhà vệ sinh hoàn thành", Q3,
      change={"direction": "increase", "value": 1.8, "unit": "lần", "baseline": "quý II/2024"}),
    F("2025, 100% điểm", "100", 100, "percent", "%", "điểm trường chính có nhà vệ sinh đạt chuẩn", T25, status="target"),
    F("ít nhất 80%", "80", 80, "percent", "%", "tỷ lệ điểm trường lẻ có nhà vệ sinh đạt chuẩn", T25, approx="at_least",
      status="target"),
    F("khoảng 9.500 tỷ đồng", "9.500", 9500e9, "money", "đồng", "vốn cần để đạt mục tiêu",
      P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31"), approx="about", status="forecast"),
    F("từ 250 triệu đến 400 triệu đồng", "250", 250e6, "money", "đồng", "suất đầu tư mỗi khu vệ sinh đạt chuẩn",
      value_max=400e6),
]

COMMENTS = [
    "National press (online newspaper, 'Thứ năm, 24/10/2024, 06:00 (GMT+7)', byline at the end): school toilets, survey 2024, investment",
    "since 2021, quarterly completions, targets. Location Việt Nam unless a province or city is named.",
    "Distractors: 'Thông tư số 13/2020/TT-BGDĐT', hotline '1800 6606', app name 'Trường học 4.0', '(GMT+7)', dateline, quarter names.",
    "'trong số 12.350 điểm trường …, có 3.618 …, chiếm 29,3%': total 12.350 and share. The norm 'không quá 30 học sinh/chỗ' is optional.",
    "Rates 'học sinh/chỗ' keep the denominator in the unit. 'từ năm 2021 đến nay' ends at the dateline (2024-10-24).",
    "'1.215 nhà vệ sinh, gấp 1,8 lần quý II/2024': the multiple is the count's change (unit lần), not a figure of its own.",
    "'Bộ dự kiến giai đoạn 2025-2030 cần khoảng 9.500 tỷ đồng': forecast (the 'mục tiêu' before it is the goal, not this amount);",
    "'Suất đầu tư … hiện từ 250 triệu đến 400 triệu đồng' a money range in a sentence of its own, actual, no period.",
]

emit("p360-7", TEXT, COMMENTS, FIGS, published="2024-10-24", location="Việt Nam")
