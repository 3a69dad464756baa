"""p1167-6: national newspaper: Lễ hội Áo dài TP HCM opens; a tailor shop in quận 3; national demand."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """Văn hóa › Lễ hội

Thứ Bảy, 2/3/2024, 18:40 (GMT+7)

Hơn 1.000 người đồng diễn khai mạc Lễ hội Áo dài TP HCM

Lễ hội Áo dài TP HCM lần thứ 10 khai mạc tối 2/3 trên phố đi bộ Nguyễn Huệ, quận 1, với màn đồng diễn của hơn 1.000 người mặc áo dài. Chương trình khai mạc có sự tham gia của 35 nhà thiết kế, trong đó 8 nhà thiết kế trẻ lần đầu góp mặt.

Theo Sở Văn hóa và Thể thao TP HCM, lễ hội năm nay kéo dài đến ngày 10/3 với 52 hoạt động tại 22 điểm trên địa bàn thành phố, dự kiến thu hút khoảng 500.000 lượt khách. Năm 2023, lễ hội đón hơn 450.000 lượt khách, doanh thu của 120 gian hàng đạt khoảng 15 tỷ đồng.

Không khí lễ hội lan sang các tiệm may. Trên đường Nguyễn Đình Chiểu, quận 3, nơi tập trung nhiều tiệm may áo dài lâu năm, chị Lê Thu Hà, chủ một tiệm may, cho biết từ đầu tháng 2 đến nay tiệm nhận khoảng 300 đơn, gấp đôi tháng trước. Giá may một bộ từ 600.000 đồng đến 2 triệu đồng, áo dài thêu tay có bộ lên tới 8 triệu đồng. Tiệm có 9 thợ, mỗi thợ may trung bình 3 bộ/ngày.

TP HCM hiện có khoảng 1.200 cơ sở may đo áo dài, trong đó riêng quận 3 có hơn 200 cơ sở. Theo Hiệp hội Dệt may Việt Nam, nhu cầu áo dài của cả nước tăng khoảng 15-20% mỗi năm; áo dài cách tân chiếm gần 60% lượng tiêu thụ.

Quỳnh Trần

Ý kiến (0) | Chia sẻ
"""

FEST = per("tối 2/3 … đến ngày 10/3", "2024-03-02", "2024-03-10", inherited=True)
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
FEB = per("từ đầu tháng 2 đến nay", "2024-02-01", "2024-03-02")
Q3 = "Quận 3"
SHOP = "tiệm may của chị Lê Thu Hà"

FIGS = [
    fig("Hơn 1.000 người", "1.000", 1000, "count", "người", approx="over",
        subject="người đồng diễn khai mạc Lễ hội Áo dài TP HCM"),
    fig("của hơn 1.000 người", "1.000", 1000, "count", "người", approx="over",
        subject="người mặc áo dài đồng diễn khai mạc lễ hội", period=per("tối 2/3", "2024-03-02", "2024-03-02")),
    fig("của 35 nhà", "35", 35, "count", "nhà thiết kế", subject="nhà thiết kế tham gia chương trình khai mạc",
        period=per("tối 2/3", "2024-03-02", "2024-03-02", inherited=True)),
    fig("trong đó 8 nhà", "8", 8, "count", "nhà thiết kế", total=35, subject="nhà thiết kế trẻ lần đầu góp mặt",
        period=per("tối 2/3", "2024-03-02", "2024-03-02", inherited=True)),
    fig("với 52 hoạt động", "52", 52, "count", "hoạt động", subject="hoạt động của lễ hội năm nay", period=FEST),
    fig("tại 22 điểm", "22", 22, "count", "điểm", subject="điểm tổ chức hoạt động lễ hội", period=FEST),
    fig("khoảng 500.000 lượt", "500.000", 500000, "count", "lượt khách", approx="about", status="forecast",
        subject="lượt khách lễ hội thu hút", period=FEST),
    fig("hơn 450.000 lượt", "450.000", 450000, "count", "lượt khách", approx="over",
        subject="lượt khách lễ hội đón", period=Y23),
    fig("của 120 gian hàng", "120", 120, "count", "gian hàng", subject="gian hàng lễ hội", period=Y23),
    fig("khoảng 15 tỷ", "15", 15e9, "money", "đồng", approx="about",
        subject="doanh thu của các gian hàng lễ hội", period=Y23),
    fig("khoảng 300 đơn", "300", 300, "count", "đơn", approx="about",
        change=chg("increase", 2, "lần", "tháng trước"), subject=f"đơn may áo dài {SHOP} nhận",
        period=FEB, location=Q3),
    fig("từ 600.000 đồng", "600.000", 600000, "money", "đồng", value_max=2e6,
        subject="giá may một bộ áo dài", location=Q3),
    fig("tới 8 triệu", "8", 8e6, "money", "đồng", subject="giá áo dài thêu tay", location=Q3),
    fig("có 9 thợ", "9", 9, "count", "thợ", subject=f"thợ của {SHOP}", location=Q3),
    fig("trung bình 3 bộ/ngày", "3", 3, "measure", "bộ/ngày",
        subject="bộ áo dài mỗi thợ may trung bình", location=Q3),
    fig("khoảng 1.200 cơ sở", "1.200", 1200, "count", "cơ sở may đo áo dài", approx="about",
        subject="cơ sở may đo áo dài"),
    fig("hơn 200 cơ sở", "200", 200, "count", "cơ sở", approx="over", total=1200,
        subject="cơ sở may đo áo dài", location=Q3),
    fig("khoảng 15-20%", "15", 15, "percent", "%", value_max=20, approx="about",
        subject="tốc độ tăng nhu cầu áo dài mỗi năm", location="Việt Nam"),
    fig("gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="tỷ trọng áo dài cách tân trong lượng tiêu thụ", location="Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 2/3/2024, 18:40 (GMT+7)' (published), byline at the end, 'Ý kiến (0)' comment counter.",
    "Distractors: 'lần thứ 10', 'quận 1', 'quận 3' (district names with numbers), 'tối 2/3', 'ngày 10/3', '18:40', '(GMT+7)', 'Ý kiến (0)'.",
    "The shop passage (đường Nguyễn Đình Chiểu, quận 3) runs over three sentences: location 'Quận 3' for all its figures.",
    "'gấp đôi tháng trước' after 300 đơn is its change (2 lần). 'từ đầu tháng 2 đến nay' ends at the published date.",
    "'lên tới 8 triệu' ('up to', not in the approx list): exact. 'khoảng 15-20% mỗi năm' and 'gần 60%' are national (cả nước / Hiệp hội).",
    "The festival week (2/3-10/3) stands over two sentences: the 52 hoạt động, 22 điểm, forecast 500.000 get it as inherited.",
    "The headline 1.000 has no period; the body 1.000 has the opening evening 'tối 2/3' (one day) in its own sentence.",
]

if __name__ == "__main__":
    emit("p1167-6", TEXT, NOTES, FIGS, published="2024-03-02", location="TP Hồ Chí Minh")
