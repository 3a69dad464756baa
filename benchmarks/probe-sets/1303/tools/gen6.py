"""p1303-6: national newspaper (VnExpress-like): TP HCM primary pupils overweight and obese, school year 2023-2024."""
from lib import F, P, I, C, T, write

TEXT = """Giáo dục › Tin tức

Thứ hai, 16/9/2024, 06:00 (GMT+7)

TP HCM: Gần 42% học sinh tiểu học thừa cân, béo phì

Tỷ lệ học sinh tiểu học TP HCM thừa cân, béo phì năm học 2023-2024 lên 41,8%, cao gấp đôi mức trung bình cả nước, theo Sở Y tế.

Số liệu được công bố tại hội nghị tổng kết công tác y tế trường học ngày 14/9. Trong số 628.400 học sinh tiểu học được khám, khoảng 262.700 em thừa cân hoặc béo phì. Ở cấp THCS và THPT, tỷ lệ lần lượt là 34,5% và 20,1%.

Quận 1, quận 3 và TP Thủ Đức là những nơi có tỷ lệ cao nhất, trên 50% ở một số trường. Ngược lại, huyện Cần Giờ chỉ khoảng 22%.

Bác sĩ Lê Minh Khoa, Trung tâm Kiểm soát bệnh tật TP HCM (HCDC), cho biết trẻ ở thành phố ăn nhiều thức ăn nhanh, ngủ muộn và dành trung bình 4-5 giờ mỗi ngày cho màn hình điện thoại, máy tính bảng. Khoảng 18% trẻ béo phì được khám đã có dấu hiệu rối loạn mỡ máu, 6,5% tăng huyết áp.

"Nhiều phụ huynh vẫn nghĩ con bụ bẫm là khỏe. Có em học lớp 3 nặng gần 60 kg nhưng gia đình chưa đưa đi khám", ông Khoa nói. Toàn thành phố hiện có khoảng 1.100 nhân viên y tế trường học, trong đó chỉ 45% có trình độ cao đẳng y trở lên.

Năm học 2024-2025, thành phố dự kiến chi khoảng 15 tỷ đồng để trang bị cân, thước đo và phần mềm theo dõi chỉ số BMI cho 1.050 trường tiểu học, THCS. Sở GD&ĐT đặt mục tiêu mỗi năm giảm 1-1,5% tỷ lệ thừa cân, béo phì ở học sinh tiểu học.

Thu Hằng
"""

SY = P("năm học 2023-2024", "2023-09-01", "2024-05-31")
SY2 = P("Năm học 2024-2025", "2024-09-01", "2025-05-31")
TT = "tỷ lệ thừa cân, béo phì"

FIGS = [
    F("Gần 42%", "42", 42, "percent", "%", approx="nearly", subject="học sinh tiểu học thừa cân, béo phì"),
    F("lên 41,8%", "41,8", 41.8, "percent", "%", change=C("increase", 2, "lần", "mức trung bình cả nước"),
      subject="tỷ lệ học sinh tiểu học thừa cân, béo phì", period=SY),
    F("khoảng 262.700 em", "262.700", 262700, "count", "em", approx="about", total=628400,
      subject="học sinh tiểu học thừa cân hoặc béo phì", period=I(SY)),
    F("là 34,5%", "34,5", 34.5, "percent", "%", subject=TT + " học sinh THCS", period=I(SY)),
    F("và 20,1%", "20,1", 20.1, "percent", "%", subject=TT + " học sinh THPT", period=I(SY)),
    F("trên 50%", "50", 50, "percent", "%", approx="over", subject=TT + " ở một số trường"),
    F("khoảng 22%", "22", 22, "percent", "%", approx="about", subject=TT, location="Cần Giờ"),
    F("trung bình 4-5 giờ", "4", 4, "measure", "giờ/ngày", value_max=5,
      subject="thời gian trẻ dành cho màn hình điện thoại, máy tính bảng"),
    F("Khoảng 18%", "18", 18, "percent", "%", approx="about",
      subject="trẻ béo phì được khám có dấu hiệu rối loạn mỡ máu"),
    F("6,5% tăng", "6,5", 6.5, "percent", "%", subject="trẻ béo phì được khám tăng huyết áp"),
    F("nặng gần 60 kg", "60", 60, "measure", "kg", approx="nearly", subject="cân nặng của một học sinh lớp 3"),
    F("khoảng 1.100 nhân viên", "1.100", 1100, "count", "nhân viên y tế", approx="about",
      subject="nhân viên y tế trường học"),
    F("chỉ 45%", "45", 45, "percent", "%", subject="nhân viên y tế trường học có trình độ cao đẳng y trở lên"),
    F("khoảng 15 tỷ", "15", 15e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí trang bị cân, thước đo và phần mềm theo dõi chỉ số BMI", period=SY2),
    F("cho 1.050 trường", "1.050", 1050, "count", "trường", status="forecast",
      subject="trường tiểu học, THCS được trang bị cân, thước đo và phần mềm", period=SY2),
    F("giảm 1-1,5%", "1", 1, "percent", "%", value_max=1.5, status="target",
      subject="mức giảm tỷ lệ thừa cân, béo phì ở học sinh tiểu học mỗi năm"),
]

NOTES = [
    "National newspaper (VnExpress-like): section path, 'Thứ hai, 16/9/2024, 06:00 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 06:00, (GMT+7), 'ngày 14/9', 'Quận 1, quận 3' (district names), 'lớp 3', 'BMI'.",
    "Location TP Hồ Chí Minh by default; 'huyện Cần Giờ chỉ khoảng 22%' → Cần Giờ; 'trên 50% ở một số trường' of three districts → TP HCM.",
    "'cao gấp đôi mức trung bình cả nước' after 41,8% → change ×2 (lần), as 'cao hơn'. 'Trong số 628.400 ... khoảng 262.700 em' → total.",
    "'lần lượt là 34,5% và 20,1%' → two percents, subjects by order (THCS, THPT); school-year period inherited from the sapo.",
    "'năm học 2023-2024'/'Năm học 2024-2025' annotated 09-01..05-31 (not in FIGURES.md). 'dự kiến' → forecast for 15 tỷ and 1.050 trường.",
    "'mục tiêu mỗi năm giảm 1-1,5%' → a percent range as the claim (target), no change, no period (a yearly rate).",
    "'khoảng 1.100 nhân viên ..., trong đó chỉ 45% ...' → 45% is a percent figure of its own (a share with no whole in the same unit).",
    "'Khoảng 18% ..., 6,5% tăng huyết áp' → two percent figures (6,5% continues the clause, but 'Khoảng' does not reach it).",
]

if __name__ == "__main__":
    write("p1303-6", TEXT, NOTES, FIGS, published="2024-09-16", location="TP Hồ Chí Minh")
