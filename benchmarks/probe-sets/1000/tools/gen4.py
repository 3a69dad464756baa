"""p1000-4: ministry agency site (Cục Khí tượng Thủy văn) — national network and bulletins, 2024 review."""
from lib import F, P, I, C, write

TEXT = """CỤC KHÍ TƯỢNG THỦY VĂN - BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ | Tin tức | Hoạt động của ngành

Ngành khí tượng thủy văn phát hành trên 21.000 bản tin dự báo, cảnh báo trong năm 2024

Ngày đăng: 08/01/2025 | Lượt xem: 1.247

Ngày 7/1, tại Hà Nội, Cục Khí tượng Thủy văn tổ chức Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.

Theo báo cáo, tính đến ngày 31/12/2024, mạng lưới trạm khí tượng thủy văn quốc gia có 1.975 trạm, trong đó 1.214 trạm tự động, chiếm 61,5%. Ngoài ra, các bộ, ngành, địa phương và doanh nghiệp thủy điện đã lắp đặt khoảng 4.300 trạm đo mưa tự động chuyên dùng; dữ liệu của gần 3.900 trạm đã được chia sẻ về cơ sở dữ liệu quốc gia. Các tỉnh có nhiều trạm đo mưa tự động nhất lần lượt là Nghệ An (312 trạm), Thanh Hóa (287 trạm), Quảng Nam (264 trạm) và Lào Cai (241 trạm).

Năm 2024, trên Biển Đông xuất hiện 10 cơn bão và 6 áp thấp nhiệt đới; cả nước xảy ra 25 đợt mưa lớn diện rộng. Đáng chú ý, cơn bão số 3 (Yagi) gây mưa đặc biệt lớn ở Bắc Bộ, tại nhiều trạm lượng mưa vượt giá trị lịch sử. Toàn ngành đã phát hành trên 21.000 bản tin dự báo, cảnh báo, tăng 8,6% so với năm 2023. Sai số dự báo quỹ đạo bão hạn 24 giờ trung bình khoảng 65 km, tương đương các trung tâm tiên tiến trên thế giới; chất lượng cảnh báo mưa lớn đạt 78%, tăng 4 điểm phần trăm so với năm trước.

Năm 2025, Cục đặt mục tiêu nâng tỷ lệ trạm tự động trong mạng lưới quốc gia lên 70%; 100% bản tin cảnh báo thiên tai được cung cấp trên Hệ thống thông tin cảnh báo quốc gia chậm nhất 15 phút sau khi phát hành. Dự kiến trong năm 2025 sẽ lắp mới 250 trạm đo mưa tự động và 30 trạm khí tượng tự động với tổng kinh phí khoảng 165 tỷ đồng.

Địa chỉ: Số 23 Trung Kính, Cầu Giấy, Hà Nội | Điện thoại: 024.3824.4120
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("tính đến ngày 31/12/2024", None, "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Y25b = P("trong năm 2025", "2025-01-01", "2025-12-31")
TOP = "trạm đo mưa tự động"

FIGS = [
    F("trên 21.000 bản tin dự báo, cảnh báo trong", "21.000", 21000, "count", "bản tin",
      "bản tin dự báo, cảnh báo ngành khí tượng thủy văn phát hành", Y24, approx="over"),
    F("có 1.975 trạm", "1.975", 1975, "count", "trạm", "trạm khí tượng thủy văn trong mạng lưới quốc gia", ASOF),
    F("1.214 trạm tự động", "1.214", 1214, "count", "trạm", "trạm tự động trong mạng lưới quốc gia", ASOF,
      total=1975, percent=61.5),
    F("khoảng 4.300 trạm", "4.300", 4300, "count", "trạm", "trạm đo mưa tự động chuyên dùng", I(ASOF), approx="about"),
    F("gần 3.900 trạm", "3.900", 3900, "count", "trạm", "trạm đo mưa chuyên dùng chia sẻ dữ liệu về cơ sở dữ liệu quốc gia",
      I(ASOF), approx="nearly"),
    F("Nghệ An (312 trạm)", "312", 312, "count", "trạm", TOP, I(ASOF), location="Nghệ An"),
    F("Thanh Hóa (287 trạm)", "287", 287, "count", "trạm", TOP, I(ASOF), location="Thanh Hóa"),
    F("Quảng Nam (264 trạm)", "264", 264, "count", "trạm", TOP, I(ASOF), location="Quảng Nam"),
    F("Lào Cai (241 trạm)", "241", 241, "count", "trạm", TOP, I(ASOF), location="Lào Cai"),
    F("xuất hiện 10 cơn bão", "10", 10, "count", "cơn bão", "cơn bão trên Biển Đông", Y24b),
    F("và 6 áp thấp", "6", 6, "count", "áp thấp nhiệt đới", "áp thấp nhiệt đới trên Biển Đông", Y24b),
    F("xảy ra 25 đợt", "25", 25, "count", "đợt mưa lớn", "đợt mưa lớn diện rộng", Y24b),
    F("trên 21.000 bản tin dự báo, cảnh báo, tăng", "21.000", 21000, "count", "bản tin",
      "bản tin dự báo, cảnh báo toàn ngành phát hành", I(Y24b), approx="over",
      change=C("increase", 8.6, "%", "năm 2023")),
    F("hạn 24 giờ", "24", 24, "measure", "giờ", "hạn dự báo quỹ đạo bão", optional=True),
    F("khoảng 65 km", "65", 65, "measure", "km", "sai số dự báo quỹ đạo bão hạn 24 giờ trung bình", I(Y24b), approx="about"),
    F("đạt 78%", "78", 78, "percent", "%", "chất lượng cảnh báo mưa lớn", I(Y24b),
      change=C("increase", 4, "điểm phần trăm", "năm trước")),
    F("lên 70%", "70", 70, "percent", "%", "tỷ lệ trạm tự động trong mạng lưới quốc gia", Y25, status="target"),
    F("; 100% bản tin", "100", 100, "percent", "%",
      "bản tin cảnh báo thiên tai được cung cấp trên Hệ thống thông tin cảnh báo quốc gia", Y25, status="target"),
    F("chậm nhất 15 phút", "15", 15, "measure", "phút", "thời gian cung cấp bản tin sau khi phát hành",
      approx="at_most", status="target", optional=True),
    F("lắp mới 250 trạm", "250", 250, "count", "trạm", "trạm đo mưa tự động lắp mới", Y25b, status="forecast"),
    F("và 30 trạm khí tượng", "30", 30, "count", "trạm", "trạm khí tượng tự động lắp mới", Y25b, status="forecast"),
    F("khoảng 165 tỷ đồng", "165", 165e9, "money", "đồng", "tổng kinh phí lắp mới trạm", Y25b, approx="about", status="forecast"),
]

COMMENTS = [
    "Agency site (Cục Khí tượng Thủy văn, Bộ TN&MT), 'Ngày đăng: 08/01/2025': 2024 review of the national network and bulletins.",
    "Not figures: 'Lượt xem: 1.247', 'Ngày 7/1', 'cơn bão số 3 (Yagi)' (a storm's name), address 'Số 23 Trung Kính', phone.",
    "Location Việt Nam throughout (national network, Biển Đông, cả nước) except the ranked provinces of the 'lần lượt' list.",
    "'1.214 trạm tự động, chiếm 61,5%' after 'trong đó' -> total 1975 and percent 61.5. 3.900 stations sharing data have no part-of cue: no total.",
    "The 2024 paragraph's later sentences inherit 'Năm 2024'; 'tăng 4 điểm phần trăm so với năm trước' is the change of 78%.",
    "'hạn 24 giờ' (forecast range) and 'chậm nhất 15 phút' (a delivery deadline inside a target) are optional.",
    "'Dự kiến trong năm 2025 ...' -> forecast for 250 and 30 stations and the 165 tỷ.",
]

write("p1000-4", TEXT, FIGS, COMMENTS, published="2025-01-08", location="Việt Nam")
