from lib import F, P, I, ch, tg, build

A = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ / Tin tức - Sự kiện / Giáo dục

Nghệ An: Tỷ lệ tốt nghiệp THPT năm 2024 đạt 99,46%

Cập nhật: 19/07/2024 10:25 | Lượt xem: 3.128

Sáng 19/7, Sở Giáo dục và Đào tạo cho biết, kỳ thi tốt nghiệp THPT năm 2024 toàn tỉnh Nghệ An có 37.892 thí sinh đăng ký dự thi, trong đó có 1.157 thí sinh tự do, chiếm 3,05%. Số thí sinh đủ điều kiện xét công nhận tốt nghiệp là 37.112 em; kết quả có 36.914/37.112 thí sinh được công nhận tốt nghiệp.

Tỷ lệ tốt nghiệp của tỉnh đạt 99,46%, tăng 0,21% so với năm 2023 và vượt chỉ tiêu đề ra (99%). Điểm trung bình các môn thi đạt 6,82 điểm, xếp thứ 31/63 tỉnh, thành phố, tăng 5 bậc so với năm trước.

Một số địa phương có tỷ lệ tốt nghiệp cao gồm thành phố Vinh (99,87%), thị xã Cửa Lò (99,81%), huyện Diễn Châu (99,65%); thấp nhất là huyện Kỳ Sơn với 96,12%.

Toàn tỉnh có 312 điểm 10, trong đó môn Giáo dục công dân có 256 điểm 10, Lịch sử 31, Địa lý 18 và Toán 7. Có 1.486 bài thi đạt từ 9 điểm trở lên. Thủ khoa khối A00 của tỉnh là em Nguyễn Văn An, Trường THPT chuyên Phan Bội Châu, với tổng điểm 29,35.

Năm 2025, tỉnh phấn đấu tỷ lệ tốt nghiệp THPT đạt trên 99,5%. Theo Quyết định số 1234/QĐ-UBND ngày 12/3/2024 của UBND tỉnh, mỗi thủ khoa khối thi được thưởng 10 triệu đồng.

Thí sinh có nhu cầu phúc khảo bài thi nộp đơn tại trường THPT nơi đăng ký dự thi trước 17 giờ ngày 29/7; mọi thắc mắc liên hệ đường dây nóng 0238.3844.672.

Thanh Hà (Sở GD&ĐT)
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = I(Y)
TL = "tỷ lệ tốt nghiệp"
D10 = "điểm 10"

figs = [
    F("năm 2024 đạt 99,46%", "99,46", 99.46, "percent", "%", "tỷ lệ tốt nghiệp THPT", period=Y),
    F("có 37.892 thí sinh", "37.892", 37892, "count", "thí sinh", "thí sinh đăng ký dự thi tốt nghiệp THPT", period=Y),
    F("có 1.157 thí sinh tự do", "1.157", 1157, "count", "thí sinh", "thí sinh tự do", total=37892, percent=3.05, period=Y),
    F("nghiệp là 37.112 em", "37.112", 37112, "count", "em", "thí sinh đủ điều kiện xét công nhận tốt nghiệp", period=Yi),
    F("có 36.914/37.112", "36.914", 36914, "count", "thí sinh", "thí sinh được công nhận tốt nghiệp", total=37112, period=Yi),
    F("của tỉnh đạt 99,46%", "99,46", 99.46, "percent", "%", "tỷ lệ tốt nghiệp của tỉnh",
      change=ch("increase", 0.21, "%", "năm 2023"), target=tg(99, "%", True), period=Yi),
    F("đạt 6,82 điểm", "6,82", 6.82, "measure", "điểm", "điểm trung bình các môn thi", period=Yi),
    F("xếp thứ 31/63", "31", 31, "rank", "hạng", "điểm trung bình các môn thi", total=63,
      change=ch("increase", 5, "bậc", "năm trước"), period=Yi),
    F("Vinh (99,87%)", "99,87", 99.87, "percent", "%", TL, location="Vinh", period=Yi),
    F("Cửa Lò (99,81%)", "99,81", 99.81, "percent", "%", TL, location="Cửa Lò", period=Yi),
    F("Diễn Châu (99,65%)", "99,65", 99.65, "percent", "%", TL, location="Diễn Châu", period=Yi),
    F("Kỳ Sơn với 96,12%", "96,12", 96.12, "percent", "%", TL, location="Kỳ Sơn", period=Yi),
    F("có 312 điểm 10", "312", 312, "count", D10, "điểm 10", period=Yi),
    F("có 256 điểm 10", "256", 256, "count", D10, "điểm 10 môn Giáo dục công dân", total=312, period=Yi),
    F("Lịch sử 31,", "31", 31, "count", D10, "điểm 10 môn Lịch sử", total=312, period=Yi),
    F("Địa lý 18 và", "18", 18, "count", D10, "điểm 10 môn Địa lý", total=312, period=Yi),
    F("và Toán 7.", "7", 7, "count", D10, "điểm 10 môn Toán", total=312, period=Yi),
    F("Có 1.486 bài thi", "1.486", 1486, "count", "bài thi", "bài thi đạt từ 9 điểm trở lên", period=Yi),
    F("từ 9 điểm trở lên", "9", 9, "measure", "điểm", "ngưỡng điểm bài thi", approx="at_least", optional=True),
    F("tổng điểm 29,35", "29,35", 29.35, "measure", "điểm", "tổng điểm thủ khoa khối A00", period=Yi),
    F("đạt trên 99,5%", "99,5", 99.5, "percent", "%", "tỷ lệ tốt nghiệp THPT", approx="over", status="target",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("thưởng 10 triệu đồng", "10", 10000000, "money", "đồng", "tiền thưởng mỗi thủ khoa khối thi"),
]

build(1, [
    "Provincial portal (Cổng TTĐT tỉnh Nghệ An): kết quả thi tốt nghiệp THPT năm 2024; 'Cập nhật: dd/mm/yyyy hh:mm | Lượt xem' dateline.",
    "Title repeats the pass rate (a figure of its own, period in the title). 'tăng 0,21% so với năm 2023' is the change of the rate, '(99%)' its target (met).",
    "'312 điểm 10, trong đó ... 256 điểm 10, Lịch sử 31, Địa lý 18 và Toán 7': parts sum to 312 -> total 312; 'điểm 10' is a category name (unit), its 10 is no figure.",
    "'từ 9 điểm trở lên' is a threshold (optional). Distractors: Quyết định số 1234/QĐ-UBND, dates, '17 giờ ngày 29/7', hotline, 'khối A00', view counter.",
    "District list items: district is the location, subject the list's indicator (tỷ lệ tốt nghiệp). Periods after the first paragraph are inherited.",
], A, figs, published="2024-07-19", location="Nghệ An")
