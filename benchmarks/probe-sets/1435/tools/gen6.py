"""p1435-6: national newspaper: tattoo removal at Bệnh viện Da liễu TP HCM, costs and sessions."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Sức khỏe > Làm đẹp

Thứ hai, 11/3/2024, 09:05 (GMT+7)

Người trẻ xếp hàng xóa hình xăm

TP HCM - Mỗi ngày Bệnh viện Da liễu TP HCM tiếp nhận 40-50 người đến xóa xăm, gấp đôi cách đây ba năm, phần lớn cần xóa để xin việc, đi nghĩa vụ quân sự hoặc du học.

Bác sĩ Nguyễn Thị Thu Hà, Trưởng khoa Laser - Thẩm mỹ, cho biết năm 2023 khoa thực hiện hơn 11.200 lượt xóa xăm, tăng 27% so với năm 2022. Hai tháng đầu năm nay, con số này đã là 2.150 lượt. Khoảng 65% người đến xóa xăm là người trẻ, nam giới chiếm 58%.

Theo bác sĩ Hà, xóa một hình xăm thường cần từ 5 đến 10 lần điều trị, mỗi lần cách nhau 6-8 tuần. Chi phí tại bệnh viện từ 800.000 đồng đến 4 triệu đồng mỗi lần tùy diện tích; các cơ sở tư nhân dùng máy PicoWay X3 thu 6-7 triệu đồng/lần. Hình xăm nhiều màu, nhất là màu xanh lá và vàng, khó xóa hơn hình xăm màu đen.

Anh Trần Quốc Bảo, 24 tuổi, nhân viên văn phòng, có hình xăm kín cánh tay phải. Sau 7 lần điều trị trong 14 tháng, tốn khoảng 21 triệu đồng, hình xăm vẫn còn mờ. "Giá như ngày đó tôi suy nghĩ kỹ hơn", anh nói.

Theo Sở Y tế TP HCM, đến cuối năm 2023, thành phố có 37 cơ sở được cấp phép thực hiện kỹ thuật xóa xăm bằng laser, trong khi hàng trăm tiệm xăm vẫn quảng cáo dịch vụ này. Bác sĩ khuyến cáo người dân chỉ xóa xăm tại cơ sở có giấy phép để tránh biến chứng sẹo, bỏng, nhiễm trùng.

Lê Phương
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M2 = per("Hai tháng đầu năm nay", "2024-01-01", "2024-02-29")
END23 = per("đến cuối năm 2023", None, "2023-12-31")

FIGS = [
    fig("tiếp nhận 40-50 người", "40", 40, "measure", "người/ngày", value_max=50,
        change=chg("increase", 2, "lần", "cách đây ba năm"),
        subject="người đến xóa xăm tại Bệnh viện Da liễu TP HCM mỗi ngày"),
    fig("hơn 11.200 lượt", "11.200", 11200, "count", "lượt", approx="over",
        change=chg("increase", 27, "%", "năm 2022"), subject="lượt xóa xăm khoa thực hiện", period=Y23),
    fig("là 2.150 lượt", "2.150", 2150, "count", "lượt", subject="lượt xóa xăm", period=M2),
    fig("Khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="tỷ lệ người trẻ trong số người đến xóa xăm"),
    fig("chiếm 58%", "58", 58, "percent", "%", subject="tỷ lệ nam giới trong số người đến xóa xăm"),
    fig("từ 5 đến 10 lần", "5", 5, "count", "lần điều trị", value_max=10,
        subject="lần điều trị cần để xóa một hình xăm"),
    fig("cách nhau 6-8 tuần", "6", 6, "measure", "tuần", value_max=8,
        subject="khoảng cách giữa các lần điều trị"),
    fig("từ 800.000 đồng đến 4 triệu", "800.000", 800000, "money", "đồng/lần", value_max=4e6,
        subject="chi phí xóa xăm tại bệnh viện"),
    fig("thu 6-7 triệu", "6", 6e6, "money", "đồng/lần", value_max=7e6,
        subject="chi phí xóa xăm tại các cơ sở tư nhân"),
    fig("24 tuổi", "24", 24, "measure", "tuổi", subject="tuổi của anh Trần Quốc Bảo", optional=True),
    fig("Sau 7 lần", "7", 7, "count", "lần điều trị", subject="lần điều trị của anh Trần Quốc Bảo"),
    fig("khoảng 21 triệu", "21", 21e6, "money", "đồng", approx="about",
        subject="chi phí xóa xăm của anh Trần Quốc Bảo"),
    fig("có 37 cơ sở", "37", 37, "count", "cơ sở",
        subject="cơ sở được cấp phép thực hiện kỹ thuật xóa xăm bằng laser", period=END23),
    fig("hàng trăm tiệm", "hàng trăm", 100, "count", "tiệm xăm", approx="about",
        subject="tiệm xăm quảng cáo dịch vụ xóa xăm", optional=True),
]

NOTES = [
    "National newspaper: 'Thứ hai, 11/3/2024, 09:05 (GMT+7)', dateline 'TP HCM -', byline at the end. All figures TP Hồ Chí Minh.",
    "Distractors: 09:05, '(GMT+7)', machine name 'PicoWay X3', 'cách đây ba năm' (baseline), 'trong 14 tháng' (a duration that",
    "only locates the 7 sessions in time), 'Hai tháng đầu năm nay' (a period: 2024-01-01..2024-02-29, 'năm nay' = year of published).",
    "'Mỗi ngày ... tiếp nhận 40-50 người' → measure, unit người/ngày; 'gấp đôi cách đây ba năm' → change 2 lần.",
    "'từ 800.000 đồng đến 4 triệu đồng mỗi lần' → đồng/lần. The age '24 tuổi' and 'hàng trăm tiệm xăm' (value 100, about) are optional.",
]

if __name__ == "__main__":
    write("p1435-6", TEXT, NOTES, FIGS, published="2024-03-11", location="TP Hồ Chí Minh")
