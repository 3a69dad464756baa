from lib import F, P, ch, emit

TEXT = """Trao 450 suất học bổng "Tiếp sức đến trường" cho học sinh miền núi

HỒNG ANH 07:30, 09/09/2024

(QNO) - Sáng 8/9, tại Trường Phổ thông Dân tộc nội trú THCS Nam Trà My, Tỉnh đoàn phối hợp Hội Khuyến học tỉnh tổ chức Lễ trao học bổng "Tiếp sức đến trường" năm 2024.

Tại buổi lễ, 450 học sinh, sinh viên có hoàn cảnh khó khăn được nhận học bổng với tổng trị giá 1,35 tỷ đồng. Mỗi suất học bổng trị giá từ 2 đến 5 triệu đồng. Trong số 450 suất học bổng trao đợt này có 261 suất dành cho học sinh người dân tộc thiểu số, chiếm 58%.

Các địa phương có nhiều học sinh nhận học bổng là: Nam Trà My (62 suất), Tây Giang (48 suất), Phước Sơn (41 suất) và Bắc Trà My (37 suất). Ngoài ra, dịp này Tỉnh đoàn còn trao tặng 120 xe đạp, 2.000 bộ sách giáo khoa và 300 áo phao cho học sinh vùng sông nước.

Quỹ Học bổng "Tiếp sức đến trường" được thành lập theo Quyết định số 2150/QĐ-UBND ngày 12/7/2011 của UBND tỉnh. Từ năm 2021 đến nay, Quỹ đã trao gần 2.600 suất học bổng với tổng số tiền hơn 7,8 tỷ đồng. Riêng năm 2023, Quỹ trao 620 suất học bổng, tăng 15% so với năm 2022, với tổng trị giá 1,86 tỷ đồng.

Phát biểu tại buổi lễ, đồng chí Bí thư Tỉnh đoàn cho biết, năm 2025 Quỹ phấn đấu vận động trên 2 tỷ đồng để trao khoảng 600 suất học bổng; đồng thời nhân rộng mô hình "Cặp lá yêu thương" với mục tiêu mỗi cơ sở Đoàn nhận đỡ đầu ít nhất 1 học sinh.

Mọi đóng góp cho Quỹ xin gửi về Văn phòng Tỉnh đoàn Quảng Nam, 02 Trần Phú, TP Tam Kỳ; điện thoại 0235.3852.166.
"""

N24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
N25 = P("năm 2025", "2025-01-01", "2025-12-31")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-09-09")
N23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Trao 450 suất", "450", 450, "count", "suất học bổng", "suất học bổng Tiếp sức đến trường trao cho học sinh miền núi", N24i),
    F("buổi lễ, 450 học sinh", "450", 450, "count", "học sinh, sinh viên", "học sinh, sinh viên có hoàn cảnh khó khăn nhận học bổng", N24i),
    F("trị giá 1,35 tỷ đồng", "1,35", 1350000000, "money", "đồng", "tổng trị giá học bổng", N24i),
    F("từ 2 đến 5 triệu đồng", "2", 2000000, "money", "đồng", "trị giá mỗi suất học bổng", N24i, value_max=5000000),
    F("Trong số 450 suất", "450", 450, "count", "suất học bổng", "suất học bổng trao đợt này", N24i, optional=True),
    F("có 261 suất", "261", 261, "count", "suất", "suất học bổng dành cho học sinh người dân tộc thiểu số", N24i,
      total=450, percent=58),
    F("Nam Trà My (62 suất)", "62", 62, "count", "suất", "học sinh nhận học bổng", N24i, location="Nam Trà My"),
    F("Tây Giang (48 suất)", "48", 48, "count", "suất", "học sinh nhận học bổng", N24i, location="Tây Giang"),
    F("Phước Sơn (41 suất)", "41", 41, "count", "suất", "học sinh nhận học bổng", N24i, location="Phước Sơn"),
    F("Bắc Trà My (37 suất)", "37", 37, "count", "suất", "học sinh nhận học bổng", N24i, location="Bắc Trà My"),
    F("tặng 120 xe đạp", "120", 120, "count", "xe đạp", "xe đạp trao tặng", N24i),
    F("2.000 bộ sách", "2.000", 2000, "count", "bộ sách giáo khoa", "sách giáo khoa trao tặng", N24i),
    F("300 áo phao", "300", 300, "count", "áo phao", "áo phao trao tặng cho học sinh vùng sông nước", N24i),
    F("gần 2.600 suất", "2.600", 2600, "count", "suất học bổng", "suất học bổng Quỹ đã trao", SINCE, approx="nearly"),
    F("hơn 7,8 tỷ đồng", "7,8", 7800000000, "money", "đồng", "tổng số tiền học bổng", SINCE, approx="over"),
    F("trao 620 suất", "620", 620, "count", "suất học bổng", "suất học bổng Quỹ trao", N23,
      change=ch("increase", 15, baseline="năm 2022")),
    F("trị giá 1,86 tỷ đồng", "1,86", 1860000000, "money", "đồng", "tổng trị giá học bổng", N23),
    F("trên 2 tỷ đồng", "2", 2000000000, "money", "đồng", "vận động cho Quỹ", N25, approx="over", status="target"),
    F("khoảng 600 suất", "600", 600, "count", "suất học bổng", "suất học bổng trao", N25, approx="about", status="target"),
    F("ít nhất 1 học sinh", "1", 1, "count", "học sinh", "học sinh mỗi cơ sở Đoàn nhận đỡ đầu", N25,
      approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Party provincial newspaper (Báo Quảng Nam, tag '(QNO)'), byline + '07:30, 09/09/2024' = published. Scholarship award ceremony.",
    "Distractors: 'Sáng 8/9', 'Quyết định số 2150/QĐ-UBND ngày 12/7/2011', address '02 Trần Phú, TP Tam Kỳ', phone 0235.3852.166,",
    "school name containing a district ('Trường … Nam Trà My': the ceremony venue, not the place of the province-wide figures).",
    "Ceremony figures take 'năm 2024' from the opening sentence (inherited). 'từ 2 đến 5 triệu đồng': money range 2-5 million.",
    "'Trong số 450 suất …' repeats the whole (optional); '261 suất …, chiếm 58%': total 450 + percent 58.",
    "District list: location = district, subject = list head's indicator. 'Từ năm 2021 đến nay' ends at published (2024-09-09).",
    "'620 suất học bổng, tăng 15% so với năm 2022, với tổng trị giá 1,86 tỷ đồng': the change belongs to 620 (the figure it follows).",
    "2025 targets: 'trên 2 tỷ đồng' over, 'khoảng 600' about. 'ít nhất 1 học sinh' per unit is a norm: optional.",
]

emit("p432-4", TEXT, COMMENTS, FIGS, published="2024-09-09", location="Quảng Nam")
