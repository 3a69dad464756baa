from lib import F, build, change, period

TEXT = """Mộc Châu: Mùa mận hút khách về vườn

Những ngày này, các vườn mận hậu ở xã Mường Sang, Chiềng Hắc, huyện Mộc Châu tấp nập du khách đến tham quan, chụp ảnh và tự tay hái quả. Toàn huyện hiện có gần 2.900 ha mận, sản lượng năm 2023 ước đạt 32.000 tấn, tăng khoảng 8% so với năm trước.

Theo Phòng Văn hóa và Thông tin huyện, từ tháng 5 đến nay đã có 38 vườn mận mở cửa đón khách, thu hút trên 65.000 lượt khách, chủ yếu từ Hà Nội và các tỉnh đồng bằng. Giá vé vào vườn 20.000-30.000 đồng/người; mận hái tại vườn bán 25.000 đồng/kg, cao hơn giá bán cho thương lái 8.000 đồng/kg.

Gia đình anh Mùa A Sáu ở bản Nà Ka 2 có 1,2 ha mận hơn 10 năm tuổi. Từ năm 2021, anh làm thêm 4 phòng nghỉ kiểu farmstay, giá 600.000 đồng/phòng/đêm. "Năm nay, riêng tiền vé và phòng nghỉ gia đình thu khoảng 120 triệu đồng, bằng 40% thu nhập từ bán quả", anh Sáu phấn khởi nói.

Huyện đặt mục tiêu đến năm 2025 có 60 vườn cây ăn quả đạt tiêu chí đón khách du lịch, doanh thu từ du lịch nông nghiệp đạt 150 tỷ đồng mỗi năm. Dự kiến từ nay đến hết tháng 7, huyện sẽ đón thêm khoảng 20.000 lượt khách về với các vườn mận.

Để giữ chân du khách, nhiều hộ đã liên kết thành tổ hợp tác, thống nhất giá vé, giá bán quả và phân công nhau đón khách theo ngày. Tuy nhiên, hạ tầng giao thông vào một số bản còn hẹp, bãi đỗ xe chưa đáp ứng nhu cầu vào các ngày cuối tuần.

NGUYỄN HẰNG
18/06/2023
"""

T25 = period("đến năm 2025", None, "2025-12-31")
FROM5 = period("từ tháng 5 đến nay", "2023-05-01", "2023-06-18")
FIGS = [
    F("gần 2.900 ha", "2.900", 2900, "measure", "ha", "diện tích mận", approx="nearly"),
    F("ước đạt 32.000 tấn", "32.000", 32000, "measure", "tấn", "sản lượng mận",
      change=change("increase", 8, baseline="năm trước", approx="about"), status="estimate",
      period=period("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 38 vườn mận", "38", 38, "count", "vườn mận", "vườn mận mở cửa đón khách", period=FROM5),
    F("trên 65.000 lượt khách", "65.000", 65000, "count", "lượt khách", "lượt khách đến vườn mận",
      approx="over", period=FROM5),
    F("20.000-30.000 đồng/người", "20.000", 20000, "money", "đồng/người", "giá vé vào vườn", value_max=30000),
    F("bán 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá mận hái tại vườn",
      change=change("increase", 8000, unit="đồng/kg", baseline="giá bán cho thương lái")),
    F("có 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích mận của gia đình anh Mùa A Sáu"),
    F("hơn 10 năm tuổi", "10", 10, "measure", "năm", "tuổi vườn mận", approx="over", optional=True),
    F("thêm 4 phòng nghỉ", "4", 4, "count", "phòng nghỉ", "phòng nghỉ kiểu farmstay"),
    F("giá 600.000 đồng/phòng/đêm", "600.000", 600000, "money", "đồng/phòng/đêm", "giá phòng farmstay"),
    F("khoảng 120 triệu đồng", "120", 120e6, "money", "đồng", "tiền vé và phòng nghỉ gia đình thu",
      approx="about", percent=40, period=period("Năm nay", "2023-01-01", "2023-12-31")),
    F("có 60 vườn", "60", 60, "count", "vườn cây ăn quả", "vườn cây ăn quả đạt tiêu chí đón khách du lịch",
      status="target", period=T25),
    F("đạt 150 tỷ đồng", "150", 150e9, "money", "đồng/năm", "doanh thu từ du lịch nông nghiệp",
      status="target", period=T25),
    F("khoảng 20.000 lượt khách", "20.000", 20000, "count", "lượt khách", "lượt khách đón thêm",
      approx="about", status="forecast", period=period("từ nay đến hết tháng 7", "2023-06-18", "2023-07-31")),
]

COMMENTS = [
    "Báo Sơn La style: headline, body, byline 'NGUYỄN HẰNG' and bare date '18/06/2023' at the end. Location: huyện Mộc Châu.",
    "'từ tháng 5 đến nay' = 2023-05-01 .. published; 'Năm nay' in the quote = 2023; 'từ nay đến hết tháng 7' = published .. 2023-07-31.",
    "'cao hơn giá bán cho thương lái 8.000 đồng/kg' is the change of 25.000 đồng/kg; 'bằng 40% thu nhập từ bán quả' its share.",
    "Distractors: 'anh Mùa A Sáu', 'anh Sáu', 'bản Nà Ka 2', 'Từ năm 2021', 'một số bản' (article). '150 tỷ đồng mỗi năm' unit đồng/năm.",
    "'hơn 10 năm tuổi' describes the example orchard: optional.",
]

if __name__ == "__main__":
    build("p990-5", TEXT, FIGS, COMMENTS, published="2023-06-18", location="Mộc Châu")
