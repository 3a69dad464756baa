"""p1270-8: radio/TV site (Đài PT-TH Lâm Đồng): petting zoos in TP Đà Lạt, year 2024 and Q1/2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """LÂM ĐỒNG TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LÂM ĐỒNG
Thời sự | Kinh tế | Du lịch | Video | Phát thanh

Vườn thú mini hút khách dịp cuối năm

05/01/2025 18:45 | Lượt xem: 1.024

(LĐTV) - Năm 2024, 5 vườn thú mini trên địa bàn TP Đà Lạt đón tổng cộng hơn 860.000 lượt khách, gấp 1,5 lần năm 2023. Đây là loại hình du lịch trải nghiệm phát triển nhanh nhất tại thành phố.

Tại Vườn thú Đồi Mây (Phường 7), du khách có thể cho cừu, thỏ, lạc đà alpaca ăn và chụp ảnh. Vườn rộng 3,2 ha, nuôi 30 loài với khoảng 400 con vật, trong đó có 24 con alpaca nhập từ Peru. Năm 2024, vườn đón 245.000 lượt khách, chiếm 28,5% tổng lượt khách của các vườn thú mini trong thành phố; doanh thu đạt 36,8 tỷ đồng, tăng 41% so với năm trước.

Giá vé vào cổng 100.000 đồng/người, đã bao gồm thức ăn cho thú; mỗi ngày vườn bán thêm khoảng 1.500 túi cỏ, cà rốt với giá 20.000 đồng/túi. Vườn sử dụng từ 18 đến 25 lao động tùy mùa.

Ông Phạm Quốc Huy, Phó Trưởng phòng Văn hóa và Thông tin TP Đà Lạt, cho biết trong 5 vườn thú mini của thành phố, mới có 3 vườn được cấp mã số cơ sở nuôi động vật. Dự kiến quý I/2025, các vườn sẽ đón khoảng 260.000 lượt khách, tăng 15-20% so với cùng kỳ. Mục tiêu đến năm 2030, thành phố có ít nhất 8 vườn thú mini đạt chuẩn an toàn sinh học.

Kim Ngân - Quang Vinh

Từ khóa: vườn thú mini, Đà Lạt, du lịch trải nghiệm, Festival Hoa Đà Lạt lần thứ 10
Bản tin Thời sự 19h ngày 05/01/2025
"""

DL = "Đà Lạt"
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("2024, 5 vườn thú", "5", 5, "count", "vườn thú mini", subject="vườn thú mini trên địa bàn TP Đà Lạt",
        period=Y24),
    fig("hơn 860.000 lượt", "860.000", 860000, "count", "lượt khách", approx="over",
        change=chg("increase", 1.5, "lần", "năm 2023"), subject="lượt khách các vườn thú mini đón", period=Y24),
    fig("rộng 3,2 ha", "3,2", 3.2, "measure", "ha", subject="diện tích Vườn thú Đồi Mây"),
    fig("nuôi 30 loài", "30", 30, "count", "loài", subject="loài vườn nuôi"),
    fig("khoảng 400 con", "400", 400, "count", "con vật", approx="about", subject="con vật vườn nuôi"),
    fig("có 24 con", "24", 24, "count", "con", total=400, subject="alpaca nhập từ Peru"),
    fig("đón 245.000 lượt", "245.000", 245000, "count", "lượt khách", percent=28.5,
        subject="lượt khách Vườn thú Đồi Mây đón", period=Y24),
    fig("đạt 36,8 tỷ", "36,8", 36.8e9, "money", "đồng", change=chg("increase", 41, "%", "năm trước"),
        subject="doanh thu", period=Y24),
    fig("100.000 đồng/người", "100.000", 100000, "money", "đồng/người", subject="giá vé vào cổng"),
    fig("khoảng 1.500 túi", "1.500", 1500, "measure", "túi/ngày", approx="about",
        subject="túi cỏ, cà rốt vườn bán mỗi ngày"),
    fig("20.000 đồng/túi", "20.000", 20000, "money", "đồng/túi", subject="giá túi cỏ, cà rốt"),
    fig("từ 18 đến 25", "18", 18, "count", "lao động", value_max=25, subject="lao động vườn sử dụng"),
    fig("trong 5 vườn", "5", 5, "count", "vườn thú mini", subject="vườn thú mini của thành phố", optional=True),
    fig("có 3 vườn", "3", 3, "count", "vườn", total=5, subject="vườn được cấp mã số cơ sở nuôi động vật"),
    fig("khoảng 260.000", "260.000", 260000, "count", "lượt khách", approx="about", status="forecast",
        change=chg("increase", 15, "%", "cùng kỳ"), subject="lượt khách các vườn đón", period=Q1),
    fig("ít nhất 8", "8", 8, "count", "vườn thú mini", approx="at_least", status="target",
        subject="vườn thú mini đạt chuẩn an toàn sinh học", period=T30),
]

NOTES = [
    "Radio/TV site (Lâm Đồng TV): '05/01/2025 18:45 | Lượt xem: 1.024' (published), tag '(LĐTV) -', byline, keywords, programme line.",
    "All figures describe TP Đà Lạt or a zoo in its Phường 7: location Đà Lạt.",
    "'gấp 1,5 lần năm 2023' after the 860.000 is its change (unit lần). '245.000 ..., chiếm 28,5% ...' -> percent 28.5.",
    "'nuôi 30 loài với khoảng 400 con vật, trong đó có 24 con alpaca' -> total 400 (same thing counted).",
    "'mỗi ngày ... khoảng 1.500 túi' -> measure túi/ngày. 'từ 18 đến 25 lao động tùy mùa' -> range, no period.",
    "'trong 5 vườn thú mini ..., mới có 3 vườn' -> total 5 ('Trong N ..., có ...'); the repeated 5 is optional.",
    "'Dự kiến quý I/2025 ... khoảng 260.000 ..., tăng 15-20% so với cùng kỳ' -> forecast, change 15 (the lower end). 'Mục tiêu đến năm 2030 ... ít nhất 8' -> target, at_least.",
    "Distractors: 05/01/2025 18:45, 'Lượt xem: 1.024', 'Phường 7', 'lần thứ 10', 'Thời sự 19h ngày 05/01/2025'.",
]

if __name__ == "__main__":
    write("p1270-8", TEXT, NOTES, FIGS, published="2025-01-05", location=DL)
