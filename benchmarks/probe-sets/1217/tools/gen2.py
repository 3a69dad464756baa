"""p1217-2: district portal (huyện Phú Xuyên, Hà Nội), làng tò he Xuân La, Trung thu 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ XUYÊN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Làng tò he Xuân La vào mùa Trung thu

Ngày đăng: 11/09/2024 - 15:20

Làng Xuân La (xã Phượng Dực) hiện có khoảng 120 hộ với gần 200 thợ nặn tò he, trong đó có 3 nghệ nhân được UBND thành phố Hà Nội phong tặng danh hiệu. Dịp Trung thu, mỗi thợ lành nghề nặn được từ 300 đến 400 con/ngày; giá bán lẻ 10.000-25.000 đồng/con tùy mẫu.

Năm 2023, làng nghề bán ra khoảng 450.000 sản phẩm tò he, doanh thu trên 6 tỷ đồng. Trung thu năm nay, hơn 70 thợ của làng được mời biểu diễn, dạy nặn tò he tại các trường học, trung tâm thương mại ở nội thành với thù lao từ 500.000 đến 800.000 đồng/buổi.

Ông Đặng Văn Tuấn, 58 tuổi, ở thôn Xuân La cho biết gia đình ông có hai con trai theo nghề, mỗi mùa Trung thu đi biểu diễn ở khoảng 25 trường học.

Toàn huyện hiện có 124 làng có nghề, trong đó 46 làng được UBND thành phố công nhận làng nghề truyền thống. 8 tháng đầu năm, giá trị sản xuất công nghiệp - tiểu thủ công nghiệp và làng nghề của huyện ước đạt 2.150 tỷ đồng, tăng 6,8% so với cùng kỳ.

Huyện phấn đấu năm 2025 đưa Xuân La thành điểm du lịch trải nghiệm nghề tò he, đón ít nhất 15.000 lượt khách.

Tin khác:
- Hội thi nặn tò he lần thứ 2 năm 2024
- Phú Xuyên: 12 nghệ nhân được vinh danh tại Festival làng nghề

UBND HUYỆN PHÚ XUYÊN
Địa chỉ: Tiểu khu Mỹ Lâm, thị trấn Phú Xuyên, TP Hà Nội | Điện thoại: 024.3385.4123
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("năm nay", "2024-01-01", "2024-12-31")
M8 = P("8 tháng đầu năm", "2024-01-01", "2024-08-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 120 hộ", "120", 120, "count", "hộ", approx="about", subject="hộ làng Xuân La làm tò he"),
    F("gần 200 thợ", "200", 200, "count", "thợ", approx="nearly", subject="thợ nặn tò he"),
    F("có 3 nghệ nhân", "3", 3, "count", "nghệ nhân", total=200,
      subject="nghệ nhân được phong tặng danh hiệu"),
    F("từ 300 đến 400 con", "300", 300, "measure", "con/ngày", value_max=400,
      subject="tò he mỗi thợ lành nghề nặn được"),
    F("10.000-25.000 đồng", "10.000", 10000, "money", "đồng/con", value_max=25000,
      subject="giá bán lẻ tò he"),
    F("khoảng 450.000 sản phẩm", "450.000", 450000, "count", "sản phẩm", approx="about",
      subject="sản phẩm tò he làng nghề bán ra", period=Y23),
    F("trên 6 tỷ", "6", 6000000000, "money", "đồng", approx="over",
      subject="doanh thu làng nghề tò he", period=Y23),
    F("hơn 70 thợ", "70", 70, "count", "thợ", approx="over",
      subject="thợ được mời biểu diễn, dạy nặn tò he", period=NOW),
    F("từ 500.000 đến 800.000", "500.000", 500000, "money", "đồng/buổi", value_max=800000,
      subject="thù lao biểu diễn, dạy nặn tò he", period=NOW),
    F("58 tuổi", "58", 58, "measure", "tuổi", optional=True, subject="tuổi ông Đặng Văn Tuấn"),
    F("có hai con trai", "hai", 2, "count", "con trai", subject="con trai theo nghề của gia đình ông Tuấn"),
    F("khoảng 25 trường", "25", 25, "count", "trường học", approx="about",
      subject="trường học gia đình đi biểu diễn mỗi mùa Trung thu"),
    F("có 124 làng", "124", 124, "count", "làng", subject="làng có nghề"),
    F("46 làng", "46", 46, "count", "làng", total=124,
      subject="làng được công nhận làng nghề truyền thống"),
    F("ước đạt 2.150 tỷ", "2.150", 2150000000000, "money", "đồng", status="estimate",
      change=C("increase", 6.8, "%", "cùng kỳ"),
      subject="giá trị sản xuất công nghiệp - tiểu thủ công nghiệp và làng nghề", period=M8),
    F("ít nhất 15.000 lượt", "15.000", 15000, "count", "lượt khách", approx="at_least", status="target",
      subject="lượt khách đến điểm du lịch trải nghiệm nghề tò he Xuân La", period=Y25),
    F("Phú Xuyên: 12 nghệ nhân", "12", 12, "count", "nghệ nhân", optional=True,
      subject="nghệ nhân được vinh danh tại Festival làng nghề"),
]

NOTES = [
    "District portal (huyện Phú Xuyên, Hà Nội): menu, 'Ngày đăng: 11/09/2024 - 15:20', related links, footer address and phone.",
    "Default location Phú Xuyên (the district); Xuân La village lies in it. 'UBND thành phố Hà Nội phong tặng' is not the place of a figure.",
    "Year-less '8 tháng đầu năm' and 'năm nay' take 2024 from the dateline. 'mỗi thợ … con/ngày' is a rate (measure, unit con/ngày).",
    "'hai con trai' is a number word. '58 tuổi' is an age (optional). 3 nghệ nhân are part of the 200 thợ ('trong đó').",
    "Distractors: 15:20, 'lần thứ 2 năm 2024', '12 nghệ nhân' in a related-link title (another article's headline: optional), phone 024.3385.4123.",
]

if __name__ == "__main__":
    write("p1217-2", TEXT, NOTES, FIGS, published="2024-09-11", location="Phú Xuyên")
