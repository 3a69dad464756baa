"""p1359-8: radio/TV site (Đài PT-TH Kiên Giang): a mass cycling race in Phú Quốc and bike tourism on the island."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """KGTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH KIÊN GIANG
Thời sự | Kinh tế | Văn hóa - Xã hội | Thể thao | Truyền hình | Phát thanh

Hơn 600 vận động viên tranh tài tại Giải đạp xe "Sắc màu đảo Ngọc"

Đăng lúc: 10:25 - 02/12/2024

(KGTV) - Sáng 1/12, tại thành phố Phú Quốc, Hội Du lịch tỉnh phối hợp với Công ty TNHH Sự kiện Đảo Ngọc tổ chức Giải đạp xe "Sắc màu đảo Ngọc" năm 2024 với 632 vận động viên đến từ 9 quốc gia và vùng lãnh thổ, trong đó 215 vận động viên là người nước ngoài.

Giải gồm hai cự ly 42 km và 100 km, xuất phát từ Bãi Trường, đi qua Hàm Ninh và Vườn quốc gia Phú Quốc. Ở cự ly dài nhất, vận động viên Lê Quang Vinh về nhất với tốc độ bình quân 36,5 km/h. Ban tổ chức trao tổng cộng 48 giải với tổng trị giá khoảng 350 triệu đồng.

Theo Sở Du lịch Kiên Giang, du lịch đạp xe đang là xu hướng ở Phú Quốc. Hiện thành phố có khoảng 20 doanh nghiệp lữ hành khai thác tour xe đạp, giá từ 45 đến 90 USD/khách; lượng khách đặt tour xe đạp tăng 15-20% mỗi năm.

11 tháng năm 2024, Phú Quốc đón hơn 1,1 triệu lượt khách quốc tế, gấp 2,2 lần cùng kỳ năm 2023, chiếm gần 80% lượng khách quốc tế đến Kiên Giang.

Tỉnh đặt mục tiêu đến năm 2030, Phú Quốc có 50 km đường dành riêng cho xe đạp và đón 2 triệu lượt khách quốc tế.

Thu Hà - Minh Trí (KGTV)

Xem lại: Bản tin Thời sự KG1 lúc 19:00 ngày 02/12/2024
Tin khác:
- Kiên Giang: Khai mạc Lễ hội Nghinh Ông Nam Hải
- Phú Quốc đón chuyến tàu biển quốc tế thứ 12 trong năm
"""

DAY = per("Sáng 1/12", "2024-12-01", "2024-12-01")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("Hơn 600", "600", 600, "count", "vận động viên", approx="over",
        subject="vận động viên tranh tài tại Giải đạp xe Sắc màu đảo Ngọc"),
    fig("với 632 vận", "632", 632, "count", "vận động viên", subject="vận động viên tham gia giải", period=DAY),
    fig("từ 9 quốc gia", "9", 9, "count", "quốc gia và vùng lãnh thổ",
        subject="quốc gia và vùng lãnh thổ có vận động viên tham gia", period=DAY),
    fig("đó 215 vận", "215", 215, "count", "vận động viên", total=632, subject="vận động viên là người nước ngoài", period=DAY),
    fig("gồm hai cự ly", "hai", 2, "count", "cự ly", subject="cự ly của giải"),
    fig("ly 42 km", "42", 42, "measure", "km", subject="cự ly của giải"),
    fig("và 100 km", "100", 100, "measure", "km", subject="cự ly của giải"),
    fig("36,5 km/h", "36,5", 36.5, "measure", "km/h", subject="tốc độ bình quân của vận động viên Lê Quang Vinh"),
    fig("cộng 48 giải", "48", 48, "count", "giải", subject="giải Ban tổ chức trao"),
    fig("khoảng 350 triệu", "350", 350e6, "money", "đồng", approx="about", subject="tổng trị giá giải thưởng"),
    fig("khoảng 20 doanh", "20", 20, "count", "doanh nghiệp lữ hành", approx="about",
        subject="doanh nghiệp lữ hành khai thác tour xe đạp"),
    fig("từ 45 đến 90", "45", 45, "money", "USD/khách", value_max=90, subject="giá tour xe đạp"),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, subject="lượng khách đặt tour xe đạp"),
    fig("hơn 1,1 triệu", "1,1", 1.1e6, "count", "lượt khách quốc tế", approx="over", percent=80,
        change=chg("increase", 2.2, "lần", "cùng kỳ năm 2023"), subject="lượt khách quốc tế Phú Quốc đón", period=M11),
    fig("có 50 km", "50", 50, "measure", "km", status="target", subject="đường dành riêng cho xe đạp", period=T30),
    fig("đón 2 triệu", "2", 2e6, "count", "lượt khách quốc tế", status="target",
        subject="lượt khách quốc tế Phú Quốc đón", period=T30),
]

NOTES = [
    "Radio/TV site (KGTV): station banner, programme menu, 'Đăng lúc: 10:25 - 02/12/2024', tag '(KGTV) -', byline, replay line, links.",
    "Distractors: 10:25, 'Sáng 1/12', 'năm 2024' in the event name, 'KG1' (channel), '19:00 ngày 02/12/2024', 'thứ 12' (ordinal) in a link.",
    "All figures describe thành phố Phú Quốc (default location), including the share of Kiên Giang's international visitors.",
    "'632 vận động viên ... trong đó 215' -> total 632. 'hai cự ly 42 km và 100 km': a count and two list items (cự ly).",
    "'về nhất' is no rank by number (no 'thứ'); the speed is a measure. 'tăng 15-20% mỗi năm' is a growth rate as the claim (range).",
    "'hơn 1,1 triệu ..., gấp 2,2 lần cùng kỳ năm 2023, chiếm gần 80% ...': 'gấp 2,2 lần cùng kỳ' is the change in 'lần' (as 'tăng",
    "hơn 2,8 lần so với cùng kỳ' in the spec); 80 is the percent (its 'gần' cannot be kept in the percent field).",
    "'mục tiêu đến năm 2030' governs both 50 km and 2 triệu: target, period end 2030-12-31.",
    "revised after the first run: 632 VĐV, 9 quốc gia, 215 VĐV get the event date 'Sáng 1/12' (2024-12-01, year from the dateline),",
    "stated in their own sentence; 'năm 2024' there is part of the event's name and less precise.",
]

if __name__ == "__main__":
    write("p1359-8", TEXT, NOTES, FIGS, published="2024-12-02", location="Phú Quốc")
