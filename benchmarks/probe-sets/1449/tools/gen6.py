"""p1449-6: national newspaper: sock factories in Đồng Nai hire again (first half 2024)."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 18/7/2024, 07:30 (GMT+7)

Đơn hàng tất phục hồi, nhà máy ở Đồng Nai tuyển 1.000 công nhân

Đơn hàng phục hồi từ đầu năm khiến nhiều nhà máy sản xuất tất ở Đồng Nai phải chạy ca đêm, tuyển thêm lao động.

Tại Khu công nghiệp Nhơn Trạch 2 (huyện Nhơn Trạch), Công ty TNHH Sunrise Hosiery Việt Nam (vốn Đài Loan) đang cần tuyển thêm một nghìn công nhân may, dệt và đóng gói. Đại diện công ty cho biết 6 tháng đầu năm, nhà máy xuất khẩu 96 triệu đôi tất, tăng gần 30% so với cùng kỳ, doanh thu khoảng 52 triệu USD. Đơn hàng đã kín đến hết tháng 11.

Nhà máy có 3.400 công nhân, trong đó hơn 2.500 người là nữ. Lương khởi điểm của công nhân mới là 5,8 triệu đồng một tháng, chưa tính phụ cấp, tăng ca; công nhân lành nghề nhận 9-11 triệu đồng.

"Mỗi giờ, một máy dệt tự động làm ra khoảng 30 chiếc tất. Chúng tôi có hơn 1.800 máy, chạy liên tục cả ngày đêm", ông Chen Wei-ming, Phó tổng giám đốc, nói.

Theo Sở Công Thương Đồng Nai, tỉnh có 27 doanh nghiệp sản xuất tất, vớ với khoảng 21.000 lao động. Kim ngạch xuất khẩu tất, vớ 6 tháng đạt 131 triệu USD, tăng 17,4%. Dự báo cả năm, con số này có thể vượt 260 triệu USD.

Ở chiều ngược lại, nhiều xưởng nhỏ tại TP Biên Hòa vẫn thiếu đơn hàng. Bà Trần Thị Mai, chủ xưởng 12 máy ở phường Tam Hòa, cho biết sản lượng của xưởng giảm khoảng 40% so với năm ngoái.

Phước Tuấn
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1s = P("6 tháng", "2024-01-01", "2024-06-30")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
NT = "Nhơn Trạch"
BH = "Biên Hòa"

FIGS = [
    F("tuyển 1.000 công nhân", "1.000", 1000, "count", "công nhân",
      subject="công nhân nhà máy ở Đồng Nai tuyển"),
    F("thêm một nghìn công nhân", "một", 1000, "count", "công nhân",
      subject="công nhân may, dệt và đóng gói công ty cần tuyển thêm", location=NT),
    F("xuất khẩu 96 triệu", "96", 96e6, "count", "đôi",
      change=C("increase", 30, "%", "cùng kỳ", approx="nearly"),
      subject="tất nhà máy xuất khẩu", period=H1, location=NT),
    F("khoảng 52 triệu USD", "52", 52e6, "money", "USD", approx="about",
      subject="doanh thu nhà máy", period=H1, location=NT),
    F("có 3.400 công nhân", "3.400", 3400, "count", "công nhân", subject="công nhân nhà máy", location=NT),
    F("hơn 2.500 người", "2.500", 2500, "count", "người", approx="over", total=3400,
      subject="công nhân nữ", location=NT),
    F("là 5,8 triệu", "5,8", 5.8e6, "money", "đồng/tháng",
      subject="lương khởi điểm của công nhân mới", location=NT),
    F("nhận 9-11 triệu", "9", 9e6, "money", "đồng", value_max=11e6,
      subject="lương công nhân lành nghề", location=NT),
    F("khoảng 30 chiếc", "30", 30, "measure", "chiếc/giờ", approx="about",
      subject="tất một máy dệt tự động làm ra mỗi giờ", location=NT),
    F("hơn 1.800 máy", "1.800", 1800, "count", "máy", approx="over",
      subject="máy dệt của nhà máy", location=NT),
    F("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất tất, vớ"),
    F("khoảng 21.000 lao động", "21.000", 21000, "count", "lao động", approx="about",
      subject="lao động của các doanh nghiệp sản xuất tất, vớ"),
    F("đạt 131 triệu USD", "131", 131e6, "money", "USD", change=C("increase", 17.4, "%"),
      subject="kim ngạch xuất khẩu tất, vớ", period=H1s),
    F("vượt 260 triệu USD", "260", 260e6, "money", "USD", approx="over", status="forecast",
      subject="kim ngạch xuất khẩu tất, vớ cả năm", period=YEAR),
    F("xưởng 12 máy", "12", 12, "count", "máy", subject="máy của xưởng bà Trần Thị Mai", location=BH),
    F("giảm khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="sản lượng của xưởng", location=BH),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 18/7/2024, 07:30 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Default location Đồng Nai; the factory in KCN Nhơn Trạch 2 (huyện Nhơn Trạch) → Nhơn Trạch; the workshop in TP Biên Hòa → Biên Hòa.",
    "Headline '1.000 công nhân' and body 'một nghìn công nhân' (number word with multiplier) are two figures.",
    "'tăng gần 30% so với cùng kỳ' → change 30 (approx nearly). '6 tháng đầu năm' takes 2024 from the dateline; 'doanh thu khoảng 52 triệu USD' shares the sentence.",
    "'5,8 triệu đồng một tháng' → unit 'đồng/tháng' ('một tháng' is the denominator, not a figure).",
    "'Mỗi giờ, một máy ... khoảng 30 chiếc tất' → measure 'chiếc/giờ'; 'một máy' is part of the rate (per machine), not a figure.",
    "'Dự báo cả năm ... có thể vượt 260 triệu USD' → forecast; 'vượt' (exceed) read as over.",
    "'giảm khoảng 40% so với năm ngoái' (no base amount) → percent figure, no change; no period.",
    "Distractors: 07:30, '(GMT+7)', 'Nhơn Trạch 2', 'hết tháng 11' (a date), phường Tam Hòa.",
]

if __name__ == "__main__":
    write("p1449-6", TEXT, NOTES, FIGS, published="2024-07-18", location="Đồng Nai")
