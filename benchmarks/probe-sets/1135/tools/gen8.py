"""p1135-8: provincial newspaper online (Báo Quảng Nam, '(QNO) -'): net repair in coastal communes of huyện Núi Thành, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế | Nông nghiệp - Nông thôn

Núi Thành: Hơn 1.000 phụ nữ ven biển có việc làm từ nghề vá lưới

Thứ Năm, 18/07/2024 | 09:12

(QNO) - 6 tháng đầu năm, nghề đan, vá lưới ở các xã ven biển huyện Núi Thành tạo việc làm cho 1.085 lao động, trong đó 1.012 lao động nữ; thu nhập bình quân 5,8 triệu đồng/người/tháng, tăng 0,4 triệu đồng so với cùng kỳ.

Các xã Tam Quang, Tam Hải và Tam Tiến có số lao động đông nhất, lần lượt 420, 318 và 205 người. Riêng tại xã Tam Quang, Hội LHPN xã đã thành lập 3 tổ hợp tác vá lưới với 96 hội viên; mỗi tổ nhận lưới của từ 15 đến 20 chủ tàu. Hiện Núi Thành đứng thứ 2 toàn tỉnh về số lao động làm nghề đan, vá lưới.

Theo Phòng NN&PTNT huyện, toàn huyện có 1.246 tàu cá, trong đó 342 tàu có công suất từ 90 CV trở lên. Mùa biển năm nay nhu cầu vá, thay lưới tăng mạnh, giá công vá lưới rê tăng từ 200.000 lên 230.000 đồng/ngày. Chị Phan Thị Bảy ở thôn Đông Tác, xã Tam Quang cho biết, chị nhận vá lưới cho 4 chủ tàu quen, mỗi tháng có thu nhập 6-7 triệu đồng, gấp đôi so với làm thuê ngoài đồng.

Bà Trần Thị Thu Hà, Chủ tịch Hội LHPN huyện cho biết, 6 tháng cuối năm, Hội phấn đấu thành lập thêm 2 tổ hợp tác, phối hợp mở 4 lớp dạy nghề cho khoảng 120 chị em; dự kiến cả năm tổng thu nhập từ nghề đan, vá lưới của hội viên đạt khoảng 70 tỷ đồng.

VĂN SỰ
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")
LIST = "lao động làm nghề đan, vá lưới"

FIGS = [
    F("Hơn 1.000 phụ nữ", "1.000", 1000, "count", "phụ nữ", approx="over",
      subject="phụ nữ ven biển có việc làm từ nghề vá lưới"),
    F("cho 1.085 lao động", "1.085", 1085, "count", "lao động",
      subject="lao động có việc làm từ nghề đan, vá lưới", period=H1),
    F("1.012 lao động nữ", "1.012", 1012, "count", "lao động nữ", total=1085,
      subject="lao động nữ có việc làm từ nghề đan, vá lưới", period=H1),
    F("bình quân 5,8 triệu", "5,8", 5800000, "money", "đồng/người/tháng",
      change=C("increase", 400000, "đồng", "cùng kỳ"), subject="thu nhập bình quân", period=H1),
    F("lần lượt 420", "420", 420, "count", "người", subject=LIST, period=I(H1)),
    F("420, 318", "318", 318, "count", "người", subject=LIST, period=I(H1)),
    F("và 205 người", "205", 205, "count", "người", subject=LIST, period=I(H1)),
    F("lập 3 tổ", "3", 3, "count", "tổ hợp tác", subject="tổ hợp tác vá lưới do Hội LHPN xã thành lập"),
    F("với 96 hội viên", "96", 96, "count", "hội viên", subject="hội viên tổ hợp tác vá lưới"),
    F("từ 15 đến 20 chủ", "15", 15, "measure", "chủ tàu/tổ", value_max=20,
      subject="chủ tàu mỗi tổ nhận lưới"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="số lao động làm nghề đan, vá lưới toàn tỉnh"),
    F("có 1.246 tàu", "1.246", 1246, "count", "tàu cá", subject="tàu cá"),
    F("342 tàu", "342", 342, "count", "tàu", total=1246, subject="tàu có công suất từ 90 CV trở lên"),
    F("từ 90 CV", "90", 90, "measure", "CV", approx="at_least", optional=True, subject="công suất tàu"),
    F("từ 200.000 lên", "200.000", 200000, "money", "đồng/ngày", optional=True,
      subject="giá công vá lưới rê trước đây"),
    F("lên 230.000", "230.000", 230000, "money", "đồng/ngày", subject="giá công vá lưới rê"),
    F("cho 4 chủ", "4", 4, "count", "chủ tàu", subject="chủ tàu quen nhận vá lưới"),
    F("nhập 6-7 triệu", "6", 6000000, "money", "đồng/tháng", value_max=7000000,
      change=C("increase", 2, "lần", "làm thuê ngoài đồng"), subject="thu nhập mỗi tháng từ vá lưới"),
    F("thêm 2 tổ", "2", 2, "count", "tổ hợp tác", status="target", subject="tổ hợp tác thành lập thêm", period=H2),
    F("mở 4 lớp", "4", 4, "count", "lớp", status="target", subject="lớp dạy nghề", period=H2),
    F("khoảng 120 chị em", "120", 120, "count", "chị em", approx="about", status="target",
      subject="chị em học nghề", period=H2),
    F("khoảng 70 tỷ", "70", 70000000000, "money", "đồng", approx="about", status="forecast",
      subject="tổng thu nhập từ nghề đan, vá lưới của hội viên", period=YR),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Nam): headline figure, 'Thứ Năm, 18/07/2024 | 09:12', tag '(QNO) -', byline at the end.",
    "Default location: huyện Núi Thành; its communes (Tam Quang, Tam Hải, Tam Tiến) are not districts, so list items keep Núi Thành.",
    "Year-less '6 tháng đầu năm', '6 tháng cuối năm', 'cả năm' take 2024 from the dateline. Commune list 420/318/205 inherits the H1 period.",
    "Distractors: time 09:12, 'Chị Phan Thị Bảy' (name = number word), 'thôn Đông Tác', 'Mùa biển năm nay'. Category threshold 'từ 90 CV trở lên' optional.",
    "'tăng từ 200.000 lên 230.000 đồng/ngày': the figure is the new level 230.000; the old level is optional (no change stated as a number).",
    "'mỗi tổ nhận lưới của từ 15 đến 20 chủ tàu' is a per-team rate (measure, chủ tàu/tổ). 'gấp đôi so với làm thuê ngoài đồng' = change increase 2 lần.",
    "'tăng 0,4 triệu đồng so với cùng kỳ' -> change 400000 đồng. 'đứng thứ 2 toàn tỉnh' -> rank of the district.",
]

if __name__ == "__main__":
    write("p1135-8", TEXT, NOTES, FIGS, published="2024-07-18", location="Núi Thành")
