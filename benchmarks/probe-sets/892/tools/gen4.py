"""p892-4: ministry site (Cục Chăn nuôi, Bộ NN&PTNT), gà lông màu cả nước năm 2023."""
from lib import F, P, I, C, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC CHĂN NUÔI
Trang chủ / Tin hoạt động / Chăn nuôi gia cầm
Ngày đăng: 05/03/2024 | Lượt xem: 1.126

Chăn nuôi gà lông màu: mở rộng liên kết chuỗi để giảm rủi ro giá

Theo số liệu của Cục Chăn nuôi, năm 2023 tổng đàn gà cả nước đạt khoảng 430 triệu con, tăng 3,1% so với năm 2022; trong đó gà lông màu (gà thả vườn, gà đồi, gà bản địa) chiếm khoảng 55%. Sản lượng thịt gà hơi xuất chuồng đạt 1,78 triệu tấn.

Các địa phương có đàn gà lớn nhất lần lượt là Hà Nội (38,5 triệu con), Đồng Nai (28,2 triệu con), Bắc Giang (22,1 triệu con) và Phú Thọ (17,6 triệu con). Cả nước hiện có 1.247 chuỗi liên kết chăn nuôi gà lông màu tại 45/63 tỉnh, thành phố; khoảng 30% số hộ nuôi quy mô từ 1.000 con trở lên đã tham gia chuỗi.

Năm 2023, giá thành sản xuất gà lông màu bình quân 42.000-45.000 đồng/kg, trong khi giá bán tại trại có thời điểm xuống dưới 38.000 đồng/kg, khiến nhiều hộ thua lỗ. Chi phí thức ăn chiếm 65-70% giá thành.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030 ban hành kèm Quyết định số 1520/QĐ-TTg, đến năm 2030 sản lượng thịt gia cầm đạt 2,7-2,8 triệu tấn, trong đó thịt gà chiếm trên 75%. Tại hội nghị ngày 28/2, Cục Chăn nuôi đề nghị các địa phương ưu tiên phát triển giống gà bản địa gắn với chỉ dẫn địa lý; dự kiến năm 2024 đàn gà tăng 3-4%.

Liên hệ: Cục Chăn nuôi, số 16 Thụy Khuê, quận Tây Hồ, Hà Nội. Điện thoại: 024.3734.5443
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 430 triệu con", "430", 430000000, "count", "con", "tổng đàn gà", Y23, approx="about",
      change=C("increase", 3.1, "%", "năm 2022")),
    F("chiếm khoảng 55%", "55", 55, "percent", "%", "gà lông màu trong tổng đàn gà", Y23, approx="about"),
    F("đạt 1,78 triệu tấn", "1,78", 1780000, "measure", "tấn", "sản lượng thịt gà hơi xuất chuồng", I(Y23)),
    F("(38,5 triệu con)", "38,5", 38500000, "count", "con", "đàn gà", I(Y23), location="Hà Nội"),
    F("(28,2 triệu con)", "28,2", 28200000, "count", "con", "đàn gà", I(Y23), location="Đồng Nai"),
    F("(22,1 triệu con)", "22,1", 22100000, "count", "con", "đàn gà", I(Y23), location="Bắc Giang"),
    F("(17,6 triệu con)", "17,6", 17600000, "count", "con", "đàn gà", I(Y23), location="Phú Thọ"),
    F("có 1.247 chuỗi", "1.247", 1247, "count", "chuỗi liên kết", "chuỗi liên kết chăn nuôi gà lông màu"),
    F("tại 45/63 tỉnh", "45", 45, "count", "tỉnh, thành phố", "tỉnh, thành phố có chuỗi liên kết chăn nuôi gà lông màu",
      total=63),
    F("khoảng 30% số hộ", "30", 30, "percent", "%", "hộ nuôi quy mô từ 1.000 con trở lên đã tham gia chuỗi",
      approx="about"),
    F("từ 1.000 con trở lên", "1.000", 1000, "count", "con", "quy mô nuôi của hộ", approx="at_least",
      optional=True),
    F("42.000-45.000", "42.000", 42000, "money", "đồng/kg", "giá thành sản xuất gà lông màu bình quân", Y23b,
      value_max=45000),
    F("dưới 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá bán gà lông màu tại trại", Y23b,
      approx="under"),
    F("chiếm 65-70%", "65", 65, "percent", "%", "chi phí thức ăn trong giá thành", I(Y23b), value_max=70),
    F("đạt 2,7-2,8 triệu tấn", "2,7", 2700000, "measure", "tấn", "sản lượng thịt gia cầm", T30,
      value_max=2800000, status="target"),
    F("chiếm trên 75%", "75", 75, "percent", "%", "thịt gà trong sản lượng thịt gia cầm", T30, approx="over",
      status="target"),
    F("tăng 3-4%", "3", 3, "percent", "%", "tốc độ tăng đàn gà", P("năm 2024", "2024-01-01", "2024-12-31"),
      value_max=4, status="forecast"),
]

NOTES = [
    "Cục Chăn nuôi (Bộ NN&PTNT) site, invented: gà lông màu (thả vườn, đồi, bản địa) cả nước năm 2023; national, location Việt Nam.",
    "Provinces in the lần lượt list are the locations of their items; the subject is the list's indicator (đàn gà).",
    "'trong đó gà lông màu ... chiếm khoảng 55%' has no base amount: a percent figure of its own. '45/63': total 63.",
    "Threshold 'từ 1.000 con trở lên' optional. Distractors: 'giai đoạn 2021-2030', Quyết định số 1520/QĐ-TTg, 'ngày 28/2',",
    "'Lượt xem: 1.126', the address 'số 16 Thụy Khuê' and phone 024.3734.5443 (Hà Nội in the footer localises nothing).",
    "'dự kiến năm 2024 đàn gà tăng 3-4%' is a growth rate standing as the claim: percent figure, forecast, no change object.",
]

write(4, TEXT, FIGS, NOTES, published="2024-03-05", location="Việt Nam")
