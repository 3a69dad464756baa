"""p1199-6: national newspaper, Hà Nội: overloaded distribution substations in the June 2024 heat."""
from lib import build, fig, per, inh, chg, tgt

TEXT = """Thời sự › Dân sinh
Thứ năm, 13/6/2024, 07:45 (GMT+7)

Hơn 300 trạm biến áp ở Hà Nội quá tải

Nắng nóng kéo dài khiến phụ tải Hà Nội liên tục lập đỉnh, hơn 300 trạm biến áp phân phối vận hành quá tải.

Theo Tổng công ty Điện lực TP Hà Nội (EVNHANOI), công suất tiêu thụ điện cao nhất của thành phố đạt 5.123 MW vào ngày 11/6, tăng 11,4% so với đỉnh của năm 2023. Đây là lần thứ 3 trong tuần phụ tải thành phố lập đỉnh mới. Tính đến ngày 12/6, toàn thành phố có 312 trạm biến áp vận hành quá tải trên 100% công suất, trong đó 47 trạm quá tải trên 130%.

Quận Hoàng Mai có nhiều trạm quá tải nhất với 41 trạm. Ông Nguyễn Văn Hùng, Phó giám đốc Công ty Điện lực Hoàng Mai, cho biết từ đầu tháng 6 đến nay đơn vị đã hoán đổi 18 máy biến áp và lắp mới 9 trạm. Mỗi đêm, công ty bố trí ít nhất 120 công nhân trực xử lý sự cố, chia thành 15 tổ. "Có trạm chúng tôi phải dùng quạt công nghiệp và phun nước làm mát máy biến áp", ông Hùng nói.

Trên phạm vi cả nước, Trung tâm Điều độ hệ thống điện quốc gia cho biết công suất đỉnh toàn hệ thống ngày 11/6 đạt 47.670 MW, cao hơn khoảng 2.200 MW so với đỉnh năm 2023.

EVNHANOI dự kiến đến hết tháng 7 đưa thêm 260 trạm biến áp vào vận hành, nâng tổng số trạm trên địa bàn lên khoảng 21.800 trạm. Năm nay, tổng công ty bố trí gần 4.600 tỷ đồng cho đầu tư lưới điện, tăng 15% so với năm 2023.

Khi mất điện, người dân có thể gọi tổng đài 19001288 hoặc báo qua ứng dụng EVNHANOI.

Gia Chính
"""

D11 = per("ngày 11/6", "2024-06-11", "2024-06-11")
ASOF = per("Tính đến ngày 12/6", None, "2024-06-12")
JUNE = per("từ đầu tháng 6 đến nay", "2024-06-01", "2024-06-13")
JULY = per("đến hết tháng 7", None, "2024-07-31")
HM = "Hoàng Mai"

FIGS = [
    fig("Hơn 300 trạm", "300", 300, "count", "trạm biến áp", approx="over",
        subject="trạm biến áp quá tải"),
    fig("hơn 300 trạm biến áp phân phối", "300", 300, "count", "trạm biến áp", approx="over",
        subject="trạm biến áp phân phối vận hành quá tải"),
    fig("đạt 5.123 MW", "5.123", 5123, "measure", "MW",
        change=chg("increase", 11.4, "%", "đỉnh của năm 2023"),
        subject="công suất tiêu thụ điện cao nhất của thành phố", period=per("vào ngày 11/6", "2024-06-11", "2024-06-11")),
    fig("có 312 trạm", "312", 312, "count", "trạm biến áp",
        subject="trạm biến áp vận hành quá tải", period=ASOF),
    fig("quá tải trên 100%", "100", 100, "percent", "%", approx="over", optional=True,
        subject="ngưỡng quá tải"),
    fig("trong đó 47 trạm", "47", 47, "count", "trạm", total=312,
        subject="trạm biến áp quá tải trên 130%", period=ASOF),
    fig("trên 130%", "130", 130, "percent", "%", approx="over", optional=True,
        subject="ngưỡng quá tải"),
    fig("với 41 trạm", "41", 41, "count", "trạm", subject="trạm biến áp quá tải", period=inh(ASOF), location=HM),
    fig("hoán đổi 18 máy", "18", 18, "count", "máy biến áp",
        subject="máy biến áp hoán đổi", period=JUNE, location=HM),
    fig("lắp mới 9 trạm", "9", 9, "count", "trạm", subject="trạm biến áp lắp mới",
        period=JUNE, location=HM),
    fig("ít nhất 120 công nhân", "120", 120, "count", "công nhân", approx="at_least",
        subject="công nhân trực xử lý sự cố mỗi đêm", location=HM),
    fig("chia thành 15 tổ", "15", 15, "count", "tổ", subject="tổ trực xử lý sự cố", location=HM),
    fig("đạt 47.670 MW", "47.670", 47670, "measure", "MW",
        change=chg("increase", 2200, "MW", "đỉnh năm 2023", approx="about"),
        subject="công suất đỉnh toàn hệ thống", period=D11, location="Việt Nam"),
    fig("thêm 260 trạm", "260", 260, "count", "trạm biến áp", status="forecast",
        subject="trạm biến áp đưa vào vận hành", period=JULY),
    fig("khoảng 21.800 trạm", "21.800", 21800, "count", "trạm", approx="about", status="forecast",
        subject="tổng số trạm trên địa bàn", period=JULY),
    fig("gần 4.600 tỷ", "4.600", 4600e9, "money", "đồng", approx="nearly",
        change=chg("increase", 15, "%", "năm 2023"),
        subject="vốn đầu tư lưới điện", period=per("Năm nay", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "National newspaper: 'Thứ năm, 13/6/2024, 07:45 (GMT+7)', byline 'Gia Chính' at the end. Hà Nội (EVNHANOI); one national figure.",
    "Distractors: 07:45, GMT+7, ordinal 'lần thứ 3 trong tuần', hotline 19001288, 'ngày 11/6', 'ngày 12/6' (periods, not figures).",
    "'quá tải trên 100% công suất', 'quá tải trên 130%' are thresholds that define the category: optional.",
    "Peak 'đạt 5.123 MW vào ngày 11/6' gets the day as its period. 'từ đầu tháng 6 đến nay' ends at the published date.",
    "Hoàng Mai passage (41 trạm, 18 máy, 9 trạm, 120 công nhân, 15 tổ) -> location Hoàng Mai.",
    "'cao hơn khoảng 2.200 MW so với đỉnh năm 2023' is the change of 47.670 MW. 'dự kiến' continues to 'nâng tổng số ... lên khoảng 21.800 trạm'.",
]

if __name__ == "__main__":
    build("p1199-6", TEXT, NOTES, FIGS, published="2024-06-13", location="Hà Nội")
