from lib import *

A = """HÀNỘIMỚI
Kinh tế › Giao thông - Đô thị

Đẩy nhanh lộ trình chuyển đổi xe buýt sang năng lượng xanh

(HNM) - Tính đến ngày 30/4/2024, Thủ đô có 1.240 xe buýt sử dụng năng lượng sạch, chiếm 58% tổng số xe buýt đang hoạt động, trong đó 397 xe buýt điện và 843 xe sử dụng khí nén thiên nhiên (CNG).

Theo Sở Giao thông vận tải Hà Nội, hiện có 14 tuyến buýt điện do VinBus và Transerco khai thác, như tuyến E05 Nhổn - Ocean Park, tuyến 08A Long Biên - Đông Mỹ. Quý I/2024, các tuyến buýt điện phục vụ khoảng 4,8 triệu lượt khách, tăng 27,5% so với cùng kỳ; tỷ lệ hành khách hài lòng đạt 92%.

Lãnh đạo Sở cho biết, mỗi xe buýt điện giúp giảm khoảng 55 tấn CO2 mỗi năm. Một xe buýt điện cỡ lớn có giá từ 5,5 đến 7 tỷ đồng. Giá xe buýt điện hiện cao gấp 1,5 đến 2 lần xe chạy dầu diesel, trong khi toàn thành phố mới có 26 điểm sạc phục vụ xe buýt.

Theo Kế hoạch số 206/KH-UBND, giai đoạn 2024-2025 Hà Nội sẽ bổ sung tối thiểu 520 xe buýt điện; đến năm 2030, 100% xe buýt thay thế, đầu tư mới sử dụng điện, năng lượng xanh. Tổng kinh phí ước khoảng 11.200 tỷ đồng, trong đó ngân sách thành phố hỗ trợ khoảng 30%.

Đại diện doanh nghiệp vận tải kiến nghị thành phố kéo dài thời hạn đặt hàng khai thác tuyến buýt từ 5 năm lên 10 năm để doanh nghiệp có đủ thời gian thu hồi vốn đầu tư xe điện, đồng thời hỗ trợ lãi suất vay mua xe. Ngoài ra, cần quy hoạch thêm bãi đỗ, trạm sạc tại các điểm đầu cuối như Bến xe Yên Nghĩa, Bến xe Gia Lâm.

NGỌC ANH
15/05/2024
"""

pub = "2024-05-15"
asof = P("Tính đến ngày 30/4/2024", None, "2024-04-30")
q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
gd = P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
to30 = P("đến năm 2030", None, "2030-12-31")

figs = [
    F("có 1.240 xe buýt", "1.240", 1240, "count", "xe buýt", "xe buýt sử dụng năng lượng sạch", asof, percent=58),
    F("trong đó 397 xe", "397", 397, "count", "xe buýt điện", "xe buýt điện", asof, total=1240),
    F("và 843 xe", "843", 843, "count", "xe", "xe sử dụng khí nén thiên nhiên (CNG)", asof, total=1240),
    F("có 14 tuyến buýt điện", "14", 14, "count", "tuyến buýt điện", "tuyến buýt điện"),
    F("khoảng 4,8 triệu", "4,8", 4.8e6, "count", "lượt khách", "lượt khách các tuyến buýt điện phục vụ", q1,
      approx="about", change=CH("increase", 27.5, "%", "cùng kỳ")),
    F("đạt 92%", "92", 92, "percent", "%", "tỷ lệ hành khách hài lòng", q1),
    F("khoảng 55 tấn", "55", 55, "measure", "tấn CO2/năm", "lượng CO2 mỗi xe buýt điện giúp giảm mỗi năm",
      approx="about"),
    F("từ 5,5 đến 7 tỷ", "5,5", 5.5e9, "money", "đồng", "giá một xe buýt điện cỡ lớn", value_max=7e9),
    F("gấp 1,5 đến 2 lần", "1,5", 1.5, "multiple", "lần", "giá xe buýt điện so với xe chạy dầu diesel",
      value_max=2),
    F("có 26 điểm sạc", "26", 26, "count", "điểm sạc", "điểm sạc phục vụ xe buýt"),
    F("tối thiểu 520 xe", "520", 520, "count", "xe buýt điện", "xe buýt điện bổ sung", gd, approx="at_least",
      status="target"),
    F("2030, 100% xe buýt", "100", 100, "percent", "%", "xe buýt thay thế, đầu tư mới sử dụng điện, năng lượng xanh",
      to30, status="target"),
    F("khoảng 11.200 tỷ", "11.200", 11200e9, "money", "đồng", "tổng kinh phí", approx="about", status="estimate"),
    F("khoảng 30%", "30", 30, "percent", "%", "tỷ lệ ngân sách thành phố hỗ trợ", approx="about",
      status="estimate"),
    F("từ 5 năm lên 10 năm", "5", 5, "measure", "năm", "thời hạn đặt hàng khai thác tuyến buýt hiện nay",
      optional=True),
    F("lên 10 năm", "10", 10, "measure", "năm", "thời hạn đặt hàng khai thác tuyến buýt đề xuất", optional=True),
]

C = [
    "Báo Hànộimới (Party newspaper): electric and CNG buses in Hà Nội; fleet as of 30/4/2024, Q1/2024 ridership, costs, 2024-2025 and 2030 targets.",
    "Byline and bare date at the end ('NGỌC ANH' / '15/05/2024') give published. '(HNM)' tag implies Hà Nội.",
    "Distractors: 'Kế hoạch số 206/KH-UBND', route names 'E05', '08A', 'CO2', 'Bến xe Yên Nghĩa'.",
    "'chiếm 58%' after the count is its percent; parts after 'trong đó' take 1.240 as total. 'cao gấp 1,5 đến 2 lần' in its own sentence = multiple",
    "with value_max. 'Tổng kinh phí ước khoảng' = estimate + about; the 'trong đó' clause continues it (estimate).",
    "'từ 5 năm lên 10 năm' (contract term proposed) optional: a term in a proposal, debatable as a figure.",
]

build("p236-5", A, figs, C, published=pub, location="Hà Nội")
