"""p1107-5: Báo Bắc Ninh, quan họ and ca trù in schools and clubs (byline and bare date at the end)."""
from lib import F, P, I, C, T, write

TEXT = """Đưa quan họ, ca trù vào trường học: Gần 500 trường tham gia
Tính đến tháng 4/2025, toàn tỉnh Bắc Ninh có 468 trường mầm non, tiểu học và trung học cơ sở đưa dân ca quan họ vào giảng dạy, chiếm 98,7% tổng số trường; trong đó 35 trường có thêm nội dung ca trù.
Từ năm 2023 đến nay, Sở Giáo dục và Đào tạo phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức 6 lớp tập huấn cho hơn 900 giáo viên âm nhạc. Theo chương trình, mỗi học sinh tiểu học được học tối thiểu 4 làn điệu quan họ mỗi năm học.
Phong trào hát quan họ, ca trù trong cộng đồng cũng phát triển mạnh. Toàn tỉnh hiện có 386 CLB quan họ và 7 CLB ca trù, trong đó 92 CLB quan họ thiếu niên với khoảng 2.300 thành viên. Riêng thành phố Từ Sơn có 41 CLB quan họ, huyện Tiên Du có 38 CLB.
Hội thi hát quan họ học sinh lần thứ 5 năm 2024 thu hút 64 đội với gần 1.200 thí sinh tham gia, trong đó 18 đội đoạt giải A, chiếm 28,1%.
Năm 2024, tỉnh chi khoảng 4,2 tỷ đồng hỗ trợ các CLB quan họ, ca trù, tăng 12% so với năm 2023; mức hỗ trợ bình quân 10 triệu đồng/CLB/năm. Ngoài ra, 27 nghệ nhân quan họ, ca trù được hỗ trợ sinh hoạt phí 1,2 triệu đồng/người/tháng theo Nghị quyết số 30/2023/NQ-HĐND.
Mục tiêu đến năm 2030, 100% trường phổ thông trên địa bàn có CLB hoặc nhóm hát quan họ học sinh; phấn đấu mỗi năm mở 20 lớp truyền dạy ca trù cho thanh thiếu niên.
Nghệ nhân Nguyễn Thị Năm, thôn Diềm, phường Hòa Long chia sẻ: “Thấy các cháu hát được câu quan họ cổ, chúng tôi mừng lắm”.
NGUYỄN THẢO
18/5/2025
"""

A4 = P("Tính đến tháng 4/2025", None, "2025-04-30")
SINCE = P("Từ năm 2023 đến nay", "2023-01-01", "2025-05-18")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TG = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Gần 500 trường", "500", 500, "count", "trường", "trường tham gia đưa quan họ, ca trù vào trường học", approx="nearly"),
    F("có 468 trường", "468", 468, "count", "trường", "trường mầm non, tiểu học và trung học cơ sở đưa dân ca quan họ vào giảng dạy",
      A4, percent=98.7),
    F("trong đó 35 trường", "35", 35, "count", "trường", "trường có thêm nội dung ca trù", A4, total=468),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp", "lớp tập huấn giáo viên âm nhạc", SINCE),
    F("hơn 900 giáo viên", "900", 900, "count", "giáo viên", "giáo viên âm nhạc được tập huấn", SINCE, approx="over"),
    F("tối thiểu 4 làn điệu", "4", 4, "count", "làn điệu", "làn điệu quan họ mỗi học sinh tiểu học được học",
      approx="at_least", optional=True),
    F("có 386 CLB", "386", 386, "count", "CLB", "CLB quan họ"),
    F("và 7 CLB ca trù", "7", 7, "count", "CLB", "CLB ca trù"),
    F("trong đó 92 CLB", "92", 92, "count", "CLB", "CLB quan họ thiếu niên", total=386),
    F("khoảng 2.300 thành viên", "2.300", 2300, "count", "thành viên", "thành viên CLB quan họ thiếu niên", approx="about"),
    F("có 41 CLB", "41", 41, "count", "CLB", "CLB quan họ", location="Từ Sơn"),
    F("có 38 CLB", "38", 38, "count", "CLB", "CLB quan họ", location="Tiên Du"),
    F("thu hút 64 đội", "64", 64, "count", "đội", "đội tham gia Hội thi hát quan họ học sinh", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("gần 1.200 thí sinh", "1.200", 1200, "count", "thí sinh", "thí sinh tham gia Hội thi hát quan họ học sinh",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="nearly"),
    F("trong đó 18 đội", "18", 18, "count", "đội", "đội đoạt giải A", P("năm 2024", "2024-01-01", "2024-12-31"),
      total=64, percent=28.1),
    F("khoảng 4,2 tỷ đồng", "4,2", 4_200_000_000, "money", "đồng", "kinh phí tỉnh hỗ trợ các CLB quan họ, ca trù", Y24,
      approx="about", change=C("increase", 12, "%", "năm 2023")),
    F("bình quân 10 triệu đồng/CLB/năm", "10", 10_000_000, "money", "đồng/CLB/năm", "mức hỗ trợ bình quân mỗi CLB", Y24),
    F("27 nghệ nhân", "27", 27, "count", "nghệ nhân", "nghệ nhân quan họ, ca trù được hỗ trợ sinh hoạt phí", I(Y24)),
    F("phí 1,2 triệu đồng/người/tháng", "1,2", 1_200_000, "money", "đồng/người/tháng", "mức hỗ trợ sinh hoạt phí nghệ nhân", I(Y24)),
    F("100% trường", "100", 100, "percent", "%", "trường phổ thông có CLB hoặc nhóm hát quan họ học sinh", TG, status="target"),
    F("mở 20 lớp", "20", 20, "measure", "lớp/năm", "lớp truyền dạy ca trù cho thanh thiếu niên mở mỗi năm", TG, status="target"),
]

NOTES = [
    "Báo Bắc Ninh: quan họ, ca trù in schools and community clubs; byline 'NGUYỄN THẢO' and bare date '18/5/2025' at the end give published.",
    "Not figures: 'lần thứ 5', Nghị quyết số 30/2023/NQ-HĐND, the name 'Nguyễn Thị Năm', 'năm 2023' (baseline), the dates.",
    "'386 CLB quan họ và 7 CLB ca trù, trong đó 92 CLB quan họ thiếu niên': the whole is 386 (same thing), not the sibling 7 just before the cue.",
    "'64 đội với gần 1.200 thí sinh ..., trong đó 18 đội': total 64 (counts đội), percent 28.1.",
    "'Riêng thành phố Từ Sơn có 41 CLB': no part-of cue, no total. 'tối thiểu 4 làn điệu' is the curriculum's norm: optional.",
    "'mỗi năm mở 20 lớp' is a rate: measure lớp/năm, target (phấn đấu), period đến năm 2030 (same sentence, under 'Mục tiêu').",
]

write("p1107-5", TEXT, NOTES, FIGS, published="2025-05-18", location="Bắc Ninh")
