"""p1041-5: provincial Party newspaper (Báo Hà Tĩnh), dân ca Ví, Giặm clubs; byline and bare date at the end."""
from lib import F, P, I, CH, TG, build

TEXT = """Lan tỏa dân ca Ví, Giặm từ các câu lạc bộ cơ sở

Sau hơn 10 năm Dân ca Ví, Giặm Nghệ Tĩnh được UNESCO ghi danh, phong trào hát Ví, Giặm ở Hà Tĩnh tiếp tục lan tỏa mạnh mẽ trong cộng đồng.

Hiện toàn tỉnh có 172 câu lạc bộ dân ca Ví, Giặm với khoảng 4.500 hội viên; trong đó 118 câu lạc bộ duy trì sinh hoạt thường xuyên, chiếm 68,6%. Tỉnh có 1 Nghệ nhân Nhân dân và 6 Nghệ nhân Ưu tú về dân ca Ví, Giặm; nhiều nghệ nhân đã ngoài 80 tuổi nhưng vẫn miệt mài truyền dạy.

Năm 2024, ngân sách tỉnh bố trí 1,72 tỷ đồng hỗ trợ các câu lạc bộ, mức hỗ trợ bình quân 10 triệu đồng/câu lạc bộ/năm, tăng 2 triệu đồng so với năm 2023. Liên hoan dân ca Ví, Giặm toàn tỉnh lần thứ 5 được tổ chức trong năm có 22 đội với 350 diễn viên tham gia.

Câu lạc bộ dân ca Ví, Giặm xã Tiên Điền (huyện Nghi Xuân) được thành lập năm 1998, hiện có 45 thành viên, người cao tuổi nhất 84 tuổi, nhỏ tuổi nhất mới 9 tuổi. Mỗi tháng câu lạc bộ sinh hoạt 4 buổi; đến nay đã sưu tầm, phục dựng 65 bài Ví, Giặm cổ. Bà Nguyễn Thị Ba, chủ nhiệm câu lạc bộ, cho biết mỗi buổi biểu diễn phục vụ du khách tại Khu lưu niệm Nguyễn Du, thành viên được bồi dưỡng 150.000 đồng/người.

Thực hiện Nghị quyết số 58-NQ/TU của Tỉnh ủy, tỉnh phấn đấu đến năm 2025 nâng số câu lạc bộ sinh hoạt thường xuyên lên 140 câu lạc bộ, 100% trường THCS đưa dân ca Ví, Giặm vào hoạt động ngoại khóa.

THU HƯƠNG
25/02/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
INY = P("trong năm", "2024-01-01", "2024-12-31")
NOW = P("đến nay", None, "2025-02-25")
T25 = P("đến năm 2025", None, "2025-12-31")
NX = {"location": "Nghi Xuân"}

FIGS = [
    F("có 172 câu lạc bộ", "172", 172, "count", "câu lạc bộ", "câu lạc bộ dân ca Ví, Giặm"),
    F("khoảng 4.500 hội viên", "4.500", 4500, "count", "hội viên", "hội viên câu lạc bộ dân ca Ví, Giặm",
      approx="about"),
    F("118 câu lạc bộ", "118", 118, "count", "câu lạc bộ", "câu lạc bộ duy trì sinh hoạt thường xuyên",
      total=172, percent=68.6),
    F("có 1 Nghệ nhân Nhân dân", "1", 1, "count", "Nghệ nhân Nhân dân", "Nghệ nhân Nhân dân về dân ca Ví, Giặm"),
    F("và 6 Nghệ nhân Ưu tú", "6", 6, "count", "Nghệ nhân Ưu tú", "Nghệ nhân Ưu tú về dân ca Ví, Giặm"),
    F("ngoài 80 tuổi", "80", 80, "measure", "tuổi", "tuổi nghệ nhân", approx="over", optional=True),
    F("bố trí 1,72 tỷ đồng", "1,72", 1.72e9, "money", "đồng", "ngân sách tỉnh hỗ trợ các câu lạc bộ", Y24),
    F("10 triệu đồng/câu lạc bộ/năm", "10", 10e6, "money", "đồng/câu lạc bộ/năm", "mức hỗ trợ bình quân", Y24,
      change=CH("increase", 2e6, "đồng", "năm 2023")),
    F("có 22 đội", "22", 22, "count", "đội", "đội tham gia Liên hoan dân ca Ví, Giặm toàn tỉnh", INY),
    F("với 350 diễn viên", "350", 350, "count", "diễn viên", "diễn viên tham gia Liên hoan dân ca Ví, Giặm toàn tỉnh",
      INY),
    F("có 45 thành viên", "45", 45, "count", "thành viên", "thành viên câu lạc bộ dân ca Ví, Giặm xã Tiên Điền", **NX),
    F("nhất 84 tuổi", "84", 84, "measure", "tuổi", "tuổi của thành viên cao tuổi nhất", **NX),
    F("mới 9 tuổi", "9", 9, "measure", "tuổi", "tuổi của thành viên nhỏ tuổi nhất", **NX),
    F("sinh hoạt 4 buổi", "4", 4, "measure", "buổi/tháng", "buổi sinh hoạt của câu lạc bộ mỗi tháng", **NX),
    F("phục dựng 65 bài", "65", 65, "count", "bài Ví, Giặm cổ", "bài Ví, Giặm cổ đã sưu tầm, phục dựng", NOW, **NX),
    F("bồi dưỡng 150.000 đồng/người", "150.000", 150000, "money", "đồng/người",
      "mức bồi dưỡng thành viên mỗi buổi biểu diễn phục vụ du khách", **NX),
    F("lên 140 câu lạc bộ", "140", 140, "count", "câu lạc bộ", "câu lạc bộ sinh hoạt thường xuyên", T25,
      status="target"),
    F("100% trường THCS", "100", 100, "percent", "%", "trường THCS đưa dân ca Ví, Giặm vào hoạt động ngoại khóa", T25,
      status="target"),
]

COMMENTS = [
    "Báo Hà Tĩnh: Ví, Giặm folk-song clubs; byline 'THU HƯƠNG' and bare date '25/02/2025' at the end (published).",
    "Not figures: 'hơn 10 năm' (time since the UNESCO listing), 'năm 1998', 'lần thứ 5', 'Nghị quyết số 58-NQ/TU',",
    "'Bà Nguyễn Thị Ba' (a name), 'Khu lưu niệm Nguyễn Du'.",
    "118 clubs follow 'trong đó' after the 172 clubs: total 172, percent 68.6. 'tăng 2 triệu đồng' is the change of the",
    "10 triệu đồng/câu lạc bộ/năm support level. 'trong năm' in the festival sentence is 2024 (nearest earlier year).",
    "'nhiều nghệ nhân đã ngoài 80 tuổi' is vague (optional). The Tiên Điền club's figures are located in Nghi Xuân;",
    "'Mỗi tháng ... 4 buổi' is a rate (measure, buổi/tháng). 'Hiện' gives no period.",
]

build("p1041-5", TEXT, FIGS, COMMENTS, published="2025-02-25", location="Hà Tĩnh")
