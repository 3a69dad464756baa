"""p898-6: national newspaper — wild elephants raid farms in Tánh Linh (Bình Thuận)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Xã hội
Thứ bảy, 22/3/2025, 08:15 (GMT+7)

Đàn voi rừng "về làng" phá hơn 20 ha hoa màu

Khoảng 15 con voi rừng nhiều đêm liền xuất hiện ở xã Đồng Kho và Bắc Ruộng, huyện Tánh Linh, phá hơn 20 ha thanh long, lúa và cao su của 37 hộ dân.

Ông Nguyễn Văn Tám, Chủ tịch UBND xã Đồng Kho, cho biết từ đầu tháng 3 đến nay đàn voi đã 11 lần vào rẫy, có đêm đi sát khu dân cư dọc Quốc lộ 55. Đàn voi gồm 12 con trưởng thành và 3 voi con. Thiệt hại ước tính khoảng 850 triệu đồng; nhiều hộ mất trắng vườn thanh long 4-5 năm tuổi, vốn đầu tư khoảng 250 triệu đồng/ha.

Theo Hạt Kiểm lâm Tánh Linh, năm 2024 huyện ghi nhận 64 vụ voi phá hoại, tăng 23% so với năm 2023, làm thiệt hại khoảng 78 ha cây trồng. Đàn voi sống chủ yếu trong Khu bảo tồn thiên nhiên Núi Ông rộng hơn 24.000 ha, song sinh cảnh ngày càng bị thu hẹp do rừng bị lấn chiếm, chuyển đổi mục đích sử dụng.

UBND tỉnh Bình Thuận đã bố trí 2 tỷ đồng xây dựng hàng rào điện; dự kiến đến quý II/2025 sẽ hoàn thành 8 km dọc ranh giới rừng ở xã Đồng Kho. Huyện cũng thành lập 6 tổ xung kích với 42 người thay phiên canh voi ban đêm.

Theo chuyên gia của Tổ chức Bảo tồn Động thực vật hoang dã quốc tế (FFI), mỗi con voi trưởng thành cần 150-200 kg thức ăn và khoảng 100 lít nước mỗi ngày, nên khi nguồn thức ăn trong rừng cạn kiệt, chúng buộc phải tìm xuống rẫy. "Hàng rào chỉ là giải pháp tình thế, về lâu dài phải phục hồi sinh cảnh và hành lang di chuyển cho voi", vị chuyên gia nói.

Việt Quốc
"""

SINCE = P("từ đầu tháng 3 đến nay", "2025-03-01", "2025-03-22")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
BYQ2 = P("đến quý II/2025", None, "2025-06-30")

FIGS = [
    F("phá hơn 20 ha hoa màu", "20", 20, "measure", "ha", "diện tích hoa màu bị voi phá", approx="over"),
    F("Khoảng 15 con", "15", 15, "count", "con", "voi rừng trong đàn", approx="about"),
    F("phá hơn 20 ha thanh long", "20", 20, "measure", "ha", "diện tích thanh long, lúa và cao su bị voi phá",
      approx="over"),
    F("của 37 hộ", "37", 37, "count", "hộ", "hộ dân bị voi phá hoa màu"),
    F("đã 11 lần", "11", 11, "count", "lần", "lần đàn voi vào rẫy", SINCE),
    F("gồm 12 con", "12", 12, "count", "con", "voi trưởng thành trong đàn", total=15),
    F("và 3 voi con", "3", 3, "count", "voi con", "voi con trong đàn", total=15),
    F("khoảng 850 triệu đồng", "850", 850_000_000, "money", "đồng", "thiệt hại do đàn voi gây ra",
      approx="about", status="estimate"),
    F("thanh long 4-5 năm tuổi", "4", 4, "measure", "năm tuổi", "tuổi vườn thanh long", value_max=5, optional=True),
    F("khoảng 250 triệu đồng/ha", "250", 250_000_000, "money", "đồng/ha", "vốn đầu tư vườn thanh long",
      approx="about"),
    F("ghi nhận 64 vụ", "64", 64, "count", "vụ", "vụ voi phá hoại", Y24,
      change=C("increase", 23, "%", "năm 2023")),
    F("khoảng 78 ha", "78", 78, "measure", "ha", "diện tích cây trồng bị voi phá hoại", Y24, approx="about"),
    F("hơn 24.000 ha", "24.000", 24000, "measure", "ha", "diện tích Khu bảo tồn thiên nhiên Núi Ông",
      approx="over", location="Bình Thuận"),
    F("bố trí 2 tỷ đồng", "2", 2_000_000_000, "money", "đồng", "kinh phí xây dựng hàng rào điện",
      location="Bình Thuận"),
    F("hoàn thành 8 km", "8", 8, "measure", "km", "hàng rào điện dọc ranh giới rừng hoàn thành", BYQ2,
      status="forecast"),
    F("thành lập 6 tổ", "6", 6, "count", "tổ", "tổ xung kích canh voi"),
    F("với 42 người", "42", 42, "count", "người", "người trong tổ xung kích canh voi"),
    F("cần 150-200 kg", "150", 150, "measure", "kg", "thức ăn mỗi con voi trưởng thành cần mỗi ngày",
      value_max=200, location=None),
    F("khoảng 100 lít", "100", 100, "measure", "lít", "nước mỗi con voi trưởng thành cần mỗi ngày",
      approx="about", location=None),
]

NOTES = [
    "National newspaper: đàn voi rừng phá hoa màu ở Tánh Linh (Bình Thuận), 22/3/2025. Year-less headline figure 'hơn 20 ha'.",
    "Not figures: 'Thứ bảy, 22/3/2025, 08:15 (GMT+7)', 'Quốc lộ 55', 'Ông Nguyễn Văn Tám' (name), 'quý II/2025' as a deadline phrase only.",
    "Location: the district Tánh Linh by default (communes lie in it); the province's money and the Núi Ông reserve → Bình Thuận; the FFI biology facts describe no place → null.",
    "'Đàn voi gồm 12 con trưởng thành và 3 voi con' follows 'Khoảng 15 con' across sentences: total 15. '4-5 năm tuổi' specifies the example orchards: optional.",
    "'Thiệt hại ước tính khoảng 850 triệu đồng' → estimate + about. 'dự kiến đến quý II/2025 sẽ hoàn thành 8 km' → forecast, as-of end 2025-06-30.",
    "Sentences with no period phrase (headline, lead, 'gồm', tổ xung kích) get no period.",
]

if __name__ == "__main__":
    write(6, TEXT, NOTES, FIGS, published="2025-03-22", location="Tánh Linh")
