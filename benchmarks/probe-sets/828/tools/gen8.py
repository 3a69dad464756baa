"""p828-8: provincial newspaper online (Báo Phú Thọ), headline figure, '(PTO) -' tag; câu lạc bộ hát Xoan, năm 2024."""
from lib import F, write, year, up

TEXT = """
Văn hóa - Xã hội

Phú Thọ: 34 câu lạc bộ hát Xoan thu hút gần 1.600 hội viên

Cập nhật: 16:10, Thứ Tư, 05/03/2025

(PTO) - Năm 2024, 34 câu lạc bộ hát Xoan và dân ca Phú Thọ trên địa bàn tỉnh duy trì sinh hoạt với 1.585 hội viên, tăng 6,2% so với năm 2023; trong đó 4 phường Xoan gốc ở TP Việt Trì (An Thái, Phù Đức, Kim Đới, Thét) có 312 hội viên, chiếm 19,7%.

Cả năm, các câu lạc bộ biểu diễn 1.240 buổi, đạt 112,7% kế hoạch; trong đó 680 buổi phục vụ du khách tại Khu di tích lịch sử Đền Hùng, tăng 1,5 lần so với năm 2023.

Tỉnh hiện có 33 Nghệ nhân Ưu tú và 4 Nghệ nhân Nhân dân về hát Xoan. Các nghệ nhân đã mở 26 lớp truyền dạy cho khoảng 850 học viên, chủ yếu là học sinh tiểu học và THCS; 95% học viên đã thuộc từ 3 đến 5 bài Xoan cổ.

Thù lao mỗi buổi biểu diễn phục vụ du khách dao động 1,5-2 triệu đồng/buổi; ngân sách tỉnh hỗ trợ các phường Xoan gốc 40 triệu đồng/phường/năm. Tổng kinh phí bảo tồn hát Xoan năm 2024 đạt 2,35 tỷ đồng, bằng 104% năm 2023.

Năm 2025, tỉnh đặt mục tiêu thành lập thêm 6 câu lạc bộ, nâng tổng số lên 40 câu lạc bộ; dự kiến tổ chức Liên hoan hát Xoan lần thứ III vào dịp Giỗ Tổ Hùng Vương (10/3 âm lịch) với khoảng 20 đội tham gia.

Thu Hà

Tags: hát Xoan, Phú Thọ, Đền Hùng
"""

Y24 = year("Năm 2024", 2024)
Y24i = year("Năm 2024", 2024, inh=True)
CN = year("Cả năm", 2024)
K24 = year("năm 2024", 2024)
Y25 = year("Năm 2025", 2025)

FIGS = [
    F("Phú Thọ: 34 câu lạc bộ", "34", 34, "count", "câu lạc bộ", "câu lạc bộ hát Xoan"),
    F("gần 1.600 hội viên", "1.600", 1600, "count", "hội viên", "hội viên câu lạc bộ hát Xoan", approx="nearly"),
    F("Năm 2024, 34 câu lạc bộ", "34", 34, "count", "câu lạc bộ", "câu lạc bộ hát Xoan và dân ca Phú Thọ duy trì sinh hoạt", Y24),
    F("với 1.585 hội viên", "1.585", 1585, "count", "hội viên", "hội viên câu lạc bộ hát Xoan và dân ca Phú Thọ", Y24,
      change=up(6.2, "%", "năm 2023")),
    F("trong đó 4 phường", "4", 4, "count", "phường Xoan gốc", "phường Xoan gốc", Y24, location="Việt Trì"),
    F("có 312 hội viên", "312", 312, "count", "hội viên", "hội viên ở các phường Xoan gốc", Y24, total=1585, percent=19.7,
      location="Việt Trì"),
    F("biểu diễn 1.240 buổi", "1.240", 1240, "count", "buổi", "buổi biểu diễn của các câu lạc bộ", CN, percent=112.7),
    F("trong đó 680 buổi", "680", 680, "count", "buổi", "buổi biểu diễn phục vụ du khách tại Khu di tích lịch sử Đền Hùng", CN,
      total=1240, change=up(1.5, "lần", "năm 2023")),
    F("có 33 Nghệ nhân Ưu tú", "33", 33, "count", "Nghệ nhân Ưu tú", "Nghệ nhân Ưu tú về hát Xoan"),
    F("và 4 Nghệ nhân Nhân dân", "4", 4, "count", "Nghệ nhân Nhân dân", "Nghệ nhân Nhân dân về hát Xoan"),
    F("mở 26 lớp", "26", 26, "count", "lớp", "lớp truyền dạy hát Xoan"),
    F("khoảng 850 học viên", "850", 850, "count", "học viên", "học viên các lớp truyền dạy hát Xoan", approx="about"),
    F("95% học viên", "95", 95, "percent", "%", "học viên đã thuộc từ 3 đến 5 bài Xoan cổ"),
    F("từ 3 đến 5 bài", "3", 3, "count", "bài", "bài Xoan cổ học viên đã thuộc", value_max=5, optional=True),
    F("dao động 1,5-2 triệu đồng/buổi", "1,5", 1.5e6, "money", "đồng/buổi", "thù lao mỗi buổi biểu diễn phục vụ du khách",
      value_max=2e6),
    F("gốc 40 triệu đồng/phường/năm", "40", 40e6, "money", "đồng/phường/năm", "ngân sách tỉnh hỗ trợ các phường Xoan gốc"),
    F("đạt 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "tổng kinh phí bảo tồn hát Xoan", K24, percent=104),
    F("thêm 6 câu lạc bộ", "6", 6, "count", "câu lạc bộ", "câu lạc bộ thành lập thêm", Y25, status="target"),
    F("lên 40 câu lạc bộ", "40", 40, "count", "câu lạc bộ", "tổng số câu lạc bộ hát Xoan", Y25, status="target"),
    F("khoảng 20 đội", "20", 20, "count", "đội", "đội tham gia Liên hoan hát Xoan", Y25, approx="about", status="forecast"),
]

NOTES = [
    "Báo Phú Thọ online: câu lạc bộ hát Xoan năm 2024 (invented probe article); headline figure, '(PTO) -' tag,",
    "dateline 'Cập nhật: 16:10, Thứ Tư, 05/03/2025'. Headline figures have no period (none stated). 'từ 3 đến 5 bài' describes the 95% (optional).",
    "Distractors: '16:10', 'lần thứ III', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', the phường names, Tags line.",
    "'Cả năm' = 2024 (the year of the paragraph before). 'bằng 104% năm 2023' is the share of the 2,35 tỷ (percent, like 'bằng 139% cùng kỳ').",
    "312 hội viên (the phường Xoan gốc of TP Việt Trì) are located in Việt Trì; 'đạt 112,7% kế hoạch' is the percent of the 1.240 buổi.",
    "'tăng 1,5 lần so với năm 2023' is the change of the 680 buổi. Statuses: 'đặt mục tiêu' -> target (both 6 and 40), 'dự kiến' -> forecast.",
]

if __name__ == "__main__":
    write(8, TEXT, NOTES, FIGS, published="2025-03-05", location="Phú Thọ")
