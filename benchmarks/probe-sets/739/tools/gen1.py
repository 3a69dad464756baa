from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Nghệ An cung ứng hơn 2,6 triệu bản sách giáo khoa cho năm học mới

Cập nhật: 06/08/2024 09:42
Lượt xem: 1.847

Theo Sở Giáo dục và Đào tạo, năm học 2024-2025 toàn tỉnh có 712.450 học sinh phổ thông, trong đó có 338.120 học sinh tiểu học. Tổng nhu cầu sách giáo khoa của các nhà trường khoảng 2,75 triệu bản, tăng 6,4% so với năm học trước do lớp 5, lớp 9 và lớp 12 thay sách mới.

Tính đến ngày 31/7/2024, Công ty Cổ phần Sách và Thiết bị trường học Nghệ An đã đưa về các huyện 2.618.300 bản, đạt 95,2% nhu cầu. Một số địa phương đã nhận đủ sách như Quỳnh Lưu (108.500 bản), Diễn Châu (97.240 bản), Yên Thành (86.900 bản). Riêng các huyện miền núi Kỳ Sơn, Tương Dương mới nhận lần lượt 81% và 84% số sách theo nhu cầu do đường sá đi lại khó khăn.

Giá bìa bộ sách giáo khoa lớp 12 mới từ 259.000 đến 342.000 đồng/bộ tùy bộ sách, cao hơn khoảng 20% so với bộ sách lớp 11.

Toàn tỉnh hiện có 4.125 tủ sách dùng chung đặt tại thư viện các trường, lưu giữ hơn 1,1 triệu bản sách giáo khoa cũ do học sinh khóa trước quyên góp. Phong trào "Tặng sách cho em" năm 2024 đã trao 52.300 bộ sách giáo khoa và 18.600 bộ đồng phục cho học sinh có hoàn cảnh khó khăn, tổng trị giá gần 14,8 tỷ đồng.

Sở Giáo dục và Đào tạo phấn đấu đến năm 2025 có 100% trường tiểu học và trung học cơ sở có tủ sách dùng chung, mỗi tủ có ít nhất 200 đầu sách.

Mọi thắc mắc về cung ứng sách, phụ huynh liên hệ đường dây nóng 0238.3844.215 hoặc trực tiếp tại số 75 đường Nguyễn Thị Minh Khai, TP Vinh.
"""

NH24 = NH("năm học 2024-2025", 2024)
ASOF = P("Tính đến ngày 31/7/2024", end="2024-07-31")
Y24 = YEAR("năm 2024", 2024)
T25 = P("đến năm 2025", end="2025-12-31")

FIG = [
    F("hơn 2,6 triệu bản", "2,6", 2600000, "count", "bản", "sách giáo khoa cung ứng cho năm học mới", approx="over"),
    F("có 712.450 học sinh", "712.450", 712450, "count", "học sinh", "học sinh phổ thông", NH24),
    F("có 338.120 học sinh", "338.120", 338120, "count", "học sinh", "học sinh tiểu học", NH24, total=712450),
    F("khoảng 2,75 triệu bản", "2,75", 2750000, "count", "bản", "tổng nhu cầu sách giáo khoa của các nhà trường", I(NH24),
      approx="about", change=CH("increase", 6.4, baseline="năm học trước")),
    F("2.618.300 bản", "2.618.300", 2618300, "count", "bản", "sách giáo khoa đã đưa về các huyện", ASOF, percent=95.2),
    F("Quỳnh Lưu (108.500 bản)", "108.500", 108500, "count", "bản", "sách giáo khoa đã nhận", I(ASOF), location="Quỳnh Lưu"),
    F("Diễn Châu (97.240 bản)", "97.240", 97240, "count", "bản", "sách giáo khoa đã nhận", I(ASOF), location="Diễn Châu"),
    F("Yên Thành (86.900 bản)", "86.900", 86900, "count", "bản", "sách giáo khoa đã nhận", I(ASOF), location="Yên Thành"),
    F("lần lượt 81%", "81", 81, "percent", "%", "số sách theo nhu cầu đã nhận", I(ASOF), location="Kỳ Sơn"),
    F("và 84%", "84", 84, "percent", "%", "số sách theo nhu cầu đã nhận", I(ASOF), location="Tương Dương"),
    F("từ 259.000 đến 342.000 đồng/bộ", "259.000", 259000, "money", "đồng/bộ", "giá bìa bộ sách giáo khoa lớp 12 mới",
      value_max=342000, change=CH("increase", 20, approx="about", baseline="bộ sách lớp 11")),
    F("có 4.125 tủ sách", "4.125", 4125, "count", "tủ sách", "tủ sách dùng chung đặt tại thư viện các trường"),
    F("hơn 1,1 triệu bản", "1,1", 1100000, "count", "bản", "sách giáo khoa cũ do học sinh khóa trước quyên góp trong tủ sách dùng chung",
      approx="over"),
    F("trao 52.300 bộ", "52.300", 52300, "count", "bộ sách giáo khoa",
      "sách giáo khoa trao cho học sinh có hoàn cảnh khó khăn trong phong trào Tặng sách cho em", Y24),
    F("18.600 bộ đồng phục", "18.600", 18600, "count", "bộ đồng phục",
      "đồng phục trao cho học sinh có hoàn cảnh khó khăn trong phong trào Tặng sách cho em", Y24),
    F("gần 14,8 tỷ đồng", "14,8", 14800000000, "money", "đồng", "tổng trị giá sách giáo khoa và đồng phục trao tặng", Y24,
      approx="nearly"),
    F("có 100% trường", "100", 100, "percent", "%", "trường tiểu học và trung học cơ sở có tủ sách dùng chung", T25,
      status="target"),
    F("ít nhất 200 đầu sách", "200", 200, "count", "đầu sách", "đầu sách mỗi tủ sách dùng chung", T25,
      approx="at_least", status="target"),
]

emit("p739-1", TEXT, [
    "Nghệ An provincial portal (breadcrumb, Cập nhật, Lượt xem): cung ứng sách giáo khoa năm học 2024-2025, tủ sách dùng chung, tặng sách.",
    "School year 'năm học 2024-2025' = 2024-09-01..2025-05-31 (set convention, see REPORT.md). 'lớp 5, lớp 9, lớp 12', 'lớp 11',",
    "phone 0238.3844.215, 'số 75', 'Lượt xem: 1.847' are not figures. District list items have no total (examples, no cue, not adding up).",
], FIG, published="2024-08-06", location="Nghệ An")
