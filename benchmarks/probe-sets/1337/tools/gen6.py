"""p1337-6: national newspaper (VnExpress style): TP HCM needs over 4,000 teachers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Giáo dục › Tin tức

Thứ sáu, 6/9/2024, 15:40 (GMT+7)

TP HCM cần hơn 4.000 giáo viên, nhiều trường vẫn "khát" người

Năm học mới, các trường công lập ở TP HCM cần tuyển khoảng 4.300 giáo viên, song mới tuyển được khoảng 1.950 người.

Theo Sở Giáo dục và Đào tạo TP HCM, nhu cầu giáo viên năm học 2024-2025 là 4.312 người, tăng 12% so với năm học trước, chủ yếu do dân số cơ học tăng. Tính đến ngày 31/8, các quận, huyện và TP Thủ Đức mới tuyển được 1.958 người, đạt 45,4%.

Thiếu nhiều nhất là TP Thủ Đức với 712 giáo viên, tiếp đến là quận Bình Tân 540 giáo viên, huyện Bình Chánh 486 giáo viên. Từ đầu năm đến nay, thành phố đã tổ chức 3 đợt xét tuyển nhưng nhiều môn như tiếng Anh, Tin học, Mỹ thuật vẫn không có người dự tuyển.

Ông Nguyễn Văn Hòa, Hiệu trưởng một trường tiểu học ở quận Bình Tân, cho biết trường có 62 lớp nhưng chỉ có 71 giáo viên, bình quân 1,15 giáo viên/lớp, trong khi để dạy 2 buổi/ngày trường cần tối thiểu 1,5 giáo viên/lớp. "Có thầy cô phải dạy 30 tiết/tuần", ông nói.

Lương khởi điểm của giáo viên mới tuyển ở thành phố khoảng 5,5 triệu đồng/tháng. Tính cả thu nhập tăng thêm theo Nghị quyết số 08/2023/NQ-HĐND, mỗi giáo viên nhận từ 8 đến 10 triệu đồng/tháng, cao hơn khoảng 30% so với một số tỉnh lân cận.

Sở dự kiến đến cuối năm 2024 tuyển được khoảng 90% nhu cầu giáo viên.

Lệ Nguyễn
"""

NH = per("năm học 2024-2025", "2024-09-01", "2025-05-31")
ASOF = per("Tính đến ngày 31/8", None, "2024-08-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-06")
EOY = per("đến cuối năm 2024", None, "2024-12-31")
BT = "Bình Tân"

FIGS = [
    fig("cần hơn 4.000 giáo viên", "4.000", 4000, "count", "giáo viên", approx="over",
        subject="giáo viên TP HCM cần"),
    fig("khoảng 4.300 giáo viên", "4.300", 4300, "count", "giáo viên", approx="about",
        subject="giáo viên các trường công lập cần tuyển"),
    fig("khoảng 1.950 người", "1.950", 1950, "count", "người", approx="about",
        subject="giáo viên tuyển được"),
    fig("là 4.312 người", "4.312", 4312, "count", "người",
        change=chg("increase", 12, "%", "năm học trước"),
        subject="nhu cầu giáo viên", period=NH),
    fig("tuyển được 1.958 người", "1.958", 1958, "count", "người", percent=45.4,
        subject="giáo viên các quận, huyện và TP Thủ Đức tuyển được", period=ASOF),
    fig("với 712 giáo viên", "712", 712, "count", "giáo viên",
        subject="giáo viên thiếu", location="Thủ Đức"),
    fig("Bình Tân 540 giáo viên", "540", 540, "count", "giáo viên",
        subject="giáo viên thiếu", location=BT),
    fig("Bình Chánh 486 giáo viên", "486", 486, "count", "giáo viên",
        subject="giáo viên thiếu", location="Bình Chánh"),
    fig("tổ chức 3 đợt", "3", 3, "count", "đợt", subject="đợt xét tuyển thành phố tổ chức", period=YTD),
    fig("có 62 lớp", "62", 62, "count", "lớp", subject="lớp của trường", location=BT),
    fig("có 71 giáo viên", "71", 71, "count", "giáo viên", subject="giáo viên của trường", location=BT),
    fig("bình quân 1,15", "1,15", 1.15, "measure", "giáo viên/lớp",
        subject="giáo viên/lớp bình quân của trường", location=BT),
    fig("tối thiểu 1,5", "1,5", 1.5, "measure", "giáo viên/lớp", approx="at_least",
        subject="giáo viên/lớp trường cần để dạy 2 buổi/ngày", location=BT),
    fig("dạy 30 tiết", "30", 30, "measure", "tiết/tuần",
        subject="số tiết thầy cô phải dạy", location=BT),
    fig("khoảng 5,5 triệu", "5,5", 5.5e6, "money", "đồng/tháng", approx="about",
        subject="lương khởi điểm của giáo viên mới tuyển"),
    fig("từ 8 đến 10 triệu", "8", 8e6, "money", "đồng/tháng", value_max=10e6,
        change=chg("increase", 30, "%", "một số tỉnh lân cận", approx="about"),
        subject="thu nhập mỗi giáo viên nhận tính cả thu nhập tăng thêm"),
    fig("khoảng 90%", "90", 90, "percent", "%", approx="about", status="forecast",
        subject="tỷ lệ nhu cầu giáo viên tuyển được", period=EOY),
]

NOTES = [
    "National newspaper (VnExpress style): section line, 'Thứ sáu, 6/9/2024, 15:40 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 15:40, (GMT+7), Nghị quyết số 08/2023/NQ-HĐND, 'dạy 2 buổi/ngày' (the name of the full-day teaching mode, not a figure), 'ngày 31/8'.",
    "City figures: TP Hồ Chí Minh (default); the list of districts and the school in quận Bình Tân are located there. 1.958 is the city total, the TP Thủ Đức in its subject does not make it Thủ Đức.",
    "'Tính đến ngày 31/8' (no year) takes 2024 from the dateline and the school year 2024-2025 before it. 'Từ đầu năm đến nay' ends at the dateline.",
    "Headline and sapo 'Năm học mới' have no year: no period.",
    "'Có thầy cô X: measure, unit tiết/tuần (a rate with its denominator).",
    "'cao hơn khoảng 30% so với một số tỉnh lân cận' is the change of the wage range.",
]

if __name__ == "__main__":
    write("p1337-6", TEXT, NOTES, FIGS, published="2024-09-06", location="TP Hồ Chí Minh")
