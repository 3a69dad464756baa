"""p1373-6: national newspaper: container freight rates up before Tết (TP HCM); national road freight 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh > Doanh nghiệp

Thứ tư, 15/1/2025, 08:30 (GMT+7)

Cước xe container tăng 20-30% dịp cận Tết

Hàng xuất khẩu dồn dập những tuần trước Tết khiến cước xe container từ các khu công nghiệp ra cảng Cát Lái tăng 20-30%, nhiều doanh nghiệp vận tải vẫn không đủ xe.

Ông Lê Quang Trung, Giám đốc Công ty cổ phần Vận tải Trường Phát, cho biết cước một chuyến container 40 feet từ Khu công nghiệp Hiệp Phước ra cảng Cát Lái hiện khoảng 4,5 triệu đồng, trong khi tháng trước chỉ 3,6 triệu đồng. Lượng đơn hàng tăng gấp 2 lần ngày thường. Công ty có 120 xe đầu kéo nhưng chỉ đáp ứng được khoảng 70% đơn hàng.

Theo Hiệp hội Doanh nghiệp dịch vụ logistics, thu nhập của tài xế container dịp này lên 25-30 triệu đồng/tháng, nhưng các doanh nghiệp vẫn thiếu khoảng 10-15% lái xe.

Tại TP HCM, mỗi ngày có hơn 40.000 lượt xe container lưu thông, trong đó khoảng 60% ra vào khu vực cảng Cát Lái và các cảng trên sông Đồng Nai.

Số liệu của Cục Thống kê cho thấy năm 2024, khối lượng hàng hóa vận chuyển bằng đường bộ cả nước đạt 2,06 tỷ tấn, tăng 12,4% so với năm trước, chiếm gần 75% tổng khối lượng hàng hóa vận chuyển. Riêng tháng 12/2024 đạt 186,7 triệu tấn, tăng 3,1% so với tháng trước.

"Nếu giá dầu không biến động, cước có thể tăng thêm 5-10% trong tuần cuối trước Tết", ông Trung dự báo.

Thu Hà

Xem thêm:
- Cảng Cát Lái đón tàu container 200.000 tấn
- Ùn tắc kéo dài trên xa lộ Hà Nội
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
DEC = per("tháng 12/2024", "2024-12-01", "2024-12-31")
VN = "Việt Nam"

FIGS = [
    fig("container tăng 20-30%", "20", 20, "percent", "%", value_max=30, subject="cước xe container"),
    fig("Cát Lái tăng 20-30%", "20", 20, "percent", "%", value_max=30,
        subject="cước xe container từ các khu công nghiệp ra cảng Cát Lái"),
    fig("container 40 feet", "40", 40, "measure", "feet", optional=True),
    fig("khoảng 4,5 triệu", "4,5", 4.5e6, "money", "đồng/chuyến", approx="about",
        subject="cước một chuyến container từ Khu công nghiệp Hiệp Phước ra cảng Cát Lái"),
    fig("chỉ 3,6 triệu", "3,6", 3.6e6, "money", "đồng/chuyến",
        subject="cước một chuyến container tháng trước"),
    fig("gấp 2 lần", "2", 2, "multiple", "lần", subject="lượng đơn hàng so với ngày thường"),
    fig("có 120 xe", "120", 120, "count", "xe đầu kéo", subject="xe đầu kéo của công ty"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="đơn hàng công ty đáp ứng được"),
    fig("lên 25-30 triệu", "25", 25e6, "money", "đồng/tháng", value_max=30e6,
        subject="thu nhập của tài xế container"),
    fig("khoảng 10-15%", "10", 10, "percent", "%", value_max=15, approx="about",
        subject="lái xe các doanh nghiệp thiếu"),
    fig("hơn 40.000 lượt", "40.000", 40000, "measure", "lượt xe/ngày", approx="over",
        subject="lượt xe container lưu thông"),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="lượt xe container ra vào khu vực cảng Cát Lái và các cảng trên sông Đồng Nai"),
    fig("đạt 2,06 tỷ", "2,06", 2.06e9, "measure", "tấn", percent=75,
        change=chg("increase", 12.4, "%", "năm trước"),
        subject="khối lượng hàng hóa vận chuyển bằng đường bộ", period=Y24, location=VN),
    fig("đạt 186,7 triệu", "186,7", 186.7e6, "measure", "tấn",
        change=chg("increase", 3.1, "%", "tháng trước"),
        subject="khối lượng hàng hóa vận chuyển bằng đường bộ", period=DEC, location=VN),
    fig("thêm 5-10%", "5", 5, "percent", "%", value_max=10, status="forecast",
        subject="cước tăng thêm trong tuần cuối trước Tết"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ tư, 15/1/2025, 08:30 (GMT+7)', headline, sapo, quote, byline Thu Hà, 'Xem thêm'.",
    "Distractors: 08:30, (GMT+7), Khu công nghiệp Hiệp Phước, xa lộ Hà Nội, '200.000 tấn' (a ship size in a link title).",
    "The headline and the sapo both state the 20-30% rise: two figures. Location TP Hồ Chí Minh (the Cát Lái port area, 'Tại TP HCM');",
    "the Cục Thống kê national figures are Việt Nam. 'container 40 feet' is a container size: optional.",
    "'cước một chuyến ... khoảng 4,5 triệu đồng' is a price per trip: unit đồng/chuyến. 'tháng trước' gives no dated period (not in the spec's table).",
    "'tăng gấp 2 lần ngày thường' stands alone as the claim: kind multiple. 'trong đó khoảng 60%' has no base amount of its own: a percent figure.",
    "'chiếm gần 75% tổng khối lượng' → percent 75 of 2,06 tỷ tấn. 'ông Trung dự báo' → forecast for the quoted 5-10%.",
]

if __name__ == "__main__":
    write("p1373-6", TEXT, NOTES, FIGS, published="2025-01-15", location="TP Hồ Chí Minh")
