"""p1429-2: district portal (huyện Gio Linh, Quảng Trị): a quartz-sand washing plant opens in xã Gio Hải."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIO LINH - TỈNH QUẢNG TRỊ
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn bản

Khánh thành nhà máy tuyển cát thạch anh tại xã Gio Hải

20/08/2024 - 14:05

Sáng 19/8, Công ty TNHH Silica Cửa Việt khánh thành nhà máy tuyển rửa cát thạch anh tại Cụm công nghiệp Gio Hải. Nhà máy có tổng vốn đầu tư 215 tỷ đồng, xây dựng trên diện tích 6,8 ha, công suất thiết kế 300.000 tấn sản phẩm/năm.

Theo ông Lê Văn Thạch, Giám đốc công ty, nguyên liệu được lấy từ hai mỏ cát trắng tại xã Gio Hải và xã Gio Mỹ với tổng trữ lượng khoảng 14,5 triệu tấn, đủ cho nhà máy hoạt động hơn 40 năm. Sản phẩm có hàm lượng SiO2 từ 99,5% trở lên, hàm lượng Fe2O3 dưới 0,012%, đáp ứng yêu cầu làm kính nổi và kính năng lượng mặt trời.

Năm 2024, nhà máy dự kiến sản xuất khoảng 120.000 tấn, doanh thu khoảng 66 tỷ đồng; sang năm 2025 nâng lên 250.000-280.000 tấn. Toàn bộ sản phẩm được bao tiêu bởi Công ty cổ phần Kính Solar Phong Điền (Thừa Thiên Huế).

Nhà máy tạo việc làm cho 85 lao động, trong đó 62 người là con em địa phương, thu nhập bình quân từ 8 đến 9,5 triệu đồng/người/tháng. Công ty đã hỗ trợ ba chục hộ dân bị ảnh hưởng với tổng kinh phí 4,2 tỷ đồng và đóng góp 500 triệu đồng xây dựng nhà văn hóa thôn 4, xã Gio Hải.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND huyện cho biết, hiện trên địa bàn huyện có 4 dự án khai thác, chế biến cát trắng với tổng vốn đăng ký gần 900 tỷ đồng. 6 tháng đầu năm 2024, các dự án nộp ngân sách 12,6 tỷ đồng, tăng 18% so với cùng kỳ. Huyện phấn đấu đến năm 2025 tỷ lệ lao động địa phương tại các dự án đạt ít nhất 80%.

Nguồn: Phòng Kinh tế và Hạ tầng
Tin khác:
- Gio Linh: Ra quân làm sạch bãi biển Gio Hải năm 2024
Địa chỉ: Khu phố 3, thị trấn Gio Linh, tỉnh Quảng Trị
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đầu tư 215 tỷ", "215", 215e9, "money", "đồng", subject="tổng vốn đầu tư nhà máy"),
    F("diện tích 6,8 ha", "6,8", 6.8, "measure", "ha", subject="diện tích nhà máy"),
    F("thiết kế 300.000 tấn", "300.000", 300000, "measure", "tấn/năm",
      subject="công suất thiết kế nhà máy"),
    F("từ hai mỏ", "hai", 2, "count", "mỏ", subject="mỏ cát trắng cung cấp nguyên liệu"),
    F("khoảng 14,5 triệu", "14,5", 14.5e6, "measure", "tấn", approx="about",
      subject="tổng trữ lượng hai mỏ cát trắng"),
    F("hơn 40 năm", "40", 40, "measure", "năm", approx="over",
      subject="thời gian nhà máy hoạt động bằng nguyên liệu hai mỏ"),
    F("từ 99,5% trở lên", "99,5", 99.5, "percent", "%", approx="at_least",
      subject="hàm lượng SiO2 của sản phẩm"),
    F("dưới 0,012%", "0,012", 0.012, "percent", "%", approx="under",
      subject="hàm lượng Fe2O3 của sản phẩm"),
    F("khoảng 120.000 tấn", "120.000", 120000, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng nhà máy sản xuất", period=Y24),
    F("khoảng 66 tỷ", "66", 66e9, "money", "đồng", approx="about", status="forecast",
      subject="doanh thu nhà máy", period=Y24),
    F("250.000-280.000 tấn", "250.000", 250000, "measure", "tấn", value_max=280000, status="forecast",
      subject="sản lượng nhà máy", period=Y25),
    F("cho 85 lao động", "85", 85, "count", "lao động", subject="lao động nhà máy tạo việc làm"),
    F("62 người", "62", 62, "count", "người", total=85, subject="lao động là con em địa phương"),
    F("từ 8 đến 9,5 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=9.5e6,
      subject="thu nhập bình quân lao động nhà máy"),
    F("ba chục hộ", "ba chục", 30, "count", "hộ dân", subject="hộ dân bị ảnh hưởng được hỗ trợ"),
    F("kinh phí 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", subject="tổng kinh phí hỗ trợ hộ dân bị ảnh hưởng"),
    F("góp 500 triệu", "500", 500e6, "money", "đồng", subject="kinh phí đóng góp xây dựng nhà văn hóa"),
    F("có 4 dự án", "4", 4, "count", "dự án", subject="dự án khai thác, chế biến cát trắng"),
    F("gần 900 tỷ", "900", 900e9, "money", "đồng", approx="nearly",
      subject="tổng vốn đăng ký của các dự án khai thác, chế biến cát trắng"),
    F("ngân sách 12,6 tỷ", "12,6", 12.6e9, "money", "đồng", change=C("increase", 18, "%", "cùng kỳ"),
      subject="các dự án nộp ngân sách", period=H1),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ lao động địa phương tại các dự án", period=TO25),
]

NOTES = [
    "District portal (huyện Gio Linh, Quảng Trị): banner, menu, date '20/08/2024 - 14:05' under the headline, 'Nguồn:', 'Tin khác', address.",
    "Distractors: 'Sáng 19/8', 14:05, SiO2, Fe2O3, 'thôn 4', 'Khu phố 3', 'năm 2024' in a link title.",
    "Location Gio Linh (district portal) for all figures; the buyer named in '(Thừa Thiên Huế)' does not move the plant.",
    "'hơn 40 năm' (the mines' life for the plant) is a claimed duration, not a time locator: a measure in năm.",
    "'từ 99,5% trở lên' read as at_least. 'ba chục hộ' = 30. 'trong đó 62 người' takes total 85.",
    "'dự kiến' governs '120.000 tấn', 'doanh thu khoảng 66 tỷ' and the clause after ';' ('sang năm 2025 nâng lên'): forecast.",
    "'đến năm 2025' target: start null, end 2025-12-31.",
    "revised after the first run: unit of '300.000 tấn sản phẩm/năm' 'tấn sản phẩm/năm' → 'tấn/năm' (FIGURES.md: the unit is the",
    "shortest noun phrase; for a measure that is the measuring unit with its denominator; 'sản phẩm' names what is measured).",
]

if __name__ == "__main__":
    write("p1429-2", TEXT, NOTES, FIGS, published="2024-08-20", location="Gio Linh")
