"""p570-8: provincial newspaper (Baophutho.vn tag) — school milk programme, Phú Thọ implied by the tag only."""
from lib import F, P, I, CH, AGE, emit

TEXT = """Giáo dục - Đào tạo
Gần 98% trẻ mầm non, học sinh tiểu học được uống sữa học đường
20/06/2024 | 07:30

(Baophutho.vn) - Theo Sở Giáo dục và Đào tạo, tính đến hết tháng 5/2024, Chương trình Sữa học đường theo Quyết định số 1340/QĐ-TTg của Thủ tướng Chính phủ đã được triển khai tại 100% cơ sở giáo dục mầm non và tiểu học trên địa bàn tỉnh, với 186.420 trẻ tham gia, chiếm 97,8% tổng số trẻ mầm non, học sinh tiểu học.

Trẻ được uống sữa 5 buổi/tuần, mỗi buổi một hộp 180 ml. Tổng kinh phí thực hiện chương trình trong năm học vừa qua là 142,6 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 71,3 tỷ đồng, phần còn lại do phụ huynh và doanh nghiệp cung ứng sữa cùng đóng góp. Riêng huyện Tân Sơn, ngân sách tỉnh hỗ trợ 100% kinh phí cho 12.480 trẻ thuộc hộ nghèo, hộ cận nghèo và trẻ người dân tộc thiểu số.

Trẻ em Trường Mầm non Gia Cẩm 2 (TP Việt Trì) trong giờ uống sữa. Ảnh: T.L

Kết quả đánh giá tại 42 trường mầm non cho thấy, sau một năm học, chiều cao trung bình của trẻ tham gia chương trình tăng 6,2 cm, cân nặng tăng 1,9 kg; tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm từ 9,6% xuống 8,1%. Tại các huyện Thanh Sơn (11,2%), Yên Lập (10,7%), tỷ lệ này vẫn cao hơn mức bình quân của tỉnh.

Đến năm 2025, tỉnh phấn đấu nâng tỷ lệ trẻ được uống sữa học đường lên 99%, đồng thời mở rộng chương trình tới 27 trường trung học cơ sở vùng khó khăn.

Thu Hà

Đường dây nóng: 0210.3846.123
"""

ASOF = P("tính đến hết tháng 5/2024", None, "2024-05-31")
T2025 = P("Đến năm 2025", None, "2025-12-31")
ST = "tỷ lệ trẻ suy dinh dưỡng thể thấp còi"

FIGS = [
    F("Gần 98%", "98", 98, "percent", "%", "trẻ mầm non, học sinh tiểu học được uống sữa học đường", I(ASOF), approx="nearly"),
    F("tại 100% cơ sở", "100", 100, "percent", "%", "cơ sở giáo dục mầm non và tiểu học triển khai Chương trình Sữa học đường", ASOF),
    F("với 186.420 trẻ", "186.420", 186420, "count", "trẻ", "trẻ tham gia Chương trình Sữa học đường", ASOF, percent=97.8),
    F("5 buổi/tuần", "5", 5, "measure", "buổi/tuần", "số buổi trẻ được uống sữa"),
    F("mỗi buổi một hộp", "một", 1, "count", "hộp", optional=True),
    F("hộp 180 ml", "180", 180, "measure", "ml", optional=True),
    F("là 142,6 tỷ đồng", "142,6", 142.6e9, "money", "đồng", "tổng kinh phí thực hiện chương trình"),
    F("hỗ trợ 71,3 tỷ đồng", "71,3", 71.3e9, "money", "đồng", "ngân sách nhà nước hỗ trợ", total=142.6e9),
    F("hỗ trợ 100% kinh phí", "100", 100, "percent", "%", "kinh phí ngân sách tỉnh hỗ trợ", location="Tân Sơn"),
    F("cho 12.480 trẻ", "12.480", 12480, "count", "trẻ",
      "trẻ thuộc hộ nghèo, hộ cận nghèo và trẻ người dân tộc thiểu số được hỗ trợ kinh phí", location="Tân Sơn"),
    F("tại 42 trường", "42", 42, "count", "trường mầm non", "trường mầm non được đánh giá"),
    F("tăng 6,2 cm", "6,2", 6.2, "measure", "cm", "chiều cao trung bình của trẻ tham gia chương trình tăng"),
    F("tăng 1,9 kg", "1,9", 1.9, "measure", "kg", "cân nặng trung bình của trẻ tham gia chương trình tăng"),
    F("từ 9,6%", "9,6", 9.6, "percent", "%", ST),
    F("xuống 8,1%", "8,1", 8.1, "percent", "%", ST),
    F("Thanh Sơn (11,2%)", "11,2", 11.2, "percent", "%", ST, location="Thanh Sơn"),
    F("Yên Lập (10,7%)", "10,7", 10.7, "percent", "%", ST, location="Yên Lập"),
    F("lên 99%", "99", 99, "percent", "%", "tỷ lệ trẻ được uống sữa học đường", T2025, status="target"),
    F("tới 27 trường", "27", 27, "count", "trường trung học cơ sở", "trường trung học cơ sở vùng khó khăn được mở rộng chương trình",
      T2025, status="target"),
]

COMMENTS = [
    "Báo Phú Thọ (tag '(Baophutho.vn) -'): Chương trình Sữa học đường; dateline '20/06/2024 | 07:30'. The province is never named:",
    "the paper's own tag implies Phú Thọ (FIGURES.md 'location'), so location Phú Thọ; district items/clauses take the district.",
    "'Quyết định số 1340/QĐ-TTg', 'Trường Mầm non Gia Cẩm 2', 'TP Việt Trì' in a caption, 'sau một năm học' (a duration), the hotline are not figures.",
    "'mỗi buổi một hộp 180 ml' (serving size) optional. 'tăng 6,2 cm' / 'tăng 1,9 kg' with no base amount are measure figures, not changes.",
    "'giảm từ 9,6% xuống 8,1%' gives two percent figures. 'Đến năm 2025 … phấn đấu' → target, continuing after 'đồng thời'.",
    "Sentences with no period phrase ('trong năm học vừa qua', 'sau một năm học') have no period.",
]

if __name__ == "__main__":
    emit("p570-8", TEXT, COMMENTS, FIGS, published="2024-06-20", location="Phú Thọ")
