"""p897-6: national newspaper (VnExpress style), rural sewing workshops short of orders, Quảng Nam, Nov 2023."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Doanh nghiệp

Xưởng may nông thôn vắng đơn hàng cuối năm

Thứ năm, 16/11/2023, 06:00 (GMT+7)

Nhiều xưởng may gia công ở Quảng Nam phải giảm người, có nơi chỉ chạy máy 3-4 ngày mỗi tuần do đơn hàng sụt giảm.

Xưởng may của anh Phan Văn Bảy ở xã Duy Phước, huyện Duy Xuyên từng có 120 công nhân, nay chỉ còn khoảng 70 người. "Đơn hàng quý III giảm gần 40% so với cùng kỳ, đơn giá gia công mỗi chiếc áo sơ mi cũng bị ép xuống còn 9.000 đồng, thấp hơn 2.000 đồng so với năm ngoái", anh Bảy nói.

Theo Sở Công Thương Quảng Nam, 10 tháng năm 2023, toàn tỉnh có 146 cơ sở may gia công ở nông thôn với khoảng 11.800 lao động; trong đó 23 cơ sở đã tạm ngừng hoạt động. Giá trị sản xuất hàng may mặc gia công ước đạt 1.940 tỷ đồng, giảm 9,5% so với cùng kỳ.

Thu nhập của công nhân các xưởng may nông thôn bình quân khoảng 5,2 triệu đồng mỗi tháng, giảm 800.000 đồng so với đầu năm. Dù vậy, mức này vẫn gấp khoảng 1,5 lần thu nhập từ làm nông.

Trên phạm vi cả nước, Hiệp hội Dệt may Việt Nam ước tính có hơn 2.300 xưởng may vệ tinh ở khu vực nông thôn, sử dụng khoảng 250.000 lao động, phần lớn là nữ. Hiệp hội dự báo đơn hàng quý I/2024 chỉ phục hồi 10-15%.

Ông Lê Văn Tư, Giám đốc một công ty may ở thị xã Điện Bàn, cho biết doanh nghiệp đang chuyển 30% đơn hàng sang các tổ may vệ tinh để giảm chi phí thuê nhà xưởng và nhân công.

Minh Khang
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")

FIGS = [
    F("3-4 ngày mỗi tuần", "3", 3, "measure", "ngày/tuần", "thời gian chạy máy của xưởng may", value_max=4),
    F("có 120 công nhân", "120", 120, "count", "công nhân", "công nhân của xưởng may", location="Duy Xuyên"),
    F("khoảng 70 người", "70", 70, "count", "người", "công nhân của xưởng may còn lại", approx="about",
      location="Duy Xuyên"),
    F("gần 40%", "40", 40, "percent", "%", "giảm đơn hàng so với cùng kỳ",
      P("quý III", "2023-07-01", "2023-09-30"), approx="nearly", location="Duy Xuyên"),
    F("còn 9.000 đồng", "9.000", 9000, "money", "đồng/chiếc", "đơn giá gia công mỗi chiếc áo sơ mi",
      change=C("-", 2000, "đồng", "năm ngoái"), location="Duy Xuyên"),
    F("có 146 cơ sở", "146", 146, "count", "cơ sở", "cơ sở may gia công ở nông thôn", M10),
    F("khoảng 11.800 lao động", "11.800", 11800, "count", "lao động", "lao động các cơ sở may gia công", M10,
      approx="about"),
    F("23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở đã tạm ngừng hoạt động", M10, total=146),
    F("ước đạt 1.940 tỷ đồng", "1.940", 1940e9, "money", "đồng", "giá trị sản xuất hàng may mặc gia công", I(M10),
      change=C("-", 9.5, "%", "cùng kỳ"), status="estimate"),
    F("khoảng 5,2 triệu đồng", "5,2", 5.2e6, "money", "đồng/tháng", "thu nhập bình quân của công nhân các xưởng may nông thôn",
      approx="about", change=C("-", 800000, "đồng", "đầu năm")),
    F("gấp khoảng 1,5 lần", "1,5", 1.5, "multiple", "lần", "thu nhập của công nhân xưởng may so với thu nhập từ làm nông",
      approx="about"),
    F("hơn 2.300 xưởng", "2.300", 2300, "count", "xưởng may vệ tinh", "xưởng may vệ tinh ở khu vực nông thôn",
      approx="over", status="estimate", location="Việt Nam"),
    F("khoảng 250.000 lao động", "250.000", 250000, "count", "lao động", "lao động các xưởng may vệ tinh sử dụng",
      approx="about", status="estimate", location="Việt Nam"),
    F("phục hồi 10-15%", "10", 10, "percent", "%", "mức phục hồi đơn hàng",
      P("quý I/2024", "2024-01-01", "2024-03-31"), value_max=15, status="forecast", location="Việt Nam"),
    F("chuyển 30% đơn hàng", "30", 30, "percent", "%", "đơn hàng chuyển sang các tổ may vệ tinh",
      location="Điện Bàn"),
]

write("p897-6", TEXT, FIGS, published="2023-11-16", location="Quảng Nam", comments=[
    "National newspaper (VnExpress style, 'Thứ năm, 16/11/2023, 06:00 (GMT+7)'): rural sewing workshops in Quảng Nam short of orders.",
    "Not figures: names 'Phan Văn Bảy', 'Lê Văn Tư' (number words as names), 06:00, GMT+7, 'quý III' alone.",
    "'giảm gần 40% so với cùng kỳ' has no base amount: a percent figure without change. 'thấp hơn 2.000 đồng so với năm ngoái' is the change of 9.000 đồng.",
    "'gấp khoảng 1,5 lần' stands as its own sentence's claim: a multiple. National figures (Hiệp hội Dệt may) are Việt Nam; the workshop",
    "figures take its district (Duy Xuyên), the company its town (Điện Bàn).",
])
