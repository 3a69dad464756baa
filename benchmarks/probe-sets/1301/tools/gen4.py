"""p1301-4: national newspaper: golf tourism in Việt Nam 2023, markets, courses, a tour operator, forecasts."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ bảy, 16/3/2024, 08:15 (GMT+7)

Du lịch golf Việt Nam hút 1,2 triệu lượt khách

Khách Hàn Quốc dẫn đầu lượng golfer quốc tế đến Việt Nam, nhiều địa phương đẩy mạnh đầu tư sân golf để đón dòng khách chi tiêu cao.

Năm 2023, Việt Nam đón khoảng 1,2 triệu lượt khách chơi golf, trong đó khách quốc tế chiếm hơn 60%, theo số liệu của Hiệp hội Golf Việt Nam.

Hàn Quốc là thị trường lớn nhất với khoảng 340.000 lượt golfer, tiếp đến là Nhật Bản 96.000 lượt, Trung Quốc 71.000 lượt và Đài Loan 52.000 lượt. Golfer Hàn Quốc thường lưu trú 4-5 đêm và chơi từ 3 đến 4 vòng mỗi chuyến.

"Khách chơi golf quốc tế chi tiêu bình quân 1.500-2.000 USD mỗi chuyến, cao hơn khoảng 3 lần so với khách du lịch thông thường", ông Trần Quang Vĩnh, Phó chủ tịch hiệp hội, cho biết.

Cả nước hiện có 102 sân golf đang hoạt động tại 38 tỉnh, thành phố, tăng 12 sân so với năm 2020, gồm 47 sân ở phía Bắc, 24 sân ở miền Trung và 31 sân ở phía Nam. Năm 2023, Việt Nam lần thứ tư được Giải thưởng Golf Thế giới vinh danh là "Điểm đến golf tốt nhất thế giới".

Công ty lữ hành Golf Sao Việt (TP HCM) cho biết hai tháng đầu năm nay đã phục vụ 3.850 khách golf, tăng 35% so với cùng kỳ. Giá tour golf trọn gói của công ty dao động 18-25 triệu đồng/khách.

Hiệp hội dự báo năm 2024, lượng khách chơi golf có thể đạt 1,4 triệu lượt, doanh thu toàn ngành khoảng 1 tỷ USD. Theo quy hoạch, đến năm 2030 cả nước có khoảng 130 sân golf.

Hoàng Linh
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TWO = per("hai tháng đầu năm nay", "2024-01-01", "2024-02-29")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TO2030 = per("đến năm 2030", None, "2030-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    fig("hút 1,2 triệu", "1,2", 1.2e6, "count", "lượt khách", subject="lượt khách du lịch golf hút"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "lượt khách chơi golf", approx="about",
        subject="lượt khách chơi golf đón", period=Y23),
    fig("chiếm hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="khách quốc tế trong lượt khách chơi golf", period=Y23),
    fig("khoảng 340.000 lượt", "340.000", 340000, "count", "lượt golfer", approx="about",
        subject="lượt golfer thị trường Hàn Quốc", period=inh(Y23)),
    fig("Nhật Bản 96.000", "96.000", 96000, "count", "lượt", subject="lượt golfer Nhật Bản", period=inh(Y23)),
    fig("Trung Quốc 71.000", "71.000", 71000, "count", "lượt", subject="lượt golfer Trung Quốc", period=inh(Y23)),
    fig("Đài Loan 52.000", "52.000", 52000, "count", "lượt", subject="lượt golfer Đài Loan", period=inh(Y23)),
    fig("lưu trú 4-5 đêm", "4", 4, "measure", "đêm", value_max=5,
        subject="thời gian lưu trú của golfer Hàn Quốc"),
    fig("từ 3 đến 4 vòng", "3", 3, "measure", "vòng/chuyến", value_max=4,
        subject="số vòng golfer Hàn Quốc chơi mỗi chuyến"),
    fig("bình quân 1.500-2.000 USD", "1.500", 1500, "money", "USD/chuyến", value_max=2000,
        change=chg("increase", 3, "lần", "khách du lịch thông thường", approx="about"),
        subject="chi tiêu bình quân của khách chơi golf quốc tế"),
    fig("có 102 sân golf", "102", 102, "count", "sân golf",
        change=chg("increase", 12, "sân", "năm 2020"), subject="sân golf đang hoạt động"),
    fig("tại 38 tỉnh", "38", 38, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có sân golf đang hoạt động"),
    fig("gồm 47 sân", "47", 47, "count", "sân", total=102, subject="sân golf ở phía Bắc"),
    fig("24 sân ở", "24", 24, "count", "sân", total=102, subject="sân golf ở miền Trung"),
    fig("31 sân ở", "31", 31, "count", "sân", total=102, subject="sân golf ở phía Nam"),
    fig("phục vụ 3.850 khách", "3.850", 3850, "count", "khách golf",
        change=chg("increase", 35, "%", "cùng kỳ"),
        subject="khách golf Công ty lữ hành Golf Sao Việt phục vụ", period=TWO, location=HCM),
    fig("dao động 18-25 triệu", "18", 18e6, "money", "đồng/khách", value_max=25e6,
        subject="giá tour golf trọn gói của công ty", location=HCM),
    fig("đạt 1,4 triệu", "1,4", 1.4e6, "count", "lượt", status="forecast",
        subject="lượng khách chơi golf", period=Y24),
    fig("khoảng 1 tỷ USD", "1", 1e9, "money", "USD", approx="about", status="forecast",
        subject="doanh thu toàn ngành", period=Y24),
    fig("khoảng 130 sân", "130", 130, "count", "sân golf", approx="about", status="target",
        subject="sân golf cả nước", period=TO2030),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 16/3/2024, 08:15 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 08:15, '(GMT+7)', 'năm 2020' baseline, 'Năm 2023, Việt Nam lần thứ tư được ... vinh danh' (ordinal), 'hai tháng' in a period.",
    "Headline '1,2 triệu lượt khách' is its own figure with no period phrase. National figures: Việt Nam; foreign markets are not places.",
    "Market list after 'Hàn Quốc là thị trường lớn nhất với ...': each item is a figure (lượt golfer); 'Năm 2023' stands in the previous sentence.",
    "'cao hơn khoảng 3 lần so với khách du lịch thông thường' → change of the spending figure (unit lần, approx about).",
    "'tăng 12 sân so với năm 2020' → change of 102; parts after 'gồm' → total 102 (regions are not provinces: location Việt Nam).",
    "The tour operator is in TP HCM: its figures are located there; 'hai tháng đầu năm nay' → Jan-Feb 2024 (leap year).",
    "revised after the first run: 'Việt Nam' removed from two subjects (the place is the location, not the indicator).",
    "'Hiệp hội dự báo' → forecast for both clauses; 'Theo quy hoạch, đến năm 2030 ... có khoảng 130 sân golf' → target.",
]

if __name__ == "__main__":
    write("p1301-4", TEXT, NOTES, FIGS, published="2024-03-16", location="Việt Nam")
