"""p951-4: ministry site (Bộ VHTTDL), national library network 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Thư viện
Ngày đăng: 18/04/2025 | Lượt xem: 1.206

Cả nước có hơn 16.000 thư viện công cộng và gần 18.000 tủ sách cơ sở

Theo số liệu tổng hợp của Vụ Thư viện, tính đến hết năm 2024, mạng lưới thư viện công cộng cả nước gồm Thư viện Quốc gia Việt Nam, 63 thư viện cấp tỉnh, 612 thư viện cấp huyện và hơn 15.400 thư viện, phòng đọc cấp xã. Bên cạnh đó còn có gần 18.000 tủ sách cơ sở và khoảng 2.700 thư viện tư nhân có phục vụ cộng đồng.

Năm 2024, hệ thống thư viện công cộng phục vụ khoảng 52,6 triệu lượt bạn đọc, tăng 8,2% so với năm 2023; tổng vốn tài liệu đạt trên 58 triệu bản, trong đó tài liệu số chiếm 6,5%. Bình quân cả nước đạt 0,57 bản sách/người dân. Các thư viện cấp tỉnh có lượt bạn đọc cao nhất lần lượt là Thư viện Hà Nội (1,9 triệu lượt), Thư viện Khoa học tổng hợp TP. Hồ Chí Minh (1,7 triệu lượt) và Thư viện tỉnh Nghệ An (1,1 triệu lượt).

Toàn quốc hiện có 54 xe ô tô thư viện lưu động đa phương tiện, trong đó 37 xe được trang bị trong giai đoạn 2021-2024 từ nguồn ngân sách và tài trợ. Mỗi xe thực hiện bình quân 90-120 chuyến/năm, chủ yếu tại vùng sâu, vùng xa, biên giới, hải đảo.

Theo Quyết định số 206/QĐ-TTg ngày 11/02/2021 của Thủ tướng Chính phủ, đến năm 2025 phấn đấu 100% thư viện cấp tỉnh có thư viện số; đến năm 2030, 80% thư viện công cộng được kết nối, chia sẻ tài nguyên thông tin. Năm 2025, Bộ dự kiến hỗ trợ thêm 10 xe thư viện lưu động cho các tỉnh miền núi phía Bắc và Tây Nguyên.

Vụ Thư viện - Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội - Điện thoại: 024.3943.8233
"""

ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ_TOP = "lượt bạn đọc thư viện cấp tỉnh"

FIGS = [
    F("hơn 16.000 thư viện công cộng", "16.000", 16000, "count", "thư viện công cộng",
      "thư viện công cộng", approx="over"),
    F("và gần 18.000 tủ sách cơ sở", "18.000", 18000, "count", "tủ sách cơ sở",
      "tủ sách cơ sở", approx="nearly"),
    F("63 thư viện cấp tỉnh", "63", 63, "count", "thư viện cấp tỉnh", "thư viện cấp tỉnh", period=ASOF),
    F("612 thư viện cấp huyện", "612", 612, "count", "thư viện cấp huyện", "thư viện cấp huyện", period=ASOF),
    F("hơn 15.400 thư viện", "15.400", 15400, "count", "thư viện, phòng đọc cấp xã",
      "thư viện, phòng đọc cấp xã", approx="over", period=ASOF),
    F("có gần 18.000 tủ sách", "18.000", 18000, "count", "tủ sách cơ sở", "tủ sách cơ sở",
      approx="nearly", period=I(ASOF)),
    F("khoảng 2.700 thư viện tư nhân", "2.700", 2700, "count", "thư viện tư nhân",
      "thư viện tư nhân có phục vụ cộng đồng", approx="about", period=I(ASOF)),
    F("khoảng 52,6 triệu lượt bạn đọc", "52,6", 52.6e6, "count", "lượt bạn đọc",
      "lượt bạn đọc hệ thống thư viện công cộng phục vụ", approx="about",
      change=C("increase", 8.2, baseline="năm 2023"), period=Y24),
    F("trên 58 triệu bản", "58", 58e6, "count", "bản", "tổng vốn tài liệu", approx="over", period=Y24),
    F("chiếm 6,5%", "6,5", 6.5, "percent", "%", "tài liệu số trong tổng vốn tài liệu", period=Y24),
    F("0,57 bản sách/người dân", "0,57", 0.57, "measure", "bản sách/người dân",
      "bản sách bình quân đầu người cả nước", period=I(Y24)),
    F("Hà Nội (1,9 triệu lượt)", "1,9", 1.9e6, "count", "lượt", SUBJ_TOP, location="Hà Nội", period=I(Y24)),
    F("Hồ Chí Minh (1,7 triệu lượt)", "1,7", 1.7e6, "count", "lượt", SUBJ_TOP,
      location="Hồ Chí Minh", period=I(Y24)),
    F("Nghệ An (1,1 triệu lượt)", "1,1", 1.1e6, "count", "lượt", SUBJ_TOP, location="Nghệ An", period=I(Y24)),
    F("có 54 xe ô tô", "54", 54, "count", "xe ô tô thư viện lưu động",
      "xe ô tô thư viện lưu động đa phương tiện"),
    F("trong đó 37 xe", "37", 37, "count", "xe", "xe thư viện lưu động được trang bị",
      total=54, period=P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")),
    F("bình quân 90-120 chuyến/năm", "90", 90, "measure", "chuyến/năm",
      "chuyến phục vụ bình quân của mỗi xe thư viện lưu động", value_max=120),
    F("phấn đấu 100% thư viện", "100", 100, "percent", "%", "thư viện cấp tỉnh có thư viện số",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
    F("2030, 80% thư viện", "80", 80, "percent", "%",
      "thư viện công cộng được kết nối, chia sẻ tài nguyên thông tin", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("hỗ trợ thêm 10 xe", "10", 10, "count", "xe thư viện lưu động",
      "xe thư viện lưu động Bộ hỗ trợ thêm cho các tỉnh miền núi phía Bắc và Tây Nguyên",
      status="forecast", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Ministry of Culture, Sports and Tourism site (Vụ Thư viện), 'Ngày đăng: 18/04/2025 | Lượt xem: 1.206' (counter is furniture).",
    "National figures: location Việt Nam; the three provincial libraries in the 'lần lượt' list take their city/province as location.",
    "Headline figures have no period phrase (none stated). Body: 'tính đến hết năm 2024' -> as-of 2024-12-31.",
    "'Thư viện Quốc gia Việt Nam' (one library, no numeral) is not a figure; 'Quyết định số 206/QĐ-TTg ngày 11/02/2021', address, phone are not.",
    "'trong đó tài liệu số chiếm 6,5%' has no base count: percent figure. '37 xe' after 'trong đó' -> total 54; its period is 'giai đoạn 2021-2024'.",
    "'90-120 chuyến/năm' is a rate range (measure, value_max 120). 'hiện có 54 xe' gets no period.",
    "'đến năm 2025 phấn đấu 100%', 'đến năm 2030, 80%' -> targets; 'Bộ dự kiến hỗ trợ thêm 10 xe' -> forecast.",
]

write(4, TEXT, FIGS, NOTES, published="2025-04-18", location="Việt Nam")
