"""p489-2: district portal (huyện Thạch Thất, Hà Nội), online fraud in Q1/2024 and prevention."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử huyện Thạch Thất
Tin tức > An ninh trật tự

Thạch Thất: 21 người dân bị lừa đảo qua mạng trong quý I/2024
Thứ Năm, 18/04/2024 - 15:30

Quý I/2024, Công an huyện Thạch Thất tiếp nhận 23 tin báo về lừa đảo chiếm đoạt tài sản qua mạng, giảm 6 tin so với quý IV/2023. Số người bị hại là 21 người, trong đó 14 người là phụ nữ, 5 người là học sinh, sinh viên. Tổng số tiền bị chiếm đoạt khoảng 2,35 tỷ đồng.

Các xã có nhiều tin báo là Bình Yên (4 tin), Hương Ngải (3 tin), Thạch Hòa (3 tin) và thị trấn Liên Quan (2 tin).

Ngay sau khi tiếp nhận, Công an huyện đã xác minh, làm rõ 9 vụ, thu hồi cho bị hại 410 triệu đồng, bằng 17,4% số tiền bị chiếm đoạt.

Từ đầu năm đến nay, huyện đã tổ chức 46 buổi tuyên truyền với hơn 5.200 lượt người tham dự; phát 12.000 tờ rơi; đăng tải 38 tin, bài trên trang thông tin điện tử huyện và 27 nhóm Zalo của các thôn. Số buổi tuyên truyền gấp 2 lần so với cùng kỳ năm trước.

Thượng tá Nguyễn Văn Hùng, Phó Trưởng Công an huyện cho biết, trong quý II/2024, huyện phấn đấu 100% thôn, tổ dân phố thành lập nhóm Zalo cảnh báo lừa đảo; dự kiến tổ chức thêm 30 buổi tuyên truyền tại các trường học trên địa bàn.

Người dân cần hỗ trợ liên hệ Công an huyện (Quốc lộ 21A, thị trấn Liên Quan), số điện thoại trực ban 0243.3842.113.

Minh Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

Q1H = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-18")
Q2 = P("trong quý II/2024", "2024-04-01", "2024-06-30")
TB = "tin báo về lừa đảo chiếm đoạt tài sản qua mạng"

FIGS = [
    F("Thạch Thất: 21 người dân", "21", 21, "count", "người", "người dân bị lừa đảo qua mạng", Q1H),
    F("tiếp nhận 23 tin báo", "23", 23, "count", "tin báo", TB, Q1, change=CH("decrease", 6, "tin", "quý IV/2023")),
    F("là 21 người", "21", 21, "count", "người", "người bị hại", I(Q1)),
    F("trong đó 14 người", "14", 14, "count", "người", "người bị hại là phụ nữ", I(Q1), total=21),
    F("5 người là học sinh", "5", 5, "count", "người", "người bị hại là học sinh, sinh viên", I(Q1), total=21),
    F("khoảng 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "tổng số tiền bị chiếm đoạt", I(Q1), approx="about"),
    F("Bình Yên (4 tin)", "4", 4, "count", "tin", TB + " tại xã Bình Yên", I(Q1)),
    F("Hương Ngải (3 tin)", "3", 3, "count", "tin", TB + " tại xã Hương Ngải", I(Q1)),
    F("Thạch Hòa (3 tin)", "3", 3, "count", "tin", TB + " tại xã Thạch Hòa", I(Q1)),
    F("Liên Quan (2 tin)", "2", 2, "count", "tin", TB + " tại thị trấn Liên Quan", I(Q1)),
    F("làm rõ 9 vụ", "9", 9, "count", "vụ", "vụ xác minh, làm rõ", I(Q1)),
    F("bị hại 410 triệu đồng", "410", 410e6, "money", "đồng", "số tiền thu hồi cho bị hại", I(Q1), percent=17.4),
    F("tổ chức 46 buổi", "46", 46, "count", "buổi", "buổi tuyên truyền", YTD),
    F("hơn 5.200 lượt người", "5.200", 5200, "count", "lượt người", "lượt người tham dự tuyên truyền", YTD, approx="over"),
    F("phát 12.000 tờ rơi", "12.000", 12000, "count", "tờ rơi", "tờ rơi phát ra", YTD),
    F("đăng tải 38 tin", "38", 38, "count", "tin, bài", "tin, bài đăng tải", YTD),
    F("và 27 nhóm Zalo", "27", 27, "count", "nhóm Zalo", "nhóm Zalo của các thôn đăng tải tin, bài", YTD),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "số buổi tuyên truyền so với cùng kỳ năm trước", I(YTD)),
    F("phấn đấu 100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố thành lập nhóm Zalo cảnh báo lừa đảo", Q2,
      status="target"),
    F("thêm 30 buổi", "30", 30, "count", "buổi", "buổi tuyên truyền tại các trường học", Q2, status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thạch Thất (Hà Nội): lừa đảo qua mạng quý I/2024 và tuyên truyền phòng ngừa. Date line under the headline, byline at the end.",
    "Location: the district (Thạch Thất). The spec's location is a province, city or district, so the commune items of the bracketed list keep",
    "  Thạch Thất and name their commune in the subject. The list has no part-of cue: no total.",
    "revised after the first run: the commune items first had the commune as location; re-reading FIGURES.md (location = province, city or district)",
    "  they now keep Thạch Thất, with the commune in the subject.",
    "'trong đó 14 người …, 5 người …' are both parts of 21 người (the whole the cue follows, not the sibling).",
    "'bằng 17,4% số tiền bị chiếm đoạt' is the percent of 410 triệu. 'gấp 2 lần' standing alone as its own sentence: multiple.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-04-18. 'phấn đấu' -> target, 'dự kiến' -> forecast.",
    "Distractors: Quốc lộ 21A, 0243.3842.113, 'Thượng tá', dateline time 15:30.",
]

emit("p489-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Thạch Thất")
