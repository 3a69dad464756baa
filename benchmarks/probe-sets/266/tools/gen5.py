from lib import *

text = """BÁO QUẢNG NINH - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Quảng Ninh

Trường mầm non đạt chuẩn quốc gia: về đích sớm chỉ tiêu nhiệm kỳ

MINH HÀ 08:15, 18/11/2024

(BQN) - Tính đến 30/9/2024, toàn tỉnh có 176/192 trường mầm non công lập đạt chuẩn quốc gia, đạt tỷ lệ 91,7%, vượt 1,7% so với chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV đề ra (90%). Trong đó, 58 trường đạt chuẩn mức độ 2, chiếm 33%. Với kết quả này, Quảng Ninh xếp thứ 3 toàn quốc về tỷ lệ trường mầm non công lập đạt chuẩn.

Riêng 9 tháng năm 2024, có thêm 11 trường được công nhận mới và 7 trường được công nhận lại. TP Hạ Long có 100% trường mầm non công lập đạt chuẩn; thấp nhất là huyện Ba Chẽ (66,7%) và Bình Liêu (71,4%).

Ảnh: Cô và trò Trường Mầm non 10/10 (phường Hồng Hà, TP Hạ Long) trong lễ đón bằng công nhận đạt chuẩn.

Giai đoạn 2021-2024, tỉnh và các địa phương đã bố trí trên 1.850 tỷ đồng đầu tư cơ sở vật chất cho bậc mầm non, xây mới 624 phòng học, cải tạo 1.130 phòng học; tỷ lệ phòng học kiên cố đạt 96,4%.

Năm học 2024-2025, toàn tỉnh có 58.920 trẻ mẫu giáo, tăng 1,8% so với cùng kỳ; 100% trẻ 5 tuổi được học 2 buổi/ngày.

Bà Nguyễn Thị Hương, Phó Giám đốc Sở GD&ĐT, cho biết: Năm 2025, tỉnh phấn đấu có thêm 6 trường đạt chuẩn, nâng tỷ lệ lên 94,8%; đầu tư khoảng 320 tỷ đồng từ ngân sách tỉnh theo Quyết định số 2389/QĐ-UBND.
"""

AS = P("Tính đến 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến 30/9/2024", None, "2024-09-30", inh=True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
G = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
S24 = SY(2024)
Y25 = Y(2025)
figs = [
    F("có 176/192 trường", "176", 176, "count", "trường", "trường mầm non công lập đạt chuẩn quốc gia", AS,
      total=192, percent=91.7, change=CH("increase", 1.7, "%", "chỉ tiêu"), target=T(90, "%", True)),
    F("Trong đó, 58 trường", "58", 58, "count", "trường", "trường đạt chuẩn mức độ 2", ASi, total=176, percent=33),
    F("xếp thứ 3 toàn quốc", "3", 3, "rank", "hạng", "tỷ lệ trường mầm non công lập đạt chuẩn", ASi),
    F("thêm 11 trường", "11", 11, "count", "trường", "trường được công nhận mới đạt chuẩn quốc gia", N9),
    F("và 7 trường", "7", 7, "count", "trường", "trường được công nhận lại đạt chuẩn quốc gia", N9),
    F("có 100% trường", "100", 100, "percent", "%", "trường mầm non công lập đạt chuẩn", ASi, location="Hạ Long"),
    F("(66,7%)", "66,7", 66.7, "percent", "%", "tỷ lệ trường mầm non công lập đạt chuẩn", ASi, location="Ba Chẽ"),
    F("(71,4%)", "71,4", 71.4, "percent", "%", "tỷ lệ trường mầm non công lập đạt chuẩn", ASi, location="Bình Liêu"),
    F("trên 1.850 tỷ đồng", "1.850", 1.85e12, "money", "đồng", "vốn đầu tư cơ sở vật chất cho bậc mầm non", G, approx="over"),
    F("xây mới 624 phòng", "624", 624, "count", "phòng học", "phòng học xây mới", G),
    F("cải tạo 1.130 phòng", "1.130", 1130, "count", "phòng học", "phòng học cải tạo", G),
    F("kiên cố đạt 96,4%", "96,4", 96.4, "percent", "%", "tỷ lệ phòng học kiên cố", G),
    F("có 58.920 trẻ", "58.920", 58920, "count", "trẻ", "trẻ mẫu giáo", S24, change=CH("increase", 1.8, "%", "cùng kỳ")),
    F("100% trẻ 5 tuổi", "100", 100, "percent", "%", "trẻ 5 tuổi được học 2 buổi/ngày", S24),
    F("trẻ 5 tuổi được", "5", 5, "measure", "tuổi", optional=True),
    F("học 2 buổi/ngày", "2", 2, "count", "buổi/ngày", optional=True),
    F("thêm 6 trường", "6", 6, "count", "trường", "trường đạt chuẩn tăng thêm", Y25, status="target"),
    F("lên 94,8%", "94,8", 94.8, "percent", "%", "tỷ lệ trường mầm non công lập đạt chuẩn", Y25, status="target"),
    F("khoảng 320 tỷ đồng", "320", 320e9, "money", "đồng", "vốn đầu tư từ ngân sách tỉnh", Y25, approx="about", status="target"),
]
emit("p266-5", text, [
    "Báo Quảng Ninh (Party newspaper): national-standard kindergartens. Byline before dateline 'MINH HÀ 08:15, 18/11/2024'; tag (BQN).",
    "Distractors: 'Đại hội … lần thứ XV', 'mức độ 2' (a standard level, not a count), school name 'Trường Mầm non 10/10', 'Quyết định số 2389/QĐ-UBND'.",
    "176/192: total 192, percent 91,7, 'vượt 1,7% so với chỉ tiêu' = change with baseline chỉ tiêu, '(90%)' = target (met).",
    "'Trong đó, 58 trường … chiếm 33%' → total 176. The district rates and Hạ Long's 100% are levels: they inherit 'Tính đến 30/9/2024'",
    "(inherited, not scored). The as-of date 'Tính đến 30/9/2024' gives start null. 2025 plans: status target ('phấn đấu' governs the whole clause chain).",
    "'trẻ 5 tuổi' and '2 buổi/ngày' (criteria) optional. 'Giai đoạn 2021-2024' = 2021-01-01 .. 2024-12-31.",
], figs, published="2024-11-18", location="Quảng Ninh")
