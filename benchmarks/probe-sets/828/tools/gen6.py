"""p828-6: national newspaper, Bạc Liêu đờn ca tài tử clubs, dateline 'Chủ nhật, 17/11/2024, 07:30 (GMT+7)'."""
from lib import F, write, year, months, up, span

TEXT = """
Văn hóa > Di sản
Chủ nhật, 17/11/2024, 07:30 (GMT+7)

Hơn 300 câu lạc bộ đờn ca tài tử giữ lửa ở Bạc Liêu

Mỗi tối cuối tuần, sân nhà ông Trần Văn Tư ở ấp 3, xã Vĩnh Trạch (TP Bạc Liêu) lại rộn tiếng đờn kìm, đờn tranh. Câu lạc bộ đờn ca tài tử của ấp có 18 thành viên, người nhỏ nhất đang học lớp 8.

Theo Sở Văn hóa, Thể thao và Du lịch Bạc Liêu, toàn tỉnh hiện có 326 câu lạc bộ, nhóm đờn ca tài tử với khoảng 3.900 người tham gia, trong đó 1.150 người là đoàn viên thanh niên.

Năm 2023, các câu lạc bộ phục vụ hơn 4.500 suất biểu diễn cho du khách tại Khu lưu niệm nghệ thuật đờn ca tài tử Nam Bộ và Nhà hát Cao Văn Lầu nằm cạnh Quốc lộ 1A, thu hút khoảng 152.000 lượt khách, tăng 35% so với năm 2022. Mỗi nghệ nhân tham gia biểu diễn được trả từ 200.000 đến 300.000 đồng/buổi.

9 tháng năm 2024, lượng khách nghe đờn ca tài tử ước đạt 128.000 lượt, bằng 84% kế hoạch năm. Tại Liên hoan đờn ca tài tử tỉnh lần thứ VI vừa qua, 7/7 huyện, thị xã, thành phố tham gia với 46 tiết mục, tăng 10 tiết mục so với lần trước.

Tỉnh hiện hỗ trợ mỗi câu lạc bộ 5 triệu đồng/năm; tổng kinh phí năm 2024 khoảng 1,63 tỷ đồng. Ông Nguyễn Văn Chín, Phó Giám đốc Sở, cho biết giai đoạn 2025-2030 tỉnh phấn đấu có 400 câu lạc bộ và đưa đờn ca tài tử vào 100% trường THCS.

Bạc Liêu là 1 trong 21 tỉnh, thành phố có nghệ thuật đờn ca tài tử được UNESCO ghi danh năm 2013.

Hoàng Nam
"""

Y23 = year("Năm 2023", 2023)
N9 = months("9 tháng năm 2024", 2024, 1, 9)
Y24 = year("năm 2024", 2024)
G = span("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    F("Hơn 300 câu lạc bộ", "300", 300, "count", "câu lạc bộ", "câu lạc bộ đờn ca tài tử", approx="over"),
    F("có 18 thành viên", "18", 18, "count", "thành viên", "thành viên câu lạc bộ đờn ca tài tử của ấp"),
    F("có 326 câu lạc bộ", "326", 326, "count", "câu lạc bộ, nhóm", "câu lạc bộ, nhóm đờn ca tài tử"),
    F("khoảng 3.900 người", "3.900", 3900, "count", "người", "người tham gia câu lạc bộ, nhóm đờn ca tài tử", approx="about"),
    F("trong đó 1.150 người", "1.150", 1150, "count", "người", "người tham gia là đoàn viên thanh niên", total=3900),
    F("hơn 4.500 suất", "4.500", 4500, "count", "suất biểu diễn", "suất biểu diễn phục vụ du khách", Y23, approx="over"),
    F("khoảng 152.000 lượt khách", "152.000", 152000, "count", "lượt khách", "lượt khách nghe đờn ca tài tử", Y23,
      approx="about", change=up(35, "%", "năm 2022")),
    F("từ 200.000 đến 300.000 đồng/buổi", "200.000", 200000, "money", "đồng/buổi", "tiền trả cho nghệ nhân tham gia biểu diễn",
      value_max=300000),
    F("ước đạt 128.000 lượt", "128.000", 128000, "count", "lượt", "lượng khách nghe đờn ca tài tử", N9,
      percent=84, status="estimate"),
    F("7/7 huyện", "7", 7, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố tham gia Liên hoan đờn ca tài tử tỉnh",
      total=7),
    F("với 46 tiết mục", "46", 46, "count", "tiết mục", "tiết mục tại Liên hoan đờn ca tài tử tỉnh",
      change=up(10, "tiết mục", "lần trước")),
    F("mỗi câu lạc bộ 5 triệu đồng/năm", "5", 5e6, "money", "đồng/năm", "mức hỗ trợ mỗi câu lạc bộ"),
    F("khoảng 1,63 tỷ đồng", "1,63", 1.63e9, "money", "đồng", "tổng kinh phí hỗ trợ câu lạc bộ", Y24, approx="about"),
    F("có 400 câu lạc bộ", "400", 400, "count", "câu lạc bộ", "câu lạc bộ đờn ca tài tử", G, status="target"),
    F("vào 100% trường", "100", 100, "percent", "%", "trường THCS đưa đờn ca tài tử vào", G, status="target"),
    F("1 trong 21 tỉnh", "1", 1, "count", "tỉnh", "Bạc Liêu là một trong các tỉnh có đờn ca tài tử", optional=True),
    F("trong 21 tỉnh", "21", 21, "count", "tỉnh, thành phố", "tỉnh, thành phố có nghệ thuật đờn ca tài tử được UNESCO ghi danh",
      location="Việt Nam"),
]

NOTES = [
    "National newspaper (culture section), Bạc Liêu đờn ca tài tử clubs (invented probe article).",
    "Distractors: dateline and time '07:30 (GMT+7)', 'ấp 3', 'lớp 8' (a school grade), names 'Trần Văn Tư', 'Nguyễn Văn Chín',",
    "'Quốc lộ 1A', 'năm 2013', 'giai đoạn 2025-2030' (period only), 'lần thứ VI'. 'hiện có' gives no period. '1 trong 21' restates Bạc Liêu",
    "(optional); the 21 provinces are a national count (Việt Nam). 'bằng 84% kế hoạch năm' is the percent of the 128.000.",
]

if __name__ == "__main__":
    write(6, TEXT, NOTES, FIGS, published="2024-11-17", location="Bạc Liêu")
