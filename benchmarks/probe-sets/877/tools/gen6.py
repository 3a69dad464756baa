"""p877-6: national newspaper (VnExpress style) — Phan Rí Cửa, Tuy Phong (Bình Thuận) jellyfish season, 22/4/2024."""
from lib import F, P, I, C, T, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 22/4/2024, 06:00 (GMT+7)

Ngư dân Phan Rí Cửa trúng mùa sứa

Gần một tháng nay, mỗi ngày có hơn 200 tàu cá ở thị trấn Phan Rí Cửa, huyện Tuy Phong (Bình Thuận) ra khơi đánh bắt sứa, mỗi chuyến thu 3-6 tấn.

Ông Nguyễn Văn Sáu, chủ tàu BTh-96457-TS, cho biết chuyến biển gần nhất tàu của ông cùng 5 bạn thuyền cập cảng với gần 5 tấn sứa, bán được hơn 17 triệu đồng. Trừ chi phí dầu, đá khoảng 4 triệu đồng, mỗi người được chia hơn 2 triệu đồng. "Thu nhập từ sứa lúc này cao gấp 1,5 lần so với đánh bắt cá, mực", ông Sáu nói.

Theo UBND huyện Tuy Phong, từ đầu tháng 3 đến nay, ngư dân địa phương khai thác khoảng 7.500 tấn sứa, gấp đôi cùng kỳ năm ngoái. Giá sứa tươi tại cảng dao động 3.000-4.000 đồng/kg, sứa loại một có lúc lên 5.500 đồng/kg.

Bà Trần Thị Lan, chủ cơ sở sơ chế sứa ở xã Phước Thể (Tuy Phong), cho biết cơ sở thuê 40 lao động, mỗi ngày thu mua 30-35 tấn sứa tươi. Sau khoảng 20 ngày ngâm muối, phèn, mỗi tấn sứa tươi cho ra 250-300 kg thành phẩm, bán cho doanh nghiệp xuất khẩu với giá 25.000-30.000 đồng/kg. Lao động ở đây được trả 300.000 đồng mỗi ngày.

Theo Sở Nông nghiệp và Phát triển nông thôn Bình Thuận, toàn tỉnh hiện có 21 cơ sở sơ chế sứa, chủ yếu ở Tuy Phong và Phan Thiết; năm 2023, sản lượng sứa khai thác của tỉnh đạt 11.200 tấn, giá trị khoảng 40 tỷ đồng. Năm nay, sản lượng dự kiến vượt 15.000 tấn nếu thời tiết thuận lợi.

Xuân Ngọc
"""

P0 = P("từ đầu tháng 3 đến nay", "2024-03-01", "2024-04-22")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NOTES = [
    "National newspaper: ngư dân Phan Rí Cửa (Tuy Phong, Bình Thuận) trúng mùa sứa; dateline 'Thứ hai, 22/4/2024, 06:00 (GMT+7)'.",
    "Fishermen's and processor's figures describe Tuy Phong (location); the Sở's provincial figures are Bình Thuận.",
    "'Gần một tháng nay' only locates the figures in time (no figure, no dated period); 'BTh-96457-TS', 'Nguyễn Văn Sáu', 'loại một' are not figures.",
    "'gấp đôi cùng kỳ năm ngoái' after 7.500 tấn is its change (2 lần); 'cao gấp 1,5 lần so với …' standing alone is a multiple.",
    "'mỗi tấn sứa tươi cho ra 250-300 kg' is a yield rate: unit kg/tấn (the 'mỗi tấn' denominator is not a figure).",
    "'vượt 15.000 tấn' is a forecast with approx over.",
]
TP = "Tuy Phong"
FIGS = [
    F("hơn 200 tàu cá", "200", 200, "count", "tàu cá", approx="over",
      subject="tàu cá ra khơi đánh bắt sứa mỗi ngày", location=TP),
    F("thu 3-6 tấn", "3", 3, "measure", "tấn/chuyến", value_max=6, subject="sứa mỗi chuyến thu", location=TP),
    F("cùng 5 bạn thuyền", "5", 5, "count", "bạn thuyền", subject="bạn thuyền trên tàu ông Sáu", location=TP),
    F("gần 5 tấn sứa", "5", 5, "measure", "tấn", approx="nearly", subject="sứa tàu ông Sáu cập cảng", location=TP),
    F("hơn 17 triệu đồng", "17", 17e6, "money", "đồng", approx="over", subject="tiền bán sứa chuyến biển", location=TP),
    F("khoảng 4 triệu đồng", "4", 4e6, "money", "đồng", approx="about", subject="chi phí dầu, đá", location=TP),
    F("hơn 2 triệu đồng", "2", 2e6, "money", "đồng", approx="over", subject="tiền mỗi người được chia", location=TP),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", subject="thu nhập từ sứa so với đánh bắt cá, mực", location=TP),
    F("khoảng 7.500 tấn", "7.500", 7500, "measure", "tấn", approx="about",
      change=C("+", 2, "lần", "cùng kỳ năm ngoái"), subject="sản lượng sứa khai thác", period=P0, location=TP),
    F("dao động 3.000-4.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", value_max=4000,
      subject="giá sứa tươi tại cảng", location=TP),
    F("lên 5.500 đồng/kg", "5.500", 5500, "money", "đồng/kg", subject="giá sứa loại một", location=TP),
    F("thuê 40 lao động", "40", 40, "count", "lao động", subject="lao động cơ sở sơ chế của bà Lan", location=TP),
    F("thu mua 30-35 tấn", "30", 30, "measure", "tấn/ngày", value_max=35, subject="sứa tươi cơ sở thu mua mỗi ngày",
      location=TP),
    F("khoảng 20 ngày", "20", 20, "measure", "ngày", approx="about", subject="thời gian ngâm muối, phèn", location=TP),
    F("250-300 kg", "250", 250, "measure", "kg/tấn", value_max=300, subject="thành phẩm từ mỗi tấn sứa tươi",
      location=TP),
    F("giá 25.000-30.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", value_max=30000,
      subject="giá sứa thành phẩm bán cho doanh nghiệp xuất khẩu", location=TP),
    F("300.000 đồng mỗi ngày", "300.000", 300000, "money", "đồng/ngày", subject="tiền trả lao động", location=TP),
    F("có 21 cơ sở", "21", 21, "count", "cơ sở", subject="cơ sở sơ chế sứa", location="Bình Thuận"),
    F("đạt 11.200 tấn", "11.200", 11200, "measure", "tấn", subject="sản lượng sứa khai thác", period=Y23,
      location="Bình Thuận"),
    F("khoảng 40 tỷ đồng", "40", 40e9, "money", "đồng", approx="about", subject="giá trị sứa khai thác", period=Y23,
      location="Bình Thuận"),
    F("vượt 15.000 tấn", "15.000", 15000, "measure", "tấn", approx="over", status="forecast",
      subject="sản lượng sứa", period=P("Năm nay", "2024-01-01", "2024-12-31"), location="Bình Thuận"),
]

emit("p877-6", TEXT, NOTES, FIGS, published="2024-04-22", location="Bình Thuận")
