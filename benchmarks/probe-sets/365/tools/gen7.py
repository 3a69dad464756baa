from lib import F, P, I, C, T, emit

TEXT = """Kinh doanh › Hàng hóa

Xuất khẩu gạo 9 tháng vượt 7 triệu tấn, doanh nghiệp đẩy mạnh liên kết vùng nguyên liệu

Thứ tư, 16/10/2024, 14:20 (GMT+7)

Theo Bộ Nông nghiệp và Phát triển nông thôn, 9 tháng năm 2024, cả nước xuất khẩu 7,05 triệu tấn gạo, trị giá 4,37 tỷ USD, tăng 10,2% về lượng và 23,4% về giá trị so với cùng kỳ năm 2023. Giá gạo xuất khẩu bình quân đạt 620 USD/tấn, tăng 12,1%.

Philippines tiếp tục là thị trường lớn nhất với 3,1 triệu tấn, chiếm 44% tổng lượng gạo xuất khẩu; tiếp đến là Indonesia 960.000 tấn và Malaysia 580.000 tấn. Hiện giá gạo 5% tấm của Việt Nam chào bán ở mức 573 USD/tấn, cao hơn gạo cùng loại của Thái Lan khoảng 20 USD/tấn.

Tại Cần Thơ, giá lúa tươi IR 50404 tại ruộng dao động 7.200-7.400 đồng/kg, lúa Đài Thơm 8 từ 8.400 đến 8.600 đồng/kg. Nhiều doanh nghiệp đang đặt cọc mua lúa Thu Đông từ 1-2 triệu đồng/ha để giữ vùng nguyên liệu.

Ông Đỗ Hà Nam, Phó Chủ tịch Hiệp hội Lương thực Việt Nam (VFA), cho biết hiện cả nước chỉ có khoảng 30% sản lượng lúa hàng hóa được tiêu thụ qua hợp đồng liên kết; mục tiêu đến năm 2030 nâng tỷ lệ này lên 70%. Trong số hơn 180 thương nhân có giấy phép xuất khẩu gạo, mới khoảng 40 doanh nghiệp có vùng nguyên liệu liên kết ổn định, mỗi doanh nghiệp từ 5.000 ha trở lên.

Dự báo cả năm 2024, xuất khẩu gạo đạt khoảng 9 triệu tấn, kim ngạch trên 5,6 tỷ USD, gấp 1,2 lần năm 2023. Đường dây nóng của VFA: 028.3823.1234.

Nhóm PV
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
E30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("vượt 7 triệu tấn", "7", 7e6, "measure", "tấn", "gạo xuất khẩu", I(M9), approx="over"),
    F("xuất khẩu 7,05 triệu tấn", "7,05", 7.05e6, "measure", "tấn", "gạo xuất khẩu", M9,
      change=C("increase", 10.2, "%", "cùng kỳ năm 2023")),
    F("trị giá 4,37 tỷ USD", "4,37", 4.37e9, "money", "USD", "trị giá gạo xuất khẩu", M9,
      change=C("increase", 23.4, "%", "cùng kỳ năm 2023")),
    F("đạt 620 USD/tấn", "620", 620, "money", "USD/tấn", "giá gạo xuất khẩu bình quân", I(M9),
      change=C("increase", 12.1, "%")),
    F("với 3,1 triệu tấn", "3,1", 3.1e6, "measure", "tấn", "gạo xuất khẩu sang thị trường Philippines", I(M9), percent=44),
    F("Indonesia 960.000 tấn", "960.000", 960000, "measure", "tấn", "gạo xuất khẩu sang thị trường Indonesia", I(M9)),
    F("Malaysia 580.000 tấn", "580.000", 580000, "measure", "tấn", "gạo xuất khẩu sang thị trường Malaysia", I(M9)),
    F("mức 573 USD/tấn", "573", 573, "money", "USD/tấn", "giá gạo 5% tấm chào bán",
      change=C("increase", 20, "USD/tấn", "gạo cùng loại của Thái Lan", "about")),
    F("dao động 7.200-7.400", "7.200", 7200, "money", "đồng/kg", "giá lúa tươi IR 50404 tại ruộng", value_max=7400, location="Cần Thơ"),
    F("từ 8.400 đến 8.600", "8.400", 8400, "money", "đồng/kg", "giá lúa Đài Thơm 8", value_max=8600, location="Cần Thơ"),
    F("từ 1-2 triệu", "1", 1e6, "money", "đồng/ha", "tiền đặt cọc mua lúa Thu Đông", value_max=2e6, location="Cần Thơ"),
    F("khoảng 30% sản lượng", "30", 30, "percent", "%", "sản lượng lúa hàng hóa được tiêu thụ qua hợp đồng liên kết", approx="about"),
    F("lên 70%", "70", 70, "percent", "%", "tỷ lệ sản lượng lúa hàng hóa tiêu thụ qua hợp đồng liên kết", E30, status="target"),
    F("hơn 180 thương nhân", "180", 180, "count", "thương nhân", "thương nhân có giấy phép xuất khẩu gạo", approx="over"),
    F("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", "doanh nghiệp có vùng nguyên liệu liên kết ổn định",
      approx="about", total=180),
    F("từ 5.000 ha trở lên", "5.000", 5000, "measure", "ha", "vùng nguyên liệu mỗi doanh nghiệp", approx="at_least", optional=True),
    F("khoảng 9 triệu tấn", "9", 9e6, "measure", "tấn", "xuất khẩu gạo", Y24, approx="about", status="forecast"),
    F("trên 5,6 tỷ USD", "5,6", 5.6e9, "money", "USD", "kim ngạch xuất khẩu gạo", Y24, approx="over", status="forecast",
      change=C("increase", 1.2, "lần", "năm 2023")),
]

COMMENTS = [
    "National online press (business section): rice exports 9 tháng năm 2024 and contract linkage; 'Thứ tư, 16/10/2024, 14:20 (GMT+7)',",
    "byline 'Nhóm PV' at the end. Location Việt Nam (national figures; foreign markets are partners, not places of the figure);",
    "the paragraph 'Tại Cần Thơ, …' gives its prices (and the deposit in the next sentence of the paragraph) location Cần Thơ.",
    "Distractors: 'gạo 5% tấm' (a grade name, not a share), 'IR 50404', 'Đài Thơm 8', 'Thu Đông', '(GMT+7)', hotline 028.3823.1234,",
    "person 'Đỗ Hà Nam'.",
    "'tăng 10,2% về lượng và 23,4% về giá trị so với cùng kỳ năm 2023': each change goes to its own figure (7,05 triệu tấn / 4,37 tỷ USD).",
    "620 USD/tấn 'tăng 12,1%' → change with no baseline. 3,1 triệu tấn 'chiếm 44%' → share. 573 USD/tấn with change +khoảng 20 USD/tấn vs",
    "Thái Lan's rice. 'Trong số hơn 180 thương nhân …, mới khoảng 40 doanh nghiệp' → total 180 (FIGURES.md 'trong số N').",
    "The threshold 'từ 5.000 ha trở lên' (a criterion) is optional. 'khoảng 30%' (now) and 'mục tiêu đến năm 2030 … lên 70%' (target, own period)",
    "are two figures. 'Dự báo cả năm 2024 …' → forecast; 'gấp 1,2 lần năm 2023' after the value is its change (unit lần).",
    "Headline 'vượt 7 triệu tấn' (approx over) restates the 9-month volume; period inherited.",
]

emit("p365-7", TEXT, COMMENTS, FIGS, published="2024-10-16", location="Việt Nam")
