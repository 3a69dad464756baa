"""p897-8: Báo Bắc Giang online (BGĐT), sewing groups in huyện Lục Nam, 9 months of 2024; headline figure."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế > Công nghiệp

9 tháng, tổ may gia công ở Lục Nam thu gần 185 tỷ đồng

Cập nhật lúc 15:40, Thứ hai, 14/10/2024

(BGĐT) - 9 tháng năm 2024, 64 cơ sở, tổ may gia công trên địa bàn huyện Lục Nam đạt doanh thu gần 185 tỷ đồng, tăng 17,3% so với cùng kỳ năm 2023 và bằng 78% kế hoạch năm. Các cơ sở sản xuất hơn 9,6 triệu sản phẩm các loại, trong đó hàng xuất khẩu 6,2 triệu sản phẩm.

Hiện các tổ may giải quyết việc làm cho 3.150 lao động, trong số này có 2.870 lao động nữ và 410 người dân tộc thiểu số. Thu nhập bình quân 7,2 triệu đồng/người/tháng, tăng 600 nghìn đồng so với năm 2023.

Các xã có nhiều tổ may là Nghĩa Phương, Cương Sơn và Bảo Sơn với số lao động lần lượt là 520, 470 và 390 người. Nhiều tổ may đã ký hợp đồng gia công dài hạn với các doanh nghiệp may tại Khu công nghiệp Quang Châu và Khu công nghiệp Song Khê - Nội Hoàng.

Năm 2024, UBND huyện hỗ trợ lãi suất cho 18 tổ may vay vốn mua sắm thiết bị với tổng dư nợ 12,5 tỷ đồng. Huyện cũng phối hợp tổ chức 8 lớp đào tạo nghề may cho 240 học viên.

Quý IV/2024, dự kiến các tổ may tiếp tục nhận khoảng 3 triệu sản phẩm. Mục tiêu đến năm 2030, huyện có 100 cơ sở, tổ may gia công với trên 5.000 lao động.

Thu Hương
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "số lao động của tổ may"

FIGS = [
    F("Lục Nam thu gần 185", "185", 185e9, "money", "đồng", "doanh thu của tổ may gia công",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("64 cơ sở, tổ may", "64", 64, "count", "cơ sở, tổ may", "cơ sở, tổ may gia công", M9),
    F("doanh thu gần 185 tỷ đồng", "185", 185e9, "money", "đồng", "doanh thu của các cơ sở, tổ may gia công", M9,
      approx="nearly", change=C("+", 17.3, "%", "cùng kỳ năm 2023"), percent=78),
    F("hơn 9,6 triệu sản phẩm", "9,6", 9.6e6, "count", "sản phẩm", "sản phẩm các loại các cơ sở sản xuất", I(M9),
      approx="over"),
    F("khẩu 6,2 triệu sản phẩm", "6,2", 6.2e6, "count", "sản phẩm", "sản phẩm hàng xuất khẩu", I(M9), total=9.6e6),
    F("cho 3.150 lao động", "3.150", 3150, "count", "lao động", "lao động được các tổ may giải quyết việc làm"),
    F("có 2.870 lao động nữ", "2.870", 2870, "count", "lao động nữ", "lao động nữ", total=3150),
    F("và 410 người", "410", 410, "count", "người", "người dân tộc thiểu số", total=3150),
    F("bình quân 7,2 triệu đồng/người/tháng", "7,2", 7.2e6, "money", "đồng/người/tháng", "thu nhập bình quân",
      change=C("+", 600000, "đồng", "năm 2023")),
    F("lần lượt là 520,", "520", 520, "count", "người", LIST),
    F(" 470 và", "470", 470, "count", "người", LIST),
    F("và 390 người", "390", 390, "count", "người", LIST),
    F("cho 18 tổ may", "18", 18, "count", "tổ may", "tổ may được hỗ trợ lãi suất vay vốn mua sắm thiết bị", Y24),
    F("dư nợ 12,5 tỷ đồng", "12,5", 12.5e9, "money", "đồng", "tổng dư nợ", Y24),
    F("tổ chức 8 lớp", "8", 8, "count", "lớp", "lớp đào tạo nghề may", I(Y24)),
    F("cho 240 học viên", "240", 240, "count", "học viên", "học viên đào tạo nghề may", I(Y24)),
    F("khoảng 3 triệu sản phẩm", "3", 3e6, "count", "sản phẩm", "sản phẩm các tổ may tiếp tục nhận",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("có 100 cơ sở", "100", 100, "count", "cơ sở, tổ may", "cơ sở, tổ may gia công", T30, status="target"),
    F("trên 5.000 lao động", "5.000", 5000, "count", "lao động", "lao động của cơ sở, tổ may gia công", T30,
      approx="over", status="target"),
]

write("p897-8", TEXT, FIGS, published="2024-10-14", location="Lục Nam", comments=[
    "Báo Bắc Giang điện tử: tổ may gia công in huyện Lục Nam, 9 tháng năm 2024; headline figure, 'Cập nhật lúc 15:40, Thứ hai, 14/10/2024', '(BGĐT) -'.",
    "Not figures: 15:40, (BGĐT), Khu công nghiệp Quang Châu / Song Khê - Nội Hoàng. The year-less headline '9 tháng' takes 2024 (the dateline).",
    "'trong số này có 2.870 lao động nữ và 410 người dân tộc thiểu số' → both parts of 3.150. 'Hiện' gives no period.",
    "Commune list 'lần lượt là 520, 470 và 390 người' shares the indicator 'số lao động'; communes are not provinces/districts, so location stays Lục Nam.",
])
