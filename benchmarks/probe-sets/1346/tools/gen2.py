"""p1346-2: district portal (huyện Yên Thành, Nghệ An): algal bloom in an irrigation reservoir."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN
Trang chủ | Tin tức - Sự kiện | Nông nghiệp - Nông thôn

Xử lý tảo nở hoa ở hồ Bàu Sen, bảo đảm nước tưới vụ hè thu

20/06/2024 - 15:10

Những ngày qua, nước hồ Bàu Sen (xã Hùng Thành) chuyển màu xanh đặc, bốc mùi tanh do tảo nở hoa. Hồ có dung tích thiết kế 4,6 triệu m3, tưới cho khoảng 650 ha lúa của ba xã Hùng Thành, Tăng Thành và Đức Thành.

Kết quả khảo sát của Phòng Nông nghiệp và PTNT huyện ngày 15/6 cho thấy váng tảo phủ gần 40% diện tích mặt hồ; lượng nước trong hồ chỉ còn 1,9 triệu m3, bằng 41% dung tích thiết kế. Hai hộ nuôi cá lồng trên hồ có khoảng 1,5 tấn cá bị chết, thiệt hại ước hơn 100 triệu đồng. Ông Phan Văn Tịnh, chủ 8 lồng cá trắm, cho biết giá cá trắm thương phẩm hiện khoảng 70.000 đồng/kg.

UBND huyện đã chi 350 triệu đồng mua 2.500 lít chế phẩm sinh học để xử lý, đồng thời chỉ đạo Xí nghiệp thủy lợi Yên Thành vớt tảo, điều tiết nước hợp lý. Dự kiến trong tháng 7, huyện nạo vét khoảng 25.000 m3 bùn ở khu vực cửa cống số 2.

Hiện toàn huyện có 145 hồ chứa thủy lợi với tổng dung tích 62 triệu m3, trong đó 12 hồ đã được nâng cấp, sửa chữa từ năm 2021 đến nay. Năm 2024, vụ hè thu huyện gieo cấy 11.200 ha lúa, phấn đấu năng suất bình quân đạt 5,8 tấn/ha.

Nguồn: Phòng Nông nghiệp và PTNT huyện Yên Thành

Tin khác:
- Yên Thành tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024
- Xã Hùng Thành đạt chuẩn nông thôn mới nâng cao

Địa chỉ: Khối 3, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An
"""

JUL = per("trong tháng 7", "2024-07-01", "2024-07-31")
SINCE = per("từ năm 2021 đến nay", "2021-01-01", "2024-06-20")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("thiết kế 4,6 triệu", "4,6", 4.6e6, "measure", "m3", subject="dung tích thiết kế hồ Bàu Sen"),
    fig("khoảng 650 ha", "650", 650, "measure", "ha", approx="about", subject="diện tích lúa hồ tưới"),
    fig("của ba xã", "ba", 3, "count", "xã", subject="xã được hồ tưới"),
    fig("gần 40%", "40", 40, "percent", "%", approx="nearly", subject="diện tích mặt hồ bị váng tảo phủ"),
    fig("còn 1,9 triệu", "1,9", 1.9e6, "measure", "m3", percent=41, subject="lượng nước trong hồ"),
    fig("Hai hộ", "Hai", 2, "count", "hộ", subject="hộ nuôi cá lồng trên hồ"),
    fig("khoảng 1,5 tấn", "1,5", 1.5, "measure", "tấn", approx="about", subject="cá bị chết"),
    fig("hơn 100 triệu", "100", 100e6, "money", "đồng", approx="over", status="estimate", subject="thiệt hại"),
    fig("chủ 8 lồng", "8", 8, "count", "lồng", subject="lồng cá trắm của ông Phan Văn Tịnh"),
    fig("khoảng 70.000 đồng/kg", "70.000", 70000, "money", "đồng/kg", approx="about",
        subject="giá cá trắm thương phẩm"),
    fig("chi 350 triệu", "350", 350e6, "money", "đồng", subject="kinh phí UBND huyện chi mua chế phẩm sinh học"),
    fig("mua 2.500 lít", "2.500", 2500, "measure", "lít", subject="chế phẩm sinh học mua để xử lý"),
    fig("khoảng 25.000 m3", "25.000", 25000, "measure", "m3", approx="about", status="forecast",
        subject="bùn nạo vét", period=JUL),
    fig("có 145 hồ", "145", 145, "count", "hồ", subject="hồ chứa thủy lợi"),
    fig("dung tích 62 triệu", "62", 62e6, "measure", "m3", subject="tổng dung tích hồ chứa thủy lợi"),
    fig("trong đó 12 hồ", "12", 12, "count", "hồ", total=145, subject="hồ đã được nâng cấp, sửa chữa", period=SINCE),
    fig("gieo cấy 11.200 ha", "11.200", 11200, "measure", "ha", subject="diện tích lúa gieo cấy vụ hè thu", period=Y24),
    fig("đạt 5,8 tấn/ha", "5,8", 5.8, "measure", "tấn/ha", status="target", subject="năng suất lúa bình quân",
        period=Y24),
]

NOTES = [
    "District portal (huyện Yên Thành, Nghệ An): banner, breadcrumb, '20/06/2024 - 15:10', 'Nguồn:', 'Tin khác', address.",
    "Location: the district Yên Thành for every figure (xã Hùng Thành etc. are communes of the district).",
    "Distractors: 15:10, 'ngày 15/6', 'cửa cống số 2', '6 tháng đầu năm 2024' in a link, 'Khối 3', 'năm 2021' in 'từ năm 2021 đến nay'.",
    "'khảo sát ... ngày 15/6': a survey day, left without a period (not scored). 'ước hơn 100 triệu' → estimate + over.",
    "'Dự kiến trong tháng 7' → forecast, July of the dateline year. 'từ năm 2021 đến nay' ends at the dateline.",
    "'bằng 41% dung tích thiết kế' → percent attribute of 1,9 triệu m3. 'trong đó 12 hồ' → total 145.",
    "'Năm 2024, vụ hè thu ... phấn đấu' → 11.200 ha actual (gieo cấy), 5,8 tấn/ha target (phấn đấu governs its clause).",
]

if __name__ == "__main__":
    write("p1346-2", TEXT, NOTES, FIGS, published="2024-06-20", location="Yên Thành")
