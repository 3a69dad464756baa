"""p1349-6: national newspaper: young couples in TP Hồ Chí Minh hesitate to have a second child."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ năm, 11/7/2024, 06:00 (GMT+7)

Nhiều cặp vợ chồng trẻ ở TP HCM ngại sinh thêm con

Chi phí nuôi con cao, nhà ở chật và áp lực công việc khiến không ít gia đình trẻ tại TP HCM dừng lại sau lần sinh đầu, dù thành phố có nhiều chính sách khuyến khích.

Chị Nguyễn Thị Mai Anh, nhân viên văn phòng ở TP Thủ Đức, cho biết mỗi tháng gia đình chị chi khoảng 9 triệu đồng cho con gái, gồm 5 triệu đồng học phí mầm non và gần 4 triệu đồng tiền sữa, bỉm. "Tổng thu nhập của vợ chồng tôi khoảng 30 triệu đồng mỗi tháng, còn phải trả góp căn hộ 12 triệu. Sinh thêm bé nữa là quá sức", chị nói.

Theo Chi cục Dân số TP HCM, năm 2023 tổng tỷ suất sinh của thành phố chỉ còn 1,32 con/phụ nữ, thấp nhất cả nước; tuổi trung bình sinh con đầu lòng của phụ nữ đã lên 28,4 tuổi.

Một khảo sát của Trung tâm Nghiên cứu Dân số Phương Nam trên 1.200 cặp vợ chồng tại 3 quận nội thành cho thấy 62% muốn sinh thêm con nhưng chỉ 28% dự định sinh trong 3 năm tới; 71% cho rằng chi phí nuôi dạy con là rào cản lớn nhất.

Từ năm 2021 đến nay, thành phố đã tặng quà cho hơn 16.000 phụ nữ sinh con thứ hai, mỗi suất 3 triệu đồng. Năm nay, thành phố dự kiến chi khoảng 48 tỷ đồng cho các chính sách khuyến khích sinh con, tăng gấp đôi so với năm 2023.

"Nếu mức sinh tiếp tục giảm, lực lượng lao động sẽ thiếu hụt nghiêm trọng", PGS.TS Đỗ Minh Khuê, chuyên gia dân số học, nhận định. Theo dự báo, đến năm 2039 người cao tuổi sẽ chiếm khoảng 20% dân số cả nước.

Lê Phương
"""

TD = "Thủ Đức"

FIGS = [
    fig("khoảng 9 triệu", "9", 9e6, "money", "đồng/tháng", approx="about",
        subject="chi tiêu cho con gái của gia đình chị Mai Anh", location=TD),
    fig("gồm 5 triệu", "5", 5e6, "money", "đồng/tháng", total=9e6,
        subject="học phí mầm non", location=TD),
    fig("gần 4 triệu", "4", 4e6, "money", "đồng/tháng", approx="nearly", total=9e6,
        subject="tiền sữa, bỉm", location=TD),
    fig("khoảng 30 triệu", "30", 30e6, "money", "đồng/tháng", approx="about",
        subject="tổng thu nhập của vợ chồng chị Mai Anh", location=TD),
    fig("căn hộ 12 triệu", "12", 12e6, "money", "đồng",
        subject="trả góp căn hộ", location=TD),
    fig("chỉ còn 1,32", "1,32", 1.32, "measure", "con/phụ nữ",
        subject="tổng tỷ suất sinh của thành phố", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("lên 28,4 tuổi", "28,4", 28.4, "measure", "tuổi",
        subject="tuổi trung bình sinh con đầu lòng của phụ nữ", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("trên 1.200 cặp", "1.200", 1200, "count", "cặp vợ chồng",
        subject="cặp vợ chồng được khảo sát"),
    fig("tại 3 quận", "3", 3, "count", "quận",
        subject="quận nội thành được khảo sát"),
    fig("cho thấy 62%", "62", 62, "percent", "%",
        subject="cặp vợ chồng muốn sinh thêm con"),
    fig("chỉ 28%", "28", 28, "percent", "%",
        subject="cặp vợ chồng dự định sinh trong 3 năm tới"),
    fig("71% cho rằng", "71", 71, "percent", "%",
        subject="cho rằng chi phí nuôi dạy con là rào cản lớn nhất"),
    fig("hơn 16.000 phụ nữ", "16.000", 16000, "count", "phụ nữ", approx="over",
        subject="phụ nữ sinh con thứ hai được tặng quà",
        period=per("Từ năm 2021 đến nay", "2021-01-01", "2024-07-11")),
    fig("mỗi suất 3 triệu", "3", 3e6, "money", "đồng/suất",
        subject="giá trị mỗi suất quà"),
    fig("khoảng 48 tỷ", "48", 48e9, "money", "đồng", approx="about", status="forecast",
        change=chg("increase", 2, "lần", "năm 2023"),
        subject="chi cho các chính sách khuyến khích sinh con",
        period=per("Năm nay", "2024-01-01", "2024-12-31")),
    fig("khoảng 20%", "20", 20, "percent", "%", approx="about", status="forecast",
        subject="người cao tuổi trong dân số cả nước",
        period=per("đến năm 2039", None, "2039-12-31"), location="Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ năm, 11/7/2024, 06:00 (GMT+7)', sapo, quotes, byline at the end; TP Hồ Chí Minh, a family in TP Thủ Đức.",
    "Distractors: '06:00', '(GMT+7)', 'con thứ hai' (ordinal), 'trong 3 năm tới' (a time window, not a figure), 'lần sinh đầu'.",
    "Household money: 'mỗi tháng ... khoảng 9 triệu đồng ..., gồm 5 triệu ... và gần 4 triệu' → parts with total 9 triệu, unit đồng/tháng;",
    "'trả góp căn hộ 12 triệu' has no currency word: money in đồng. Household figures are placed in Thủ Đức (the passage names it).",
    "'khảo sát ... trên 1.200 cặp vợ chồng': 'trên' here means 'on/among' (the sample), not 'over': approx exact.",
    "Survey shares have no period (none stated). 'Từ năm 2021 đến nay' ends at the dateline. The gift value per suất has no period.",
    "'dự kiến chi khoảng 48 tỷ đồng ..., tăng gấp đôi so với năm 2023' → forecast, about, change increase 2 lần (gấp đôi = 2).",
    "'Theo dự báo, đến năm 2039 ... khoảng 20% dân số cả nước' → forecast, Việt Nam.",
]

if __name__ == "__main__":
    write("p1349-6", TEXT, NOTES, FIGS, published="2024-07-11", location="TP Hồ Chí Minh")
