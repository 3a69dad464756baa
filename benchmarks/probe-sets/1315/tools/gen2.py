"""p1315-2: district portal (quận Cầu Giấy, Hà Nội): software firms 2023, one outsourcing company, 2024 plans."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY
Thành phố Hà Nội
Trang chủ | Tin tức - Sự kiện | Kinh tế - Đô thị | Doanh nghiệp

Cầu Giấy: doanh nghiệp phần mềm tăng cả về số lượng và doanh thu

Ngày đăng: 15/03/2024 | Phòng Kinh tế

Năm 2023, trên địa bàn quận có 2.860 doanh nghiệp hoạt động trong lĩnh vực công nghệ thông tin, tăng 175 doanh nghiệp so với năm 2022; trong đó khoảng 1.100 doanh nghiệp phần mềm, chiếm 38,5%. Tổng doanh thu của các doanh nghiệp phần mềm trên địa bàn đạt gần 19.000 tỷ đồng, tăng 8,7% so với năm trước.

Công ty cổ phần Phần mềm Trung Kính (TKSoft), trụ sở tại số 88 Trần Thái Tông, là doanh nghiệp gia công phần mềm tiêu biểu của quận. Năm 2023, công ty đạt doanh thu 1.240 tỷ đồng, trong đó 85% từ các hợp đồng gia công cho khách hàng Nhật Bản và châu Âu; lợi nhuận sau thuế 96 tỷ đồng. Công ty hiện có hơn 1.800 kỹ sư, trong đó gần 400 kỹ sư có chứng chỉ tiếng Nhật N2 trở lên, thu nhập bình quân khoảng 26 triệu đồng/người/tháng. Năm 2024, công ty đặt mục tiêu doanh thu 1.500 tỷ đồng và tuyển thêm từ 300 đến 350 kỹ sư.

Năm 2024, UBND quận phấn đấu thu hút thêm ít nhất 150 doanh nghiệp công nghệ thông tin, hỗ trợ ba chục doanh nghiệp khởi nghiệp sáng tạo và mở 2 khóa đào tạo kỹ năng số cho cán bộ, công chức.

Nguồn: Phòng Kinh tế quận Cầu Giấy

Tin khác:
- Cầu Giấy tổng kết cuộc thi "Sáng tạo trẻ" lần thứ 5
- Quận Cầu Giấy triển khai Đề án 06 năm 2024

UBND QUẬN CẦU GIẤY
Địa chỉ: 36 Cầu Giấy, phường Quan Hoa, quận Cầu Giấy, Hà Nội
Điện thoại: 024.3835.2190
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 2.860 doanh nghiệp", "2.860", 2860, "count", "doanh nghiệp",
      "doanh nghiệp hoạt động trong lĩnh vực công nghệ thông tin", Y23,
      change=change("increase", 175, "doanh nghiệp", "năm 2022")),
    F("khoảng 1.100 doanh nghiệp", "1.100", 1100, "count", "doanh nghiệp", "doanh nghiệp phần mềm", Y23,
      approx="about", total=2860, percent=38.5),
    F("gần 19.000 tỷ", "19.000", 19000e9, "money", "đồng", "tổng doanh thu của các doanh nghiệp phần mềm",
      inherit(Y23), approx="nearly", change=change("increase", 8.7, "%", "năm trước")),
    F("doanh thu 1.240 tỷ", "1.240", 1240e9, "money", "đồng", "doanh thu của công ty", Y23),
    F("trong đó 85%", "85", 85, "percent", "%",
      "doanh thu từ các hợp đồng gia công cho khách hàng Nhật Bản và châu Âu", Y23),
    F("thuế 96 tỷ", "96", 96e9, "money", "đồng", "lợi nhuận sau thuế của công ty", Y23),
    F("hơn 1.800 kỹ sư", "1.800", 1800, "count", "kỹ sư", "kỹ sư của công ty", approx="over"),
    F("gần 400 kỹ sư", "400", 400, "count", "kỹ sư", "kỹ sư có chứng chỉ tiếng Nhật N2 trở lên",
      approx="nearly", total=1800),
    F("khoảng 26 triệu", "26", 26e6, "money", "đồng/người/tháng", "thu nhập bình quân", approx="about"),
    F("doanh thu 1.500 tỷ", "1.500", 1500e9, "money", "đồng", "doanh thu của công ty", Y24, status="target"),
    F("từ 300 đến 350", "300", 300, "count", "kỹ sư", "kỹ sư tuyển thêm", Y24, value_max=350, status="target"),
    F("ít nhất 150 doanh nghiệp", "150", 150, "count", "doanh nghiệp",
      "doanh nghiệp công nghệ thông tin thu hút thêm", Y24, approx="at_least", status="target"),
    F("hỗ trợ ba chục", "ba chục", 30, "count", "doanh nghiệp", "doanh nghiệp khởi nghiệp sáng tạo được hỗ trợ", Y24,
      status="target"),
    F("mở 2 khóa", "2", 2, "count", "khóa", "khóa đào tạo kỹ năng số cho cán bộ, công chức", Y24, status="target"),
]

NOTES = [
    "District portal (quận Cầu Giấy, Hà Nội): banner, menu, 'Ngày đăng: 15/03/2024 | Phòng Kinh tế', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'số 88 Trần Thái Tông', '36 Cầu Giấy', phone 024.3835.2190, 'N2' (a certificate level), 'lần thứ 5', 'Đề án 06', 'năm 2024' in a link.",
    "All figures are located in Cầu Giấy (the district portal; the company's head office is in the district).",
    "'tăng 175 doanh nghiệp so với năm 2022' is the change of 2.860; 'trong đó khoảng 1.100 …, chiếm 38,5%' -> total 2.860, percent 38,5.",
    "'trong đó 85% từ các hợp đồng gia công' is the share of a part: a percent figure of its own.",
    "'hiện có hơn 1.800 kỹ sư' and the wage carry no period. 'đặt mục tiêu' governs both clauses joined by 'và' (target).",
    "'ba chục' = 30 (number words are numbers).",
]

if __name__ == "__main__":
    write("p1315-2", TEXT, NOTES, FIGS, published="2024-03-15", location="Cầu Giấy")
