"""p866-5: Party/provincial newspaper (Báo Đắk Lắk): last-mile shippers in Buôn Ma Thuột, byline and bare date at the end."""
from lib import C, F, I, P, write

TEXT = """Shipper "chạy đua" cùng thương mại điện tử

Những năm gần đây, thương mại điện tử phát triển mạnh kéo theo nhu cầu giao hàng chặng cuối tại TP. Buôn Ma Thuột tăng nhanh. Theo Sở Công Thương, hiện trên địa bàn thành phố có khoảng 2.300 người làm nghề giao hàng, tăng khoảng 900 người so với năm 2022.

Anh Y Khu Niê (phường Tân Lợi) làm shipper cho một hãng chuyển phát đã 3 năm. Mỗi ngày anh giao từ 60 đến 80 đơn hàng, chạy khoảng 70 km, thu nhập bình quân 9-11 triệu đồng/tháng. "Cao điểm dịp 11/11 hay Tết, có hôm tôi giao hơn 120 đơn, về đến nhà ở hẻm 54 Y Wang đã gần nửa đêm", anh kể.

Tại Bưu điện tỉnh Đắk Lắk, quý I/2025 sản lượng bưu gửi chuyển phát ước đạt 1,86 triệu bưu gửi, tăng 23% so với cùng kỳ; trong đó bưu gửi thương mại điện tử chiếm 68%. Thời gian giao hàng nội thành Buôn Ma Thuột được rút ngắn còn 4 giờ. Trên toàn mạng lưới của Bưu điện tỉnh, tỷ lệ giao thành công lần đầu đạt 92%, tỷ lệ hoàn hàng khoảng 5%.

Giá cước giao hàng nội thành phổ biến từ 15.000 đến 20.000 đồng/đơn; riêng đơn hàng dưới 2 kg, nhiều hãng chỉ thu 12.000 đồng. Các điểm gom hàng tập trung dọc đường Lê Duẩn và Quốc lộ 14.

Ông Nguyễn Văn Ba, Phó Giám đốc Sở Công Thương cho biết, năm 2024 doanh thu bán lẻ trực tuyến trên địa bàn tỉnh đạt khoảng 3.150 tỷ đồng, chiếm 4,6% tổng mức bán lẻ hàng hóa. Mục tiêu đến năm 2025, tỷ trọng này đạt 6%; dự kiến số người làm nghề giao hàng ở Buôn Ma Thuột sẽ vượt 3.000 người.

HOÀNG ANH
22/3/2025
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
DL = "Đắk Lắk"

FIGS = [
    F("khoảng 2.300 người", "2.300", 2300, "count", "người", "người làm nghề giao hàng",
      approx="about", change=C("increase", 900, "người", baseline="năm 2022", approx="about")),
    F("đã 3 năm", "3", 3, "measure", "năm", "thời gian làm shipper", optional=True),
    F("từ 60 đến 80 đơn hàng", "60", 60, "count", "đơn hàng", "đơn hàng giao mỗi ngày", value_max=80),
    F("khoảng 70 km", "70", 70, "measure", "km", "quãng đường chạy mỗi ngày", approx="about"),
    F("9-11 triệu đồng/tháng", "9", 9e6, "money", "đồng/tháng", "thu nhập bình quân", value_max=11e6),
    F("hơn 120 đơn", "120", 120, "count", "đơn", "đơn giao trong ngày cao điểm", approx="over"),
    F("ước đạt 1,86 triệu bưu gửi", "1,86", 1.86e6, "count", "bưu gửi", "sản lượng bưu gửi chuyển phát", Q1,
      change=C("increase", 23, baseline="cùng kỳ"), status="estimate", location=DL),
    F("chiếm 68%", "68", 68, "percent", "%", "bưu gửi thương mại điện tử", Q1, status="estimate", location=DL),
    F("còn 4 giờ", "4", 4, "measure", "giờ", "thời gian giao hàng nội thành", I(Q1)),
    F("đạt 92%", "92", 92, "percent", "%", "tỷ lệ giao thành công lần đầu", I(Q1), location=DL),
    F("khoảng 5%", "5", 5, "percent", "%", "tỷ lệ hoàn hàng", I(Q1), approx="about", location=DL),
    F("từ 15.000 đến 20.000 đồng/đơn", "15.000", 15000, "money", "đồng/đơn", "giá cước giao hàng nội thành",
      value_max=20000),
    F("dưới 2 kg", "2", 2, "measure", "kg", "khối lượng đơn hàng", approx="under", optional=True),
    F("thu 12.000 đồng", "12.000", 12000, "money", "đồng", "cước đơn hàng dưới 2 kg"),
    F("khoảng 3.150 tỷ đồng", "3.150", 3150e9, "money", "đồng", "doanh thu bán lẻ trực tuyến", Y24,
      approx="about", percent=4.6, location=DL),
    F("đạt 6%", "6", 6, "percent", "%", "tỷ trọng doanh thu bán lẻ trực tuyến trong tổng mức bán lẻ", TO25,
      status="target", location=DL),
    F("vượt 3.000 người", "3.000", 3000, "count", "người", "người làm nghề giao hàng", TO25,
      approx="over", status="forecast"),
]

NOTES = [
    "Báo Đắk Lắk style: last-mile shippers in TP. Buôn Ma Thuột; byline 'HOÀNG ANH' and bare date '22/3/2025' at the end.",
    "Default location Buôn Ma Thuột (the city the article describes); figures of Bưu điện tỉnh and of the province go to Đắk Lắk.",
    "'hiện ... có khoảng 2.300 người' gets no period ('năm 2022' is only the baseline of the change).",
    "The example shipper's daily orders, distance and income are figures; 'đã 3 năm' (his years in the job) is optional,",
    "  and the weight class 'dưới 2 kg' is a category threshold (optional). '11/11' is a date (shopping day), 'hẻm 54 Y Wang' an address.",
    "'trong đó bưu gửi thương mại điện tử chiếm 68%' has no base count: its own percent figure, estimate (continues 'ước đạt').",
    "'còn 4 giờ', '92%', '5%' stand in sentences after 'quý I/2025': inherited period; 92% and 5% are the Bưu điện tỉnh network's (Đắk Lắk).",
    "'đạt khoảng 3.150 tỷ đồng, chiếm 4,6% ...' → percent 4.6. 'vượt 3.000 người' (dự kiến) is a forecast, approx over,",
    "  period 'đến năm 2025' from the same sentence. Distractors: 'Nguyễn Văn Ba' (name), 'Quốc lộ 14', 'đường Lê Duẩn'.",
]

if __name__ == "__main__":
    write("p866-5", TEXT, FIGS, notes=NOTES, published="2025-03-22", location="Buôn Ma Thuột")
