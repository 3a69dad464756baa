"""p805-5: Báo Lâm Đồng (provincial Party paper), tranh thêu tay Đà Lạt; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Tranh thêu tay Đà Lạt vươn xa

Từ những khung thêu nhỏ trong các gia đình, tranh thêu tay Đà Lạt đã trở thành sản phẩm đặc trưng của thành phố ngàn hoa, được du khách trong và ngoài nước ưa chuộng.

Hiện Đà Lạt có 14 cơ sở, doanh nghiệp sản xuất tranh thêu tay, thu hút khoảng 1.900 thợ thêu, phần lớn là phụ nữ ở các huyện Đơn Dương, Đức Trọng, Lâm Hà; nam giới chiếm dưới 5% số thợ. Thu nhập của thợ thêu từ 5 đến 9 triệu đồng/tháng tùy tay nghề.

Năm 2022, doanh thu của các cơ sở thêu tay đạt khoảng 210 tỷ đồng, tăng 35% so với năm 2021 nhờ du lịch phục hồi, trong đó khách quốc tế đóng góp khoảng 30% doanh thu. Riêng quý I/2023, các cơ sở bán ra gần 4.200 sản phẩm, tăng 28% so với cùng kỳ.

Tại cơ sở tranh thêu Hoa Sen (số 80A Mai Anh Đào, phường 8), 450 thợ thêu mỗi tháng hoàn thành 300-350 sản phẩm. Một bức tranh phong cảnh cỡ lớn cần từ 2 đến 3 tháng mới xong, giá bán từ 8 đến 25 triệu đồng/bức; tác phẩm thêu hai mặt có giá trên 100 triệu đồng. Tại Festival Hoa Đà Lạt lần thứ 9, gian hàng tranh thêu của cơ sở luôn đông khách.

Để giữ nghề, năm 2022 Trung tâm Dịch vụ việc làm tỉnh phối hợp mở 6 lớp dạy thêu cho 180 học viên nữ, trong đó 42 học viên là người đồng bào dân tộc thiểu số.

Tỉnh Lâm Đồng đặt mục tiêu đến năm 2025 nâng số thợ thêu lên 2.500 người, đưa tranh thêu tay trở thành sản phẩm OCOP 5 sao.

MINH ĐẠO
05/06/2023
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y22b = P("năm 2022", "2022-01-01", "2022-12-31")
DL = "Đà Lạt"

FIGS = [
    F("có 14 cơ sở", "14", "count", "cơ sở", "cơ sở, doanh nghiệp sản xuất tranh thêu tay", location=DL),
    F("khoảng 1.900 thợ thêu", "1.900", "count", "thợ thêu", "thợ thêu", approx="about", location=DL),
    F("dưới 5%", "5", "percent", "%", "tỷ lệ nam giới trong số thợ thêu", approx="under", location=DL),
    F("từ 5 đến 9 triệu đồng/tháng", "5", "money", "đồng/tháng", "thu nhập của thợ thêu", mult=10**6, vmax="9",
      location=DL),
    F("khoảng 210 tỷ đồng", "210", "money", "đồng", "doanh thu của các cơ sở thêu tay", mult=10**9, approx="about",
      change=C("increase", 35, baseline="năm 2021"), period=Y22, location=DL),
    F("khoảng 30% doanh thu", "30", "percent", "%", "tỷ trọng doanh thu từ khách quốc tế", approx="about",
      period=Y22, location=DL),
    F("gần 4.200 sản phẩm", "4.200", "count", "sản phẩm", "sản phẩm bán ra", approx="nearly",
      change=C("increase", 28, baseline="cùng kỳ"), period=P("quý I/2023", "2023-01-01", "2023-03-31"), location=DL),
    F("450 thợ thêu", "450", "count", "thợ thêu", "thợ thêu của cơ sở tranh thêu Hoa Sen", location=DL),
    F("hoàn thành 300-350 sản phẩm", "300", "measure", "sản phẩm/tháng", "sản phẩm hoàn thành mỗi tháng", vmax="350",
      location=DL),
    F("từ 2 đến 3 tháng", "2", "measure", "tháng", "thời gian hoàn thành một bức tranh phong cảnh cỡ lớn", vmax="3",
      location=DL),
    F("từ 8 đến 25 triệu đồng/bức", "8", "money", "đồng/bức", "giá bán tranh phong cảnh cỡ lớn", mult=10**6,
      vmax="25", location=DL),
    F("trên 100 triệu đồng", "100", "money", "đồng", "giá tác phẩm thêu hai mặt", mult=10**6, approx="over",
      location=DL),
    F("mở 6 lớp", "6", "count", "lớp", "lớp dạy thêu", period=Y22b),
    F("cho 180 học viên", "180", "count", "học viên", "học viên nữ học thêu", period=Y22b),
    F("42 học viên", "42", "count", "học viên", "học viên người đồng bào dân tộc thiểu số", total=180, period=Y22b),
    F("lên 2.500 người", "2.500", "count", "người", "số thợ thêu", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("OCOP 5 sao", "5", "count", "sao", "hạng sao OCOP", status="target", optional=True),
]

COMMENTS = [
    "Báo Lâm Đồng: tranh thêu tay Đà Lạt; byline 'MINH ĐẠO' and bare date '05/06/2023' at the end give published.",
    "Figures on Đà Lạt's embroidery get location Đà Lạt (the city); the provincial training classes and target stay Lâm Đồng.",
    "The provenance of workers (huyện Đơn Dương, Đức Trọng, Lâm Hà) is not the place of the figures.",
    "'mỗi tháng hoàn thành 300-350 sản phẩm' is a rate: measure, unit 'sản phẩm/tháng'. 'thêu hai mặt' is a technique's name, not a figure.",
    "'lần thứ 9' (festival edition), 'số 80A Mai Anh Đào', 'phường 8' are not figures; 'OCOP 5 sao' is a category (optional).",
]

write("p805-5", TEXT, FIGS, COMMENTS, published="2023-06-05", location="Lâm Đồng")
