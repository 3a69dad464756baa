import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng Giao tiếp điện tử thành phố Hà Nội
Trang chủ > Tin tức > Giao thông - Đô thị

Xe đạp công cộng Hà Nội phục vụ hơn 1,2 triệu lượt thuê trong 6 tháng đầu năm 2024

Cập nhật: 15/07/2024 08:30 | Lượt xem: 3.482

(HNP) - Theo Sở Giao thông vận tải Hà Nội, 6 tháng đầu năm 2024, hệ thống xe đạp công cộng trên địa bàn thành phố đã phục vụ 1.235.460 lượt thuê, tăng 27,4% so với cùng kỳ năm 2023; tổng quãng đường di chuyển đạt 4.447,7 nghìn km. Quãng đường bình quân là 3,6 km/lượt, thời gian sử dụng trung bình khoảng 24 phút/lượt.

Hiện thành phố có 79 trạm với 1.000 xe đạp, trong đó có 500 xe đạp điện. Các trạm đặt tại 9 quận nội thành, nhiều nhất là quận Hoàn Kiếm (18 trạm), Ba Đình (14 trạm) và Đống Đa (12 trạm); trạm đông khách nhất nằm trên phố 19 Tháng 12.

Tính đến ngày 30/6/2024, ứng dụng Hanoibike phiên bản 2.0 có 86.215 tài khoản đăng ký, trong đó 12.430 tài khoản đã mua thẻ thành viên tháng, chiếm 14,4%. Doanh thu từ vé lượt và thẻ thành viên 6 tháng đạt gần 4,8 tỷ đồng, bằng 62% kế hoạch năm.

Giá thuê xe đạp cơ khí là 5.000 đồng/30 phút, xe đạp điện 10.000 đồng/30 phút; thẻ tháng có giá 199.000 đồng, được sử dụng không giới hạn số lượt, mỗi lượt tối đa 45 phút.

Theo kế hoạch, trong năm 2024, thành phố sẽ lắp đặt thêm 21 trạm, nâng tổng số lên 100 trạm; phấn đấu đến năm 2025 có khoảng 2.000 xe, phục vụ từ 3 đến 3,5 triệu lượt thuê mỗi năm.

Mọi thắc mắc, người dân liên hệ tổng đài 1900 6154 hoặc Trung tâm Quản lý giao thông công cộng, số 16 Cao Bá Quát, quận Ba Đình.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 1,2 triệu lượt thuê trong", "1,2", 1200000, "count", "lượt thuê", "lượt thuê xe đạp công cộng", H1, approx="over"),
    F("phục vụ 1.235.460 lượt thuê", "1.235.460", 1235460, "count", "lượt thuê", "lượt thuê xe đạp công cộng", H1,
      change=CH("increase", 27.4, baseline="cùng kỳ năm 2023")),
    F("đạt 4.447,7 nghìn km", "4.447,7", 4447700, "measure", "km", "tổng quãng đường di chuyển", H1),
    F("là 3,6 km/lượt", "3,6", 3.6, "measure", "km/lượt", "quãng đường bình quân", I(H1)),
    F("khoảng 24 phút/lượt", "24", 24, "measure", "phút/lượt", "thời gian sử dụng trung bình", I(H1), approx="about"),
    F("có 79 trạm", "79", 79, "count", "trạm", "trạm xe đạp công cộng"),
    F("với 1.000 xe đạp", "1.000", 1000, "count", "xe đạp", "xe đạp công cộng"),
    F("có 500 xe đạp điện", "500", 500, "count", "xe đạp điện", "xe đạp điện", total=1000),
    F("tại 9 quận nội thành", "9", 9, "count", "quận", "quận nội thành có trạm xe đạp công cộng"),
    F("(18 trạm)", "18", 18, "count", "trạm", "trạm xe đạp công cộng", location="Hoàn Kiếm"),
    F("(14 trạm)", "14", 14, "count", "trạm", "trạm xe đạp công cộng", location="Ba Đình"),
    F("(12 trạm)", "12", 12, "count", "trạm", "trạm xe đạp công cộng", location="Đống Đa"),
    F("có 86.215 tài khoản", "86.215", 86215, "count", "tài khoản", "tài khoản đăng ký ứng dụng Hanoibike", ASOF),
    F("trong đó 12.430 tài khoản", "12.430", 12430, "count", "tài khoản", "tài khoản đã mua thẻ thành viên tháng", ASOF,
      total=86215, percent=14.4),
    F("gần 4,8 tỷ đồng", "4,8", 4800000000, "money", "đồng", "doanh thu từ vé lượt và thẻ thành viên",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="nearly", percent=62),
    F("là 5.000 đồng/30 phút", "5.000", 5000, "money", "đồng/30 phút", "giá thuê xe đạp cơ khí"),
    F("điện 10.000 đồng/30 phút", "10.000", 10000, "money", "đồng/30 phút", "giá thuê xe đạp điện"),
    F("giá 199.000 đồng", "199.000", 199000, "money", "đồng", "giá thẻ tháng"),
    F("tối đa 45 phút", "45", 45, "measure", "phút", "thời gian mỗi lượt thẻ tháng", approx="at_most"),
    F("thêm 21 trạm", "21", 21, "count", "trạm", "trạm lắp đặt thêm", Y24, status="target"),
    F("lên 100 trạm", "100", 100, "count", "trạm", "tổng số trạm", Y24, status="target"),
    F("khoảng 2.000 xe", "2.000", 2000, "count", "xe", "xe đạp công cộng", T25, approx="about", status="target"),
    F("từ 3 đến 3,5 triệu", "3", 3000000, "count", "lượt thuê", "lượt thuê mỗi năm", T25, value_max=3500000, status="target"),
]

COMMENTS = [
    "Cổng Giao tiếp điện tử Hà Nội (province portal): xe đạp công cộng 6 tháng đầu năm 2024 — lượt thuê, quãng đường, trạm, tài khoản, giá, kế hoạch.",
    "Dateline 'Cập nhật: 15/07/2024 08:30'; 'Lượt xem: 3.482' is page furniture. Not figures: 'phố 19 Tháng 12' (street name),",
    "'phiên bản 2.0' (app version), tổng đài '1900 6154', 'số 16 Cao Bá Quát', rate denominators '/30 phút'.",
    "District items in brackets (no cue, 18+14+12 ≠ 79) get no total; the district is their location. Periods of sentences without a",
    "period phrase are inherited (not scored). 'Theo kế hoạch … sẽ' and 'phấn đấu' → target.",
]

if __name__ == "__main__":
    emit("p733-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Hà Nội")
