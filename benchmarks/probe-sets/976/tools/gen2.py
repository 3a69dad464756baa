"""p976-2: Gò Công Đông (Tiền Giang) district portal, giao khoán bãi nghêu for tổ hợp tác, 9 months 2023."""
from lib import F, P, I, CH, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GÒ CÔNG ĐÔNG
Trang chủ > Tin hoạt động xã, thị trấn
Xã Tân Thành giao khoán bãi nghêu cho 5 tổ hợp tác
Thứ Tư, 25/10/2023 - 10:20

Sáng 24/10, UBND xã Tân Thành tổ chức lễ ký kết hợp đồng giao khoán bãi nghêu. Theo đó, 5 tổ hợp tác được giao khoán tổng diện tích 412 ha trong giai đoạn 2024-2028. Mỗi tổ hợp tác nộp tiền khoán 1,2 triệu đồng/ha/năm, tổng cộng gần 495 triệu đồng mỗi năm.

Trong 9 tháng năm 2023, các tổ hợp tác nghêu của xã thu hoạch 3.640 tấn, đạt 91% kế hoạch năm, doanh thu khoảng 98 tỷ đồng; trong đó Tổ hợp tác nghêu Tân Thành 1 thu 1.150 tấn. Sau khi trừ chi phí, mỗi thành viên được chia bình quân 18,5 triệu đồng.

Toàn huyện hiện có 1.960 ha bãi nghêu được giao cho 1 hợp tác xã và 9 tổ hợp tác quản lý, với 2.135 thành viên. Sản lượng 9 tháng của toàn huyện đạt 7.820 tấn, tăng 6,4% so với cùng kỳ, trong đó xã Kiểng Phước đạt 2.410 tấn.

Ông Nguyễn Văn Ba, Tổ trưởng Tổ hợp tác nghêu ấp Tân Phú, cho biết tổ có 186 thành viên, quản lý 95 ha; giá nghêu tại bãi hiện khoảng 27.000 đồng/kg, mỗi kg nghêu loại 1 có từ 40 đến 45 con.

Năm 2024, huyện phấn đấu sản lượng nghêu đạt 10.500 tấn, đồng thời thả nuôi thêm khoảng 600 tấn giống. UBND huyện đề nghị các xã tăng cường tuần tra, xử lý nghiêm tình trạng khai thác trộm; từ đầu năm đến nay đã phát hiện 14 vụ, tịch thu 2,3 tấn nghêu.

Liên hệ: UBND xã Tân Thành, ấp Tân Phú, xã Tân Thành, huyện Gò Công Đông. Điện thoại: 0273.3946.118.
"""

GD = P("giai đoạn 2024-2028", "2024-01-01", "2028-12-31")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M9b = P("9 tháng", "2023-01-01", "2023-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SINCE = P("từ đầu năm đến nay", "2023-01-01", "2023-10-25")
FIGS = [
    F("bãi nghêu cho 5 tổ hợp tác", "5", 5, "count", "tổ hợp tác", "tổ hợp tác được giao khoán bãi nghêu"),
    F("Theo đó, 5 tổ hợp tác", "5", 5, "count", "tổ hợp tác", "tổ hợp tác được giao khoán bãi nghêu", GD),
    F("tổng diện tích 412 ha", "412", 412, "measure", "ha", "diện tích bãi nghêu giao khoán", GD),
    F("1,2 triệu đồng/ha/năm", "1,2", 1.2e6, "money", "đồng/ha/năm", "tiền khoán bãi nghêu mỗi tổ hợp tác nộp", I(GD)),
    F("gần 495 triệu đồng", "495", 495e6, "money", "đồng", "tổng tiền khoán bãi nghêu mỗi năm", I(GD), approx="nearly"),
    F("thu hoạch 3.640 tấn", "3.640", 3640, "measure", "tấn", "nghêu các tổ hợp tác của xã thu hoạch", M9, percent=91),
    F("khoảng 98 tỷ đồng", "98", 98e9, "money", "đồng", "doanh thu các tổ hợp tác nghêu của xã", M9, approx="about"),
    F("thu 1.150 tấn", "1.150", 1150, "measure", "tấn", "nghêu Tổ hợp tác nghêu Tân Thành 1 thu hoạch", M9, total=3640),
    F("bình quân 18,5 triệu đồng", "18,5", 18.5e6, "money", "đồng", "lợi nhuận chia mỗi thành viên", I(M9)),
    F("có 1.960 ha", "1.960", 1960, "measure", "ha", "bãi nghêu được giao quản lý"),
    F("cho 1 hợp tác xã", "1", 1, "count", "hợp tác xã", "hợp tác xã được giao quản lý bãi nghêu"),
    F("và 9 tổ hợp tác", "9", 9, "count", "tổ hợp tác", "tổ hợp tác được giao quản lý bãi nghêu"),
    F("2.135 thành viên", "2.135", 2135, "count", "thành viên", "thành viên hợp tác xã, tổ hợp tác nghêu"),
    F("đạt 7.820 tấn", "7.820", 7820, "measure", "tấn", "sản lượng nghêu toàn huyện", M9b,
      change=CH("increase", 6.4, "%", "cùng kỳ")),
    F("đạt 2.410 tấn", "2.410", 2410, "measure", "tấn", "sản lượng nghêu xã Kiểng Phước", M9b, total=7820),
    F("có 186 thành viên", "186", 186, "count", "thành viên", "thành viên tổ hợp tác nghêu ấp Tân Phú"),
    F("quản lý 95 ha", "95", 95, "measure", "ha", "diện tích tổ hợp tác nghêu ấp Tân Phú quản lý"),
    F("khoảng 27.000 đồng/kg", "27.000", 27000, "money", "đồng/kg", "giá nghêu tại bãi", approx="about"),
    F("từ 40 đến 45 con", "40", 40, "count", "con", "số con mỗi kg nghêu loại 1", value_max=45, optional=True),
    F("đạt 10.500 tấn", "10.500", 10500, "measure", "tấn", "sản lượng nghêu", Y24, status="target"),
    F("khoảng 600 tấn giống", "600", 600, "measure", "tấn", "nghêu giống thả nuôi thêm", Y24,
      approx="about", status="target"),
    F("phát hiện 14 vụ", "14", 14, "count", "vụ", "vụ khai thác nghêu trộm bị phát hiện", SINCE),
    F("tịch thu 2,3 tấn", "2,3", 2.3, "measure", "tấn", "nghêu bị tịch thu", SINCE),
]

build("p976-2", TEXT, [
    "Cổng TTĐT huyện Gò Công Đông (Tiền Giang): xã Tân Thành giao khoán bãi nghêu; 9 tháng 2023 harvest. Dateline Thứ Tư, 25/10/2023 - 10:20.",
    "Commune figures take the district as location (FIGURES.md names province, city or district). Headline count restated in the body: both.",
    "Distractors: 'Sáng 24/10', 'giai đoạn 2024-2028', 'Tân Thành 1' (name), 'nghêu loại 1' (grade), 'Nguyễn Văn Ba', phone 0273.3946.118.",
], FIGS, published="2023-10-25", location="Gò Công Đông")
