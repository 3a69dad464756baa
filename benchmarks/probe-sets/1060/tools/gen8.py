"""p1060-8: Báo Bắc Giang online style, '(BGĐT) -' tag, headline figure, quý I/2025."""
from lib import F, P, I, C, write

TEXT = """Báo Bắc Giang điện tử › Xã hội › Gia đình

Hơn 2.300 nhóm phòng, chống bạo lực gia đình hoạt động hiệu quả

Cập nhật: 15:42, 15/04/2025

(BGĐT) - Quý I/2025, toàn tỉnh ghi nhận 24 vụ bạo lực gia đình, giảm 7 vụ so với cùng kỳ năm 2024. Các vụ việc chủ yếu xảy ra tại các huyện Lục Ngạn, Sơn Động và Yên Thế với lần lượt 6, 5 và 4 vụ.

Tính đến 31/3, toàn tỉnh có 2.318 nhóm phòng, chống bạo lực gia đình với gần 16.500 thành viên, bình quân 7 thành viên/nhóm; 1.427 địa chỉ tin cậy ở cộng đồng, tăng 112 địa chỉ so với cuối năm 2024. Trong quý, các tổ hòa giải tiếp nhận 215 vụ việc, hòa giải thành 183 vụ việc, đạt tỷ lệ 85,1%. Từ đầu năm đến nay, cơ quan chức năng đã xử phạt vi phạm hành chính 9 trường hợp có hành vi bạo lực gia đình với tổng số tiền 31,5 triệu đồng.

Tại xã Tân Sơn (Lục Ngạn), nằm dọc Quốc lộ 31, nhóm phòng, chống bạo lực gia đình thôn Khuôn Thần có 9 thành viên, mỗi tháng sinh hoạt định kỳ 1 lần. Theo bà Thân Thị Tám, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, năm 2024 toàn tỉnh đã hỗ trợ 1,2 tỷ đồng cho hoạt động của các nhóm, bình quân khoảng 520.000 đồng/nhóm.

Năm 2025, tỉnh phấn đấu 100% vụ bạo lực gia đình được phát hiện và xử lý, giảm từ 5% trở lên số vụ so với năm 2024; dự kiến thành lập mới 40 câu lạc bộ gia đình phát triển bền vững tại 10 xã đặc biệt khó khăn.

Thu Hà
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
ASOF = P("Tính đến 31/3", None, "2025-03-31")
INQ = P("Trong quý", "2025-01-01", "2025-03-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-04-15")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 2.300 nhóm", "2.300", 2300, "count", "nhóm", "nhóm phòng, chống bạo lực gia đình hoạt động hiệu quả",
      approx="over"),
    F("ghi nhận 24 vụ", "24", 24, "count", "vụ", "vụ bạo lực gia đình", Q1,
      change=C("decrease", 7, "vụ", "cùng kỳ năm 2024")),
    F("lần lượt 6, 5", "6", 6, "count", "vụ", "vụ bạo lực gia đình", I(Q1), location="Lục Ngạn"),
    F("6, 5 và", "5", 5, "count", "vụ", "vụ bạo lực gia đình", I(Q1), location="Sơn Động"),
    F("và 4 vụ", "4", 4, "count", "vụ", "vụ bạo lực gia đình", I(Q1), location="Yên Thế"),
    F("có 2.318 nhóm", "2.318", 2318, "count", "nhóm", "nhóm phòng, chống bạo lực gia đình", ASOF),
    F("gần 16.500 thành viên", "16.500", 16500, "count", "thành viên", "thành viên nhóm phòng, chống bạo lực gia đình",
      ASOF, approx="nearly"),
    F("bình quân 7 thành viên/nhóm", "7", 7, "measure", "thành viên/nhóm", "thành viên bình quân mỗi nhóm", ASOF),
    F("1.427 địa chỉ tin cậy", "1.427", 1427, "count", "địa chỉ tin cậy", "địa chỉ tin cậy ở cộng đồng", ASOF,
      change=C("increase", 112, "địa chỉ", "cuối năm 2024")),
    F("tiếp nhận 215 vụ việc", "215", 215, "count", "vụ việc", "vụ việc các tổ hòa giải tiếp nhận", INQ),
    F("hòa giải thành 183 vụ việc", "183", 183, "count", "vụ việc", "vụ việc hòa giải thành", INQ, percent=85.1),
    F("hành chính 9 trường hợp", "9", 9, "count", "trường hợp",
      "trường hợp có hành vi bạo lực gia đình bị xử phạt vi phạm hành chính", YTD),
    F("số tiền 31,5 triệu đồng", "31,5", 31.5e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", YTD),
    F("có 9 thành viên", "9", 9, "count", "thành viên", "thành viên nhóm phòng, chống bạo lực gia đình thôn Khuôn Thần",
      location="Lục Ngạn"),
    F("định kỳ 1 lần", "1", 1, "count", "lần", "lần sinh hoạt định kỳ mỗi tháng", location="Lục Ngạn", optional=True),
    F("hỗ trợ 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí hỗ trợ hoạt động của các nhóm", Y24),
    F("khoảng 520.000 đồng/nhóm", "520.000", 520000, "money", "đồng/nhóm", "kinh phí hỗ trợ bình quân mỗi nhóm", Y24,
      approx="about"),
    F("phấn đấu 100% vụ", "100", 100, "percent", "%", "vụ bạo lực gia đình được phát hiện và xử lý", Y25,
      status="target"),
    F("từ 5% trở lên", "5", 5, "percent", "%", "số vụ bạo lực gia đình giảm so với năm 2024", Y25,
      approx="at_least", status="target"),
    F("mới 40 câu lạc bộ", "40", 40, "count", "câu lạc bộ", "câu lạc bộ gia đình phát triển bền vững thành lập mới", Y25,
      status="forecast"),
    F("tại 10 xã", "10", 10, "count", "xã", "xã đặc biệt khó khăn có câu lạc bộ thành lập mới", Y25,
      status="forecast"),
]

NOTES = [
    "Báo Bắc Giang online: headline figure 'Hơn 2.300 nhóm', 'Cập nhật: 15:42, 15/04/2025', tag '(BGĐT) -'. Location Bắc Giang",
    "(implied by the paper and the Sở; the districts Lục Ngạn, Sơn Động, Yên Thế are named).",
    "Not figures: 15:42, '(BGĐT)', 'Quốc lộ 31', the name 'Thân Thị Tám'.",
    "'lần lượt 6, 5 và 4 vụ': a list sharing the indicator 'vụ bạo lực gia đình'; each district is the item's location; no total",
    "(the three do not add up to 24 and no part-of cue). 'Tính đến 31/3' takes 2025 from 'Quý I/2025'; 'Trong quý' = quý I/2025;",
    "'Từ đầu năm đến nay' ends at the dateline. The headline's 2.300 is the body's 2.318 rounded (no period in the headline).",
    "The Tân Sơn example: '9 thành viên' is a fact (required, location Lục Ngạn); 'mỗi tháng sinh hoạt định kỳ 1 lần' optional.",
    "'giảm từ 5% trở lên' = at least 5% (target). '10 xã đặc biệt khó khăn' is part of the forecast plan.",
]

if __name__ == "__main__":
    write("p1060-8", TEXT, NOTES, FIGS, published="2025-04-15", location="Bắc Giang")
