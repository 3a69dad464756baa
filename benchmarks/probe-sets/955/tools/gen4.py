"""p955-4: ministry site (Bộ NN&PTNT, Cục KTHT&PTNT), national: làng nghề bún, bánh phở, miến."""
from lib import P, I, C, T, F, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Kinh tế hợp tác và Phát triển nông thôn
Trang chủ » Tin hoạt động » Ngành nghề nông thôn
Phát triển làng nghề chế biến bún, bánh phở, miến gắn với Chương trình OCOP
Ngày đăng: 22/08/2023 | Lượt xem: 1.046

Tính đến hết tháng 6/2023, cả nước có 1.951 làng nghề, làng nghề truyền thống được công nhận, trong đó nhóm chế biến, bảo quản nông lâm thủy sản có 685 làng nghề, chiếm 35,1%. Riêng các làng nghề làm bún, bánh phở, miến, bánh đa có khoảng 190 làng, tập trung ở đồng bằng sông Hồng và Tây Nam Bộ.

Các địa phương có nhiều làng nghề bún, miến nhất lần lượt là Hà Nội (34 làng), Thái Bình (17 làng), Nam Định (15 làng) và Đồng Tháp (11 làng). Làng bún Phú Đô (Hà Nội) có khoảng 400 hộ, mỗi ngày cung ứng 50-60 tấn bún.

Năm 2022, các làng nghề chế biến bún, bánh phở, miến sử dụng khoảng 1,1 triệu tấn gạo và gần 320 nghìn tấn tinh bột dong riềng, sắn; giá trị sản xuất ước đạt 21.500 tỷ đồng, tăng 6,8% so với năm 2021. Lao động trong các làng nghề này khoảng 86.000 người, thu nhập bình quân 5,8 triệu đồng/người/tháng. Thu nhập của lao động làng nghề gấp 1,4 lần lao động nông nghiệp thuần.

Đến nay, cả nước có 412 sản phẩm bún, miến, bánh phở được công nhận OCOP từ 3 sao trở lên, tăng 96 sản phẩm so với cuối năm 2022; trong đó 58 sản phẩm đạt 4 sao và 3 sản phẩm đạt 5 sao. Tuy nhiên, chỉ khoảng 25% cơ sở có hệ thống xử lý nước thải đạt chuẩn.

