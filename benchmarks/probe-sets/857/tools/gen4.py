"""p857-4: Cục Thuế (Bộ Tài chính) site, national presumptive-tax households and food-service share, 2025."""
from lib import F, P, I, C, T, build

TEXT = """BỘ TÀI CHÍNH - CỤC THUẾ
Trang chủ / Tin tức / Hoạt động ngành Thuế
Ngày đăng: 09/06/2025 | Lượt xem: 1.127

Cả nước hơn 2,3 triệu hộ nộp thuế khoán, khoảng 24% kinh doanh ăn uống

Theo Cục Thuế, tính đến hết tháng 5/2025, cả nước có 2.348.612 hộ, cá nhân kinh doanh nộp thuế theo phương pháp khoán; trong đó khoảng 563.000 hộ kinh doanh dịch vụ ăn uống như quán cà phê, trà sữa, quán ăn, chiếm khoảng 24%. Tổng số thuế khoán thu được 5 tháng đầu năm 2025 đạt 9.218 tỷ đồng, bằng 43,6% dự toán năm, tăng 10,2% so với cùng kỳ.

Các địa phương có nhiều hộ ăn uống nộp thuế khoán nhất lần lượt là TP Hồ Chí Minh (87.420 hộ), Hà Nội (71.305 hộ), Đồng Nai (22.164 hộ) và Hải Phòng (19.870 hộ).

Từ ngày 1/6/2025, theo Nghị định số 70/2025/NĐ-CP, hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên trong các lĩnh vực ăn uống, bán lẻ phải sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền. Cơ quan thuế đã rà soát, xác định 38.450 hộ ăn uống thuộc diện này. Tính đến ngày 5/6, đã có 21.736 hộ đăng ký, đạt 56,5%.

Thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị, phương pháp thuế khoán sẽ được xóa bỏ chậm nhất từ ngày 1/1/2026. Mục tiêu đến năm 2026, 100% hộ kinh doanh chuyển sang kê khai và ít nhất 50% hộ ăn uống sử dụng phần mềm bán hàng kết nối với cơ quan thuế. Dự kiến khoảng 150.000 hộ ăn uống có doanh thu dưới 200 triệu đồng/năm sẽ không phải nộp thuế GTGT, thuế TNCN.

Cục Thuế - Số 123 Lò Đúc, quận Hai Bà Trưng, Hà Nội. Điện thoại: 024.3971.2555
"""

ASOF = P("tính đến hết tháng 5/2025", end="2025-05-31")
M5 = P("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31")
T26 = P("đến năm 2026", end="2026-12-31")

FIGS = [
    F("hơn 2,3 triệu hộ", "2,3", 2.3e6, "count", "hộ", "hộ nộp thuế khoán", approx="over"),
    F("khoảng 24% kinh doanh", "24", 24, "percent", "%", "hộ kinh doanh ăn uống trong số hộ nộp thuế khoán",
      approx="about"),
    F("có 2.348.612 hộ", "2.348.612", 2348612, "count", "hộ",
      "hộ, cá nhân kinh doanh nộp thuế theo phương pháp khoán", ASOF),
    F("khoảng 563.000 hộ", "563.000", 563000, "count", "hộ", "hộ kinh doanh dịch vụ ăn uống nộp thuế khoán", ASOF,
      approx="about", total=2348612, percent=24),
    F("đạt 9.218 tỷ đồng", "9.218", 9218e9, "money", "đồng", "tổng số thuế khoán thu được", M5, percent=43.6,
      change=C("increase", 10.2, "%", "cùng kỳ")),
    F("(87.420 hộ)", "87.420", 87420, "count", "hộ", "hộ ăn uống nộp thuế khoán", I(ASOF),
      location="TP Hồ Chí Minh"),
    F("(71.305 hộ)", "71.305", 71305, "count", "hộ", "hộ ăn uống nộp thuế khoán", I(ASOF), location="Hà Nội"),
    F("(22.164 hộ)", "22.164", 22164, "count", "hộ", "hộ ăn uống nộp thuế khoán", I(ASOF), location="Đồng Nai"),
    F("(19.870 hộ)", "19.870", 19870, "count", "hộ", "hộ ăn uống nộp thuế khoán", I(ASOF), location="Hải Phòng"),
    F("từ 1 tỷ đồng/năm", "1", 1e9, "money", "đồng/năm",
      "doanh thu của hộ phải sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", approx="at_least", optional=True),
    F("xác định 38.450 hộ", "38.450", 38450, "count", "hộ",
      "hộ ăn uống thuộc diện sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền"),
    F("có 21.736 hộ", "21.736", 21736, "count", "hộ", "hộ đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền",
      P("Tính đến ngày 5/6", end="2025-06-05"), percent=56.5),
    F("2026, 100% hộ", "100", 100, "percent", "%", "hộ kinh doanh chuyển sang kê khai", T26, status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%", "hộ ăn uống sử dụng phần mềm bán hàng kết nối với cơ quan thuế", T26,
      approx="at_least", status="target"),
    F("khoảng 150.000 hộ", "150.000", 150000, "count", "hộ",
      "hộ ăn uống không phải nộp thuế GTGT, thuế TNCN", P("từ ngày 1/1/2026", "2026-01-01", inherited=True),
      approx="about", status="forecast"),
    F("dưới 200 triệu", "200", 200e6, "money", "đồng/năm", "doanh thu của hộ không phải nộp thuế GTGT, thuế TNCN",
      approx="under", optional=True),
]

NOTES = [
    "Cục Thuế (Bộ Tài chính) site, Ngày đăng 09/06/2025: national presumptive-tax households, food-service share,",
    "e-invoice from cash registers (Nghị định 70/2025/NĐ-CP), end of thuế khoán from 1/1/2026 (Nghị quyết 68-NQ/TW).",
    "All figures are national (Việt Nam) except the ranking list, whose items are provinces/cities (location).",
    "Revenue thresholds (1 tỷ, 200 triệu đồng/năm) are category limits: optional. 38.450 hộ has no period phrase.",
    "21.736 hộ is 56,5% of the 38.450 but stands in another sentence without a part-of cue: percent, no total.",
    "Distractors: Lượt xem 1.127, Nghị định số 70/2025/NĐ-CP, Nghị quyết số 68-NQ/TW, 1/6/2025, 1/1/2026, Số 123 Lò Đúc, phone.",
]

build("p857-4", TEXT, FIGS, NOTES, published="2025-06-09", location="Việt Nam")
