from lib import *

text = """Cổng Thông tin điện tử tỉnh Bắc Giang
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Giáo dục mầm non Bắc Giang: nâng chất lượng chăm sóc, giáo dục trẻ
Cập nhật: 12/09/2024 15:20 | Lượt xem: 2.356

Năm học 2023-2024, toàn tỉnh có 282 trường mầm non, trong đó 246 trường công lập và 36 trường ngoài công lập; ngoài ra còn 214 nhóm, lớp độc lập tư thục. Tổng số trẻ đến trường là 118.635 cháu, tăng 2,4% so với năm học trước. Trong đó, trẻ nhà trẻ 27.410 cháu, đạt tỷ lệ huy động 38,6%; trẻ mẫu giáo 91.225 cháu, đạt 98,7%. Riêng trẻ 5 tuổi ra lớp đạt 99,9%.

Cơ sở vật chất tiếp tục được cải thiện. Đến hết tháng 8/2024, có 241/282 trường mầm non đạt chuẩn quốc gia, chiếm 85,5%, vượt chỉ tiêu Nghị quyết số 12-NQ/TU đề ra (80%). Tỷ lệ phòng học kiên cố đạt 93,2%.

Đội ngũ toàn ngành có 9.842 cán bộ quản lý, giáo viên, nhân viên; trong đó 6.905 giáo viên, tỷ lệ giáo viên đạt chuẩn trình độ đào tạo trở lên là 96,3%. Tuy nhiên, tỉnh vẫn thiếu khoảng 640 giáo viên mầm non, nhiều nhất ở các huyện Lục Ngạn (112 người), Yên Thế (87 người) và Sơn Động (74 người).

Công tác nuôi dưỡng được chú trọng: 100% trường mầm non tổ chức bán trú, với 112.480 trẻ ăn bán trú tại trường, chiếm 94,8% số trẻ. Mức tiền ăn phổ biến từ 20.000 đến 25.000 đồng/trẻ/ngày.

Năm học 2024-2025, ngành phấn đấu huy động 40% trẻ nhà trẻ và 99% trẻ mẫu giáo ra lớp; có thêm 8 trường đạt chuẩn quốc gia.

Nguồn: Sở Giáo dục và Đào tạo
Địa chỉ: Số 82 đường Hùng Vương, TP Bắc Giang. Điện thoại: 0204.3854.313
"""

S23 = SY(2023)
S23i = SY(2023, inh=True)
figs = [
    F("toàn tỉnh có 282 trường", "282", 282, "count", "trường", "trường mầm non", S23),
    F("trong đó 246 trường", "246", 246, "count", "trường", "trường mầm non công lập", S23, total=282),
    F("và 36 trường ngoài", "36", 36, "count", "trường", "trường mầm non ngoài công lập", S23, total=282),
    F("còn 214 nhóm", "214", 214, "count", "nhóm, lớp", "nhóm, lớp độc lập tư thục", S23),
    F("là 118.635 cháu", "118.635", 118635, "count", "cháu", "trẻ đến trường", S23i,
      change=CH("increase", 2.4, "%", "năm học trước")),
    F("nhà trẻ 27.410 cháu", "27.410", 27410, "count", "cháu", "trẻ nhà trẻ", S23i, total=118635, percent=38.6),
    F("mẫu giáo 91.225 cháu", "91.225", 91225, "count", "cháu", "trẻ mẫu giáo", S23i, total=118635, percent=98.7),
    F("trẻ 5 tuổi ra lớp", "5", 5, "measure", "tuổi", optional=True),
    F("lớp đạt 99,9%", "99,9", 99.9, "percent", "%", "tỷ lệ trẻ 5 tuổi ra lớp", S23i),
    F("có 241/282 trường", "241", 241, "count", "trường", "trường mầm non đạt chuẩn quốc gia",
      P("Đến hết tháng 8/2024", None, "2024-08-31"), total=282, percent=85.5, target=T(80, "%", True)),
    F("phòng học kiên cố đạt 93,2%", "93,2", 93.2, "percent", "%", "tỷ lệ phòng học kiên cố",
      P("Đến hết tháng 8/2024", None, "2024-08-31", inh=True)),
    F("có 9.842 cán bộ", "9.842", 9842, "count", "cán bộ quản lý, giáo viên, nhân viên",
      "cán bộ quản lý, giáo viên, nhân viên ngành mầm non", S23i),
    F("trong đó 6.905 giáo viên", "6.905", 6905, "count", "giáo viên", "giáo viên mầm non", S23i, total=9842),
    F("trở lên là 96,3%", "96,3", 96.3, "percent", "%", "tỷ lệ giáo viên đạt chuẩn trình độ đào tạo trở lên", S23i),
    F("thiếu khoảng 640 giáo viên", "640", 640, "count", "giáo viên", "giáo viên mầm non còn thiếu", S23i, approx="about"),
    F("Lục Ngạn (112 người)", "112", 112, "count", "người", "giáo viên mầm non còn thiếu", S23i, location="Lục Ngạn"),
    F("Yên Thế (87 người)", "87", 87, "count", "người", "giáo viên mầm non còn thiếu", S23i, location="Yên Thế"),
    F("Sơn Động (74 người)", "74", 74, "count", "người", "giáo viên mầm non còn thiếu", S23i, location="Sơn Động"),
    F("100% trường mầm non tổ chức", "100", 100, "percent", "%", "trường mầm non tổ chức bán trú", S23i),
    F("với 112.480 trẻ", "112.480", 112480, "count", "trẻ", "trẻ ăn bán trú tại trường", S23i, percent=94.8),
    F("từ 20.000 đến 25.000", "20.000", 20000, "money", "đồng/trẻ/ngày", "mức tiền ăn bán trú", S23i, value_max=25000),
    F("huy động 40% trẻ", "40", 40, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ", SY(2024), status="target"),
    F("và 99% trẻ", "99", 99, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo ra lớp", SY(2024), status="target"),
    F("thêm 8 trường", "8", 8, "count", "trường", "trường đạt chuẩn quốc gia tăng thêm", SY(2024), status="target"),
]
emit("p266-1", text, [
    "Cổng TTĐT tỉnh Bắc Giang (province portal): preschool school-year summary 2023-2024, 'Cập nhật: 12/09/2024 15:20 | Lượt xem: 2.356'.",
    "Distractors: view counter, 'Nghị quyết số 12-NQ/TU', address 'Số 82 đường Hùng Vương', phone 0204.3854.313, 'tháng 8/2024' as a period.",
    "School year 'năm học 2023-2024' = 2023-09-01 .. 2024-05-31 (set convention). '(80%)' after 'vượt chỉ tiêu' is the target (met) of 241/282.",
    "'trẻ 5 tuổi' is an age criterion: optional (as 'dưới 1 tuổi' in shared h24). District shortages 'Lục Ngạn (112 người)' have no total:",
    "'nhiều nhất ở' is not a part-of cue and the items do not add up to 640.",
], figs, published="2024-09-12", location="Bắc Giang")
