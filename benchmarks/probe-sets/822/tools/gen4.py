"""p822-4: ministry site (Tổng cục Thuế, Bộ Tài chính) - national household-business tax and e-invoices, 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ TÀI CHÍNH - TỔNG CỤC THUẾ
Trang chủ » Tin tức » Hoạt động ngành Thuế
Ngày đăng: 22/01/2025 | Lượt xem: 1.208

Năm 2024, thu thuế từ hộ kinh doanh đạt trên 27.000 tỷ đồng

(TCT) - Theo báo cáo tổng kết công tác thuế năm 2024, cơ quan thuế cả nước đang quản lý khoảng 2,4 triệu hộ, cá nhân kinh doanh, trong đó có hơn 1,9 triệu hộ nộp thuế theo phương pháp khoán. Tổng số thu từ hộ, cá nhân kinh doanh năm 2024 đạt 27.418 tỷ đồng, tăng 11,2% so với năm 2023 và bằng 107,5% dự toán.

Đến ngày 31/12/2024, cả nước có 58.126 hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, tăng gần 2,9 lần so với cuối năm 2023. Các hộ này đã sử dụng hơn 212 triệu hóa đơn. Những địa phương dẫn đầu lần lượt là TP Hồ Chí Minh (9.870 hộ), Hà Nội (8.452 hộ), Quảng Ninh (4.136 hộ) và Đà Nẵng (3.015 hộ).

Qua rà soát dữ liệu từ các sàn thương mại điện tử, cơ quan thuế đã đưa thêm 41.300 hộ kinh doanh online vào quản lý; tỷ lệ hộ kinh doanh nộp thuế điện tử đạt 92,4%. Tuy nhiên, số hộ chuyển đổi lên doanh nghiệp chỉ đạt 1.056 hộ, thấp hơn nhiều so với mục tiêu.

Năm 2025, Tổng cục Thuế đặt mục tiêu 100% hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, theo dự thảo sửa đổi Nghị định số 123/2020/NĐ-CP. Dự kiến số thu từ hộ, cá nhân kinh doanh năm 2025 đạt khoảng 29.500 tỷ đồng.

Tổng cục Thuế - 123 Lò Đúc, quận Hai Bà Trưng, Hà Nội. Điện thoại: 024.3972.2595.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
ASOF = P("Đến ngày 31/12/2024", end="2024-12-31")
INV = "hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền"

FIGS = [
    F("trên 27.000 tỷ đồng", "27.000", 27e12, "money", "đồng", "thu thuế từ hộ kinh doanh",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("khoảng 2,4 triệu hộ", "2,4", 2.4e6, "count", "hộ", "hộ, cá nhân kinh doanh do cơ quan thuế quản lý", Y24,
      approx="about"),
    F("hơn 1,9 triệu hộ", "1,9", 1.9e6, "count", "hộ", "hộ nộp thuế theo phương pháp khoán", Y24,
      approx="over", total=2.4e6),
    F("đạt 27.418 tỷ đồng", "27.418", 27.418e12, "money", "đồng", "tổng số thu từ hộ, cá nhân kinh doanh", Y24,
      change=C("increase", 11.2, baseline="năm 2023"), percent=107.5),
    F("có 58.126 hộ", "58.126", 58126, "count", "hộ kinh doanh", INV, ASOF,
      change=C("increase", 2.9, "lần", baseline="cuối năm 2023", approx="nearly")),
    F("hơn 212 triệu hóa đơn", "212", 212e6, "count", "hóa đơn",
      "hóa đơn khởi tạo từ máy tính tiền hộ kinh doanh đã sử dụng", I(ASOF), approx="over"),
    F("(9.870 hộ)", "9.870", 9870, "count", "hộ", INV, I(ASOF), location="TP Hồ Chí Minh"),
    F("(8.452 hộ)", "8.452", 8452, "count", "hộ", INV, I(ASOF), location="Hà Nội"),
    F("(4.136 hộ)", "4.136", 4136, "count", "hộ", INV, I(ASOF), location="Quảng Ninh"),
    F("(3.015 hộ)", "3.015", 3015, "count", "hộ", INV, I(ASOF), location="Đà Nẵng"),
    F("thêm 41.300 hộ", "41.300", 41300, "count", "hộ kinh doanh online",
      "hộ kinh doanh online được đưa thêm vào quản lý", I(Y24)),
    F("đạt 92,4%", "92,4", 92.4, "percent", "%", "tỷ lệ hộ kinh doanh nộp thuế điện tử", I(Y24)),
    F("chỉ đạt 1.056 hộ", "1.056", 1056, "count", "hộ", "hộ chuyển đổi lên doanh nghiệp", I(Y24)),
    F("mục tiêu 100% hộ", "100", 100, "percent", "%",
      "hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền",
      Y25, status="target"),
    F("từ 1 tỷ đồng/năm", "1", 1e9, "money", "đồng/năm", "ngưỡng doanh thu", approx="at_least", optional=True),
    F("khoảng 29.500 tỷ đồng", "29.500", 29.5e12, "money", "đồng", "số thu từ hộ, cá nhân kinh doanh",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Tổng cục Thuế (Bộ Tài chính) news page: thu thuế từ hộ kinh doanh năm 2024, hóa đơn điện tử từ máy tính tiền. National.",
    "'tăng gần 2,9 lần so với cuối năm 2023' after the count is its change (unit lần, approx nearly). The list of",
    "provinces shares the indicator of 58.126 hộ; each province is a location. 'từ 1 tỷ đồng/năm trở lên' is a category",
    "threshold (optional). Distractors: Lượt xem 1.208, (TCT), Nghị định số 123/2020/NĐ-CP, 123 Lò Đúc, quận Hai Bà Trưng, phone.",
]

write(4, TEXT, FIGS, NOTES, published="2025-01-22", location="Việt Nam")
