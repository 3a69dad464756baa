"""p897-1: Thái Bình province portal, rural garment workshops, first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Thái Bình: Nghề may gia công nông thôn thu hút hơn 42 nghìn lao động

Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.316

Theo Sở Công Thương, tính đến 30/6/2024, toàn tỉnh có 356 cơ sở may gia công hoạt động tại khu vực nông thôn, tăng 21 cơ sở so với cuối năm 2023. Các cơ sở thu hút hơn 42 nghìn lao động, trong đó lao động nữ chiếm 87,5%. Từ đầu năm đến nay, các cơ sở đã tiếp nhận thêm 1.250 lao động mới.

Giá trị sản xuất 6 tháng đầu năm ước đạt 2.150 tỷ đồng, tăng 12,4% so với cùng kỳ năm 2023 và đạt 52,4% kế hoạch năm. Sản phẩm chủ yếu là áo sơ mi, quần âu, áo jacket và đồ bảo hộ lao động, gia công cho các doanh nghiệp ở khu công nghiệp Phúc Khánh, Tiền Hải và dọc Quốc lộ 10.

Các huyện có nhiều cơ sở nhất lần lượt là Quỳnh Phụ (78 cơ sở), Hưng Hà (65 cơ sở) và Thái Thụy (54 cơ sở). Thu nhập bình quân của người lao động đạt 6,8 triệu đồng/người/tháng, cao hơn khoảng 1,2 triệu đồng so với lao động làm nông nghiệp thuần túy. Tại xã An Ninh (Quỳnh Phụ), mỗi thợ may hoàn thành từ 60 đến 80 sản phẩm/ngày.

Tuy nhiên, khoảng 18% số cơ sở còn dùng máy may gia đình, năng suất thấp; 43 cơ sở chưa đăng ký hộ kinh doanh. Thực hiện Quyết định số 1215/QĐ-UBND ngày 20/5/2024 của UBND tỉnh, theo kế hoạch, năm 2024 tỉnh hỗ trợ 25 cơ sở đổi mới máy móc với mức tối đa 150 triệu đồng/cơ sở.

Cả năm 2024, ngành phấn đấu giá trị sản xuất may gia công nông thôn đạt 4.100 tỷ đồng, thu hút thêm 3.000 lao động. Dự kiến trong quý III/2024, các cơ sở ký mới khoảng 4,5 triệu sản phẩm.

Đây là lần thứ 2 tỉnh tổ chức đánh giá chuyên đề về nghề may nông thôn.
"""

ASOF = P("tính đến 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("nông thôn thu hút hơn 42 nghìn", "42", 42000, "count", "lao động", approx="over",
      subject="lao động nghề may gia công nông thôn thu hút"),
    F("có 356 cơ sở", "356", 356, "count", "cơ sở", "cơ sở may gia công hoạt động tại khu vực nông thôn", ASOF,
      change=C("+", 21, "cơ sở", "cuối năm 2023")),
    F("Các cơ sở thu hút hơn 42 nghìn", "42", 42000, "count", "lao động", "lao động các cơ sở may gia công thu hút",
      I(ASOF), approx="over"),
    F("lao động nữ chiếm 87,5%", "87,5", 87.5, "percent", "%", "tỷ lệ lao động nữ", I(ASOF)),
    F("thêm 1.250 lao động mới", "1.250", 1250, "count", "lao động", "lao động mới các cơ sở tiếp nhận thêm",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")),
    F("ước đạt 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "giá trị sản xuất", H1,
      change=C("+", 12.4, "%", "cùng kỳ năm 2023"), percent=52.4, status="estimate"),
    F("Quỳnh Phụ (78 cơ sở)", "78", 78, "count", "cơ sở", "cơ sở may gia công", I(ASOF), location="Quỳnh Phụ"),
    F("Hưng Hà (65 cơ sở)", "65", 65, "count", "cơ sở", "cơ sở may gia công", I(ASOF), location="Hưng Hà"),
    F("Thái Thụy (54 cơ sở)", "54", 54, "count", "cơ sở", "cơ sở may gia công", I(ASOF), location="Thái Thụy"),
    F("đạt 6,8 triệu đồng/người/tháng", "6,8", 6.8e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của người lao động", I(H1),
      change=C("+", 1.2e6, "đồng", "lao động làm nông nghiệp thuần túy", approx="about")),
    F("từ 60 đến 80 sản phẩm/ngày", "60", 60, "measure", "sản phẩm/ngày", "sản phẩm mỗi thợ may hoàn thành",
      value_max=80, location="Quỳnh Phụ"),
    F("khoảng 18% số cơ sở", "18", 18, "percent", "%", "cơ sở còn dùng máy may gia đình", approx="about"),
    F("43 cơ sở chưa", "43", 43, "count", "cơ sở", "cơ sở chưa đăng ký hộ kinh doanh"),
    F("hỗ trợ 25 cơ sở", "25", 25, "count", "cơ sở", "cơ sở được hỗ trợ đổi mới máy móc", Y24, status="target"),
    F("tối đa 150 triệu đồng/cơ sở", "150", 150e6, "money", "đồng/cơ sở", "mức hỗ trợ đổi mới máy móc", Y24,
      approx="at_most", status="target"),
    F("đạt 4.100 tỷ đồng", "4.100", 4100e9, "money", "đồng", "giá trị sản xuất may gia công nông thôn",
      P("Cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("thêm 3.000 lao động", "3.000", 3000, "count", "lao động", "lao động thu hút thêm",
      P("Cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 4,5 triệu sản phẩm", "4,5", 4.5e6, "count", "sản phẩm", "sản phẩm các cơ sở ký mới",
      P("quý III/2024", "2024-07-01", "2024-09-30"), approx="about", status="forecast"),
]

write("p897-1", TEXT, FIGS, published="2024-07-18", location="Thái Bình", comments=[
    "Cổng TTĐT tỉnh Thái Bình: cơ sở may gia công nông thôn 6 tháng đầu năm 2024 (province portal, breadcrumb, Cập nhật | Lượt xem).",
    "Not figures: Lượt xem 2.316, Quyết định số 1215/QĐ-UBND ngày 20/5/2024, Quốc lộ 10, 'lần thứ 2', time 09:45.",
    "Headline figure has no period. 'đạt 52,4% kế hoạch năm' is the percent of 2.150 tỷ; 'cao hơn khoảng 1,2 triệu đồng so với' is a change.",
    "The district list is a ranking (no total). 'theo kế hoạch, năm 2024 tỉnh hỗ trợ' → target, and the continuing 'mức tối đa' too.",
])
