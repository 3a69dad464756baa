"""p806-1: Yên Bái province portal, paragliding festival at Khau Phạ (Mù Cang Chải)."""
from lib import F, P, I, C, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch
Mù Cang Chải: Lễ hội dù lượn thu hút hơn 42.000 lượt khách
Cập nhật: 02/10/2024 09:45 | Lượt xem: 2.317
Từ ngày 27 đến 29/9, Lễ hội dù lượn "Bay trên mùa vàng" lần thứ 9 diễn ra tại đèo Khau Phạ, huyện Mù Cang Chải, thu hút 126 phi công đến từ 12 quốc gia và vùng lãnh thổ, trong đó có 38 phi công nước ngoài.
Trong 3 ngày lễ hội, các phi công đã thực hiện 1.540 lượt bay, tăng 18% so với năm 2023; trong đó dịch vụ bay đôi phục vụ du khách đạt 860 lượt, chiếm 55,8%. Giá vé bay đôi dao động từ 1,5 đến 2,2 triệu đồng/lượt, mỗi chuyến bay kéo dài 15-25 phút tùy điều kiện gió.
Lượng khách đến Mù Cang Chải trong dịp lễ hội ước đạt hơn 42.000 lượt, trong đó khách quốc tế khoảng 3.100 lượt; tổng doanh thu từ dịch vụ du lịch ước đạt 46,5 tỷ đồng, tăng 21,3% so với cùng kỳ năm trước. Các cơ sở lưu trú trên địa bàn với 1.260 phòng đạt công suất gần 100%.
Về công tác an toàn, Ban tổ chức bố trí 4 tổ cứu hộ với 52 thành viên và 6 xe cứu thương trực tại bãi cất cánh và các bãi hạ cánh dọc Quốc lộ 32. Lễ hội chỉ ghi nhận 2 trường hợp phi công hạ cánh ngoài bãi quy định, không có người bị thương.
Tính đến hết tháng 9/2024, huyện Mù Cang Chải đã đón trên 185.000 lượt khách, đạt 92,5% kế hoạch năm; doanh thu du lịch đạt 198 tỷ đồng. Toàn tỉnh Yên Bái 9 tháng đầu năm đón 1,02 triệu lượt khách, tăng 12,4% so với cùng kỳ. Thực hiện Nghị quyết số 13-NQ/TU của Tỉnh ủy, huyện phấn đấu cả năm 2024 đón 200.000 lượt khách, phát triển thêm 2 điểm bay dù lượn mới tại xã Nậm Khắt và La Pán Tẩn.
"""

FEST = P("Từ ngày 27 đến 29/9", "2024-09-27", "2024-09-29")
DAYS3 = P("Trong 3 ngày lễ hội", "2024-09-27", "2024-09-29", inherited=True)
DIP = P("trong dịp lễ hội", "2024-09-27", "2024-09-29", inherited=True)
T9 = P("Tính đến hết tháng 9/2024", end="2024-09-30")
M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
MCC = "Mù Cang Chải"

FIGS = [
    F("thu hút hơn 42.000 lượt khách", "42.000", 42000, "count", "lượt khách",
      "lượt khách lễ hội dù lượn thu hút", approx="over"),
    F("thu hút 126 phi công", "126", 126, "count", "phi công",
      "phi công tham gia lễ hội dù lượn", FEST),
    F("từ 12 quốc gia", "12", 12, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ có phi công tham gia", FEST),
    F("có 38 phi công nước ngoài", "38", 38, "count", "phi công",
      "phi công nước ngoài", FEST, total=126),
    F("thực hiện 1.540 lượt bay", "1.540", 1540, "count", "lượt bay",
      "lượt bay các phi công thực hiện", DAYS3, change=C("increase", 18, "%", "năm 2023")),
    F("đạt 860 lượt", "860", 860, "count", "lượt",
      "lượt bay đôi phục vụ du khách", DAYS3, total=1540, percent=55.8),
    F("từ 1,5 đến 2,2 triệu đồng/lượt", "1,5", 1500000, "money", "đồng/lượt",
      "giá vé bay đôi", value_max=2200000),
    F("kéo dài 15-25 phút", "15", 15, "measure", "phút",
      "thời gian mỗi chuyến bay", value_max=25),
    F("ước đạt hơn 42.000 lượt,", "42.000", 42000, "count", "lượt",
      "lượng khách đến trong dịp lễ hội", DIP, approx="over", status="estimate"),
    F("khoảng 3.100 lượt", "3.100", 3100, "count", "lượt",
      "khách quốc tế", DIP, approx="about", total=42000, status="estimate"),
    F("ước đạt 46,5 tỷ đồng", "46,5", 46500000000, "money", "đồng",
      "tổng doanh thu từ dịch vụ du lịch", DIP, status="estimate",
      change=C("increase", 21.3, "%", "cùng kỳ năm trước")),
    F("với 1.260 phòng", "1.260", 1260, "count", "phòng",
      "phòng của các cơ sở lưu trú trên địa bàn"),
    F("công suất gần 100%", "100", 100, "percent", "%",
      "công suất phòng của các cơ sở lưu trú", DIP, approx="nearly"),
    F("bố trí 4 tổ cứu hộ", "4", 4, "count", "tổ cứu hộ", "tổ cứu hộ Ban tổ chức bố trí"),
    F("với 52 thành viên", "52", 52, "count", "thành viên", "thành viên tổ cứu hộ"),
    F("và 6 xe cứu thương", "6", 6, "count", "xe cứu thương", "xe cứu thương trực tại bãi cất cánh và bãi hạ cánh"),
    F("ghi nhận 2 trường hợp", "2", 2, "count", "trường hợp",
      "trường hợp phi công hạ cánh ngoài bãi quy định"),
    F("trên 185.000 lượt khách", "185.000", 185000, "count", "lượt khách",
      "lượt khách đến", T9, approx="over", percent=92.5),
    F("đạt 198 tỷ đồng", "198", 198000000000, "money", "đồng", "doanh thu du lịch", T9),
    F("đón 1,02 triệu lượt khách", "1,02", 1020000, "count", "lượt khách",
      "lượt khách đến", M9, location="Yên Bái",
      change=C("increase", 12.4, "%", "cùng kỳ")),
    F("đón 200.000 lượt khách", "200.000", 200000, "count", "lượt khách",
      "lượt khách đến", Y24, status="target"),
    F("thêm 2 điểm bay", "2", 2, "count", "điểm bay dù lượn",
      "điểm bay dù lượn mới phát triển thêm", Y24, status="target"),
]

NOTES = [
    "Yên Bái province portal: paragliding festival 'Bay trên mùa vàng' at Khau Phạ, Mù Cang Chải (27-29/9/2024).",
    "Festival figures are located in the district Mù Cang Chải; only the province-wide 9-month tourist count is Yên Bái.",
    "'Trong 3 ngày lễ hội' / 'trong dịp lễ hội' get their dates from the first sentence, so they are marked inherited.",
    "revised after the first run: the place (Mù Cang Chải, Yên Bái) dropped from four subjects; it is the figure's location.",
    "Distractors: Cập nhật 02/10/2024 09:45, Lượt xem 2.317, lần thứ 9, Quốc lộ 32, Nghị quyết số 13-NQ/TU, 'Trong 3 ngày'.",
]

build("p806-1", TEXT, FIGS, NOTES, published="2024-10-02", location=MCC)
