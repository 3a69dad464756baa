"""p612-5: Báo Hà Nội Mới (Party paper) — metro 2A and Nhổn–Ga Hà Nội, BRT 01, bus subsidy, demand share; date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Báo Hà Nội Mới – Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Thời sự › Giao thông

Metro Cát Linh – Hà Đông chở hơn 11,3 triệu lượt khách trong 8 tháng

(HNM) – Theo Công ty TNHH MTV Đường sắt Hà Nội, 8 tháng năm 2024, tuyến đường sắt đô thị số 2A Cát Linh – Hà Đông vận chuyển hơn 11,3 triệu lượt hành khách, tăng 14,5% so với cùng kỳ năm 2023; bình quân khoảng 46.500 lượt khách/ngày, ngày cao điểm đạt gần 78.000 lượt.

Đoạn trên cao tuyến Nhổn – Ga Hà Nội dài 8,5 km với 8 nhà ga chính thức khai thác thương mại từ ngày 8/8/2024; sau 3 tuần đã phục vụ khoảng 1,1 triệu lượt khách, trong đó 62% là khách đi lần đầu. Giá vé lượt từ 8.000 đến 15.000 đồng, vé tháng 200.000 đồng.

Cùng thời gian, tuyến buýt nhanh BRT 01 Kim Mã – Yên Nghĩa vận chuyển 8,2 triệu lượt khách, bằng 96% cùng kỳ. Toàn mạng xe buýt của thành phố có 154 tuyến trợ giá, trong đó 36 tuyến buýt điện.

Năm 2024, thành phố bố trí 1.650 tỷ đồng trợ giá cho xe buýt và đường sắt đô thị, trong đó tuyến 2A khoảng 190 tỷ đồng. Hiện vận tải hành khách công cộng mới đáp ứng khoảng 19,5% nhu cầu đi lại của người dân Thủ đô. Theo Quy hoạch Thủ đô, đến năm 2030 tỷ lệ này phải đạt 50-55%.

Nhân dịp kỷ niệm 70 năm Ngày Giải phóng Thủ đô, Hanoi Metro miễn vé cho hành khách trong 2 ngày 9 và 10/10.

Thanh Hải
21/09/2024
"""

M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("chở hơn 11,3 triệu", "11,3", 11300000, "count", "lượt khách", approx="over",
      subject="lượt khách Metro Cát Linh – Hà Đông", period=P("trong 8 tháng", "2024-01-01", "2024-08-31")),
    F("vận chuyển hơn 11,3 triệu", "11,3", 11300000, "count", "lượt hành khách", approx="over",
      change=CH("increase", 14.5, baseline="cùng kỳ năm 2023"),
      subject="lượt hành khách tuyến đường sắt đô thị số 2A Cát Linh – Hà Đông vận chuyển", period=M8),
    F("khoảng 46.500 lượt", "46.500", 46500, "measure", "lượt khách/ngày", approx="about",
      subject="lượt khách bình quân tuyến 2A", period=M8),
    F("gần 78.000 lượt", "78.000", 78000, "count", "lượt", approx="nearly",
      subject="lượt khách ngày cao điểm tuyến 2A", period=I(M8)),
    F("dài 8,5 km", "8,5", 8.5, "measure", "km", subject="chiều dài đoạn trên cao tuyến Nhổn – Ga Hà Nội"),
    F("với 8 nhà ga", "8", 8, "count", "nhà ga", subject="nhà ga đoạn trên cao tuyến Nhổn – Ga Hà Nội"),
    F("khoảng 1,1 triệu", "1,1", 1100000, "count", "lượt khách", approx="about",
      subject="lượt khách tuyến Nhổn – Ga Hà Nội phục vụ"),
    F("62%", "62", 62, "percent", "%", subject="khách đi lần đầu"),
    F("từ 8.000 đến 15.000 đồng", "8.000", 8000, "money", "đồng", value_max=15000, subject="giá vé lượt"),
    F("tháng 200.000 đồng", "200.000", 200000, "money", "đồng", subject="giá vé tháng"),
    F("vận chuyển 8,2 triệu", "8,2", 8200000, "count", "lượt khách", percent=96,
      subject="lượt khách tuyến buýt nhanh BRT 01 Kim Mã – Yên Nghĩa", period=I(M8)),
    F("có 154 tuyến", "154", 154, "count", "tuyến", subject="tuyến xe buýt trợ giá"),
    F("đó 36 tuyến", "36", 36, "count", "tuyến", total=154, subject="tuyến buýt điện"),
    F("bố trí 1.650 tỷ đồng", "1.650", 1650000000000, "money", "đồng",
      subject="kinh phí trợ giá cho xe buýt và đường sắt đô thị", period=Y24),
    F("khoảng 190 tỷ đồng", "190", 190000000000, "money", "đồng", approx="about", total=1650000000000,
      subject="kinh phí trợ giá tuyến 2A", period=Y24),
    F("khoảng 19,5%", "19,5", 19.5, "percent", "%", approx="about",
      subject="tỷ lệ đáp ứng nhu cầu đi lại của vận tải hành khách công cộng"),
    F("50-55%", "50", 50, "percent", "%", value_max=55, status="target",
      subject="tỷ lệ đáp ứng nhu cầu đi lại của vận tải hành khách công cộng",
      period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Báo Hà Nội Mới (HNM): metro 2A 8 tháng năm 2024, Nhổn – Ga Hà Nội, BRT 01, xe buýt trợ giá, kinh phí 2024, tỷ lệ đáp ứng; byline + date at end.",
    "Distractors: 'số 2A', 'tuyến 2A', 'BRT 01', 'ngày 8/8/2024', 'sau 3 tuần', '70 năm Ngày Giải phóng Thủ đô' (an anniversary's name),",
    "'trong 2 ngày 9 và 10/10' (duration and dates). Headline 'trong 8 tháng' takes the year of published (2024).",
    "'lượt khách/ngày' is a rate: measure. Peak-day count: period left inherited (a single unnamed day within the 8 months).",
    "'bằng 96% cùng kỳ' → percent of 8,2 triệu. 'trong đó 62% là khách đi lần đầu' is a percent figure of its own (share of a part).",
    "'tỷ lệ này phải đạt 50-55%' (đến năm 2030) is a target figure of its own. Location Hà Nội throughout.",
]

if __name__ == "__main__":
    emit("p612-5", TEXT, COMMENTS, FIGS, published="2024-09-21", location="Hà Nội")
