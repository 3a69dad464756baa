"""p539-8: provincial radio-TV site (PT-TH Đắk Lắk), coffee replanting, seedlings, yields, pests, 9 tháng 2024."""
from lib import F, P, Y, I, CH, emit

TEXT = """Đài Phát thanh và Truyền hình Đắk Lắk
Nông nghiệp

Đắk Lắk: 9 tháng, tái canh gần 4.800 ha cà phê
11/10/2024 14:25

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng năm 2024 toàn tỉnh tái canh, ghép cải tạo được 4.785 ha cà phê, đạt 79,8% kế hoạch năm; trong đó tái canh trồng mới 3.120 ha, ghép cải tạo 1.665 ha. Lũy kế giai đoạn 2014-2024, diện tích cà phê tái canh toàn tỉnh đạt 62.450 ha.

Các cơ sở sản xuất giống trên địa bàn đã cung ứng khoảng 5,6 triệu cây giống cà phê thực sinh và ghép, chủ yếu là các giống TR4, TR9, TRS1; riêng Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên (số 53 Nguyễn Lương Bằng, TP Buôn Ma Thuột) cung cấp 1,2 triệu cây. Giá cây giống ghép phổ biến 5.000-7.000 đồng/cây.

Vườn cà phê tái canh đến kỳ kinh doanh cho năng suất bình quân 32,5 tạ nhân/ha, cao hơn 9 tạ nhân/ha so với vườn cũ. Các huyện có diện tích tái canh lớn là Cư M'gar, Krông Năng và Ea H'leo với lần lượt 812 ha, 745 ha và 690 ha; đây cũng là các địa phương nằm dọc Quốc lộ 14.

Về sâu bệnh, 9 tháng qua có 1.365 ha cà phê bị rệp sáp gây hại, giảm 17,4% so với cùng kỳ; bệnh khô cành, khô quả gây hại 842 ha. Ngành chức năng đã mở 38 lớp tập huấn quản lý dịch hại tổng hợp cho khoảng 1.900 lượt nông dân.

Quý IV/2024, tỉnh dự kiến tái canh thêm 1.200 ha; phấn đấu đến năm 2025 tỷ lệ diện tích cà phê già cỗi còn dưới 10%.

PV (thực hiện) - Lượt xem: 1.427
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("tái canh gần 4.800 ha", "4.800", 4800, "measure", "ha", "diện tích cà phê tái canh",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("được 4.785 ha", "4.785", 4785, "measure", "ha", "diện tích cà phê tái canh, ghép cải tạo", M9, percent=79.8),
    F("mới 3.120 ha", "3.120", 3120, "measure", "ha", "diện tích cà phê tái canh trồng mới", M9, total=4785),
    F("tạo 1.665 ha", "1.665", 1665, "measure", "ha", "diện tích cà phê ghép cải tạo", M9, total=4785),
    F("đạt 62.450 ha", "62.450", 62450, "measure", "ha", "diện tích cà phê tái canh lũy kế",
      P("giai đoạn 2014-2024", "2014-01-01", "2024-12-31")),
    F("khoảng 5,6 triệu cây", "5,6", 5600000, "count", "cây giống", "cây giống cà phê thực sinh và ghép được cung ứng",
      I(M9), approx="about"),
    F("cấp 1,2 triệu cây", "1,2", 1200000, "count", "cây", "cây giống do Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên cung cấp",
      I(M9), total=5600000),
    F("phổ biến 5.000-7.000", "5.000", 5000, "money", "đồng/cây", "giá cây giống ghép", value_max=7000),
    F("bình quân 32,5 tạ", "32,5", 32.5, "measure", "tạ nhân/ha", "năng suất bình quân vườn cà phê tái canh",
      change=CH("increase", 9, "tạ nhân/ha", "vườn cũ")),
    F("lần lượt 812 ha", "812", 812, "measure", "ha", "diện tích tái canh", location="Cư M'gar"),
    F("745 ha và", "745", 745, "measure", "ha", "diện tích tái canh", location="Krông Năng"),
    F("và 690 ha", "690", 690, "measure", "ha", "diện tích tái canh", location="Ea H'leo"),
    F("có 1.365 ha", "1.365", 1365, "measure", "ha", "diện tích cà phê bị rệp sáp gây hại",
      P("9 tháng qua", "2024-01-01", "2024-09-30"), change=CH("decrease", 17.4, "%", "cùng kỳ")),
    F("gây hại 842 ha", "842", 842, "measure", "ha", "diện tích bệnh khô cành, khô quả gây hại",
      P("9 tháng qua", "2024-01-01", "2024-09-30")),
    F("mở 38 lớp", "38", 38, "count", "lớp", "lớp tập huấn quản lý dịch hại tổng hợp"),
    F("khoảng 1.900 lượt", "1.900", 1900, "count", "lượt nông dân", "lượt nông dân được tập huấn", approx="about"),
    F("thêm 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích cà phê tái canh thêm",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
    F("còn dưới 10%", "10", 10, "percent", "%", "tỷ lệ diện tích cà phê già cỗi",
      P("đến năm 2025", None, "2025-12-31"), approx="under", status="target"),
]

COMMENTS = [
    "Provincial radio-TV site (Đài PT-TH Đắk Lắk), dateline '11/10/2024 14:25' under the headline, view counter at the end.",
    "Headline '9 tháng' has no year: 2024 from the dateline. 'giai đoạn 2014-2024' is a cumulative period (year bounds).",
    "'riêng Viện ... cung cấp 1,2 triệu cây' is a part of the 5,6 triệu seedlings ('riêng' read as a part cue): total 5.600.000.",
    "'32,5 tạ nhân/ha' keeps the qualifier in the unit; its change is 9 tạ nhân/ha over the old gardens. Districts after 'lần lượt' go to location.",
    "Distractors: variety names 'TR4', 'TR9', 'TRS1', address 'số 53 Nguyễn Lương Bằng', 'Quốc lộ 14', 'Lượt xem: 1.427'.",
]

emit("p539-8", TEXT, COMMENTS, FIGS, published="2024-10-11", location="Đắk Lắk")
