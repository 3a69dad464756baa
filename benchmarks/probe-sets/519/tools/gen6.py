from lib import *

TEXT = """Giáo dục › Tuyển sinh
Thứ tư, 29/5/2024, 06:00 (GMT+7)

Hơn 105.000 học sinh Hà Nội thi vào lớp 10 công lập

Kỳ thi tuyển sinh lớp 10 công lập năm 2024 của Hà Nội diễn ra ngày 8-9/6 với 105.624 thí sinh đăng ký, tăng khoảng 3.000 em so với năm ngoái.

Theo Sở Giáo dục và Đào tạo, chỉ tiêu vào lớp 10 công lập năm nay là 79.780 học sinh, chiếm khoảng 62% số học sinh tốt nghiệp THCS. Số thí sinh gấp 1,32 lần chỉ tiêu, nghĩa là gần 26.000 em không có suất vào trường công lập.

Toàn thành phố có 126 trường THPT công lập tuyển sinh, trong đó 4 trường chuyên và 2 trường có lớp chuyên. Trường có chỉ tiêu lớn nhất là THPT Nguyễn Gia Thiều (quận Long Biên) với 765 học sinh, tương đương 17 lớp. Riêng hệ chuyên có 12.560 thí sinh đăng ký, giảm 8% so với năm 2023.

Thí sinh thi ba môn gồm toán, ngữ văn, ngoại ngữ. Môn toán, ngữ văn làm bài trong 120 phút, ngoại ngữ 60 phút. Sở huy động khoảng 12.500 cán bộ, giáo viên làm nhiệm vụ tại 207 điểm thi.

Năm ngoái, điểm chuẩn cao nhất là 44,5 điểm thuộc về THPT Chu Văn An (số 10 Thụy Khuê, Tây Hồ), thấp nhất 14,75 điểm. Học sinh tra cứu thông tin tại số điện thoại 024.3942.3150 hoặc trang tuyensinh10.hanoi.edu.vn. Kết quả thi dự kiến được công bố ngày 2/7.

Thanh Hằng

56 bình luận
"""

y = Y(2024)
FIGS = [
    F("Hơn 105.000 học sinh", "105.000", 105000, "count", "học sinh", "học sinh thi vào lớp 10 công lập", I(y), approx="over"),
    F("với 105.624 thí sinh", "105.624", 105624, "count", "thí sinh", "thí sinh đăng ký thi tuyển sinh lớp 10 công lập", y,
      change=CH("increase", 3000, "em", "năm ngoái", approx="about")),
    F("là 79.780 học sinh", "79.780", 79780, "count", "học sinh", "chỉ tiêu vào lớp 10 công lập", Y(2024, "năm nay"),
      percent=62, status="target"),
    F("gấp 1,32 lần", "1,32", 1.32, "multiple", "lần", "số thí sinh so với chỉ tiêu", I(y)),
    F("gần 26.000 em", "26.000", 26000, "count", "em", "thí sinh không có suất vào trường công lập", I(y), approx="nearly"),
    F("có 126 trường", "126", 126, "count", "trường", "trường THPT công lập tuyển sinh", I(y)),
    F("đó 4 trường", "4", 4, "count", "trường", "trường chuyên", I(y), total=126),
    F("và 2 trường", "2", 2, "count", "trường", "trường có lớp chuyên", I(y), total=126),
    F("với 765 học sinh", "765", 765, "count", "học sinh", "chỉ tiêu của THPT Nguyễn Gia Thiều", I(y), status="target", location="Long Biên"),
    F("tương đương 17 lớp", "17", 17, "count", "lớp", "lớp tuyển sinh của THPT Nguyễn Gia Thiều", I(y), status="target", location="Long Biên"),
    F("có 12.560 thí sinh", "12.560", 12560, "count", "thí sinh", "thí sinh đăng ký hệ chuyên", I(y),
      change=CH("decrease", 8, "%", "năm 2023")),
    F("thi ba môn", "ba", 3, "count", "môn", "môn thi", optional=True),
    F("trong 120 phút", "120", 120, "measure", "phút", "thời gian làm bài môn toán, ngữ văn"),
    F("ngoại ngữ 60 phút", "60", 60, "measure", "phút", "thời gian làm bài môn ngoại ngữ"),
    F("khoảng 12.500 cán bộ", "12.500", 12500, "count", "cán bộ, giáo viên", "cán bộ, giáo viên làm nhiệm vụ thi", I(y), approx="about"),
    F("tại 207 điểm thi", "207", 207, "count", "điểm thi", "điểm thi", I(y)),
    F("là 44,5 điểm", "44,5", 44.5, "measure", "điểm", "điểm chuẩn cao nhất vào lớp 10", Y(2023, "Năm ngoái")),
    F("nhất 14,75 điểm", "14,75", 14.75, "measure", "điểm", "điểm chuẩn thấp nhất vào lớp 10", Y(2023, "Năm ngoái")),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ tư, 29/5/2024, 06:00 (GMT+7)', byline, comment count. Hà Nội lớp 10 công lập admissions 2024.",
    "Not figures: 'lớp 10' (grade name, x4), 'ngày 8-9/6' (dates, not a range figure), 'số 10 Thụy Khuê', phone, '56 bình luận', '(GMT+7)'.",
    "'chỉ tiêu vào lớp 10 … là 79.780 học sinh' is a quota: status target; 'chiếm khoảng 62%' is its percent. 'năm nay' = 2024, 'Năm ngoái' = 2023.",
    "'gấp 1,32 lần chỉ tiêu' stands as its own claim: multiple. 4 and 2 schools follow 'trong đó' after 126: total 126.",
    "'tương đương 17 lớp' is an equivalent count, not a share: a figure of its own (as h01/469). The school is in quận Long Biên: location.",
    "'thi ba môn' (exam structure) optional. Exam durations 120/60 phút are measures. Sentences without a period phrase take 2024 inherited",
    "where they are about the 2024 exam; the duration sentences get none.",
    "revised after the first run: 765 học sinh and its equivalent 17 lớp are the school's quota ('Trường có chỉ tiêu lớn nhất … với 765"
    " học sinh'): status target, as the city quota 79.780 (the gold had them actual, inconsistent with the 'chỉ tiêu' cue).",
]

emit("p519-6", TEXT, COMMENTS, FIGS, published="2024-05-29", location="Hà Nội")
