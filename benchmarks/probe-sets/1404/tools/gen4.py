"""p1404-4: ministry site (Bộ Công an): national vehicle registration, first half of 2024; plate auctions."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ BỘ CÔNG AN
Trang chủ > Tin tức > Tin an ninh trật tự

6 tháng đầu năm, cả nước đăng ký mới hơn 1,3 triệu phương tiện

10/07/2024 | 14:05 | Cục Cảnh sát giao thông

Theo Cục Cảnh sát giao thông (C08), 6 tháng đầu năm 2024, lực lượng Cảnh sát giao thông và công an cấp xã trên cả nước đã đăng ký mới 1.318.642 phương tiện, giảm 2,7% so với cùng kỳ năm 2023. Trong đó, ô tô 226.315 xe, mô tô 1.089.470 xe, xe máy điện 2.857 xe.

Công an cấp xã đã đăng ký 712.930 xe mô tô, chiếm 65,4% tổng số mô tô đăng ký mới. Từ ngày 15/8/2023 đến nay, toàn quốc đã cấp hơn 3,2 triệu biển số định danh theo Thông tư số 24/2023/TT-BCA.

Đến ngày 30/6/2024, cả nước quản lý 6,87 triệu xe ô tô và khoảng 75,2 triệu xe mô tô. Hà Nội dẫn đầu với hơn 1,1 triệu ô tô, tiếp đến là TP Hồ Chí Minh (khoảng 950.000 xe) và Bình Dương (203.000 xe).

Về đấu giá biển số ô tô, trong 6 tháng, Cục đã tổ chức 12 phiên, đấu giá thành công 18.560 biển số, thu về ngân sách gần 1.180 tỷ đồng. Biển số 30K-999.99 có giá trúng cao nhất là 15,1 tỷ đồng.

Mục tiêu đến năm 2025, tỷ lệ hồ sơ đăng ký xe nộp trực tuyến toàn trình đạt trên 50%.

Tin cùng chuyên mục:
- Hướng dẫn đăng ký xe trực tuyến toàn trình trên ứng dụng VNeID
- Tổng kết đợt cao điểm bảo đảm trật tự an toàn giao thông năm 2024

Cổng Thông tin điện tử Bộ Công an - Số 44 Yết Kiêu, quận Hoàn Kiếm, Hà Nội | Đường dây nóng: 069.219.4545
"""

H6 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6Y = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
IN6 = per("trong 6 tháng", "2024-01-01", "2024-06-30")
SINCE = per("Từ ngày 15/8/2023 đến nay", "2023-08-15", "2024-07-10")
ASOF = per("Đến ngày 30/6/2024", None, "2024-06-30")
GOAL = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn 1,3 triệu", "1,3", 1.3e6, "count", "phương tiện", approx="over",
        subject="phương tiện đăng ký mới", period=H6),
    fig("mới 1.318.642 phương tiện", "1.318.642", 1318642, "count", "phương tiện",
        change=chg("decrease", 2.7, "%", "cùng kỳ năm 2023"), subject="phương tiện đăng ký mới", period=H6Y),
    fig("ô tô 226.315 xe", "226.315", 226315, "count", "xe", total=1318642,
        subject="ô tô đăng ký mới", period=inh(H6Y)),
    fig("mô tô 1.089.470 xe", "1.089.470", 1089470, "count", "xe", total=1318642,
        subject="mô tô đăng ký mới", period=inh(H6Y)),
    fig("xe máy điện 2.857 xe", "2.857", 2857, "count", "xe", total=1318642,
        subject="xe máy điện đăng ký mới", period=inh(H6Y)),
    fig("đăng ký 712.930 xe", "712.930", 712930, "count", "xe mô tô", percent=65.4,
        subject="xe mô tô công an cấp xã đăng ký", period=inh(H6Y)),
    fig("hơn 3,2 triệu", "3,2", 3.2e6, "count", "biển số", approx="over",
        subject="biển số định danh đã cấp", period=SINCE),
    fig("lý 6,87 triệu", "6,87", 6.87e6, "count", "xe ô tô",
        subject="xe ô tô cả nước quản lý", period=ASOF),
    fig("khoảng 75,2 triệu", "75,2", 75.2e6, "count", "xe mô tô", approx="about",
        subject="xe mô tô cả nước quản lý", period=ASOF),
    fig("hơn 1,1 triệu", "1,1", 1.1e6, "count", "ô tô", approx="over",
        subject="ô tô quản lý", period=inh(ASOF), location="Hà Nội"),
    fig("khoảng 950.000 xe", "950.000", 950000, "count", "xe", approx="about",
        subject="ô tô quản lý", period=inh(ASOF), location="TP Hồ Chí Minh"),
    fig("203.000 xe", "203.000", 203000, "count", "xe",
        subject="ô tô quản lý", period=inh(ASOF), location="Bình Dương"),
    fig("tổ chức 12 phiên", "12", 12, "count", "phiên", subject="phiên đấu giá biển số ô tô", period=IN6),
    fig("thành công 18.560 biển số", "18.560", 18560, "count", "biển số",
        subject="biển số ô tô đấu giá thành công", period=IN6),
    fig("gần 1.180 tỷ", "1.180", 1180e9, "money", "đồng", approx="nearly",
        subject="tiền đấu giá biển số thu về ngân sách", period=IN6),
    fig("là 15,1 tỷ", "15,1", 15.1e9, "money", "đồng",
        subject="giá trúng đấu giá cao nhất của biển số", period=inh(IN6)),
    fig("trên 50%", "50", 50, "percent", "%", approx="over", status="target",
        subject="tỷ lệ hồ sơ đăng ký xe nộp trực tuyến toàn trình", period=GOAL),
]

NOTES = [
    "Ministry site (Cổng TTĐT Bộ Công an): breadcrumb, '10/07/2024 | 14:05 | Cục Cảnh sát giao thông', related links, address footer with hotline.",
    "Distractors: '(C08)', 14:05, Thông tư số 24/2023/TT-BCA, the plate '30K-999.99', 'Số 44 Yết Kiêu', hotline 069.219.4545, 'năm 2024' in a link.",
    "Headline '6 tháng đầu năm ... hơn 1,3 triệu phương tiện': own figure; year from published (2024).",
    "'Trong đó' parts after a sentence break take the whole 1.318.642; the share '712.930 xe mô tô, chiếm 65,4%' is a percent attribute (no total cue).",
    "List 'Hà Nội dẫn đầu với hơn 1,1 triệu ô tô, tiếp đến là TP Hồ Chí Minh (...) và Bình Dương (...)': indicator = ô tô quản lý; places → location.",
    "'Từ ngày 15/8/2023 đến nay' ends at the dateline. 'Mục tiêu đến năm 2025' → target, start null, end 2025-12-31.",
    "National figures: location Việt Nam.",
]

if __name__ == "__main__":
    write("p1404-4", TEXT, NOTES, FIGS, published="2024-07-10", location="Việt Nam")
