"""p1115-2: Thanh Thủy (Phú Thọ) district portal, hot mineral water tourism, 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH THỦY - TỈNH PHÚ THỌ
Tin tức - Sự kiện / Kinh tế

Du lịch khoáng nóng Thanh Thủy khởi sắc

Ngày đăng: 24/11/2023 | 15:10

Từ đầu năm đến nay, Khu du lịch nước khoáng nóng Thanh Thủy đã đón khoảng 1,35 triệu lượt khách, bằng 112% cùng kỳ năm 2022; doanh thu đạt 620 tỷ đồng. Riêng tháng 10/2023 đón 148.000 lượt khách, trong đó khách lưu trú qua đêm 61.000 lượt. Lượng khách quốc tế năm nay gấp 1,8 lần năm 2022, chủ yếu đến từ Hàn Quốc và Nhật Bản.

Trên địa bàn huyện hiện có 64 cơ sở lưu trú, trong đó 26 khách sạn, khu nghỉ dưỡng có bể tắm khoáng nóng; tổng số phòng hơn 2.100 phòng. Giá vé tắm khoáng tại bể công cộng từ 100.000 đến 150.000 đồng/lượt; tắm bùn khoáng kết hợp ngâm thảo dược khoảng 450.000 đồng/người.

Nguồn nước khoáng được khai thác tại 3 giếng khoan ở xã Bảo Yên và xã Đồng Luận theo Giấy phép số 2417/GP-BTNMT, tổng lưu lượng được cấp phép 3.500 m3/ngày đêm, nhiệt độ nước tại miệng giếng khoảng 37-43 độ C. Dọc Đường tỉnh 317, nhiều hộ dân ở xóm 4, xã Bảo Yên đã mở dịch vụ ăn uống, bán đặc sản phục vụ du khách.

Năm 2023, huyện phấn đấu đón 1,6 triệu lượt khách, thu ngân sách từ hoạt động du lịch đạt 85 tỷ đồng. Đến năm 2025, dự kiến có thêm 2 dự án khu nghỉ dưỡng khoáng nóng với tổng vốn khoảng 3.200 tỷ đồng đi vào hoạt động. Lễ hội Du lịch khoáng nóng Thanh Thủy lần thứ 5 sẽ diễn ra vào tháng 12 tới.

Hà Trang - Trung tâm VH, TT&TT huyện
Điện thoại: 0210.3878.226
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-24")
T10 = P("tháng 10/2023", "2023-10-01", "2023-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("Đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 1,35 triệu lượt khách", "1,35", 1350000, "count", "lượt khách",
      "lượt khách Khu du lịch nước khoáng nóng Thanh Thủy đón", YTD, approx="about", percent=112),
    F("doanh thu đạt 620 tỷ đồng", "620", 620e9, "money", "đồng", "doanh thu", YTD),
    F("đón 148.000 lượt khách", "148.000", 148000, "count", "lượt khách", "lượt khách đón", T10),
    F("qua đêm 61.000 lượt", "61.000", 61000, "count", "lượt", "khách lưu trú qua đêm", T10, total=148000),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "lượng khách quốc tế so với năm 2022",
      P("năm nay", "2023-01-01", "2023-12-31")),
    F("có 64 cơ sở lưu trú", "64", 64, "count", "cơ sở lưu trú", "cơ sở lưu trú"),
    F("trong đó 26 khách sạn", "26", 26, "count", "khách sạn, khu nghỉ dưỡng",
      "khách sạn, khu nghỉ dưỡng có bể tắm khoáng nóng", total=64),
    F("hơn 2.100 phòng", "2.100", 2100, "count", "phòng", "tổng số phòng", approx="over"),
    F("từ 100.000 đến 150.000 đồng/lượt", "100.000", 100000, "money", "đồng/lượt",
      "giá vé tắm khoáng tại bể công cộng", value_max=150000),
    F("khoảng 450.000 đồng/người", "450.000", 450000, "money", "đồng/người",
      "giá tắm bùn khoáng kết hợp ngâm thảo dược", approx="about"),
    F("tại 3 giếng khoan", "3", 3, "count", "giếng khoan", "giếng khoan khai thác nước khoáng"),
    F("3.500 m3/ngày đêm", "3.500", 3500, "measure", "m3/ngày đêm", "tổng lưu lượng được cấp phép"),
    F("khoảng 37-43 độ C", "37", 37, "measure", "độ C", "nhiệt độ nước tại miệng giếng",
      value_max=43, approx="about"),
    F("đón 1,6 triệu lượt khách", "1,6", 1600000, "count", "lượt khách", "lượt khách", Y23, status="target"),
    F("đạt 85 tỷ đồng", "85", 85e9, "money", "đồng", "thu ngân sách từ hoạt động du lịch", Y23, status="target"),
    F("thêm 2 dự án", "2", 2, "count", "dự án", "dự án khu nghỉ dưỡng khoáng nóng đi vào hoạt động", TO25,
      status="forecast"),
    F("khoảng 3.200 tỷ đồng", "3.200", 3200e9, "money", "đồng", "tổng vốn dự án khu nghỉ dưỡng khoáng nóng", TO25,
      approx="about", status="forecast"),
]

write(2, TEXT, FIGS, [
    "Cổng TTĐT huyện Thanh Thủy (Phú Thọ): khu du lịch nước khoáng nóng, từ đầu năm 2023 đến nay.",
    "'Từ đầu năm đến nay' ends at the dateline 24/11/2023. 'bằng 112% cùng kỳ' is the share of the 1,35 triệu.",
    "'gấp 1,8 lần năm 2022' has no base amount: a multiple figure of its own. 26 khách sạn follow 'trong đó' after 64 cơ sở lưu trú.",
    "Location: the district (Thanh Thủy), as the portal is the district's. Distractors: Giấy phép số 2417/GP-BTNMT, Đường tỉnh 317,",
    "xóm 4, lần thứ 5, tháng 12, 0210.3878.226, 15:10.",
], published="2023-11-24", location="Thanh Thủy")
