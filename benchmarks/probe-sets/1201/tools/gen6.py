"""p1201-6: national newspaper (VnExpress-like): TP Hồ Chí Minh foreign-element marriages and renunciations in 2023."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh

TP HCM: Hơn 3.000 cặp đăng ký kết hôn với người nước ngoài trong năm 2023

Thứ hai, 15/1/2024, 06:00 (GMT+7)

Năm 2023, UBND các quận, huyện và TP Thủ Đức đăng ký kết hôn có yếu tố nước ngoài cho 3.086 cặp, tăng khoảng 20% so với năm 2022, theo Sở Tư pháp TP HCM. Nhiều nhất là kết hôn với công dân Mỹ (chiếm khoảng 23%), tiếp đến là Hàn Quốc (17%), Đài Loan (Trung Quốc) (12%).

Tại quận 7, nơi có đông người nước ngoài sinh sống, mỗi tháng Phòng Tư pháp tiếp nhận từ 35 đến 45 hồ sơ kết hôn có yếu tố nước ngoài. Bà Trần Thị Mai, Trưởng phòng Tư pháp quận, cho biết thời gian giải quyết đã rút xuống còn 10 ngày làm việc, thay vì 15 ngày như trước. Quận bố trí 2 công chức biết tiếng Anh, tiếng Hàn để hỗ trợ người nước ngoài khai hồ sơ.

Cũng trong năm 2023, Sở Tư pháp tiếp nhận 527 hồ sơ xin thôi quốc tịch Việt Nam, tăng 48 hồ sơ so với năm trước; 89% người xin thôi quốc tịch là nữ. Theo Sở, phần lớn các trường hợp này đã kết hôn và sinh sống ở nước ngoài từ 5 năm trở lên, cần thôi quốc tịch để nhập quốc tịch nước sở tại.

Trên phạm vi cả nước, Bộ Tư pháp cho biết năm 2023 có gần 20.000 việc kết hôn có yếu tố nước ngoài được đăng ký; TP HCM chiếm khoảng 15,5%, đứng thứ nhất cả nước.

Lệ phí đăng ký kết hôn có yếu tố nước ngoài tại TP HCM hiện là 1,5 triệu đồng/trường hợp; người nộp hồ sơ trực tuyến được giảm 50% lệ phí.

Lê Tuyết
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
Y23c = P("năm 2023", "2023-01-01", "2023-12-31")
HEAD = P("trong năm 2023", "2023-01-01", "2023-12-31")
Q7 = "Quận 7"
KH = "kết hôn có yếu tố nước ngoài"

FIGS = [
    F("Hơn 3.000 cặp", "3.000", 3000, "count", "cặp", approx="over",
      subject="cặp đăng ký kết hôn với người nước ngoài", period=HEAD),
    F("cho 3.086 cặp", "3.086", 3086, "count", "cặp",
      change=C("increase", 20, "%", "năm 2022", approx="about"),
      subject="đăng ký kết hôn có yếu tố nước ngoài", period=Y23),
    F("khoảng 23%", "23", 23, "percent", "%", approx="about",
      subject="kết hôn với công dân Mỹ", period=I(Y23)),
    F("Hàn Quốc (17%)", "17", 17, "percent", "%", subject="kết hôn với công dân Hàn Quốc", period=I(Y23)),
    F("(Trung Quốc) (12%)", "12", 12, "percent", "%",
      subject="kết hôn với công dân Đài Loan (Trung Quốc)", period=I(Y23)),
    F("từ 35 đến 45 hồ sơ", "35", 35, "count", "hồ sơ", value_max=45, location=Q7,
      subject="hồ sơ kết hôn có yếu tố nước ngoài Phòng Tư pháp tiếp nhận mỗi tháng"),
    F("còn 10 ngày", "10", 10, "measure", "ngày làm việc", location=Q7,
      subject="thời gian giải quyết hồ sơ kết hôn có yếu tố nước ngoài"),
    F("thay vì 15 ngày", "15", 15, "measure", "ngày", optional=True, location=Q7,
      subject="thời gian giải quyết trước đây"),
    F("bố trí 2 công chức", "2", 2, "count", "công chức", location=Q7,
      subject="công chức biết tiếng Anh, tiếng Hàn hỗ trợ người nước ngoài"),
    F("tiếp nhận 527 hồ sơ", "527", 527, "count", "hồ sơ",
      change=C("increase", 48, "hồ sơ", "năm trước"),
      subject="hồ sơ xin thôi quốc tịch Việt Nam tiếp nhận", period=Y23b),
    F("89% người", "89", 89, "percent", "%",
      subject="người xin thôi quốc tịch là nữ", period=Y23b),
    F("từ 5 năm", "5", 5, "measure", "năm", approx="at_least", optional=True,
      subject="thời gian sinh sống ở nước ngoài"),
    F("gần 20.000 việc", "20.000", 20000, "count", "việc", approx="nearly", location="Việt Nam",
      subject="việc kết hôn có yếu tố nước ngoài được đăng ký", period=Y23c),
    F("khoảng 15,5%", "15,5", 15.5, "percent", "%", approx="about",
      subject="tỷ trọng việc kết hôn có yếu tố nước ngoài được đăng ký", period=Y23c),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng",
      subject="việc kết hôn có yếu tố nước ngoài được đăng ký", period=Y23c),
    F("là 1,5 triệu", "1,5", 1500000, "money", "đồng/trường hợp",
      subject="lệ phí đăng ký kết hôn có yếu tố nước ngoài"),
    F("giảm 50%", "50", 50, "percent", "%",
      subject="mức giảm lệ phí cho người nộp hồ sơ trực tuyến"),
]

NOTES = [
    "National newspaper: 'Thứ hai, 15/1/2024, 06:00 (GMT+7)', byline at the end. Default location TP Hồ Chí Minh; the quận 7 passage",
    "gets 'Quận 7'; the national total 'gần 20.000' gets Việt Nam, the city's share and rank stay TP Hồ Chí Minh.",
    "Foreign partners (Mỹ, Hàn Quốc, Đài Loan) are not places: subject 'kết hôn với công dân …'. 'đứng thứ nhất' is rank 1 (nhất = first).",
    "'thay vì 15 ngày' (the old time) and 'từ 5 năm trở lên' (a condition) are optional. 'giảm 50% lệ phí' is a discount rate: percent figure.",
    "Distractors: '(GMT+7)', time 06:00, 'quận 7' (a name with a number), 'TP Thủ Đức'.",
]

if __name__ == "__main__":
    write("p1201-6", TEXT, NOTES, FIGS, published="2024-01-15", location="TP Hồ Chí Minh")
