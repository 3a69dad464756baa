"""p1020-4: ministry site (Bộ Công an), national 2023 results."""
from lib import F, P, I, C, write

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / An ninh trật tự
Tăng cường quản lý cơ sở kinh doanh dịch vụ cầm đồ, đấu tranh với tội phạm "tín dụng đen"
18/01/2024 10:30 | Lượt xem: 2.417

Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06), năm 2023, lực lượng Cảnh sát QLHC về TTXH trên toàn quốc đã kiểm tra 41.256 lượt cơ sở kinh doanh ngành, nghề có điều kiện về an ninh, trật tự, trong đó có 12.847 lượt cơ sở kinh doanh dịch vụ cầm đồ, chiếm 31,1%. Qua kiểm tra, phát hiện 2.318 cơ sở cầm đồ vi phạm, xử phạt vi phạm hành chính hơn 21,7 tỷ đồng, tăng 14,2% so với năm 2022.

Tính đến ngày 31/12/2023, cả nước có 28.934 cơ sở kinh doanh dịch vụ cầm đồ, giảm 1.126 cơ sở so với cuối năm 2022. Các địa phương có nhiều cơ sở nhất lần lượt là TP Hồ Chí Minh (3.412 cơ sở), Hà Nội (2.895 cơ sở), Đồng Nai (1.127 cơ sở) và Bình Dương (1.047 cơ sở).

Về đấu tranh với tội phạm "tín dụng đen", trong năm 2023, Công an các đơn vị, địa phương đã phát hiện 1.486 vụ, bắt giữ 3.215 đối tượng liên quan đến hoạt động cho vay lãi nặng, trong đó có 312 vụ cho vay qua ứng dụng trên không gian mạng, chiếm 21%. Lãi suất phổ biến từ 108% đến 1.095%/năm, cá biệt có vụ lên tới 2.190%/năm.

Thực hiện Chỉ thị số 12/CT-TTg ngày 25/4/2019 của Thủ tướng Chính phủ, năm 2024, Bộ Công an đặt mục tiêu kéo giảm từ 5% đến 10% số vụ phạm tội liên quan đến "tín dụng đen"; 100% cơ sở kinh doanh dịch vụ cầm đồ được kiểm tra ít nhất 1 lần trong năm.

Cổng Thông tin điện tử Bộ Công an
Địa chỉ: số 44 Yết Kiêu, Hoàn Kiếm, Hà Nội. Điện thoại: 069.2342.585
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
LIST = "cơ sở kinh doanh dịch vụ cầm đồ"
FIGS = [
    F("kiểm tra 41.256 lượt", "41.256", 41256, "count", "lượt cơ sở",
      "lượt cơ sở kinh doanh ngành, nghề có điều kiện về an ninh, trật tự được kiểm tra", Y23),
    F("có 12.847 lượt", "12.847", 12847, "count", "lượt cơ sở",
      "lượt cơ sở kinh doanh dịch vụ cầm đồ được kiểm tra", Y23, total=41256, percent=31.1),
    F("phát hiện 2.318 cơ sở", "2.318", 2318, "count", "cơ sở", "cơ sở cầm đồ vi phạm", I(Y23)),
    F("hơn 21,7 tỷ đồng", "21,7", 21.7e9, "money", "đồng", "tiền xử phạt vi phạm hành chính", I(Y23),
      approx="over", change=C("increase", 14.2, "%", "năm 2022")),
    F("có 28.934 cơ sở", "28.934", 28934, "count", "cơ sở", LIST, ASOF,
      change=C("decrease", 1126, "cơ sở", "cuối năm 2022")),
    F("(3.412 cơ sở)", "3.412", 3412, "count", "cơ sở", LIST, I(ASOF), location="TP Hồ Chí Minh"),
    F("(2.895 cơ sở)", "2.895", 2895, "count", "cơ sở", LIST, I(ASOF), location="Hà Nội"),
    F("(1.127 cơ sở)", "1.127", 1127, "count", "cơ sở", LIST, I(ASOF), location="Đồng Nai"),
    F("(1.047 cơ sở)", "1.047", 1047, "count", "cơ sở", LIST, I(ASOF), location="Bình Dương"),
    F("phát hiện 1.486 vụ", "1.486", 1486, "count", "vụ", "vụ liên quan đến tội phạm tín dụng đen", Y23),
    F("3.215 đối tượng", "3.215", 3215, "count", "đối tượng",
      "đối tượng liên quan đến hoạt động cho vay lãi nặng bị bắt giữ", Y23),
    F("có 312 vụ", "312", 312, "count", "vụ", "vụ cho vay qua ứng dụng trên không gian mạng", Y23,
      total=1486, percent=21),
    F("từ 108% đến 1.095%", "108", 108, "percent", "%", "lãi suất phổ biến", I(Y23), value_max=1095),
    F("lên tới 2.190%", "2.190", 2190, "percent", "%", "lãi suất cao nhất", I(Y23)),
    F("từ 5% đến 10%", "5", 5, "percent", "%", "số vụ phạm tội liên quan đến tín dụng đen kéo giảm", Y24,
      value_max=10, status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở kinh doanh dịch vụ cầm đồ được kiểm tra", Y24,
      status="target"),
    F("ít nhất 1 lần", "1", 1, "count", "lần", "số lần kiểm tra mỗi cơ sở trong năm", Y24,
      approx="at_least", status="target", optional=True),
]

NOTES = [
    "Probe 1020-4: Cổng TTĐT Bộ Công an, national results 2023 (C06). Dateline 18/01/2024 10:30.",
    "Location Việt Nam; ranked provinces in brackets go to location. The ministry's address (Hà Nội) localises nothing.",
    "'trong đó có 312 vụ' follows 3.215 đối tượng, but the whole counting vụ is 1.486 vụ: total 1486.",
    "'ít nhất 1 lần trong năm' is the inspection-frequency spec of the 100% target: optional.",
    "Distractors: Lượt xem: 2.417, C06, Chỉ thị số 12/CT-TTg ngày 25/4/2019, số 44 Yết Kiêu, phone 069.2342.585, 10:30.",
]

write("p1020-4", TEXT, NOTES, FIGS, published="2024-01-18", location="Việt Nam")
