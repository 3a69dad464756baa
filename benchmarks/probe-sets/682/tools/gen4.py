import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ / Tin tức / An toàn thông tin
Ngày đăng: 18/04/2024 | Lượt xem: 2.105

Quý I/2024: Cảnh báo, ngăn chặn hơn 1.300 trang web lừa đảo

Theo Cục An toàn thông tin, quý I/2024, hệ thống kỹ thuật của Bộ đã tiếp nhận và xử lý 4.261 phản ánh về lừa đảo trực tuyến qua cổng canhbao.khonggianmang.gov.vn, tăng 27,5% so với quý IV/2023. Cục đã cảnh báo, ngăn chặn 1.318 trang web lừa đảo, trong đó 486 trang giả mạo ngân hàng và ví điện tử, 312 trang giả mạo cơ quan nhà nước; gần 9,5 triệu lượt người dùng đã được cảnh báo khi truy cập các trang này.

Về thuê bao di động, các doanh nghiệp viễn thông đã thu hồi khoảng 2,1 triệu thuê bao có thông tin không trùng khớp với Cơ sở dữ liệu quốc gia về dân cư, chặn hơn 38.000 tin nhắn rác, cuộc gọi rác mỗi ngày. Số cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam là 2.323 cuộc, giảm 47,5% so với cùng kỳ năm 2023.

Các hình thức lừa đảo được ghi nhận nhiều nhất gồm: giả mạo thương hiệu (chiếm 48,6%), chiếm đoạt tài khoản (27,4%) và các hình thức kết hợp (24%). Theo khảo sát của Cục, có tới 62% người dùng từng nhận ít nhất một tin nhắn, cuộc gọi lừa đảo trong 3 tháng gần đây.

Năm 2024, Bộ đặt mục tiêu giảm 50% số vụ lừa đảo trực tuyến so với năm 2023, đồng thời phấn đấu 80% người dân được phổ biến kỹ năng nhận diện lừa đảo. Cục cũng đã ra mắt tài liệu "Cẩm nang nhận diện 24 hình thức lừa đảo trực tuyến", in 100.000 bản để phát cho các tỉnh, thành phố.

Người dân có thể phản ánh qua đầu số 156 hoặc 5656 (miễn phí), hoặc tại trụ sở số 115 Trần Duy Hưng, Hà Nội.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1h = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 1.300 trang web", "1.300", 1300, "count", "trang web", "trang web lừa đảo được cảnh báo, ngăn chặn", Q1h, approx="over"),
    F("xử lý 4.261 phản ánh", "4.261", 4261, "count", "phản ánh", "phản ánh về lừa đảo trực tuyến tiếp nhận và xử lý", Q1,
      change=CH("increase", 27.5, "%", "quý IV/2023")),
    F("ngăn chặn 1.318 trang web", "1.318", 1318, "count", "trang web", "trang web lừa đảo được cảnh báo, ngăn chặn", I(Q1)),
    F("486 trang", "486", 486, "count", "trang", "trang giả mạo ngân hàng và ví điện tử", I(Q1), total=1318),
    F("312 trang", "312", 312, "count", "trang", "trang giả mạo cơ quan nhà nước", I(Q1), total=1318),
    F("gần 9,5 triệu lượt người dùng", "9,5", 9.5e6, "count", "lượt người dùng",
      "lượt người dùng được cảnh báo khi truy cập các trang lừa đảo", I(Q1), approx="nearly"),
    F("khoảng 2,1 triệu thuê bao", "2,1", 2.1e6, "count", "thuê bao",
      "thuê bao có thông tin không trùng khớp với Cơ sở dữ liệu quốc gia về dân cư bị thu hồi", I(Q1), approx="about"),
    F("hơn 38.000 tin nhắn rác", "38.000", 38000, "count", "tin nhắn rác", "tin nhắn rác, cuộc gọi rác bị chặn mỗi ngày",
      approx="over"),
    F("là 2.323 cuộc", "2.323", 2323, "count", "cuộc", "cuộc tấn công mạng gây sự cố vào hệ thống thông tin tại Việt Nam", I(Q1),
      change=CH("decrease", 47.5, "%", "cùng kỳ năm 2023")),
    F("(chiếm 48,6%)", "48,6", 48.6, "percent", "%", "hình thức lừa đảo giả mạo thương hiệu", I(Q1)),
    F("(27,4%)", "27,4", 27.4, "percent", "%", "hình thức lừa đảo chiếm đoạt tài khoản", I(Q1)),
    F("(24%)", "24", 24, "percent", "%", "các hình thức lừa đảo kết hợp", I(Q1)),
    F("có tới 62% người dùng", "62", 62, "percent", "%", "người dùng từng nhận tin nhắn, cuộc gọi lừa đảo"),
    F("ít nhất một tin nhắn", "một", 1, "count", "tin nhắn", "tin nhắn, cuộc gọi lừa đảo", approx="at_least", optional=True),
    F("giảm 50% số vụ", "50", 50, "percent", "%", "số vụ lừa đảo trực tuyến giảm so với năm 2023", Y24, status="target"),
    F("phấn đấu 80% người dân", "80", 80, "percent", "%", "người dân được phổ biến kỹ năng nhận diện lừa đảo", Y24, status="target"),
    F("in 100.000 bản", "100.000", 100000, "count", "bản", "bản cẩm nang nhận diện lừa đảo trực tuyến in để phát cho các tỉnh, thành phố"),
]

COMMENTS = [
    "Bộ TT&TT (ministry site): Cục An toàn thông tin, lừa đảo trực tuyến quý I/2024 (phản ánh, trang web chặn, thuê bao thu hồi, tấn công mạng).",
    "'Ngày đăng: 18/04/2024 | Lượt xem: 2.105' -> published; counter is furniture. National figures: location Việt Nam.",
    "Not figures: '24 hình thức' inside a document title, short codes 156/5656, address số 115 Trần Duy Hưng, 'trong 3 tháng gần đây' (duration),",
    "  'quý IV/2023' (baseline). 'ít nhất một tin nhắn' is a threshold: optional.",
    "'trong đó 486 trang …, 312 trang …' after 1.318 trang web -> total 1318. 'gồm:' percents are shares of forms, standalone percent figures.",
    "'tăng 27,5% so với quý IV/2023', 'giảm 47,5% so với cùng kỳ năm 2023' are changes of the counts before them.",
    "'Năm 2024, Bộ đặt mục tiêu giảm 50% … đồng thời phấn đấu 80%' -> both percent targets of year 2024 (a reduction rate that is the claim: no change).",
]

if __name__ == "__main__":
    emit("p682-4", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Việt Nam")
