from lib import *

text = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Tin tức > Giáo dục mầm non

Tổng kết năm học 2023-2024 giáo dục mầm non: mạng lưới mở rộng, vẫn thiếu giáo viên
16/10/2024 10:25

Sáng 15/10, tại Hà Nội, Bộ GD&ĐT tổ chức hội nghị tổng kết năm học 2023-2024 giáo dục mầm non. Theo báo cáo, năm học 2023-2024 cả nước có 15.446 cơ sở giáo dục mầm non, tăng 142 cơ sở so với năm học trước; trong đó có 3.930 trường ngoài công lập, chiếm 25,4%. Ngoài ra còn 14.957 nhóm, lớp độc lập tư thục.

Tổng số trẻ mầm non khoảng 5,3 triệu em. Tỷ lệ huy động trẻ nhà trẻ đạt 33,5%, trẻ mẫu giáo đạt 93,1%. Các địa phương có tỷ lệ huy động trẻ nhà trẻ cao nhất là Hà Nội (52,3%), Bắc Ninh (50,6%) và Đà Nẵng (49,8%); thấp nhất là Lai Châu với 18,4%.

Cả nước có 63/63 tỉnh, thành phố duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi. Tỷ lệ trường mầm non đạt chuẩn quốc gia là 61,8%, tăng 3,4% so với năm học 2022-2023.

Đội ngũ giáo viên mầm non hiện có khoảng 395.000 người, song cả nước vẫn thiếu trên 48.000 giáo viên, nhiều nhất là Thanh Hóa (thiếu 3.500 người), Nghệ An (2.800 người), Bình Dương (2.400 người).

Trong giai đoạn 2021-2023, ngân sách nhà nước đã đầu tư gần 12 nghìn tỷ đồng cho giáo dục mầm non, xây mới hơn 16.500 phòng học.

Theo Quyết định số 1609/QĐ-TTg, mục tiêu đến năm 2030 tỷ lệ huy động trẻ nhà trẻ đạt 35%, trẻ mẫu giáo đạt 97%; 100% giáo viên mầm non đạt chuẩn trình độ đào tạo.

Vụ Giáo dục Mầm non

Tổng số lượt truy cập: 38.415.260
"""

S23 = SY(2023)
S23i = SY(2023, inh=True)
T30 = P("đến năm 2030", None, "2030-12-31")
figs = [
    F("có 15.446 cơ sở", "15.446", 15446, "count", "cơ sở", "cơ sở giáo dục mầm non", S23,
      change=CH("increase", 142, "cơ sở", "năm học trước")),
    F("có 3.930 trường", "3.930", 3930, "count", "trường", "trường mầm non ngoài công lập", S23, total=15446, percent=25.4),
    F("còn 14.957 nhóm", "14.957", 14957, "count", "nhóm, lớp", "nhóm, lớp độc lập tư thục", S23i),
    F("khoảng 5,3 triệu em", "5,3", 5.3e6, "count", "em", "trẻ mầm non", S23i, approx="about"),
    F("nhà trẻ đạt 33,5%", "33,5", 33.5, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ", S23i),
    F("mẫu giáo đạt 93,1%", "93,1", 93.1, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", S23i),
    F("Hà Nội (52,3%)", "52,3", 52.3, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ", S23i, location="Hà Nội"),
    F("Bắc Ninh (50,6%)", "50,6", 50.6, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ", S23i, location="Bắc Ninh"),
    F("Đà Nẵng (49,8%)", "49,8", 49.8, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ", S23i, location="Đà Nẵng"),
    F("với 18,4%", "18,4", 18.4, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ", S23i, location="Lai Châu"),
    F("có 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi",
      S23i, total=63),
    F("trẻ em 5 tuổi", "5", 5, "measure", "tuổi", optional=True),
    F("quốc gia là 61,8%", "61,8", 61.8, "percent", "%", "tỷ lệ trường mầm non đạt chuẩn quốc gia", S23i,
      change=CH("increase", 3.4, "%", "năm học 2022-2023")),
    F("khoảng 395.000 người", "395.000", 395000, "count", "người", "giáo viên mầm non", approx="about"),
    F("trên 48.000 giáo viên", "48.000", 48000, "count", "giáo viên", "giáo viên mầm non còn thiếu", approx="over"),
    F("thiếu 3.500 người", "3.500", 3500, "count", "người", "giáo viên mầm non còn thiếu", location="Thanh Hóa"),
    F("(2.800 người)", "2.800", 2800, "count", "người", "giáo viên mầm non còn thiếu", location="Nghệ An"),
    F("(2.400 người)", "2.400", 2400, "count", "người", "giáo viên mầm non còn thiếu", location="Bình Dương"),
    F("gần 12 nghìn tỷ đồng", "12", 12e12, "money", "đồng", "ngân sách nhà nước đầu tư cho giáo dục mầm non",
      P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31"), approx="nearly"),
    F("hơn 16.500 phòng học", "16.500", 16500, "count", "phòng học", "phòng học mầm non xây mới",
      P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31"), approx="over"),
    F("trẻ đạt 35%", "35", 35, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ", T30, status="target"),
    F("giáo đạt 97%", "97", 97, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", T30, status="target"),
    F("100% giáo viên", "100", 100, "percent", "%", "giáo viên mầm non đạt chuẩn trình độ đào tạo", T30, status="target"),
]
emit("p266-4", text, [
    "Bộ GD&ĐT (ministry site): national preschool year-end review 2023-2024. Bare dateline '16/10/2024 10:25'; counter at the foot.",
    "Distractors: 'Sáng 15/10', venue 'tại Hà Nội', 'Quyết định số 1609/QĐ-TTg', 'Tổng số lượt truy cập: 38.415.260', school years as periods.",
    "Location Việt Nam; provinces in the two lists are the items' locations. 'tăng 142 cơ sở so với năm học trước' → change of 15.446.",
    "'tăng 3,4% so với năm học 2022-2023' after 61,8% is its change (unit % as written). 'trẻ em 5 tuổi' optional (age criterion).",
    "Teacher counts carry no period ('hiện có'); 'giai đoạn 2021-2023' = 2021-01-01 .. 2023-12-31. 2030 goals: status target.",
], figs, published="2024-10-16", location="Việt Nam")
