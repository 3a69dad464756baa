"""p1172-4: ministry site (Bộ GTVT / Cục Đường bộ Việt Nam): national load-control results 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỤC ĐƯỜNG BỘ VIỆT NAM
Trang chủ > Tin tức > Hoạt động của Cục

Năm 2023, tỷ lệ xe vi phạm tải trọng qua trạm kiểm tra giảm còn 2,3%

Ngày đăng: 12/01/2024 | Lượt xem: 1.087

Theo báo cáo tổng kết của Cục Đường bộ Việt Nam, năm 2023 cả nước có 65 trạm kiểm tra tải trọng xe hoạt động, gồm 24 trạm cố định trên các quốc lộ và 41 trạm lưu động do Sở Giao thông vận tải các địa phương quản lý. Các trạm đã kiểm tra khoảng 3,2 triệu lượt xe, phát hiện 73.600 xe vi phạm; tỷ lệ vi phạm là 2,3%, giảm 0,8 điểm phần trăm so với năm 2022.

Lực lượng chức năng đã xử phạt hơn 612 tỷ đồng, tước 14.850 giấy phép lái xe, buộc hạ tải trên 1,1 triệu tấn hàng hóa.

Các địa phương có số xe vi phạm nhiều nhất lần lượt là Bình Dương (5.940 xe), Đồng Nai (4.710 xe), Quảng Ninh (3.980 xe) và Thanh Hóa (3.215 xe). Hà Nam đứng thứ năm với 3.102 xe.

Hiện toàn quốc đã lắp đặt 21 trạm cân tự động trên 15 tuyến quốc lộ trọng điểm. Năm 2024, Cục dự kiến đưa vào vận hành thêm 10 trạm, nâng tổng số lên 31 trạm; mục tiêu đến năm 2025 tỷ lệ xe vi phạm tải trọng trên mạng lưới quốc lộ không quá 2%.

Theo Thông tư số 46/2015/TT-BGTVT, tải trọng trục đơn cho phép của xe tối đa 10 tấn, tổng trọng lượng xe thân liền có 2 trục không quá 16 tấn.

Cục Đường bộ Việt Nam - Lô D20 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.3857.1444
"""

HEAD = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
LIST = "số xe vi phạm tải trọng"

FIGS = [
    F("giảm còn 2,3%", "2,3", 2.3, "percent", "%",
      subject="tỷ lệ xe vi phạm tải trọng qua trạm kiểm tra", period=HEAD),
    F("có 65 trạm", "65", 65, "count", "trạm kiểm tra tải trọng xe",
      subject="trạm kiểm tra tải trọng xe hoạt động", period=Y23),
    F("gồm 24 trạm", "24", 24, "count", "trạm", total=65,
      subject="trạm kiểm tra tải trọng xe cố định trên các quốc lộ", period=Y23),
    F("41 trạm", "41", 41, "count", "trạm", total=65,
      subject="trạm kiểm tra tải trọng xe lưu động do Sở Giao thông vận tải quản lý", period=Y23),
    F("khoảng 3,2 triệu", "3,2", 3.2e6, "count", "lượt xe", approx="about",
      subject="lượt xe được kiểm tra tải trọng", period=I(Y23)),
    F("phát hiện 73.600 xe", "73.600", 73600, "count", "xe",
      subject="xe vi phạm tải trọng", period=I(Y23)),
    F("là 2,3%", "2,3", 2.3, "percent", "%",
      change=C("decrease", 0.8, "điểm phần trăm", "năm 2022"),
      subject="tỷ lệ vi phạm tải trọng", period=I(Y23)),
    F("hơn 612 tỷ", "612", 612e9, "money", "đồng", approx="over",
      subject="số tiền xử phạt", period=I(Y23)),
    F("tước 14.850", "14.850", 14850, "count", "giấy phép lái xe",
      subject="giấy phép lái xe bị tước", period=I(Y23)),
    F("trên 1,1 triệu tấn", "1,1", 1.1e6, "measure", "tấn", approx="over",
      subject="hàng hóa buộc hạ tải", period=I(Y23)),
    F("Bình Dương (5.940 xe)", "5.940", 5940, "count", "xe", subject=LIST, period=I(Y23),
      location="Bình Dương"),
    F("Đồng Nai (4.710 xe)", "4.710", 4710, "count", "xe", subject=LIST, period=I(Y23),
      location="Đồng Nai"),
    F("Quảng Ninh (3.980 xe)", "3.980", 3980, "count", "xe", subject=LIST, period=I(Y23),
      location="Quảng Ninh"),
    F("Thanh Hóa (3.215 xe)", "3.215", 3215, "count", "xe", subject=LIST, period=I(Y23),
      location="Thanh Hóa"),
    F("đứng thứ năm", "năm", 5, "rank", "hạng", subject=LIST, period=I(Y23), location="Hà Nam"),
    F("với 3.102 xe", "3.102", 3102, "count", "xe", subject=LIST, period=I(Y23), location="Hà Nam"),
    F("lắp đặt 21 trạm", "21", 21, "count", "trạm cân tự động",
      subject="trạm cân tự động đã lắp đặt"),
    F("trên 15 tuyến", "15", 15, "count", "tuyến quốc lộ",
      subject="tuyến quốc lộ trọng điểm lắp đặt trạm cân tự động"),
    F("thêm 10 trạm", "10", 10, "count", "trạm", status="forecast",
      subject="trạm cân tự động đưa vào vận hành thêm", period=Y24),
    F("lên 31 trạm", "31", 31, "count", "trạm", status="forecast",
      subject="tổng số trạm cân tự động", period=Y24),
    F("không quá 2%", "2", 2, "percent", "%", approx="at_most", status="target",
      subject="tỷ lệ xe vi phạm tải trọng trên mạng lưới quốc lộ", period=T25),
    F("tối đa 10 tấn", "10", 10, "measure", "tấn", approx="at_most",
      subject="tải trọng trục đơn cho phép của xe"),
    F("có 2 trục", "2", 2, "count", "trục", optional=True, subject="trục của xe thân liền"),
    F("không quá 16 tấn", "16", 16, "measure", "tấn", approx="at_most",
      subject="tổng trọng lượng xe thân liền có 2 trục"),
]

NOTES = [
    "Ministry site (Bộ GTVT / Cục Đường bộ Việt Nam), national: 'Ngày đăng: 12/01/2024 | Lượt xem: 1.087', address/phone footer.",
    "Distractors: view counter 1.087, Thông tư số 46/2015/TT-BGTVT, 'Lô D20', phone 024.3857.1444.",
    "'gồm 24 … và 41 …' → total 65. Ranking list: places to location, subject = the list's indicator, no totals.",
    "'đứng thứ năm' is rank 5 (number word 'năm', not 'year'). 'trên 15 tuyến quốc lộ' means ON 15 routes: approx exact.",
    "'dự kiến … thêm 10 trạm, nâng tổng số lên 31 trạm' → forecast; 'mục tiêu đến năm 2025 … không quá 2%' → target (its own clause).",
    "Axle-load rule values are figures (measure, at_most); 'xe thân liền có 2 trục' names a vehicle class (optional).",
]

if __name__ == "__main__":
    write("p1172-4", TEXT, NOTES, FIGS, published="2024-01-12", location="Việt Nam")
