"""p1426-7: news agency (Báo Tin tức - TTXVN): TP Hồ Chí Minh xiangqi tournaments in the first half of 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Thời sự | Thế giới | Kinh tế | Xã hội | Thể thao

TP Hồ Chí Minh: Hơn 5.000 lượt kỳ thủ dự các giải cờ tướng trong 6 tháng

08/07/2025 15:32

Ngày 8/7, Liên đoàn Cờ TP Hồ Chí Minh cho biết, trong 6 tháng đầu năm 2025, các quận, huyện và câu lạc bộ trên địa bàn thành phố đã tổ chức 47 giải cờ tướng phong trào với hơn 5.000 lượt kỳ thủ tham gia, tăng 18,5% so với cùng kỳ năm 2024. Riêng quý II có 29 giải, gấp 1,6 lần quý I.

Thành phố hiện có 126 câu lạc bộ cờ tướng đang hoạt động; quận Tân Bình, quận 10 và TP Thủ Đức có nhiều câu lạc bộ nhất, lần lượt là 14, 12 và 11 câu lạc bộ. Số người chơi cờ tướng trên các ứng dụng trực tuyến tăng 20-25% mỗi năm.

Nguồn xã hội hóa cho các giải trong 6 tháng ước đạt 1,2 tỷ đồng, chiếm khoảng 70% tổng kinh phí, vượt mục tiêu đề ra là 1 tỷ đồng. Giải vô địch các câu lạc bộ thành phố - Cúp Bến Thành lần thứ 9 (tháng 5/2025) quy tụ 312 kỳ thủ ở 6 nhóm tuổi, tổng giải thưởng 180 triệu đồng.

6 tháng cuối năm, Liên đoàn dự kiến tổ chức thêm 4 giải cấp thành phố, trong đó có Giải cờ tướng quốc tế TP Hồ Chí Minh mở rộng lần thứ 2 với khoảng 40 kỳ thủ nước ngoài. Phấn đấu đến hết năm 2025, thành phố có 140 câu lạc bộ cờ tướng.

Thanh Vũ (TTXVN)
"""

H1 = per("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
H1s = per("6 tháng", "2025-01-01", "2025-06-30")
Q2 = per("quý II", "2025-04-01", "2025-06-30")
M5 = per("tháng 5/2025", "2025-05-01", "2025-05-31")
H2 = per("6 tháng cuối năm", "2025-07-01", "2025-12-31")
T25 = per("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    fig("Hơn 5.000 lượt", "5.000", 5000, "count", "lượt kỳ thủ", approx="over",
        subject="lượt kỳ thủ dự các giải cờ tướng", period=H1s),
    fig("tổ chức 47 giải", "47", 47, "count", "giải", subject="giải cờ tướng phong trào", period=H1),
    fig("hơn 5.000 lượt", "5.000", 5000, "count", "lượt kỳ thủ", approx="over",
        change=chg("increase", 18.5, "%", "cùng kỳ năm 2024"), subject="lượt kỳ thủ tham gia", period=H1),
    fig("có 29 giải", "29", 29, "count", "giải", change=chg("increase", 1.6, "lần", "quý I"),
        subject="giải cờ tướng", period=Q2),
    fig("có 126 câu lạc bộ", "126", 126, "count", "câu lạc bộ", subject="câu lạc bộ cờ tướng đang hoạt động"),
    fig("là 14, 12", "14", 14, "count", "câu lạc bộ", subject="câu lạc bộ cờ tướng", location="Tân Bình"),
    fig("14, 12 và", "12", 12, "count", "câu lạc bộ", subject="câu lạc bộ cờ tướng", location="Quận 10"),
    fig("và 11 câu lạc bộ", "11", 11, "count", "câu lạc bộ", subject="câu lạc bộ cờ tướng", location="Thủ Đức"),
    fig("tăng 20-25%", "20", 20, "percent", "%", value_max=25,
        subject="số người chơi cờ tướng trên các ứng dụng trực tuyến"),
    fig("ước đạt 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", status="estimate", percent=70,
        target=tgt(1e9, "đồng", met=True), subject="nguồn xã hội hóa cho các giải", period=H1s),
    fig("quy tụ 312 kỳ thủ", "312", 312, "count", "kỳ thủ",
        subject="kỳ thủ Giải vô địch các câu lạc bộ thành phố - Cúp Bến Thành", period=M5),
    fig("ở 6 nhóm tuổi", "6", 6, "count", "nhóm tuổi", optional=True),
    fig("giải thưởng 180 triệu", "180", 180e6, "money", "đồng", subject="tổng giải thưởng", period=M5),
    fig("thêm 4 giải", "4", 4, "count", "giải", status="forecast", subject="giải cấp thành phố tổ chức thêm",
        period=H2),
    fig("khoảng 40 kỳ thủ", "40", 40, "count", "kỳ thủ", approx="about", status="forecast",
        subject="kỳ thủ nước ngoài dự Giải cờ tướng quốc tế TP Hồ Chí Minh mở rộng", period=H2),
    fig("có 140 câu lạc bộ", "140", 140, "count", "câu lạc bộ", status="target", subject="câu lạc bộ cờ tướng",
        period=T25),
]

NOTES = [
    "News agency (Báo Tin tức - TTXVN): menu, headline figure, bare dateline '08/07/2025 15:32', byline 'Thanh Vũ (TTXVN)'.",
    "Distractors: 15:32, 'Ngày 8/7' (the reporting day, not the figures' period), 'quận 10' (a district name), 'lần thứ 9', 'lần thứ 2',",
    "'tháng 5/2025' (a period). Default location TP Hồ Chí Minh.",
    "Headline 'Hơn 5.000 lượt ... trong 6 tháng' is its own figure; year-less '6 tháng' takes 2025. 'tăng 18,5% so với cùng kỳ năm 2024'",
    "follows the 5.000 lượt: its change. 'Riêng quý II có 29 giải, gấp 1,6 lần quý I' → change 1,6 lần (baseline quý I).",
    "'lần lượt là 14, 12 và 11 câu lạc bộ': list items, places in location (Tân Bình, Quận 10, Thủ Đức).",
    "'tăng 20-25% mỗi năm' is a growth rate as the claim: percent range, no change, no period.",
    "1,2 tỷ: estimate ('ước đạt'), percent 70 ('chiếm khoảng 70%'), target 1 tỷ met ('vượt mục tiêu đề ra là 1 tỷ đồng').",
    "'(tháng 5/2025)' in the tournament's sentence dates its 312 players and 180 triệu prize pool. '6 nhóm tuổi' is structure: optional.",
    "'6 tháng cuối năm, ... dự kiến' → forecast, period 2025-07-01..2025-12-31. 'Phấn đấu đến hết năm 2025' → target, end only.",
]

if __name__ == "__main__":
    write("p1426-7", TEXT, NOTES, FIGS, published="2025-07-08", location="TP Hồ Chí Minh")
