"""p1215-5: Party newspaper (Báo Nghệ An) feature on a shoe factory in huyện Yên Thành; byline + bare date at the end."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """Nhà máy giày giữa vùng quê Yên Thành

Gần 3 năm đi vào hoạt động, nhà máy giày của Công ty TNHH Giày Hoàng Long tại xã Tây Thành, huyện Yên Thành đã tạo việc làm ổn định cho hàng nghìn lao động địa phương, nhiều người trước đây phải đi làm ăn xa.

Theo ông Trần Quốc Hùng, Giám đốc nhân sự, hiện nhà máy có 5.340 công nhân, trong đó 94% là người Yên Thành và các huyện lân cận; 3.820 lao động nữ. Nhà máy vận hành 24 chuyền may mũ giày và 8 chuyền gò ráp, mỗi tháng xuất xưởng khoảng 850.000 đôi giày thể thao cho các thương hiệu của Mỹ, châu Âu. Năm 2024, doanh thu của nhà máy ước đạt 96 triệu USD, tăng 21% so với năm trước.

Thu nhập bình quân của công nhân là 7,8 triệu đồng/tháng; công nhân bậc thợ cao đạt từ 10 đến 12 triệu đồng/tháng. Chị Nguyễn Thị Hoa (xóm 5, xã Tây Thành) kể, chị từng làm công nhân ở Bình Dương hơn 6 năm, nay về quê làm việc gần nhà, mỗi tháng tiết kiệm thêm được khoảng 2 triệu đồng tiền trọ, tiền ăn.

Năm 2025, nhà máy dự kiến mở thêm một xưởng đế giày, tuyển thêm 1.200 lao động, nâng tổng số lao động lên hơn 6.500 người. Công ty đã đề nghị huyện hỗ trợ mở rộng tuyến đường tỉnh 534 đoạn qua cổng nhà máy.

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh Nghệ An hiện có 6 doanh nghiệp sản xuất giày dép với khoảng 19.000 lao động; 11 tháng năm 2024, các doanh nghiệp này tuyển mới gần 4.100 người, chiếm 13% số lao động được giải quyết việc làm trong tỉnh.

KHÁNH LY
18/12/2024
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
NA = "Nghệ An"
FIGS = [
    fig("Gần 3 năm", "3", 3, "measure", "năm", approx="nearly", optional=True,
        subject="thời gian nhà máy đi vào hoạt động"),
    fig("hàng nghìn lao động", "nghìn", 1000, "count", "lao động", approx="about", optional=True,
        subject="lao động địa phương có việc làm ổn định"),
    fig("có 5.340 công nhân", "5.340", 5340, "count", "công nhân", subject="công nhân nhà máy"),
    fig("trong đó 94%", "94", 94, "percent", "%",
        subject="công nhân là người Yên Thành và các huyện lân cận"),
    fig("3.820 lao động nữ", "3.820", 3820, "count", "lao động nữ", total=5340,
        subject="lao động nữ của nhà máy"),
    fig("vận hành 24 chuyền", "24", 24, "count", "chuyền", subject="chuyền may mũ giày"),
    fig("8 chuyền gò ráp", "8", 8, "count", "chuyền", subject="chuyền gò ráp"),
    fig("khoảng 850.000 đôi", "850.000", 850000, "count", "đôi", approx="about",
        subject="giày thể thao xuất xưởng mỗi tháng"),
    fig("ước đạt 96 triệu USD", "96", 96e6, "money", "USD", status="estimate",
        change=chg("increase", 21, "%", "năm trước"), subject="doanh thu của nhà máy", period=Y24),
    fig("là 7,8 triệu", "7,8", 7.8e6, "money", "đồng/tháng", subject="thu nhập bình quân của công nhân"),
    fig("từ 10 đến 12 triệu", "10", 10e6, "money", "đồng/tháng", value_max=12e6,
        subject="thu nhập công nhân bậc thợ cao"),
    fig("hơn 6 năm", "6", 6, "measure", "năm", approx="over", optional=True,
        subject="thời gian chị Hoa làm công nhân ở Bình Dương"),
    fig("khoảng 2 triệu đồng", "2", 2e6, "money", "đồng", approx="about",
        subject="tiền trọ, tiền ăn tiết kiệm thêm mỗi tháng"),
    fig("thêm một xưởng", "một", 1, "count", "xưởng", status="forecast",
        subject="xưởng đế giày mở thêm", period=Y25),
    fig("thêm 1.200 lao động", "1.200", 1200, "count", "lao động", status="forecast",
        subject="lao động tuyển thêm", period=Y25),
    fig("hơn 6.500 người", "6.500", 6500, "count", "người", approx="over", status="forecast",
        subject="tổng số lao động của nhà máy", period=Y25),
    fig("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép", location=NA),
    fig("khoảng 19.000 lao động", "19.000", 19000, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sản xuất giày dép", location=NA),
    fig("gần 4.100 người", "4.100", 4100, "count", "người", approx="nearly", percent=13,
        subject="người được các doanh nghiệp giày dép tuyển mới", period=M11, location=NA),
]

NOTES = [
    "Party newspaper (Báo Nghệ An) feature; byline 'KHÁNH LY' and bare date '18/12/2024' at the end (published).",
    "The factory is in xã Tây Thành, huyện Yên Thành (default location); the last paragraph's provincial figures are Nghệ An.",
    "'Gần 3 năm đi vào hoạt động' (age of the plant), 'hơn 6 năm' (a worker's past job) and 'hàng nghìn lao động' are optional.",
    "'trong đó 94% là người Yên Thành' is a percent figure of its own; '3.820 lao động nữ' continues the 'trong đó' breakdown of 5.340.",
    "'tăng 21% so với năm trước' baseline is 'năm trước'. 'dự kiến' governs 'mở thêm một xưởng', 'tuyển thêm 1.200', 'nâng … lên hơn 6.500' (forecast).",
    "Distractors: 'xóm 5', 'đường tỉnh 534', 'Bình Dương' (a past workplace, not a place of any figure).",
    "Present-tense factory figures ('hiện', wages, monthly output) get no period.",
]

if __name__ == "__main__":
    emit("p1215-5", TEXT, NOTES, FIGS, published="2024-12-18", location="Yên Thành")
