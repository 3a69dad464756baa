"""p842-4: Ministry site (Bộ TT&TT), national fixed broadband and universal-service programme, year 2023."""
from lib import F, P, I, C, T, build

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > Viễn thông - Internet
Ngày đăng: 22/01/2024 16:40 | Nguồn: Cục Viễn thông

Năm 2023: Cáp quang phủ 98,2% thôn, bản trên cả nước

Năm 2023, tổng số thuê bao băng rộng cố định của cả nước đạt khoảng 22,8 triệu thuê bao, tăng 9,6% so với năm 2022; tỷ lệ hộ gia đình sử dụng cáp quang đạt 79,4%, vượt chỉ tiêu đề ra là 75%. Tốc độ truy cập băng rộng cố định trung bình đạt 97,5 Mbps, gấp 1,4 lần năm 2022, xếp thứ 44 thế giới.

Hiện 63/63 tỉnh, thành phố đã có hạ tầng cáp quang đến cấp xã. Các địa phương có tỷ lệ hộ gia đình sử dụng cáp quang cao nhất lần lượt là Hà Nội (95,1%), TP Hồ Chí Minh (93,8%) và Đà Nẵng (92,6%); thấp nhất là Điện Biên (41,3%) và Lai Châu (44,7%).

Về thị phần, VNPT chiếm 38,5%, Viettel 36,2% và FPT Telecom 19,4% tổng số thuê bao băng rộng cố định; còn lại là khoảng 20 doanh nghiệp nhỏ.

Chương trình cung cấp dịch vụ viễn thông công ích đến năm 2025 (ban hành kèm Quyết định số 2269/QĐ-TTg) trong năm 2023 đã hỗ trợ phủ sóng cho 1.953 thôn, bản vùng lõm sóng với tổng kinh phí hơn 1.140 tỷ đồng; hỗ trợ 41.600 hộ nghèo, hộ cận nghèo sử dụng dịch vụ, mỗi hộ được hỗ trợ 100.000 đồng/tháng. Dự kiến năm 2024, Chương trình sẽ phủ thêm khoảng 1.500 thôn, bản.

Phát biểu tại Hội nghị tổng kết lần thứ 3, Cục trưởng Cục Viễn thông cho biết, theo Chiến lược phát triển hạ tầng số, đến năm 2025 phấn đấu 100% thôn, bản có cáp quang, tốc độ băng rộng cố định đạt tối thiểu 100 Mbps và trên 80% hộ gia đình sử dụng cáp quang.

Địa chỉ: 18 Nguyễn Du, Hai Bà Trưng, Hà Nội.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
RATE = "tỷ lệ hộ gia đình sử dụng cáp quang"
SHARE = "thị phần thuê bao băng rộng cố định"
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("phủ 98,2% thôn", "98,2", 98.2, "percent", "%", "thôn, bản được cáp quang phủ",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 22,8 triệu", "22,8", 22.8e6, "count", "thuê bao", "tổng số thuê bao băng rộng cố định", Y23,
      approx="about", change=C("increase", 9.6, "%", "năm 2022")),
    F("cáp quang đạt 79,4%", "79,4", 79.4, "percent", "%", RATE, Y23, target=T(75, "%", True)),
    F("đạt 97,5 Mbps", "97,5", 97.5, "measure", "Mbps", "tốc độ truy cập băng rộng cố định trung bình", I(Y23),
      change=C("increase", 1.4, "lần", "năm 2022")),
    F("xếp thứ 44", "44", 44, "rank", "hạng", "tốc độ truy cập băng rộng cố định trên thế giới", I(Y23)),
    F("Hiện 63/63", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có hạ tầng cáp quang đến cấp xã",
      total=63),
    F("Hà Nội (95,1%)", "95,1", 95.1, "percent", "%", RATE, I(Y23), location="Hà Nội"),
    F("TP Hồ Chí Minh (93,8%)", "93,8", 93.8, "percent", "%", RATE, I(Y23), location="Hồ Chí Minh"),
    F("Đà Nẵng (92,6%)", "92,6", 92.6, "percent", "%", RATE, I(Y23), location="Đà Nẵng"),
    F("Điện Biên (41,3%)", "41,3", 41.3, "percent", "%", RATE, I(Y23), location="Điện Biên"),
    F("Lai Châu (44,7%)", "44,7", 44.7, "percent", "%", RATE, I(Y23), location="Lai Châu"),
    F("VNPT chiếm 38,5%", "38,5", 38.5, "percent", "%", SHARE + " của VNPT", I(Y23)),
    F("Viettel 36,2%", "36,2", 36.2, "percent", "%", SHARE + " của Viettel", I(Y23)),
    F("FPT Telecom 19,4%", "19,4", 19.4, "percent", "%", SHARE + " của FPT Telecom", I(Y23)),
    F("khoảng 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", "doanh nghiệp nhỏ cung cấp băng rộng cố định",
      I(Y23), approx="about"),
    F("cho 1.953 thôn", "1.953", 1953, "count", "thôn, bản", "thôn, bản vùng lõm sóng được hỗ trợ phủ sóng", Y23b),
    F("hơn 1.140 tỷ đồng", "1.140", 1140e9, "money", "đồng", "tổng kinh phí hỗ trợ phủ sóng", Y23b, approx="over"),
    F("hỗ trợ 41.600 hộ", "41.600", 41600, "count", "hộ", "hộ nghèo, hộ cận nghèo được hỗ trợ sử dụng dịch vụ", Y23b),
    F("hỗ trợ 100.000 đồng/tháng", "100.000", 100000, "money", "đồng/tháng", "mức hỗ trợ mỗi hộ", Y23b),
    F("khoảng 1.500 thôn", "1.500", 1500, "count", "thôn, bản", "thôn, bản được Chương trình phủ thêm",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("phấn đấu 100% thôn", "100", 100, "percent", "%", "thôn, bản có cáp quang", T25, status="target"),
    F("tối thiểu 100 Mbps", "100", 100, "measure", "Mbps", "tốc độ băng rộng cố định", T25, approx="at_least",
      status="target"),
    F("trên 80% hộ", "80", 80, "percent", "%", "hộ gia đình sử dụng cáp quang", T25, approx="over",
      status="target"),
]

NOTES = [
    "Ministry of Information and Communications site: national fixed broadband 2023, provincial ranking, market shares,",
    "universal telecom service programme, 2025 targets. Invented text. Location Việt Nam unless a province is the list item.",
    "Not figures: 'Ngày đăng: 22/01/2024 16:40', 'Chương trình ... đến năm 2025' (a programme's name), 'Quyết định số 2269/QĐ-TTg',",
    "'Hội nghị tổng kết lần thứ 3' (ordinal), the address '18 Nguyễn Du'. Year-less headline? No: the headline says 'Năm 2023'.",
    "'vượt chỉ tiêu đề ra là 75%' -> target 75, met true. 'gấp 1,4 lần năm 2022' after 97,5 Mbps -> change in 'lần'.",
    "Enterprise shares: subject carries the enterprise (not a place), location stays Việt Nam.",
]

build("p842-4", TEXT, FIGS, NOTES, published="2024-01-22", location="Việt Nam")
