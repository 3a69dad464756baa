"""p1439-8: radio/TV site (QTV Quảng Ninh): Chinese translation in Móng Cái with border trade."""
from lib import fig, per, inh, chg, write

TEXT = """QTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NINH
Thời sự | Kinh tế | Xã hội | Video | Phát thanh
Cập nhật lúc 19:40, Thứ Bảy, 14/12/2024

Móng Cái: Dịch thuật tiếng Trung "nóng" theo thương mại biên giới

(QTV) - Hoạt động xuất nhập khẩu qua cửa khẩu quốc tế Móng Cái và cầu Bắc Luân II sôi động trở lại, kéo theo nhu cầu dịch, chứng thực hợp đồng, chứng từ tiếng Trung tăng cao.

Từ đầu năm đến nay, kim ngạch xuất nhập khẩu qua các cửa khẩu của thành phố đạt hơn 3,6 tỷ USD. Theo Phòng Tư pháp TP Móng Cái, 11 tháng năm 2024, phòng đã chứng thực chữ ký người dịch 2.736 việc, tăng 42% so với cùng kỳ, trong đó tiếng Trung chiếm tới 91%. Riêng tháng 11, bình quân mỗi ngày phòng chứng thực 15-20 bản dịch. Phòng hiện ký hợp đồng với 5 cộng tác viên dịch tiếng Trung và một cộng tác viên tiếng Anh.

Trên địa bàn thành phố hiện có 17 văn phòng, công ty dịch thuật, chủ yếu tập trung quanh khu vực chợ Móng Cái và đường Hùng Vương. Công ty TNHH Dịch thuật Hòa Phong có 8 người dịch tiếng Trung, mỗi tháng dịch khoảng 1.800 trang hợp đồng, tờ khai hải quan. Giá dịch tiếng Trung tại đây từ 70.000 đến 90.000 đồng/trang, thấp hơn khoảng 20% so với Hà Nội.

"Thời điểm cao điểm cuối năm, chúng tôi phải thuê thêm ba cộng tác viên, làm việc tới 22 giờ mới kịp trả hồ sơ cho khách", chị Lương Thu Trang, Giám đốc công ty cho biết.

Năm 2025, TP Móng Cái dự kiến đưa Trung tâm phục vụ hành chính công mới tại phường Ka Long vào hoạt động, phấn đấu giải quyết ít nhất 95% hồ sơ chứng thực trong ngày.

Bài liên quan:
- Móng Cái: Khai mạc Hội chợ thương mại quốc tế Việt - Trung
- Bản tin Thời sự 19h30 ngày 14/12/2024
"""

SINCE = per("Từ đầu năm đến nay", "2024-01-01", "2024-12-14")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
T11 = per("tháng 11", "2024-11-01", "2024-11-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn 3,6 tỷ", "3,6", 3.6e9, "money", "USD", approx="over",
        subject="kim ngạch xuất nhập khẩu qua các cửa khẩu của thành phố", period=SINCE),
    fig("dịch 2.736 việc", "2.736", 2736, "count", "việc", change=chg("increase", 42, "%", "cùng kỳ"),
        subject="chứng thực chữ ký người dịch của Phòng Tư pháp", period=M11),
    fig("chiếm tới 91%", "91", 91, "percent", "%", subject="tiếng Trung trong việc chứng thực chữ ký người dịch",
        period=M11),
    fig("thực 15-20 bản dịch", "15", 15, "measure", "bản dịch/ngày", value_max=20,
        subject="bản dịch phòng chứng thực bình quân mỗi ngày", period=T11),
    fig("với 5 cộng tác viên", "5", 5, "count", "cộng tác viên",
        subject="cộng tác viên dịch tiếng Trung Phòng Tư pháp ký hợp đồng"),
    fig("và một cộng tác viên", "một", 1, "count", "cộng tác viên",
        subject="cộng tác viên tiếng Anh Phòng Tư pháp ký hợp đồng"),
    fig("có 17 văn phòng", "17", 17, "count", "văn phòng, công ty dịch thuật",
        subject="văn phòng, công ty dịch thuật trên địa bàn thành phố"),
    fig("có 8 người", "8", 8, "count", "người",
        subject="người dịch tiếng Trung của Công ty TNHH Dịch thuật Hòa Phong"),
    fig("khoảng 1.800 trang", "1.800", 1800, "measure", "trang/tháng", approx="about",
        subject="trang hợp đồng, tờ khai hải quan công ty dịch mỗi tháng"),
    fig("từ 70.000 đến 90.000", "70.000", 70000, "money", "đồng/trang", value_max=90000,
        change=chg("decrease", 20, "%", "Hà Nội", approx="about"), subject="giá dịch tiếng Trung"),
    fig("thêm ba cộng tác viên", "ba", 3, "count", "cộng tác viên",
        subject="cộng tác viên công ty thuê thêm thời điểm cao điểm cuối năm"),
    fig("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
        subject="hồ sơ chứng thực giải quyết trong ngày", period=Y25),
]

NOTES = [
    "Radio/TV site (QTV Quảng Ninh): menu, 'Cập nhật lúc 19:40, Thứ Bảy, 14/12/2024', tag '(QTV) -', related links incl. a newscast.",
    "All figures are in TP Móng Cái. 'Từ đầu năm đến nay' → 2024-01-01 .. published. '11 tháng năm 2024' → Jan-Nov 2024.",
    "'trong đó tiếng Trung chiếm tới 91%' is a percent figure of its own (a share with no amount); 'tới' is emphasis, exact.",
    "'Riêng tháng 11, bình quân mỗi ngày … 15-20 bản dịch' → measure bản dịch/ngày, period November 2024.",
    "'hiện ký hợp đồng với 5 … và một …' (no whole: no total), 'hiện có 17 …' and the company's staff and monthly pages have no period; 'mỗi tháng … khoảng 1.800 trang' → trang/tháng.",
    "'từ 70.000 đến 90.000 đồng/trang, thấp hơn khoảng 20% so với Hà Nội' → change decrease 20% (about), baseline Hà Nội;",
    "Hà Nội is a comparison, not the place of the figure.",
    "'cao điểm cuối năm' in the quote is no dated period. 'Năm 2025, … dự kiến …, phấn đấu … ít nhất 95%' → target (phấn đấu).",
    "Distractors: 19:40, 'Thứ Bảy', 'cầu Bắc Luân II', '22 giờ' (a time of day), 'Bản tin Thời sự 19h30 ngày 14/12/2024'.",
]

if __name__ == "__main__":
    write("p1439-8", TEXT, NOTES, FIGS, published="2024-12-14", location="Móng Cái")
