"""p1378-7: news agency (TTXVN style), Cần Thơ: the printing industry turns to packaging."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh tế | Thứ Năm, 15/8/2024 - 10:22

Ngành in Cần Thơ chuyển hướng sang in bao bì

Cần Thơ (TTXVN) - Các doanh nghiệp in tại thành phố Cần Thơ đang giảm dần in báo chí, sách vở để tập trung vào in bao bì phục vụ xuất khẩu nông sản, thủy sản.

Theo Sở Thông tin và Truyền thông thành phố, hiện Cần Thơ có 146 cơ sở in, trong đó 38 doanh nghiệp và 108 hộ kinh doanh. 6 tháng đầu năm 2024, doanh thu toàn ngành in ước đạt 1.240 tỷ đồng, tăng 6,5% so với cùng kỳ; riêng in bao bì chiếm khoảng 70%. Sản lượng in báo, tạp chí chỉ còn chưa đến 5% tổng sản lượng trang in của thành phố.

Tại Khu công nghiệp Trà Nóc 2, quận Bình Thủy, Công ty cổ phần In bao bì Tây Đô vừa đưa vào vận hành dây chuyền in ống đồng tự động trị giá khoảng 45 tỷ đồng, tốc độ 250 m/phút. 7 tháng năm 2024, công ty xuất khẩu bao bì sang Campuchia, Hàn Quốc đạt 3,6 triệu USD, gấp 1,5 lần cùng kỳ năm trước. Công ty có 320 công nhân, thu nhập bình quân từ 8 đến 10 triệu đồng/người/tháng.

Ông Lê Minh Quân, Chủ tịch Hội In thành phố, cho biết ngành in phấn đấu cả năm 2024 đạt doanh thu khoảng 2.600 tỷ đồng. Thành phố dự kiến đến năm 2025 di dời 12 cơ sở in ra khỏi khu dân cư tập trung tại quận Ninh Kiều, quận Cái Răng.

Cũng theo ông Quân, giá giấy couché nhập khẩu tăng 10-12% so với cuối năm 2023, trong khi giá gia công in nhiều đơn hàng phải giảm để giữ khách. Hội In thành phố hiện có 52 hội viên, trong đó 31 hội viên là doanh nghiệp in bao bì.

Hữu Phước (TTXVN)

Xem thêm:
- Cần Thơ: Khai mạc Hội chợ Nông nghiệp quốc tế lần thứ 24
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
M7 = per("7 tháng năm 2024", "2024-01-01", "2024-07-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
BT = "Bình Thủy"

FIGS = [
    fig("có 146 cơ sở", "146", 146, "count", "cơ sở in", subject="cơ sở in"),
    fig("trong đó 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", total=146, subject="doanh nghiệp in"),
    fig("và 108 hộ", "108", 108, "count", "hộ kinh doanh", total=146, subject="hộ kinh doanh in"),
    fig("ước đạt 1.240 tỷ", "1.240", 1240e9, "money", "đồng", status="estimate",
        change=chg("increase", 6.5, "%", "cùng kỳ"), subject="doanh thu toàn ngành in", period=H1),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about", status="estimate",
        subject="in bao bì trong doanh thu toàn ngành in", period=H1),
    fig("chưa đến 5%", "5", 5, "percent", "%", approx="under",
        subject="sản lượng in báo, tạp chí trong tổng sản lượng trang in"),
    fig("khoảng 45 tỷ", "45", 45e9, "money", "đồng", approx="about",
        subject="giá trị dây chuyền in ống đồng tự động", location=BT),
    fig("tốc độ 250 m/phút", "250", 250, "measure", "m/phút", subject="tốc độ dây chuyền in", location=BT),
    fig("đạt 3,6 triệu", "3,6", 3.6e6, "money", "USD",
        change=chg("increase", 1.5, "lần", "cùng kỳ năm trước"),
        subject="xuất khẩu bao bì của công ty", period=M7, location=BT),
    fig("có 320 công nhân", "320", 320, "count", "công nhân", subject="công nhân của công ty", location=BT),
    fig("từ 8 đến 10 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=10e6,
        subject="thu nhập bình quân công nhân", location=BT),
    fig("khoảng 2.600 tỷ", "2.600", 2600e9, "money", "đồng", approx="about", status="target",
        subject="doanh thu ngành in", period=Y24),
    fig("di dời 12 cơ sở", "12", 12, "count", "cơ sở in", status="forecast",
        subject="cơ sở in di dời ra khỏi khu dân cư", period=T25),
    fig("tăng 10-12%", "10", 10, "percent", "%", value_max=12,
        subject="giá giấy couché nhập khẩu"),
    fig("có 52 hội viên", "52", 52, "count", "hội viên", subject="hội viên Hội In thành phố"),
    fig("trong đó 31 hội viên", "31", 31, "count", "hội viên", total=52,
        subject="hội viên là doanh nghiệp in bao bì"),
]

NOTES = [
    "News agency (TTXVN style): 'Kinh tế | Thứ Năm, 15/8/2024 - 10:22', 'Cần Thơ (TTXVN) -', byline '(TTXVN)', 'Xem thêm'.",
    "Distractors: 10:22, 'Khu công nghiệp Trà Nóc 2', 'lần thứ 24', 'cuối năm 2023' (baseline), district names after 'tại' in the relocation clause.",
    "'146 cơ sở in, trong đó 38 doanh nghiệp và 108 hộ kinh doanh' → total 146.",
    "'ước đạt 1.240 tỷ ...; riêng in bao bì chiếm khoảng 70%' → the share is a percent figure of its own (a part's share),",
    "in the same sentence with the 'ước đạt' cue continuing → estimate, period 6 tháng đầu năm 2024.",
    "'chưa đến 5%' → under. The packaging company in quận Bình Thủy: location Bình Thủy for its figures.",
    "'gấp 1,5 lần cùng kỳ năm trước' → change ×1,5 (lần). 'từ 8 đến 10 triệu đồng/người/tháng' → range, money.",
    "'phấn đấu cả năm 2024 ... khoảng 2.600 tỷ' → target, about. 'dự kiến đến năm 2025 di dời 12 cơ sở' → forecast, period to 2025-12-31;",
    "the 12 cơ sở are a city count (the districts name where they are), location Cần Thơ.",
    "'giá giấy couché ... tăng 10-12% so với cuối năm 2023' → growth as the claim: a percent range figure, no change object.",
    "'52 hội viên, trong đó 31 hội viên là doanh nghiệp in bao bì' → total 52.",
]

if __name__ == "__main__":
    write("p1378-7", TEXT, NOTES, FIGS, published="2024-08-15", location="Cần Thơ")
