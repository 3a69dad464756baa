"""p1537-2: district portal (huyện Phú Xuyên, Hà Nội): leather craft village of xã Phú Yên, a cooperative making belts."""
from lib import F, period, inherit, change, target, write

TEXT = """ỦY BAN NHÂN DÂN HUYỆN PHÚ XUYÊN - CỔNG GIAO TIẾP ĐIỆN TỬ
Trang chủ | Tin tức - Sự kiện | Kinh tế | Làng nghề

Làng nghề đồ da Phú Yên vươn ra thị trường lớn

Ngày đăng: 14/05/2024

Xã Phú Yên hiện có hơn 400 hộ làm nghề, trong đó khoảng 120 hộ chuyên sản xuất ví da và thắt lưng da, thu hút gần 1.500 lao động trong và ngoài xã. Năm 2023, làng nghề sản xuất khoảng 2,4 triệu sản phẩm ví, thắt lưng các loại; doanh thu ước đạt 310 tỷ đồng, tăng 8% so với năm 2022.

Hợp tác xã Da thủ công Phú Yên (thành lập năm 2017) có 28 thành viên, mỗi tháng cung ứng ra thị trường từ 15.000 đến 18.000 chiếc thắt lưng. Giá bán buôn dao động 90.000-250.000 đồng/chiếc tùy chất liệu da bò hay da tổng hợp. Sản phẩm thắt lưng da bò của HTX đạt OCOP 3 sao năm 2022.

Ông Nguyễn Văn Thạo, Giám đốc HTX cho biết, 4 tháng đầu năm nay, HTX đã ký được ba hợp đồng cung ứng với các chuỗi cửa hàng thời trang tại Hà Nội và TP Hồ Chí Minh, tổng giá trị gần 2 tỷ đồng. Năm 2023, xã phối hợp mở hai lớp đào tạo nghề cho khoảng ba chục lao động trẻ.

Huyện phấn đấu đến năm 2025 có ít nhất 5 sản phẩm đồ da đạt OCOP từ 3 sao trở lên, nâng doanh thu của làng nghề lên 400 tỷ đồng/năm và tỷ lệ hộ sản xuất có đăng ký kinh doanh đạt 90%.

Tin khác:
- Hội nghị tổng kết công tác xây dựng nông thôn mới năm 2023
- Phú Xuyên: Ra quân tháng hành động vì an toàn thực phẩm

Địa chỉ: Tiểu khu Mỹ Lâm, thị trấn Phú Xuyên, huyện Phú Xuyên, TP Hà Nội
Điện thoại: 024.3385.4021
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("Năm 2023", "2023-01-01", "2023-12-31")
M4 = period("4 tháng đầu năm nay", "2024-01-01", "2024-04-30")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 400 hộ", "400", 400, "count", "hộ", approx="over",
      subject="hộ làm nghề"),
    F("khoảng 120 hộ", "120", 120, "count", "hộ", approx="about", total=400,
      subject="hộ chuyên sản xuất ví da và thắt lưng da"),
    F("gần 1.500 lao động", "1.500", 1500, "count", "lao động", approx="nearly",
      subject="lao động trong và ngoài xã"),
    F("khoảng 2,4 triệu", "2,4", 2.4e6, "count", "sản phẩm", approx="about",
      subject="sản phẩm ví, thắt lưng các loại làng nghề sản xuất", period=Y23),
    F("ước đạt 310 tỷ", "310", 310e9, "money", "đồng", status="estimate",
      change=change("increase", 8, "%", "năm 2022"),
      subject="doanh thu làng nghề", period=Y23),
    F("có 28 thành viên", "28", 28, "count", "thành viên",
      subject="thành viên Hợp tác xã Da thủ công Phú Yên"),
    F("từ 15.000 đến 18.000", "15.000", 15000, "measure", "chiếc/tháng", value_max=18000,
      subject="thắt lưng cung ứng ra thị trường mỗi tháng"),
    F("90.000-250.000", "90.000", 90000, "money", "đồng/chiếc", value_max=250000,
      subject="giá bán buôn thắt lưng"),
    F("ký được ba hợp đồng", "ba", 3, "count", "hợp đồng",
      subject="hợp đồng cung ứng HTX ký được", period=M4),
    F("gần 2 tỷ", "2", 2e9, "money", "đồng", approx="nearly",
      subject="tổng giá trị hợp đồng cung ứng", period=M4),
    F("mở hai lớp", "hai", 2, "count", "lớp",
      subject="lớp đào tạo nghề", period=Y23b),
    F("khoảng ba chục lao động", "ba chục", 30, "count", "lao động", approx="about",
      subject="lao động trẻ được đào tạo nghề", period=Y23b),
    F("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm đồ da đạt OCOP từ 3 sao trở lên", period=T25),
    F("lên 400 tỷ", "400", 400e9, "money", "đồng/năm", status="target",
      subject="doanh thu của làng nghề", period=T25),
    F("đạt 90%", "90", 90, "percent", "%", status="target",
      subject="tỷ lệ hộ sản xuất có đăng ký kinh doanh", period=T25),
]

NOTES = [
    "District portal (huyện Phú Xuyên, TP Hà Nội): leather craft village xã Phú Yên; banner, 'Ngày đăng: 14/05/2024', 'Tin khác', address footer.",
    "Location: the commune Phú Yên is in huyện Phú Xuyên, so every figure is located in the district (spec: province, city or district). Phú Yên is also a province name: a trap.",
    "Distractors: 'thành lập năm 2017', 'OCOP 3 sao năm 2022', 'từ 3 sao trở lên' (a rating level), 'năm 2023' in a link, phone 024.3385.4021, 'Tiểu khu Mỹ Lâm'.",
    "'trong đó khoảng 120 hộ' takes total 400 (the whole before 'trong đó'). 'mỗi tháng ... từ 15.000 đến 18.000 chiếc' is a rate range: measure 'chiếc/tháng'.",
    "'4 tháng đầu năm nay' takes the year of published (2024). 'ba chục' = 30 (about). 'phấn đấu đến năm 2025' governs the whole last sentence (three targets).",
    "'400 tỷ đồng/năm' keeps the denominator in the unit.",
]

if __name__ == "__main__":
    write("p1537-2", TEXT, NOTES, FIGS, published="2024-05-14", location="Phú Xuyên")
