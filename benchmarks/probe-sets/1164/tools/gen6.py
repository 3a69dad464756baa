"""p1164-6: national newspaper, Hà Nội school milk in the 2024-2025 school year."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ Hai, 09/09/2024, 06:45 (GMT+7)

Hà Nội chi hơn 670 tỷ đồng cho sữa học đường năm học mới

Năm học 2024-2025, khoảng 1,1 triệu trẻ mầm non và học sinh tiểu học Hà Nội tiếp tục được uống sữa 5 lần mỗi tuần, giá mỗi hộp 180 ml là 7.000 đồng.

Theo Sở Giáo dục và Đào tạo Hà Nội, ngân sách thành phố chi trả 50%, tương đương 3.500 đồng/hộp; đơn vị cung ứng hỗ trợ 20%; phụ huynh đóng 30%, tức 2.100 đồng. Tổng kinh phí ước khoảng 1.347 tỷ đồng, trong đó ngân sách thành phố khoảng 674 tỷ đồng. So với năm học trước, số trẻ tham gia tăng gần 38.000 em. Toàn thành phố có 2.186 trường mầm non, tiểu học tham gia; tỷ lệ trẻ đăng ký uống sữa đạt khoảng 93%.

Tại Trường Tiểu học Ngọc Lâm (quận Long Biên), 1.320 trên tổng số 1.386 học sinh đăng ký uống sữa. Cô Nguyễn Thu Hằng, Phó hiệu trưởng, cho biết nhà trường nhận sữa lúc 7h15 và phát trong giờ ra chơi lúc 9h30; 66 em còn lại chủ yếu do dị ứng đạm sữa bò hoặc gia đình tự chuẩn bị.

Nhiều phụ huynh cho rằng mức đóng góp như vậy là phù hợp, bởi giá bán lẻ sữa cùng dung tích tại siêu thị từ 7.500 đến 8.200 đồng/hộp. Anh Trần Đức Minh, phụ huynh ở quận Cầu Giấy, nói con anh uống sữa học đường từ lớp 1, sau hai năm đã cao thêm 11 cm.

Sở dự kiến kiểm tra đột xuất ít nhất 10% số trường trong năm học.

Thanh Hằng
"""

NH = per("Năm học 2024-2025", "2024-09-01", "2025-05-31")
NEW = per("năm học mới", "2024-09-01", "2025-05-31")
INYEAR = per("trong năm học", "2024-09-01", "2025-05-31")
SCHOOL = "Trường Tiểu học Ngọc Lâm"

FIGS = [
    fig("hơn 670 tỷ", "670", 670e9, "money", "đồng", approx="over",
        subject="ngân sách Hà Nội chi cho sữa học đường", period=NEW),
    fig("khoảng 1,1 triệu trẻ", "1,1", 1.1e6, "count", "trẻ", approx="about",
        subject="trẻ mầm non và học sinh tiểu học được uống sữa học đường", period=NH),
    fig("sữa 5 lần", "5", 5, "measure", "lần/tuần", subject="số lần trẻ được uống sữa mỗi tuần", period=NH),
    fig("hộp 180 ml", "180", 180, "measure", "ml", subject="dung tích mỗi hộp sữa"),
    fig("là 7.000 đồng", "7.000", 7000, "money", "đồng/hộp", subject="giá mỗi hộp sữa", period=NH),
    fig("chi trả 50%", "50", 50, "percent", "%", subject="tỷ lệ ngân sách thành phố chi trả giá hộp sữa"),
    fig("tương đương 3.500 đồng/hộp", "3.500", 3500, "money", "đồng/hộp",
        subject="ngân sách thành phố chi trả mỗi hộp sữa"),
    fig("hỗ trợ 20%", "20", 20, "percent", "%", subject="tỷ lệ đơn vị cung ứng hỗ trợ giá hộp sữa"),
    fig("đóng 30%", "30", 30, "percent", "%", subject="tỷ lệ phụ huynh đóng giá hộp sữa"),
    fig("tức 2.100 đồng", "2.100", 2100, "money", "đồng", subject="phụ huynh đóng mỗi hộp sữa"),
    fig("ước khoảng 1.347 tỷ", "1.347", 1.347e12, "money", "đồng", approx="about", status="estimate",
        subject="tổng kinh phí sữa học đường", period=inh(NH)),
    fig("khoảng 674 tỷ", "674", 674e9, "money", "đồng", approx="about", status="estimate", total=1.347e12,
        subject="kinh phí ngân sách thành phố cho sữa học đường", period=inh(NH)),
    fig("tăng gần 38.000 em", "38.000", 38000, "count", "em", approx="nearly",
        subject="số trẻ tham gia tăng so với năm học trước"),
    fig("có 2.186 trường", "2.186", 2186, "count", "trường",
        subject="trường mầm non, tiểu học tham gia sữa học đường", period=inh(NH)),
    fig("đạt khoảng 93%", "93", 93, "percent", "%", approx="about",
        subject="tỷ lệ trẻ đăng ký uống sữa", period=inh(NH)),
    fig("1.320 trên tổng số", "1.320", 1320, "count", "học sinh", total=1386,
        subject="học sinh " + SCHOOL + " đăng ký uống sữa", location="Long Biên"),
    fig("66 em", "66", 66, "count", "em", subject="học sinh " + SCHOOL + " không đăng ký uống sữa",
        location="Long Biên"),
    fig("từ 7.500 đến 8.200", "7.500", 7500, "money", "đồng/hộp", value_max=8200,
        subject="giá bán lẻ sữa cùng dung tích tại siêu thị"),
    fig("cao thêm 11 cm", "11", 11, "measure", "cm",
        subject="chiều cao con anh Trần Đức Minh tăng thêm", location="Cầu Giấy"),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="forecast",
        subject="tỷ lệ số trường được kiểm tra đột xuất", period=INYEAR),
]

NOTES = [
    "National newspaper: 'Thứ Hai, 09/09/2024, 06:45 (GMT+7)' (published); byline at the end. Default location Hà Nội.",
    "Distractors: 06:45, 7h15, 9h30, 'lớp 1', 'sau hai năm' (a time span), '1.386' (the total of 1.320, an attribute only).",
    "'chi trả 50%, tương đương 3.500 đồng/hộp' and 'đóng 30%, tức 2.100 đồng': each a figure, no percent attribute (as h01's",
    "'tỷ lệ 83,48%, tương đương 1,488 triệu hồ sơ'). 'tăng gần 38.000 em' stands in its own sentence: a count, no change object.",
    "School passage: Long Biên; the parent 'ở quận Cầu Giấy': Cầu Giấy. Headline 'năm học mới' = 2024-2025 (scored).",
    "'Sở dự kiến kiểm tra ... ít nhất 10% số trường trong năm học': forecast.",
]

if __name__ == "__main__":
    write("p1164-6", TEXT, NOTES, FIGS, published="2024-09-09", location="Hà Nội")
