"""p789-6: national newspaper, miến dong Bình Liêu (Quảng Ninh)."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh › Nông nghiệp
Thứ hai, 16/12/2024, 06:00 (GMT+7)

Miến dong Bình Liêu vào vụ Tết

Từ đầu năm đến nay, huyện miền núi Bình Liêu (Quảng Ninh) đã sản xuất hơn 1.050 tấn miến dong, doanh thu ước đạt 115 tỷ đồng, cao nhất từ trước tới nay.

Năm 2024, toàn huyện trồng 260 ha dong riềng, tăng 40 ha so với năm 2023; năng suất bình quân 68 tấn/ha, sản lượng củ đạt gần 17.700 tấn. Khoảng 1.200 hộ người Tày, Dao tham gia trồng dong, trong đó 430 hộ liên kết bao tiêu với 36 cơ sở chế biến.

Dọc Quốc lộ 18C lên cửa khẩu Hoành Mô, những giàn phơi miến trải dài. Anh Hoàng Văn Sáu, chủ cơ sở ở thôn Khe Vằn, cho biết giá miến năm nay từ 100.000 đến 120.000 đồng/kg, cao hơn 10.000 đồng/kg so với năm ngoái. Mỗi tấn tinh bột dong cho ra khoảng 850 kg miến.

Sản phẩm Miến dong Bình Liêu đã đạt OCOP 4 sao và được cấp chỉ dẫn địa lý. Theo UBND huyện, 100% cơ sở chế biến đã có giấy chứng nhận đủ điều kiện an toàn thực phẩm, 12 cơ sở đã lắp đặt máy sấy thay cho phơi thủ công.

Dịp Tết Nguyên đán sắp tới, các cơ sở dự kiến tiêu thụ khoảng 350 tấn miến. Huyện đặt mục tiêu đến năm 2025 mở rộng vùng dong riềng lên 300 ha, sản lượng miến đạt 1.300 tấn/năm.

Trên cả nước, miến dong hiện được sản xuất tại khoảng 30 làng nghề, tập trung ở Quảng Ninh, Bắc Kạn, Hà Nội và Điện Biên.

Phạm Hùng
"""

YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-12-16")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
NOW = period("năm nay", "2024-01-01", "2024-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")
L = "Bình Liêu"

FIGS = [
    F("hơn 1.050 tấn", "1.050", 1050, "measure", "tấn", "miến dong sản xuất", approx="over", period=YTD, location=L),
    F("ước đạt 115 tỷ đồng", "115", 115e9, "money", "đồng", "doanh thu miến dong", status="estimate", period=YTD, location=L),
    F("trồng 260 ha", "260", 260, "measure", "ha", "diện tích trồng dong riềng",
      change=change("increase", 40, "ha", "năm 2023"), period=Y24, location=L),
    F("bình quân 68 tấn/ha", "68", 68, "measure", "tấn/ha", "năng suất bình quân dong riềng", period=Y24, location=L),
    F("gần 17.700 tấn", "17.700", 17700, "measure", "tấn", "sản lượng củ dong riềng", approx="nearly", period=Y24, location=L),
    F("Khoảng 1.200 hộ", "1.200", 1200, "count", "hộ", "hộ người Tày, Dao tham gia trồng dong", approx="about",
      period=inherit(Y24), location=L),
    F("430 hộ", "430", 430, "count", "hộ", "hộ liên kết bao tiêu với cơ sở chế biến", total=1200, period=inherit(Y24), location=L),
    F("với 36 cơ sở", "36", 36, "count", "cơ sở chế biến", "cơ sở chế biến liên kết bao tiêu", period=inherit(Y24), location=L),
    F("từ 100.000 đến 120.000 đồng/kg", "100.000", 100000, "money", "đồng/kg", "giá miến", value_max=120000,
      change=change("increase", 10000, "đồng/kg", "năm ngoái"), period=NOW, location=L),
    F("khoảng 850 kg", "850", 850, "measure", "kg", "miến làm ra từ mỗi tấn tinh bột dong", approx="about",
      period=inherit(NOW), location=L),
    F("OCOP 4 sao", "4", 4, "measure", "sao", optional=True, location=L),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở chế biến có giấy chứng nhận đủ điều kiện an toàn thực phẩm", location=L),
    F("12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở lắp đặt máy sấy thay cho phơi thủ công", location=L),
    F("khoảng 350 tấn", "350", 350, "measure", "tấn", "miến tiêu thụ dịp Tết Nguyên đán", approx="about",
      status="forecast", location=L),
    F("lên 300 ha", "300", 300, "measure", "ha", "vùng dong riềng", status="target", period=T25, location=L),
    F("đạt 1.300 tấn/năm", "1.300", 1300, "measure", "tấn/năm", "sản lượng miến", status="target", period=T25, location=L),
    F("khoảng 30 làng nghề", "30", 30, "count", "làng nghề", "làng nghề sản xuất miến dong", approx="about", location="Việt Nam"),
]

COMMENTS = [
    "National newspaper, Thứ hai, 16/12/2024, 06:00 (GMT+7): miến dong of huyện Bình Liêu (Quảng Ninh); byline at the end.",
    "Location Bình Liêu (district) for its figures; 'Trên cả nước ... khoảng 30 làng nghề' is Việt Nam although provinces are listed after it.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-12-16; 'năm nay' = 2024. 'cao hơn 10.000 đồng/kg so với năm ngoái' is the change of the price range.",
    "'Dịp Tết Nguyên đán sắp tới' is no calendar period: the forecast 350 tấn gets none. Stock figures ('hiện', 100%, 12 cơ sở) get none.",
    "Distractors: Quốc lộ 18C, cửa khẩu Hoành Mô, Hoàng Văn Sáu, thôn Khe Vằn, 06:00 (GMT+7).",
]

write("p789-6", TEXT, FIGS, COMMENTS, published="2024-12-16", location=L)
