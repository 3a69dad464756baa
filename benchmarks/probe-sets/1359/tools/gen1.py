"""p1359-1: province portal (Quảng Bình): closing of a stage race, visitors during the race, tourism year to date."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH
Trang chủ > Tin tức - Sự kiện > Văn hóa - Thể thao - Du lịch

Giải đua xe đạp "Về miền di sản" thu hút khoảng 15 nghìn lượt khán giả

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Tối 13/10, tại Quảng trường Hồ Chí Minh (TP Đồng Hới), Ban tổ chức bế mạc và trao giải Giải đua xe đạp "Về miền di sản" lần thứ 3 năm 2024, tổ chức theo Quyết định số 1875/QĐ-UBND của UBND tỉnh. Giải có 85 tay đua của 12 đội tham gia, thi đấu 6 chặng với tổng chiều dài 742 km qua các huyện Bố Trạch, Quảng Ninh, Lệ Thủy và thị xã Ba Đồn. Tổng giá trị giải thưởng 1,2 tỷ đồng, trong đó giải áo vàng chung cuộc 150 triệu đồng.

Tay đua Hoàng Minh Tuấn (đội Xe đạp Sơn Hà) giành áo vàng với tổng thời gian hơn 18 giờ; đội Thép Nhật Quang xếp thứ 2 toàn đoàn. Chặng 4 Đồng Hới - Phong Nha dài 56 km có tốc độ bình quân 43,8 km/h, cao nhất giải.

Theo Sở Văn hóa, Thể thao và Du lịch, các cơ sở lưu trú dọc tuyến đua đón khoảng 9.600 lượt khách trong 5 ngày diễn ra giải. Công suất phòng tại TP Đồng Hới đạt trên 85%.

Từ đầu năm đến nay, Quảng Bình đón hơn 4,1 triệu lượt khách, tăng 12% so với cùng kỳ năm 2023; doanh thu du lịch ước đạt 7.250 tỷ đồng, bằng 81% kế hoạch năm.

Năm 2025, tỉnh dự kiến tổ chức giải lần thứ 4 với khoảng 100 tay đua, đồng thời phấn đấu đưa vào khai thác 3 tuyến du lịch xe đạp trong Vườn quốc gia Phong Nha - Kẻ Bàng. Mỗi tuyến dự kiến dài từ 15 đến 30 km.

Tin liên quan:
- Khai mạc Tuần Văn hóa - Du lịch Đồng Hới năm 2024
- Quảng Bình xúc tiến du lịch tại TP Hồ Chí Minh
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
RACE = "giải đua xe đạp Về miền di sản"

FIGS = [
    fig("khoảng 15 nghìn", "15", 15000, "count", "lượt khán giả", approx="about",
        subject="khán giả giải đua xe đạp Về miền di sản thu hút"),
    fig("có 85 tay đua", "85", 85, "count", "tay đua", subject="tay đua tham gia giải"),
    fig("của 12 đội", "12", 12, "count", "đội", subject="đội tham gia giải"),
    fig("thi đấu 6 chặng", "6", 6, "count", "chặng", subject="chặng thi đấu của giải"),
    fig("dài 742 km", "742", 742, "measure", "km", subject="tổng chiều dài các chặng"),
    fig("thưởng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", subject="tổng giá trị giải thưởng"),
    fig("chung cuộc 150 triệu", "150", 150e6, "money", "đồng", total=1.2e9,
        subject="giải áo vàng chung cuộc"),
    fig("hơn 18 giờ", "18", 18, "measure", "giờ", approx="over",
        subject="tổng thời gian của tay đua áo vàng Hoàng Minh Tuấn"),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject="xếp hạng toàn đoàn của đội Thép Nhật Quang"),
    fig("dài 56 km", "56", 56, "measure", "km", subject="chiều dài chặng Đồng Hới - Phong Nha"),
    fig("43,8 km/h", "43,8", 43.8, "measure", "km/h", subject="tốc độ bình quân chặng Đồng Hới - Phong Nha"),
    fig("khoảng 9.600 lượt", "9.600", 9600, "count", "lượt khách", approx="about",
        subject="lượt khách các cơ sở lưu trú dọc tuyến đua đón"),
    fig("trên 85%", "85", 85, "percent", "%", approx="over", subject="công suất phòng",
        location="Đồng Hới"),
    fig("hơn 4,1 triệu", "4,1", 4.1e6, "count", "lượt khách", approx="over",
        change=chg("increase", 12, "%", "cùng kỳ năm 2023"), subject="lượt khách Quảng Bình đón", period=YTD),
    fig("ước đạt 7.250 tỷ", "7.250", 7250e9, "money", "đồng", percent=81, status="estimate",
        subject="doanh thu du lịch", period=YTD),
    fig("khoảng 100 tay đua", "100", 100, "count", "tay đua", approx="about", status="forecast",
        subject="tay đua của giải lần thứ 4", period=Y25),
    fig("3 tuyến", "3", 3, "count", "tuyến", status="target",
        subject="tuyến du lịch xe đạp đưa vào khai thác trong Vườn quốc gia Phong Nha - Kẻ Bàng", period=Y25),
    fig("từ 15 đến 30 km", "15", 15, "measure", "km", value_max=30, status="forecast",
        subject="chiều dài mỗi tuyến du lịch xe đạp"),
]

NOTES = [
    "Province portal (Quảng Bình): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286', related links.",
    "Distractors: 09:35, Lượt xem 1.286, 'Tối 13/10', 'lần thứ 3/4', Quyết định số 1875/QĐ-UBND, 'Chặng 4', 'trong 5 ngày diễn ra giải'",
    "(a duration that only locates the guests in time), 'năm 2024' in the event name and a related link.",
    "The race crosses several districts, so its figures stay with Quảng Bình although the ceremony was in TP Đồng Hới;",
    "the room occupancy is stated 'tại TP Đồng Hới' -> Đồng Hới. '15 nghìn' = 15000 (multiplier).",
    "'trong đó giải áo vàng ... 150 triệu' is a part of the 1,2 tỷ prize pool (total). 'Công suất phòng ... trên 85%' stands in its",
    "own sentence with its own indicator: a percent figure, not a share of the 9.600 guests.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14; 'bằng 81% kế hoạch năm' is the percent of 7.250 tỷ (estimate: 'ước đạt').",
    "'Năm 2025 ... dự kiến' -> forecast for 100 tay đua; 'phấn đấu' clause -> target for 3 tuyến; route length is forecast, no period.",
    "revised after the first run: subject of 'khoảng 100 tay đua' 'tay đua dự kiến tham gia giải lần thứ 4' -> 'tay đua của giải lần",
    "thứ 4' ('dự kiến' is the status cue and 'tham gia' is not in the sentence).",
]

if __name__ == "__main__":
    write("p1359-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Quảng Bình")
