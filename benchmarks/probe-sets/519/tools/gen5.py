from lib import *

TEXT = """BÁO ĐẮK LẮK - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐẮK LẮK
Xã hội > Giáo dục

Tỷ lệ huy động trẻ mẫu giáo ra lớp đạt 94,8%

Năm học 2023-2024, toàn tỉnh Đắk Lắk có 398 trường mầm non với 112.540 trẻ, trong đó nhà trẻ 9.870 trẻ, mẫu giáo 102.670 trẻ. Tỷ lệ huy động trẻ nhà trẻ ra lớp đạt 21,6%, thấp hơn nhiều so với bình quân cả nước (khoảng 33%); trẻ mẫu giáo đạt 94,8%, tăng 1,7% so với năm học trước; riêng trẻ 5 tuổi đạt 99,6%.

Một số huyện có tỷ lệ huy động trẻ mẫu giáo thấp là Ea Súp (87,2%), M'Drắk (88,5%) và Krông Bông (89,1%); ở các xã vùng sâu, tỷ lệ trẻ nhà trẻ ra lớp chỉ đạt 10-12%. Hiện 184/184 xã, phường, thị trấn đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi.

Dù vậy, toàn tỉnh còn thiếu 612 phòng học mầm non và 1.034 giáo viên mầm non; tỷ lệ giáo viên/lớp mẫu giáo mới đạt 1,62. Năm 2023, có 5.420 trẻ mẫu giáo được hỗ trợ tiền ăn trưa theo Nghị định 105/2020/NĐ-CP với mức 160.000 đồng/trẻ/tháng, tổng kinh phí gần 7,8 tỷ đồng.

Theo ông Phạm Đăng Khoa, Phó Giám đốc Sở GD&ĐT, dự kiến trong năm học 2024-2025, ngành đưa vào sử dụng thêm 86 phòng học mầm non. Tỉnh phấn đấu đến năm 2025 huy động 30% trẻ nhà trẻ và 97% trẻ mẫu giáo ra lớp; 100% xã, phường, thị trấn duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi.

MINH THUẬN
14/08/2024
"""

sy = SY(2023, "Năm học 2023-2024")
tgt = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("ra lớp đạt 94,8%", "94,8", 94.8, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo ra lớp", I(sy)),
    F("có 398 trường", "398", 398, "count", "trường mầm non", "trường mầm non toàn tỉnh", sy),
    F("với 112.540 trẻ", "112.540", 112540, "count", "trẻ", "trẻ mầm non", sy),
    F("nhà trẻ 9.870 trẻ", "9.870", 9870, "count", "trẻ", "trẻ nhà trẻ", sy, total=112540),
    F("mẫu giáo 102.670 trẻ", "102.670", 102670, "count", "trẻ", "trẻ mẫu giáo", sy, total=112540),
    F("đạt 21,6%", "21,6", 21.6, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ ra lớp", I(sy)),
    F("(khoảng 33%)", "33", 33, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ ra lớp bình quân cả nước", I(sy),
      approx="about", location="Việt Nam"),
    F("giáo đạt 94,8%", "94,8", 94.8, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo ra lớp", I(sy),
      change=CH("increase", 1.7, "%", "năm học trước")),
    F("riêng trẻ 5 tuổi", "5", 5, "measure", "tuổi", optional=True),
    F("tuổi đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ huy động trẻ 5 tuổi ra lớp", I(sy)),
    F("Ea Súp (87,2%)", "87,2", 87.2, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", I(sy), location="Ea Súp"),
    F("M'Drắk (88,5%)", "88,5", 88.5, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", I(sy), location="M'Drắk"),
    F("Krông Bông (89,1%)", "89,1", 89.1, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", I(sy), location="Krông Bông"),
    F("đạt 10-12%", "10", 10, "percent", "%", "tỷ lệ trẻ nhà trẻ ra lớp ở các xã vùng sâu", I(sy), value_max=12),
    F("Hiện 184/184", "184", 184, "count", "xã, phường, thị trấn", "xã, phường, thị trấn đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi",
      total=184),
    F("trẻ em 5 tuổi.\n\nDù", "5", 5, "measure", "tuổi", optional=True),
    F("thiếu 612 phòng", "612", 612, "count", "phòng học", "phòng học mầm non còn thiếu"),
    F("và 1.034 giáo viên", "1.034", 1034, "count", "giáo viên", "giáo viên mầm non còn thiếu"),
    F("mới đạt 1,62", "1,62", 1.62, "measure", "giáo viên/lớp", "tỷ lệ giáo viên/lớp mẫu giáo"),
    F("có 5.420 trẻ", "5.420", 5420, "count", "trẻ", "trẻ mẫu giáo được hỗ trợ tiền ăn trưa", Y(2023, "Năm 2023")),
    F("mức 160.000 đồng", "160.000", 160000, "money", "đồng/trẻ/tháng", "mức hỗ trợ tiền ăn trưa", Y(2023, "Năm 2023")),
    F("gần 7,8 tỷ", "7,8", 7800000000, "money", "đồng", "tổng kinh phí hỗ trợ tiền ăn trưa", Y(2023, "Năm 2023"), approx="nearly"),
    F("thêm 86 phòng", "86", 86, "count", "phòng học", "phòng học mầm non đưa vào sử dụng thêm", SY(2024), status="forecast"),
    F("huy động 30%", "30", 30, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ ra lớp", tgt, status="target"),
    F("và 97% trẻ", "97", 97, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo ra lớp", tgt, status="target"),
    F("; 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi", tgt,
      status="target"),
    F("trẻ em 5 tuổi.\n\nMINH", "5", 5, "measure", "tuổi", optional=True),
]

COMMENTS = [
    "Báo Đắk Lắk (Party newspaper): huy động trẻ mầm non ra lớp năm học 2023-2024, phổ cập mầm non 5 tuổi, thiếu phòng học/giáo viên, ăn trưa.",
    "Byline 'MINH THUẬN' and a bare date '14/08/2024' at the end give published. Location Đắk Lắk; list districts go to location.",
    "'bình quân cả nước (khoảng 33%)' is a national level of its own (location Việt Nam), not a change of 21,6% (no number after 'thấp hơn').",
    "'tăng 1,7% so với năm học trước' after 94,8% is its change. Ages 'trẻ (em) 5 tuổi' are age classes: optional (as h24 'dưới 1 tuổi').",
    "Not figures: 'Nghị định 105/2020/NĐ-CP'. Headline, second-sentence rates and district rates take the lead's school year (inherited);",
    "'Hiện …' and the shortage sentence get no period. 'dự kiến trong năm học 2024-2025' → forecast; 'phấn đấu đến năm 2025' → targets.",
]

emit("p519-5", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Đắk Lắk")
