"""p691-1: Lào Cai province portal — freight and passengers at Lào Cai international station, H1/2024."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ / Tin tức - Sự kiện / Kinh tế
Cập nhật: 10/07/2024 08:45 | Lượt xem: 1.582

Hàng hóa qua ga đường sắt quốc tế Lào Cai 6 tháng tăng hơn 20%

(LCĐT) - Theo Chi nhánh Khai thác đường sắt Lào Cai, 6 tháng đầu năm 2024, tổng khối lượng hàng hóa xuất nhập khẩu qua ga đường sắt quốc tế Lào Cai đạt hơn 612.000 tấn, tăng 21,4% so với cùng kỳ năm 2023, bằng 54,6% kế hoạch năm. Trong đó, hàng xuất khẩu đạt 238.500 tấn, hàng nhập khẩu đạt 373.700 tấn, chủ yếu là phân bón, hóa chất và máy móc thiết bị.

Ga Lào Cai đã tiếp nhận và giao 2.846 toa xe hàng liên vận, bình quân mỗi ngày khoảng 16 toa. Thời gian tác nghiệp bình quân mỗi đoàn tàu còn 2,5 giờ, giảm 1,5 giờ so với năm 2023.

Về vận tải hành khách, trong 6 tháng đầu năm, các đoàn tàu tuyến Hà Nội – Lào Cai đã phục vụ 186.420 lượt khách, tăng 9,8% so với cùng kỳ; trong đó khách quốc tế chiếm 27%. Hiện mỗi ngày có 4 đôi tàu khách chạy trên tuyến, gồm các mác tàu SP1/SP2, SP3/SP4 và 2 đôi tàu du lịch chất lượng cao.

Doanh thu vận tải của Chi nhánh ước đạt 96,5 tỷ đồng, đạt 51% kế hoạch năm, tăng 12,3% so với cùng kỳ. Năm 2024, đơn vị phấn đấu đưa khối lượng hàng hóa qua ga đạt 1,2 triệu tấn và doanh thu đạt 190 tỷ đồng.

Ông Nguyễn Văn Hùng, Giám đốc Chi nhánh cho biết, đơn vị đang phối hợp với ga Hà Khẩu Bắc (Vân Nam, Trung Quốc), dự kiến nâng số tàu hàng liên vận lên 5 đôi tàu/ngày từ quý IV/2024.

Chi nhánh Khai thác đường sắt Lào Cai - Số 2 đường Nguyễn Huệ, phường Phố Mới, TP. Lào Cai. Điện thoại: 0214.3830.093
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    fig("6 tháng tăng hơn 20%", "20", 20, "percent", "%", approx="over",
        subject="hàng hóa qua ga đường sắt quốc tế Lào Cai",
        period=per("6 tháng", "2024-01-01", "2024-06-30")),
    fig("đạt hơn 612.000 tấn", "612.000", 612000, "measure", "tấn", approx="over", percent=54.6,
        change=chg("increase", 21.4, baseline="cùng kỳ năm 2023"),
        subject="tổng khối lượng hàng hóa xuất nhập khẩu qua ga đường sắt quốc tế Lào Cai", period=H1),
    fig("đạt 238.500 tấn", "238.500", 238500, "measure", "tấn", total=612000,
        subject="hàng xuất khẩu", period=inh(H1)),
    fig("đạt 373.700 tấn", "373.700", 373700, "measure", "tấn", total=612000,
        subject="hàng nhập khẩu", period=inh(H1)),
    fig("giao 2.846 toa xe", "2.846", 2846, "count", "toa xe",
        subject="toa xe hàng liên vận ga Lào Cai tiếp nhận và giao", period=inh(H1)),
    fig("khoảng 16 toa", "16", 16, "count", "toa", approx="about",
        subject="toa xe hàng liên vận bình quân mỗi ngày", period=inh(H1)),
    fig("còn 2,5 giờ", "2,5", 2.5, "measure", "giờ",
        change=chg("decrease", 1.5, "giờ", baseline="năm 2023"),
        subject="thời gian tác nghiệp bình quân mỗi đoàn tàu", period=inh(H1)),
    fig("phục vụ 186.420 lượt khách", "186.420", 186420, "count", "lượt khách",
        change=chg("increase", 9.8, baseline="cùng kỳ"),
        subject="lượt khách các đoàn tàu tuyến Hà Nội – Lào Cai phục vụ",
        period=per("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    fig("chiếm 27%", "27", 27, "percent", "%",
        subject="tỷ lệ khách quốc tế",
        period=per("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    fig("có 4 đôi tàu khách", "4", 4, "count", "đôi tàu khách",
        subject="đôi tàu khách chạy trên tuyến mỗi ngày"),
    fig("và 2 đôi tàu du lịch", "2", 2, "count", "đôi tàu du lịch", total=4,
        subject="đôi tàu du lịch chất lượng cao"),
    fig("ước đạt 96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng", percent=51, status="estimate",
        change=chg("increase", 12.3, baseline="cùng kỳ"),
        subject="doanh thu vận tải của Chi nhánh", period=inh(H1)),
    fig("đạt 1,2 triệu tấn", "1,2", 1.2e6, "measure", "tấn", status="target",
        subject="khối lượng hàng hóa qua ga",
        period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("đạt 190 tỷ đồng", "190", 190e9, "money", "đồng", status="target",
        subject="doanh thu",
        period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("lên 5 đôi tàu/ngày", "5", 5, "measure", "đôi tàu/ngày", status="forecast",
        subject="số tàu hàng liên vận"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Lào Cai: hàng hóa và hành khách qua ga đường sắt quốc tế Lào Cai, 6 tháng đầu năm 2024.",
    "Headline '6 tháng' takes 2024 from the Cập nhật line. 'Trong đó' parts take the 612.000 t whole; '2 đôi tàu du lịch' after 'gồm' is part of 4.",
    "'bằng 54,6% kế hoạch năm' and 'đạt 51% kế hoạch năm' are the figures' percent. 'giảm 1,5 giờ so với năm 2023' is the change of 2,5 giờ.",
    "'5 đôi tàu/ngày' is a rate (measure); 'từ quý IV/2024' is an open start date, so no period (unscored).",
    "Not figures: Lượt xem 1.582, mác tàu SP1/SP2, SP3/SP4, quý IV/2024, số 2 đường Nguyễn Huệ, phone 0214.3830.093.",
    "revised after first scoring: subjects cut to the figure's own sentence (FIGURES.md 'as the sentence names it'; shared h28/h30 parts): hàng xuất/nhập khẩu, tỷ lệ khách quốc tế, doanh thu vận tải của Chi nhánh, khối lượng hàng hóa qua ga, doanh thu, đôi tàu khách chạy trên tuyến mỗi ngày.",
]

if __name__ == "__main__":
    emit("p691-1", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Lào Cai")
