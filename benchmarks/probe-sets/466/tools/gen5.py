from lib import *

TEXT = """
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG NAM
Nâng cao kỹ năng làm du lịch cộng đồng cho đồng bào vùng cao
Ngày đăng: 15/03/2024 | Lượt xem: 1.024

Năm 2023, thực hiện Kế hoạch số 2107/KH-SVHTTDL, Sở Văn hóa, Thể thao và Du lịch phối hợp với UBND các huyện Tây Giang, Nam Giang, Đông Giang và thành phố Hội An tổ chức 14 lớp tập huấn cho 685 học viên, tăng 5 lớp so với năm 2022. Trong đó, có 6 lớp kỹ năng đón tiếp, phục vụ khách lưu trú tại homestay, 5 lớp hướng dẫn viên tại điểm và 3 lớp ẩm thực địa phương.

Số học viên tham gia nhiều nhất ở huyện Tây Giang (148 học viên), tiếp đến là Nam Giang (126 học viên) và Đông Giang (117 học viên). Học viên là người đồng bào Cơ Tu chiếm 57,8%. Khảo sát sau tập huấn cho thấy 92% học viên áp dụng được kiến thức vào công việc.

Tổng kinh phí thực hiện hơn 1,36 tỷ đồng, trong đó nguồn Chương trình MTQG 1719 là 980 triệu đồng, chiếm 72%; phần còn lại do ngân sách tỉnh bố trí.

Đến cuối năm 2023, toàn tỉnh có 257 homestay, trong đó 112 cơ sở được công nhận đạt chuẩn phục vụ khách du lịch theo TCVN 7800:2017. Làng du lịch cộng đồng Cơ Tu Bhơ Hôồng (Đông Giang) năm 2023 đón khoảng 12.500 lượt khách, doanh thu đạt 2,8 tỷ đồng; mỗi hộ tham gia có thêm thu nhập bình quân 45 triệu đồng/năm.

Năm 2024, Sở dự kiến tổ chức từ 15 đến 18 lớp tập huấn cho khoảng 800 học viên, ưu tiên các làng du lịch cộng đồng ở Tây Giang, Đông Giang và làng rau Trà Quế (Hội An). Mọi chi tiết xin liên hệ Phòng Quản lý du lịch, số 2 đường Trần Phú, thành phố Tam Kỳ; ĐT: 0235.3810.123.
"""

y23 = Y(2023)
y23i = Y(2023, inh=True)

FIGS = [
    F("tổ chức 14 lớp", "14", 14, "count", "lớp", "lớp tập huấn", y23,
      change={"direction": "increase", "value": 5, "unit": "lớp", "baseline": "năm 2022"}),
    F("cho 685 học viên", "685", 685, "count", "học viên", "học viên lớp tập huấn", y23),
    F("có 6 lớp", "6", 6, "count", "lớp", "lớp kỹ năng đón tiếp, phục vụ khách lưu trú tại homestay", y23i, total=14),
    F("5 lớp hướng dẫn", "5", 5, "count", "lớp", "lớp hướng dẫn viên tại điểm", y23i, total=14),
    F("3 lớp ẩm thực", "3", 3, "count", "lớp", "lớp ẩm thực địa phương", y23i, total=14),
    F("Tây Giang (148 học viên)", "148", 148, "count", "học viên", "số học viên tham gia", y23i, location="Tây Giang"),
    F("Nam Giang (126 học viên)", "126", 126, "count", "học viên", "số học viên tham gia", y23i, location="Nam Giang"),
    F("Đông Giang (117 học viên)", "117", 117, "count", "học viên", "số học viên tham gia", y23i, location="Đông Giang"),
    F("chiếm 57,8%", "57,8", 57.8, "percent", "%", "học viên là người đồng bào Cơ Tu", y23i),
    F("92% học viên", "92", 92, "percent", "%", "học viên áp dụng được kiến thức vào công việc", y23i),
    F("hơn 1,36 tỷ đồng", "1,36", 1360000000, "money", "đồng", "tổng kinh phí thực hiện", y23i, approx="over"),
    F("là 980 triệu đồng", "980", 980000000, "money", "đồng", "kinh phí nguồn Chương trình MTQG 1719", y23i,
      total=1360000000, percent=72),
    F("có 257 homestay", "257", 257, "count", "homestay", "homestay", P("Đến cuối năm 2023", None, "2023-12-31")),
    F("trong đó 112 cơ sở", "112", 112, "count", "cơ sở", "cơ sở homestay được công nhận đạt chuẩn phục vụ khách du lịch",
      P("Đến cuối năm 2023", None, "2023-12-31"), total=257),
    F("khoảng 12.500 lượt khách", "12.500", 12500, "count", "lượt khách",
      "lượt khách đến Làng du lịch cộng đồng Cơ Tu Bhơ Hôồng", y23, approx="about", location="Đông Giang"),
    F("đạt 2,8 tỷ đồng", "2,8", 2800000000, "money", "đồng", "doanh thu Làng du lịch cộng đồng Cơ Tu Bhơ Hôồng", y23,
      location="Đông Giang"),
    F("bình quân 45 triệu", "45", 45000000, "money", "đồng/năm", "thu nhập thêm bình quân mỗi hộ tham gia", y23,
      location="Đông Giang"),
    F("từ 15 đến 18 lớp", "15", 15, "count", "lớp", "lớp tập huấn", Y(2024), value_max=18, status="forecast"),
    F("khoảng 800 học viên", "800", 800, "count", "học viên", "học viên lớp tập huấn", Y(2024), approx="about",
      status="forecast"),
]

COMMENTS = [
    "Department site (Sở VHTTDL Quảng Nam): training courses for community tourism 2023, plan 2024. 'Ngày đăng: … | Lượt xem: 1.024'.",
    "Distractors: 'Kế hoạch số 2107/KH-SVHTTDL', 'Chương trình MTQG 1719' (programme name), 'TCVN 7800:2017', address 'số 2 đường Trần Phú', phone.",
    "'Trong đó, có 6 …, 5 …, 3 …' after '14 lớp' (next sentence): parts with total 14 (6+5+3 = 14). 'tăng 5 lớp so với năm 2022' = change of 14.",
    "District list 'Tây Giang (148 học viên), tiếp đến là …': location = district. 'chiếm 57,8%' follows no amount: a percent figure.",
    "980 triệu after 'trong đó' of 'hơn 1,36 tỷ đồng': total 1.36e9 and percent 72. 112 cơ sở part of 257 homestay.",
    "Bhơ Hôồng village figures: location Đông Giang (the district named in brackets). 'dự kiến tổ chức từ 15 đến 18 lớp': forecast range.",
    "Year-less figures inherit 'Năm 2023' from the paragraph's first sentence (inherited, not scored).",
]

write("p466-5", TEXT, FIGS, COMMENTS, published="2024-03-15", location="Quảng Nam")
