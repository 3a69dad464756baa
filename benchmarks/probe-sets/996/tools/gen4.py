"""p996-4: Bộ Công an site — national camera-detected violations and fines, 2024."""
from lib import build, F, P, I, C, T

TEXT = """Cổng thông tin điện tử Bộ Công an > Tin tức > Hoạt động của lực lượng CAND
Ngày đăng: 18/02/2025 | Lượt xem: 1.204

Năm 2024, phát hiện gần 2,1 triệu trường hợp vi phạm giao thông qua camera

Theo Cục Cảnh sát giao thông (C08), năm 2024, thông qua hệ thống giám sát giao thông và camera của các địa phương, lực lượng Cảnh sát giao thông toàn quốc đã phát hiện gần 2,1 triệu trường hợp vi phạm, gửi thông báo phạt nguội 1,62 triệu trường hợp, chiếm khoảng 77%. Tổng số tiền xử phạt qua hình ảnh đạt 1.847 tỷ đồng, tăng 31,2% so với năm 2023.

Hiện 63/63 tỉnh, thành phố đã kết nối dữ liệu camera về Trung tâm chỉ huy giao thông của Cục với tổng số 7.835 camera, trong đó 1.426 camera lắp trên các tuyến quốc lộ và 538 camera trên đường cao tốc. Số camera phát hiện vi phạm tự động gấp 2,3 lần so với năm 2022.

Các địa phương phát hiện nhiều vi phạm qua camera nhất lần lượt là Hà Nội (412.560 trường hợp), TP Hồ Chí Minh (356.904 trường hợp), Bình Dương (118.372 trường hợp) và Đồng Nai (97.215 trường hợp). Đáng chú ý, vi phạm tốc độ chiếm 46,8%, vi phạm tín hiệu đèn giao thông chiếm 27,5% tổng số vi phạm phát hiện.

Nghị định số 168/2024/NĐ-CP có hiệu lực từ ngày 1/1/2025 nâng mức phạt với ô tô vượt đèn đỏ lên từ 18 đến 20 triệu đồng. Bộ Công an đặt mục tiêu đến năm 2025 giảm ít nhất 5% số vụ tai nạn giao thông và hoàn thành kết nối 100% camera trên các tuyến cao tốc về Trung tâm chỉ huy.

Địa chỉ: số 44 Yết Kiêu, Hoàn Kiếm, Hà Nội. Điện thoại: 069.2342.503.
"""

P24 = P("năm 2024", "2024-01-01", "2024-12-31")
P25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("phát hiện gần 2,1 triệu trường hợp vi phạm giao thông", "2,1", 2_100_000, "count", "trường hợp",
      "trường hợp vi phạm giao thông phát hiện qua camera", approx="nearly",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đã phát hiện gần 2,1 triệu", "2,1", 2_100_000, "count", "trường hợp",
      "trường hợp vi phạm phát hiện qua hệ thống giám sát giao thông và camera", approx="nearly", period=P24),
    F("phạt nguội 1,62 triệu", "1,62", 1_620_000, "count", "trường hợp",
      "trường hợp được gửi thông báo phạt nguội", percent=77, period=P24),
    F("đạt 1.847 tỷ đồng", "1.847", 1_847_000_000_000, "money", "đồng", "tổng số tiền xử phạt qua hình ảnh",
      change=C("increase", 31.2, "%", "năm 2023"), period=I(P24)),
    F("63/63", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã kết nối dữ liệu camera về Trung tâm chỉ huy giao thông", total=63),
    F("7.835 camera", "7.835", 7835, "count", "camera", "camera kết nối về Trung tâm chỉ huy giao thông"),
    F("1.426 camera", "1.426", 1426, "count", "camera", "camera lắp trên các tuyến quốc lộ", total=7835),
    F("538 camera", "538", 538, "count", "camera", "camera trên đường cao tốc", total=7835),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "số camera phát hiện vi phạm tự động so với năm 2022"),
    F("(412.560", "412.560", 412560, "count", "trường hợp", "vi phạm phát hiện qua camera",
      period=I(P24), location="Hà Nội"),
    F("(356.904", "356.904", 356904, "count", "trường hợp", "vi phạm phát hiện qua camera",
      period=I(P24), location="Hồ Chí Minh"),
    F("(118.372", "118.372", 118372, "count", "trường hợp", "vi phạm phát hiện qua camera",
      period=I(P24), location="Bình Dương"),
    F("(97.215", "97.215", 97215, "count", "trường hợp", "vi phạm phát hiện qua camera",
      period=I(P24), location="Đồng Nai"),
    F("chiếm 46,8%", "46,8", 46.8, "percent", "%", "vi phạm tốc độ trong tổng số vi phạm phát hiện",
      period=I(P24)),
    F("chiếm 27,5%", "27,5", 27.5, "percent", "%", "vi phạm tín hiệu đèn giao thông trong tổng số vi phạm phát hiện",
      period=I(P24)),
    F("từ 18 đến 20 triệu đồng", "18", 18_000_000, "money", "đồng", "mức phạt với ô tô vượt đèn đỏ",
      value_max=20_000_000),
    F("ít nhất 5%", "5", 5, "percent", "%", "số vụ tai nạn giao thông giảm", approx="at_least",
      status="target", period=P25),
    F("100% camera", "100", 100, "percent", "%", "camera trên các tuyến cao tốc kết nối về Trung tâm chỉ huy",
      status="target", period=P25),
]
NOTES = [
    "Ministry of Public Security site: national camera-detected violations, phạt nguội notices, fines (2024), cameras connected, top provinces.",
    "National figures → location Việt Nam (document default); ranking list items take their province and no total (they do not add up to the whole).",
    "'gấp 2,3 lần so với năm 2022' with no base amount stated is a multiple figure, no change.",
    "Fine level under Nghị định 168 is a money range (18-20 triệu đồng), no period (the effective date dates the decree, not a statistic).",
    "Distractors: Nghị định số 168/2024/NĐ-CP, C08, ngày 1/1/2025, Lượt xem 1.204, số 44 Yết Kiêu, 069.2342.503.",
]
build("p996-4", TEXT, FIGS, NOTES, published="2025-02-18", location="Việt Nam")
