"""p1140-6: national newspaper, TP.HCM: mental health hotline calls, psychiatric hospital activity, a school counselling room."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Sức khỏe > Tin tức

Thứ Năm, 10/10/2024, 06:45 (GMT+7)

Gần 40% cuộc gọi đến tổng đài tư vấn tâm lý là của học sinh, sinh viên

Từ tháng 10/2022 đến hết tháng 9/2024, tổng đài tư vấn sức khỏe tâm thần của Bệnh viện Tâm thần TP.HCM đã tiếp nhận 18.640 cuộc gọi, trong đó 7.310 cuộc gọi của học sinh, sinh viên (chiếm 39,2%). Người gọi chủ yếu ở độ tuổi từ 15 đến 24.

Theo bác sĩ Nguyễn Văn Bình, Phó giám đốc bệnh viện, 9 tháng đầu năm 2024 bệnh viện khám ngoại trú hơn 210.000 lượt, tăng 14% so với cùng kỳ; điều trị nội trú 6.850 lượt, trong đó trầm cảm chiếm 27%. Bệnh viện có 1.320 giường nhưng công suất sử dụng giường bệnh thường xuyên từ 110 đến 115%.

Tại Trường THCS Kiến Thiết (quận 3), phòng tham vấn tâm lý hoạt động từ năm 2019. Trong năm 2023, phòng đã hỗ trợ 146 học sinh, trong đó 23 em có dấu hiệu trầm cảm được giới thiệu đến bệnh viện. Hiện trường chỉ có hai chuyên viên tâm lý cho gần 1.900 học sinh. "Mỗi tuần chúng tôi nhận thêm 5-7 em, nhiều em tìm đến vào giờ ra chơi lúc 9h30", cô Trần Thị Mai, tổ trưởng tham vấn, cho biết.

Theo UNICEF, khoảng 8-29% trẻ em, vị thành niên Việt Nam gặp vấn đề về sức khỏe tâm thần. Bệnh viện khuyến cáo phụ huynh khi thấy con có biểu hiện bất thường có thể gọi tổng đài 1900 1267 hoặc Tổng đài quốc gia bảo vệ trẻ em 111 (miễn phí, hoạt động 24/7).

Lê Phương
"""

HOT = per("Từ tháng 10/2022 đến hết tháng 9/2024", "2022-10-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y23 = per("Trong năm 2023", "2023-01-01", "2023-12-31")
Q3 = "quận 3"

FIGS = [
    fig("Gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="cuộc gọi đến tổng đài tư vấn tâm lý của học sinh, sinh viên"),
    fig("tiếp nhận 18.640 cuộc", "18.640", 18640, "count", "cuộc gọi",
        subject="cuộc gọi tổng đài tư vấn sức khỏe tâm thần tiếp nhận", period=HOT),
    fig("trong đó 7.310 cuộc", "7.310", 7310, "count", "cuộc gọi", total=18640, percent=39.2,
        subject="cuộc gọi của học sinh, sinh viên", period=HOT),
    fig("từ 15 đến 24", "15", 15, "measure", "tuổi", value_max=24, optional=True,
        subject="độ tuổi người gọi chủ yếu"),
    fig("hơn 210.000 lượt", "210.000", 210000, "count", "lượt", approx="over",
        change=chg("increase", 14, "%", "cùng kỳ"),
        subject="lượt khám ngoại trú tại Bệnh viện Tâm thần TP.HCM", period=M9),
    fig("trú 6.850 lượt", "6.850", 6850, "count", "lượt",
        subject="lượt điều trị nội trú tại Bệnh viện Tâm thần TP.HCM", period=M9),
    fig("chiếm 27%", "27", 27, "percent", "%",
        subject="trầm cảm trong số lượt điều trị nội trú", period=M9),
    fig("có 1.320 giường", "1.320", 1320, "count", "giường",
        subject="giường của Bệnh viện Tâm thần TP.HCM"),
    fig("từ 110 đến 115%", "110", 110, "percent", "%", value_max=115,
        subject="công suất sử dụng giường bệnh"),
    fig("hỗ trợ 146 học sinh", "146", 146, "count", "học sinh", location=Q3,
        subject="học sinh được phòng tham vấn tâm lý Trường THCS Kiến Thiết hỗ trợ", period=Y23),
    fig("trong đó 23 em", "23", 23, "count", "em", total=146, location=Q3,
        subject="học sinh có dấu hiệu trầm cảm được giới thiệu đến bệnh viện", period=Y23),
    fig("hai chuyên viên", "hai", 2, "count", "chuyên viên tâm lý", location=Q3,
        subject="chuyên viên tâm lý của Trường THCS Kiến Thiết"),
    fig("gần 1.900 học sinh", "1.900", 1900, "count", "học sinh", approx="nearly", location=Q3,
        subject="học sinh của Trường THCS Kiến Thiết"),
    fig("thêm 5-7 em", "5", 5, "measure", "em/tuần", value_max=7, location=Q3,
        subject="học sinh tìm đến phòng tham vấn mỗi tuần"),
    fig("khoảng 8-29%", "8", 8, "percent", "%", value_max=29, approx="about", location="Việt Nam",
        subject="trẻ em, vị thành niên gặp vấn đề về sức khỏe tâm thần"),
]

NOTES = [
    "National newspaper: 'Thứ Năm, 10/10/2024, 06:45 (GMT+7)' (published), byline at the end. Default location TP Hồ Chí Minh (written 'TP.HCM').",
    "Distractors: '(GMT+7)', 06:45, hotline numbers '1900 1267' and 'Tổng đài quốc gia bảo vệ trẻ em 111', '24/7', '9h30', 'từ năm 2019', 'quận 3'.",
    "The hotline period 'Từ tháng 10/2022 đến hết tháng 9/2024' runs 2022-10-01..2024-09-30. 7.310 is a part (trong đó) with its share 39,2%.",
    "'trong đó trầm cảm chiếm 27%' is a percent figure of its own (no number for the part). 'từ 15 đến 24' (age band) is optional.",
    "School passage in quận 3 (Trường THCS Kiến Thiết): its figures are located in quận 3; 'Mỗi tuần … 5-7 em' is a rate (em/tuần, measure, range) in a quote.",
    "UNICEF's '8-29%' is a national figure (Việt Nam), range with approx 'khoảng'.",
]

if __name__ == "__main__":
    write("p1140-6", TEXT, NOTES, FIGS, published="2024-10-10", location="TP Hồ Chí Minh")
