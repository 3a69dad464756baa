"""p1419-5: national newspaper (VnExpress-style): the national vending-machine market."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp

Thứ hai, 16/9/2024, 06:00 (GMT+7)

Máy bán hàng tự động: thị trường nhiều tiềm năng nhưng còn nhỏ

Việt Nam hiện có khoảng 12 nghìn máy bán hàng tự động, tức khoảng 8.300 người mới có một máy, trong khi ở Nhật Bản cứ 30 người có một máy.

Theo ước tính của Công ty nghiên cứu thị trường VietData Insight, quy mô thị trường máy bán hàng tự động tại Việt Nam năm 2023 đạt khoảng 85 triệu USD, dự báo tăng trưởng bình quân 12-14%/năm giai đoạn 2024-2028. TP HCM chiếm khoảng 45% số máy cả nước, Hà Nội chiếm 22%.

Khảo sát của đơn vị này với 1.500 người tiêu dùng tại 5 thành phố cho thấy 62% từng mua hàng qua máy bán hàng tự động, trong đó nhóm 18-35 tuổi chiếm 74%. Người tiêu dùng chủ yếu mua nước giải khát, cà phê và mì ly; nhiều người cho rằng máy tiện hơn cả chuỗi 7-Eleven hay Circle K vì hoạt động 24/7.

Ông Phạm Quốc Bảo, Tổng giám đốc Công ty CP Công nghệ Bán lẻ Minh Phát (AutoMart), cho biết doanh nghiệp đang vận hành 2.350 máy tại 18 tỉnh, thành; doanh thu 6 tháng đầu năm nay đạt 142 tỷ đồng, tăng 31% so với cùng kỳ. Doanh thu bình quân mỗi máy khoảng 10 triệu đồng/tháng, cao nhất là các máy đặt tại bệnh viện, nhà máy với 25-30 triệu đồng/tháng.

Theo ông Bảo, rào cản lớn nhất là chi phí: mỗi máy nhập khẩu có giá 150-200 triệu đồng, máy lắp ráp trong nước rẻ hơn khoảng 30%. Ngoài ra, tiền thuê mặt bằng chiếm tới 15-20% doanh thu.

Minh Khôi
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
G = per("giai đoạn 2024-2028", "2024-01-01", "2028-12-31")
H1 = per("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")

FIGS = [
    fig("khoảng 12 nghìn", "12", 12000, "count", "máy", approx="about", subject="máy bán hàng tự động"),
    fig("khoảng 8.300 người", "8.300", 8300, "measure", "người/máy", approx="about",
        subject="số người trên một máy bán hàng tự động"),
    fig("cứ 30 người", "30", 30, "measure", "người/máy",
        subject="số người trên một máy bán hàng tự động", location="Nhật Bản"),
    fig("khoảng 85 triệu", "85", 85e6, "money", "USD", approx="about", status="estimate",
        subject="quy mô thị trường máy bán hàng tự động", period=Y23),
    fig("bình quân 12-14%", "12", 12, "percent", "%", value_max=14, status="forecast",
        subject="tăng trưởng bình quân quy mô thị trường", period=G),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about", subject="số máy cả nước",
        location="TP Hồ Chí Minh"),
    fig("chiếm 22%", "22", 22, "percent", "%", subject="số máy cả nước", location="Hà Nội"),
    fig("với 1.500 người", "1.500", 1500, "count", "người tiêu dùng", subject="người tiêu dùng được khảo sát"),
    fig("tại 5 thành phố", "5", 5, "count", "thành phố", subject="thành phố khảo sát"),
    fig("cho thấy 62%", "62", 62, "percent", "%",
        subject="người tiêu dùng từng mua hàng qua máy bán hàng tự động"),
    fig("nhóm 18-35 tuổi", "18", 18, "measure", "tuổi", value_max=35, optional=True),
    fig("chiếm 74%", "74", 74, "percent", "%", subject="nhóm 18-35 tuổi trong số người từng mua hàng qua máy"),
    fig("vận hành 2.350 máy", "2.350", 2350, "count", "máy", subject="máy AutoMart đang vận hành"),
    fig("tại 18 tỉnh", "18", 18, "count", "tỉnh, thành", subject="tỉnh, thành có máy của AutoMart"),
    fig("đạt 142 tỷ", "142", 142e9, "money", "đồng", change=chg("increase", 31, "%", "cùng kỳ"),
        subject="doanh thu AutoMart", period=H1),
    fig("khoảng 10 triệu", "10", 10e6, "money", "đồng/tháng", approx="about",
        subject="doanh thu bình quân mỗi máy"),
    fig("với 25-30 triệu", "25", 25e6, "money", "đồng/tháng", value_max=30e6,
        subject="doanh thu các máy đặt tại bệnh viện, nhà máy"),
    fig("giá 150-200 triệu", "150", 150e6, "money", "đồng/máy", value_max=200e6,
        subject="giá mỗi máy nhập khẩu"),
    fig("rẻ hơn khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="giá máy lắp ráp trong nước rẻ hơn máy nhập khẩu"),
    fig("tới 15-20%", "15", 15, "percent", "%", value_max=20, subject="tiền thuê mặt bằng trong doanh thu"),
]

NOTES = [
    "National newspaper (VnExpress-style): breadcrumb, 'Thứ hai, 16/9/2024, 06:00 (GMT+7)', sapo, byline at the end. Location Việt Nam.",
    "Distractors: '(GMT+7)', 06:00, '7-Eleven', 'hoạt động 24/7', 'một máy' as a denominator ('8.300 người mới có một máy',",
    "'cứ 30 người có một máy' → unit người/máy, never a figure), 'giai đoạn 2024-2028'.",
    "'cứ 30 người có một máy' describes Japan: location 'Nhật Bản' (the country the figure describes; the spec names only",
    "provinces and Việt Nam, so this is an annotation choice).",
    "'TP HCM chiếm khoảng 45% số máy cả nước, Hà Nội chiếm 22%': list of shares, places go to location.",
    "'Theo ước tính ... năm 2023 đạt khoảng 85 triệu USD' → estimate; 'dự báo tăng trưởng bình quân 12-14%/năm' → forecast,",
    "a growth rate as the claim (percent, no change).",
    "'nhóm 18-35 tuổi' is an age bracket naming a group: optional. 'chiếm 74%' is a percent figure (share within the 62%).",
    "'6 tháng đầu năm nay' → year of the dateline (2024). 'rẻ hơn khoảng 30%' has no base amount → percent figure.",
    "'chiếm tới 15-20%': 'tới' (as much as) is not an approximation cue in the spec → exact.",
]

if __name__ == "__main__":
    write("p1419-5", TEXT, NOTES, FIGS, published="2024-09-16", location="Việt Nam")
