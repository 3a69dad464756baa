"""p1033-8: provincial newspaper online (Báo Bình Thuận, tag (BTO)), provincial library results 2024, headline figure."""
from lib import F, P, I, C, T, write

TEXT = """Thư viện tỉnh cấp hơn 4.200 thẻ bạn đọc mới

Cập nhật lúc 15:05, Thứ ba, 24/12/2024

(BTO) - Năm 2024, Thư viện tỉnh Bình Thuận đã cấp mới 4.236 thẻ bạn đọc, vượt 21% kế hoạch; phục vụ 215.700 lượt bạn đọc, trong đó bạn đọc thiếu nhi 128.400 lượt, chiếm 59,5%. Tổng lượt sách, báo luân chuyển đạt 468.000 lượt, tăng 5,6% so với năm 2023.

Đáng chú ý, thư viện số của tỉnh ghi nhận hơn 1,1 triệu lượt truy cập, tăng gần 1,8 lần so với năm 2023. Đến nay, thư viện đã số hóa 2.340 đầu tài liệu với khoảng 412.000 trang, trong đó có 860 đầu tài liệu địa chí về vùng đất, con người Bình Thuận.

Trong năm, thư viện tổ chức 52 chuyến phục vụ lưu động tại 10 huyện, thị xã, thành phố, trong đó huyện đảo Phú Quý 4 chuyến. Các thư viện cấp huyện La Gi, Hàm Thuận Bắc, Bắc Bình lần lượt phục vụ 18.300, 15.600 và 12.900 lượt bạn đọc.

Bà Trần Thị Lệ, Phó Giám đốc Thư viện tỉnh (số 215 Thủ Khoa Huân, TP Phan Thiết) cho biết, mỗi ngày thư viện đón khoảng 600 lượt bạn đọc, cao điểm dịp hè lên tới 1.000 lượt/ngày. Phòng đọc thiếu nhi mở cửa cả thứ bảy, chủ nhật.

Năm 2025, Thư viện tỉnh phấn đấu cấp mới 4.500 thẻ, phục vụ 230.000 lượt bạn đọc; dự kiến đưa vào sử dụng không gian đọc thiếu nhi rộng khoảng 350 m2, kinh phí 2,4 tỷ đồng.

NGUYỄN HÀ
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", None, "2024-12-24")
YR = P("Trong năm", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "lượt bạn đọc các thư viện cấp huyện phục vụ"

FIGS = [
    F("cấp hơn 4.200 thẻ", "4.200", 4200, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới", approx="over"),
    F("cấp mới 4.236 thẻ", "4.236", 4236, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới", Y24,
      change=C("increase", 21, baseline="kế hoạch")),
    F("phục vụ 215.700 lượt", "215.700", 215700, "count", "lượt bạn đọc", "lượt bạn đọc Thư viện tỉnh phục vụ", Y24),
    F("nhi 128.400 lượt", "128.400", 128400, "count", "lượt", "bạn đọc thiếu nhi", Y24, total=215700, percent=59.5),
    F("đạt 468.000 lượt", "468.000", 468000, "count", "lượt", "tổng lượt sách, báo luân chuyển", I(Y24),
      change=C("increase", 5.6, baseline="năm 2023")),
    F("hơn 1,1 triệu", "1,1", 1.1e6, "count", "lượt truy cập", "lượt truy cập thư viện số của tỉnh", I(Y24), approx="over",
      change=C("increase", 1.8, "lần", baseline="năm 2023", approx="nearly")),
    F("số hóa 2.340 đầu", "2.340", 2340, "count", "đầu tài liệu", "đầu tài liệu đã số hóa", NOW),
    F("khoảng 412.000 trang", "412.000", 412000, "count", "trang", "trang tài liệu đã số hóa", NOW, approx="about"),
    F("có 860 đầu", "860", 860, "count", "đầu tài liệu địa chí", "đầu tài liệu địa chí đã số hóa", NOW, total=2340),
    F("tổ chức 52 chuyến", "52", 52, "count", "chuyến", "chuyến phục vụ lưu động", YR),
    F("tại 10 huyện", "10", 10, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố được phục vụ lưu động", YR),
    F("Phú Quý 4 chuyến", "4", 4, "count", "chuyến", "chuyến phục vụ lưu động", YR, total=52, location="Phú Quý"),
    F("phục vụ 18.300", "18.300", 18300, "count", "lượt bạn đọc", LIST, I(YR), location="La Gi"),
    F("18.300, 15.600", "15.600", 15600, "count", "lượt bạn đọc", LIST, I(YR), location="Hàm Thuận Bắc"),
    F("và 12.900 lượt", "12.900", 12900, "count", "lượt bạn đọc", LIST, I(YR), location="Bắc Bình"),
    F("khoảng 600 lượt", "600", 600, "count", "lượt bạn đọc", "lượt bạn đọc thư viện đón mỗi ngày", approx="about"),
    F("tới 1.000 lượt/ngày", "1.000", 1000, "count", "lượt/ngày", "lượt bạn đọc mỗi ngày cao điểm dịp hè"),
    F("mới 4.500 thẻ", "4.500", 4500, "count", "thẻ", "thẻ bạn đọc cấp mới", Y25, status="target"),
    F("phục vụ 230.000 lượt", "230.000", 230000, "count", "lượt bạn đọc", "lượt bạn đọc phục vụ", Y25, status="target"),
    F("khoảng 350 m2", "350", 350, "measure", "m2", "diện tích không gian đọc thiếu nhi", Y25, approx="about",
      status="forecast"),
    F("kinh phí 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", "kinh phí không gian đọc thiếu nhi", Y25, status="forecast"),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Thuận): headline figure, 'Cập nhật lúc 15:05, Thứ ba, 24/12/2024', tag '(BTO) -', byline at the end.",
    "Distractors: '15:05', 'Thứ ba', '(BTO)', 'số 215 Thủ Khoa Huân', 'thứ bảy, chủ nhật' (weekdays).",
    "The headline 4.200 has no period phrase. 'vượt 21% kế hoạch' is a change against plan (baseline kế hoạch), not a percent.",
    "'tăng gần 1,8 lần so với năm 2023' is the change of 1,1 triệu lượt truy cập (unit lần, approx nearly).",
    "'trong đó có 860 đầu tài liệu địa chí' -> total 2.340 (same noun đầu tài liệu); 'trong đó huyện đảo Phú Quý 4 chuyến' -> total 52.",
    "'lần lượt phục vụ 18.300, 15.600 và 12.900 lượt bạn đọc': a list sharing one indicator; the districts are the locations.",
    "'Đến nay' ends at the dateline; 'Trong năm' = 2024. Per-day counts: 600 lượt (mỗi ngày) and 1.000 lượt/ngày (cao điểm).",
]

write("p1033-8", TEXT, NOTES, FIGS, published="2024-12-24", location="Bình Thuận")
