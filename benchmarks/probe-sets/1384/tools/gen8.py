"""p1384-8: radio/TV site (Đài PT-TH TP Cần Thơ, tag '(THTPCT) -'): sanitation at Cái Răng floating market."""
from lib import F, P, inh, ch, tg, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Du lịch | Video | Phát thanh

Chợ nổi Cái Răng: giữ sạch dòng sông cho du khách

Cập nhật lúc 17:45, Thứ Năm, 10/10/2024

(THTPCT) - Quý III/2024, tổ thu gom rác trên sông của quận Cái Răng đã vớt khoảng 96 tấn rác tại khu vực chợ nổi, giảm 14% so với quý II nhờ tiểu thương hạn chế xả rác xuống sông.

Hiện quận bố trí 2 ghe thu gom rác hoạt động từ 4 giờ đến 10 giờ mỗi ngày với 6 công nhân, thu nhập khoảng 7,5 triệu đồng/người/tháng. Mỗi tháng, các hộ buôn bán trên chợ nổi được phát miễn phí 1.500 túi đựng rác.

Khu vực chợ nổi và bến tàu du lịch Cái Răng có 5 nhà vệ sinh công cộng, trong đó 3 nhà vệ sinh nổi đặt trên phao cố định, phục vụ bình quân 1.200 lượt khách/ngày vào dịp cuối tuần.

9 tháng đầu năm, chợ nổi Cái Răng đón hơn 410.000 lượt khách, tăng 21% so với cùng kỳ, bằng 82% kế hoạch năm. Toàn thành phố Cần Thơ đón 6,9 triệu lượt khách, đứng thứ hai vùng Đồng bằng sông Cửu Long.

Năm 2025, quận Cái Răng phấn đấu giảm ít nhất 20% lượng rác thải nhựa trên sông; dự kiến đầu tư thêm 2 nhà vệ sinh nổi với tổng vốn từ 1,8 đến 2 tỷ đồng.

Phóng viên: Hoàng Phúc - Minh Khoa

Tin cùng chuyên mục:
- Ninh Kiều ra mắt mô hình "Tuyến phố văn minh" lần thứ 2
- Lễ hội Bánh dân gian Nam Bộ năm 2024
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
NINE = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
CT = "Cần Thơ"

FIGS = [
    F("khoảng 96 tấn", "96", 96, "measure", "tấn", approx="about",
      change=ch("decrease", 14, "%", "quý II"),
      subject="rác tổ thu gom rác trên sông vớt tại khu vực chợ nổi", period=Q3),
    F("bố trí 2 ghe", "2", 2, "count", "ghe", subject="ghe thu gom rác quận bố trí"),
    F("với 6 công nhân", "6", 6, "count", "công nhân", subject="công nhân thu gom rác"),
    F("khoảng 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", approx="about",
      subject="thu nhập của công nhân thu gom rác"),
    F("miễn phí 1.500 túi", "1.500", 1500, "measure", "túi/tháng",
      subject="túi đựng rác phát miễn phí cho các hộ buôn bán trên chợ nổi"),
    F("có 5 nhà", "5", 5, "count", "nhà vệ sinh",
      subject="nhà vệ sinh công cộng khu vực chợ nổi và bến tàu du lịch Cái Răng"),
    F("trong đó 3 nhà", "3", 3, "count", "nhà vệ sinh", total=5, subject="nhà vệ sinh nổi"),
    F("bình quân 1.200 lượt", "1.200", 1200, "measure", "lượt khách/ngày",
      subject="lượt khách nhà vệ sinh nổi phục vụ bình quân vào dịp cuối tuần"),
    F("hơn 410.000 lượt", "410.000", 410000, "count", "lượt khách", approx="over", percent=82,
      change=ch("increase", 21, "%", "cùng kỳ"), subject="lượt khách chợ nổi Cái Răng đón", period=NINE),
    F("đón 6,9 triệu", "6,9", 6.9e6, "count", "lượt khách",
      subject="lượt khách thành phố Cần Thơ đón", period=inh(NINE), location=CT),
    F("đứng thứ hai", "hai", 2, "rank", "hạng",
      subject="lượt khách đón", period=inh(NINE), location=CT),
    F("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
      subject="mức giảm lượng rác thải nhựa trên sông", period=Y25),
    F("thêm 2 nhà", "2", 2, "count", "nhà vệ sinh", status="forecast",
      subject="nhà vệ sinh nổi đầu tư thêm", period=Y25),
    F("từ 1,8 đến 2 tỷ", "1,8", 1.8e9, "money", "đồng", value_max=2e9, status="forecast",
      subject="tổng vốn đầu tư nhà vệ sinh nổi", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): menu, 'Cập nhật lúc 17:45, Thứ Năm, 10/10/2024', tag '(THTPCT) -', reporters, related links.",
    "Distractors: 17:45, working hours 'từ 4 giờ đến 10 giờ', 'quý II' (a baseline), 'lần thứ 2' and 'năm 2024' in link titles.",
    "Default location Cái Răng (quận of Cần Thơ); the city total and its regional rank -> Cần Thơ.",
    "'giảm 14% so với quý II' -> change (decrease). 'Mỗi tháng ... 1.500 túi' -> a monthly rate: measure, túi/tháng.",
    "3 nhà vệ sinh nổi after 'trong đó' -> total 5. 'bằng 82% kế hoạch năm' -> percent; 'tăng 21% so với cùng kỳ' -> change.",
    "'9 tháng đầu năm' (no year) -> 2024 from 'Quý III/2024' (nearest earlier period). The next sentence inherits it (not scored).",
    "'phấn đấu giảm ít nhất 20%' is a reduction rate as the claim: percent figure, target, no change. 'dự kiến' -> forecast.",
]

if __name__ == "__main__":
    write("p1384-8", TEXT, NOTES, FIGS, published="2024-10-10", location="Cái Răng")
