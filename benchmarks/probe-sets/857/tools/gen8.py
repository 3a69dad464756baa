"""p857-8: Báo Bắc Giang online, (BBG) tag: food-service households using cash-register e-invoices, 9 months 2024."""
from lib import F, P, I, C, T, build

TEXT = """Báo Bắc Giang điện tử › Kinh tế
Hơn 1.100 hộ kinh doanh ăn uống dùng hóa đơn điện tử từ máy tính tiền
Cập nhật lúc 15:42, Thứ sáu, 18/10/2024

(BBG) - Tính đến ngày 15/10, toàn tỉnh có 1.163 hộ kinh doanh dịch vụ ăn uống đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, tăng 3,2 lần so với cuối năm 2023, trong đó có 428 quán cà phê, trà sữa. Số hóa đơn đã khởi tạo đạt hơn 2,4 triệu hóa đơn, với tổng doanh thu được ghi nhận khoảng 318 tỷ đồng.

Theo Cục Thuế tỉnh, 9 tháng năm 2024, số thu từ hộ kinh doanh trên địa bàn đạt 412,7 tỷ đồng, bằng 81,3% dự toán năm, tăng 15,4% so với cùng kỳ; trong đó thu từ hộ kinh doanh ăn uống 96,8 tỷ đồng. Toàn tỉnh hiện có 12.640 hộ kinh doanh ăn uống, tập trung ở thành phố Bắc Giang (4.215 hộ), thị xã Việt Yên (1.736 hộ) và huyện Lạng Giang (1.102 hộ), chủ yếu dọc Quốc lộ 1A và Quốc lộ 31.

Từ đầu năm đến nay, qua kiểm tra, ngành thuế phát hiện 37 hộ kê khai doanh thu thấp hơn thực tế, truy thu hơn 1,2 tỷ đồng. Một quán cà phê trên đường Hoàng Văn Thụ sau khi dùng máy tính tiền đã kê khai doanh thu 145 triệu đồng/tháng, gấp 3 lần mức khoán trước đây.

Mục tiêu đến cuối năm 2024, 100% hộ ăn uống có doanh thu từ 1 tỷ đồng/năm trở lên sử dụng hóa đơn điện tử từ máy tính tiền; dự kiến số hộ đăng ký mới trong quý IV đạt khoảng 350 hộ. Người dân phản ánh qua đường dây nóng 0204.3854.123 của Cục Thuế tỉnh.

Hương Thu
"""

ASOF = P("Tính đến ngày 15/10", end="2024-10-15")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-18")
T24 = P("đến cuối năm 2024", end="2024-12-31")

FIGS = [
    F("Hơn 1.100 hộ", "1.100", 1100, "count", "hộ kinh doanh",
      "hộ kinh doanh ăn uống dùng hóa đơn điện tử từ máy tính tiền", approx="over"),
    F("có 1.163 hộ", "1.163", 1163, "count", "hộ kinh doanh",
      "hộ kinh doanh dịch vụ ăn uống đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", ASOF,
      change=C("increase", 3.2, "lần", "cuối năm 2023")),
    F("có 428 quán", "428", 428, "count", "quán cà phê, trà sữa",
      "quán cà phê, trà sữa đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", ASOF, total=1163),
    F("hơn 2,4 triệu", "2,4", 2.4e6, "count", "hóa đơn", "hóa đơn đã khởi tạo", I(ASOF), approx="over"),
    F("khoảng 318 tỷ", "318", 318e9, "money", "đồng", "tổng doanh thu được ghi nhận qua hóa đơn", I(ASOF),
      approx="about"),
    F("đạt 412,7 tỷ", "412,7", 412.7e9, "money", "đồng", "số thu từ hộ kinh doanh", M9, percent=81.3,
      change=C("increase", 15.4, "%", "cùng kỳ")),
    F("uống 96,8 tỷ", "96,8", 96.8e9, "money", "đồng", "thu từ hộ kinh doanh ăn uống", M9, total=412.7e9),
    F("có 12.640 hộ", "12.640", 12640, "count", "hộ kinh doanh", "hộ kinh doanh ăn uống"),
    F("(4.215 hộ)", "4.215", 4215, "count", "hộ", "hộ kinh doanh ăn uống", location="Bắc Giang"),
    F("(1.736 hộ)", "1.736", 1736, "count", "hộ", "hộ kinh doanh ăn uống", location="Việt Yên"),
    F("(1.102 hộ)", "1.102", 1102, "count", "hộ", "hộ kinh doanh ăn uống", location="Lạng Giang"),
    F("phát hiện 37 hộ", "37", 37, "count", "hộ", "hộ kê khai doanh thu thấp hơn thực tế", YTD),
    F("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", "số tiền truy thu", YTD, approx="over"),
    F("doanh thu 145 triệu", "145", 145e6, "money", "đồng/tháng",
      "doanh thu kê khai của một quán cà phê sau khi dùng máy tính tiền", I(YTD),
      change=C("increase", 3, "lần", "mức khoán trước đây")),
    F("2024, 100% hộ", "100", 100, "percent", "%",
      "hộ ăn uống có doanh thu từ 1 tỷ đồng/năm trở lên sử dụng hóa đơn điện tử từ máy tính tiền", T24,
      status="target"),
    F("từ 1 tỷ đồng/năm", "1", 1e9, "money", "đồng/năm",
      "doanh thu của hộ phải sử dụng hóa đơn điện tử từ máy tính tiền", approx="at_least", optional=True),
    F("khoảng 350 hộ", "350", 350, "count", "hộ", "hộ đăng ký mới", P("quý IV", "2024-10-01", "2024-12-31"),
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Bắc Giang online, headline figure 'Hơn 1.100 hộ', 'Cập nhật lúc 15:42, Thứ sáu, 18/10/2024', '(BBG) -' tag.",
    "'tăng 3,2 lần so với cuối năm 2023' is the change of 1.163 hộ (spec: 'tăng hơn 2,8 lần so với cùng kỳ').",
    "'gấp 3 lần mức khoán trước đây' follows the 145 triệu amount it compares: read as its change (increase 3 lần).",
    "District list after 'tập trung ở' does not add up to 12.640: no total. thành phố Bắc Giang -> location Bắc Giang.",
    "'hiện có 12.640 hộ' has no period. Distractors: 15:42, Quốc lộ 1A, Quốc lộ 31, đường Hoàng Văn Thụ, hotline.",
]

build("p857-8", TEXT, FIGS, NOTES, published="2024-10-18", location="Bắc Giang")
