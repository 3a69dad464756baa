"""p979-5: Báo Quảng Bình (provincial Party paper): KOICA-funded clearance project 2019-2023, byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Đất sạch bom mìn mở hướng sinh kế cho người dân vùng gò đồi

Sau 5 năm triển khai, Dự án hợp tác khắc phục hậu quả bom mìn tại Quảng Bình do Chính phủ Hàn Quốc tài trợ thông qua KOICA đã trả lại cho người dân nhiều diện tích đất an toàn để yên tâm sản xuất.

Dự án có tổng vốn 20 triệu USD, thực hiện giai đoạn 2019-2023 tại 3 huyện Bố Trạch, Quảng Ninh và Lệ Thủy. Đến hết tháng 10/2023, dự án đã rà phá, làm sạch 6.320 ha đất, trong đó các huyện Bố Trạch, Quảng Ninh và Lệ Thủy lần lượt đạt 2.410 ha, 2.085 ha và 1.825 ha; phát hiện, hủy nổ 47.300 quả bom, mìn, vật nổ các loại.

Dự án thành lập 12 đội rà phá, trong đó có 2 đội toàn nữ, tạo việc làm cho 420 lao động địa phương với thu nhập bình quân 7,5 triệu đồng/người/tháng. Nhờ được làm sạch, hơn 3.100 hộ dân đã đưa đất vào trồng keo, cao su, hồ tiêu; giá trị thu hoạch trên đất sau rà phá ước đạt 95 triệu đồng/ha/năm. Thu nhập của nhiều hộ gấp 2 đến 3 lần so với trước khi đất được làm sạch.

Ông Đinh Văn Ba, thôn 4, xã Trường Sơn (Quảng Ninh) cho biết: "Trước đây cả nhà không dám cuốc sâu, nay đất sạch rồi, tôi mạnh dạn trồng 2 ha keo".

Từ năm 2019 đến nay, trên địa bàn các xã thuộc dự án không xảy ra tai nạn bom mìn. Tuy vậy, theo Bộ Chỉ huy Quân sự tỉnh, Quảng Bình hiện còn khoảng 280.000 ha đất bị ô nhiễm, chiếm 35% diện tích tự nhiên; năm 2023 toàn tỉnh xảy ra 2 vụ tai nạn làm 1 người chết, 2 người bị thương.

Giai đoạn 2024-2028, dự án dự kiến được tài trợ tiếp 25 triệu USD, mục tiêu làm sạch thêm khoảng 8.000 ha ở khu vực dọc Quốc lộ 12A và đường Hồ Chí Minh.

HOÀNG TÚ
18/11/2023
"""

AS = P("Đến hết tháng 10/2023", None, "2023-10-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
G2 = P("Giai đoạn 2024-2028", "2024-01-01", "2028-12-31")
SUB = "diện tích đất được rà phá, làm sạch"

FIGS = [
    F("tổng vốn 20 triệu USD", "20", 20000000, "money", "USD", subject="tổng vốn dự án",
      period=P("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")),
    F("tại 3 huyện", "3", 3, "count", "huyện", subject="huyện thực hiện dự án", optional=True),
    F("làm sạch 6.320 ha", "6.320", 6320, "measure", "ha", subject=SUB, period=AS),
    F("đạt 2.410 ha", "2.410", 2410, "measure", "ha", total=6320, subject=SUB, period=AS, location="Bố Trạch"),
    F("2.085 ha và", "2.085", 2085, "measure", "ha", total=6320, subject=SUB, period=AS, location="Quảng Ninh"),
    F("1.825 ha;", "1.825", 1825, "measure", "ha", total=6320, subject=SUB, period=AS, location="Lệ Thủy"),
    F("hủy nổ 47.300 quả", "47.300", 47300, "count", "quả", subject="bom, mìn, vật nổ được phát hiện, hủy nổ",
      period=AS),
    F("thành lập 12 đội", "12", 12, "count", "đội", subject="đội rà phá"),
    F("có 2 đội toàn nữ", "2", 2, "count", "đội", total=12, subject="đội rà phá toàn nữ"),
    F("cho 420 lao động", "420", 420, "count", "lao động", subject="lao động địa phương có việc làm"),
    F("7,5 triệu đồng/người/tháng", "7,5", 7500000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động"),
    F("hơn 3.100 hộ", "3.100", 3100, "count", "hộ", approx="over",
      subject="hộ dân đưa đất sau rà phá vào sản xuất"),
    F("ước đạt 95 triệu đồng/ha/năm", "95", 95000000, "money", "đồng/ha/năm", status="estimate",
      subject="giá trị thu hoạch trên đất sau rà phá"),
    F("gấp 2 đến 3 lần", "2", 2, "multiple", "lần", value_max=3,
      subject="thu nhập của nhiều hộ so với trước khi đất được làm sạch"),
    F("trồng 2 ha keo", "2", 2, "measure", "ha", subject="diện tích trồng keo của một hộ", optional=True,
      location="Quảng Ninh"),
    F("khoảng 280.000 ha", "280.000", 280000, "measure", "ha", approx="about", percent=35,
      subject="diện tích đất bị ô nhiễm bom mìn"),
    F("xảy ra 2 vụ", "2", 2, "count", "vụ", subject="vụ tai nạn bom mìn", period=Y23),
    F("làm 1 người chết", "1", 1, "count", "người", subject="người chết do tai nạn bom mìn", period=Y23),
    F("2 người bị thương", "2", 2, "count", "người", subject="người bị thương do tai nạn bom mìn", period=Y23),
    F("tiếp 25 triệu USD", "25", 25000000, "money", "USD", status="forecast",
      subject="vốn tài trợ tiếp cho dự án", period=G2),
    F("khoảng 8.000 ha", "8.000", 8000, "measure", "ha", approx="about", status="target",
      subject="diện tích làm sạch thêm", period=G2),
]

NOTES = [
    "Báo Quảng Bình: KOICA-funded clearance project in Bố Trạch, Quảng Ninh, Lệ Thủy (2019-2023). Byline 'HOÀNG TÚ' and bare date 18/11/2023 at the end.",
    "'trong đó ... lần lượt đạt 2.410 ha, 2.085 ha và 1.825 ha' are parts of the 6.320 ha (they add up); each district is the part's location.",
    "'3 huyện' restates the three districts named (optional); the farmer's '2 ha keo' is an example in a quote (optional).",
    "'gấp 2 đến 3 lần' stands as its own claim: a multiple range. 'Sau 5 năm triển khai' and 'Từ năm 2019 đến nay' (no number follows) are not figures.",
    "'dự kiến được tài trợ tiếp 25 triệu USD' forecast; 'mục tiêu làm sạch thêm khoảng 8.000 ha' target. 'hiện còn' gives no period.",
    "Not figures: 'thôn 4', 'Đinh Văn Ba', 'Quốc lộ 12A', 'giai đoạn 2019-2023', '18/11/2023'.",
]

write("p979-5", TEXT, FIGS, NOTES, published="2023-11-18", location="Quảng Bình")
