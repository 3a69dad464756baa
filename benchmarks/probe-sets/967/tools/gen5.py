"""p967-5: Báo Gia Lai (Party newspaper), thác K50, Khu bảo tồn Kon Chư Răng, huyện Kbang, 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thác K50 - điểm hẹn của dân mê trekking

Nằm sâu trong Khu bảo tồn thiên nhiên Kon Chư Răng (huyện Kbang), thác K50 cao khoảng 50 m, được ví là "nữ hoàng" của núi rừng Tây Nguyên. Từ đầu năm đến nay, Khu bảo tồn đã đón hơn 21.000 lượt khách, trong đó khoảng 3.200 lượt khách nước ngoài. Lượng khách gấp 1,6 lần cùng kỳ năm 2023.

Để đến chân thác, du khách phải đi bộ xuyên rừng khoảng 6 km, mất từ 3 đến 4 giờ, qua nhiều đoạn suối và dốc đá trơn trượt. Vì vậy, Khu bảo tồn quy định mỗi ngày chỉ đón tối đa 300 khách; mỗi đoàn không quá 15 người và bắt buộc có người dẫn đường.

Giá vé tham quan là 60.000 đồng/người; phí thuê người dẫn đường 500.000-700.000 đồng/đoàn/ngày. Hiện có 28 người Bahnar ở làng Kon Lốc 2, xã Sơn Lang tham gia dẫn đường, khuân vác, mỗi tháng có thêm thu nhập từ 4 đến 6 triệu đồng. Anh Đinh Văn Hlang, một porter, chia sẻ: "Có tháng cao điểm em dẫn 9 đoàn, đủ tiền cho con đi học".

Năm 2024, doanh thu từ vé tham quan và dịch vụ ước đạt 2,7 tỷ đồng; 35% số thu được chi lại cho cộng đồng và công tác bảo vệ rừng. Khu bảo tồn có tổng diện tích hơn 15.900 ha, trong đó rừng tự nhiên chiếm 94%, là sinh cảnh của nhiều loài động vật quý hiếm.

Giai đoạn 2025-2030, đơn vị dự kiến mở thêm 2 tuyến trekking mới qua các thác phụ, nâng sức chứa lên 500 khách/ngày. Tuyến Quốc lộ 19 và đường tỉnh 669 đang được nâng cấp sẽ giúp rút ngắn thời gian di chuyển từ TP. Pleiku.

HOÀNG NGỌC
16/10/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-16")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
G = P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    F("cao khoảng 50 m", "50", 50, "measure", "m", "chiều cao thác K50", approx="about"),
    F("hơn 21.000 lượt khách", "21.000", 21000, "count", "lượt khách", "lượt khách Khu bảo tồn thiên nhiên Kon Chư Răng", YTD,
      approx="over"),
    F("khoảng 3.200 lượt khách", "3.200", 3200, "count", "lượt khách", "lượt khách nước ngoài", YTD, approx="about",
      total=21000),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "lượng khách so với cùng kỳ năm 2023", I(YTD)),
    F("khoảng 6 km", "6", 6, "measure", "km", "quãng đường đi bộ xuyên rừng đến chân thác", approx="about"),
    F("từ 3 đến 4 giờ", "3", 3, "measure", "giờ", "thời gian đi bộ đến chân thác", value_max=4),
    F("tối đa 300 khách", "300", 300, "measure", "khách/ngày", "số khách đón mỗi ngày", approx="at_most"),
    F("không quá 15 người", "15", 15, "measure", "người/đoàn", "số người mỗi đoàn", approx="at_most"),
    F("là 60.000 đồng/người", "60.000", 60000, "money", "đồng/người", "giá vé tham quan"),
    F("500.000-700.000 đồng/đoàn/ngày", "500.000", 500000, "money", "đồng/đoàn/ngày", "phí thuê người dẫn đường",
      value_max=700000),
    F("có 28 người Bahnar", "28", 28, "count", "người", "người Bahnar tham gia dẫn đường, khuân vác"),
    F("từ 4 đến 6 triệu đồng", "4", 4e6, "money", "đồng/tháng", "thu nhập thêm mỗi tháng", value_max=6e6),
    F("dẫn 9 đoàn", "9", 9, "count", "đoàn", "đoàn một porter dẫn trong tháng cao điểm", optional=True),
    F("ước đạt 2,7 tỷ đồng", "2,7", 2.7e9, "money", "đồng", "doanh thu từ vé tham quan và dịch vụ", Y, status="estimate"),
    F("; 35% số thu", "35", 35, "percent", "%", "số thu được chi lại cho cộng đồng và công tác bảo vệ rừng", Y),
    F("hơn 15.900 ha", "15.900", 15900, "measure", "ha", "tổng diện tích Khu bảo tồn", approx="over"),
    F("chiếm 94%", "94", 94, "percent", "%", "rừng tự nhiên trong tổng diện tích Khu bảo tồn"),
    F("thêm 2 tuyến trekking", "2", 2, "count", "tuyến trekking", "tuyến trekking mới", G, status="forecast"),
    F("lên 500 khách/ngày", "500", 500, "measure", "khách/ngày", "sức chứa", G, status="forecast"),
]

NOTES = [
    "Báo Gia Lai: thác K50, Khu bảo tồn thiên nhiên Kon Chư Răng (huyện Kbang); byline and bare date 16/10/2024 at the end.",
    "Location Kbang (the district named for the reserve). 'Từ đầu năm đến nay' ends at the date. 'Lượng khách gấp 1,6 lần cùng kỳ năm 2023'",
    "stands as its own sentence with no figure to attach to: a multiple. '35% số thu' and 'rừng tự nhiên chiếm 94%' are percent figures (shares of",
    "a money/area whole: a percent has no total). A porter's quote '9 đoàn' is anecdotal: optional.",
    "Distractors: K50 (name), làng Kon Lốc 2, Quốc lộ 19, đường tỉnh 669, Giai đoạn 2025-2030 (a period), 16/10/2024.",
]

write("p967-5", TEXT, FIGS, NOTES, published="2024-10-16", location="Kbang")
