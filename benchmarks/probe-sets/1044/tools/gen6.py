"""p1044-6: national newspaper — quận 1 (TP HCM) thu phí sử dụng tạm thời vỉa hè sau hơn một năm (3/2025)."""
from lib import F, build, change, period, inherit

TEXT = """Thời sự > Giao thông
Thứ năm, 13/3/2025, 07:30 (GMT+7)

Quận 1 thu gần 3,4 tỷ đồng phí vỉa hè

Sau hơn một năm thí điểm cho thuê vỉa hè, quận 1 đã cấp phép cho hơn 1.200 hộ kinh doanh, trong khi tình trạng bán hàng rong trên phố đi bộ Nguyễn Huệ giảm mạnh.

Theo UBND quận 1, từ ngày 1/1/2024 đến 28/2/2025, quận đã cấp 1.236 giấy phép sử dụng tạm thời một phần vỉa hè trên 138 tuyến đường, trong đó 1.017 giấy phép cho hoạt động kinh doanh, buôn bán và 219 giấy phép để trông giữ xe. Mức phí theo Nghị quyết số 15/2023/NQ-HĐND được tính theo vị trí, từ 50.000 đến 100.000 đồng/m2/tháng đối với kinh doanh và 40.000 đồng/m2/tháng đối với điểm giữ xe. Tổng số phí thu được ước đạt 3,38 tỷ đồng, đạt 112% dự toán.

Ông Trần Văn Năm, Phó trưởng phòng Quản lý đô thị quận 1, cho biết số vụ vi phạm lấn chiếm vỉa hè năm 2024 giảm khoảng 35% so với năm 2023, riêng các tuyến Nguyễn Huệ, Lê Lợi, Đồng Khởi giảm gần 60%.

Trong năm 2024, tại phố đi bộ Nguyễn Huệ, Đội Trật tự đô thị quận bố trí 3 ca trực mỗi ngày, mỗi ca 8-10 người, đã lập biên bản 642 trường hợp bán hàng rong, tạm giữ 275 xe đẩy. Số xe đẩy bị tạm giữ gấp 1,6 lần năm 2023.

Năm 2025, quận 1 dự kiến mở rộng thu phí vỉa hè thêm 25 tuyến đường, nâng nguồn thu lên khoảng 4,5 tỷ đồng. Trên toàn TP HCM, 16 quận, huyện đã triển khai thu phí với tổng số tiền hơn 18 tỷ đồng trong năm 2024.

Đình Văn
"""

PER = period("từ ngày 1/1/2024 đến 28/2/2025", "2024-01-01", "2025-02-28")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("Trong năm 2024", "2024-01-01", "2024-12-31")
Y24c = period("trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thu gần 3,4 tỷ đồng", "3,4", 3.4e9, "money", "đồng", "phí vỉa hè", approx="nearly"),
    F("hơn 1.200 hộ", "1.200", 1200, "count", "hộ kinh doanh", "hộ kinh doanh được cấp phép sử dụng vỉa hè",
      approx="over"),
    F("cấp 1.236 giấy phép", "1.236", 1236, "count", "giấy phép", "giấy phép sử dụng tạm thời một phần vỉa hè", PER),
    F("trên 138 tuyến đường", "138", 138, "count", "tuyến đường", "tuyến đường có vỉa hè được cấp phép sử dụng tạm thời",
      PER),
    F("1.017 giấy phép", "1.017", 1017, "count", "giấy phép", "giấy phép cho hoạt động kinh doanh, buôn bán", PER,
      total=1236),
    F("219 giấy phép", "219", 219, "count", "giấy phép", "giấy phép để trông giữ xe", PER, total=1236),
    F("từ 50.000 đến 100.000 đồng/m2/tháng", "50.000", 50000, "money", "đồng/m2/tháng",
      "mức phí đối với kinh doanh", value_max=100000),
    F("40.000 đồng/m2/tháng", "40.000", 40000, "money", "đồng/m2/tháng", "mức phí đối với điểm giữ xe"),
    F("ước đạt 3,38 tỷ đồng", "3,38", 3.38e9, "money", "đồng", "tổng số phí thu được", inherit(PER), percent=112,
      status="estimate"),
    F("khoảng 35%", "35", 35, "percent", "%", "số vụ vi phạm lấn chiếm vỉa hè", Y24, approx="about"),
    F("gần 60%", "60", 60, "percent", "%", "số vụ vi phạm lấn chiếm vỉa hè trên các tuyến Nguyễn Huệ, Lê Lợi, Đồng Khởi",
      Y24, approx="nearly"),
    F("bố trí 3 ca trực", "3", 3, "count", "ca trực/ngày", "ca trực tại phố đi bộ Nguyễn Huệ", Y24b),
    F("mỗi ca 8-10 người", "8", 8, "count", "người/ca", "người mỗi ca trực", Y24b, value_max=10),
    F("biên bản 642 trường hợp", "642", 642, "count", "trường hợp", "trường hợp bán hàng rong bị lập biên bản", Y24b),
    F("tạm giữ 275 xe đẩy", "275", 275, "count", "xe đẩy", "xe đẩy bị tạm giữ", Y24b),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "số xe đẩy bị tạm giữ so với năm 2023"),
    F("thêm 25 tuyến đường", "25", 25, "count", "tuyến đường", "tuyến đường mở rộng thu phí vỉa hè", Y25,
      status="forecast"),
    F("khoảng 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "nguồn thu phí vỉa hè", Y25, approx="about",
      status="forecast"),
    F("16 quận, huyện", "16", 16, "count", "quận, huyện", "quận, huyện đã triển khai thu phí vỉa hè", Y24c,
      location="TP Hồ Chí Minh"),
    F("hơn 18 tỷ đồng", "18", 18e9, "money", "đồng", "tổng số tiền phí vỉa hè", Y24c, approx="over",
      location="TP Hồ Chí Minh"),
]

NOTES = [
    "National newspaper (VnExpress style): quận 1, TP HCM — thu phí sử dụng tạm thời vỉa hè, bán hàng rong phố đi bộ Nguyễn Huệ.",
    "'Thứ năm, 13/3/2025, 07:30 (GMT+7)' is the dateline. Location of the district's figures is 'Quận 1' (a district);",
    "city-wide figures are TP Hồ Chí Minh. Distractors: 'Quận 1' / 'quận 1' (a name), 'hơn một năm' (duration), 'Nghị quyết số",
    "15/2023/NQ-HĐND', 'Trần Văn Năm', '07:30'. The headline and lead figures have no period phrase. 'đạt 112% dự toán' → percent.",
    "'giảm khoảng 35% / gần 60%' with no base amount are percent figures. 'Số xe đẩy bị tạm giữ gấp 1,6 lần năm 2023' stands",
    "as its own sentence: a multiple (no period of its own; năm 2023 is the baseline). '3 ca trực mỗi ngày' → unit ca trực/ngày.",
    "revised after the first run: the two fee subjects cut to 'mức phí đối với …' ('sử dụng vỉa hè' is not in their sentence).",
]

build(6, TEXT, NOTES, FIGS, published="2025-03-13", location="Quận 1")
