"""p1044-7: department site (Sở GTVT Hải Phòng), no dateline — trật tự lòng đường, vỉa hè năm 2023; one-cell-per-line table."""
from lib import F, build, change, period, inherit

TEXT = """SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ HẢI PHÒNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả lập lại trật tự lòng đường, vỉa hè trên các tuyến phố trung tâm

Thực hiện Kế hoạch số 98/KH-UBND của UBND thành phố về lập lại trật tự hành lang an toàn giao thông, năm 2023 Thanh tra Sở phối hợp với UBND các quận Hồng Bàng, Lê Chân, Ngô Quyền kiểm tra 146 tuyến phố, phát hiện 4.378 trường hợp vi phạm, giảm 9,6% so với năm 2022. Kết quả theo loại hành vi như sau:

Đơn vị tính: trường hợp
Hành vi vi phạm
Năm 2022
Năm 2023
Bán hàng rong trên lòng đường, vỉa hè
1.862
1.594
Lấn chiếm vỉa hè để kinh doanh
1.705
1.581
Để xe, trông giữ xe trái phép
1.276
1.203
Tổng số
4.843
4.378

Lực lượng chức năng đã ban hành 2.960 quyết định xử phạt với tổng số tiền 4,12 tỷ đồng, bình quân khoảng 1,39 triệu đồng/trường hợp; tháo dỡ 318 mái che, mái vẩy lấn chiếm vỉa hè.

Đến hết quý II/2024, thành phố đã công nhận 21 tuyến phố văn minh, kiểu mẫu, trong đó quận Lê Chân có 8 tuyến, Ngô Quyền 7 tuyến và Hồng Bàng 6 tuyến. Năm 2024, Sở đặt mục tiêu giảm từ 10 đến 15% số trường hợp vi phạm so với năm 2023.

SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ HẢI PHÒNG
Địa chỉ: Số 45 Lạch Tray, phường Lạch Tray, quận Ngô Quyền, TP Hải Phòng
Điện thoại: 0225.3842.651 - Fax: 0225.3842.604
Lượt truy cập: 1.284.337
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
C22 = period("Năm 2022", "2022-01-01", "2022-12-31")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
AS = period("Đến hết quý II/2024", None, "2024-06-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Bán hàng rong trên lòng đường, vỉa hè", "vỉa hè\n1.862", "1.862\n1.594", "1.862", 1862, "1.594", 1594),
    ("Lấn chiếm vỉa hè để kinh doanh", "kinh doanh\n1.705", "1.705\n1.581", "1.705", 1705, "1.581", 1581),
    ("Để xe, trông giữ xe trái phép", "trái phép\n1.276", "1.276\n1.203", "1.276", 1276, "1.203", 1203),
    ("Tổng số", "Tổng số\n4.843", "4.843\n4.378", "4.843", 4843, "4.378", 4378),
]

FIGS = [
    F("kiểm tra 146 tuyến phố", "146", 146, "count", "tuyến phố", "tuyến phố được kiểm tra", Y23),
    F("phát hiện 4.378 trường hợp", "4.378", 4378, "count", "trường hợp", "trường hợp vi phạm trật tự lòng đường, vỉa hè",
      Y23, change=change("decrease", 9.6, baseline="năm 2022")),
]
for label, a1, a2, n1, v1, n2, v2 in ROWS:
    subj = label if label != "Tổng số" else "Tổng số trường hợp vi phạm"
    FIGS += [
        F(a1, n1, v1, "count", "trường hợp", subj + " năm 2022", C22),
        F(a2, n2, v2, "count", "trường hợp", subj + " năm 2023", C23),
    ]
FIGS += [
    F("ban hành 2.960 quyết định", "2.960", 2960, "count", "quyết định", "quyết định xử phạt", inherit(Y23)),
    F("tổng số tiền 4,12 tỷ đồng", "4,12", 4.12e9, "money", "đồng", "tổng số tiền xử phạt", inherit(Y23)),
    F("khoảng 1,39 triệu đồng/trường hợp", "1,39", 1.39e6, "money", "đồng/trường hợp", "tiền phạt bình quân",
      inherit(Y23), approx="about"),
    F("tháo dỡ 318 mái che", "318", 318, "count", "mái che, mái vẩy", "mái che, mái vẩy lấn chiếm vỉa hè bị tháo dỡ",
      inherit(Y23)),
    F("công nhận 21 tuyến phố", "21", 21, "count", "tuyến phố", "tuyến phố văn minh, kiểu mẫu được công nhận", AS),
    F("có 8 tuyến", "8", 8, "count", "tuyến", "tuyến phố văn minh, kiểu mẫu được công nhận", AS, total=21,
      location="Lê Chân"),
    F("Ngô Quyền 7 tuyến", "7", 7, "count", "tuyến", "tuyến phố văn minh, kiểu mẫu được công nhận", AS, total=21,
      location="Ngô Quyền"),
    F("Hồng Bàng 6 tuyến", "6", 6, "count", "tuyến", "tuyến phố văn minh, kiểu mẫu được công nhận", AS, total=21,
      location="Hồng Bàng"),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "giảm số trường hợp vi phạm so với năm 2023", Y24, value_max=15,
      status="target"),
]

NOTES = [
    "Sở GTVT Hải Phòng department page, no dateline (published absent). Footer: address 'Số 45 Lạch Tray', phone/fax numbers,",
    "'Lượt truy cập: 1.284.337' (page furniture). 'Kế hoạch số 98/KH-UBND' is an identifier.",
    "One-cell-per-line table, 'Đơn vị tính: trường hợp': category rows, period from the column headers Năm 2022 / Năm 2023",
    "(scored); the Tổng số row is a figure of its own; table cells get no totals. The districts in the 21-street sentence",
    "follow 'trong đó' and add up to 21 (total 21, location = the district). Figures of the city (Hải Phòng) otherwise.",
    "'giảm từ 10 đến 15% … so với năm 2023' is a target percent range (Năm 2024).",
    "revised after the first run: table subjects now row label + column label ('… năm 2022'), as FIGURES.md and h23 do.",
]

build(7, TEXT, NOTES, FIGS, published=None, location="Hải Phòng")
