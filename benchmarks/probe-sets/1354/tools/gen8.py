"""p1354-8: radio/TV site (Đài PT-TH Thái Nguyên): rooftop school gardens and home vegetable gardens in TP Thái Nguyên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÁI NGUYÊN
Thời sự | Kinh tế | Xã hội | Video | Podcast

Vườn rau sân thượng ở trường học thành phố Thái Nguyên
THỜI SỰ | 21/11/2024 18:45

▶ Video 02:35

TNTV - Từ đầu năm đến nay, 12 trường mầm non, tiểu học trên địa bàn thành phố Thái Nguyên đã xây dựng vườn rau trên sân thượng với tổng diện tích gần 1.500 m2, gấp đôi năm 2023.

Tại Trường Tiểu học Gia Sàng 2, vườn rau rộng 180 m2 được chia cho 24 lớp chăm sóc. Mỗi vụ, vườn cho thu hoạch khoảng 250 kg rau, cung cấp cho bếp ăn bán trú của 680 học sinh, giúp nhà trường tiết kiệm khoảng 15% chi phí thực phẩm. Cô Hoàng Thị Mai, Phó Hiệu trưởng nhà trường, cho biết: "Các em được trực tiếp gieo hạt, tưới cây nên rất hứng thú với giờ học trải nghiệm".

Không chỉ trường học, phong trào trồng rau sạch tại nhà cũng lan rộng. Hiện thành phố có 27/32 phường, xã có mô hình trồng rau an toàn tại hộ gia đình. Riêng phường Tân Thịnh có khoảng ba chục hộ trồng rau trên mái nhà, ban công. 9 tháng năm 2024, Hội Nông dân thành phố mở 6 lớp tập huấn cho hơn 300 hội viên.

Năm 2025, thành phố dự kiến hỗ trợ 500 triệu đồng để nhân rộng mô hình ra 20 trường học, phấn đấu đến năm 2030 có 100% trường mầm non, tiểu học có vườn rau.

Từ khóa: nông nghiệp đô thị, rau sạch, trường học
Bản tin Thời sự 19h | Lượt xem: 846
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-21")
N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("nay, 12 trường", "12", 12, "count", "trường mầm non, tiểu học",
        subject="trường mầm non, tiểu học xây dựng vườn rau trên sân thượng", period=YTD),
    fig("gần 1.500 m2", "1.500", 1500, "measure", "m2", approx="nearly",
        change=chg("increase", 2, "lần", "năm 2023"),
        subject="tổng diện tích vườn rau trên sân thượng", period=YTD),
    fig("rộng 180 m2", "180", 180, "measure", "m2", subject="vườn rau Trường Tiểu học Gia Sàng 2"),
    fig("cho 24 lớp", "24", 24, "count", "lớp", subject="lớp chăm sóc vườn rau"),
    fig("khoảng 250 kg", "250", 250, "measure", "kg/vụ", approx="about",
        subject="rau vườn cho thu hoạch mỗi vụ"),
    fig("của 680 học sinh", "680", 680, "count", "học sinh", subject="học sinh bán trú"),
    fig("khoảng 15%", "15", 15, "percent", "%", approx="about",
        subject="chi phí thực phẩm nhà trường tiết kiệm"),
    fig("có 27/32", "27", 27, "count", "phường, xã", total=32,
        subject="phường, xã có mô hình trồng rau an toàn tại hộ gia đình"),
    fig("khoảng ba chục hộ", "ba chục", 30, "count", "hộ", approx="about",
        subject="hộ trồng rau trên mái nhà, ban công phường Tân Thịnh"),
    fig("mở 6 lớp", "6", 6, "count", "lớp", subject="lớp tập huấn Hội Nông dân thành phố mở", period=N9),
    fig("hơn 300 hội viên", "300", 300, "count", "hội viên", approx="over",
        subject="hội viên được tập huấn", period=N9),
    fig("hỗ trợ 500 triệu", "500", 500e6, "money", "đồng", status="forecast",
        subject="kinh phí hỗ trợ nhân rộng mô hình", period=Y25),
    fig("ra 20 trường", "20", 20, "count", "trường học", status="forecast",
        subject="trường học được nhân rộng mô hình", period=Y25),
    fig("có 100%", "100", 100, "percent", "%", status="target",
        subject="trường mầm non, tiểu học có vườn rau", period=TO30),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thái Nguyên): menu, 'THỜI SỰ | 21/11/2024 18:45', 'Video 02:35', tag 'TNTV -', keywords, 'Bản tin Thời sự 19h | Lượt xem: 846'.",
    "Distractors: 18:45, 02:35, 'Trường Tiểu học Gia Sàng 2', '19h', 'Lượt xem: 846', 'năm 2023' as a baseline.",
    "Location Thái Nguyên throughout (the city and the province share the name; phường are below district level).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-11-21; 'gấp đôi năm 2023' → change increase 2 lần (number word 'đôi').",
    "School passage: standing facts, no period ('Mỗi vụ' makes kg/vụ). '27/32 phường, xã' → total 32. 'khoảng ba chục hộ' = about 30.",
    "'Năm 2025, ... dự kiến' → forecast for 500 triệu and 20 trường; 'phấn đấu đến năm 2030 có 100%' → target, start null.",
]

if __name__ == "__main__":
    write("p1354-8", TEXT, NOTES, FIGS, published="2024-11-21", location="Thái Nguyên")
