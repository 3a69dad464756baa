from lib import *

T = """SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA
Trang chủ > Tin tức - Sự kiện > Thi cử

Công bố điểm thi tuyển sinh vào lớp 10 THPT năm học 2024-2025
Ngày đăng: 28/06/2024 | Lượt xem: 1.046

Ngày 27/6, Sở GD&ĐT đã công bố kết quả chấm thi tuyển sinh vào lớp 10 THPT năm học 2024-2025. Năm 2024, toàn tỉnh có 40.126 thí sinh dự thi với 120.378 bài thi được chấm tại 2 hội đồng chấm thi.

Điểm trung bình các môn thi như sau (đơn vị tính: điểm):

Môn thi | Năm 2023 | Năm 2024 | Tỷ lệ bài thi đạt từ 5 điểm trở lên năm 2024 (%)
Ngữ văn | 6,02 | 6,31 | 81,47
Toán | 4,87 | 5,26 | 55,08
Tiếng Anh | 4,59 | 4,72 | 43,9

Toàn tỉnh có 14 bài thi đạt điểm 10 môn Toán và 3 bài thi đạt điểm 10 môn Tiếng Anh; môn Ngữ văn có điểm cao nhất là 9,5. Số bài thi bị điểm liệt (từ 1 điểm trở xuống) là 212 bài, giảm 57 bài so với năm 2023; trong đó môn Toán có 168 bài.

Có 37.512 thí sinh đủ điều kiện xét tuyển (không có bài thi bị điểm liệt và không vi phạm quy chế thi), chiếm 93,49%. Thí sinh có thể nộp đơn phúc khảo từ ngày 29/6 đến hết ngày 3/7/2024 tại trường THCS nơi đăng ký dự thi. Sở dự kiến công bố điểm chuẩn vào 102 trường THPT công lập trước ngày 12/7.

Theo Giám đốc Sở, điểm trung bình môn Toán năm nay vượt mức 5 điểm lần đầu tiên sau 3 năm; phổ điểm môn Ngữ văn tập trung từ 6 đến 7,5 điểm với khoảng 52% số bài thi.

Mọi thắc mắc liên hệ Phòng Quản lý chất lượng, số 37 Tây Sơn, phường Đông Sơn, TP Thanh Hóa; ĐT: 0237.3852.396.
"""
Y24 = Y("năm 2024", 2024)
I24 = Y("năm 2024", 2024, inh=True)
C23 = Y("Năm 2023", 2023)
C24 = Y("Năm 2024", 2024)
figs = [
    F("có 40.126 thí sinh", "40.126", 40126, "count", "thí sinh", "thí sinh dự thi", Y("Năm 2024", 2024)),
    F("với 120.378 bài thi", "120.378", 120378, "count", "bài thi", "bài thi được chấm", Y("Năm 2024", 2024)),
    F("tại 2 hội đồng", "2", 2, "count", "hội đồng chấm thi", "hội đồng chấm thi", Y("Năm 2024", 2024)),
    F("Ngữ văn | 6,02", "6,02", 6.02, "measure", "điểm", "Điểm trung bình môn Ngữ văn năm 2023", C23),
    F("6,02 | 6,31", "6,31", 6.31, "measure", "điểm", "Điểm trung bình môn Ngữ văn năm 2024", C24),
    F("6,31 | 81,47", "81,47", 81.47, "percent", "%", "Tỷ lệ bài thi đạt từ 5 điểm trở lên môn Ngữ văn", C24),
    F("Toán | 4,87", "4,87", 4.87, "measure", "điểm", "Điểm trung bình môn Toán năm 2023", C23),
    F("4,87 | 5,26", "5,26", 5.26, "measure", "điểm", "Điểm trung bình môn Toán năm 2024", C24),
    F("5,26 | 55,08", "55,08", 55.08, "percent", "%", "Tỷ lệ bài thi đạt từ 5 điểm trở lên môn Toán", C24),
    F("Tiếng Anh | 4,59", "4,59", 4.59, "measure", "điểm", "Điểm trung bình môn Tiếng Anh năm 2023", C23),
    F("4,59 | 4,72", "4,72", 4.72, "measure", "điểm", "Điểm trung bình môn Tiếng Anh năm 2024", C24),
    F("4,72 | 43,9", "43,9", 43.9, "percent", "%", "Tỷ lệ bài thi đạt từ 5 điểm trở lên môn Tiếng Anh", C24),
    F("đạt từ 5 điểm trở lên năm 2024 (%)", "5", 5, "measure", "điểm", "ngưỡng điểm", optional=True, approx="at_least"),
    F("có 14 bài thi", "14", 14, "count", "bài thi", "bài thi đạt điểm 10 môn Toán", I24),
    F("10 môn Toán và", "10", 10, "measure", "điểm", "điểm", optional=True),
    F("và 3 bài thi", "3", 3, "count", "bài thi", "bài thi đạt điểm 10 môn Tiếng Anh", I24),
    F("10 môn Tiếng Anh;", "10", 10, "measure", "điểm", "điểm", optional=True),
    F("cao nhất là 9,5", "9,5", 9.5, "measure", "điểm", "điểm cao nhất môn Ngữ văn", I24),
    F("(từ 1 điểm trở xuống)", "1", 1, "measure", "điểm", "điểm liệt", optional=True, approx="at_most"),
    F("là 212 bài", "212", 212, "count", "bài", "bài thi bị điểm liệt", I24,
      change={"direction": "decrease", "value": 57, "unit": "bài", "baseline": "năm 2023"}),
    F("có 168 bài", "168", 168, "count", "bài", "bài thi bị điểm liệt môn Toán", I24, total=212),
    F("Có 37.512 thí sinh", "37.512", 37512, "count", "thí sinh", "thí sinh đủ điều kiện xét tuyển", I24, percent=93.49),
    F("vào 102 trường", "102", 102, "count", "trường THPT công lập", "trường THPT công lập công bố điểm chuẩn", I24, status="forecast"),
    F("vượt mức 5 điểm", "5", 5, "measure", "điểm", "điểm trung bình môn Toán", optional=True),
    F("sau 3 năm", "3", 3, "measure", "năm", "", optional=True),
    F("từ 6 đến 7,5 điểm", "6", 6, "measure", "điểm", "phổ điểm môn Ngữ văn", value_max=7.5, optional=True),
    F("khoảng 52% số bài thi", "52", 52, "percent", "%", "phổ điểm môn Ngữ văn tập trung từ 6 đến 7,5 điểm", Y("năm nay", 2024), approx="about"),
]
write("p297-2", T, figs, [
    "Sở GD&ĐT Thanh Hóa (department site): grade-10 exam results 2024; 'Ngày đăng: 28/06/2024 | Lượt xem: 1.046' (counter is furniture).",
    "Flattened '|' table with '(đơn vị tính: điểm)' above it and a '(%)' column: every numeric cell a figure; period from the column header (scored);",
    "subject = column label + row label. Thresholds and score labels ('từ 5 điểm trở lên' in the header, 'điểm 10', 'từ 1 điểm trở xuống',",
    "'vượt mức 5 điểm', 'từ 6 đến 7,5 điểm' as a band) and 'sau 3 năm' are optional. '212 bài, giảm 57 bài so với năm 2023' change; '; trong đó' part (total).",
    "'chiếm 93,49%' is the percent of 37.512. 'Sở dự kiến … 102 trường' forecast. 'năm nay' (2024, the dateline year and the exam reported) is the 52%'s period.",
    "Distractors: breadcrumb, 'Ngày 27/6', 'từ ngày 29/6 đến hết ngày 3/7/2024', 'trước ngày 12/7', address 'số 37 Tây Sơn', phone, 'lớp 10'.",
], published="2024-06-28", location="Thanh Hóa")
