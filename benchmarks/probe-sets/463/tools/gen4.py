from lib import F, per, write

A = """SỞ NỘI VỤ TỈNH LONG AN
Trang chủ > Tin tức > Cải cách hành chính

Công bố Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) cấp huyện năm 2023
Ngày đăng: 27/02/2024

Thực hiện Kế hoạch số 4120/KH-UBND của UBND tỉnh, trong tháng 11 và tháng 12/2023, Sở Nội vụ phối hợp Cục Thống kê phát 4.500 phiếu khảo sát tại 15 huyện, thị xã, thành phố, thu về 4.386 phiếu hợp lệ (đạt 97,47%).

Kết quả, Chỉ số SIPAS bình quân cấp huyện năm 2023 đạt 89,14%, tăng 1,27% so với năm 2022; chỉ số của các đơn vị dao động từ 84,02% đến 93,65%. Có 12/15 đơn vị đạt trên 85%. Trong 5 tiêu chí thành phần, tiêu chí Tiếp cận dịch vụ đạt cao nhất (91,8%), tiêu chí Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị thấp nhất (80,3%).

Chỉ số SIPAS của một số đơn vị qua hai năm (%):
Đơn vị
Năm 2022
Năm 2023
Thành phố Tân An
90,12
93,65
Huyện Đức Hòa
88,47
91,02
Huyện Bến Lức
87,90
89,76
Huyện Cần Giuộc
86,35
88,14
Thị xã Kiến Tường
85,21
84,02

Đáng chú ý, khoảng 6,4% người được hỏi cho biết phải đi lại từ 3 lần trở lên mới hoàn thành thủ tục, giảm so với mức 9,1% của năm 2022.

Năm 2024, Sở Nội vụ đề xuất UBND tỉnh giao chỉ tiêu SIPAS bình quân cấp huyện đạt tối thiểu 90%; các đơn vị có chỉ số giảm phải xây dựng kế hoạch khắc phục, gửi về Sở trước ngày 31/3/2024.

Thông tin liên hệ: Phòng Cải cách hành chính, Sở Nội vụ, số 61 Nguyễn Huệ, Phường 1, TP Tân An. ĐT: 0272.3826.105.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23i = per("năm 2023", "2023-01-01", "2023-12-31", True)
SUR = per("trong tháng 11 và tháng 12/2023", "2023-11-01", "2023-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y22 = per("năm 2022", "2022-01-01", "2022-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
S = "Chỉ số SIPAS"

figs = [
    F("phát 4.500 phiếu", "4.500", 4500, "count", "phiếu", "phiếu khảo sát phát ra", SUR),
    F("tại 15 huyện", "15", 15, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố được khảo sát", SUR, optional=True),
    F("về 4.386 phiếu", "4.386", 4386, "count", "phiếu", "phiếu hợp lệ thu về", SUR, percent=97.47),
    F("năm 2023 đạt 89,14%", "89,14", 89.14, "percent", "%", "Chỉ số SIPAS bình quân cấp huyện", Y23,
      change={"direction": "increase", "value": 1.27, "unit": "%", "baseline": "năm 2022"}),
    F("từ 84,02% đến 93,65%", "84,02", 84.02, "percent", "%", "chỉ số của các đơn vị", Y23, value_max=93.65),
    F("Có 12/15 đơn vị", "12", 12, "count", "đơn vị", "đơn vị đạt trên 85%", Y23i, total=15),
    F("trên 85%", "85", 85, "percent", "%", S, approx="over", optional=True),
    F("Trong 5 tiêu chí", "5", 5, "count", "tiêu chí thành phần", optional=True),
    F("cao nhất (91,8%)", "91,8", 91.8, "percent", "%", "tiêu chí Tiếp cận dịch vụ", Y23i),
    F("thấp nhất (80,3%)", "80,3", 80.3, "percent", "%", "tiêu chí Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", Y23i),
]
table = [("Tân An", "90,12", 90.12, "93,65", 93.65, "Huyện Đức"),
         ("Đức Hòa", "88,47", 88.47, "91,02", 91.02, "Huyện Bến"),
         ("Bến Lức", "87,90", 87.90, "89,76", 89.76, "Huyện Cần"),
         ("Cần Giuộc", "86,35", 86.35, "88,14", 88.14, "Thị xã"),
         ("Kiến Tường", "85,21", 85.21, "84,02", 84.02, "\n\nĐáng")]
for place, n1, v1, n2, v2, nxt in table:
    figs.append(F(f"{place}\n{n1}\n", n1, v1, "percent", "%", S, C22, location=place))
    figs.append(F(f"{n1}\n{n2}\n{nxt}" if not nxt.startswith("\n") else f"{n1}\n{n2}\n\n", n2, v2, "percent", "%", S, C23, location=place))
figs += [
    F("khoảng 6,4%", "6,4", 6.4, "percent", "%", "người được hỏi phải đi lại từ 3 lần trở lên mới hoàn thành thủ tục", Y23i, approx="about"),
    F("từ 3 lần trở lên", "3", 3, "count", "lần", approx="at_least", optional=True),
    F("mức 9,1%", "9,1", 9.1, "percent", "%", "người được hỏi phải đi lại từ 3 lần trở lên", Y22),
    F("tối thiểu 90%", "90", 90, "percent", "%", "SIPAS bình quân cấp huyện", Y24, approx="at_least", status="target"),
]
write(4, A, figs, [
    "Department site (Sở Nội vụ Long An), breadcrumb + 'Ngày đăng: 27/02/2024' without time. SIPAS 2023 at district level.",
    "One-cell-per-line table with '(%)' in its caption; column headers 'Năm 2022'/'Năm 2023' give each cell its period (scored);",
    "row labels are places (location), subject is the index. Cells use exact values (87,90 = 87.9).",
    "Survey period 'trong tháng 11 và tháng 12/2023' = 2023-11-01…2023-12-31. '4.386 phiếu hợp lệ (đạt 97,47%)' percent attribute; no total (no cue).",
    "'giảm so với mức 9,1% của năm 2022': no number for the change, so 6,4% has no change; 9,1% is its own figure for 2022.",
    "Optional: '15 huyện, thị xã, thành phố' (survey scope), 'Trong 5 tiêu chí', thresholds 'trên 85%', 'từ 3 lần trở lên'.",
    "Distractors: 'Kế hoạch số 4120/KH-UBND', 'ngày 31/3/2024', 'số 61 Nguyễn Huệ, Phường 1', phone 0272.3826.105, breadcrumb.",
], published="2024-02-27", location="Long An")
