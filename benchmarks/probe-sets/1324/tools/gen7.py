"""p1324-7: news agency (TTXVN): theme parks in Phú Quốc (Kiên Giang), quarter I 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Tin tức > Kinh tế > Du lịch
Thứ Hai, 28/4/2025 - 16:05

Phú Quốc: Công viên chủ đề hút khách quốc tế

Phú Quốc (TTXVN) - Quý I/2025, các khu vui chơi giải trí, công viên chủ đề tại thành phố Phú Quốc (Kiên Giang) đón hơn 1,05 triệu lượt khách, tăng 31,6% so với cùng kỳ năm 2024, trong đó khách quốc tế chiếm 47%.

Theo Sở Du lịch tỉnh Kiên Giang, Công viên Safari Đảo Ngọc và Công viên nước Sóng Bạc là những điểm đón đông khách nhất, lần lượt đạt 384.000 lượt và 217.000 lượt. Tổ hợp vui chơi Bắc Đảo Kỳ Thú hiện có 7 khu trò chơi với hơn 120 trò chơi, trong đó có khu thực tế ảo VR 360 và tàu lượn Rồng Lửa X2; mỗi ngày tổ chức 2 suất trình diễn thực cảnh với sức chứa 5.000 chỗ/suất.

Ông Đỗ Thanh Tùng, Giám đốc Sở Du lịch cho biết, Kiên Giang hiện xếp thứ 4 cả nước về doanh thu vui chơi giải trí. Giá vé vào các công viên chủ đề tại Phú Quốc dao động 600.000-1,2 triệu đồng/người; khách lưu trú tại các khách sạn liên kết được giảm 15-20%.

Năm 2025, Phú Quốc đặt mục tiêu đón 8 triệu lượt khách, trong đó có khoảng 3 triệu lượt khách đến các khu vui chơi, công viên chủ đề. Trong tháng 5, các khu vui chơi dự kiến đón bình quân khoảng 25.000 lượt khách/ngày, tăng khoảng 10% so với cùng kỳ.

Để phục vụ cao điểm hè, các doanh nghiệp đã tuyển thêm gần 1.500 lao động, nâng tổng số lao động trong lĩnh vực vui chơi giải trí của thành phố lên hơn 9.000 người.

Lê Huy Hoàng (TTXVN)
"""

Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
M5 = per("Trong tháng 5", "2025-05-01", "2025-05-31")

FIGS = [
    fig("đón hơn 1,05 triệu", "1,05", 1.05e6, "count", "lượt khách", approx="over",
        change=chg("increase", 31.6, "%", "cùng kỳ năm 2024"),
        subject="lượt khách các khu vui chơi giải trí, công viên chủ đề đón", period=Q1),
    fig("chiếm 47%", "47", 47, "percent", "%", subject="khách quốc tế", period=Q1),
    fig("đạt 384.000 lượt", "384.000", 384000, "count", "lượt", subject="lượt khách đón",
        period=inh(Q1)),
    fig("và 217.000 lượt", "217.000", 217000, "count", "lượt", subject="lượt khách đón",
        period=inh(Q1)),
    fig("có 7 khu trò chơi", "7", 7, "count", "khu trò chơi",
        subject="khu trò chơi của Tổ hợp vui chơi Bắc Đảo Kỳ Thú"),
    fig("hơn 120 trò chơi", "120", 120, "count", "trò chơi", approx="over",
        subject="trò chơi của Tổ hợp vui chơi Bắc Đảo Kỳ Thú"),
    fig("tổ chức 2 suất", "2", 2, "measure", "suất/ngày", subject="suất trình diễn thực cảnh mỗi ngày"),
    fig("chứa 5.000 chỗ", "5.000", 5000, "measure", "chỗ/suất", subject="sức chứa suất trình diễn thực cảnh"),
    fig("xếp thứ 4", "4", 4, "rank", "hạng", subject="doanh thu vui chơi giải trí",
        location="Kiên Giang"),
    fig("dao động 600.000-1,2 triệu", "600.000", 600000, "money", "đồng/người", value_max=1.2e6,
        subject="giá vé vào các công viên chủ đề"),
    fig("giảm 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="mức giảm giá vé cho khách lưu trú tại các khách sạn liên kết"),
    fig("đón 8 triệu", "8", 8e6, "count", "lượt khách", status="target", subject="lượt khách",
        period=Y25),
    fig("khoảng 3 triệu", "3", 3e6, "count", "lượt khách", approx="about", total=8e6, status="target",
        subject="lượt khách đến các khu vui chơi, công viên chủ đề", period=Y25),
    fig("khoảng 25.000 lượt", "25.000", 25000, "measure", "lượt khách/ngày", approx="about",
        status="forecast", change=chg("increase", 10, "%", "cùng kỳ", approx="about"),
        subject="lượt khách bình quân các khu vui chơi đón", period=M5),
    fig("gần 1.500 lao động", "1.500", 1500, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp tuyển thêm"),
    fig("hơn 9.000 người", "9.000", 9000, "count", "người", approx="over",
        subject="tổng số lao động trong lĩnh vực vui chơi giải trí"),
]

NOTES = [
    "News agency (TTXVN): section path, 'Thứ Hai, 28/4/2025 - 16:05', headline, 'Phú Quốc (TTXVN) -' lead, byline '(TTXVN)' at the end.",
    "Distractors: 16:05, 'VR 360' and 'Rồng Lửa X2' (names with digits), baseline 'năm 2024'.",
    "Location Phú Quốc (a city of Kiên Giang) for all figures except the province's rank 'Kiên Giang hiện xếp thứ 4 cả nước' (Kiên Giang).",
    "'trong đó khách quốc tế chiếm 47%' has no count of its own: a percent figure (no total), same sentence as 'Quý I/2025'.",
    "'lần lượt đạt 384.000 lượt và 217.000 lượt': list items, subject = the list's indicator; period Quý I/2025 from the previous paragraph (inherited).",
    "'mỗi ngày tổ chức 2 suất' is a rate (suất/ngày); '5.000 chỗ/suất' a capacity. No period ('hiện').",
    "revised after the first run: subject of '5.000 chỗ/suất' 'sức chứa' → 'sức chứa suất trình diễn thực cảnh' (the bare head did not say whose capacity).",
    "'600.000-1,2 triệu đồng/người' is a range whose ends carry different multipliers. 'được giảm 15-20%' is a discount range: percent figure.",
    "'Năm 2025, Phú Quốc đặt mục tiêu đón 8 triệu ..., trong đó có khoảng 3 triệu' → both target, the 3 triệu has total 8 triệu.",
    "'Trong tháng 5' takes 2025 (nearest earlier year); 'dự kiến' → forecast; 'lượt khách/ngày' → measure; change about 10% vs cùng kỳ.",
]

if __name__ == "__main__":
    write("p1324-7", TEXT, NOTES, FIGS, published="2025-04-28", location="Phú Quốc")
