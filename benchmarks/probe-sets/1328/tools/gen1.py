"""p1328-1: province portal (Bắc Giang): household water connections 9 months 2024, coverage, losses, a plant in Lục Nam."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG
Trang chủ > Tin tức - Sự kiện > Kinh tế

9 tháng, hơn 11.000 hộ dân được đấu nối nước sạch

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Xây dựng, 9 tháng đầu năm 2024, các đơn vị cấp nước trên địa bàn tỉnh Bắc Giang đã đấu nối mới cho 11.240 hộ dân, đạt 80,3% kế hoạch năm, tăng 15,6% so với cùng kỳ năm 2023. Trong đó, khu vực nông thôn 8.120 hộ, khu vực đô thị 3.120 hộ.

Tính đến ngày 30/9/2024, tỷ lệ dân số nông thôn được sử dụng nước sạch theo quy chuẩn đạt 68,5%; tỷ lệ dân số đô thị được cấp nước sạch qua hệ thống tập trung đạt 97,2%. Mục tiêu đến năm 2025, tỷ lệ dân số nông thôn sử dụng nước sạch đạt ít nhất 75%.

Toàn tỉnh hiện có 9 đơn vị cấp nước đô thị với tổng công suất khoảng 92.000 m3/ngày đêm và 126 công trình cấp nước tập trung nông thôn, trong đó 41 công trình hoạt động kém hiệu quả. Tỷ lệ thất thoát nước sạch bình quân của các đơn vị cấp nước đô thị là 17,8%, giảm 1,4% so với năm 2023.

Tại huyện Lục Nam, Công ty cổ phần Nước sạch Hồng Phát đang đầu tư Nhà máy nước số 2 công suất 12.000 m3/ngày đêm với tổng vốn gần 185 tỷ đồng, dự kiến cấp nước cho khoảng 14.500 hộ dân của 6 xã trong năm 2025. Giá nước sinh hoạt tại các công trình nông thôn trên địa bàn tỉnh hiện từ 7.800 đến 9.600 đồng/m3.

Quý IV, Sở Xây dựng phấn đấu đấu nối thêm khoảng 2.800 hộ, đưa tổng số hộ được đấu nối mới cả năm lên hơn 14.000 hộ.

Tin liên quan:
- Khánh thành trạm cấp nước sạch xã Tân Sơn, huyện Lục Ngạn
- Công bố Quyết định số 1128/QĐ-UBND về giá nước sạch nông thôn
"""

NINE_H = period("9 tháng", "2024-01-01", "2024-09-30")
NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = period("Tính đến ngày 30/9/2024", None, "2024-09-30")
T2025 = period("đến năm 2025", None, "2025-12-31")
Y2025 = period("trong năm 2025", "2025-01-01", "2025-12-31")
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
LN = "Lục Nam"

FIGS = [
    F("hơn 11.000 hộ", "11.000", 11000, "count", "hộ", "hộ dân được đấu nối nước sạch", NINE_H, approx="over"),
    F("cho 11.240 hộ", "11.240", 11240, "count", "hộ", "hộ dân được các đơn vị cấp nước đấu nối mới", NINE,
      percent=80.3, change=change("increase", 15.6, "%", "cùng kỳ năm 2023")),
    F("nông thôn 8.120 hộ", "8.120", 8120, "count", "hộ", "hộ khu vực nông thôn được đấu nối mới", inherit(NINE),
      total=11240),
    F("đô thị 3.120 hộ", "3.120", 3120, "count", "hộ", "hộ khu vực đô thị được đấu nối mới", inherit(NINE),
      total=11240),
    F("đạt 68,5%", "68,5", 68.5, "percent", "%", "tỷ lệ dân số nông thôn được sử dụng nước sạch theo quy chuẩn", ASOF),
    F("đạt 97,2%", "97,2", 97.2, "percent", "%", "tỷ lệ dân số đô thị được cấp nước sạch qua hệ thống tập trung", ASOF),
    F("ít nhất 75%", "75", 75, "percent", "%", "tỷ lệ dân số nông thôn sử dụng nước sạch", T2025,
      approx="at_least", status="target"),
    F("có 9 đơn vị", "9", 9, "count", "đơn vị", "đơn vị cấp nước đô thị"),
    F("khoảng 92.000 m3", "92.000", 92000, "measure", "m3/ngày đêm", "tổng công suất của các đơn vị cấp nước đô thị",
      approx="about"),
    F("và 126 công trình", "126", 126, "count", "công trình", "công trình cấp nước tập trung nông thôn"),
    F("đó 41 công trình", "41", 41, "count", "công trình", "công trình cấp nước tập trung nông thôn hoạt động kém hiệu quả",
      total=126),
    F("là 17,8%", "17,8", 17.8, "percent", "%", "tỷ lệ thất thoát nước sạch bình quân của các đơn vị cấp nước đô thị",
      change=change("decrease", 1.4, "%", "năm 2023")),
    F("suất 12.000 m3", "12.000", 12000, "measure", "m3/ngày đêm", "công suất Nhà máy nước số 2", location=LN),
    F("gần 185 tỷ", "185", 185e9, "money", "đồng", "tổng vốn đầu tư Nhà máy nước số 2", approx="nearly", location=LN),
    F("khoảng 14.500 hộ", "14.500", 14500, "count", "hộ", "hộ dân được nhà máy cấp nước", Y2025,
      approx="about", status="forecast", location=LN),
    F("của 6 xã", "6", 6, "count", "xã", "xã được nhà máy cấp nước", Y2025, status="forecast", location=LN),
    F("từ 7.800 đến 9.600", "7.800", 7800, "money", "đồng/m3", "giá nước sinh hoạt tại các công trình nông thôn",
      value_max=9600),
    F("khoảng 2.800 hộ", "2.800", 2800, "count", "hộ", "hộ được đấu nối thêm", Q4, approx="about", status="target"),
    F("lên hơn 14.000 hộ", "14.000", 14000, "count", "hộ", "tổng số hộ được đấu nối mới cả năm", YEAR,
      approx="over", status="target"),
]

NOTES = [
    "Province portal (Bắc Giang): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, 'Nhà máy nước số 2', 'Quyết định số 1128/QĐ-UBND', the '3' of 'm3'.",
    "Headline '9 tháng' has no year: it takes 2024 from published (no earlier date). 'Trong đó' after a sentence break: parts of 11.240.",
    "'đạt 80,3% kế hoạch năm' → percent; 'tăng 15,6% so với cùng kỳ năm 2023' → change. '17,8%, giảm 1,4%' → change on a level (not a growth rate).",
    "'41 công trình' after 'trong đó' → total 126. The Lục Nam plant passage takes location Lục Nam; 'dự kiến' governs 14.500 hộ and 6 xã.",
    "The price range is stated for the whole province ('trên địa bàn tỉnh'): location Bắc Giang; 'hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1328-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Giang")
