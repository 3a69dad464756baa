"""p1379-2: district portal (huyện Hải Hậu, Nam Định): civilised weddings 6 months 2024, wedding services of the district."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn hóa - Xã hội | Liên hệ

Hải Hậu: 96% đám cưới thực hiện nếp sống văn minh

12/07/2024 - 08:45

Sáu tháng đầu năm 2024, toàn huyện có 684 cặp đăng ký kết hôn, tăng 7,2% so với cùng kỳ năm 2023; tổ chức 652 đám cưới, trong đó 626 đám cưới thực hiện đúng quy định về nếp sống văn minh, đạt tỷ lệ 96%.

Theo hương ước, quy ước của các xã, thị trấn, mỗi đám cưới tổ chức không quá 30 mâm cỗ, không dùng loa đài công suất lớn sau 22 giờ. Các xã Hải Lý, Hải Chính, Hải Triều có 100% đám cưới thực hiện nếp sống văn minh. Mức mừng cưới phổ biến hiện nay từ 300.000 đến 500.000 đồng/người. Ban vận động các thôn, xóm đã vận động 118 gia đình không tổ chức ăn uống linh đình, tiết kiệm ước khoảng 1,9 tỷ đồng.

Trên địa bàn huyện có 26 cơ sở cho thuê rạp cưới, trang phục cưới và 9 nhà hàng tiệc cưới, tập trung chủ yếu ở thị trấn Yên Định và thị trấn Thịnh Long. Hội Liên hiệp Phụ nữ huyện duy trì 12 câu lạc bộ "Gia đình hạnh phúc" với hơn 420 hội viên; Huyện đoàn tổ chức ba buổi tư vấn tiền hôn nhân cho gần 300 đoàn viên thanh niên.

Mục tiêu đến năm 2025, tỷ lệ đám cưới thực hiện nếp sống văn minh đạt từ 98% trở lên; 100% đám cưới của cán bộ, đảng viên thực hiện đúng quy định.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Hải Hậu tổng kết 10 năm xây dựng nông thôn mới
- Xã Hải Đông ra mắt mô hình "Khu dân cư văn minh"

UBND HUYỆN HẢI HẬU
Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định
Điện thoại: 0228.3877.215
"""

H1 = period("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hải Hậu: 96%", "96", 96, "percent", "%", subject="đám cưới thực hiện nếp sống văn minh"),
    F("có 684 cặp", "684", 684, "count", "cặp", change=change("increase", 7.2, "%", "cùng kỳ năm 2023"),
      subject="cặp đăng ký kết hôn", period=H1),
    F("tổ chức 652 đám", "652", 652, "count", "đám cưới", subject="đám cưới tổ chức", period=H1),
    F("trong đó 626 đám", "626", 626, "count", "đám cưới", total=652, percent=96,
      subject="đám cưới thực hiện đúng quy định về nếp sống văn minh", period=H1),
    F("không quá 30 mâm", "30", 30, "count", "mâm cỗ", approx="at_most",
      subject="mâm cỗ mỗi đám cưới theo hương ước, quy ước", optional=True),
    F("có 100% đám", "100", 100, "percent", "%",
      subject="đám cưới thực hiện nếp sống văn minh ở các xã Hải Lý, Hải Chính, Hải Triều", period=inherit(H1)),
    F("từ 300.000 đến 500.000", "300.000", 300000, "money", "đồng/người", value_max=500000,
      subject="mức mừng cưới phổ biến"),
    F("vận động 118 gia đình", "118", 118, "count", "gia đình",
      subject="gia đình không tổ chức ăn uống linh đình", period=inherit(H1)),
    F("ước khoảng 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="about", status="estimate",
      subject="số tiền tiết kiệm", period=inherit(H1)),
    F("có 26 cơ sở", "26", 26, "count", "cơ sở", subject="cơ sở cho thuê rạp cưới, trang phục cưới"),
    F("và 9 nhà hàng", "9", 9, "count", "nhà hàng", subject="nhà hàng tiệc cưới"),
    F("duy trì 12 câu lạc bộ", "12", 12, "count", "câu lạc bộ",
      subject="câu lạc bộ \"Gia đình hạnh phúc\" Hội Liên hiệp Phụ nữ huyện duy trì"),
    F("hơn 420 hội viên", "420", 420, "count", "hội viên", approx="over",
      subject="hội viên câu lạc bộ \"Gia đình hạnh phúc\""),
    F("tổ chức ba buổi", "ba", 3, "count", "buổi", subject="buổi tư vấn tiền hôn nhân Huyện đoàn tổ chức"),
    F("gần 300 đoàn viên", "300", 300, "count", "đoàn viên", approx="nearly",
      subject="đoàn viên thanh niên được tư vấn tiền hôn nhân"),
    F("từ 98% trở lên", "98", 98, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ đám cưới thực hiện nếp sống văn minh", period=T25),
    F("; 100% đám cưới", "100", 100, "percent", "%", status="target",
      subject="đám cưới của cán bộ, đảng viên thực hiện đúng quy định", period=T25),
]

NOTES = [
    "District portal (huyện Hải Hậu, Nam Định): banner naming the district, menu, '12/07/2024 - 08:45' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 08:45, 'sau 22 giờ' (time of day), '10 năm' in a link title, 'Khu 4' (address), phone 0228.3877.215.",
    "Location Hải Hậu for all: communes (Hải Lý, ...) and towns (Yên Định, Thịnh Long) are below district level, so they stay in subject.",
    "'trong đó 626 đám cưới ..., đạt tỷ lệ 96%': total 652, percent 96. 'không quá 30 mâm cỗ' is a rule of the village covenant, not a",
    "fact or a target: optional. 'Mức mừng cưới phổ biến hiện nay' is a standing range: no period.",
    "Paragraph 2 figures inherit 'Sáu tháng đầu năm 2024' only where they report results (100%, 118, 1,9 tỷ); 'ước khoảng' gives estimate and about.",
    "'từ 98% trở lên' = at least (at_least); 'Mục tiêu đến năm 2025' governs both clauses of its sentence (target, start null).",
]

if __name__ == "__main__":
    write("p1379-2", TEXT, NOTES, FIGS, published="2024-07-12", location="Hải Hậu")
