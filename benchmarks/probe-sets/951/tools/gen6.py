"""p951-6: national newspaper, a private community library in U Minh (Cà Mau) and the province's figures."""
from lib import F, P, I, C, T, write

TEXT = """Thứ bảy, 20/4/2024, 08:15 (GMT+7)

Thư viện 12.000 cuốn sách giữa rừng U Minh Hạ

Từ tủ sách gia đình khoảng 300 cuốn năm 2015, thư viện "Sách cho em" của thầy giáo về hưu Trần Văn Bảy ở xã Khánh An, huyện U Minh, tỉnh Cà Mau nay đã có hơn 12.000 cuốn sách, mở cửa miễn phí 7 ngày/tuần.

Thư viện đón trung bình 40-50 lượt học sinh/ngày; năm 2023 cho mượn khoảng 9.600 lượt sách, gấp 3 lần năm 2019. Ông Bảy cho biết mỗi năm ông dành khoảng 30-40 triệu đồng tiền lương hưu để mua sách, phần còn lại do các nhóm thiện nguyện ở TP HCM, Cần Thơ gửi tặng. Căn nhà cạnh tuyến Quốc lộ 63 được ông ngăn thành 2 phòng đọc, rộng chừng 60 m2.

Theo Sở Văn hóa, Thể thao và Du lịch Cà Mau, toàn tỉnh hiện có 1 thư viện tỉnh, 9 thư viện cấp huyện, 46 thư viện tư nhân có phục vụ cộng đồng và hơn 750 tủ sách cơ sở. Năm 2023, hệ thống thư viện công cộng của tỉnh phục vụ 612.000 lượt bạn đọc, bằng 108% so với năm 2022; kinh phí bổ sung sách khoảng 2,4 tỷ đồng, tương đương 2.000 đồng/người dân.

Ngành văn hóa tỉnh đặt mục tiêu đến năm 2025 có 70% xã, thị trấn có thư viện hoặc điểm đọc sách phục vụ cộng đồng, mỗi huyện có ít nhất 5 thư viện tư nhân. Trong năm 2024, Thư viện tỉnh dự kiến luân chuyển 25.000 bản sách về các xã ven biển như Khánh Hội, Đất Mũi.

"Có những em đọc hết cả trăm cuốn mỗi năm, nhiều em đã đậu đại học", thầy Bảy nói. Thư viện vừa được UBND tỉnh tặng Bằng khen và đưa vào danh sách 10 mô hình văn hóa đọc tiêu biểu năm 2023.

Phúc Hưng
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Thư viện 12.000 cuốn sách", "12.000", 12000, "count", "cuốn sách", "sách của thư viện \"Sách cho em\"",
      location="U Minh"),
    F("khoảng 300 cuốn", "300", 300, "count", "cuốn", "sách của tủ sách gia đình", approx="about",
      location="U Minh", period=P("năm 2015", "2015-01-01", "2015-12-31")),
    F("hơn 12.000 cuốn sách", "12.000", 12000, "count", "cuốn sách", "sách của thư viện \"Sách cho em\"",
      approx="over", location="U Minh"),
    F("miễn phí 7 ngày/tuần", "7", 7, "measure", "ngày/tuần", "ngày mở cửa miễn phí mỗi tuần", location="U Minh"),
    F("trung bình 40-50 lượt học sinh/ngày", "40", 40, "measure", "lượt học sinh/ngày",
      "lượt học sinh đến thư viện mỗi ngày", value_max=50, location="U Minh"),
    F("khoảng 9.600 lượt sách", "9.600", 9600, "count", "lượt sách", "lượt sách cho mượn", approx="about",
      change=C("increase", 3, unit="lần", baseline="năm 2019"), location="U Minh", period=Y23),
    F("khoảng 30-40 triệu đồng", "30", 30e6, "money", "đồng", "tiền lương hưu ông Bảy dành mua sách mỗi năm",
      value_max=40e6, approx="about", location="U Minh"),
    F("thành 2 phòng đọc", "2", 2, "count", "phòng đọc", "phòng đọc của thư viện", location="U Minh"),
    F("chừng 60 m2", "60", 60, "measure", "m2", "diện tích phòng đọc", approx="about", location="U Minh"),
    F("có 1 thư viện tỉnh", "1", 1, "count", "thư viện tỉnh", "thư viện tỉnh"),
    F("9 thư viện cấp huyện", "9", 9, "count", "thư viện cấp huyện", "thư viện cấp huyện"),
    F("46 thư viện tư nhân", "46", 46, "count", "thư viện tư nhân", "thư viện tư nhân có phục vụ cộng đồng"),
    F("hơn 750 tủ sách cơ sở", "750", 750, "count", "tủ sách cơ sở", "tủ sách cơ sở", approx="over"),
    F("phục vụ 612.000 lượt bạn đọc", "612.000", 612000, "count", "lượt bạn đọc",
      "lượt bạn đọc hệ thống thư viện công cộng của tỉnh phục vụ", percent=108, period=Y23b),
    F("khoảng 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", "kinh phí bổ sung sách", approx="about", period=Y23b),
    F("tương đương 2.000 đồng/người dân", "2.000", 2000, "money", "đồng/người dân",
      "kinh phí bổ sung sách bình quân đầu người", period=Y23b),
    F("có 70% xã", "70", 70, "percent", "%", "xã, thị trấn có thư viện hoặc điểm đọc sách phục vụ cộng đồng",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
    F("ít nhất 5 thư viện tư nhân", "5", 5, "count", "thư viện tư nhân", "thư viện tư nhân mỗi huyện",
      approx="at_least", status="target", period=P("đến năm 2025", None, "2025-12-31")),
    F("luân chuyển 25.000 bản sách", "25.000", 25000, "count", "bản sách",
      "bản sách Thư viện tỉnh luân chuyển về các xã ven biển", status="forecast",
      period=P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("hết cả trăm cuốn", "trăm", 100, "count", "cuốn", "sách một em đọc mỗi năm", approx="about",
      location="U Minh", optional=True),
    F("sách 10 mô hình", "10", 10, "count", "mô hình", "mô hình văn hóa đọc tiêu biểu", optional=True,
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
]

NOTES = [
    "National-newspaper style: 'Thứ bảy, 20/4/2024, 08:15 (GMT+7)' dateline, byline at the end.",
    "The private library's figures are located in huyện U Minh (district named); the province's figures are Cà Mau (default).",
    "'gấp 3 lần năm 2019' after 9.600 lượt sách -> its change (increase 3 lần, baseline 'năm 2019').",
    "'bằng 108% so với năm 2022' -> percent 108 of 612.000; 'tương đương 2.000 đồng/người dân' is a money figure of its own",
    "  (tương đương introduces an amount, not a share). Rates with '/ngày', '/tuần' are measures.",
    "Not figures: 'Trần Văn Bảy' (name), 'Quốc lộ 63', 'TP HCM', dateline and time.",
    "Optional: 'cả trăm cuốn' in a quote (a vague number word), '10 mô hình văn hóa đọc tiêu biểu' (a list's size, a name-like award).",
    "'đặt mục tiêu đến năm 2025' -> target for 70% and 'ít nhất 5' (continuing clause); 'dự kiến luân chuyển' -> forecast.",
]

write(6, TEXT, FIGS, NOTES, published="2024-04-20", location="Cà Mau")
