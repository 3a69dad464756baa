"""p945-1: Quảng Trị province portal, 9 months 2024 plantation, FSC, acacia prices."""
from lib import F, build, period, year, asof, inh, up

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Quảng Trị: Trồng mới hơn 6.200 ha rừng tập trung trong 9 tháng
Cập nhật: 14/10/2024 09:25 | Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, toàn tỉnh trồng mới được 6.248 ha rừng tập trung, đạt 89,3% kế hoạch năm, tăng 4,6% so với cùng kỳ năm 2023; trong đó rừng trồng gỗ lớn 1.120 ha, chủ yếu là keo lai nuôi cấy mô và keo lá tràm. Các địa phương có diện tích trồng mới lớn là Vĩnh Linh (1.540 ha), Hướng Hóa (1.315 ha), Gio Linh (1.082 ha) và Cam Lộ (946 ha).

Hoạt động khai thác rừng trồng diễn ra sôi động do giá gỗ nguyên liệu tăng. Từ đầu năm đến nay, sản lượng gỗ rừng trồng khai thác ước đạt 712.000 m3, bằng 81% kế hoạch; giá gỗ keo nguyên liệu tại bãi hiện dao động từ 1,25 đến 1,4 triệu đồng/tấn, cao hơn khoảng 15% so với cuối năm 2023. Toàn tỉnh có 38 nhà máy, cơ sở chế biến dăm gỗ, ván bóc, tập trung dọc Quốc lộ 9 và Khu công nghiệp Nam Đông Hà.

Đến nay, Quảng Trị có 24.860 ha rừng trồng được cấp chứng chỉ quản lý rừng bền vững FSC, tăng 3.150 ha so với cuối năm 2023, chiếm gần 18% diện tích rừng trồng sản xuất; trong đó các hộ gia đình, nhóm hộ quản lý 9.430 ha. Tỷ lệ che phủ rừng toàn tỉnh duy trì ở mức 50,2%.

Theo Kế hoạch số 186/KH-UBND ngày 25/3/2024 của UBND tỉnh, năm 2024 Quảng Trị phấn đấu trồng mới 7.000 ha rừng tập trung, chuyển hóa 500 ha rừng keo kinh doanh gỗ nhỏ sang gỗ lớn; đến năm 2025, diện tích rừng được cấp chứng chỉ FSC đạt trên 30.000 ha.
"""

P9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NOW = asof("Đến nay", "2024-10-14")
LIST = "diện tích trồng mới rừng tập trung"

FIGS = [
    F("Trồng mới hơn 6.200 ha", "6.200", 6200, "measure", "ha", "diện tích rừng tập trung trồng mới",
      approx="over", period=period("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("trồng mới được 6.248 ha", "6.248", 6248, "measure", "ha", "diện tích rừng tập trung trồng mới",
      percent=89.3, change=up(4.6, baseline="cùng kỳ năm 2023"), period=P9),
    F("gỗ lớn 1.120 ha", "1.120", 1120, "measure", "ha", "rừng trồng gỗ lớn", total=6248, period=P9),
    F("Vĩnh Linh (1.540 ha)", "1.540", 1540, "measure", "ha", LIST, location="Vĩnh Linh", period=inh(P9)),
    F("Hướng Hóa (1.315 ha)", "1.315", 1315, "measure", "ha", LIST, location="Hướng Hóa", period=inh(P9)),
    F("Gio Linh (1.082 ha)", "1.082", 1082, "measure", "ha", LIST, location="Gio Linh", period=inh(P9)),
    F("Cam Lộ (946 ha)", "946", 946, "measure", "ha", LIST, location="Cam Lộ", period=inh(P9)),
    F("ước đạt 712.000 m3", "712.000", 712000, "measure", "m3", "sản lượng gỗ rừng trồng khai thác",
      percent=81, status="estimate", period=period("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")),
    F("từ 1,25 đến 1,4 triệu đồng/tấn", "1,25", 1250000, "money", "đồng/tấn", "giá gỗ keo nguyên liệu tại bãi",
      value_max=1400000, change=up(15, baseline="cuối năm 2023", approx="about")),
    F("có 38 nhà máy", "38", 38, "count", "nhà máy, cơ sở", "nhà máy, cơ sở chế biến dăm gỗ, ván bóc"),
    F("có 24.860 ha", "24.860", 24860, "measure", "ha", "rừng trồng được cấp chứng chỉ quản lý rừng bền vững FSC",
      change=up(3150, "ha", "cuối năm 2023"), percent=18, period=NOW),
    F("quản lý 9.430 ha", "9.430", 9430, "measure", "ha", "rừng có chứng chỉ FSC do hộ gia đình, nhóm hộ quản lý",
      total=24860, period=NOW),
    F("ở mức 50,2%", "50,2", 50.2, "percent", "%", "tỷ lệ che phủ rừng toàn tỉnh"),
    F("trồng mới 7.000 ha", "7.000", 7000, "measure", "ha", "diện tích trồng mới rừng tập trung",
      status="target", period=year("năm 2024", 2024)),
    F("chuyển hóa 500 ha", "500", 500, "measure", "ha", "rừng keo chuyển hóa từ kinh doanh gỗ nhỏ sang gỗ lớn",
      status="target", period=year("năm 2024", 2024)),
    F("đạt trên 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích rừng được cấp chứng chỉ FSC",
      approx="over", status="target", period=asof("đến năm 2025", "2025-12-31")),
]

NOTES = [
    "Quảng Trị province portal: 9 months 2024 plantation, large timber, acacia prices, FSC area, 2024/2025 targets.",
    "Headline '9 tháng' has no year: takes 2024 (published). 'Từ đầu năm đến nay' ends at the dateline; 'Đến nay' is as-of the dateline.",
    "District list items are not parts of 6.248 (they do not add up): no total; their period stands in the previous sentence (inherited).",
    "Price clause after ';' has its own subject and 'hiện': actual, no period. 'cao hơn khoảng 15% so với cuối năm 2023' is the price's change.",
    "Distractors: breadcrumb, '09:25', 'Lượt xem: 2.317', 'Quốc lộ 9', 'Kế hoạch số 186/KH-UBND ngày 25/3/2024'.",
]

build(1, TEXT, FIGS, NOTES, published="2024-10-14", location="Quảng Trị")
