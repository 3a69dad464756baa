"""p1236-6: national newspaper, school esports league in TP Hồ Chí Minh, with national survey figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự | Giáo dục | Tuyển sinh

Thứ Sáu, 20/9/2024, 19:45 (GMT+7)

Giải thể thao điện tử học đường hút hơn 5.000 học sinh

Giải Thể thao điện tử học sinh TP HCM mùa thứ 3 khép lại với 1.036 đội của 214 trường THCS và THPT, tăng gần 40% so với mùa trước.

Theo Ban tổ chức, giải có hai bộ môn là Liên Quân Mobile và EA Sports FC Online. Mỗi đội gồm 5 thành viên chính và tối đa 2 thành viên dự bị; tổng cộng khoảng 5.300 học sinh thi đấu trong gần 3 tháng. Vòng chung kết tại Nhà thi đấu Phú Thọ (số 1 Lữ Gia, quận 11) thu hút khoảng 3.000 khán giả, các trận đấu phát trên nền tảng trực tuyến đạt hơn 2,4 triệu lượt xem.

Đội vô địch Liên Quân Mobile là THPT Nguyễn Thượng Hiền, nhận giải thưởng 50 triệu đồng. Tổng giá trị giải thưởng của mùa giải là 300 triệu đồng, trong đó 60% dành cho học bổng.

Theo khảo sát của Viện Nghiên cứu Giáo dục công bố tháng 8, khoảng 72% học sinh THPT cả nước chơi game trên điện thoại ít nhất một lần mỗi tuần, trong đó 18% chơi trên 3 giờ/ngày. Cả nước hiện có 9 tỉnh, thành phố tổ chức giải thể thao điện tử học đường, so với 3 địa phương năm 2021.

Bà Nguyễn Thị Minh Hà, Phó giám đốc Sở GD&ĐT TP HCM, cho biết mùa giải tới dự kiến mở rộng cho học sinh lớp 8, lớp 9 với quy mô khoảng 1.500 đội, đồng thời yêu cầu mỗi trường có ít nhất một giáo viên phụ trách.

Lệ Nguyễn
"""

VN = "Việt Nam"
FIGS = [
    fig("hơn 5.000 học sinh", "5.000", 5000, "count", "học sinh", approx="over",
        subject="học sinh tham gia giải thể thao điện tử học đường"),
    fig("với 1.036 đội", "1.036", 1036, "count", "đội",
        change=chg("increase", 40, "%", "mùa trước", approx="nearly"),
        subject="đội tham gia Giải Thể thao điện tử học sinh TP HCM"),
    fig("của 214 trường", "214", 214, "count", "trường THCS và THPT",
        subject="trường THCS và THPT có đội tham gia giải"),
    fig("giải có hai bộ môn", "hai", 2, "count", "bộ môn", subject="bộ môn thi đấu của giải"),
    fig("gồm 5 thành viên", "5", 5, "measure", "thành viên chính/đội", subject="thành viên chính mỗi đội"),
    fig("tối đa 2 thành viên", "2", 2, "measure", "thành viên dự bị/đội", approx="at_most",
        subject="thành viên dự bị mỗi đội"),
    fig("khoảng 5.300 học sinh", "5.300", 5300, "count", "học sinh", approx="about",
        subject="học sinh thi đấu"),
    fig("trong gần 3 tháng", "3", 3, "measure", "tháng", approx="nearly", optional=True,
        subject="thời gian thi đấu"),
    fig("khoảng 3.000 khán giả", "3.000", 3000, "count", "khán giả", approx="about",
        subject="khán giả vòng chung kết"),
    fig("hơn 2,4 triệu", "2,4", 2400000, "count", "lượt xem", approx="over",
        subject="lượt xem các trận đấu trên nền tảng trực tuyến"),
    fig("thưởng 50 triệu", "50", 50000000, "money", "đồng",
        subject="giải thưởng đội vô địch Liên Quân Mobile"),
    fig("là 300 triệu", "300", 300000000, "money", "đồng", subject="tổng giá trị giải thưởng của mùa giải"),
    fig("trong đó 60%", "60", 60, "percent", "%", subject="tỷ lệ giải thưởng dành cho học bổng"),
    fig("khoảng 72%", "72", 72, "percent", "%", approx="about", location=VN,
        subject="học sinh THPT chơi game trên điện thoại ít nhất một lần mỗi tuần"),
    fig("ít nhất một lần", "một", 1, "measure", "lần/tuần", approx="at_least", optional=True, location=VN,
        subject="tần suất chơi game"),
    fig("trong đó 18%", "18", 18, "percent", "%", location=VN,
        subject="học sinh THPT chơi game trên 3 giờ/ngày"),
    fig("trên 3 giờ", "3", 3, "measure", "giờ/ngày", approx="over", optional=True, location=VN,
        subject="thời gian chơi game"),
    fig("có 9 tỉnh", "9", 9, "count", "tỉnh, thành phố", location=VN,
        subject="tỉnh, thành phố tổ chức giải thể thao điện tử học đường"),
    fig("với 3 địa phương", "3", 3, "count", "địa phương", location=VN,
        subject="địa phương tổ chức giải thể thao điện tử học đường",
        period=per("năm 2021", "2021-01-01", "2021-12-31")),
    fig("khoảng 1.500 đội", "1.500", 1500, "count", "đội", approx="about", status="forecast",
        subject="quy mô đội tham gia mùa giải tới"),
    fig("ít nhất một giáo viên", "một", 1, "measure", "giáo viên/trường", approx="at_least", status="forecast",
        optional=True, subject="giáo viên phụ trách mỗi trường"),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 20/9/2024, 19:45 (GMT+7)' (published), byline 'Lệ Nguyễn' at the end. Default location TP HCM;",
    "the survey and the 9/3 provinces are national ('cả nước') -> Việt Nam.",
    "Distractors: 'mùa thứ 3', 'số 1 Lữ Gia, quận 11', 'lớp 8, lớp 9', '(GMT+7)', '19:45', 'công bố tháng 8' (publication date).",
    "Optional: 'trong gần 3 tháng' (duration of the season; it only locates), the thresholds that define an indicator",
    "('ít nhất một lần mỗi tuần', 'trên 3 giờ/ngày'), and the rule 'yêu cầu mỗi trường có ít nhất một giáo viên' (status unclear).",
    "'trong đó 60%' / 'trong đó 18%' are percent figures of their own. 'so với 3 địa phương năm 2021' is a figure (no tăng/giảm cue).",
    "'Mỗi đội gồm 5 thành viên chính và tối đa 2 thành viên dự bị' -> measures per team (rate denominators). No period is stated",
    "for the season figures (mùa thứ 3 is an edition), so none is given.",
]

if __name__ == "__main__":
    write("p1236-6", TEXT, NOTES, FIGS, published="2024-09-20", location="Thành phố Hồ Chí Minh")
