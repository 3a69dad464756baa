"""p980-4: central agency site (Cục Đăng kiểm Việt Nam), national results 2023."""
from lib import F, P, I, C, T, build

TEXT = """CỤC ĐĂNG KIỂM VIỆT NAM - BỘ GIAO THÔNG VẬN TẢI
Trang chủ > Tin tức > Hoạt động đăng kiểm
Ngày đăng: 16/01/2024 | Lượt xem: 1.377

Năm 2023, cả nước kiểm định gần 5,9 triệu lượt xe cơ giới

Theo báo cáo tổng kết của Cục Đăng kiểm Việt Nam, năm 2023 hệ thống đăng kiểm trên cả nước đã kiểm định 5.874.312 lượt xe cơ giới, tăng 7,3% so với năm 2022. Tỷ lệ phương tiện không đạt ở lần kiểm định đầu là 15,8%; riêng xe kinh doanh vận tải là 21,4%.

Tính đến ngày 31/12/2023, cả nước có 283 trung tâm đăng kiểm xe cơ giới đang hoạt động với 519 dây chuyền, tăng 26 trung tâm so với thời điểm tháng 3/2023. Số đăng kiểm viên là 2.146 người, trong đó 1.258 đăng kiểm viên bậc cao.

Các địa phương có số lượt kiểm định lớn nhất lần lượt là TP Hồ Chí Minh (603.500 lượt), Hà Nội (571.200 lượt) và Bình Dương (204.800 lượt).

Thông tư số 02/2023/TT-BGTVT có hiệu lực từ ngày 22/3/2023 cho phép ô tô mới sản xuất, lắp ráp được miễn kiểm định lần đầu. Đến hết năm 2023, khoảng 312.000 xe đã được cấp giấy chứng nhận mà không phải đưa xe đến trung tâm. Theo Nghị định số 30/2023/NĐ-CP, khoảng 2,6 triệu ô tô con dưới 10 chỗ không kinh doanh vận tải được kéo dài chu kỳ kiểm định thêm 6 tháng.

Ứng dụng đặt lịch trực tuyến ghi nhận 1,48 triệu lượt đăng ký, gấp 2,3 lần năm 2022. Tổng số phí, lệ phí thu được khoảng 2.180 tỷ đồng.

Năm 2024, Cục đặt mục tiêu giảm tỷ lệ không đạt lần đầu xuống dưới 14% và 100% trung tâm kết nối dữ liệu với lực lượng cảnh sát giao thông. Dự kiến số lượt kiểm định năm 2024 đạt khoảng 6,2 triệu lượt.

Địa chỉ: Số 18 Phạm Hùng, Nam Từ Liêm, Hà Nội | Điện thoại: 024.3768.4701
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
HEAD = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
END23 = P("Đến hết năm 2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 5,9 triệu lượt", "5,9", 5.9e6, "count", "lượt xe cơ giới", "lượt xe cơ giới được kiểm định",
      approx="nearly", period=HEAD),
    F("kiểm định 5.874.312 lượt", "5.874.312", 5874312, "count", "lượt xe cơ giới",
      "lượt xe cơ giới được kiểm định", change=C("increase", 7.3, "%", "năm 2022"), period=Y23),
    F("lần kiểm định đầu là 15,8%", "15,8", 15.8, "percent", "%",
      "tỷ lệ phương tiện không đạt ở lần kiểm định đầu", period=I(Y23)),
    F("vận tải là 21,4%", "21,4", 21.4, "percent", "%",
      "tỷ lệ không đạt lần đầu của xe kinh doanh vận tải", period=I(Y23)),
    F("có 283 trung tâm", "283", 283, "count", "trung tâm đăng kiểm xe cơ giới",
      "trung tâm đăng kiểm xe cơ giới đang hoạt động",
      change=C("increase", 26, "trung tâm", "thời điểm tháng 3/2023"), period=ASOF),
    F("với 519 dây chuyền", "519", 519, "count", "dây chuyền", "dây chuyền kiểm định", period=ASOF),
    F("là 2.146 người", "2.146", 2146, "count", "người", "đăng kiểm viên", period=I(ASOF)),
    F("1.258 đăng kiểm viên", "1.258", 1258, "count", "đăng kiểm viên", "đăng kiểm viên bậc cao",
      total=2146, period=I(ASOF)),
    F("(603.500 lượt)", "603.500", 603500, "count", "lượt", "số lượt kiểm định",
      location="TP Hồ Chí Minh", period=I(Y23)),
    F("(571.200 lượt)", "571.200", 571200, "count", "lượt", "số lượt kiểm định",
      location="Hà Nội", period=I(Y23)),
    F("(204.800 lượt)", "204.800", 204800, "count", "lượt", "số lượt kiểm định",
      location="Bình Dương", period=I(Y23)),
    F("khoảng 312.000 xe", "312.000", 312000, "count", "xe",
      "xe mới được cấp giấy chứng nhận không phải đưa đến trung tâm", approx="about", period=END23),
    F("khoảng 2,6 triệu ô tô con", "2,6", 2.6e6, "count", "ô tô con",
      "ô tô con không kinh doanh vận tải được kéo dài chu kỳ kiểm định", approx="about"),
    F("con dưới 10 chỗ", "10", 10, "count", "chỗ", approx="under", optional=True),
    F("thêm 6 tháng", "6", 6, "measure", "tháng", "thời gian kéo dài chu kỳ kiểm định", optional=True),
    F("ghi nhận 1,48 triệu lượt", "1,48", 1.48e6, "count", "lượt đăng ký",
      "lượt đăng ký đặt lịch trực tuyến", change=C("increase", 2.3, "lần", "năm 2022"), period=I(Y23)),
    F("khoảng 2.180 tỷ đồng", "2.180", 2180e9, "money", "đồng", "tổng số phí, lệ phí thu được",
      approx="about", period=I(Y23)),
    F("xuống dưới 14%", "14", 14, "percent", "%", "tỷ lệ không đạt lần đầu", approx="under",
      status="target", period=Y24),
    F("và 100% trung tâm", "100", 100, "percent", "%",
      "trung tâm kết nối dữ liệu với lực lượng cảnh sát giao thông", status="target", period=Y24),
    F("khoảng 6,2 triệu lượt", "6,2", 6.2e6, "count", "lượt", "số lượt kiểm định", approx="about",
      status="forecast", period=Y24b),
]

NOTES = [
    "Cục Đăng kiểm Việt Nam (Bộ GTVT) site, 'Ngày đăng: 16/01/2024': national inspection results 2023. Location Việt Nam;",
    "the ranking list gives each item its province (TP Hồ Chí Minh, Hà Nội, Bình Dương) with the list's indicator as subject.",
    "Not figures: Lượt xem 1.377, Thông tư số 02/2023/TT-BGTVT, Nghị định số 30/2023/NĐ-CP, dates 22/3/2023, tháng 3/2023 (baseline),",
    "the address Số 18 Phạm Hùng and phone. 'dưới 10 chỗ' (category) and 'thêm 6 tháng' (a rule's extension) are optional.",
    "'tăng 26 trung tâm so với thời điểm tháng 3/2023' is the change of 283 trung tâm (same unit), not of 519 dây chuyền.",
    "'gấp 2,3 lần năm 2022' right after a count is read as that count's change (increase 2.3 lần, baseline năm 2022).",
]

build("p980-4", TEXT, FIGS, NOTES, published="2024-01-16", location="Việt Nam")
