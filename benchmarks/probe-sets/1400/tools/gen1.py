"""p1400-1: province portal (Quảng Ninh): English results of the 2024 grade-10 entrance exam."""
from lib import F, period, inherited, year, change, target, write

TEXT = """Cổng thông tin điện tử tỉnh Quảng Ninh
Trang chủ > Tin tức > Giáo dục - Đào tạo

Điểm trung bình môn tiếng Anh thi vào lớp 10 tăng 0,42 điểm

Cập nhật: 20/06/2024 10:15 | Lượt xem: 3.128

Sở Giáo dục và Đào tạo vừa công bố kết quả Kỳ thi tuyển sinh vào lớp 10 THPT năm 2024. Toàn tỉnh có 17.846 thí sinh dự thi môn tiếng Anh, chiếm 98,7% tổng số thí sinh đăng ký dự thi.

Điểm trung bình môn tiếng Anh năm 2024 đạt 5,86 điểm, tăng 0,42 điểm so với năm 2023. Có 124 bài thi đạt điểm 10, gấp đôi năm trước; số bài thi dưới điểm trung bình là 6.215 bài, chiếm 34,8%.

Các địa phương có điểm trung bình môn tiếng Anh cao nhất là TP Hạ Long (6,72 điểm), TP Móng Cái (6,31 điểm) và TP Uông Bí (6,05 điểm); thấp nhất là huyện Ba Chẽ với 3,94 điểm.

Lớp chuyên tiếng Anh của trường THPT chuyên của tỉnh năm nay có 412 thí sinh đăng ký cho 35 chỉ tiêu. Thủ khoa môn chuyên tiếng Anh là em Vũ Ngọc Diệp (Trường THCS Nguyễn Trãi) với 9,25 điểm.

Theo Quyết định số 1247/QĐ-SGDĐT, điểm chuẩn vào lớp 10 các trường công lập được công bố trước ngày 5/7. Năm 2025, tỉnh phấn đấu nâng điểm trung bình môn tiếng Anh lên trên 6 điểm và giảm tỷ lệ bài thi dưới trung bình xuống dưới 30%.

Tin liên quan:
- Quảng Ninh tổ chức Hội thi giáo viên dạy giỏi môn Ngoại ngữ lần thứ 3
- Hướng dẫn tuyển sinh lớp 6 năm học 2024-2025

Ban biên tập Cổng thông tin điện tử tỉnh Quảng Ninh | Đường dây nóng: 0203.3835.888
"""

Y24 = year("năm 2024", 2024)
Y24_NOW = year("năm nay", 2024)
Y25 = year("Năm 2025", 2025)
AVG = "điểm trung bình môn tiếng Anh"

FIGS = [
    F("lớp 10 tăng 0,42", "0,42", 0.42, "measure", "điểm",
      subject="điểm trung bình môn tiếng Anh thi vào lớp 10"),
    F("có 17.846 thí sinh", "17.846", 17846, "count", "thí sinh", percent=98.7,
      subject="thí sinh dự thi môn tiếng Anh", per=inherited(Y24)),
    F("đạt 5,86 điểm", "5,86", 5.86, "measure", "điểm",
      change=change("increase", 0.42, "điểm", "năm 2023"), subject=AVG, per=Y24),
    F("Có 124 bài thi", "124", 124, "count", "bài thi",
      change=change("increase", 2, "lần", "năm trước"), subject="bài thi đạt điểm 10", per=inherited(Y24)),
    F("đạt điểm 10, gấp", "10", 10, "measure", "điểm", optional=True),
    F("là 6.215 bài", "6.215", 6215, "count", "bài", percent=34.8,
      subject="bài thi dưới điểm trung bình", per=inherited(Y24)),
    F("Hạ Long (6,72", "6,72", 6.72, "measure", "điểm", subject=AVG, location="Hạ Long", per=inherited(Y24)),
    F("Móng Cái (6,31", "6,31", 6.31, "measure", "điểm", subject=AVG, location="Móng Cái", per=inherited(Y24)),
    F("Uông Bí (6,05", "6,05", 6.05, "measure", "điểm", subject=AVG, location="Uông Bí", per=inherited(Y24)),
    F("với 3,94 điểm", "3,94", 3.94, "measure", "điểm", subject=AVG, location="Ba Chẽ", per=inherited(Y24)),
    F("có 412 thí sinh", "412", 412, "count", "thí sinh",
      subject="thí sinh đăng ký lớp chuyên tiếng Anh", per=Y24_NOW),
    F("cho 35 chỉ tiêu", "35", 35, "count", "chỉ tiêu", status="target",
      subject="chỉ tiêu lớp chuyên tiếng Anh", per=Y24_NOW),
    F("với 9,25 điểm", "9,25", 9.25, "measure", "điểm",
      subject="điểm của thủ khoa môn chuyên tiếng Anh", per=inherited(Y24_NOW)),
    F("lên trên 6 điểm", "6", 6, "measure", "điểm", approx="over", status="target", subject=AVG, per=Y25),
    F("xuống dưới 30%", "30", 30, "percent", "%", approx="under", status="target",
      subject="tỷ lệ bài thi dưới trung bình", per=Y25),
]

NOTES = [
    "Province portal (Quảng Ninh): English results of the grade-10 entrance exam 2024; breadcrumb, 'Cập nhật: 20/06/2024 10:15 | Lượt xem: 3.128'.",
    "Distractors: 'lớp 10' (grade name, 3 times), Lượt xem 3.128, 10:15, Quyết định số 1247/QĐ-SGDĐT, 'trước ngày 5/7', 'lần thứ 3',",
    "'lớp 6 năm học 2024-2025' in a link, hotline 0203.3835.888.",
    "Headline 'tăng 0,42 điểm' stands alone as the claim: a measure in điểm with no change; in the body the same 0,42 is the change of 5,86.",
    "'gấp đôi năm trước' → change increase 2 lần. 'đạt điểm 10' is a score band that names the papers (a category): optional.",
    "'chiếm 98,7%', 'chiếm 34,8%' after a count → percent attributes. List of places → location per item, subject = the list's indicator.",
    "'35 chỉ tiêu' = admission places of the class: status target by the cue 'chỉ tiêu' (borderline: the quota is also a fact).",
    "'năm nay' → 2024 (published). 'Năm 2025, ... phấn đấu' governs both clauses (target); 'trên 6' over, 'dưới 30%' under.",
]

if __name__ == "__main__":
    write("p1400-1", TEXT, NOTES, FIGS, published="2024-06-20", location="Quảng Ninh")
