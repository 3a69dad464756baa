"""p1408-6: national newspaper: costly monuments with few visitors (Hưng Yên case, national count, price of a bronze statue)."""
from lib import fig, per, inh, chg, write

TEXT = """Thời sự > Dân sinh

Thứ sáu, 13/9/2024, 07:00 (GMT+7)

Tượng đài trăm tỷ vắng khách

Nhiều tượng đài kinh phí lớn được xây dựng những năm gần đây nhưng quanh năm vắng người, trong khi tiền bảo dưỡng vẫn phải chi đều đặn.

Tượng đài Khát vọng Phố Hiến tại TP Hưng Yên khánh thành năm 2019 với tổng vốn 186 tỷ đồng, gấp gần 3 lần dự toán ban đầu. Tượng đài cao 22 m, đặt giữa quảng trường rộng 3,5 ha. Dự toán được duyệt khi chuẩn bị dự án chỉ 65 tỷ đồng. Theo Ban quản lý, mỗi năm công trình tốn khoảng 1,2 tỷ đồng tiền điện chiếu sáng, vệ sinh và bảo vệ, nhưng chỉ đón khoảng 30-40 lượt khách/ngày, chủ yếu vào dịp lễ. Năm 2023, tỉnh còn chi 4,6 tỷ đồng thay mới hệ thống đèn chiếu sáng.

"Người dân cần công viên, cây xanh hơn là một khối đồng khổng lồ", ông Phạm Văn Tư, sống tại phường Lam Sơn, nói.

Theo thống kê chưa đầy đủ của phóng viên, từ năm 2015 đến nay, ít nhất 12 tỉnh, thành phố đã xây dựng tượng đài có tổng mức đầu tư trên 100 tỷ đồng. Trong đó, công trình có vốn lớn nhất lên tới 1.350 tỷ đồng, gấp hơn 7 lần công trình xếp thứ hai.

Theo nhà điêu khắc Lê Minh Khang, một tượng đài bằng đồng cỡ lớn hiện có giá từ 25 đến 40 tỷ đồng, trong đó chi phí đúc đồng chiếm 55-60%. Bộ Văn hóa, Thể thao và Du lịch cho biết năm 2023 chỉ có 41% số tượng đài xây bằng ngân sách được bố trí kinh phí bảo trì.

Tại kỳ họp thứ 7, Quốc hội khóa XV, nhiều đại biểu đề nghị dừng các dự án tượng đài chưa thật cần thiết.

Hoàng Phương
"""

SINCE = per("từ năm 2015 đến nay", "2015-01-01", "2024-09-13")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
HY = "TP Hưng Yên"

FIGS = [
    fig("Tượng đài trăm tỷ", "trăm", 100e9, "money", "đồng",
        subject="tượng đài", optional=True),
    fig("vốn 186 tỷ", "186", 186e9, "money", "đồng", location=HY,
        change=chg("increase", 3, "lần", "dự toán ban đầu", approx="nearly"),
        subject="tổng vốn Tượng đài Khát vọng Phố Hiến"),
    fig("cao 22 m", "22", 22, "measure", "m", location=HY, subject="chiều cao tượng đài"),
    fig("rộng 3,5 ha", "3,5", 3.5, "measure", "ha", location=HY, subject="diện tích quảng trường"),
    fig("chỉ 65 tỷ", "65", 65e9, "money", "đồng", location=HY,
        subject="dự toán được duyệt khi chuẩn bị dự án"),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng/năm", approx="about", location=HY,
        subject="tiền điện chiếu sáng, vệ sinh và bảo vệ công trình tốn"),
    fig("khoảng 30-40 lượt", "30", 30, "measure", "lượt khách/ngày", value_max=40, approx="about",
        location=HY, subject="lượt khách công trình đón"),
    fig("chi 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", location=HY, period=per("Năm 2023", "2023-01-01", "2023-12-31"),
        subject="kinh phí thay mới hệ thống đèn chiếu sáng"),
    fig("ít nhất 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", approx="at_least",
        subject="tỉnh, thành phố đã xây dựng tượng đài có tổng mức đầu tư trên 100 tỷ đồng", period=SINCE),
    fig("trên 100 tỷ", "100", 100e9, "money", "đồng", approx="over",
        subject="tổng mức đầu tư tượng đài", optional=True),
    fig("tới 1.350 tỷ", "1.350", 1350e9, "money", "đồng",
        change=chg("increase", 7, "lần", "công trình xếp thứ hai", approx="over"),
        subject="vốn công trình có vốn lớn nhất", period=inh(SINCE)),
    fig("từ 25 đến 40 tỷ", "25", 25e9, "money", "đồng", value_max=40e9,
        subject="giá một tượng đài bằng đồng cỡ lớn"),
    fig("chiếm 55-60%", "55", 55, "percent", "%", value_max=60,
        subject="tỷ lệ chi phí đúc đồng trong giá tượng đài"),
    fig("có 41% số", "41", 41, "percent", "%",
        subject="tượng đài xây bằng ngân sách được bố trí kinh phí bảo trì", period=Y23),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ sáu, 13/9/2024, 07:00 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 07:00, (GMT+7), 'khánh thành năm 2019', 'phường Lam Sơn', 'kỳ họp thứ 7', 'Quốc hội khóa XV', 'công trình xếp thứ hai' (a baseline, not a rank claim).",
    "Headline 'Tượng đài trăm tỷ' is a vague order of magnitude (a number word used as an epithet): optional.",
    "'tổng vốn 186 tỷ đồng, gấp gần 3 lần dự toán ban đầu' → change increase 3 lần, approx nearly, baseline 'dự toán ban đầu'. The plan amount stands in",
    "the next sentence ('chỉ 65 tỷ đồng') and is a figure of its own, not a target attribute.",
    "'mỗi năm ... khoảng 1,2 tỷ đồng' → đồng/năm; 'khoảng 30-40 lượt khách/ngày' → measure, range, approx about. Hưng Yên passage: location TP Hưng Yên.",
    "'ít nhất 12 tỉnh, thành phố' is national (location Việt Nam), period 'từ năm 2015 đến nay' ends at the dateline. 'trên 100 tỷ đồng' is a threshold that",
    "defines the set: optional. 'Trong đó, ... 1.350 tỷ đồng' follows a count of provinces, not of money: no total; change 'gấp hơn 7 lần' (over).",
    "The sculptor's general price 'từ 25 đến 40 tỷ đồng' and share 'trong đó ... chiếm 55-60%' (a percent figure of its own) are national statements",
    "(Việt Nam). 'năm 2023 chỉ có 41%' is a percent figure with period năm 2023.",
]

if __name__ == "__main__":
    write("p1408-6", TEXT, NOTES, FIGS, published="2024-09-13", location="Việt Nam")
