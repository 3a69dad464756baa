"""p1365-6: national newspaper: the 4,7 quake of 28/7/2024 in Kon Plông, reservoir-induced seismicity."""
from lib import F, period, inherit, change, target, write

TEXT = """Thứ hai, 29/7/2024, 06:30 (GMT+7)

Động đất 4,7 độ ở Kon Tum, mạnh nhất từ trước đến nay

Trận động đất ở huyện Kon Plông sáng 28/7 khiến nhà cửa rung lắc mạnh, nhiều người dân cách tâm chấn hơn 100 km cũng cảm nhận được.

Theo Viện Vật lý Địa cầu, trận động đất xảy ra lúc 8h12 tại tọa độ 14,937 độ vĩ bắc, 108,296 độ kinh đông, độ sâu chấn tiêu khoảng 8,1 km. Cấp độ rủi ro thiên tai được xác định ở cấp 1. Trong ngày, khu vực xảy ra thêm 6 dư chấn có độ lớn từ 2,5 đến 3,3.

Hàng trăm người dân ở thị trấn Măng Đen chạy ra khỏi nhà. Chính quyền địa phương thống kê 31 ngôi nhà bị nứt tường, chưa ghi nhận thiệt hại về người.

Đây là trận mạnh nhất trong hơn 600 trận động đất ghi nhận ở Kon Plông kể từ tháng 4/2021. Trước đó, trận mạnh nhất có độ lớn 4,5, xảy ra ngày 3/8/2022. Năm 2023, Kon Tum ghi nhận 116 trận, gấp 1,4 lần năm 2022.

PGS.TS Lê Minh Khang, Viện Vật lý Địa cầu, cho biết nguyên nhân chính là động đất kích thích do tích nước ở hai hồ thủy điện Thượng Kon Tum (dung tích khoảng 223 triệu m3) và Đăk Đrinh (248 triệu m3). Loại động đất này thường kéo dài 5-7 năm rồi giảm dần. Theo dự báo, động đất tại khu vực có thể đạt độ lớn tối đa 5,5.

Cả nước hiện có 78 trạm địa chấn, trong đó riêng khu vực Kon Plông có 4 trạm.

Phạm Linh
"""

DAY = period("Trong ngày", "2024-07-28", "2024-07-28")
SINCE = period("kể từ tháng 4/2021", "2021-04-01", "2024-07-29")
D2022 = period("ngày 3/8/2022", "2022-08-03", "2022-08-03")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Động đất 4,7 độ", "4,7", 4.7, "measure", "độ", subject="độ lớn động đất", location="Kon Tum"),
    F("hơn 100 km", "100", 100, "measure", "km", approx="over",
      subject="khoảng cách từ người dân cảm nhận được rung lắc đến tâm chấn"),
    F("14,937 độ", "14,937", 14.937, "measure", "độ vĩ bắc", optional=True),
    F("108,296 độ", "108,296", 108.296, "measure", "độ kinh đông", optional=True),
    F("khoảng 8,1 km", "8,1", 8.1, "measure", "km", approx="about", subject="độ sâu chấn tiêu"),
    F("thêm 6 dư chấn", "6", 6, "count", "dư chấn", subject="dư chấn xảy ra thêm", period=DAY),
    F("từ 2,5 đến 3,3", "2,5", 2.5, "measure", "độ lớn", value_max=3.3, subject="độ lớn dư chấn", period=DAY),
    F("Hàng trăm người", "trăm", 100, "count", "người dân", approx="about", optional=True),
    F("thống kê 31 ngôi nhà", "31", 31, "count", "ngôi nhà", subject="ngôi nhà bị nứt tường"),
    F("hơn 600 trận", "600", 600, "count", "trận động đất", approx="over",
      subject="trận động đất ghi nhận ở Kon Plông", period=SINCE),
    F("độ lớn 4,5", "4,5", 4.5, "measure", "độ lớn", subject="độ lớn trận mạnh nhất trước đó", period=D2022),
    F("ghi nhận 116 trận", "116", 116, "count", "trận", change=change("increase", 1.4, "lần", "năm 2022"),
      subject="trận động đất Kon Tum ghi nhận", period=Y23, location="Kon Tum"),
    F("hai hồ thủy điện", "hai", 2, "count", "hồ thủy điện", subject="hồ thủy điện tích nước gây động đất kích thích"),
    F("khoảng 223 triệu", "223", 223e6, "measure", "m3", approx="about",
      subject="dung tích hồ thủy điện Thượng Kon Tum"),
    F("(248 triệu", "248", 248e6, "measure", "m3", subject="dung tích hồ thủy điện Đăk Đrinh"),
    F("kéo dài 5-7 năm", "5", 5, "measure", "năm", value_max=7,
      subject="thời gian kéo dài của động đất kích thích"),
    F("tối đa 5,5", "5,5", 5.5, "measure", "độ lớn", approx="at_most", status="forecast",
      subject="độ lớn động đất tại khu vực"),
    F("có 78 trạm", "78", 78, "count", "trạm địa chấn", subject="trạm địa chấn cả nước", location="Việt Nam"),
    F("có 4 trạm", "4", 4, "count", "trạm", total=78, subject="trạm địa chấn khu vực Kon Plông"),
]

NOTES = [
    "National newspaper: 'Thứ hai, 29/7/2024, 06:30 (GMT+7)', sapo, expert quote, byline at the end.",
    "Distractors: 06:30, '(GMT+7)', 'sáng 28/7', '8h12', risk level 'cấp 1', 'tháng 4/2021' and 'ngày 3/8/2022' as dates,",
    "'PGS.TS', baseline 'năm 2022'.",
    "Headline 'Động đất 4,7 độ ở Kon Tum' names only the province: location Kon Tum there; body figures are Kon Plông.",
    "Coordinates '14,937 độ vĩ bắc, 108,296 độ kinh đông' locate the epicentre like an address: optional.",
    "'Hàng trăm người dân' is a number word (FIGURES.md §2) but the spec does not settle its approx: optional.",
    "'Trong ngày' (the day of the quake) → 2024-07-28. 'kể từ tháng 4/2021' runs to the dateline 2024-07-29.",
    "'gấp 1,4 lần năm 2022' after 116 trận is its change (1,4 lần). 'kéo dài 5-7 năm' is the claim, not a time locator:",
    "a measure range. 'Theo dự báo … tối đa 5,5' → forecast, at_most. 'Cả nước … 78 trạm' → Việt Nam; 'trong đó riêng",
    "khu vực Kon Plông có 4 trạm' → total 78, located in Kon Plông.",
]

if __name__ == "__main__":
    write("p1365-6", TEXT, NOTES, FIGS, published="2024-07-29", location="Kon Plông")
