from lib import *

TEXT = """Yên Bái nỗ lực nâng tỷ lệ trường chuẩn quốc gia ở vùng cao

YBĐT - Năm 2023, toàn tỉnh Yên Bái có thêm 37 trường được công nhận đạt chuẩn quốc gia, nâng tổng số lên 352/468 trường, đạt tỷ lệ 75,2%. Với kết quả này, Yên Bái xếp thứ 6/14 tỉnh trung du và miền núi phía Bắc về tỷ lệ trường đạt chuẩn.

Tuy nhiên, khoảng cách giữa các vùng còn lớn. Tỷ lệ trường đạt chuẩn ở huyện Trạm Tấu mới đạt 48,3%, Mù Cang Chải 52,6%, trong khi thành phố Yên Bái đạt 97,1% và thị xã Nghĩa Lộ 93,8%.

Nguyên nhân chủ yếu là nhiều điểm trường lẻ còn tạm bợ. Toàn tỉnh vẫn còn 214 phòng học tạm, phòng học mượn, trong đó riêng huyện Mù Cang Chải 68 phòng. Tỷ lệ giáo viên/lớp ở cấp tiểu học mới đạt 1,31, thấp hơn định mức 1,5 giáo viên/lớp.

Năm 2023, tổng nguồn vốn đầu tư cho giáo dục trên địa bàn đạt 312,4 tỷ đồng, tăng 18,6% so với năm 2022; vốn Chương trình mục tiêu quốc gia 1719 chiếm 41% tổng vốn.

Ông Nguyễn Văn Hưng, Giám đốc Sở Giáo dục và Đào tạo cho biết: "Để đạt mục tiêu 80% trường đạt chuẩn quốc gia vào cuối năm 2025, mỗi năm tỉnh phải có thêm từ 22 đến 25 trường đạt chuẩn, nguồn lực ước cần khoảng 600 tỷ đồng". Trong quý I/2024, dự kiến có 9 trường được kiểm tra công nhận lại sau 5 năm.

Bên cạnh nguồn ngân sách, nhiều địa phương đã vận động doanh nghiệp, phụ huynh hiến đất, ngày công. Tại huyện Văn Chấn, năm 2023 nhân dân đã hiến hơn 2,6 ha đất để mở rộng khuôn viên 11 trường học.

Thanh Tâm
15/01/2024
"""

Y23 = Y("Năm 2023", 2023)
Y23b = Y("năm 2023", 2023)

FIGS = [
    F("thêm 37 trường", "37", 37, "count", "trường", "trường được công nhận đạt chuẩn quốc gia", Y23),
    F("352/468 trường", "352", 352, "count", "trường", "trường đạt chuẩn quốc gia", Y23, total=468, percent=75.2),
    F("thứ 6/14", "6", 6, "rank", "hạng", "tỷ lệ trường đạt chuẩn", total=14),
    F("đạt 48,3%", "48,3", 48.3, "percent", "%", "Tỷ lệ trường đạt chuẩn", location="Trạm Tấu"),
    F("Mù Cang Chải 52,6%", "52,6", 52.6, "percent", "%", "Tỷ lệ trường đạt chuẩn", location="Mù Cang Chải"),
    F("đạt 97,1%", "97,1", 97.1, "percent", "%", "Tỷ lệ trường đạt chuẩn", location="Yên Bái"),
    F("Nghĩa Lộ 93,8%", "93,8", 93.8, "percent", "%", "Tỷ lệ trường đạt chuẩn", location="Nghĩa Lộ"),
    F("còn 214 phòng", "214", 214, "count", "phòng học", "phòng học tạm, phòng học mượn"),
    F("68 phòng", "68", 68, "count", "phòng", "phòng học tạm, phòng học mượn", total=214, location="Mù Cang Chải"),
    F("đạt 1,31", "1,31", 1.31, "measure", "giáo viên/lớp", "Tỷ lệ giáo viên/lớp ở cấp tiểu học",
      target=T(1.5, "giáo viên/lớp", met=False)),
    F("312,4 tỷ đồng", "312,4", 312.4e9, "money", "đồng", "tổng nguồn vốn đầu tư cho giáo dục", Y23,
      change=CH("increase", 18.6, "%", "năm 2022")),
    F("chiếm 41%", "41", 41, "percent", "%", "tỷ trọng vốn Chương trình mục tiêu quốc gia 1719 trong tổng vốn đầu tư cho giáo dục", Y23),
    F("mục tiêu 80%", "80", 80, "percent", "%", "tỷ lệ trường đạt chuẩn quốc gia",
      ASOF("vào cuối năm 2025", "2025-12-31"), status="target"),
    F("từ 22 đến 25 trường", "22", 22, "count", "trường", "trường đạt chuẩn có thêm mỗi năm", value_max=25, status="target"),
    F("khoảng 600 tỷ đồng", "600", 600e9, "money", "đồng", "nguồn lực cần cho xây dựng trường chuẩn", approx="about",
      status="estimate"),
    F("có 9 trường", "9", 9, "count", "trường", "trường được kiểm tra công nhận lại",
      P("quý I/2024", "2024-01-01", "2024-03-31"), status="forecast"),
    F("sau 5 năm", "5", 5, "measure", "năm", optional=True),
    F("hơn 2,6 ha", "2,6", 2.6, "measure", "ha", "đất nhân dân hiến để mở rộng khuôn viên trường học", Y23b,
      approx="over", location="Văn Chấn"),
    F("11 trường học", "11", 11, "count", "trường học", "trường học được mở rộng khuôn viên", Y23b, location="Văn Chấn"),
]

COMMENTS = [
    "Party newspaper Báo Yên Bái (invented, tag 'YBĐT'): national-standard schools in 2023, gaps between highland districts and",
    "the city, temporary classrooms, teacher/class ratio, investment, 2025 target. Byline and bare date '15/01/2024' at the end.",
    "Not figures: 'Chương trình mục tiêu quốc gia 1719' (a name), 'quý I/2024', 'năm 2022' baseline, byline/date.",
    "Optional: 'sau 5 năm' (the re-recognition cycle, a duration).",
    "'352/468 trường, đạt tỷ lệ 75,2%' -> total 468, percent 75.2. 'xếp thứ 6/14 tỉnh' -> rank with total 14 (no period phrase).",
    "District list: places go to location, subject = the list's indicator; 'thành phố Yên Bái' -> location 'Yên Bái' (the city).",
    "'Tỷ lệ giáo viên/lớp ... 1,31' is a ratio measure with unit giáo viên/lớp; 'thấp hơn định mức 1,5 giáo viên/lớp' names the norm,",
    "read like h09's 'thấp hơn ... so với chỉ tiêu (35,5%)': the norm is the target attribute of 1,31 (met false), not a figure.",
    "'chiếm 41% tổng vốn' stands after the amount's change in a new clause with its own subject -> percent figure of its own.",
    "Quote: 'mục tiêu 80% ... vào cuối năm 2025' target; 'phải có thêm từ 22 đến 25 trường' target range; 'ước cần khoảng 600 tỷ'",
    "estimate/about; 'dự kiến có 9 trường' forecast with period quý I/2024.",
]

if __name__ == "__main__":
    emit("p636-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Yên Bái")
