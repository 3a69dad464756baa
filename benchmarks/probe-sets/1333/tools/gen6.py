"""p1333-6: national newspaper: TP HCM book street visitors and sales; national reading habits and publishing."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Văn hóa > Sách

Đường sách TP HCM đón hơn 1,5 triệu lượt khách năm 2023

Thứ hai, 22/4/2024, 07:30 (GMT+7)

Sau gần 8 năm hoạt động, Đường sách TP HCM trên đường Nguyễn Văn Bình, quận 1 đã thành điểm hẹn của người yêu sách, dù thói quen đọc của người Việt vẫn còn khiêm tốn.

Theo Ban quản lý Đường sách, năm 2023 nơi đây đón hơn 1,5 triệu lượt khách, doanh thu bán sách đạt 28,6 tỷ đồng, tăng 14% so với năm 2022. Các gian hàng đã tổ chức 310 buổi giao lưu, ra mắt sách, bình quân gần 26 buổi/tháng.

Khảo sát của Trung tâm Nghiên cứu Xuất bản Tân Thư công bố cuối năm 2023 cho thấy, trung bình mỗi người Việt đọc 4,2 cuốn sách/năm, trong đó sách giáo khoa, giáo trình chiếm gần 60%. Khoảng 30% người được hỏi cho biết không đọc cuốn sách nào trong 12 tháng qua.

Cả nước hiện có 57 nhà xuất bản; năm 2023, ngành xuất bản phát hành khoảng 590 triệu bản sách, doanh thu hơn 3.900 tỷ đồng.

Chị Trần Thu Hà, nhân viên văn phòng ở quận 3, cho biết mỗi tháng chị dành khoảng 300.000-400.000 đồng mua sách. "Cuối tuần tôi đưa hai con ra đây, các cháu đọc cả buổi", chị nói.

Theo Sở Thông tin và Truyền thông TP HCM, năm 2024 Đường sách dự kiến đón khoảng 1,7 triệu lượt khách. Thành phố phấn đấu đến năm 2025 xây dựng thêm 3 đường sách tại TP Thủ Đức, huyện Củ Chi và quận 8.

Lê Minh
"""

Y23h = per("năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
VN = "Việt Nam"

FIGS = [
    fig("đón hơn 1,5 triệu lượt khách năm", "1,5", 1.5e6, "count", "lượt khách", approx="over",
        subject="lượt khách Đường sách TP HCM đón", period=Y23h),
    fig("gần 8 năm", "8", 8, "measure", "năm", approx="nearly", optional=True,
        subject="thời gian hoạt động của Đường sách"),
    fig("nơi đây đón hơn 1,5", "1,5", 1.5e6, "count", "lượt khách", approx="over",
        subject="lượt khách Đường sách đón", period=Y23),
    fig("đạt 28,6 tỷ", "28,6", 28.6e9, "money", "đồng", change=chg("increase", 14, "%", "năm 2022"),
        subject="doanh thu bán sách", period=Y23),
    fig("tổ chức 310 buổi", "310", 310, "count", "buổi giao lưu, ra mắt sách",
        subject="buổi giao lưu, ra mắt sách các gian hàng tổ chức", period=inh(Y23)),
    fig("gần 26 buổi", "26", 26, "measure", "buổi/tháng", approx="nearly",
        subject="buổi giao lưu, ra mắt sách bình quân", period=inh(Y23)),
    fig("đọc 4,2 cuốn", "4,2", 4.2, "measure", "cuốn sách/năm",
        subject="sách trung bình mỗi người Việt đọc", location=VN),
    fig("chiếm gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="sách giáo khoa, giáo trình", location=VN),
    fig("Khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="người được hỏi không đọc cuốn sách nào trong 12 tháng qua", location=VN),
    fig("có 57 nhà", "57", 57, "count", "nhà xuất bản", subject="nhà xuất bản", location=VN),
    fig("khoảng 590 triệu", "590", 590e6, "count", "bản sách", approx="about",
        subject="bản sách ngành xuất bản phát hành", period=Y23, location=VN),
    fig("hơn 3.900 tỷ", "3.900", 3900e9, "money", "đồng", approx="over",
        subject="doanh thu ngành xuất bản", period=Y23, location=VN),
    fig("khoảng 300.000-400.000", "300.000", 300000, "money", "đồng/tháng", approx="about", value_max=400000,
        subject="tiền chị Hà dành mua sách mỗi tháng", location="Quận 3"),
    fig("đưa hai con", "hai", 2, "count", "con", optional=True, subject="con chị Hà", location="Quận 3"),
    fig("khoảng 1,7 triệu", "1,7", 1.7e6, "count", "lượt khách", approx="about", status="forecast",
        subject="lượt khách Đường sách dự kiến đón", period=Y24),
    fig("thêm 3 đường sách", "3", 3, "count", "đường sách", status="target",
        subject="đường sách xây dựng thêm", period=T25),
]

NOTES = [
    "National newspaper: section line, 'Thứ hai, 22/4/2024, 07:30 (GMT+7)', sapo, quote, byline at the end. Default location TP Hồ Chí Minh.",
    "Distractors: 07:30, '(GMT+7)', 'quận 1', 'quận 8' (names), 'đường Nguyễn Văn Bình', '12 tháng qua' (duration), 'cuối năm 2023' (a date).",
    "Headline 'hơn 1,5 triệu lượt khách năm 2023' and the body's 'năm 2023 nơi đây đón hơn 1,5 triệu lượt khách' are two figures.",
    "Optional: 'Sau gần 8 năm hoạt động' (a duration that mostly locates the story in time) and 'hai con' (a family detail).",
    "'bình quân gần 26 buổi/tháng' and '4,2 cuốn sách/năm' are rates (measure). 'mỗi tháng ... 300.000-400.000 đồng' → 'đồng/tháng'.",
    "'trong đó sách giáo khoa, giáo trình chiếm gần 60%' is a percent figure of its own (the share of textbooks), not an attribute of 4,2.",
    "Survey, 'Cả nước' and 'ngành xuất bản' figures are national: location Việt Nam. The city's plans: TP HCM.",
    "revised after the first run: chị Hà's spending ('nhân viên văn phòng ở quận 3') is located in Quận 3, not TP HCM: the spec takes the district the figure describes, as a passage placed in a district gives it that district.",
    "'năm 2024 Đường sách dự kiến đón' forecast; 'phấn đấu đến năm 2025 xây dựng thêm 3 đường sách' target (three places: city-level).",
]

if __name__ == "__main__":
    write("p1333-6", TEXT, NOTES, FIGS, published="2024-04-22", location="TP Hồ Chí Minh")
