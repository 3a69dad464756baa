"""p1400-4: provincial Party newspaper (Báo Hà Tĩnh): candidates exempted from the foreign-language exam by IELTS."""
from lib import F, period, inherited, year, change, target, write

TEXT = """BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN, NHÂN DÂN TỈNH HÀ TĨNH
Giáo dục

Hơn 1.100 thí sinh Hà Tĩnh được miễn thi ngoại ngữ nhờ chứng chỉ quốc tế

11/07/2024 - 07:40

Số thí sinh dùng chứng chỉ ngoại ngữ quốc tế để miễn thi môn ngoại ngữ trong kỳ thi tốt nghiệp THPT tăng mạnh, phần lớn đạt từ 6.0 đến 7.5 IELTS.

(Baohatinh.vn) - Năm 2024, Hà Tĩnh có 1.136 thí sinh được miễn thi môn ngoại ngữ trong kỳ thi tốt nghiệp THPT, tăng gần 2,1 lần so với năm 2022. Trong đó, 978 em sử dụng chứng chỉ IELTS, số còn lại dùng chứng chỉ TOEFL iBT, Cambridge hoặc TOPIK.

Theo Sở Giáo dục và Đào tạo, thí sinh có chứng chỉ IELTS từ 4.0 trở lên được miễn thi ngoại ngữ khi xét công nhận tốt nghiệp. Phần lớn thí sinh đạt từ 6.0 đến 7.5; có 23 em đạt 8.0 trở lên.

Thủ khoa IELTS của tỉnh năm nay là em Lê Minh Khôi, lớp 12 Anh 1, Trường THPT Chuyên Hà Tĩnh, với 8.5 IELTS. Khôi cho biết mỗi ngày em dành khoảng 3 giờ tự học tiếng Anh.

Nhu cầu luyện thi tăng kéo theo sự phát triển của các trung tâm ngoại ngữ. Hiện toàn tỉnh có 47 trung tâm ngoại ngữ được cấp phép, riêng TP Hà Tĩnh có 29 trung tâm. Học phí một khóa luyện thi IELTS phổ biến từ 8 đến 15 triệu đồng; lệ phí thi IELTS hiện là 4.664.000 đồng/lượt.

Năm 2025, Sở phấn đấu 100% trường THPT tổ chức câu lạc bộ tiếng Anh, đưa tỷ lệ thí sinh có chứng chỉ quốc tế lên khoảng 12% (năm 2024 là 7,6%).

Thu Hiền

Tin cùng chuyên mục:
- Học sinh Hà Tĩnh đoạt giải Olympic tiếng Anh toàn quốc năm 2024
- Trường THPT Chuyên Hà Tĩnh tuyển sinh lớp 10 chuyên Anh
"""

Y24 = year("Năm 2024", 2024)
Y24_NOW = year("năm nay", 2024)
Y25 = year("Năm 2025", 2025)
IELTS = "điểm IELTS của phần lớn thí sinh được miễn thi"

FIGS = [
    F("Hơn 1.100 thí sinh", "1.100", 1100, "count", "thí sinh", approx="over",
      subject="thí sinh được miễn thi ngoại ngữ nhờ chứng chỉ quốc tế"),
    F("đạt từ 6.0 đến 7.5 IELTS", "6.0", 6, "measure", "điểm", value_max=7.5, subject=IELTS),
    F("có 1.136 thí sinh", "1.136", 1136, "count", "thí sinh",
      change=change("increase", 2.1, "lần", "năm 2022", approx="nearly"),
      subject="thí sinh được miễn thi môn ngoại ngữ trong kỳ thi tốt nghiệp THPT", per=Y24),
    F("978 em", "978", 978, "count", "em", total=1136,
      subject="thí sinh sử dụng chứng chỉ IELTS", per=inherited(Y24)),
    F("từ 4.0 trở lên", "4.0", 4, "measure", "điểm", approx="at_least", optional=True),
    F("sinh đạt từ 6.0 đến 7.5;", "6.0", 6, "measure", "điểm", value_max=7.5, subject=IELTS,
      per=inherited(Y24)),
    F("có 23 em", "23", 23, "count", "em", subject="thí sinh đạt 8.0 IELTS trở lên", per=inherited(Y24)),
    F("đạt 8.0 trở lên", "8.0", 8, "measure", "điểm", approx="at_least", optional=True),
    F("với 8.5 IELTS", "8.5", 8.5, "measure", "điểm", subject="điểm IELTS của thủ khoa IELTS của tỉnh",
      per=Y24_NOW),
    F("khoảng 3 giờ", "3", 3, "measure", "giờ/ngày", approx="about",
      subject="thời gian tự học tiếng Anh mỗi ngày"),
    F("có 47 trung tâm", "47", 47, "count", "trung tâm", subject="trung tâm ngoại ngữ được cấp phép"),
    F("có 29 trung tâm", "29", 29, "count", "trung tâm", subject="trung tâm ngoại ngữ được cấp phép",
      location="TP Hà Tĩnh"),
    F("từ 8 đến 15 triệu", "8", 8e6, "money", "đồng/khóa", value_max=15e6,
      subject="học phí một khóa luyện thi IELTS"),
    F("4.664.000", "4.664.000", 4664000, "money", "đồng/lượt", subject="lệ phí thi IELTS"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="trường THPT tổ chức câu lạc bộ tiếng Anh", per=Y25),
    F("lên khoảng 12%", "12", 12, "percent", "%", approx="about", status="target",
      subject="tỷ lệ thí sinh có chứng chỉ quốc tế", per=Y25),
    F("là 7,6%", "7,6", 7.6, "percent", "%", subject="tỷ lệ thí sinh có chứng chỉ quốc tế",
      per=year("năm 2024", 2024)),
]

NOTES = [
    "Provincial Party newspaper (Báo Hà Tĩnh): masthead, section, '11/07/2024 - 07:40', sapo, tag '(Baohatinh.vn) -', byline, related links.",
    "Band scores are written English-style ('6.0', '7.5', '8.5') among Vietnamese-style counts ('1.136', '4.664.000'), as the press does;",
    "a reader settles each: 6.0 = 6, 1.136 = 1136. Band scores are measures in 'điểm' (the DTI habit of the shared gold: the index's unit).",
    "Thresholds that name a group ('từ 4.0 trở lên', 'đạt 8.0 trở lên') are criteria, not facts: optional.",
    "'tăng gần 2,1 lần so với năm 2022' → change increase 2.1 lần, approx nearly. 'Trong đó, 978 em' → total 1136 (after a sentence break).",
    "'riêng TP Hà Tĩnh có 29 trung tâm': 'riêng' is no part-of-whole cue in the spec → no total; location TP Hà Tĩnh.",
    "'Học phí một khóa ... từ 8 đến 15 triệu đồng' → range, unit đồng/khóa; 'đồng/lượt'. 'mỗi ngày ... khoảng 3 giờ' → giờ/ngày.",
    "'(năm 2024 là 7,6%)' has its own period and verb: actual, not target. Headline and sapo figures get no period.",
    "Distractors: '11/07/2024 - 07:40', 'lớp 12 Anh 1', 'TOEFL iBT', 'lớp 10 chuyên Anh', 'năm 2024' in a related link.",
]

if __name__ == "__main__":
    write("p1400-4", TEXT, NOTES, FIGS, published="2024-07-11", location="Hà Tĩnh")
