"""p1119-6: national newspaper: release of rescued animals at Vườn quốc gia Cúc Phương (Ninh Bình)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Môi trường

Thả 32 cá thể động vật hoang dã về rừng Cúc Phương

Thứ Sáu, 22/11/2024, 06:00 (GMT+7)

Ninh Bình - Sáng 21/11, Trung tâm Cứu hộ, bảo tồn và phát triển sinh vật thuộc Vườn quốc gia Cúc Phương phối hợp với tổ chức Bảo tồn động vật hoang dã Việt Nam (SVW) tái thả 32 cá thể động vật về phân khu bảo vệ nghiêm ngặt.

Các cá thể được thả gồm 18 con tê tê Java, 9 con cu li và 5 con cầy vằn, nặng từ 0,8 đến 6,5 kg. Trong số tê tê được thả có hai cá thể đang mang thai. Trước khi thả, chúng được chăm sóc, huấn luyện tái hòa nhập trung bình 4-6 tháng và được gắn chip để theo dõi.

Ông Nguyễn Văn Trọng, Giám đốc Vườn quốc gia Cúc Phương, cho biết 10 tháng năm 2024, lực lượng kiểm lâm của Vườn đã thực hiện 1.380 lượt tuần tra, tháo gỡ 1.126 bẫy, tăng 23% so với cùng kỳ năm trước, chủ yếu là bẫy dây phanh đặt dọc các khe suối vùng giáp ranh. "Cứ mỗi chiếc bẫy được gỡ là thêm một cơ hội sống cho động vật", ông Trọng nói.

Trung tâm hiện nuôi dưỡng hơn 600 cá thể thuộc 45 loài, trong đó 27 loài nguy cấp, quý, hiếm. Từ đầu năm đến nay, Trung tâm đã tiếp nhận 214 cá thể do cơ quan chức năng ở 17 tỉnh, thành phố chuyển giao; tỷ lệ cứu hộ thành công đạt khoảng 85%. Chi phí thức ăn, thuốc men cho một cá thể tê tê khoảng 1,2 triệu đồng/tháng.

Từ nay đến cuối năm, Vườn dự kiến tái thả thêm khoảng 40 cá thể. Cúc Phương được thành lập năm 1962, là vườn quốc gia đầu tiên của Việt Nam, có diện tích hơn 22.000 ha.

Thanh Hà
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-22")
REST = P("Từ nay đến cuối năm", "2024-11-22", "2024-12-31")

FIGS = [
    F("Thả 32 cá thể", "32", 32, "count", "cá thể", subject="cá thể động vật hoang dã thả về rừng Cúc Phương"),
    F("tái thả 32 cá thể", "32", 32, "count", "cá thể", subject="cá thể động vật tái thả về phân khu bảo vệ nghiêm ngặt"),
    F("18 con tê tê", "18", 18, "count", "con", total=32, subject="tê tê Java được thả"),
    F("9 con cu li", "9", 9, "count", "con", total=32, subject="cu li được thả"),
    F("5 con cầy", "5", 5, "count", "con", total=32, subject="cầy vằn được thả"),
    F("từ 0,8 đến 6,5 kg", "0,8", 0.8, "measure", "kg", value_max=6.5, subject="trọng lượng cá thể được thả"),
    F("có hai cá thể", "hai", 2, "count", "cá thể", total=18, subject="tê tê được thả đang mang thai"),
    F("trung bình 4-6 tháng", "4", 4, "measure", "tháng", value_max=6,
      subject="thời gian chăm sóc, huấn luyện tái hòa nhập"),
    F("1.380 lượt", "1.380", 1380, "count", "lượt tuần tra", subject="lượt tuần tra của lực lượng kiểm lâm", period=M10),
    F("tháo gỡ 1.126 bẫy", "1.126", 1126, "count", "bẫy", change=C("increase", 23, "%", "cùng kỳ năm trước"),
      subject="bẫy tháo gỡ", period=M10),
    F("hơn 600 cá thể", "600", 600, "count", "cá thể", approx="over", subject="cá thể Trung tâm đang nuôi dưỡng"),
    F("thuộc 45 loài", "45", 45, "count", "loài", subject="loài động vật Trung tâm đang nuôi dưỡng"),
    F("27 loài", "27", 27, "count", "loài", total=45, subject="loài nguy cấp, quý, hiếm"),
    F("tiếp nhận 214 cá thể", "214", 214, "count", "cá thể", subject="cá thể Trung tâm tiếp nhận", period=YTD),
    F("ở 17 tỉnh", "17", 17, "count", "tỉnh, thành phố", location="Việt Nam",
      subject="tỉnh, thành phố có cơ quan chức năng chuyển giao cá thể", period=YTD),
    F("khoảng 85%", "85", 85, "percent", "%", approx="about", subject="tỷ lệ cứu hộ thành công", period=YTD),
    F("khoảng 1,2 triệu", "1,2", 1200000, "money", "đồng/tháng", approx="about",
      subject="chi phí thức ăn, thuốc men cho một cá thể tê tê"),
    F("khoảng 40 cá thể", "40", 40, "count", "cá thể", approx="about", status="forecast",
      subject="cá thể tái thả thêm", period=REST),
    F("hơn 22.000 ha", "22.000", 22000, "measure", "ha", approx="over", subject="diện tích Vườn quốc gia Cúc Phương"),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 22/11/2024, 06:00 (GMT+7)', dateline tag 'Ninh Bình -', byline at the end. Default location Ninh Bình.",
    "Distractors: 'Sáng 21/11', time 06:00, '(GMT+7)', 'thành lập năm 1962', 'vườn quốc gia đầu tiên' (no numeral), the NGO's name",
    "'… Việt Nam (SVW)' (not a place of a figure), 'thêm một cơ hội' (rhetoric), 'cho một cá thể tê tê' (the rate's denominator).",
    "Headline and body both state 32 cá thể: two figures. 18 + 9 + 5 = 32 after 'gồm'. 'Trong số tê tê được thả có hai cá thể' → total 18.",
    "'trung bình 4-6 tháng' is the length of the rehabilitation (a measure of the process, like a course length), not a period.",
    "'ở 17 tỉnh, thành phố' is a count of provinces: location Việt Nam. 'Từ nay đến cuối năm … dự kiến' → forecast,",
    "period from the dateline to 31/12/2024. '10 tháng năm 2024' = Jan-Oct 2024.",
]

if __name__ == "__main__":
    write("p1119-6", TEXT, NOTES, FIGS, published="2024-11-22", location="Ninh Bình")
