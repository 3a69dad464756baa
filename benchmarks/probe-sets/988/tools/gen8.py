"""p988-8: Báo Quảng Bình online, (QBĐT) tag — thuyền chở khách tham quan động Phong Nha dịp lễ 30/4-1/5/2025."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG BÌNH ĐIỆN TỬ
Du lịch
Gần 300 thuyền phục vụ khách tham quan động Phong Nha dịp lễ
Cập nhật lúc 16:45, 03/05/2025

(QBĐT) - Trong 5 ngày nghỉ lễ 30/4 và 1/5, Trung tâm Du lịch Phong Nha - Kẻ Bàng đã huy động 286 thuyền vận chuyển khách tham quan động Phong Nha và động Tiên Sơn. Tổng lượt khách đến các điểm du lịch của Vườn quốc gia đạt 41.560 lượt, tăng 15,3% so với dịp lễ năm 2024; trong đó khách đi thuyền tham quan động Phong Nha đạt 18.240 lượt, chiếm 43,9%.

Hiện đội thuyền du lịch Phong Nha có 312 thuyền, chia thành 11 tổ, với khoảng 650 lao động là người dân địa phương. Mỗi thuyền chở tối đa 14 khách; giá thuê thuyền tuyến động Phong Nha là 550.000 đồng/thuyền, tuyến Phong Nha - Tiên Sơn là 650.000 đồng/thuyền. Thu nhập bình quân của người chèo thuyền đạt khoảng 7,2 triệu đồng/tháng, tăng gần 1 triệu đồng so với năm 2023.

Anh Trần Văn Tư, tổ thuyền số 5, chia sẻ: dịp lễ năm nay mỗi thuyền chạy 4-5 chuyến/ngày, gấp đôi ngày thường.

Năm 2024, động Phong Nha đón 502.300 lượt khách đi thuyền, xếp thứ 2 về lượng khách trong các điểm tham quan của Vườn quốc gia, sau động Thiên Đường; doanh thu dịch vụ thuyền đạt 38,6 tỷ đồng, tăng 9% so với năm 2023.

Năm 2025, Trung tâm phấn đấu đón 950.000 lượt khách, trong đó khách đi thuyền khoảng 520.000 lượt. Dự kiến trong quý III/2025 sẽ khởi công nâng cấp bến thuyền Phong Nha với tổng kinh phí 25 tỷ đồng, hoàn thành trước ngày 30/6/2026.

Ngọc Mai
"""

HOL = P("Trong 5 ngày nghỉ lễ 30/4 và 1/5", "2025-04-30", "2025-05-04")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 300 thuyền", "300", 300, "count", "thuyền", "thuyền phục vụ khách tham quan động Phong Nha dịp lễ",
      I(HOL), approx="nearly"),
    F("huy động 286 thuyền", "286", 286, "count", "thuyền", "thuyền vận chuyển khách tham quan động Phong Nha và động Tiên Sơn",
      HOL),
    F("đạt 41.560 lượt", "41.560", 41560, "count", "lượt", "tổng lượt khách đến các điểm du lịch của Vườn quốc gia",
      I(HOL), change=C("increase", 15.3, baseline="dịp lễ năm 2024")),
    F("đạt 18.240 lượt", "18.240", 18240, "count", "lượt", "khách đi thuyền tham quan động Phong Nha", I(HOL),
      total=41560, percent=43.9),
    F("có 312 thuyền", "312", 312, "count", "thuyền", "thuyền của đội thuyền du lịch Phong Nha"),
    F("11 tổ", "11", 11, "count", "tổ", "tổ thuyền"),
    F("khoảng 650 lao động", "650", 650, "count", "lao động", "lao động của đội thuyền du lịch Phong Nha", approx="about"),
    F("tối đa 14 khách", "14", 14, "count", "khách", "số khách mỗi thuyền chở", approx="at_most", optional=True),
    F("là 550.000 đồng/thuyền", "550.000", 550000, "money", "đồng/thuyền", "giá thuê thuyền tuyến động Phong Nha"),
    F("là 650.000 đồng/thuyền", "650.000", 650000, "money", "đồng/thuyền", "giá thuê thuyền tuyến Phong Nha - Tiên Sơn"),
    F("khoảng 7,2 triệu đồng/tháng", "7,2", 7_200_000, "money", "đồng/tháng", "thu nhập bình quân của người chèo thuyền",
      approx="about", change=C("increase", 1_000_000, unit="đồng", approx="nearly", baseline="năm 2023")),
    F("chạy 4-5 chuyến/ngày", "4", 4, "measure", "chuyến/ngày", "chuyến mỗi thuyền chạy dịp lễ", value_max=5,
      change=C("increase", 2, unit="lần", baseline="ngày thường"), optional=True),
    F("đón 502.300 lượt khách", "502.300", 502300, "count", "lượt khách", "lượt khách đi thuyền tham quan động Phong Nha",
      Y24),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "lượng khách trong các điểm tham quan của Vườn quốc gia", Y24),
    F("đạt 38,6 tỷ đồng", "38,6", 38_600_000_000, "money", "đồng", "doanh thu dịch vụ thuyền", Y24,
      change=C("increase", 9, baseline="năm 2023")),
    F("đón 950.000 lượt khách", "950.000", 950000, "count", "lượt khách", "lượt khách", Y25, status="target"),
    F("khoảng 520.000 lượt", "520.000", 520000, "count", "lượt", "khách đi thuyền", Y25, approx="about",
      total=950000, status="target"),
    F("kinh phí 25 tỷ đồng", "25", 25_000_000_000, "money", "đồng", "tổng kinh phí nâng cấp bến thuyền Phong Nha",
      P("quý III/2025", "2025-07-01", "2025-09-30"), status="forecast"),
]

NOTES = [
    "Báo Quảng Bình online, '(QBĐT) -' tag (implies Quảng Bình), headline figure 'Gần 300 thuyền' (invented, probe set 988).",
    "'Trong 5 ngày nghỉ lễ 30/4 và 1/5' (2025, from the dateline) = 30/4-4/5/2025; '5 ngày' only locates the figures in time.",
    "Optional: the per-boat capacity rule 'tối đa 14 khách' and one rower's quoted '4-5 chuyến/ngày'.",
    "Distractors: 16:45, 03/05/2025, lễ 30/4 và 1/5, tổ thuyền số 5, Trần Văn Tư, 'trước ngày 30/6/2026'; 'gấp đôi ngày thường' is the change of the optional 4-5 chuyến/ngày.",
    "'tăng gần 1 triệu đồng so với năm 2023' is the change of the 7,2 triệu income.",
]

write("p988-8", TEXT, FIGS, NOTES, published="2025-05-03", location="Quảng Bình")
