"""p1107-1: Hà Tĩnh province portal, ca trù clubs in the first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Hà Tĩnh
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Các câu lạc bộ ca trù biểu diễn hơn 120 buổi trong 6 tháng
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.317
6 tháng đầu năm 2024, các câu lạc bộ (CLB) ca trù trên địa bàn tỉnh đã tổ chức 126 buổi biểu diễn, tăng 18 buổi so với cùng kỳ năm 2023, phục vụ khoảng 14.500 lượt người xem.
Hiện toàn tỉnh có 9 CLB ca trù, gồm thị xã Kỳ Anh (3 CLB), huyện Nghi Xuân (2 CLB), huyện Can Lộc (2 CLB), thành phố Hà Tĩnh (1 CLB) và huyện Thạch Hà (1 CLB). Các CLB có 214 thành viên, trong đó có 38 nghệ nhân cao tuổi và 71 thành viên dưới 30 tuổi.
Từ đầu năm đến nay, Sở Văn hóa, Thể thao và Du lịch phối hợp với các địa phương mở 7 lớp truyền dạy ca trù cho 135 học viên, trong đó có 96 học viên là học sinh tiểu học và trung học cơ sở. Mỗi lớp kéo dài 3 tháng, học 2 buổi/tuần.
Tổng kinh phí hỗ trợ hoạt động bảo tồn ca trù 6 tháng ước đạt 850 triệu đồng, đạt 70,8% kế hoạch năm. Trong đó, ngân sách tỉnh chiếm khoảng 65%, còn lại là nguồn xã hội hóa. Mỗi nghệ nhân tham gia truyền dạy được hỗ trợ 1,5 triệu đồng/tháng.
Liên hoan ca trù tỉnh lần thứ 3 dự kiến tổ chức vào tháng 11/2024 với khoảng 150 diễn viên tham gia.
Theo Kế hoạch số 286/KH-UBND, đến năm 2025 tỉnh phấn đấu có 12 CLB ca trù hoạt động thường xuyên, 100% CLB có lớp truyền dạy cho thế hệ trẻ. Hiện Hà Tĩnh có 4 nghệ nhân ca trù được phong tặng danh hiệu Nghệ nhân Ưu tú theo Nghị định số 62/2014/NĐ-CP.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
K6 = P("6 tháng", "2024-01-01", "2024-06-30")
TG = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 120 buổi", "120", 120, "count", "buổi", "buổi biểu diễn của các câu lạc bộ ca trù",
      P("trong 6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("tổ chức 126 buổi", "126", 126, "count", "buổi biểu diễn", "buổi biểu diễn của các câu lạc bộ ca trù", H1,
      change=C("increase", 18, "buổi", "cùng kỳ năm 2023")),
    F("khoảng 14.500 lượt", "14.500", 14500, "count", "lượt người xem", "lượt người xem các buổi biểu diễn ca trù", H1,
      approx="about"),
    F("có 9 CLB ca trù", "9", 9, "count", "CLB", "CLB ca trù"),
    F("Kỳ Anh (3 CLB)", "3", 3, "count", "CLB", "CLB ca trù", total=9, location="Kỳ Anh"),
    F("Nghi Xuân (2 CLB)", "2", 2, "count", "CLB", "CLB ca trù", total=9, location="Nghi Xuân"),
    F("Can Lộc (2 CLB)", "2", 2, "count", "CLB", "CLB ca trù", total=9, location="Can Lộc"),
    F("thành phố Hà Tĩnh (1 CLB)", "1", 1, "count", "CLB", "CLB ca trù", total=9, location="thành phố Hà Tĩnh"),
    F("Thạch Hà (1 CLB)", "1", 1, "count", "CLB", "CLB ca trù", total=9, location="Thạch Hà"),
    F("có 214 thành viên", "214", 214, "count", "thành viên", "thành viên các CLB ca trù"),
    F("có 38 nghệ nhân", "38", 38, "count", "nghệ nhân", "nghệ nhân cao tuổi", total=214),
    F("và 71 thành viên", "71", 71, "count", "thành viên", "thành viên dưới 30 tuổi", total=214),
    F("dưới 30 tuổi", "30", 30, "measure", "tuổi", "ngưỡng tuổi thành viên trẻ", approx="under", optional=True),
    F("mở 7 lớp", "7", 7, "count", "lớp", "lớp truyền dạy ca trù", YTD),
    F("cho 135 học viên", "135", 135, "count", "học viên", "học viên các lớp truyền dạy ca trù", YTD),
    F("có 96 học viên", "96", 96, "count", "học viên", "học viên là học sinh tiểu học và trung học cơ sở", YTD,
      total=135),
    F("kéo dài 3 tháng", "3", 3, "measure", "tháng", "thời gian mỗi lớp truyền dạy"),
    F("học 2 buổi/tuần", "2", 2, "measure", "buổi/tuần", "số buổi học mỗi tuần"),
    F("ước đạt 850 triệu đồng", "850", 850_000_000, "money", "đồng", "tổng kinh phí hỗ trợ hoạt động bảo tồn ca trù", K6,
      percent=70.8, status="estimate"),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", "ngân sách tỉnh trong tổng kinh phí bảo tồn ca trù", I(K6),
      approx="about"),
    F("hỗ trợ 1,5 triệu đồng/tháng", "1,5", 1_500_000, "money", "đồng/tháng", "mức hỗ trợ nghệ nhân tham gia truyền dạy"),
    F("khoảng 150 diễn viên", "150", 150, "count", "diễn viên", "diễn viên tham gia Liên hoan ca trù tỉnh",
      P("tháng 11/2024", "2024-11-01", "2024-11-30"), approx="about", status="forecast"),
    F("có 12 CLB", "12", 12, "count", "CLB", "CLB ca trù hoạt động thường xuyên", TG, status="target"),
    F("100% CLB", "100", 100, "percent", "%", "CLB có lớp truyền dạy cho thế hệ trẻ", TG, status="target"),
    F("có 4 nghệ nhân", "4", 4, "count", "nghệ nhân", "nghệ nhân ca trù được phong tặng danh hiệu Nghệ nhân Ưu tú"),
]

NOTES = [
    "Cổng TTĐT tỉnh Hà Tĩnh: CLB ca trù 6 tháng đầu năm 2024 (biểu diễn, thành viên, lớp truyền dạy, kinh phí, mục tiêu 2025).",
    "Dateline 'Cập nhật: 12/07/2024 09:45'; 'Lượt xem: 2.317', 'lần thứ 3', 'tháng 11/2024', Kế hoạch số 286/KH-UBND, Nghị định số 62/2014/NĐ-CP are not figures.",
    "The district counts follow 'gồm' after 9 CLB and add up to it: total 9. '38 nghệ nhân', '71 thành viên' follow 'trong đó' after 214 thành viên.",
    "Headline 'trong 6 tháng' has no year: nothing dated precedes it, so it takes 2024 from the dateline.",
    "'Trong đó, ngân sách tỉnh chiếm khoảng 65%' is a share of another whole, in its own sentence: a percent figure, actual, period inherited.",
    "'dưới 30 tuổi' is a category threshold: optional.",
]

write("p1107-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Hà Tĩnh")
