"""p1040-2: district portal (huyện Lệ Thủy, Quảng Bình), đua thuyền trên sông Kiến Giang 2/9/2023."""
from lib import F, P, Y, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỆ THỦY - TỈNH QUẢNG BÌNH
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Thứ Hai, 04/09/2023 - 10:20

Sôi nổi Lễ hội đua thuyền truyền thống trên sông Kiến Giang

Sáng 2/9, nhân kỷ niệm 78 năm Cách mạng tháng Tám và Quốc khánh 2/9, UBND huyện Lệ Thủy tổ chức Lễ hội đua thuyền truyền thống trên sông Kiến Giang năm 2023, đoạn qua thị trấn Kiến Giang.

Tham gia lễ hội có 16 đội thuyền nam và sáu đội thuyền nữ của 14 xã, thị trấn với gần 700 vận động viên. Mỗi thuyền nam có 25 tay bơi, thuyền nữ có 19 tay bơi. Ước tính có khoảng 30.000 lượt người dân và du khách đến cổ vũ, tăng gần 5.000 lượt so với năm 2022. Lực lượng công an huyện phân luồng giao thông trên Quốc lộ 1A và đường tỉnh 565 từ 5 giờ sáng.

Kết quả, ở nội dung nam, đội thuyền xã Phong Thủy về nhất; ở nội dung nữ, đội thuyền xã Sen Thủy giành giải Nhất. Ban Tổ chức đã trao 22 giải với tổng giá trị 186 triệu đồng, trong đó giải Nhất nam trị giá 20 triệu đồng, giải Nhất nữ 15 triệu đồng. Trong thời gian tập luyện, mỗi vận động viên được bồi dưỡng 100.000 đồng/người/ngày.

Tổng kinh phí tổ chức lễ hội hơn 450 triệu đồng, trong đó ngân sách huyện 300 triệu đồng, còn lại huy động từ xã hội hóa. Đây là năm thứ 9 liên tiếp huyện tổ chức lễ hội đua thuyền vào dịp Quốc khánh.

Theo đồng chí Trần Văn Tư, Phó Chủ tịch UBND huyện, năm 2024 huyện dự kiến nâng tổng giá trị giải thưởng lên khoảng 250 triệu đồng và mời thêm đội thuyền của 2 huyện bạn tham gia.

Hoài Thương (Trung tâm VH-TT&TT huyện Lệ Thủy)
"""

Y23 = Y(2023, inherited=True)
Y24 = Y(2024)

FIGS = [
    F("có 16 đội thuyền nam", "16", 16, "count", "đội thuyền", "đội thuyền nam tham gia lễ hội", Y23),
    F("sáu đội thuyền nữ", "sáu", 6, "count", "đội thuyền", "đội thuyền nữ tham gia lễ hội", Y23),
    F("của 14 xã, thị trấn", "14", 14, "count", "xã, thị trấn", "xã, thị trấn có đội thuyền tham gia lễ hội", Y23),
    F("gần 700 vận động viên", "700", 700, "count", "vận động viên", "vận động viên tham gia lễ hội", Y23,
      approx="nearly"),
    F("có 25 tay bơi", "25", 25, "count", "tay bơi", "tay bơi mỗi thuyền nam", optional=True),
    F("có 19 tay bơi", "19", 19, "count", "tay bơi", "tay bơi mỗi thuyền nữ", optional=True),
    F("khoảng 30.000 lượt", "30.000", 30000, "count", "lượt người",
      "lượt người dân và du khách đến cổ vũ", Y23, approx="about", status="estimate",
      change=C("increase", 5000, "lượt", "năm 2022", approx="nearly")),
    F("trao 22 giải", "22", 22, "count", "giải", "giải Ban Tổ chức trao", Y23),
    F("giá trị 186 triệu đồng", "186", 186e6, "money", "đồng", "tổng giá trị giải thưởng", Y23),
    F("trị giá 20 triệu đồng", "20", 20e6, "money", "đồng", "giá trị giải Nhất nam", Y23, total=186e6),
    F("nữ 15 triệu đồng", "15", 15e6, "money", "đồng", "giá trị giải Nhất nữ", Y23, total=186e6),
    F("bồi dưỡng 100.000 đồng/người/ngày", "100.000", 100000, "money", "đồng/người/ngày",
      "bồi dưỡng vận động viên trong thời gian tập luyện", Y23),
    F("hơn 450 triệu đồng", "450", 450e6, "money", "đồng", "tổng kinh phí tổ chức lễ hội", Y23, approx="over"),
    F("ngân sách huyện 300 triệu đồng", "300", 300e6, "money", "đồng", "kinh phí tổ chức lễ hội từ ngân sách huyện",
      Y23, total=450e6),
    F("năm thứ 9 liên tiếp", "9", 9, "count", "năm", optional=True),
    F("khoảng 250 triệu đồng", "250", 250e6, "money", "đồng", "tổng giá trị giải thưởng", Y24,
      approx="about", status="forecast"),
    F("của 2 huyện bạn", "2", 2, "count", "huyện", "huyện bạn được mời thêm đội thuyền tham gia", Y24,
      status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Lệ Thủy (Quảng Bình): lễ hội đua thuyền truyền thống trên sông Kiến Giang, 2/9/2023.",
    "Not figures: '78 năm Cách mạng tháng Tám' (an anniversary label), 'Quốc khánh 2/9', 'Quốc lộ 1A', 'đường tỉnh 565',",
    "'5 giờ sáng' (time of day), 'Trần Văn Tư' (a name). 'năm thứ 9 liên tiếp' and crew sizes per boat are optional.",
    "Location is the district (Lệ Thủy); communes (Phong Thủy, Sen Thủy) are not locations.",
    "Parts after 'trong đó' take the whole before the cue (186 triệu, 450 triệu).",
]

write("p1040-2", TEXT, FIGS, NOTES, published="2023-09-04", location="Lệ Thủy")
