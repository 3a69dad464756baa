"""p985-8: provincial newspaper online (Báo Bình Thuận, tag BTO), Phan Thiết streets with shade trees."""
from lib import F, P, I, C, T, write

TEXT = """Phan Thiết: Hơn 92% tuyến đường có cây xanh bóng mát

Cập nhật lúc 10:15, Thứ năm, 25/04/2024

(BTO) - Từ đầu năm đến nay, thành phố Phan Thiết đã trồng 3.420/5.000 cây xanh theo kế hoạch năm 2024, gấp 1,6 lần so với cùng kỳ. Số cây trồng tập trung tại các tuyến đường Tôn Đức Thắng, Võ Văn Kiệt và khu vực ven sông Cà Ty.

Theo Phòng Quản lý đô thị, toàn thành phố hiện có 327 tuyến đường, trong đó 302 tuyến đã có cây xanh bóng mát, chiếm 92,4%. Các phường có tỷ lệ che phủ cây xanh cao là Phú Thủy (18,5%), Đức Nghĩa (16,2%) và Hưng Long (15,8%); thấp nhất là phường Mũi Né với khoảng 6%.

Quý I/2024, Công ty CP Dịch vụ đô thị Phan Thiết đã cắt tỉa 1.260 cây, đốn hạ 47 cây mục rỗng, nguy hiểm và trồng thay thế 85 cây; tổng giá trị hợp đồng duy trì cây xanh năm 2024 là 14,8 tỷ đồng, giảm 3,5% so với năm 2023 do thu hẹp một số hạng mục.

Dự kiến năm 2025, thành phố đầu tư 3 công viên mới tại các phường Mũi Né, Hàm Tiến, Phú Hài với tổng diện tích 7,6 ha, vốn khoảng 58 tỷ đồng. Tỉnh Bình Thuận đặt mục tiêu đến năm 2030, tỷ lệ che phủ cây xanh tại các đô thị đạt tối thiểu 25%, mỗi đô thị loại III trở lên có ít nhất một công viên trung tâm rộng trên 5 ha.

Người dân hưởng ứng phong trào "Mỗi người một cây xanh", riêng Hội Cựu chiến binh phường Phú Tài đã trồng 150 cây sao đen dọc Quốc lộ 1A đoạn qua thành phố.

NGỌC LÂN
"""

SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-25")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
COVER = "tỷ lệ che phủ cây xanh"
FIGS = [
    F("Hơn 92% tuyến đường", "92", 92, "percent", "%", "tuyến đường có cây xanh bóng mát", approx="over"),
    F("trồng 3.420/5.000 cây", "3.420", 3420, "count", "cây", "cây xanh trồng mới", SINCE, target=T(5000, "cây"),
      change=C("increase", 1.6, "lần", baseline="cùng kỳ")),
    F("có 327 tuyến đường", "327", 327, "count", "tuyến đường", "tuyến đường"),
    F("302 tuyến", "302", 302, "count", "tuyến", "tuyến đường đã có cây xanh bóng mát", total=327, percent=92.4),
    F("Phú Thủy (18,5%)", "18,5", 18.5, "percent", "%", COVER),
    F("Đức Nghĩa (16,2%)", "16,2", 16.2, "percent", "%", COVER),
    F("Hưng Long (15,8%)", "15,8", 15.8, "percent", "%", COVER),
    F("khoảng 6%", "6", 6, "percent", "%", COVER, approx="about"),
    F("cắt tỉa 1.260 cây", "1.260", 1260, "count", "cây", "cây được cắt tỉa", Q1),
    F("đốn hạ 47 cây", "47", 47, "count", "cây", "cây mục rỗng, nguy hiểm bị đốn hạ", Q1),
    F("thế 85 cây", "85", 85, "count", "cây", "cây trồng thay thế", Q1),
    F("là 14,8 tỷ đồng", "14,8", 14.8e9, "money", "đồng", "tổng giá trị hợp đồng duy trì cây xanh",
      P("năm 2024", "2024-01-01", "2024-12-31"), change=C("decrease", 3.5, baseline="năm 2023")),
    F("tư 3 công viên", "3", 3, "count", "công viên", "công viên mới đầu tư", Y25, status="forecast"),
    F("diện tích 7,6 ha", "7,6", 7.6, "measure", "ha", "tổng diện tích công viên mới", Y25, status="forecast"),
    F("khoảng 58 tỷ đồng", "58", 58e9, "money", "đồng", "vốn đầu tư công viên mới", Y25, approx="about",
      status="forecast"),
    F("tối thiểu 25%", "25", 25, "percent", "%", "tỷ lệ che phủ cây xanh tại các đô thị", T30, approx="at_least",
      status="target", location="Bình Thuận"),
    F("ít nhất một công viên", "một", 1, "count", "công viên", "công viên trung tâm ở mỗi đô thị loại III trở lên", T30,
      approx="at_least", status="target", location="Bình Thuận", optional=True),
    F("trên 5 ha", "5", 5, "measure", "ha", "diện tích công viên trung tâm", T30, approx="over", status="target",
      location="Bình Thuận", optional=True),
    F("trồng 150 cây", "150", 150, "count", "cây", "cây sao đen được trồng"),
]

NOTES = [
    "Báo Bình Thuận online (invented), tag '(BTO) -', 'Cập nhật lúc 10:15, Thứ năm, 25/04/2024'; location Phan Thiết.",
    "Headline 'Hơn 92% tuyến đường' is a figure (approx over), no period. '3.420/5.000 cây theo kế hoạch' -> target 5000 (plan), not a total;",
    "'gấp 1,6 lần so với cùng kỳ' after a count is its change (increase, 1.6 lần), not a multiple figure.",
    "'302 tuyến … chiếm 92,4%' after 'trong đó' -> total 327, percent 92.4. Ward list: items share the indicator; wards are below the spec's levels, so location stays Phan Thiết.",
    "'Quý I/2024' governs the three work counts (same sentence, clauses continue). 'giảm 3,5% so với năm 2023' -> change of 14,8 tỷ.",
    "'Dự kiến năm 2025' governs 3 công viên, 7,6 ha, 58 tỷ (forecast). 'đặt mục tiêu đến năm 2030' -> target, located Bình Thuận (the province's goal);",
    "'ít nhất một công viên … rộng trên 5 ha' are category requirements: optional. '150 cây sao đen': no period.",
    "revised after the first run: ward locations (4 percents, 150 cây) -> Phan Thiết (FIGURES.md: province, city or district); 150 cây subject without the actor (as elsewhere in the set).",
    "Distractors: 10:15, 'Thứ năm', 'Quốc lộ 1A', 'đô thị loại III', 'Mỗi người một cây xanh' (slogan), 'Công ty CP Dịch vụ đô thị Phan Thiết'.",
]

write("p985-8", TEXT, FIGS, published="2024-04-25", location="Phan Thiết", notes=NOTES)
