"""p1059-8: provincial newspaper online (Báo Bắc Giang, '(BBG) -'), 650 new beds, overcrowding eased."""
from lib import C, F, I, P, T, write

TEXT = """Bắc Giang: Thêm 650 giường bệnh, giảm quá tải tuyến tỉnh

Cập nhật: 08:30, 24/05/2025

(BBG) - Sau hơn 2 năm xây dựng, khối nhà điều trị nội trú 9 tầng của Bệnh viện Sản - Nhi Bắc Giang đã đưa vào sử dụng với 350 giường, nâng quy mô của bệnh viện lên 850 giường. Cùng với 300 giường tại Bệnh viện Đa khoa tỉnh (cơ sở 2) khánh thành hồi tháng 3, toàn tỉnh có thêm 650 giường bệnh trong 5 tháng đầu năm.

Năm 2024, bệnh viện điều trị nội trú cho 31.240 lượt người bệnh; số bệnh nhi nhập viện gấp 1,6 lần năm 2020. Trước khi có khối nhà mới, tình trạng quá tải rất căng thẳng: quý I/2025, công suất sử dụng giường bệnh khoa Nhi lên tới 160%, có ngày 3 trẻ nằm chung giường. Tổng vốn đầu tư khối nhà mới khoảng 420 tỷ đồng, trong đó ngân sách tỉnh 300 tỷ đồng, còn lại là vốn xã hội hóa.

Theo Sở Y tế, đến ngày 20/5, toàn tỉnh có 8.150 giường bệnh, đạt 42,3 giường bệnh/vạn dân, tăng 3,5 giường so với cuối năm 2024. Công suất sử dụng giường bệnh tuyến tỉnh giảm từ 118% xuống khoảng 101%; các trung tâm y tế huyện Lục Ngạn, Yên Thế, Sơn Động đạt lần lượt 92%, 85% và 78%.

Dự kiến đến cuối năm 2025, Bệnh viện Phổi và Bệnh viện Y học cổ truyền tiếp tục bổ sung khoảng 200 giường; tỉnh phấn đấu duy trì công suất tuyến tỉnh không quá 100%.

Minh Anh
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
ASOF = P("đến ngày 20/5", None, "2025-05-20")
END25 = P("đến cuối năm 2025", None, "2025-12-31")
CS = "công suất sử dụng giường bệnh"

FIGS = [
    F("Thêm 650 giường", "650", 650, "count", "giường bệnh", "giường bệnh tăng thêm"),
    F("hơn 2 năm", "2", 2, "measure", "năm", "thời gian xây dựng khối nhà điều trị nội trú", approx="over",
      optional=True),
    F("9 tầng", "9", 9, "measure", "tầng", "số tầng khối nhà điều trị nội trú", optional=True),
    F("với 350 giường", "350", 350, "count", "giường", "giường của khối nhà điều trị nội trú mới"),
    F("lên 850 giường", "850", 850, "count", "giường", "quy mô giường Bệnh viện Sản - Nhi"),
    F("với 300 giường", "300", 300, "count", "giường", "giường tại Bệnh viện Đa khoa tỉnh (cơ sở 2)"),
    F("thêm 650 giường bệnh trong", "650", 650, "count", "giường bệnh", "giường bệnh tăng thêm toàn tỉnh",
      P("trong 5 tháng đầu năm", "2025-01-01", "2025-05-31")),
    F("lên tới 160%", "160", 160, "percent", "%", "công suất sử dụng giường bệnh khoa Nhi", Q1),
    F("có ngày 3 trẻ", "3", 3, "count", "trẻ", "trẻ nằm chung giường", Q1),
    F("cho 31.240 lượt", "31.240", 31240, "count", "lượt người bệnh", "lượt người bệnh điều trị nội trú",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "số bệnh nhi nhập viện so với năm 2020",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 420 tỷ đồng", "420", 420e9, "money", "đồng", "tổng vốn đầu tư khối nhà mới", approx="about"),
    F("ngân sách tỉnh 300 tỷ đồng", "300", 300e9, "money", "đồng", "vốn ngân sách tỉnh", total=420e9),
    F("có 8.150 giường", "8.150", 8150, "count", "giường bệnh", "giường bệnh toàn tỉnh", ASOF),
    F("đạt 42,3 giường", "42,3", 42.3, "measure", "giường bệnh/vạn dân", "số giường bệnh trên vạn dân", ASOF,
      change=C("increase", 3.5, "giường", "cuối năm 2024")),
    F("từ 118%", "118", 118, "percent", "%", "công suất sử dụng giường bệnh tuyến tỉnh trước đây"),
    F("khoảng 101%", "101", 101, "percent", "%", "công suất sử dụng giường bệnh tuyến tỉnh", approx="about"),
    F("lần lượt 92%", "92", 92, "percent", "%", CS, location="Lục Ngạn"),
    F("85% và", "85", 85, "percent", "%", CS, location="Yên Thế"),
    F("và 78%", "78", 78, "percent", "%", CS, location="Sơn Động"),
    F("khoảng 200 giường", "200", 200, "count", "giường", "giường bổ sung", END25, approx="about", status="forecast"),
    F("không quá 100%", "100", 100, "percent", "%", "công suất tuyến tỉnh", END25, approx="at_most", status="target"),
]

NOTES = [
    "Báo Bắc Giang online: headline 'Thêm 650 giường bệnh', 'Cập nhật: 08:30, 24/05/2025', '(BBG) -' tag, byline at the end.",
    "Headline 650 has no period phrase. 'trong 5 tháng đầu năm' takes 2025. 'đến ngày 20/5' is as-of 2025-05-20. 'giảm từ 118%",
    "xuống khoảng 101%' gives two percent figures (no change amount stated). 'tăng 3,5 giường so với cuối năm 2024' is the change of",
    "42,3 per vạn dân. 'số bệnh nhi nhập viện gấp 1,6 lần năm 2020' stands alone: a multiple. 'hơn 2 năm xây dựng' (duration) and '9 tầng' (building spec) optional. District list items give location.",
    "Distractors: '(BBG)', 'cơ sở 2', 'hồi tháng 3', '08:30', 'Bệnh viện Sản - Nhi'.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2025-05-24", location="Bắc Giang")
