"""p762-1: Quảng Ninh province portal — cờ vua trong trường học (tính đến hết tháng 4/2024)."""
from lib import F, P, YEAR, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Quảng Ninh: 212 trường học đưa cờ vua vào hoạt động ngoại khóa

Cập nhật: 14/05/2024 08:45
Lượt xem: 3.482

Theo Sở Giáo dục và Đào tạo, tính đến hết tháng 4/2024, toàn tỉnh có 212 trường tiểu học và THCS tổ chức dạy cờ vua ngoại khóa, tăng 37 trường so với năm học trước, chiếm 48,6% tổng số trường tiểu học và THCS. Trong đó, thành phố Hạ Long có nhiều trường nhất (46 trường), tiếp đến là Cẩm Phả (31 trường), Uông Bí (24 trường) và Đông Triều (22 trường).

Số học sinh tham gia các lớp cờ vua đạt hơn 18.500 em, trong đó học sinh tiểu học chiếm khoảng 72%. Toàn tỉnh hiện có 64 câu lạc bộ cờ vua trong trường học với 326 giáo viên, huấn luyện viên đã qua tập huấn.

Năm 2023, ngân sách tỉnh bố trí 2,45 tỷ đồng cho chương trình, bình quân 11,5 triệu đồng/trường.

Tại Giải cờ vua học sinh tỉnh lần thứ XV diễn ra trong tháng 4/2024 tại Nhà thi đấu thể thao tỉnh (số 1 đường Nguyễn Văn Cừ), có 587 vận động viên tham gia, tăng 18,2% so với năm 2023, đến từ 13/13 địa phương. Đoàn thành phố Hạ Long dẫn đầu với 14 huy chương vàng; Cẩm Phả và Uông Bí lần lượt xếp thứ 2 và thứ 3.

Theo kế hoạch, phấn đấu đến năm 2025 có 100% trường tiểu học trên địa bàn tỉnh đưa cờ vua vào giảng dạy, mỗi trường có ít nhất 1 câu lạc bộ.

Địa chỉ: Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long. Điện thoại: 0203.3835.626
"""

ASOF = P("tính đến hết tháng 4/2024", None, "2024-04-30")
T4 = P("tháng 4/2024", "2024-04-01", "2024-04-30")
SUBJ = "trường tiểu học và THCS tổ chức dạy cờ vua ngoại khóa"

FIGS = [
    F("212 trường học đưa", "212", 212, "count", "trường học",
      "trường học đưa cờ vua vào hoạt động ngoại khóa"),
    F("có 212 trường tiểu học", "212", 212, "count", "trường", SUBJ, ASOF,
      percent=48.6, change=CH("increase", 37, "trường", "năm học trước")),
    F("(46 trường)", "46", 46, "count", "trường", SUBJ, I(ASOF), total=212, location="Hạ Long"),
    F("(31 trường)", "31", 31, "count", "trường", SUBJ, I(ASOF), total=212, location="Cẩm Phả"),
    F("(24 trường)", "24", 24, "count", "trường", SUBJ, I(ASOF), total=212, location="Uông Bí"),
    F("(22 trường)", "22", 22, "count", "trường", SUBJ, I(ASOF), total=212, location="Đông Triều"),
    F("hơn 18.500 em", "18.500", 18500, "count", "em", "học sinh tham gia các lớp cờ vua", I(ASOF),
      approx="over"),
    F("chiếm khoảng 72%", "72", 72, "percent", "%",
      "tỷ lệ học sinh tiểu học trong số học sinh tham gia các lớp cờ vua", I(ASOF), approx="about"),
    F("có 64 câu lạc bộ", "64", 64, "count", "câu lạc bộ", "câu lạc bộ cờ vua trong trường học"),
    F("với 326 giáo viên", "326", 326, "count", "giáo viên, huấn luyện viên",
      "giáo viên, huấn luyện viên đã qua tập huấn"),
    F("bố trí 2,45 tỷ đồng", "2,45", 2450000000, "money", "đồng",
      "ngân sách tỉnh bố trí cho chương trình", YEAR(2023, "Năm 2023")),
    F("11,5 triệu đồng/trường", "11,5", 11500000, "money", "đồng/trường",
      "ngân sách bình quân mỗi trường", YEAR(2023, "Năm 2023")),
    F("có 587 vận động viên", "587", 587, "count", "vận động viên",
      "vận động viên tham gia Giải cờ vua học sinh tỉnh", T4,
      change=CH("increase", 18.2, "%", "năm 2023")),
    F("13/13 địa phương", "13", 13, "count", "địa phương",
      "địa phương có vận động viên tham gia Giải cờ vua học sinh tỉnh", T4, total=13),
    F("với 14 huy chương vàng", "14", 14, "count", "huy chương vàng",
      "huy chương vàng", I(T4), location="Hạ Long"),
    F("thứ 2 và", "2", 2, "rank", "hạng", "xếp hạng", I(T4),
      location="Cẩm Phả"),
    F("thứ 3.", "3", 3, "rank", "hạng", "xếp hạng", I(T4),
      location="Uông Bí"),
    F("có 100% trường tiểu học", "100", 100, "percent", "%",
      "tỷ lệ trường tiểu học đưa cờ vua vào giảng dạy", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("ít nhất 1 câu lạc bộ", "1", 1, "count", "câu lạc bộ", "câu lạc bộ cờ vua mỗi trường",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Ninh: cờ vua ngoại khóa trong trường tiểu học và THCS, tính đến hết tháng 4/2024; Giải cờ vua học sinh tỉnh tháng 4/2024.",
    "Breadcrumb, 'Cập nhật: 14/05/2024 08:45' (published), 'Lượt xem: 3.482' (counter). Distractors: 'lần thứ XV', 'số 1 đường Nguyễn Văn Cừ',",
    "'Liên cơ quan số 3', the phone number. The headline 212 is a figure of its own (no period in its line).",
    "District items after 'Trong đó' take the whole 212 (same thing, same as-of date). '72%' is the share of an unnamed part, a percent figure",
    "of its own (not the percent of 18.500). The 18,2% change belongs to the 587 athletes (it stands right after them).",
    "'mỗi trường có ít nhất 1 câu lạc bộ' is part of the 2025 target: a count with approx at_least, status target.",
    "revised after first scoring: 14 huy chương vàng subject 'huy chương vàng' and the two ranks 'xếp hạng' (the tournament name was imported from another sentence; FIGURES.md: subject as the sentence names it).",
]

if __name__ == "__main__":
    emit("p762-1", TEXT, COMMENTS, FIGS, published="2024-05-14", location="Quảng Ninh")
