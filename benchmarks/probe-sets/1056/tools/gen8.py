"""p1056-8: provincial newspaper online (Báo Bắc Giang), Q1/2025 festival-season checks, headline figure, (BBG) tag."""
from lib import F, P, I, C, T, write

TEXT = """Báo Bắc Giang điện tử
Thời sự > Y tế

Phạt hơn 640 triệu đồng các cơ sở vi phạm an toàn thực phẩm dịp lễ hội

Cập nhật lúc 16:05, Thứ hai, 14/04/2025

(BBG) - Trong quý I/2025, ngành y tế Bắc Giang thành lập 241 đoàn kiểm tra an toàn thực phẩm dịp Tết Nguyên đán và mùa lễ hội xuân, kiểm tra 4.356 cơ sở, đạt 26,4% kế hoạch năm. Qua kiểm tra, phát hiện 298 cơ sở vi phạm, xử phạt 64 cơ sở với tổng số tiền hơn 640 triệu đồng, tăng 18,5% so với cùng kỳ năm 2024.

Các huyện có số cơ sở vi phạm nhiều nhất lần lượt là Lục Ngạn, Yên Thế và Lạng Giang với 46, 39 và 31 cơ sở. Mức phạt phổ biến từ 3 đến 7 triệu đồng/cơ sở, chủ yếu do không có giấy xác nhận kiến thức, không đảm bảo điều kiện vệ sinh.

Tại các lễ hội Tây Yên Tử, chùa Vĩnh Nghiêm, đền Xương Giang có hơn 320 gian hàng kinh doanh thức ăn đường phố. Đoàn đã test nhanh 526 mẫu, trong số này có 511 mẫu đạt yêu cầu, chiếm 97,1%.

Hiện toàn tỉnh có khoảng 5.200 cơ sở kinh doanh thức ăn đường phố, trong đó gần 2.900 cơ sở tập trung tại TP Bắc Giang. Tính đến ngày 31/3/2025, số cơ sở được cấp giấy xác nhận kiến thức an toàn thực phẩm ước đạt 3.120 cơ sở, chiếm 60%.

Dự kiến trong Tháng hành động vì an toàn thực phẩm năm 2025 (từ 15/4 đến 15/5), tỉnh sẽ kiểm tra khoảng 1.500 cơ sở. Năm 2025, Bắc Giang phấn đấu 85% cơ sở kinh doanh thức ăn đường phố được tập huấn, không để xảy ra ngộ độc thực phẩm đông người (từ 30 người mắc trở lên).

Minh Hương
"""

Q = P("Trong quý I/2025", "2025-01-01", "2025-03-31")
QI = I(Q)

FIGS = [
    F("Phạt hơn 640 triệu đồng", "640", 640000000, "money", "đồng",
      "tiền phạt cơ sở vi phạm an toàn thực phẩm", approx="over"),
    F("thành lập 241 đoàn", "241", 241, "count", "đoàn kiểm tra", "đoàn kiểm tra an toàn thực phẩm", period=Q),
    F("kiểm tra 4.356 cơ sở", "4.356", 4356, "count", "cơ sở", "cơ sở được kiểm tra", percent=26.4, period=Q),
    F("phát hiện 298 cơ sở", "298", 298, "count", "cơ sở", "cơ sở vi phạm", period=QI),
    F("xử phạt 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở bị xử phạt", period=QI),
    F("số tiền hơn 640 triệu đồng", "640", 640000000, "money", "đồng", "tổng số tiền phạt", approx="over",
      change=C("increase", 18.5, "%", "cùng kỳ năm 2024"), period=QI),
    F("với 46, 39", "46", 46, "count", "cơ sở", "cơ sở vi phạm", location="Lục Ngạn", period=QI),
    F("46, 39 và", "39", 39, "count", "cơ sở", "cơ sở vi phạm", location="Yên Thế", period=QI),
    F("và 31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở vi phạm", location="Lạng Giang", period=QI),
    F("từ 3 đến 7 triệu đồng/cơ sở", "3", 3000000, "money", "đồng/cơ sở", "mức phạt phổ biến",
      value_max=7000000, period=QI),
    F("hơn 320 gian hàng", "320", 320, "count", "gian hàng", "gian hàng kinh doanh thức ăn đường phố tại các lễ hội",
      approx="over", period=QI),
    F("test nhanh 526 mẫu", "526", 526, "count", "mẫu", "mẫu test nhanh", period=QI),
    F("có 511 mẫu", "511", 511, "count", "mẫu", "mẫu đạt yêu cầu", total=526, percent=97.1, period=QI),
    F("khoảng 5.200 cơ sở", "5.200", 5200, "count", "cơ sở", "cơ sở kinh doanh thức ăn đường phố", approx="about"),
    F("gần 2.900 cơ sở", "2.900", 2900, "count", "cơ sở", "cơ sở kinh doanh thức ăn đường phố", approx="nearly",
      total=5200),
    F("ước đạt 3.120 cơ sở", "3.120", 3120, "count", "cơ sở",
      "cơ sở được cấp giấy xác nhận kiến thức an toàn thực phẩm", percent=60, status="estimate",
      period=P("Tính đến ngày 31/3/2025", None, "2025-03-31")),
    F("khoảng 1.500 cơ sở", "1.500", 1500, "count", "cơ sở", "cơ sở được kiểm tra", approx="about",
      status="forecast", period=P("từ 15/4 đến 15/5", "2025-04-15", "2025-05-15")),
    F("phấn đấu 85% cơ sở", "85", 85, "percent", "%", "cơ sở kinh doanh thức ăn đường phố được tập huấn",
      status="target", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("từ 30 người mắc", "30", 30, "count", "người", "ngưỡng ngộ độc thực phẩm đông người",
      approx="at_least", status="target", optional=True),
]

NOTES = [
    "Báo Bắc Giang online: Q1/2025 festival-season food safety checks; headline money figure without a year; (BBG) tag.",
    "'kiểm tra 4.356 cơ sở, đạt 26,4% kế hoạch năm' -> percent 26,4 (share after đạt), status actual (no ước).",
    "'lần lượt là Lục Ngạn, Yên Thế và Lạng Giang với 46, 39 và 31 cơ sở': items share the indicator; location each.",
    "'trong số này có 511 mẫu' -> total 526. 'gần 2.900 cơ sở' after 'trong đó' -> total 5.200 (location stays Bắc Giang: TP Bắc Giang).",
    "'ước đạt 3.120 cơ sở, chiếm 60%' as of 31/3/2025 -> estimate, percent 60. Year of 'từ 15/4 đến 15/5' from 'năm 2025'.",
    "'(từ 30 người mắc trở lên)' is the category threshold of 'ngộ độc đông người' (optional).",
    "Distractors: 16:05, Thứ hai, 14/04/2025, (BBG), Tây Yên Tử, 'Hiện' (no period), byline.",
]

write(8, TEXT, FIGS, NOTES, published="2025-04-14", location="Bắc Giang")
