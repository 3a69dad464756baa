"""p1088-5: Báo Quảng Trị (Party newspaper), Lao Bảo international border gate, from start of 2024 to 12/11/2024."""
from lib import F, P, I, C, T, build

TEXT = """Hàng hóa qua cửa khẩu quốc tế Lao Bảo tăng mạnh

Từ đầu năm đến nay, lượng hàng hóa xuất nhập khẩu qua cửa khẩu quốc tế Lao Bảo đạt hơn 1,48 triệu tấn, tăng 36% so với cùng kỳ; tổng kim ngạch đạt khoảng 1,07 tỷ USD. Chi cục Hải quan cửa khẩu quốc tế Lao Bảo đã làm thủ tục cho 112.640 lượt phương tiện xuất nhập cảnh, trong đó có 58.300 lượt xe tải chở hàng. Lượng người xuất nhập cảnh đạt gần 486.000 lượt, tăng 9,2%.

Hàng xuất khẩu chủ yếu là phân bón, vật liệu xây dựng, hàng tiêu dùng; hàng nhập khẩu là quặng, cà phê, sắn lát và điện năng từ Lào, chiếm khoảng 58% tổng kim ngạch. Đáng chú ý, trong tháng 10/2024 lượng cà phê nhập khẩu qua Lao Bảo đạt 14.200 tấn, giá bình quân 4.150 USD/tấn, cao hơn gần 1.200 USD/tấn so với tháng 10/2023.

Số thu ngân sách tại Chi cục ước đạt 685 tỷ đồng, vượt 14% chỉ tiêu được giao (600 tỷ đồng). Tại Khu thương mại đặc biệt Lao Bảo, 11 doanh nghiệp kinh doanh hàng miễn thuế đạt doanh thu khoảng 96 tỷ đồng, chỉ bằng 62% cùng kỳ do lượng khách Lào sang mua sắm giảm.

Theo ông Lê Văn Hai, Trưởng Ban Quản lý Khu kinh tế tỉnh Quảng Trị, tỉnh phấn đấu đến năm 2025 đưa lượng hàng hóa qua Lao Bảo đạt 2 triệu tấn/năm. Dự kiến từ tháng 12/2024, hai nước sẽ thí điểm mô hình kiểm tra "một lần dừng" tại cặp cửa khẩu Lao Bảo - Đen-sa-vẳn, giúp rút ngắn khoảng 30% thời gian thông quan.

THANH HẢI
12/11/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-12")
M10 = P("trong tháng 10/2024", "2024-10-01", "2024-10-31")

FIGS = [
    F("hơn 1,48 triệu tấn", "1,48", 1.48e6, "measure", "tấn", approx="over",
      change=C("increase", 36, baseline="cùng kỳ"),
      subject="lượng hàng hóa xuất nhập khẩu qua cửa khẩu quốc tế Lao Bảo", period=YTD),
    F("khoảng 1,07 tỷ USD", "1,07", 1.07e9, "money", "USD", approx="about",
      subject="tổng kim ngạch", period=YTD),
    F("cho 112.640 lượt phương tiện", "112.640", 112640, "count", "lượt phương tiện",
      subject="phương tiện xuất nhập cảnh được làm thủ tục", period=I(YTD)),
    F("có 58.300 lượt xe tải", "58.300", 58300, "count", "lượt xe tải", total=112640,
      subject="xe tải chở hàng", period=I(YTD)),
    F("khoảng 58% tổng kim ngạch", "58", 58, "percent", "%", approx="about",
      subject="tỷ trọng hàng nhập khẩu trong tổng kim ngạch", period=I(YTD)),
    F("đạt 14.200 tấn", "14.200", 14200, "measure", "tấn",
      subject="lượng cà phê nhập khẩu qua Lao Bảo", period=M10),
    F("giá bình quân 4.150 USD/tấn", "4.150", 4150, "money", "USD/tấn",
      change=C("increase", 1200, unit="USD/tấn", baseline="tháng 10/2023", approx="nearly"),
      subject="giá bình quân cà phê nhập khẩu", period=M10),
    F("gần 486.000 lượt", "486.000", 486000, "count", "lượt", approx="nearly",
      change=C("increase", 9.2), subject="lượng người xuất nhập cảnh", period=I(YTD)),
    F("ước đạt 685 tỷ đồng", "685", 685e9, "money", "đồng", status="estimate",
      change=C("increase", 14, baseline="chỉ tiêu được giao"), target=T(600e9, "đồng"),
      subject="số thu ngân sách tại Chi cục", period=I(YTD)),
    F("11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
      subject="doanh nghiệp kinh doanh hàng miễn thuế tại Khu thương mại đặc biệt Lao Bảo", period=I(YTD)),
    F("khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng", approx="about", percent=62,
      subject="doanh thu của doanh nghiệp kinh doanh hàng miễn thuế", period=I(YTD)),
    F("đạt 2 triệu tấn/năm", "2", 2e6, "measure", "tấn/năm", status="target",
      subject="lượng hàng hóa qua Lao Bảo", period=P("đến năm 2025", None, "2025-12-31")),
    F("khoảng 30% thời gian", "30", 30, "percent", "%", approx="about", status="forecast",
      subject="thời gian thông quan rút ngắn"),
]

NOTES = [
    "Báo Quảng Trị: Lao Bảo international border gate, 'Từ đầu năm đến nay' 2024; byline 'THANH HẢI' and bare date 12/11/2024 at the end.",
    "Distractors: person 'Lê Văn Hai', 'hai nước' (the two countries, not a count), 'một lần dừng' (name of a model), tháng 12/2024 (start date of a pilot).",
    "'Từ đầu năm đến nay' ends at the bare date. 'cao hơn gần 1.200 USD/tấn so với tháng 10/2023' is the change of the price.",
    "'vượt 14% chỉ tiêu được giao (600 tỷ đồng)': change +14% with the plan as baseline, target 600 tỷ. 'chỉ bằng 62% cùng kỳ' is the share of 96 tỷ.",
    "'giúp rút ngắn khoảng 30%' continues the 'Dự kiến' sentence: forecast.",
]

if __name__ == "__main__":
    build("p1088-5", TEXT, NOTES, FIGS, published="2024-11-12", location="Quảng Trị")
