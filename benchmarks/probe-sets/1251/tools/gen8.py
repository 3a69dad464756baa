"""p1251-8: radio/TV site (Đài PT-TH TP Cần Thơ, tag (CTV)): sân chim Bằng Lăng, quận Thốt Nốt."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xã hội | Du lịch | Video | Nghe đài

Sân chim Bằng Lăng vào mùa chim làm tổ

Cập nhật lúc 18:30, Thứ Bảy, 16/11/2024

(CTV) - Sân chim Bằng Lăng rộng 1,3 ha ở phường Thuận Hưng, quận Thốt Nốt hiện là nơi cư trú của khoảng 20.000 con chim, cò thuộc 17 loài, nhiều nhất là cò trắng, cò ốc và vạc.

Ông Nguyễn Thành Phong, chủ sân chim, cho biết gia đình đã giữ sân chim qua ba thế hệ. Từ đầu năm đến nay, sân chim đón hơn 9.500 lượt khách, tăng 14% so với cùng kỳ, trong đó khách nước ngoài chiếm 12%; doanh thu đạt khoảng 285 triệu đồng. Giá vé tham quan 30.000 đồng/người, trẻ em cao dưới 1,2 m được miễn vé.

Quý III vừa qua, UBND quận Thốt Nốt hỗ trợ 150 triệu đồng để gia cố bờ bao, trồng thêm 500 cây gáo, tre làm nơi trú cho chim. Năm 2023, sân chim xếp thứ 2 trong các điểm du lịch sinh thái được du khách yêu thích của thành phố.

Theo Chi cục Kiểm lâm TP Cần Thơ, toàn thành phố hiện có 3 sân chim tự nhiên với tổng diện tích khoảng 5 ha và khoảng 32.000 cá thể chim. Năm 2025, quận Thốt Nốt dự kiến đầu tư khoảng 2 tỷ đồng làm đường dẫn, bãi đỗ xe; phấn đấu đưa lượng khách đến sân chim đạt 15.000 lượt.

Tin cùng chuyên mục:
- Phát hiện đàn cò lửa quý hiếm tại huyện Thới Lai
- Cần Thơ ra quân bảo vệ chim hoang dã mùa di cư

Đài PT-TH TP Cần Thơ | Tần số FM 97,3 MHz | Kênh THTPCT trên vệ tinh Vinasat-1
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-16")
Q3 = per("Quý III vừa qua", "2024-07-01", "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
CT = "Cần Thơ"

FIGS = [
    fig("rộng 1,3 ha", "1,3", 1.3, "measure", "ha", subject="diện tích sân chim Bằng Lăng"),
    fig("khoảng 20.000 con", "20.000", 20000, "count", "con", approx="about",
        subject="chim, cò cư trú tại sân chim Bằng Lăng"),
    fig("thuộc 17 loài", "17", 17, "count", "loài", subject="loài chim, cò"),
    fig("ba thế hệ", "ba", 3, "count", "thế hệ", subject="thế hệ gia đình giữ sân chim"),
    fig("hơn 9.500 lượt", "9.500", 9500, "count", "lượt khách", approx="over",
        change=chg("increase", 14, "%", "cùng kỳ"), subject="lượt khách sân chim đón", period=YTD),
    fig("chiếm 12%", "12", 12, "percent", "%", subject="khách nước ngoài", period=YTD),
    fig("khoảng 285 triệu", "285", 285e6, "money", "đồng", approx="about", subject="doanh thu", period=YTD),
    fig("vé tham quan 30.000", "30.000", 30000, "money", "đồng/người", subject="giá vé tham quan"),
    fig("dưới 1,2 m", "1,2", 1.2, "measure", "m", approx="under", subject="chiều cao trẻ em được miễn vé",
        optional=True),
    fig("hỗ trợ 150 triệu", "150", 150e6, "money", "đồng",
        subject="tiền UBND quận Thốt Nốt hỗ trợ gia cố bờ bao, trồng cây", period=Q3),
    fig("thêm 500 cây", "500", 500, "count", "cây", subject="cây gáo, tre trồng thêm", period=Q3),
    fig("xếp thứ 2", "2", 2, "rank", "hạng",
        subject="sân chim trong các điểm du lịch sinh thái được du khách yêu thích", period=Y23),
    fig("có 3 sân chim", "3", 3, "count", "sân chim", subject="sân chim tự nhiên toàn thành phố", location=CT),
    fig("khoảng 5 ha", "5", 5, "measure", "ha", approx="about", subject="tổng diện tích sân chim tự nhiên",
        location=CT),
    fig("khoảng 32.000", "32.000", 32000, "count", "cá thể", approx="about",
        subject="cá thể chim tại các sân chim tự nhiên", location=CT),
    fig("khoảng 2 tỷ", "2", 2e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn đầu tư làm đường dẫn, bãi đỗ xe", period=Y25),
    fig("đạt 15.000 lượt", "15.000", 15000, "count", "lượt", status="target",
        subject="lượng khách đến sân chim", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): menu, 'Cập nhật lúc 18:30, Thứ Bảy, 16/11/2024', tag '(CTV) -', related links, footer.",
    "Distractors: 18:30, 'FM 97,3 MHz' (station frequency), 'Vinasat-1', 'huyện Thới Lai' in a link.",
    "Location Thốt Nốt for the sanctuary and the district's plans; the city-wide count (3 sân chim, 5 ha, 32.000) → Cần Thơ.",
    "'xếp thứ 2 ... của thành phố' ranks the sanctuary: location Thốt Nốt (the ranked thing's place, as the shared gold's ranks).",
    "'ba thế hệ' is a count (number word). 'trong đó khách nước ngoài chiếm 12%' is a percent figure of its own, period YTD (same sentence).",
    "Optional: 'trẻ em cao dưới 1,2 m' (an eligibility threshold, cf. 'dưới 1 tuổi' optional in the shared gold).",
    "'Quý III vừa qua' takes 2024 from the dateline. 'Năm 2025 ... dự kiến ...; phấn đấu ...' → forecast, then target.",
]

if __name__ == "__main__":
    write("p1251-8", TEXT, NOTES, FIGS, published="2024-11-16", location="Thốt Nốt")
