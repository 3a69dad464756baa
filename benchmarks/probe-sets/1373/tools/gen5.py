"""p1373-5: Party newspaper (Báo Hải Phòng, HPO): container trucks queueing at Đình Vũ ports, November 2024."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO HẢI PHÒNG ĐIỆN TỬ
Kinh tế | Giao thông

Xe container "xếp hàng" vào cảng Đình Vũ mùa cao điểm

Thứ Hai, 25/11/2024 | 07:15

Những tuần cuối năm, lượng xe container ra vào các cảng khu vực Đình Vũ tăng mạnh, có thời điểm dòng xe xếp hàng dài gần 3 km trên tuyến đường Tân Vũ - Lạch Huyện.

(HPO) - Theo Sở Giao thông vận tải, từ đầu tháng 11 đến nay, mỗi ngày có khoảng 18.000-20.000 lượt xe container ra vào các cảng biển và cảng cạn trên địa bàn thành phố, tăng khoảng 25% so với tháng 10. Riêng cụm cảng Đình Vũ tiếp nhận trên 7.500 lượt xe/ngày.

Anh Phạm Văn Hùng, lái xe của Công ty TNHH Vận tải Hưng Phát, cho biết mỗi chuyến hàng từ Khu công nghiệp VSIP ra cảng trước đây mất khoảng 2 giờ, nay có hôm mất 5-6 giờ. "Một tháng tôi chạy được chừng ba chục chuyến, ít hơn năm ngoái gần chục chuyến", anh Hùng nói.

Theo Hiệp hội Vận tải ô tô Hải Phòng, giá cước vận chuyển container 40 feet từ các khu công nghiệp ra cảng hiện ở mức 2,8-3,2 triệu đồng/chuyến, tăng 8-10% so với đầu năm, trong khi chi phí nhiên liệu chiếm khoảng 35% giá thành vận tải.

Thành phố hiện có khoảng 21.000 xe đầu kéo container, chiếm khoảng 27% số xe container cả nước. Để giảm ùn tắc, thành phố đang đầu tư 3 bãi đỗ xe tập trung với tổng diện tích 45 ha, đáp ứng khoảng 4.000 chỗ đỗ. Quý II/2025, dự kiến bãi đỗ đầu tiên rộng 15 ha tại phường Đông Hải 2 sẽ đưa vào khai thác.

Trao đổi với phóng viên, ông Vũ Đức Long, Phó Giám đốc Sở Giao thông vận tải cho biết Sở đã bố trí hai tổ công tác điều tiết giao thông 24/24 giờ tại nút giao Đình Vũ.

NGỌC LAN

Tin liên quan:
- Thông xe cầu Nguyễn Trãi
- Hải Phòng: 10 tháng, sản lượng hàng hóa qua cảng tăng 15%
"""

NOV = per("từ đầu tháng 11 đến nay", "2024-11-01", "2024-11-25")
Q2 = per("Quý II/2025", "2025-04-01", "2025-06-30")

FIGS = [
    fig("dài gần 3 km", "3", 3, "measure", "km", approx="nearly",
        subject="dòng xe xếp hàng trên tuyến đường Tân Vũ - Lạch Huyện"),
    fig("khoảng 18.000-20.000 lượt", "18.000", 18000, "measure", "lượt xe/ngày", value_max=20000,
        approx="about", change=chg("increase", 25, "%", "tháng 10", approx="about"),
        subject="lượt xe container ra vào các cảng biển và cảng cạn", period=NOV),
    fig("trên 7.500 lượt", "7.500", 7500, "measure", "lượt xe/ngày", approx="over",
        subject="lượt xe cụm cảng Đình Vũ tiếp nhận", period=inh(NOV)),
    fig("khoảng 2 giờ", "2", 2, "measure", "giờ", approx="about",
        subject="thời gian mỗi chuyến hàng từ Khu công nghiệp ra cảng trước đây"),
    fig("mất 5-6 giờ", "5", 5, "measure", "giờ", value_max=6,
        subject="thời gian mỗi chuyến hàng từ Khu công nghiệp ra cảng"),
    fig("chừng ba chục chuyến", "ba chục", 30, "measure", "chuyến/tháng", approx="about",
        change=chg("decrease", 10, "chuyến", "năm ngoái", approx="nearly"),
        subject="chuyến lái xe chạy được một tháng"),
    fig("container 40 feet", "40", 40, "measure", "feet", optional=True),
    fig("mức 2,8-3,2 triệu", "2,8", 2.8e6, "money", "đồng/chuyến", value_max=3.2e6,
        change=chg("increase", 8, "%", "đầu năm"),
        subject="giá cước vận chuyển container 40 feet từ các khu công nghiệp ra cảng"),
    fig("chiếm khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="chi phí nhiên liệu trong giá thành vận tải"),
    fig("khoảng 21.000 xe", "21.000", 21000, "count", "xe đầu kéo container", approx="about", percent=27,
        subject="xe đầu kéo container thành phố"),
    fig("đầu tư 3 bãi", "3", 3, "count", "bãi đỗ xe", subject="bãi đỗ xe tập trung thành phố đầu tư"),
    fig("diện tích 45 ha", "45", 45, "measure", "ha", subject="tổng diện tích bãi đỗ xe tập trung"),
    fig("khoảng 4.000 chỗ", "4.000", 4000, "count", "chỗ đỗ", approx="about",
        subject="chỗ đỗ các bãi đỗ xe tập trung đáp ứng"),
    fig("rộng 15 ha", "15", 15, "measure", "ha", status="forecast",
        subject="bãi đỗ đầu tiên đưa vào khai thác", period=Q2),
    fig("hai tổ công tác", "hai", 2, "count", "tổ công tác",
        subject="tổ công tác điều tiết giao thông Sở bố trí"),
]

NOTES = [
    "Party newspaper (Báo Hải Phòng): headline, 'Thứ Hai, 25/11/2024 | 07:15', sapo, tag '(HPO) -', byline NGỌC LAN, related links.",
    "Distractors: 07:15, Khu công nghiệp VSIP, phường Đông Hải 2, '24/24 giờ', 'bãi đỗ đầu tiên', '10 tháng ... 15%' in a link title.",
    "Location Hải Phòng throughout (thành phố named by its paper and 'Hiệp hội Vận tải ô tô Hải Phòng'); Đình Vũ is a port area, not a district.",
    "'từ đầu tháng 11 đến nay' ends at the dateline 2024-11-25. 'mỗi ngày ... 18.000-20.000 lượt xe' is a rate (lượt xe/ngày).",
    "'chừng ba chục chuyến, ít hơn năm ngoái gần chục chuyến' → 30 chuyến/tháng, about, change decrease 10 chuyến nearly.",
    "'container 40 feet' is a container size (a product spec): optional. 'tăng 8-10%' is the change of the rate (value 8).",
    "'chi phí nhiên liệu chiếm khoảng 35% giá thành' has its own subject and no base amount: its own percent figure.",
    "'khoảng 21.000 xe ..., chiếm khoảng 27%' → percent 27. 'dự kiến' governs the Quý II/2025 sentence only (forecast).",
]

if __name__ == "__main__":
    write("p1373-5", TEXT, NOTES, FIGS, published="2024-11-25", location="Hải Phòng")
