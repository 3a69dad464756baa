"""p1044-5: Party / provincial newspaper (Báo Nghệ An) — TP Vinh đưa người bán hàng rong vào điểm kinh doanh tạm (2023)."""
from lib import F, build, change, period, inherit

TEXT = """TP Vinh sắp xếp người bán hàng rong vào điểm kinh doanh tạm

Thời gian qua, TP Vinh quyết liệt lập lại trật tự vỉa hè, đồng thời bố trí các điểm kinh doanh tạm để người bán hàng rong có nơi mưu sinh ổn định.

Theo Phòng Quản lý đô thị TP Vinh, trên địa bàn thành phố hiện có khoảng 2.100 người bán hàng rong, chủ yếu là lao động tự do từ các huyện Nghi Lộc, Hưng Nguyên, Nam Đàn; trong đó gần 60% là phụ nữ trên 45 tuổi.

Từ đầu năm đến nay, thành phố đã đưa vào hoạt động 7 điểm kinh doanh tạm tại các phường Hưng Bình, Lê Mao, Trường Thi, Quán Bàu, bố trí 486 chỗ ngồi cho hơn 430 hộ, tăng gấp 1,8 lần so với cuối năm 2022. Mỗi chỗ ngồi có diện tích từ 2 đến 4 m2; người bán nộp phí vệ sinh, điện chiếu sáng 150.000 đồng/tháng, thấp hơn khoảng 40% so với thuê ki-ốt trong chợ.

Bà Nguyễn Thị Tám (62 tuổi, ngụ khối 5, phường Hưng Bình) chia sẻ: "Trước đây ngày nào tôi cũng phải chạy trốn lực lượng trật tự, nay có chỗ ngồi cố định, mỗi ngày bán được 300.000 - 400.000 đồng".

Năm 2022, lực lượng chức năng TP Vinh đã xử phạt 1.356 trường hợp lấn chiếm vỉa hè, bán hàng rong với số tiền 845 triệu đồng. Riêng 4 tháng đầu năm 2023, số vụ vi phạm giảm 32% so với cùng kỳ, chủ yếu tập trung trên các tuyến Lê Lợi, Quang Trung và đoạn Quốc lộ 46 qua phường Hưng Dũng.

Mục tiêu đến hết năm 2023, thành phố xây dựng thêm 5 điểm kinh doanh tạm, nâng tổng số chỗ ngồi lên khoảng 800 chỗ, với tổng kinh phí dự kiến 1,2 tỷ đồng từ ngân sách thành phố.

PHƯƠNG THẢO
23/05/2023
"""

YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-05-23")
Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
M4 = period("4 tháng đầu năm 2023", "2023-01-01", "2023-04-30")
T23 = period("đến hết năm 2023", None, "2023-12-31")

FIGS = [
    F("khoảng 2.100 người", "2.100", 2100, "count", "người", "người bán hàng rong trên địa bàn thành phố", approx="about"),
    F("gần 60%", "60", 60, "percent", "%", "phụ nữ trên 45 tuổi trong số người bán hàng rong", approx="nearly"),
    F("trên 45 tuổi", "45", 45, "measure", "tuổi", "tuổi của phụ nữ bán hàng rong", approx="over", optional=True),
    F("hoạt động 7 điểm", "7", 7, "count", "điểm", "điểm kinh doanh tạm đưa vào hoạt động", YTD),
    F("bố trí 486 chỗ ngồi", "486", 486, "count", "chỗ ngồi", "chỗ ngồi tại điểm kinh doanh tạm", YTD),
    F("hơn 430 hộ", "430", 430, "count", "hộ", "hộ được bố trí chỗ ngồi", YTD, approx="over",
      change=change("increase", 1.8, unit="lần", baseline="cuối năm 2022")),
    F("từ 2 đến 4 m2", "2", 2, "measure", "m2", "diện tích mỗi chỗ ngồi", value_max=4),
    F("150.000 đồng/tháng", "150.000", 150000, "money", "đồng/tháng", "phí vệ sinh, điện chiếu sáng",
      change=change("decrease", 40, baseline="thuê ki-ốt trong chợ", approx="about")),
    F("(62 tuổi", "62", 62, "measure", "tuổi", "tuổi bà Nguyễn Thị Tám", optional=True),
    F("300.000 - 400.000 đồng", "300.000", 300000, "money", "đồng", "tiền bán hàng mỗi ngày",
      value_max=400000),
    F("xử phạt 1.356 trường hợp", "1.356", 1356, "count", "trường hợp", "trường hợp lấn chiếm vỉa hè, bán hàng rong bị xử phạt",
      Y22),
    F("845 triệu đồng", "845", 845e6, "money", "đồng", "số tiền xử phạt", Y22),
    F("giảm 32%", "32", 32, "percent", "%", "số vụ vi phạm", M4),
    F("thêm 5 điểm", "5", 5, "count", "điểm", "điểm kinh doanh tạm xây dựng thêm", T23, status="target"),
    F("khoảng 800 chỗ", "800", 800, "count", "chỗ", "tổng số chỗ ngồi", T23, approx="about", status="target"),
    F("dự kiến 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng kinh phí xây dựng điểm kinh doanh tạm", T23,
      status="forecast"),
]

NOTES = [
    "Báo Nghệ An (print-style): TP Vinh sắp xếp người bán hàng rong vào điểm kinh doanh tạm. Byline PHƯƠNG THẢO and bare",
    "date 23/05/2023 at the end (published). All figures are of TP Vinh; the home districts of the vendors (Nghi Lộc, Hưng",
    "Nguyên, Nam Đàn) are not the place of the figures. 'tăng gấp 1,8 lần so với cuối năm 2022' is the change of 430 hộ (unit lần).",
    "'thấp hơn khoảng 40% so với thuê ki-ốt' is the fee's change (approx about). 'giảm 32% so với cùng kỳ' has no base amount:",
    "a percent figure. Distractors: 'khối 5', 'Quốc lộ 46', 'Nguyễn Thị Tám'. Ages ('trên 45 tuổi' a category, '62 tuổi' of an",
    "interviewee) are optional. The quoted daily takings '300.000 - 400.000 đồng' are a range stated as fact: required.",
    'revised after the first run: subjects of 430 hộ and 300.000 - 400.000 đồng cut to words their sentences contain.',
]

build(5, TEXT, NOTES, FIGS, published="2023-05-23", location="Vinh")
