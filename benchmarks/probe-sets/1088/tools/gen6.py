"""p1088-6: national newspaper, duty-free shops and border trade at Móng Cái (Quảng Ninh), 7 months 2023."""
from lib import F, P, I, C, T, build

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 5/8/2023, 09:40 (GMT+7)
Cửa hàng miễn thuế ở Móng Cái đông khách trở lại

Lượng khách Trung Quốc sang mua sắm tăng mạnh giúp doanh thu các cửa hàng miễn thuế tại TP Móng Cái (Quảng Ninh) tăng gấp 2,6 lần.

Bảy tháng đầu năm, cửa khẩu quốc tế Móng Cái đón hơn 395.000 lượt khách xuất nhập cảnh, tăng 8 lần so với cùng kỳ năm ngoái. Doanh thu của 12 cửa hàng miễn thuế trên địa bàn thành phố đạt khoảng 410 tỷ đồng, trong đó cửa hàng lớn nhất gần cầu Bắc Luân II đạt gần 150 tỷ đồng.

Bà Nguyễn Thị Tám, chủ một cửa hàng trên phố Trần Phú, cho biết ngày cuối tuần cửa hàng đón 500-600 lượt khách, mỗi khách chi trung bình 1,5-2 triệu đồng, chủ yếu mua mỹ phẩm, rượu, thực phẩm chức năng. Theo Ban Quản lý Khu kinh tế Quảng Ninh, hàng miễn thuế chiếm khoảng 35% tổng chi tiêu của khách Trung Quốc tại Móng Cái.

Tính chung 7 tháng, kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh Quảng Ninh đạt 2,35 tỷ USD, tăng 41% so với cùng kỳ. Tại Móng Cái, bình quân khoảng 700-800 xe hàng/ngày qua cầu Bắc Luân II; thời gian chờ thông quan giảm từ 2 ngày xuống còn khoảng 6 giờ.

Dự kiến cả năm 2023, lượng khách qua cửa khẩu Móng Cái đạt khoảng 800.000 lượt. Thành phố phấn đấu thu hút thêm 3 trung tâm mua sắm miễn thuế, mỗi trung tâm có diện tích trên 5.000 m2.

Minh Cương
"""

M7 = P("Bảy tháng đầu năm", "2023-01-01", "2023-07-31")

FIGS = [
    F("tăng gấp 2,6 lần", "2,6", 2.6, "multiple", "lần",
      subject="doanh thu các cửa hàng miễn thuế"),
    F("hơn 395.000 lượt khách", "395.000", 395000, "count", "lượt khách", approx="over",
      change=C("increase", 8, unit="lần", baseline="cùng kỳ năm ngoái"),
      subject="lượt khách xuất nhập cảnh qua cửa khẩu quốc tế Móng Cái", period=M7),
    F("của 12 cửa hàng", "12", 12, "count", "cửa hàng",
      subject="cửa hàng miễn thuế trên địa bàn thành phố", period=I(M7)),
    F("khoảng 410 tỷ đồng", "410", 410e9, "money", "đồng", approx="about",
      subject="doanh thu của cửa hàng miễn thuế", period=I(M7)),
    F("gần 150 tỷ đồng", "150", 150e9, "money", "đồng", approx="nearly", total=410e9,
      subject="doanh thu cửa hàng miễn thuế lớn nhất", period=I(M7)),
    F("đón 500-600 lượt khách", "500", 500, "count", "lượt khách", value_max=600,
      subject="lượt khách một cửa hàng đón ngày cuối tuần"),
    F("trung bình 1,5-2 triệu đồng", "1,5", 1.5e6, "money", "đồng/khách", value_max=2e6,
      subject="chi tiêu trung bình mỗi khách"),
    F("khoảng 35% tổng chi tiêu", "35", 35, "percent", "%", approx="about",
      subject="tỷ trọng hàng miễn thuế trong tổng chi tiêu của khách Trung Quốc"),
    F("đạt 2,35 tỷ USD", "2,35", 2.35e9, "money", "USD",
      change=C("increase", 41, baseline="cùng kỳ"),
      subject="kim ngạch xuất nhập khẩu qua các cửa khẩu", location="Quảng Ninh",
      period=P("Tính chung 7 tháng", "2023-01-01", "2023-07-31")),
    F("khoảng 700-800 xe hàng/ngày", "700", 700, "measure", "xe hàng/ngày", value_max=800, approx="about",
      subject="xe hàng qua cầu Bắc Luân II bình quân"),
    F("từ 2 ngày", "2", 2, "measure", "ngày",
      subject="thời gian chờ thông quan trước đây", optional=True),
    F("khoảng 6 giờ", "6", 6, "measure", "giờ", approx="about",
      subject="thời gian chờ thông quan"),
    F("khoảng 800.000 lượt", "800.000", 800000, "count", "lượt", approx="about", status="forecast",
      subject="lượng khách qua cửa khẩu Móng Cái", period=P("cả năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm 3 trung tâm", "3", 3, "count", "trung tâm mua sắm miễn thuế", status="target",
      subject="trung tâm mua sắm miễn thuế thu hút thêm"),
    F("trên 5.000 m2", "5.000", 5000, "measure", "m2", approx="over", status="target",
      subject="diện tích mỗi trung tâm", optional=True),
]

NOTES = [
    "National newspaper (VnExpress style) 'Thứ bảy, 5/8/2023, 09:40 (GMT+7)': duty-free shops and border trade in TP Móng Cái, Quảng Ninh; byline at the end.",
    "Distractors: 09:40 (GMT+7), cầu Bắc Luân II, phố Trần Phú, person 'Nguyễn Thị Tám', 'một cửa hàng' (an indefinite article).",
    "Location: the city Móng Cái for its shops, gate and bridge; the province-wide 2,35 tỷ USD is Quảng Ninh.",
    "Lead 'tăng gấp 2,6 lần' has no base amount: a multiple. 'tăng 8 lần so với cùng kỳ năm ngoái' after 395.000 is its change (unit lần).",
    "'Bảy tháng đầu năm' takes 2023 from the dateline. 'giảm từ 2 ngày xuống còn khoảng 6 giờ': 6 giờ is the figure, the former 2 ngày is optional.",
    "'trên 5.000 m2' is the size class of the targeted centres: optional.",
]

if __name__ == "__main__":
    build("p1088-6", TEXT, NOTES, FIGS, published="2023-08-05", location="Móng Cái")
