"""p1100-8: Báo Tây Ninh online, (BTN) tag, mobile library bus serving schools; headline figure."""
from lib import F, P, CH, year, inh, write

TEXT = """Báo Tây Ninh Online
Xã hội » Giáo dục
Cập nhật ngày: 28/11/2024 - 10:05

Hơn 46.000 lượt học sinh được phục vụ bởi xe thư viện lưu động

(BTN) - Từ đầu năm đến nay, xe thư viện lưu động đa phương tiện của Thư viện tỉnh đã thực hiện 58 chuyến tại 52 trường học (Tân Biên 16 trường, Tân Châu 14 trường, Châu Thành 12 trường, Bến Cầu 10 trường), phục vụ hơn 46.000 lượt học sinh, tăng 12,5% so với cùng kỳ năm 2023.

Mỗi chuyến, xe mang theo khoảng 5.000 bản sách, 20 máy tính bảng và 10 kính thực tế ảo; thời gian phục vụ tại mỗi trường từ 4 đến 5 giờ. Qua các chuyến đi, xe đã luân chuyển 38.500 lượt sách, tổ chức 116 buổi kể chuyện, đố vui về sách cho học sinh tiểu học. Nhiều điểm trường nằm sâu trong các ấp biên giới dọc Quốc lộ 22B và đường tỉnh 781.

Bà Nguyễn Thị Thu Hà, Giám đốc Thư viện tỉnh cho biết, kinh phí vận hành xe khoảng 350 triệu đồng/năm do ngân sách tỉnh bảo đảm. Cuộc thi Đại sứ Văn hóa đọc tỉnh Tây Ninh năm nay có 12.650 học sinh tham gia, gấp 2 lần năm 2023, trong đó 45 em đạt giải cấp tỉnh.

Năm 2025, Thư viện tỉnh phấn đấu thực hiện 65 chuyến xe lưu động, phục vụ 50.000 lượt học sinh; đồng thời đề xuất trang bị thêm xe thứ hai để phục vụ các huyện phía Nam của tỉnh.

Minh Châu
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-28")
NOW = year(2024, "năm nay")
Y25 = year(2025, "Năm 2025")

FIGS = [
    F("Hơn 46.000 lượt học sinh được", "46.000", 46000, "count", "lượt học sinh",
      "lượt học sinh được phục vụ bởi xe thư viện lưu động", approx="over"),
    F("thực hiện 58 chuyến", "58", 58, "count", "chuyến", "chuyến xe thư viện lưu động", YTD),
    F("tại 52 trường học", "52", 52, "count", "trường học", "trường học được xe thư viện lưu động phục vụ", YTD),
    F("Tân Biên 16 trường", "16", 16, "count", "trường", "trường học được phục vụ", YTD, total=52,
      location="Tân Biên"),
    F("Tân Châu 14 trường", "14", 14, "count", "trường", "trường học được phục vụ", YTD, total=52,
      location="Tân Châu"),
    F("Châu Thành 12 trường", "12", 12, "count", "trường", "trường học được phục vụ", YTD, total=52,
      location="Châu Thành"),
    F("Bến Cầu 10 trường", "10", 10, "count", "trường", "trường học được phục vụ", YTD, total=52,
      location="Bến Cầu"),
    F("phục vụ hơn 46.000 lượt", "46.000", 46000, "count", "lượt học sinh", "lượt học sinh được phục vụ", YTD,
      approx="over", change=CH("increase", 12.5, "%", "cùng kỳ năm 2023")),
    F("khoảng 5.000 bản sách", "5.000", 5000, "count", "bản sách", "sách xe mang theo mỗi chuyến", approx="about"),
    F("20 máy tính bảng", "20", 20, "count", "máy tính bảng", "máy tính bảng xe mang theo"),
    F("10 kính thực tế ảo", "10", 10, "count", "kính thực tế ảo", "kính thực tế ảo xe mang theo"),
    F("từ 4 đến 5 giờ", "4", 4, "measure", "giờ", "thời gian phục vụ tại mỗi trường", value_max=5),
    F("luân chuyển 38.500 lượt", "38.500", 38500, "count", "lượt sách", "lượt sách luân chuyển", inh(YTD)),
    F("tổ chức 116 buổi", "116", 116, "count", "buổi", "buổi kể chuyện, đố vui về sách", inh(YTD)),
    F("khoảng 350 triệu đồng/năm", "350", 350e6, "money", "đồng/năm", "kinh phí vận hành xe", approx="about"),
    F("có 12.650 học sinh", "12.650", 12650, "count", "học sinh", "học sinh tham gia Cuộc thi Đại sứ Văn hóa đọc",
      NOW, change=CH("increase", 2, "lần", "năm 2023")),
    F("trong đó 45 em", "45", 45, "count", "em", "học sinh đạt giải cấp tỉnh", NOW, total=12650),
    F("thực hiện 65 chuyến", "65", 65, "count", "chuyến", "chuyến xe lưu động", Y25, status="target"),
    F("phục vụ 50.000 lượt", "50.000", 50000, "count", "lượt học sinh", "lượt học sinh được phục vụ", Y25,
      status="target"),
]

NOTES = [
    "Báo Tây Ninh online, tag '(BTN) -' (implies Tây Ninh); headline figure; 'Cập nhật ngày: 28/11/2024 - 10:05' is published.",
    "Bracketed district breakdown right after '52 trường học' adds up (16+14+12+10): total 52, district as location.",
    "'Từ đầu năm đến nay' = 2024-01-01..2024-11-28; the next sentence ('Qua các chuyến đi') inherits it. The bus load per trip",
    "(5.000 bản, 20 máy tính bảng, 10 kính) and '4 đến 5 giờ' carry no period. 'gấp 2 lần năm 2023' is the change of 12.650.",
    "Distractors: 'Quốc lộ 22B', 'đường tỉnh 781', 'xe thứ hai' (ordinal), '10:05'.",
]

if __name__ == "__main__":
    write("p1100-8", TEXT, NOTES, FIGS, published="2024-11-28", location="Tây Ninh")
