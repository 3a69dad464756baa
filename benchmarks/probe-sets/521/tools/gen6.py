"""p521-6: national press (VnExpress style) — pork, vegetable and rice prices before Tết 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 5/2/2024, 07:00 (GMT+7)
Giá lợn hơi lên đỉnh 6 tháng trước Tết
Giá lợn hơi tại nhiều tỉnh phía Bắc chạm mốc 58.000 đồng/kg, cao nhất trong 6 tháng qua, do nhu cầu tiêu thụ dịp Tết tăng mạnh.

Theo khảo sát sáng 4/2, giá lợn hơi tại Hưng Yên là 58.000 đồng/kg, tăng 4.000 đồng/kg so với tuần trước; Thái Bình 57.000 đồng/kg và Hà Nam 56.000 đồng/kg. Tại khu vực phía Nam, Đồng Nai thu mua ở mức 55.000 đồng/kg, còn Cà Mau thấp nhất cả nước với 52.000 đồng/kg.

Ông Nguyễn Văn Trọng, Phó cục trưởng Cục Chăn nuôi (Bộ Nông nghiệp và Phát triển nông thôn), cho biết tổng đàn lợn cả nước hiện khoảng 29,5 triệu con, tăng 2,9% so với cùng kỳ; sản lượng thịt lợn hơi năm 2023 đạt gần 5 triệu tấn. Nguồn cung dịp Tết được đánh giá dồi dào, không có chuyện thiếu hàng, sốt giá.

Cùng với thịt lợn, giá nhiều loại rau xanh tại các chợ ở Hà Nội tăng 20-30% so với tháng trước do rét đậm kéo dài. Bắp cải được bán 15.000 đồng/kg, su hào 8.000 đồng/củ, cà chua 25.000 đồng/kg.

Ở chiều ngược lại, giá gạo xuất khẩu 5% tấm của Việt Nam đã giảm về 640 USD/tấn, thấp hơn 15 USD so với tuần trước nhưng vẫn cao hơn gạo cùng loại của Thái Lan khoảng 10 USD/tấn. Năm 2023, Việt Nam xuất khẩu 8,1 triệu tấn gạo, thu về 4,6 tỷ USD, mức cao nhất từ trước đến nay.

Theo Hiệp hội Lương thực Việt Nam, lượng gạo tồn kho tại các doanh nghiệp hiện khoảng 1,2 triệu tấn, đủ đáp ứng các hợp đồng xuất khẩu trong quý I/2024 và nhu cầu tiêu dùng trong nước dịp Tết.

Phương Đông
"""

COMMENTS = [
    "National press (VnExpress style, 'Thứ hai, 5/2/2024, 07:00 (GMT+7)'): pork, vegetable and rice prices before Tết 2024. Default location Việt Nam.",
    "'nhiều tỉnh phía Bắc' names no single province: the lead's 58.000 stays Việt Nam. Provinces in the price list are locations.",
    "Vegetable prices in the sentence after 'tại các chợ ở Hà Nội' keep Hà Nội. 'tăng 20-30%' is a rate that is the claim (percent, no change).",
    "640 USD/tấn carries the first change (giảm 15 USD vs tuần trước); the second comparison 'cao hơn ... khoảng 10 USD/tấn' is optional.",
    "'sáng 4/2' is a survey date, not a period (left null). 'hiện' gives no period. 1,2 triệu tấn is 'đủ đáp ứng ... quý I/2024': no period of its own.",
    "Distractors: '(GMT+7)', 'đỉnh 6 tháng', '6 tháng qua' (durations), gạo '5% tấm' (a grade), 'sáng 4/2'.",
    "revised after the first scoring: 4,6 tỷ USD subject 'kim ngạch xuất khẩu gạo' → 'thu về từ xuất khẩu gạo' (the spec asks for the indicator",
    "as the sentence names it; 'kim ngạch' is not in the sentence). The verdict on the tool's 'tiền thu về' is unchanged (token F1 0.44).",
]

FIGS = [
    F("chạm mốc 58.000 đồng/kg", "58.000", 58000, "money", "đồng/kg", subject="giá lợn hơi tại nhiều tỉnh phía Bắc"),
    F("Hưng Yên là 58.000 đồng/kg", "58.000", 58000, "money", "đồng/kg",
      change=CH("increase", 4000, unit="đồng/kg", baseline="tuần trước"), subject="giá lợn hơi", location="Hưng Yên"),
    F("57.000 đồng/kg", "57.000", 57000, "money", "đồng/kg", subject="giá lợn hơi", location="Thái Bình"),
    F("56.000 đồng/kg", "56.000", 56000, "money", "đồng/kg", subject="giá lợn hơi", location="Hà Nam"),
    F("55.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", subject="giá lợn hơi thu mua", location="Đồng Nai"),
    F("52.000 đồng/kg", "52.000", 52000, "money", "đồng/kg", subject="giá lợn hơi thấp nhất cả nước", location="Cà Mau"),
    F("khoảng 29,5 triệu con", "29,5", 29.5e6, "count", "con", approx="about",
      change=CH("increase", 2.9, baseline="cùng kỳ"), subject="tổng đàn lợn cả nước"),
    F("gần 5 triệu tấn", "5", 5e6, "measure", "tấn", approx="nearly", subject="sản lượng thịt lợn hơi",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tăng 20-30%", "20", 20, "percent", "%", value_max=30, subject="giá rau xanh tại các chợ", location="Hà Nội"),
    F("15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", subject="giá bắp cải", location="Hà Nội"),
    F("8.000 đồng/củ", "8.000", 8000, "money", "đồng/củ", subject="giá su hào", location="Hà Nội"),
    F("25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", subject="giá cà chua", location="Hà Nội"),
    F("640 USD/tấn", "640", 640, "money", "USD/tấn",
      change=CH("decrease", 15, unit="USD", baseline="tuần trước"), subject="giá gạo xuất khẩu 5% tấm"),
    F("khoảng 10 USD/tấn", "10", 10, "money", "USD/tấn", approx="about",
      subject="giá gạo xuất khẩu cao hơn gạo cùng loại của Thái Lan", optional=True),
    F("8,1 triệu tấn", "8,1", 8.1e6, "measure", "tấn", subject="gạo xuất khẩu",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("4,6 tỷ USD", "4,6", 4.6e9, "money", "USD", subject="thu về từ xuất khẩu gạo",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 1,2 triệu tấn", "1,2", 1.2e6, "measure", "tấn", approx="about",
      subject="lượng gạo tồn kho tại các doanh nghiệp"),
]

emit("p521-6", TEXT, COMMENTS, FIGS, published="2024-02-05", location="Việt Nam")
