"""p1303-5: provincial newspaper (Báo Hải Dương, tag '(BHD) -'): a weight club at a primary school in TP Chí Linh."""
from lib import F, P, I, C, T, write

TEXT = """BÁO HẢI DƯƠNG ĐIỆN TỬ
Giáo dục | Sức khỏe

Thứ Năm, 23/05/2024 | 15:10

Câu lạc bộ "Khỏe để học tốt" giúp học sinh béo phì giảm cân

Sau một học kỳ tham gia câu lạc bộ vận động của Trường Tiểu học Sao Đỏ (TP Chí Linh), 46 học sinh béo phì đã giảm trung bình 2,3 kg mỗi em.

(BHD) - Đầu năm học, kết quả cân đo cho thấy trường có 412/1.350 học sinh thừa cân, béo phì, chiếm 30,5%. Từ tháng 10/2023, nhà trường thành lập câu lạc bộ với 46 em béo phì, tập 3 buổi mỗi tuần, mỗi buổi 45 phút sau giờ học, gồm nhảy dây, bóng rổ và chạy bền.

Cô Nguyễn Thị Thu Hà, Hiệu trưởng nhà trường, cho biết: "Bữa bán trú được điều chỉnh, bớt đồ ngọt, tăng rau, mỗi suất khoảng 550-600 kcal. Phụ huynh cũng được hướng dẫn cho con uống không quá 1 hộp sữa có đường mỗi ngày". Sau học kỳ I, 31 em trong câu lạc bộ đã giảm cân, 9 em ra khỏi nhóm béo phì.

Em Vũ Minh Khang, học sinh lớp 4A2, cho biết sau 5 tháng em đã giảm từ 49 kg xuống 45,5 kg. Mẹ em, chị Đỗ Thị Lan, kể trước đây mỗi ngày em uống hai chai nước ngọt.

Theo Sở GD&ĐT Hải Dương, năm học 2023-2024 toàn tỉnh có 7,9% học sinh tiểu học béo phì và 10,4% thừa cân. Hiện mới có 35 trong số 262 trường tiểu học thành lập câu lạc bộ tương tự; năm nay, ngành giáo dục đặt mục tiêu nhân rộng ra ít nhất 100 trường.

Bài, ảnh: PHƯƠNG LINH

Tin cùng chuyên mục:
- Hải Dương: 100% điểm thi tốt nghiệp THPT năm 2024 sẵn sàng
- Chí Linh tổ chức Ngày hội STEM lần thứ 2
"""

SY = P("năm học 2023-2024", "2023-09-01", "2024-05-31")
Y24 = P("năm nay", "2024-01-01", "2024-12-31")
CL = "Chí Linh"

FIGS = [
    F("Linh), 46 học sinh", "46", 46, "count", "học sinh",
      subject="học sinh béo phì tham gia câu lạc bộ vận động", location=CL),
    F("trung bình 2,3 kg", "2,3", 2.3, "measure", "kg",
      subject="cân nặng giảm trung bình của học sinh béo phì trong câu lạc bộ", location=CL),
    F("có 412/1.350", "412", 412, "count", "học sinh", total=1350, percent=30.5,
      subject="học sinh thừa cân, béo phì", location=CL),
    F("với 46 em", "46", 46, "count", "em", subject="học sinh béo phì tham gia câu lạc bộ", location=CL),
    F("tập 3 buổi", "3", 3, "measure", "buổi/tuần", subject="số buổi tập của câu lạc bộ", location=CL),
    F("mỗi buổi 45 phút", "45", 45, "measure", "phút/buổi", subject="thời gian mỗi buổi tập", location=CL),
    F("khoảng 550-600 kcal", "550", 550, "measure", "kcal/suất", value_max=600, approx="about",
      subject="năng lượng mỗi suất ăn bán trú", location=CL),
    F("không quá 1 hộp", "1", 1, "measure", "hộp/ngày", approx="at_most",
      subject="sữa có đường phụ huynh được hướng dẫn cho con uống", location=CL, optional=True),
    F("I, 31 em", "31", 31, "count", "em", subject="học sinh trong câu lạc bộ đã giảm cân", location=CL),
    F("cân, 9 em", "9", 9, "count", "em", subject="học sinh ra khỏi nhóm béo phì", location=CL),
    F("từ 49 kg", "49", 49, "measure", "kg", subject="cân nặng của em Vũ Minh Khang trước khi giảm", location=CL),
    F("xuống 45,5 kg", "45,5", 45.5, "measure", "kg", subject="cân nặng của em Vũ Minh Khang sau 5 tháng",
      location=CL),
    F("uống hai chai", "hai", 2, "measure", "chai/ngày", subject="nước ngọt em uống mỗi ngày trước đây",
      location=CL),
    F("có 7,9%", "7,9", 7.9, "percent", "%", subject="học sinh tiểu học béo phì", period=SY),
    F("và 10,4%", "10,4", 10.4, "percent", "%", subject="học sinh tiểu học thừa cân", period=SY),
    F("có 35 trong", "35", 35, "count", "trường", total=262,
      subject="trường tiểu học thành lập câu lạc bộ tương tự"),
    F("100% điểm thi", "100", 100, "percent", "%", subject="điểm thi tốt nghiệp THPT sẵn sàng", optional=True),
    F("ít nhất 100 trường", "100", 100, "count", "trường", approx="at_least", status="target",
      subject="trường nhân rộng câu lạc bộ", period=Y24),
]

NOTES = [
    "Provincial newspaper (Báo Hải Dương): section menu, 'Thứ Năm, 23/05/2024 | 15:10', headline, sapo, tag '(BHD) -', quote, byline, related links.",
    "Distractors: 15:10, 'học kỳ I', 'lớp 4A2', 'sau 5 tháng' (a duration), 'lần thứ 2' in a link title, 'STEM'.",
    "'100% điểm thi ...' stands in a related-link title (another article's headline): optional.",
    "The school passage (Trường Tiểu học Sao Đỏ, TP Chí Linh) → location Chí Linh; the province's figures (last paragraph) → Hải Dương.",
    "'412/1.350 học sinh ..., chiếm 30,5%' → total 1350, percent 30.5. '35 trong số 262 trường' → total 262 (262 not a figure of its own).",
    "'31 em trong câu lạc bộ' has no numeric whole in the cue: no total. 'giảm trung bình 2,3 kg' is the claim itself (measure, no change).",
    "'không quá 1 hộp sữa ... mỗi ngày' is advice to parents (a norm): optional. 'từ 49 kg xuống 45,5 kg' → two measures (as 'từ ... lên ...').",
    "'năm học 2023-2024' annotated 2023-09-01..2024-05-31 (not in FIGURES.md). 'năm nay' → 2024 (published).",
    "'Đầu năm học', 'Từ tháng 10/2023' (start of the club) and 'Sau học kỳ I' give no period to the club's figures.",
]

if __name__ == "__main__":
    write("p1303-5", TEXT, NOTES, FIGS, published="2024-05-23", location="Hải Dương")
