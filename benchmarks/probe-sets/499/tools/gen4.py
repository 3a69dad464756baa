from lib import F, P, I, CH, emit

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Cảnh sát giao thông

Ngày đăng: 14/10/2024 | Lượt xem: 3.205

9 tháng năm 2024, cả nước đăng ký mới hơn 2,7 triệu phương tiện

Theo Cục Cảnh sát giao thông, 9 tháng năm 2024, lực lượng Cảnh sát giao thông cả nước đã đăng ký mới 2.715.400 phương tiện, tăng 6,3% so với cùng kỳ năm 2023. Trong đó, ô tô 412.600 xe, mô tô 2.302.800 xe.

Các địa phương có số phương tiện đăng ký mới nhiều nhất lần lượt là Hà Nội (231.450 xe), TP. Hồ Chí Minh (218.900 xe) và Bình Dương (78.930 xe).

Từ ngày 1/8/2024, khi Thông tư số 28/2024/TT-BCA có hiệu lực, người dân có thể đăng ký xe trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia. Sau hơn 2 tháng triển khai, đã tiếp nhận 186.420 hồ sơ đăng ký xe trực tuyến, chiếm khoảng 37% tổng số hồ sơ đăng ký trong thời gian này; 58/63 tỉnh, thành phố đã thực hiện.

Tính đến ngày 30/9/2024, cả nước đang quản lý khoảng 6,9 triệu ô tô và hơn 75,6 triệu mô tô, xe máy. Lệ phí đăng ký, cấp biển số thu trong 9 tháng ước đạt 2.845,6 tỷ đồng.

Về đấu giá biển số ô tô, đã có 21.614 biển số được đấu giá thành công với tổng số tiền 1.532 tỷ đồng; biển số 51K-888.88 có giá trúng cao nhất.

Cục Cảnh sát giao thông dự kiến đến hết năm 2024, tỷ lệ hồ sơ đăng ký xe trực tuyến đạt trên 50%.

Cục Cảnh sát giao thông - Số 112 Lê Duẩn, Hoàn Kiếm, Hà Nội. Đường dây nóng: 069.2342.608.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T9 = P("trong 9 tháng", "2024-01-01", "2024-09-30")
D30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
SINCE = P("Từ ngày 1/8/2024", "2024-08-01", "2024-10-14")
E24 = P("đến hết năm 2024", None, "2024-12-31")
REG = "phương tiện đăng ký mới"

FIGS = [
    F("hơn 2,7 triệu", "2,7", 2700000, "count", "phương tiện", "phương tiện đăng ký mới", N9, approx="over"),
    F("mới 2.715.400 phương tiện", "2.715.400", 2715400, "count", "phương tiện", REG, N9,
      change=CH("increase", 6.3, "%", "cùng kỳ năm 2023")),
    F("ô tô 412.600 xe", "412.600", 412600, "count", "xe", "ô tô đăng ký mới", I(N9), total=2715400),
    F("mô tô 2.302.800 xe", "2.302.800", 2302800, "count", "xe", "mô tô đăng ký mới", I(N9), total=2715400),
    F("Hà Nội (231.450 xe)", "231.450", 231450, "count", "xe", REG, I(N9), location="Hà Nội"),
    F("Minh (218.900 xe)", "218.900", 218900, "count", "xe", REG, I(N9), location="TP. Hồ Chí Minh"),
    F("Bình Dương (78.930 xe)", "78.930", 78930, "count", "xe", REG, I(N9), location="Bình Dương"),
    F("tiếp nhận 186.420 hồ sơ", "186.420", 186420, "count", "hồ sơ", "hồ sơ đăng ký xe trực tuyến", I(SINCE),
      percent=37),
    F("58/63 tỉnh", "58", 58, "count", "tỉnh, thành phố", "tỉnh, thành phố thực hiện đăng ký xe trực tuyến toàn trình",
      I(SINCE), total=63),
    F("khoảng 6,9 triệu", "6,9", 6900000, "count", "ô tô", "ô tô đang quản lý", D30, approx="about"),
    F("hơn 75,6 triệu", "75,6", 75600000, "count", "mô tô, xe máy", "mô tô, xe máy đang quản lý", D30, approx="over"),
    F("ước đạt 2.845,6 tỷ", "2.845,6", 2845600000000, "money", "đồng", "lệ phí đăng ký, cấp biển số", T9,
      status="estimate"),
    F("có 21.614 biển số", "21.614", 21614, "count", "biển số", "biển số ô tô được đấu giá thành công"),
    F("tiền 1.532 tỷ", "1.532", 1532000000000, "money", "đồng", "tổng số tiền đấu giá biển số ô tô"),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ hồ sơ đăng ký xe trực tuyến", E24, approx="over", status="forecast"),
]

COMMENTS = [
    "Bộ Công an portal (ministry site): national vehicle registrations in the first 9 months of 2024, online registration, plate auctions.",
    "Dateline 'Ngày đăng: 14/10/2024 | Lượt xem: 3.205'. Location Việt Nam (national totals); the province list items go to location.",
    "Distractors: 'Lượt xem: 3.205', 'Thông tư số 28/2024/TT-BCA', 'Từ ngày 1/8/2024', 'Sau hơn 2 tháng triển khai' (duration locating",
    "a figure in time), plate '51K-888.88', address 'Số 112 Lê Duẩn', hotline '069.2342.608'.",
    "'Trong đó, ô tô …, mô tô …' add up to 2.715.400: totals. 'chiếm khoảng 37%' -> percent of 186.420 (its approx is not scored).",
    "186.420 / 58/63: their sentence states only the duration; period inherited from 'Từ ngày 1/8/2024' (to the dateline).",
    "'ước đạt 2.845,6 tỷ đồng' estimate; 'dự kiến đến hết năm 2024 … trên 50%' forecast, as-of end 2024. Auction sentence: no period.",
]

emit("p499-4", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Việt Nam")
