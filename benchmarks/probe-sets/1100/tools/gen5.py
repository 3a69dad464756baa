"""p1100-5: Báo Cần Thơ (Party newspaper), bookshops keeping their readers; byline and bare date at the end."""
from lib import F, P, CH, year, inh, write

TEXT = """Nhà sách tìm cách giữ chân bạn đọc

Giữa lúc thói quen mua sách trực tuyến ngày càng phổ biến, nhiều nhà sách ở TP Cần Thơ đang thay đổi cách bày trí, mở thêm không gian đọc và tổ chức giao lưu để giữ chân khách hàng.

Theo Sở Văn hóa, Thể thao và Du lịch, trên địa bàn thành phố hiện có khoảng 60 nhà sách, cửa hàng sách, giảm 14 cơ sở so với năm 2019. Các nhà sách tập trung chủ yếu ở quận Ninh Kiều, dọc đường Hòa Bình và đường 3 Tháng 2.

Tại Nhà sách Tây Đô 2, 6 tháng đầu năm 2023 doanh thu đạt 18,4 tỷ đồng, bằng 96% cùng kỳ; trong đó sách chiếm khoảng 55%, còn lại là văn phòng phẩm và quà lưu niệm. Trong 6 tháng, nhà sách bán ra khoảng 96.000 bản sách, sách thiếu nhi và sách tham khảo chiếm hơn 60%. Mỗi ngày nhà sách đón trung bình 1.200-1.500 lượt khách, cuối tuần lên khoảng 3.000 lượt. Anh Trần Minh Tâm, quản lý nhà sách, cho biết giá bìa đã tăng 10-15% so với hai năm trước do giá giấy tăng, khiến sức mua giảm. Để thu hút bạn đọc nhỏ tuổi, nhà sách dành 120 m2 làm góc đọc miễn phí và mời tác giả giao lưu vào cuối tuần.

Khảo sát của Thư viện thành phố với 2.400 học sinh trung học cơ sở năm 2023 cho thấy 38,5% em đọc sách dưới 30 phút mỗi ngày, chỉ 11% đọc sách giấy hằng ngày. Năm nay, Thư viện thành phố dự kiến tổ chức 24 buổi "Ngày hội đọc" tại các trường; mục tiêu đến năm 2025 có 50% học sinh có thói quen đọc sách hằng ngày.

NGỌC ANH
14/08/2023
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
H1b = P("Trong 6 tháng", "2023-01-01", "2023-06-30")
Y23 = year(2023)
NOW = year(2023, "Năm nay")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 60 nhà sách", "60", 60, "count", "nhà sách, cửa hàng sách", "nhà sách, cửa hàng sách", approx="about",
      change=CH("decrease", 14, "cơ sở", "năm 2019")),
    F("đạt 18,4 tỷ đồng", "18,4", 18.4e9, "money", "đồng", "doanh thu Nhà sách Tây Đô 2", H1, percent=96),
    F("sách chiếm khoảng 55%", "55", 55, "percent", "%", "tỷ trọng sách trong doanh thu", H1, approx="about"),
    F("khoảng 96.000 bản sách", "96.000", 96000, "count", "bản sách", "sách bán ra", H1b, approx="about"),
    F("chiếm hơn 60%", "60", 60, "percent", "%", "tỷ lệ sách thiếu nhi và sách tham khảo trong sách bán ra", H1b,
      approx="over"),
    F("trung bình 1.200-1.500 lượt", "1.200", 1200, "count", "lượt khách", "lượt khách nhà sách đón mỗi ngày",
      value_max=1500),
    F("khoảng 3.000 lượt", "3.000", 3000, "count", "lượt", "lượt khách cuối tuần", approx="about"),
    F("tăng 10-15%", "10", 10, "percent", "%", "mức tăng giá bìa sách", value_max=15),
    F("dành 120 m2", "120", 120, "measure", "m2", "diện tích góc đọc miễn phí"),
    F("với 2.400 học sinh", "2.400", 2400, "count", "học sinh", "học sinh trung học cơ sở được khảo sát", Y23),
    F("38,5% em", "38,5", 38.5, "percent", "%", "tỷ lệ học sinh đọc sách dưới 30 phút mỗi ngày", Y23),
    F("dưới 30 phút", "30", 30, "measure", "phút", "thời gian đọc sách mỗi ngày", Y23, approx="under", optional=True),
    F("chỉ 11%", "11", 11, "percent", "%", "tỷ lệ học sinh đọc sách giấy hằng ngày", Y23),
    F("tổ chức 24 buổi", "24", 24, "count", "buổi", "buổi Ngày hội đọc tại các trường", NOW, status="forecast"),
    F("có 50% học sinh", "50", 50, "percent", "%", "tỷ lệ học sinh có thói quen đọc sách hằng ngày", T25,
      status="target"),
]

NOTES = [
    "Báo Cần Thơ: nhà sách giữ chân bạn đọc; byline 'NGỌC ANH' and bare date '14/08/2023' at the end give published.",
    "'giảm 14 cơ sở so với năm 2019' is the change of 'khoảng 60 nhà sách' ('hiện': no period). 'bằng 96% cùng kỳ' is the",
    "percent of 18,4 tỷ. 'tăng 10-15% so với hai năm trước' has no base amount: a percent figure (range) without change.",
    "'dưới 30 phút mỗi ngày' is a category threshold (optional). 'Năm nay' = 2023. Distractors: 'Nhà sách Tây Đô 2',",
    "'đường 3 Tháng 2', 'hai năm trước' (a baseline), 'quận Ninh Kiều'.",
]

if __name__ == "__main__":
    write("p1100-5", TEXT, NOTES, FIGS, published="2023-08-14", location="Cần Thơ")
