"""p1414-6: national newspaper: management fees of apartment buildings in TP HCM, Q3 2024; disputes by district."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Bất động sản
Thứ ba, 5/11/2024, 06:00 (GMT+7)

Phí quản lý chung cư TP HCM tăng 10-15% trong một năm

Nhiều chung cư tại TP HCM điều chỉnh giá dịch vụ quản lý vận hành lên 15.000-20.000 đồng/m2 mỗi tháng, khiến cư dân phản ứng.

Theo khảo sát của Công ty nghiên cứu thị trường Đông Á Land, giá dịch vụ quản lý chung cư tại TP HCM quý III/2024 bình quân 11.800 đồng/m2/tháng, tăng 12% so với cùng kỳ năm trước. Phân khúc hạng sang có mức phí cao nhất, từ 25.000 đến 38.000 đồng/m2/tháng, trong khi chung cư bình dân chỉ khoảng 4.000-7.000 đồng/m2/tháng.

Tại chung cư Phú Gia Residence (TP Thủ Đức), phí quản lý vừa tăng từ 12.000 lên 16.500 đồng/m2/tháng. Bà Nguyễn Thị Hạnh, cư dân tầng 14 block B, cho biết căn hộ 85 m2 của bà nay phải đóng hơn 1,4 triệu đồng mỗi tháng, chưa tính phí gửi hai xe máy 320.000 đồng. "Chúng tôi không phản đối tăng phí, nhưng ban quản trị phải công khai thu chi", bà nói.

Ông Phạm Quốc Bảo, Giám đốc Công ty Quản lý tòa nhà Sao Việt, cho rằng chi phí nhân công, điện và bảo hiểm cháy nổ năm nay tăng 8-10%, nên nhiều đơn vị buộc điều chỉnh giá. Dự kiến năm 2025, mặt bằng phí quản lý có thể tăng thêm khoảng 5%.

Sở Xây dựng TP HCM cho biết thành phố hiện có 1.582 chung cư, trong đó 1.205 chung cư đã có ban quản trị. Từ đầu năm đến nay, Sở nhận 168 đơn thư liên quan tranh chấp chung cư, nhiều nhất là TP Thủ Đức, quận 7 và quận Bình Tân với lần lượt 34, 27 và 19 đơn.

Gia Minh
"""

Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-05")
TD = "Thủ Đức"
DISP = "đơn thư liên quan tranh chấp chung cư"

FIGS = [
    fig("tăng 10-15%", "10", 10, "percent", "%", value_max=15,
        subject="phí quản lý chung cư TP HCM"),
    fig("lên 15.000-20.000", "15.000", 15000, "money", "đồng/m2/tháng", value_max=20000,
        subject="giá dịch vụ quản lý vận hành nhiều chung cư điều chỉnh"),
    fig("bình quân 11.800", "11.800", 11800, "money", "đồng/m2/tháng",
        change=chg("increase", 12, "%", "cùng kỳ năm trước"),
        subject="giá dịch vụ quản lý chung cư bình quân", period=Q3),
    fig("từ 25.000 đến", "25.000", 25000, "money", "đồng/m2/tháng", value_max=38000,
        subject="mức phí phân khúc hạng sang", period=inh(Q3)),
    fig("khoảng 4.000-7.000", "4.000", 4000, "money", "đồng/m2/tháng", value_max=7000, approx="about",
        subject="mức phí chung cư bình dân", period=inh(Q3)),
    fig("từ 12.000 lên", "12.000", 12000, "money", "đồng/m2/tháng",
        subject="phí quản lý chung cư Phú Gia Residence trước khi tăng", location=TD, optional=True),
    fig("lên 16.500 đồng", "16.500", 16500, "money", "đồng/m2/tháng",
        subject="phí quản lý chung cư Phú Gia Residence", location=TD),
    fig("căn hộ 85 m2", "85", 85, "measure", "m2",
        subject="diện tích căn hộ của bà Hạnh", location=TD, optional=True),
    fig("hơn 1,4 triệu", "1,4", 1.4e6, "money", "đồng/tháng", approx="over",
        subject="phí quản lý căn hộ bà Hạnh phải đóng", location=TD),
    fig("gửi hai xe", "hai", 2, "count", "xe máy",
        subject="xe máy gửi", location=TD, optional=True),
    fig("máy 320.000 đồng", "320.000", 320000, "money", "đồng",
        subject="phí gửi hai xe máy", location=TD),
    fig("tăng 8-10%", "8", 8, "percent", "%", value_max=10,
        subject="chi phí nhân công, điện và bảo hiểm cháy nổ", period=Y24),
    fig("thêm khoảng 5%", "5", 5, "percent", "%", approx="about", status="forecast",
        subject="mặt bằng phí quản lý tăng thêm", period=Y25),
    fig("có 1.582 chung", "1.582", 1582, "count", "chung cư", subject="chung cư"),
    fig("trong đó 1.205", "1.205", 1205, "count", "chung cư", total=1582,
        subject="chung cư đã có ban quản trị"),
    fig("nhận 168 đơn", "168", 168, "count", "đơn thư", subject=DISP, period=YTD),
    fig("lần lượt 34", "34", 34, "count", "đơn", subject=DISP, period=YTD, location=TD),
    fig("34, 27 và", "27", 27, "count", "đơn", subject=DISP, period=YTD, location="Quận 7"),
    fig("và 19 đơn", "19", 19, "count", "đơn", subject=DISP, period=YTD, location="Bình Tân"),
]

NOTES = [
    "National newspaper: 'Thứ ba, 5/11/2024, 06:00 (GMT+7)', sapo, quote, byline at the end. Location TP Hồ Chí Minh.",
    "Distractors: 06:00, (GMT+7), 'trong một năm' (a duration locating the rise), 'tầng 14 block B', 'Phú Gia Residence'.",
    "Headline 'tăng 10-15%' is a growth rate as the claim: percent range, no change, no period.",
    "'đồng/m2 mỗi tháng' = 'đồng/m2/tháng'; 'hơn 1,4 triệu đồng mỗi tháng' has unit 'đồng/tháng'.",
    "Optional: the old fee in 'từ 12.000 lên 16.500', the flat size 'căn hộ 85 m2' and 'hai xe máy' in a resident's story.",
    "'lần lượt 34, 27 và 19 đơn': list items share the indicator; each takes the district as location; no total (no cue, no sum).",
    "'năm nay' takes 2024 from the dateline; 'Dự kiến năm 2025' is a forecast; 'Từ đầu năm đến nay' ends at 2024-11-05.",
]

if __name__ == "__main__":
    write("p1414-6", TEXT, NOTES, FIGS, published="2024-11-05", location="TP Hồ Chí Minh")
