from lib import F, P, C, T, build

TEXT = """Giáo dục > Tuyển sinh

Hơn 3,9 triệu lượt học sinh, sinh viên đã được vay vốn đi học

Sau 17 năm triển khai, chương trình tín dụng học sinh, sinh viên của Ngân hàng Chính sách xã hội (NHCSXH) được đánh giá là "chương trình tín dụng có tính nhân văn sâu sắc".

Theo NHCSXH, từ khi triển khai chương trình năm 2007 đến hết tháng 6/2024, đã có hơn 3,9 triệu lượt học sinh, sinh viên có hoàn cảnh khó khăn được vay vốn với tổng doanh số cho vay trên 84.500 tỷ đồng. Tính đến 30/6/2024, dư nợ chương trình đạt 8.740 tỷ đồng với khoảng 265.000 học sinh, sinh viên còn dư nợ; tỷ lệ nợ quá hạn là 0,17%.

Theo Quyết định số 05/2022/QĐ-TTg, mức cho vay hiện nay là 4 triệu đồng/tháng/học sinh, sinh viên, tăng 1,5 triệu đồng so với mức cũ; lãi suất cho vay 6,6%/năm. Mỗi sinh viên đại học vay bình quân từ 25 triệu đến 40 triệu đồng cho cả khóa học.

Riêng 6 tháng đầu năm 2024, NHCSXH đã giải ngân 1.215 tỷ đồng, bằng 47% kế hoạch năm, cho 58.300 lượt học sinh, sinh viên. Các địa phương có dư nợ chương trình lớn nhất là Nghệ An (612 tỷ đồng), Thanh Hóa (548 tỷ đồng) và Hà Tĩnh (401 tỷ đồng).

Khảo sát của NHCSXH tại 12 trường đại học cho thấy, gần 88% sinh viên vay vốn có việc làm trong vòng 12 tháng sau khi tốt nghiệp; tỷ lệ thu hồi nợ đến hạn đạt 98,5%.

Em Nguyễn Thị Lan, sinh viên năm 3 Trường Đại học Sư phạm Hà Nội 2, chia sẻ: "Nhờ khoản vay 4 triệu đồng mỗi tháng, em yên tâm theo học mà không phải bỏ dở giữa chừng".

Năm học 2024-2025, NHCSXH dự kiến cho vay mới khoảng 95.000 học sinh, sinh viên. Người học có thể tra cứu thông tin tại Phòng giao dịch NHCSXH cấp huyện nơi cư trú hoặc gọi tổng đài 1900 55 88 18.

Hải Nguyên
"""

HEADER = """National press (education section), no dateline: published null, so every period here states its own year.
Distractors: 'năm 2007' as a start date, Quyết định số 05/2022/QĐ-TTg, 'sinh viên năm 3', 'Trường Đại học Sư phạm Hà Nội 2' (name),
hotline 1900 55 88 18, 'Sau 17 năm' (duration of the programme: optional), 'trong vòng 12 tháng' (criterion: optional).
'từ ... năm 2007 đến hết tháng 6/2024' = 2007-01-01..2024-06-30. The loan level 4 triệu đồng/tháng has change +1,5 triệu (so với mức cũ).
'từ 25 triệu đến 40 triệu đồng' is a money range. 1.215 tỷ 'bằng 47% kế hoạch năm' → percent 47. Provinces in brackets: list items,
location = province, subject the list's indicator, period inherited from 'Tính đến 30/6/2024'. The quoted '4 triệu đồng mỗi tháng' repeats the
level: optional. '12 trường đại học' (survey sample) is a count. 'Năm học 2024-2025' is not a period shape of the spec: its figure's period
is omitted; 'dự kiến' → forecast."""

LIFE = P("từ khi triển khai chương trình năm 2007 đến hết tháng 6/2024", "2007-01-01", "2024-06-30")
AS = P("Tính đến 30/6/2024", None, "2024-06-30")
ASi = P("Tính đến 30/6/2024", None, "2024-06-30", inherited=True)
H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S_P = "dư nợ chương trình tín dụng học sinh, sinh viên"

FIGS = [
    F("Sau 17 năm", "17", 17, "measure", "năm", "thời gian triển khai chương trình", optional=True),
    F("Hơn 3,9 triệu lượt", "3,9", 3.9e6, "count", "lượt học sinh, sinh viên", "lượt học sinh, sinh viên được vay vốn đi học",
      approx="over"),
    F("có hơn 3,9 triệu lượt", "3,9", 3.9e6, "count", "lượt học sinh, sinh viên",
      "lượt học sinh, sinh viên có hoàn cảnh khó khăn được vay vốn", approx="over", period=LIFE),
    F("trên 84.500 tỷ đồng", "84.500", 84500e9, "money", "đồng", "tổng doanh số cho vay", approx="over", period=LIFE),
    F("đạt 8.740 tỷ đồng", "8.740", 8740e9, "money", "đồng", "dư nợ chương trình", period=AS),
    F("khoảng 265.000 học sinh", "265.000", 265000, "count", "học sinh, sinh viên", "học sinh, sinh viên còn dư nợ",
      approx="about", period=AS),
    F("là 0,17%", "0,17", 0.17, "percent", "%", "tỷ lệ nợ quá hạn", period=AS),
    F("là 4 triệu đồng/tháng", "4", 4e6, "money", "đồng/tháng", "mức cho vay",
      change=C("increase", 1.5e6, "đồng", "mức cũ")),
    F("cho vay 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất cho vay"),
    F("từ 25 triệu đến 40 triệu đồng", "25", 25e6, "money", "đồng", "mức vay bình quân mỗi sinh viên đại học cho cả khóa học",
      value_max=40e6),
    F("giải ngân 1.215 tỷ đồng", "1.215", 1215e9, "money", "đồng", "giải ngân cho học sinh, sinh viên", percent=47,
      period=H6),
    F("cho 58.300 lượt", "58.300", 58300, "count", "lượt học sinh, sinh viên", "lượt học sinh, sinh viên được giải ngân",
      period=H6),
    F("Nghệ An (612 tỷ đồng)", "612", 612e9, "money", "đồng", S_P, location="Nghệ An", period=ASi),
    F("Thanh Hóa (548 tỷ đồng)", "548", 548e9, "money", "đồng", S_P, location="Thanh Hóa", period=ASi),
    F("Hà Tĩnh (401 tỷ đồng)", "401", 401e9, "money", "đồng", S_P, location="Hà Tĩnh", period=ASi),
    F("tại 12 trường", "12", 12, "count", "trường đại học", "trường đại học được khảo sát"),
    F("gần 88% sinh viên", "88", 88, "percent", "%", "sinh viên vay vốn có việc làm sau khi tốt nghiệp",
      approx="nearly"),
    F("trong vòng 12 tháng", "12", 12, "measure", "tháng", "thời gian có việc làm sau khi tốt nghiệp",
      approx="at_most", optional=True),
    F("đạt 98,5%", "98,5", 98.5, "percent", "%", "tỷ lệ thu hồi nợ đến hạn"),
    F("khoản vay 4 triệu đồng", "4", 4e6, "money", "đồng", "khoản vay mỗi tháng", optional=True),
    F("khoảng 95.000 học sinh", "95.000", 95000, "count", "học sinh, sinh viên", "học sinh, sinh viên được cho vay mới",
      approx="about", status="forecast"),
]

build("p239-7", TEXT, HEADER, FIGS, published=None, location="Việt Nam")
