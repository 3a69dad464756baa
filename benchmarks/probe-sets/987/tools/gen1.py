"""p987-1: Khánh Hòa province portal, pearl output of the first half of 2024."""
from lib import F, P, I, C, write

TEXT = """Cổng Thông tin điện tử tỉnh Khánh Hòa
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.315

Khánh Hòa: Sản lượng ngọc trai 6 tháng đạt gần 1,2 tấn

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh có 14 cơ sở nuôi trai cấy ngọc đang hoạt động với tổng diện tích mặt nước khoảng 420 ha, tập trung tại vịnh Vân Phong và vịnh Cam Ranh. Sản lượng ngọc trai thu hoạch ước đạt 1.180 kg, tăng 12,4% so với cùng kỳ năm 2023, đạt 54% kế hoạch năm; trong đó ngọc loại A (đường kính từ 8 mm trở lên) chiếm khoảng 35%.

Số trai được cấy nhân trong kỳ là 186.000 con, trong đó huyện Vạn Ninh (112.000 con) và TP Cam Ranh (74.000 con). Tỷ lệ trai sống sau cấy đạt 78%, cao hơn 6 điểm phần trăm so với năm 2023. Giá ngọc trai thô loại A dao động từ 450.000 đến 600.000 đồng/viên, loại B khoảng 150.000 đồng/viên.

Doanh thu từ nuôi trai và chế biến sản phẩm ngọc trai ước đạt 86,5 tỷ đồng, tăng 9,2% so với cùng kỳ. Các cơ sở tạo việc làm thường xuyên cho hơn 650 lao động, thu nhập bình quân 7,5 triệu đồng/người/tháng. Ngọc trai nuôi tại vịnh Vân Phong có giá bán cao gấp 1,5 lần ngọc nhập khẩu cùng kích cỡ.

Thực hiện Quyết định số 1520/QĐ-UBND ngày 12/6/2023 của UBND tỉnh, phấn đấu năm 2024 sản lượng ngọc trai đạt 2.200 kg, doanh thu từ ngọc trai đạt 180 tỷ đồng. Dự kiến trong quý III/2024, các cơ sở sẽ thả nuôi thêm khoảng 50.000 con trai giống dọc bờ biển phía bắc Quốc lộ 1A. Tỉnh cũng sẽ tổ chức Hội chợ ngọc trai và đặc sản biển lần thứ 2 tại Nha Trang vào tháng 9.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TK = P("trong kỳ", "2024-01-01", "2024-06-30")

FIGS = [
    F("6 tháng đạt gần 1,2 tấn", "1,2", 1.2, "measure", "tấn", "sản lượng ngọc trai",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở nuôi trai cấy ngọc đang hoạt động", H1),
    F("khoảng 420 ha", "420", 420, "measure", "ha", "diện tích mặt nước nuôi trai cấy ngọc", H1, approx="about"),
    F("ước đạt 1.180 kg", "1.180", 1180, "measure", "kg", "sản lượng ngọc trai thu hoạch", I(H1),
      percent=54, change=C("increase", 12.4, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("từ 8 mm trở lên", "8", 8, "measure", "mm", "đường kính ngọc loại A", I(H1), approx="at_least", optional=True),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "ngọc loại A trong sản lượng ngọc trai thu hoạch", I(H1),
      approx="about", status="estimate"),
    F("là 186.000 con", "186.000", 186000, "count", "con", "trai được cấy nhân", TK),
    F("Vạn Ninh (112.000 con)", "112.000", 112000, "count", "con", "trai được cấy nhân", TK,
      total=186000, location="Vạn Ninh"),
    F("Cam Ranh (74.000 con)", "74.000", 74000, "count", "con", "trai được cấy nhân", TK,
      total=186000, location="Cam Ranh"),
    F("sau cấy đạt 78%", "78", 78, "percent", "%", "tỷ lệ trai sống sau cấy", I(H1),
      change=C("increase", 6, "điểm phần trăm", "năm 2023")),
    F("từ 450.000 đến 600.000", "450.000", 450000, "money", "đồng/viên", "giá ngọc trai thô loại A",
      value_max=600000),
    F("khoảng 150.000 đồng/viên", "150.000", 150000, "money", "đồng/viên", "giá ngọc trai thô loại B", approx="about"),
    F("ước đạt 86,5 tỷ đồng", "86,5", 86.5e9, "money", "đồng",
      "doanh thu từ nuôi trai và chế biến sản phẩm ngọc trai", I(H1),
      change=C("increase", 9.2, baseline="cùng kỳ"), status="estimate"),
    F("hơn 650 lao động", "650", 650, "count", "lao động", "lao động có việc làm thường xuyên tại các cơ sở",
      approx="over"),
    F("7,5 triệu đồng/người/tháng", "7,5", 7.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá bán ngọc trai nuôi tại vịnh Vân Phong so với ngọc nhập khẩu"),
    F("đạt 2.200 kg", "2.200", 2200, "measure", "kg", "sản lượng ngọc trai", Y24, status="target"),
    F("đạt 180 tỷ đồng", "180", 180e9, "money", "đồng", "doanh thu từ ngọc trai", Y24, status="target"),
    F("khoảng 50.000 con", "50.000", 50000, "count", "con", "trai giống thả nuôi thêm",
      P("quý III/2024", "2024-07-01", "2024-09-30"), approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Khánh Hòa: nuôi trai cấy ngọc 6 tháng đầu năm 2024 (province portal, breadcrumb, Cập nhật | Lượt xem).",
    "Headline '6 tháng' without a year takes 2024 from the dateline. '54% kế hoạch năm' is the percent of 1.180 kg.",
    "'từ 8 mm trở lên' is a category threshold (optional). '6 điểm phần trăm' is the change of 78%.",
    "Distractors: Lượt xem 2.315, Quyết định số 1520/QĐ-UBND ngày 12/6/2023, Quốc lộ 1A, lần thứ 2, tháng 9.",
]

write("p987-1", TEXT, FIGS, NOTES, published="2024-07-18", location="Khánh Hòa")
