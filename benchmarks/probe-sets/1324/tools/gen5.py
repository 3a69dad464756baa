"""p1324-5: national newspaper ('Thứ sáu, 9/8/2024, 15:40 (GMT+7)'): the national theme-park market."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Doanh nghiệp
Thứ sáu, 9/8/2024, 15:40 (GMT+7)

Công viên chủ đề đua nhau mở rộng

Cả nước hiện có khoảng 130 khu vui chơi giải trí quy mô lớn, nhưng chưa đến 20 công viên chủ đề đạt chuẩn quốc tế. Doanh thu toàn ngành năm 2023 ước 1,6 tỷ USD.

Theo báo cáo của Hiệp hội Công viên và Khu vui chơi Việt Nam (VAPA) công bố ngày 7/8, năm 2023 các khu vui chơi giải trí trên cả nước đón khoảng 42 triệu lượt khách, tăng 24% so với năm 2022 nhưng mới bằng 91% năm 2019, trước dịch Covid-19.

Dẫn đầu về lượt khách là TP Hồ Chí Minh (9,8 triệu lượt), tiếp đến là Hà Nội (7,2 triệu lượt) và Khánh Hòa (5,1 triệu lượt). Nhóm 5 doanh nghiệp lớn nhất chiếm khoảng 60% thị phần.

Giá vé bình quân tại các công viên chủ đề hiện ở mức 300.000-600.000 đồng, thấp hơn khoảng 30% so với Thái Lan. Mỗi du khách chi tiêu trung bình khoảng 35 USD cho một lượt vui chơi.

Thị trường đang đón làn sóng đầu tư mới. Tại Phú Quốc, Hạ Long và Đà Nẵng, ba dự án công viên chủ đề với tổng vốn hơn 1 tỷ USD đang được triển khai. Dự án Công viên giải trí Sài Gòn Xanh rộng 85 ha ở TP Thủ Đức có công suất thiết kế từ 3 đến 4 triệu lượt khách mỗi năm. Dự án dự kiến mở cửa năm 2026.

"Người Việt ngày càng sẵn sàng chi tiền cho trải nghiệm", ông Lê Minh Khang, Chủ tịch VAPA, nhận định. Hiệp hội dự báo đến năm 2030, doanh thu ngành công viên chủ đề đạt 3 tỷ USD, tăng trưởng bình quân 10-12% mỗi năm; Việt Nam phấn đấu lọt top 3 Đông Nam Á về thị trường vui chơi giải trí.

Hoài Thu
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
TD = "Thủ Đức"

FIGS = [
    fig("khoảng 130 khu", "130", 130, "count", "khu vui chơi giải trí", approx="about",
        subject="khu vui chơi giải trí quy mô lớn"),
    fig("chưa đến 20 công viên", "20", 20, "count", "công viên chủ đề", approx="under",
        subject="công viên chủ đề đạt chuẩn quốc tế"),
    fig("ước 1,6 tỷ", "1,6", 1.6e9, "money", "USD", status="estimate", subject="doanh thu toàn ngành",
        period=Y23),
    fig("khoảng 42 triệu", "42", 42e6, "count", "lượt khách", approx="about", percent=91,
        change=chg("increase", 24, "%", "năm 2022"),
        subject="lượt khách các khu vui chơi giải trí trên cả nước đón", period=Y23),
    fig("(9,8 triệu lượt)", "9,8", 9.8e6, "count", "lượt", subject="lượt khách",
        period=inh(Y23), location="TP Hồ Chí Minh"),
    fig("(7,2 triệu lượt)", "7,2", 7.2e6, "count", "lượt", subject="lượt khách",
        period=inh(Y23), location="Hà Nội"),
    fig("(5,1 triệu lượt)", "5,1", 5.1e6, "count", "lượt", subject="lượt khách",
        period=inh(Y23), location="Khánh Hòa"),
    fig("Nhóm 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", subject="doanh nghiệp lớn nhất",
        optional=True),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="thị phần của nhóm 5 doanh nghiệp lớn nhất"),
    fig("mức 300.000-600.000", "300.000", 300000, "money", "đồng", value_max=600000,
        change=chg("decrease", 30, "%", "Thái Lan", approx="about"),
        subject="giá vé bình quân tại các công viên chủ đề"),
    fig("khoảng 35 USD", "35", 35, "money", "USD/lượt", approx="about",
        subject="chi tiêu trung bình của mỗi du khách cho một lượt vui chơi"),
    fig("ba dự án", "ba", 3, "count", "dự án", subject="dự án công viên chủ đề đang được triển khai"),
    fig("hơn 1 tỷ USD", "1", 1e9, "money", "USD", approx="over",
        subject="tổng vốn ba dự án công viên chủ đề"),
    fig("rộng 85 ha", "85", 85, "measure", "ha", subject="diện tích Dự án Công viên giải trí Sài Gòn Xanh",
        location=TD),
    fig("từ 3 đến 4 triệu", "3", 3e6, "measure", "lượt khách/năm", value_max=4e6,
        subject="công suất thiết kế", location=TD),
    fig("đạt 3 tỷ USD", "3", 3e9, "money", "USD", status="forecast",
        change=chg("increase", 10, "%"),
        subject="doanh thu ngành công viên chủ đề", period=T30),
    fig("bình quân 10-12%", "10", 10, "percent", "%", value_max=12, status="forecast",
        subject="tăng trưởng bình quân doanh thu ngành công viên chủ đề", period=T30, optional=True),
    fig("top 3 Đông Nam Á", "3", 3, "rank", "hạng", status="target",
        subject="thị trường vui chơi giải trí", period=T30, optional=True),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 9/8/2024, 15:40 (GMT+7)', headline, sapo, quote, byline at the end. National figures: location Việt Nam.",
    "Distractors: 15:40, '(GMT+7)', 'ngày 7/8', 'Covid-19', baselines 'năm 2022', 'năm 2019', 'năm 2026' (an opening date), 'một lượt' inside a rate.",
    "'tăng 24% so với năm 2022 nhưng mới bằng 91% năm 2019' → change 24 and percent 91 on the 42 triệu.",
    "The list 'TP Hồ Chí Minh (9,8 triệu lượt), ... Hà Nội (7,2 ...) và Khánh Hòa (5,1 ...)': subject = the list's indicator, places → location; period 2023 from the previous sentence (inherited).",
    "'Nhóm 5 doanh nghiệp lớn nhất' names the group whose share follows: optional. 'top 3 Đông Nam Á' is a rank band in a goal: optional (as 'top 10' in the shared gold).",
    "'300.000-600.000 đồng, thấp hơn khoảng 30% so với Thái Lan' → range with a change (decrease 30, about). '35 USD cho một lượt vui chơi' → unit USD/lượt.",
    "'từ 3 đến 4 triệu lượt khách mỗi năm' is a design capacity (rate, lượt khách/năm), actual, no period; the opening date stands in its own sentence.",
    "revised after the first run: 'đạt 3 tỷ USD, tăng trưởng bình quân 10-12% mỗi năm' → the growth follows the figure, so by the spec's list of",
    "change cues ('tăng trưởng') it is the change of the 3 tỷ USD (increase 10, the lower end); the 10-12% as a percent figure of its own is now optional.",
    "'Hiệp hội dự báo đến năm 2030' governs the 3 tỷ USD and the 10-12% growth (forecast, period to 2030-12-31); the clause after ';' with 'phấn đấu' is a target.",
]

if __name__ == "__main__":
    write("p1324-5", TEXT, NOTES, FIGS, published="2024-08-09", location="Việt Nam")