Thực hiện Nghị định số 52/2018/NĐ-CP, mục tiêu đến năm 2025 mỗi tỉnh, thành phố có ít nhất 1 làng nghề chế biến được hỗ trợ xây dựng thương hiệu; 100% làng nghề có phương án bảo vệ môi trường. Dự kiến giai đoạn 2023-2025, ngân sách trung ương bố trí khoảng 150 tỷ đồng hỗ trợ phát triển ngành nghề nông thôn.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3845.9741
"""

ASOF = P("Tính đến hết tháng 6/2023", None, "2023-06-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
NOW = P("Đến nay", None, "2023-08-22")
TGT = P("đến năm 2025", None, "2025-12-31")
GD = P("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")
LIST = "làng nghề bún, miến"

FIGS = [
    F("có 1.951 làng nghề", "1.951", 1951, "count", "làng nghề", "làng nghề, làng nghề truyền thống được công nhận", ASOF),
    F("có 685 làng nghề", "685", 685, "count", "làng nghề", "làng nghề chế biến, bảo quản nông lâm thủy sản", ASOF,
      total=1951, percent=35.1),
    F("khoảng 190 làng", "190", 190, "count", "làng", "làng nghề làm bún, bánh phở, miến, bánh đa", I(ASOF),
      approx="about"),
    F("Hà Nội (34 làng)", "34", 34, "count", "làng", LIST, location="Hà Nội"),
    F("Thái Bình (17 làng)", "17", 17, "count", "làng", LIST, location="Thái Bình"),
    F("Nam Định (15 làng)", "15", 15, "count", "làng", LIST, location="Nam Định"),
    F("Đồng Tháp (11 làng)", "11", 11, "count", "làng", LIST, location="Đồng Tháp"),
    F("khoảng 400 hộ", "400", 400, "count", "hộ", "hộ làng bún Phú Đô", approx="about", location="Hà Nội"),
    F("50-60 tấn bún", "50", 50, "measure", "tấn", "bún làng Phú Đô cung ứng mỗi ngày", value_max=60,
      location="Hà Nội"),
    F("khoảng 1,1 triệu tấn gạo", "1,1", 1.1e6, "measure", "tấn", "gạo các làng nghề bún, bánh phở, miến sử dụng", Y22,
      approx="about"),
    F("gần 320 nghìn tấn", "320", 320e3, "measure", "tấn", "tinh bột dong riềng, sắn các làng nghề sử dụng", Y22,
      approx="nearly"),
    F("ước đạt 21.500 tỷ đồng", "21.500", 21500e9, "money", "đồng", "giá trị sản xuất làng nghề bún, bánh phở, miến",
      Y22, status="estimate", change=C("increase", 6.8, "%", "năm 2021")),
    F("khoảng 86.000 người", "86.000", 86000, "count", "người", "lao động trong các làng nghề bún, bánh phở, miến",
      I(Y22), approx="about"),
    F("bình quân 5,8 triệu", "5,8", 5.8e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động làng nghề", I(Y22)),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "thu nhập của lao động làng nghề so với lao động nông nghiệp thuần"),
    F("có 412 sản phẩm", "412", 412, "count", "sản phẩm", "sản phẩm bún, miến, bánh phở được công nhận OCOP", NOW,
      change=C("increase", 96, "sản phẩm", "cuối năm 2022")),
    F("từ 3 sao trở lên", "3", 3, "measure", "sao", optional=True),
    F("trong đó 58 sản phẩm", "58", 58, "count", "sản phẩm", "sản phẩm OCOP đạt 4 sao", NOW, total=412),
    F("đạt 4 sao", "4", 4, "measure", "sao", optional=True),
    F("và 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm OCOP đạt 5 sao", NOW, total=412),
    F("đạt 5 sao", "5", 5, "measure", "sao", optional=True),
    F("khoảng 25% cơ sở", "25", 25, "percent", "%", "cơ sở có hệ thống xử lý nước thải đạt chuẩn", approx="about"),
    F("ít nhất 1 làng nghề", "1", 1, "count", "làng nghề",
      "làng nghề chế biến được hỗ trợ xây dựng thương hiệu mỗi tỉnh, thành phố", TGT, approx="at_least",
      status="target"),
    F("100% làng nghề", "100", 100, "percent", "%", "làng nghề có phương án bảo vệ môi trường", TGT, status="target"),
    F("khoảng 150 tỷ đồng", "150", 150e9, "money", "đồng", "ngân sách trung ương hỗ trợ phát triển ngành nghề nông thôn",
      GD, approx="about", status="forecast"),
]

COMMENTS = [
    "Cục KTHT&PTNT (Bộ NN&PTNT): làng nghề bún, bánh phở, miến cả nước (2023). National figures: location Việt Nam.",
    "Distractors: 'Ngày đăng: 22/08/2023', 'Lượt xem: 1.046', 'Nghị định số 52/2018/NĐ-CP', 'Số 2 Ngọc Hà', phone '024.3845.9741'.",
    "'Riêng … có khoảng 190 làng' has no part-of cue ('riêng' is not one): no total. Province list ('lần lượt là Hà Nội (34 làng), …'): subject = the",
    "list's indicator, place = location. 'gấp 1,4 lần' stands as its own sentence: a multiple. OCOP star classes/thresholds are optional.",
    "'Đến nay' ends at the dateline; the 'trong đó' parts 58 and 3 take the 412 as total. 'Dự kiến giai đoạn 2023-2025' -> forecast.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, COMMENTS, published="2023-08-22", location="Việt Nam")
