"""p1107-2: district portal of Ninh Giang (Hải Dương), the Cúc Bồ ca trù club in Q1/2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NINH GIANG
Tin tức > Văn hóa - Xã hội
Thứ Năm, 06/04/2023 - 15:30
CLB ca trù Cúc Bồ: Giữ lửa tiếng hát cửa đình
Quý I/2023, Câu lạc bộ ca trù thôn Cúc Bồ, xã Kiến Quốc đã tham gia biểu diễn 14 buổi phục vụ lễ hội và các sự kiện văn hóa của huyện, tăng 5 buổi so với quý I/2022, thu hút gần 2.000 lượt người xem.
Được thành lập từ năm 2003, đến nay CLB có 32 thành viên, trong đó 6 nghệ nhân và 11 thành viên là thiếu nhi. Người cao tuổi nhất là nghệ nhân Nguyễn Thị Chín, năm nay 86 tuổi; thành viên nhỏ tuổi nhất mới 9 tuổi.
Ông Phạm Văn Hải, Chủ nhiệm CLB cho biết, mỗi tháng CLB duy trì 4 buổi sinh hoạt tại nhà văn hóa thôn, ngay cạnh Quốc lộ 37. CLB hiện lưu giữ được khoảng 30 thể cách ca trù cổ như hát nói, gửi thư, bắc phản.
Năm 2023, UBND huyện hỗ trợ CLB 50 triệu đồng để mua sắm đàn đáy, phách, trống chầu và trang phục biểu diễn; UBND xã Kiến Quốc hỗ trợ thêm 15 triệu đồng. Dịp hè tới, CLB dự kiến mở lớp truyền dạy miễn phí cho khoảng 30 học viên thiếu nhi từ 8 đến 14 tuổi.
Toàn huyện Ninh Giang hiện có 5 CLB ca trù và 12 CLB chèo, dân ca với gần 400 hội viên. Năm 2022, các CLB đã tham gia 3 liên hoan, hội diễn cấp tỉnh, đoạt 2 huy chương vàng và 4 huy chương bạc.
Thực hiện Nghị quyết số 05-NQ/HU của Huyện ủy, huyện phấn đấu đến năm 2025 mỗi xã, thị trấn có ít nhất 1 CLB văn nghệ dân gian hoạt động thường xuyên.
Thu Hương - Phòng Văn hóa và Thông tin huyện
Điện thoại: 0220.3767.215
"""

Q1 = P("Quý I/2023", "2023-01-01", "2023-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")

FIGS = [
    F("biểu diễn 14 buổi", "14", 14, "count", "buổi", "buổi biểu diễn của CLB ca trù Cúc Bồ", Q1,
      change=C("increase", 5, "buổi", "quý I/2022")),
    F("gần 2.000 lượt", "2.000", 2000, "count", "lượt người xem", "lượt người xem biểu diễn ca trù", Q1, approx="nearly"),
    F("có 32 thành viên", "32", 32, "count", "thành viên", "thành viên CLB ca trù Cúc Bồ"),
    F("trong đó 6 nghệ nhân", "6", 6, "count", "nghệ nhân", "nghệ nhân trong CLB", total=32),
    F("và 11 thành viên", "11", 11, "count", "thành viên", "thành viên là thiếu nhi", total=32),
    F("năm nay 86 tuổi", "86", 86, "measure", "tuổi", "tuổi của thành viên cao tuổi nhất"),
    F("mới 9 tuổi", "9", 9, "measure", "tuổi", "tuổi của thành viên nhỏ tuổi nhất"),
    F("duy trì 4 buổi", "4", 4, "measure", "buổi/tháng", "buổi sinh hoạt mỗi tháng"),
    F("khoảng 30 thể cách", "30", 30, "count", "thể cách", "thể cách ca trù cổ CLB lưu giữ", approx="about"),
    F("hỗ trợ CLB 50 triệu đồng", "50", 50_000_000, "money", "đồng", "kinh phí UBND huyện hỗ trợ mua sắm nhạc cụ, trang phục", Y23),
    F("thêm 15 triệu đồng", "15", 15_000_000, "money", "đồng", "kinh phí UBND xã Kiến Quốc hỗ trợ thêm", Y23),
    F("khoảng 30 học viên", "30", 30, "count", "học viên", "học viên thiếu nhi lớp truyền dạy miễn phí",
      approx="about", status="forecast"),
    F("từ 8 đến 14 tuổi", "8", 8, "measure", "tuổi", "độ tuổi học viên", value_max=14, status="forecast", optional=True),
    F("có 5 CLB ca trù", "5", 5, "count", "CLB", "CLB ca trù"),
    F("và 12 CLB", "12", 12, "count", "CLB", "CLB chèo, dân ca"),
    F("gần 400 hội viên", "400", 400, "count", "hội viên", "hội viên các CLB ca trù, chèo, dân ca", approx="nearly"),
    F("tham gia 3 liên hoan", "3", 3, "count", "liên hoan", "liên hoan, hội diễn cấp tỉnh các CLB tham gia", Y22),
    F("đoạt 2 huy chương", "2", 2, "count", "huy chương vàng", "huy chương vàng", Y22),
    F("và 4 huy chương", "4", 4, "count", "huy chương bạc", "huy chương bạc", Y22),
    F("ít nhất 1 CLB", "1", 1, "count", "CLB", "CLB văn nghệ dân gian mỗi xã, thị trấn",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Ninh Giang (Hải Dương): CLB ca trù thôn Cúc Bồ, xã Kiến Quốc, quý I/2023; the district's folk clubs.",
    "Dateline 'Thứ Năm, 06/04/2023 - 15:30'. 'năm 2003', 'Quốc lộ 37', 'Nghị quyết số 05-NQ/HU', the phone number and the name 'Nguyễn Thị Chín' are not figures.",
    "Location: the district (Ninh Giang) for every figure; the commune Kiến Quốc lies in it.",
    "'mỗi tháng ... 4 buổi' is a rate: measure, unit buổi/tháng. Ages of the oldest and youngest members are measures in tuổi.",
    "'Dịp hè tới' gives no dated period. The learners' age range 8-14 describes the class: optional.",
    "'gần 400 hội viên' counts members of all 17 clubs; 5 and 12 CLB have no total (no part-of cue).",
]

write("p1107-2", TEXT, NOTES, FIGS, published="2023-04-06", location="Ninh Giang")
