"""p1260-7: news agency (TTXVN/Vietnam+): e-bike exports of Hải Phòng, 5 months 2025; a factory in huyện An Dương; students on e-bikes."""
from lib import F, period, inherit, change, target, write

TEXT = """VietnamPlus › Kinh tế › Doanh nghiệp

Xuất khẩu xe đạp điện của Hải Phòng tăng gần 25%

Thứ Năm, 12/6/2025 - 10:42

Hải Phòng (TTXVN/Vietnam+) - 5 tháng đầu năm 2025, kim ngạch xuất khẩu xe đạp và xe đạp điện của Hải Phòng ước đạt 312 triệu USD, tăng 24,7% so với cùng kỳ, chiếm gần 38% kim ngạch của cả nước đối với nhóm hàng này.

Theo Sở Công Thương Hải Phòng, thành phố hiện có 9 doanh nghiệp sản xuất xe đạp điện, phần lớn là doanh nghiệp FDI, với năng lực khoảng 1,5 triệu xe/năm. Thị trường chính là EU (chiếm 46%), Mỹ (31%) và Nhật Bản (9%).

Tại Khu công nghiệp Tràng Duệ (huyện An Dương), Công ty TNHH Xe đạp Đông Hải mỗi tháng xuất xưởng khoảng 42.000 xe đạp điện mẫu DH-E7 và DH-City 20. Ông Phạm Văn Lộc, Phó Tổng Giám đốc công ty cho biết, đơn hàng đã kín đến hết quý IV; giá xuất khẩu bình quân 820 USD/xe, cao hơn 12% so với năm 2024. Công ty đang sử dụng 2,8 ngàn công nhân, thu nhập bình quân 10,5 triệu đồng/người/tháng.

Ở thị trường trong nước, nhiều gia đình chọn xe đạp điện cho con thay vì xe máy xăng. Hiện Hải Phòng có khoảng 52.000 học sinh trung học đi xe đạp điện, tăng 9.000 em so với năm học trước; giá xe phổ biến từ 9 đến 14 triệu đồng.

Sở Công Thương dự báo cả năm 2025, kim ngạch xuất khẩu xe đạp điện của thành phố có thể đạt 750-800 triệu USD.

Minh Thu (TTXVN/Vietnam+)

Xem thêm:
- Hải Phòng khánh thành nhà máy linh kiện điện tử thứ 3 tại KCN DEEP C
"""

M5 = period("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31")
Y25 = period("cả năm 2025", "2025-01-01", "2025-12-31")
AD = "An Dương"
MK = "thị trường xuất khẩu chính"

FIGS = [
    F("tăng gần 25%", "25", 25, "percent", "%", approx="nearly", subject="xuất khẩu xe đạp điện của Hải Phòng"),
    F("ước đạt 312 triệu", "312", 312e6, "money", "USD", status="estimate", percent=38,
      change=change("increase", 24.7, "%", "cùng kỳ"),
      subject="kim ngạch xuất khẩu xe đạp và xe đạp điện", period=M5),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất xe đạp điện"),
    F("khoảng 1,5 triệu", "1,5", 1.5e6, "measure", "xe/năm", approx="about", subject="năng lực sản xuất"),
    F("EU (chiếm 46%)", "46", 46, "percent", "%", subject=MK),
    F("Mỹ (31%)", "31", 31, "percent", "%", subject=MK),
    F("Nhật Bản (9%)", "9", 9, "percent", "%", subject=MK),
    F("khoảng 42.000", "42.000", 42000, "measure", "xe đạp điện/tháng", approx="about",
      subject="xe đạp điện Công ty TNHH Xe đạp Đông Hải xuất xưởng mỗi tháng", location=AD),
    F("820 USD/xe", "820", 820, "money", "USD/xe", change=change("increase", 12, "%", "năm 2024"),
      subject="giá xuất khẩu bình quân", location=AD),
    F("2,8 ngàn", "2,8", 2800, "count", "công nhân", subject="công nhân công ty đang sử dụng", location=AD),
    F("10,5 triệu", "10,5", 10.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân", location=AD),
    F("khoảng 52.000", "52.000", 52000, "count", "học sinh", approx="about",
      change=change("increase", 9000, "em", "năm học trước"), subject="học sinh trung học đi xe đạp điện"),
    F("từ 9 đến 14 triệu", "9", 9e6, "money", "đồng", value_max=14e6, subject="giá xe phổ biến"),
    F("750-800 triệu", "750", 750e6, "money", "USD", value_max=800e6, status="forecast",
      subject="kim ngạch xuất khẩu xe đạp điện của thành phố", period=Y25),
]

NOTES = [
    "News agency (TTXVN/Vietnam+): section path, 'Thứ Năm, 12/6/2025 - 10:42', dateline 'Hải Phòng (TTXVN/Vietnam+) -', byline, 'Xem thêm'.",
    "Distractors: 10:42, 'Khu công nghiệp Tràng Duệ', model names 'DH-E7' and 'DH-City 20', 'quý IV' (orders booked until), 'năm 2024' baseline,",
    "'nhà máy ... thứ 3' and 'KCN DEEP C' in a link.",
    "Headline 'tăng gần 25%' is a growth rate as the claim: percent figure, approx nearly, no change.",
    "312 triệu USD: 'ước đạt' → estimate; change 24,7% (cùng kỳ); 'chiếm gần 38% kim ngạch của cả nước' → percent attribute 38",
    "(the 'gần' belongs to the attribute, which has no approx field). Location stays Hải Phòng: the national total is only the base.",
    "Markets EU/Mỹ/Nhật Bản are trade partners: location Hải Phòng, subject the list's indicator.",
    "'mỗi tháng xuất xưởng khoảng 42.000 xe đạp điện' is a monthly rate: measure, unit 'xe đạp điện/tháng'; the factory is in huyện An Dương.",
    "'tăng 9.000 em so với năm học trước' → change in 'em' (students). 'Hiện' gives no period. 'dự báo' → forecast.",
]

if __name__ == "__main__":
    write("p1260-7", TEXT, NOTES, FIGS, published="2025-06-12", location="Hải Phòng")
