from lib import *

TEXT = """BÁO KON TUM ĐIỆN TỬ
Xã hội | Giáo dục

Kon Tum: Nỗ lực duy trì sĩ số, hạn chế học sinh bỏ học

Những năm gần đây, tỉnh Kon Tum triển khai nhiều giải pháp nâng cao chất lượng phổ cập giáo dục ở vùng đồng bào dân tộc thiểu số, nơi đồng bào chiếm hơn 55% dân số toàn tỉnh.

Theo Sở Giáo dục và Đào tạo, trong quý III/2024 toàn tỉnh có 96 học sinh bỏ học, giảm 41,5% so với cùng kỳ năm 2023. Từ đầu năm đến nay, số học sinh bỏ học là 258 em, trong đó học sinh dân tộc thiểu số chiếm 91,1%. Học sinh bỏ học tập trung nhiều nhất ở huyện Tu Mơ Rông với 74 em, chiếm 28,7%.

Giai đoạn 2021-2023, số học sinh dân tộc thiểu số trên địa bàn tỉnh tăng bình quân 2,3%/năm. Toàn tỉnh hiện có 9 trường phổ thông dân tộc nội trú với 3.150 học sinh và 46 trường phổ thông dân tộc bán trú với 14.820 học sinh; tỷ lệ học sinh dân tộc thiểu số đi học đúng độ tuổi cấp tiểu học đạt 98,7%, cấp trung học cơ sở đạt 88,4%.

Thực hiện Nghị quyết số 03-NQ/TU của Tỉnh ủy, kế hoạch giai đoạn 2021-2025 tỉnh phấn đấu có từ 60 đến 65% trường học đạt chuẩn quốc gia; đến nay đã có 287/540 trường đạt chuẩn, đạt tỷ lệ 53,1%. Toàn tỉnh còn thiếu 876 giáo viên, trong đó 512 giáo viên mầm non.

Năm 2024, tỉnh mở 35 lớp xóa mù chữ cho 875 học viên, tăng 7 lớp so với năm 2023, với kinh phí khoảng 2,1 tỷ đồng. Đến năm 2025, tỉnh phấn đấu giảm tỷ lệ học sinh bỏ học cấp trung học cơ sở xuống dưới 0,3%; để làm được, ước tính cần thêm khoảng 150 tỷ đồng đầu tư phòng học, nhà ở bán trú.

Thanh Hòa

Báo Kon Tum điện tử - Giấy phép số 48/GP-BTTTT. Đường dây nóng: 0260.3862.558
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", None)
YTDI = P("Từ đầu năm đến nay", "2024-01-01", None, inh=True)
G2123 = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
G2125 = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
N24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("Đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 55% dân số", "55", 55, "percent", "%", "đồng bào dân tộc thiểu số trong dân số toàn tỉnh", approx="over"),
    F("có 96 học sinh bỏ học", "96", 96, "count", "học sinh", "học sinh bỏ học", Q3,
      change=C("decrease", 41.5, "%", "cùng kỳ năm 2023")),
    F("là 258 em", "258", 258, "count", "em", "học sinh bỏ học", YTD),
    F("chiếm 91,1%", "91,1", 91.1, "percent", "%", "học sinh dân tộc thiểu số trong số học sinh bỏ học", YTD),
    F("với 74 em", "74", 74, "count", "em", "học sinh bỏ học", YTDI, percent=28.7, location="Tu Mơ Rông"),
    F("bình quân 2,3%/năm", "2,3", 2.3, "percent", "%", "tốc độ tăng bình quân số học sinh dân tộc thiểu số", G2123),
    F("có 9 trường", "9", 9, "count", "trường", "trường phổ thông dân tộc nội trú"),
    F("với 3.150 học sinh", "3.150", 3150, "count", "học sinh", "học sinh trường phổ thông dân tộc nội trú"),
    F("46 trường", "46", 46, "count", "trường", "trường phổ thông dân tộc bán trú"),
    F("với 14.820 học sinh", "14.820", 14820, "count", "học sinh", "học sinh trường phổ thông dân tộc bán trú"),
    F("tiểu học đạt 98,7%", "98,7", 98.7, "percent", "%", "tỷ lệ học sinh dân tộc thiểu số đi học đúng độ tuổi cấp tiểu học"),
    F("cơ sở đạt 88,4%", "88,4", 88.4, "percent", "%", "tỷ lệ học sinh dân tộc thiểu số đi học đúng độ tuổi cấp trung học cơ sở"),
    F("từ 60 đến 65%", "60", 60, "percent", "%", "trường học đạt chuẩn quốc gia", G2125, value_max=65, status="target"),
    F("287/540 trường", "287", 287, "count", "trường", "trường đạt chuẩn quốc gia", total=540, percent=53.1),
    F("thiếu 876 giáo viên", "876", 876, "count", "giáo viên", "giáo viên còn thiếu"),
    F("512 giáo viên", "512", 512, "count", "giáo viên", "giáo viên mầm non còn thiếu", total=876),
    F("mở 35 lớp", "35", 35, "count", "lớp", "lớp xóa mù chữ", N24, change=C("increase", 7, "lớp", "năm 2023")),
    F("cho 875 học viên", "875", 875, "count", "học viên", "học viên lớp xóa mù chữ", N24),
    F("khoảng 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "kinh phí mở lớp xóa mù chữ", N24, approx="about"),
    F("dưới 0,3%", "0,3", 0.3, "percent", "%", "tỷ lệ học sinh bỏ học cấp trung học cơ sở", T25, approx="under", status="target"),
    F("khoảng 150 tỷ đồng", "150", 150e9, "money", "đồng", "kinh phí đầu tư phòng học, nhà ở bán trú", T25, approx="about",
      status="estimate"),
]

emit("p438-8", TEXT, [
    "Báo Kon Tum điện tử (Party newspaper): dropouts by quarter and year to date, boarding schools, standard schools, teachers, literacy classes.",
    "No date anywhere (published null); byline 'Thanh Hòa' at the end. Distractors: 'Nghị quyết số 03-NQ/TU', 'Giấy phép số 48/GP-BTTTT',",
    "hotline 0260.3862.558, section menu 'Xã hội | Giáo dục'.",
    "'Từ đầu năm đến nay': year from the nearest earlier period (quý III/2024) -> start 2024-01-01; end null (no published date).",
    "'trong đó học sinh dân tộc thiểu số chiếm 91,1%': a percent figure of its own (no count given). '74 em, chiếm 28,7%': percent, no total cue.",
    "'tăng bình quân 2,3%/năm' is a growth rate that is the claim: percent, no change. 'đến nay đã có 287/540 trường': total 540, no period",
    "(no published date to end 'đến nay'). 'Hiện' figures have no period. 'ước tính cần thêm khoảng 150 tỷ đồng': estimate, about.",
], FIGS, published=None, location="Kon Tum")
