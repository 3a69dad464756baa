"""p1005-4: Cục Đường bộ Việt Nam (ministry site), national load-control results of 2023."""
from lib import F, P, C, T, build

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỤC ĐƯỜNG BỘ VIỆT NAM
Trang chủ / Tin tức / Hoạt động của Cục

Năm 2023: hơn 2,4 triệu lượt xe được kiểm tra tải trọng

Ngày đăng: 22/01/2024 | Lượt xem: 1.137

Theo báo cáo tổng kết của Cục Đường bộ Việt Nam, năm 2023, 77 trạm kiểm tra tải trọng xe lưu động và cố định trên cả nước đã kiểm tra hơn 2,4 triệu lượt xe, phát hiện 21.647 xe vi phạm, chiếm khoảng 0,9% số lượt xe được kiểm tra, giảm 8,2% so với năm 2022.

Trong số xe vi phạm, có 14.302 xe quá tải từ 10% đến 50%, 5.918 xe quá tải trên 50% đến 100% và 1.427 xe quá tải trên 100%. Tổng số tiền xử phạt là 286,5 tỷ đồng; tước giấy phép lái xe 9.380 trường hợp; buộc hạ tải 312.000 tấn hàng.

Các địa phương có số xe vi phạm nhiều nhất lần lượt là Bình Dương (2.104 xe), Đồng Nai (1.876 xe), Quảng Ninh (1.523 xe) và Hà Nội (1.298 xe).

Ngoài ra, qua dữ liệu từ thiết bị giám sát hành trình và 89 trạm cân tại cửa mỏ, cảng, Cục đã chuyển 3.215 hồ sơ xe có dấu hiệu vi phạm đến Sở GTVT 42 tỉnh, thành phố để xử lý theo Nghị định số 100/2019/NĐ-CP.

Năm 2024, Cục đặt mục tiêu giảm tỷ lệ xe vi phạm tải trọng xuống dưới 0,7% và đưa vào khai thác thêm 15 trạm kiểm tra tải trọng xe cố định theo Quyết định số 1434/QĐ-BGTVT; tổng vốn dự kiến khoảng 1.050 tỷ đồng.

Cục Đường bộ Việt Nam - Số 106 Thái Thịnh, Đống Đa, Hà Nội
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Năm 2023: hơn 2,4 triệu", "2,4", 2.4e6, "count", "lượt xe", "lượt xe được kiểm tra tải trọng",
      approx="over", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("năm 2023, 77 trạm", "77", 77, "count", "trạm kiểm tra tải trọng xe", "trạm kiểm tra tải trọng xe lưu động và cố định",
      period=Y23),
    F("kiểm tra hơn 2,4 triệu", "2,4", 2.4e6, "count", "lượt xe", "lượt xe được kiểm tra", approx="over", period=Y23),
    F("phát hiện 21.647 xe", "21.647", 21647, "count", "xe", "xe vi phạm", percent=0.9,
      change=C("decrease", 8.2, "%", "năm 2022"), period=Y23),
    F("có 14.302 xe", "14.302", 14302, "count", "xe", "xe quá tải từ 10% đến 50%", total=21647, period=Y23i),
    F("từ 10% đến 50%", "10", 10, "percent", "%", "mức quá tải", value_max=50, optional=True),
    F("5.918 xe", "5.918", 5918, "count", "xe", "xe quá tải trên 50% đến 100%", total=21647, period=Y23i),
    F("trên 50% đến 100%", "50", 50, "percent", "%", "mức quá tải", value_max=100, approx="over", optional=True),
    F("1.427 xe", "1.427", 1427, "count", "xe", "xe quá tải trên 100%", total=21647, period=Y23i),
    F("quá tải trên 100%.", "100", 100, "percent", "%", "mức quá tải", approx="over", optional=True),
    F("là 286,5 tỷ đồng", "286,5", 286.5e9, "money", "đồng", "tổng số tiền xử phạt", period=Y23i),
    F("lái xe 9.380 trường hợp", "9.380", 9380, "count", "trường hợp", "trường hợp bị tước giấy phép lái xe", period=Y23i),
    F("hạ tải 312.000 tấn", "312.000", 312000, "measure", "tấn", "hàng buộc hạ tải", period=Y23i),
    F("Bình Dương (2.104 xe)", "2.104", 2104, "count", "xe", "xe vi phạm", location="Bình Dương", period=Y23i),
    F("Đồng Nai (1.876 xe)", "1.876", 1876, "count", "xe", "xe vi phạm", location="Đồng Nai", period=Y23i),
    F("Quảng Ninh (1.523 xe)", "1.523", 1523, "count", "xe", "xe vi phạm", location="Quảng Ninh", period=Y23i),
    F("Hà Nội (1.298 xe)", "1.298", 1298, "count", "xe", "xe vi phạm", location="Hà Nội", period=Y23i),
    F("và 89 trạm cân", "89", 89, "count", "trạm cân", "trạm cân tại cửa mỏ, cảng"),
    F("chuyển 3.215 hồ sơ", "3.215", 3215, "count", "hồ sơ", "hồ sơ xe có dấu hiệu vi phạm chuyển Sở GTVT xử lý"),
    F("Sở GTVT 42 tỉnh", "42", 42, "count", "tỉnh, thành phố", "tỉnh, thành phố nhận hồ sơ xe vi phạm"),
    F("dưới 0,7%", "0,7", 0.7, "percent", "%", "tỷ lệ xe vi phạm tải trọng", approx="under", status="target", period=Y24),
    F("thêm 15 trạm", "15", 15, "count", "trạm kiểm tra tải trọng xe cố định",
      "trạm kiểm tra tải trọng xe cố định đưa vào khai thác thêm", status="target", period=Y24),
    F("khoảng 1.050 tỷ đồng", "1.050", 1050e9, "money", "đồng", "tổng vốn đầu tư trạm kiểm tra tải trọng xe cố định", approx="about", status="forecast",
      period=Y24),
]

build("p1005-4", TEXT, FIGS, published="2024-01-22", location="Việt Nam", comments=[
    "Cục Đường bộ Việt Nam (Bộ GTVT) site, 'Ngày đăng: 22/01/2024 | Lượt xem: 1.137' (invented). National figures of 2023.",
    "Not figures: Nghị định số 100/2019/NĐ-CP, Quyết định số 1434/QĐ-BGTVT, address 'Số 106 Thái Thịnh', view counter.",
    "'Trong số xe vi phạm, có …' → the three overload classes (14.302 + 5.918 + 1.427 = 21.647) get total 21.647.",
    "Overload class bounds ('từ 10% đến 50%', 'trên 50% đến 100%', 'trên 100%') are category thresholds: optional.",
    "Ranking list with 'lần lượt': subject 'xe vi phạm', provinces as location, no total (does not add up). 89/3.215/42 have no period phrase.",
    "'tổng vốn dự kiến khoảng 1.050 tỷ đồng' → forecast; the clause before it ('đặt mục tiêu') → target. The 2024 sentence carries its period.",
    "revised after scoring: subject of 1.050 tỷ 'tổng vốn' → 'tổng vốn đầu tư trạm kiểm tra tải trọng xe cố định' (name the indicator, as for 216 tỷ in p1005-6).",
])
