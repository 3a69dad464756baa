"""p1405-5: provincial Party newspaper (Báo Hà Tĩnh, tag HTO): a Japanese-language centre, fees, pass rates."""
from lib import F, P, inh, chg, tgt, write

TEXT = """BÁO HÀ TĨNH
Xã hội

Thứ Hai, 18/03/2024 | 14:05

Hơn 300 học viên "luyện" tiếng Nhật chờ xuất cảnh

Mỗi năm, Trung tâm Đào tạo ngoại ngữ Hồng Lam đào tạo tiếng Nhật cho hàng trăm thực tập sinh trước khi sang Nhật Bản làm việc theo các đơn hàng cơ khí, xây dựng, chế biến thực phẩm.

(HTO) - Những ngày này, tại Trung tâm Đào tạo ngoại ngữ Hồng Lam (TP Hà Tĩnh), 326 học viên đang theo học các lớp tiếng Nhật, trong đó 214 người đã trúng tuyển đơn hàng. Mỗi khóa học kéo dài 6 tháng với khoảng 720 tiết; học viên ăn ở tập trung, học từ 7 giờ sáng đến 21 giờ.

Học phí mỗi khóa 8,5 triệu đồng, chưa kể tiền ăn ở khoảng 1,8 triệu đồng/tháng. Năm 2023, trung tâm đào tạo 612 học viên, tăng 18% so với năm 2022; tỷ lệ đạt trình độ N4 trở lên trước khi xuất cảnh là 86,5%. Theo anh Trần Quốc Bảo, giáo viên của trung tâm, học viên phải thi đạt N5 mới được tham gia phỏng vấn đơn hàng.

Em Phan Thị Ngọc (20 tuổi, xã Thạch Hạ) cho biết đã nộp cho doanh nghiệp 115 triệu đồng, trong đó 60 triệu đồng vay từ Ngân hàng Chính sách xã hội. Đơn hàng chế biến thực phẩm mà Ngọc trúng tuyển có mức lương cơ bản 178.000 yên/tháng.

Toàn tỉnh hiện có 9 cơ sở đào tạo tiếng Nhật cho người lao động; năm nay phấn đấu đào tạo 3.000 học viên, dự kiến khoảng 2.400 người xuất cảnh sang Nhật Bản.

THÙY DƯƠNG
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 300 học viên", "300", 300, "count", "học viên", approx="over",
      subject="học viên luyện tiếng Nhật chờ xuất cảnh"),
    F("hàng trăm thực tập sinh", "trăm", 100, "count", "thực tập sinh", approx="over",
      subject="thực tập sinh được trung tâm đào tạo tiếng Nhật mỗi năm", optional=True),
    F("326 học viên", "326", 326, "count", "học viên",
      subject="học viên đang theo học các lớp tiếng Nhật"),
    F("trong đó 214 người", "214", 214, "count", "người", total=326,
      subject="người đã trúng tuyển đơn hàng"),
    F("kéo dài 6 tháng", "6", 6, "measure", "tháng", subject="thời gian mỗi khóa học"),
    F("khoảng 720 tiết", "720", 720, "count", "tiết", approx="about", subject="tiết học mỗi khóa"),
    F("khóa 8,5 triệu", "8,5", 8.5e6, "money", "đồng", subject="học phí mỗi khóa"),
    F("khoảng 1,8 triệu", "1,8", 1.8e6, "money", "đồng/tháng", approx="about", subject="tiền ăn ở"),
    F("đào tạo 612 học viên", "612", 612, "count", "học viên",
      change=chg("increase", 18, "%", "năm 2022"), subject="học viên trung tâm đào tạo", period=Y23),
    F("là 86,5%", "86,5", 86.5, "percent", "%",
      subject="tỷ lệ đạt trình độ N4 trở lên trước khi xuất cảnh", period=Y23),
    F("20 tuổi", "20", 20, "measure", "tuổi", subject="tuổi của em Phan Thị Ngọc", optional=True),
    F("nghiệp 115 triệu", "115", 115e6, "money", "đồng", subject="tiền Ngọc đã nộp cho doanh nghiệp"),
    F("đó 60 triệu", "60", 60e6, "money", "đồng", total=115e6,
      subject="tiền vay từ Ngân hàng Chính sách xã hội"),
    F("bản 178.000 yên", "178.000", 178000, "money", "yên/tháng",
      subject="mức lương cơ bản của đơn hàng chế biến thực phẩm"),
    F("có 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở đào tạo tiếng Nhật cho người lao động"),
    F("tạo 3.000 học viên", "3.000", 3000, "count", "học viên", status="target",
      subject="học viên được đào tạo", period=Y24),
    F("khoảng 2.400 người", "2.400", 2400, "count", "người", approx="about", status="forecast",
      subject="người xuất cảnh sang Nhật Bản", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Hà Tĩnh): section, 'Thứ Hai, 18/03/2024 | 14:05', headline, sapo, '(HTO) -' tag, byline at the end.",
    "Distractors: 14:05, '7 giờ sáng', '21 giờ' (times of day), JLPT levels N4 and N5 (names), 'xã Thạch Hạ'.",
    "Location: the centre is in TP Hà Tĩnh and the HTO tag names the province: every figure Hà Tĩnh (same name after the prefix).",
    "Headline 'Hơn 300 học viên' is a figure (over). 'hàng trăm thực tập sinh' in the sapo is vague: optional.",
    "'Mỗi khóa học kéo dài 6 tháng' is the course length as the claim (a measure in tháng), not a period.",
    "'20 tuổi' (a person's age) is optional: the spec leaves it open (cf. optional 'dưới 5 tuổi' in the shared gold).",
    "'115 triệu đồng, trong đó 60 triệu đồng vay' → total 115 triệu.",
    "'năm nay' takes the year of the dateline (2024); 'năm nay phấn đấu ...' target; 'dự kiến khoảng 2.400 người' forecast (its own cue).",
]

if __name__ == "__main__":
    write("p1405-5", TEXT, NOTES, FIGS, published="2024-03-18", location="Hà Tĩnh")
