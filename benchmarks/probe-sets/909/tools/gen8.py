"""p909-8: provincial newspaper online (Báo Tây Ninh), headline figure, (BTN) tag, 2025."""
from lib import F, P, I, CH, TG, write

TEXT = """Văn hóa - Văn nghệ
Tây Ninh: 96% ấp, khu phố có đội văn nghệ quần chúng
Cập nhật ngày: 22/05/2025 - 10:05

(BTN) - Từ đầu năm đến nay, phong trào văn nghệ quần chúng trên địa bàn tỉnh tiếp tục phát triển. Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh hiện có 523/545 ấp, khu phố có đội văn nghệ, đạt tỷ lệ 96%, vượt 1 điểm phần trăm so với chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI (95%).

Quý I/2025, các đội văn nghệ, câu lạc bộ đã tổ chức 864 buổi biểu diễn phục vụ Tết Ất Tỵ và kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước, tăng 21% so với cùng kỳ. Từ đầu năm đến nay, toàn tỉnh thành lập mới 14 câu lạc bộ dân vũ.

Nổi bật là phong trào dân vũ với 186 câu lạc bộ, 5.420 hội viên. Các huyện, thị xã có nhiều câu lạc bộ là Hòa Thành (32 câu lạc bộ), Trảng Bàng (28 câu lạc bộ), Gò Dầu (25 câu lạc bộ) và Châu Thành (21 câu lạc bộ).

Ngày 11/5, tại Quảng trường Trung tâm thành phố Tây Ninh (đường 30/4, phường 3), Liên hoan dân vũ tỉnh năm 2025 thu hút 24 câu lạc bộ với gần 600 hội viên tham gia, người lớn tuổi nhất 81 tuổi. Ban tổ chức trao 3 giải Nhất, 6 giải Nhì, 9 giải Ba. Tổng giá trị giải thưởng 72 triệu đồng, mỗi giải Nhất trị giá 8 triệu đồng.

Bà Lê Thị Mai, Phó Giám đốc Sở cho biết, phấn đấu đến cuối năm 2025, 100% ấp, khu phố có đội văn nghệ, mỗi huyện, thị xã, thành phố có ít nhất 10 câu lạc bộ dân vũ; dự kiến tổng kinh phí hỗ trợ khoảng 1,5 tỷ đồng.

Thanh Hải
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-05-22")
E25 = P("đến cuối năm 2025", None, "2025-12-31")
L = "câu lạc bộ dân vũ"

FIGS = [
    F("Tây Ninh: 96% ấp", "96", 96, "percent", "%", "ấp, khu phố có đội văn nghệ quần chúng"),
    F("có 523/545 ấp", "523", 523, "count", "ấp, khu phố", "ấp, khu phố có đội văn nghệ", total=545,
      percent=96, change=CH("increase", 1, "điểm phần trăm", "chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh"),
      target=TG(95, "%", True)),
    F("tổ chức 864 buổi", "864", 864, "count", "buổi", "buổi biểu diễn của các đội văn nghệ, câu lạc bộ", Q1,
      change=CH("increase", 21, "%", "cùng kỳ")),
    F("mới 14 câu lạc bộ", "14", 14, "count", "câu lạc bộ", "câu lạc bộ dân vũ thành lập mới", YTD),
    F("với 186 câu lạc bộ", "186", 186, "count", "câu lạc bộ", L),
    F("5.420 hội viên", "5.420", 5420, "count", "hội viên", "hội viên câu lạc bộ dân vũ"),
    F("Hòa Thành (32 câu lạc bộ)", "32", 32, "count", "câu lạc bộ", L, location="Hòa Thành"),
    F("Trảng Bàng (28 câu lạc bộ)", "28", 28, "count", "câu lạc bộ", L, location="Trảng Bàng"),
    F("Gò Dầu (25 câu lạc bộ)", "25", 25, "count", "câu lạc bộ", L, location="Gò Dầu"),
    F("Châu Thành (21 câu lạc bộ)", "21", 21, "count", "câu lạc bộ", L, location="Châu Thành"),
    F("thu hút 24 câu lạc bộ", "24", 24, "count", "câu lạc bộ", "câu lạc bộ tham gia Liên hoan dân vũ tỉnh"),
    F("gần 600 hội viên", "600", 600, "count", "hội viên", "hội viên tham gia Liên hoan dân vũ tỉnh",
      approx="nearly"),
    F("nhất 81 tuổi", "81", 81, "measure", "tuổi", "tuổi của hội viên lớn tuổi nhất"),
    F("trao 3 giải Nhất", "3", 3, "count", "giải Nhất", "giải Nhất Liên hoan dân vũ tỉnh"),
    F("6 giải Nhì", "6", 6, "count", "giải Nhì", "giải Nhì Liên hoan dân vũ tỉnh"),
    F("9 giải Ba", "9", 9, "count", "giải Ba", "giải Ba Liên hoan dân vũ tỉnh"),
    F("thưởng 72 triệu đồng", "72", 72e6, "money", "đồng", "tổng giá trị giải thưởng"),
    F("trị giá 8 triệu đồng", "8", 8e6, "money", "đồng", "giá trị mỗi giải Nhất"),
    F("2025, 100% ấp", "100", 100, "percent", "%", "ấp, khu phố có đội văn nghệ", E25, status="target"),
    F("ít nhất 10 câu lạc bộ", "10", 10, "count", "câu lạc bộ", "câu lạc bộ dân vũ mỗi huyện, thị xã, thành phố",
      E25, approx="at_least", status="target"),
    F("khoảng 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "tổng kinh phí hỗ trợ", approx="about",
      status="forecast"),
]

NOTES = [
    "Báo Tây Ninh online ('Cập nhật ngày: 22/05/2025 - 10:05', '(BTN) -' tag): coverage of hamlets with troupes, Q1/2025 shows,",
    "folk-dance clubs by district, the provincial folk-dance festival (11/5), 2025 targets. Location Tây Ninh; list items their district.",
    "The headline 96% is a figure of its own; in the body 'đạt tỷ lệ 96%' is the percent of 523/545, with 'vượt 1 điểm phần trăm so với",
    "chỉ tiêu ... (95%)' as its change (plan gap) and target 95 met. 'hiện' gives no period.",
    "The district list (32+28+25+21 = 106) does not add up to 186: no totals. The festival date 'Ngày 11/5' is an event date, not a",
    "reporting period: no period for the festival figures. 'ít nhất 10 câu lạc bộ' is the target itself (required).",
    "Distractors: 22/05/2025 - 10:05, (BTN), lần thứ XI, 50 năm (anniversary), Ngày 11/5, đường 30/4, phường 3, Tết Ất Tỵ.",
]

if __name__ == "__main__":
    write("p909-8", TEXT, FIGS, NOTES, published="2025-05-22", location="Tây Ninh")
