"""p1403-8: radio/TV site (Đài PT-TH Ninh Thuận): Pô Klong Garai tower visitors in 9 months of 2024 and at Katê."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NINH THUẬN
Thời sự | Kinh tế | Văn hóa - Xã hội | Truyền hình | Phát thanh

Tháp Pô Klong Garai đón hơn 150 nghìn lượt khách trong 9 tháng

Thứ Ba, 08/10/2024 - 19:30

(NTV) - Theo Trung tâm Quản lý di tích tỉnh, 9 tháng đầu năm 2024, Khu di tích tháp Pô Klong Garai (phường Đô Vinh, TP Phan Rang - Tháp Chàm) đón 156.300 lượt khách, tăng 18,2% so với cùng kỳ, bằng 78% kế hoạch năm; trong đó có 41.500 lượt khách quốc tế.

Riêng dịp Lễ hội Katê từ ngày 03 đến 05/10, khu di tích đón khoảng 24.000 lượt khách; lượng khách bình quân mỗi ngày gấp 3 lần ngày thường. Trung tâm bố trí 36 nghệ nhân, diễn viên biểu diễn múa Chăm, trống Ginăng, kèn Saranai phục vụ du khách.

Doanh thu bán vé tham quan 9 tháng đạt 3,1 tỷ đồng. Giá vé hiện là 25.000 đồng/người; học sinh, sinh viên được giảm 50%.

Khu di tích vừa được du khách bình chọn đứng thứ hai trong các điểm đến yêu thích nhất của tỉnh, sau vịnh Vĩnh Hy. Quý IV, Trung tâm phấn đấu đón thêm 44.000 lượt khách, đưa tổng lượt khách cả năm lên trên 200.000 lượt.

Tháp Pô Klong Garai được xây dựng cuối thế kỷ XIII, đầu thế kỷ XIV, là cụm tháp Chăm còn nguyên vẹn, được xếp hạng Di tích quốc gia đặc biệt.

Biên tập: Thanh Hà | Quay phim: Minh Quân
Bản tin Thời sự NTV phát lúc 19h30 hằng ngày.

Tin liên quan:
- Đồng bào Chăm Ninh Thuận vui đón Katê 2024
- Làng gốm Bàu Trúc đón đoàn khảo sát của UNESCO
"""

H9 = per("trong 9 tháng", "2024-01-01", "2024-09-30")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
FEST = per("từ ngày 03 đến 05/10", "2024-10-03", "2024-10-05")
N9b = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 150 nghìn", "150", 150000, "count", "lượt khách", approx="over",
        subject="lượt khách tháp Pô Klong Garai đón", period=H9),
    fig("đón 156.300 lượt", "156.300", 156300, "count", "lượt khách", percent=78,
        change=chg("increase", 18.2, "%", "cùng kỳ"),
        subject="lượt khách Khu di tích tháp Pô Klong Garai đón", period=N9),
    fig("có 41.500 lượt", "41.500", 41500, "count", "lượt khách quốc tế", total=156300,
        subject="lượt khách quốc tế", period=N9),
    fig("khoảng 24.000 lượt", "24.000", 24000, "count", "lượt khách", approx="about",
        subject="lượt khách khu di tích đón dịp Lễ hội Katê", period=FEST),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="lượng khách bình quân mỗi ngày so với ngày thường", period=FEST),
    fig("bố trí 36 nghệ nhân", "36", 36, "count", "nghệ nhân, diễn viên",
        subject="nghệ nhân, diễn viên biểu diễn phục vụ du khách", period=inh(FEST)),
    fig("đạt 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", subject="doanh thu bán vé tham quan", period=N9b),
    fig("là 25.000 đồng", "25.000", 25000, "money", "đồng/người", subject="giá vé"),
    fig("giảm 50%", "50", 50, "percent", "%", subject="mức giảm giá vé cho học sinh, sinh viên"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="điểm đến yêu thích nhất của tỉnh do du khách bình chọn"),
    fig("thêm 44.000 lượt", "44.000", 44000, "count", "lượt khách", status="target",
        subject="lượt khách Trung tâm đón thêm", period=Q4),
    fig("trên 200.000 lượt", "200.000", 200000, "count", "lượt", approx="over", status="target",
        subject="tổng lượt khách cả năm", period=YR),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Ninh Thuận): menu, 'Thứ Ba, 08/10/2024 - 19:30', tag '(NTV) -', credits, broadcast time, related links.",
    "Distractors: 19:30, '19h30', 'thế kỷ XIII', 'thế kỷ XIV', 'Katê 2024' in a link title, 'phường Đô Vinh'.",
    "The tower stands in TP Phan Rang - Tháp Chàm (stated in the first body sentence): location of all its figures, headline too.",
    "Headline 'hơn 150 nghìn lượt khách trong 9 tháng' → 150 000 (nghìn), over; '9 tháng' takes 2024 (published).",
    "'tăng 18,2% so với cùng kỳ, bằng 78% kế hoạch năm; trong đó có 41.500' → change, percent; part total 156.300.",
    "'từ ngày 03 đến 05/10' takes 2024 from the earlier period. 'gấp 3 lần ngày thường' stands alone as the claim → multiple.",
    "'học sinh, sinh viên được giảm 50%' is a discount of its own, not a change of the 25.000 đồng ticket: a percent figure.",
    "'Quý IV … phấn đấu đón thêm 44.000 …, đưa … cả năm lên trên 200.000 lượt' → both target.",
]

if __name__ == "__main__":
    write("p1403-8", TEXT, NOTES, FIGS, published="2024-10-08", location="Phan Rang - Tháp Chàm")
