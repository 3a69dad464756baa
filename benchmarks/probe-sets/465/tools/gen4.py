from lib import F, P, I, ch, tg, build

A = """BỘ GIÁO DỤC VÀ ĐÀO TẠO - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tổng hợp

Công bố phổ điểm các môn thi tốt nghiệp THPT năm 2023

18/07/2023

(Moet.gov.vn) - Chiều 17/7, Bộ Giáo dục và Đào tạo đã công bố phổ điểm các bài thi, môn thi của Kỳ thi tốt nghiệp THPT năm 2023. Năm nay, cả nước có 1.024.063 thí sinh đăng ký dự thi; tỷ lệ thí sinh dự thi đạt 98,88%.

Môn Toán có 1.003.318 thí sinh dự thi, điểm trung bình là 6,25; điểm trung vị là 6,6; số điểm có nhiều thí sinh đạt nhất là 7,8. Số thí sinh có điểm dưới trung bình (<5 điểm) là 178.263, chiếm 17,77%.

Môn Ngữ văn có điểm trung bình 6,86, điểm trung vị 7,0. Có 89 thí sinh bị điểm liệt, giảm 35 em so với năm 2022.

Tiếng Anh vẫn là môn có điểm trung bình thấp nhất (5,45), với 45,6% thí sinh có điểm dưới 5.

Đối với bài thi Khoa học tự nhiên, điểm trung bình môn Vật lý là 6,57, Hóa học 6,74 và Sinh học 6,39. Ở bài thi Khoa học xã hội, môn Giáo dục công dân có điểm trung bình cao nhất với 8,29 điểm.

Trong 63 tỉnh, thành phố, có 42 địa phương có điểm trung bình môn Toán từ 6 điểm trở lên, tăng 7 địa phương so với năm 2022.

Để tổ chức kỳ thi, toàn ngành đã huy động gần 160 nghìn cán bộ, giáo viên; tổng kinh phí từ ngân sách trung ương và địa phương ước khoảng 340 tỷ đồng.

Thí sinh xem quy định phúc khảo tại Thông tư số 15/2020/TT-BGDĐT và Thông tư số 06/2023/TT-BGDĐT, tổng đài hỗ trợ 1800.8000 (nhánh số 2).

Vụ Giáo dục Trung học
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yi = I(Y)

figs = [
    F("có 1.024.063 thí sinh", "1.024.063", 1024063, "count", "thí sinh", "thí sinh đăng ký dự thi",
      period=P("Năm nay", "2023-01-01", "2023-12-31")),
    F("đạt 98,88%", "98,88", 98.88, "percent", "%", "tỷ lệ thí sinh dự thi", period=P("Năm nay", "2023-01-01", "2023-12-31")),
    F("có 1.003.318 thí sinh", "1.003.318", 1003318, "count", "thí sinh", "thí sinh dự thi môn Toán", period=Yi),
    F("là 6,25;", "6,25", 6.25, "measure", "điểm", "điểm trung bình môn Toán", period=Yi),
    F("là 6,6;", "6,6", 6.6, "measure", "điểm", "điểm trung vị môn Toán", period=Yi),
    F("là 7,8.", "7,8", 7.8, "measure", "điểm", "số điểm có nhiều thí sinh đạt nhất môn Toán", period=Yi),
    F("(<5 điểm)", "5", 5, "measure", "điểm", "ngưỡng điểm dưới trung bình", approx="under", optional=True),
    F("là 178.263", "178.263", 178263, "count", "thí sinh", "thí sinh có điểm dưới trung bình môn Toán",
      percent=17.77, period=Yi),
    F("trung bình 6,86", "6,86", 6.86, "measure", "điểm", "điểm trung bình môn Ngữ văn", period=Yi),
    F("trung vị 7,0", "7,0", 7.0, "measure", "điểm", "điểm trung vị môn Ngữ văn", period=Yi),
    F("Có 89 thí sinh", "89", 89, "count", "thí sinh", "thí sinh bị điểm liệt môn Ngữ văn",
      change=ch("decrease", 35, "em", "năm 2022"), period=Yi),
    F("thấp nhất (5,45)", "5,45", 5.45, "measure", "điểm", "điểm trung bình môn Tiếng Anh", period=Yi),
    F("với 45,6%", "45,6", 45.6, "percent", "%", "thí sinh có điểm dưới 5 môn Tiếng Anh", period=Yi),
    F("điểm dưới 5.", "5", 5, "measure", "điểm", "ngưỡng điểm", approx="under", optional=True),
    F("Vật lý là 6,57", "6,57", 6.57, "measure", "điểm", "điểm trung bình môn Vật lý", period=Yi),
    F("Hóa học 6,74", "6,74", 6.74, "measure", "điểm", "điểm trung bình môn Hóa học", period=Yi),
    F("Sinh học 6,39", "6,39", 6.39, "measure", "điểm", "điểm trung bình môn Sinh học", period=Yi),
    F("với 8,29 điểm", "8,29", 8.29, "measure", "điểm", "điểm trung bình môn Giáo dục công dân", period=Yi),
    F("Trong 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố", optional=True),
    F("có 42 địa phương", "42", 42, "count", "địa phương", "địa phương có điểm trung bình môn Toán từ 6 điểm trở lên",
      total=63, change=ch("increase", 7, "địa phương", "năm 2022"), period=Yi),
    F("từ 6 điểm trở lên", "6", 6, "measure", "điểm", "ngưỡng điểm trung bình môn Toán", approx="at_least", optional=True),
    F("gần 160 nghìn cán bộ", "160", 160000, "count", "cán bộ, giáo viên", "cán bộ, giáo viên được huy động",
      approx="nearly", period=Yi),
    F("khoảng 340 tỷ đồng", "340", 340000000000, "money", "đồng", "tổng kinh phí tổ chức kỳ thi từ ngân sách trung ương và địa phương",
      approx="about", status="estimate", period=Yi),
]

build(4, [
    "Ministry site (Bộ GD&ĐT), bare date line '18/07/2023' under the title; national phổ điểm 2023. Location Việt Nam throughout.",
    "'Năm nay' = 2023 (the exam of the article, published 2023). Mean, median (trung vị) and mode (điểm có nhiều thí sinh đạt nhất) are measures in điểm.",
    "Thresholds '<5 điểm', 'dưới 5', 'từ 6 điểm trở lên' optional; 'Trong 63 tỉnh' structure count optional; '42 địa phương' total 63 and change +7.",
    "'giảm 35 em so với năm 2022' is the change of 89. 'ước khoảng 340 tỷ đồng' estimate, approx about.",
    "revised: 340 tỷ subject now keeps the words the sentence uses (từ ngân sách trung ương và địa phương). Distractors: Thông tư số 15/2020/TT-BGDĐT, 06/2023/TT-BGDĐT, hotline '1800.8000 (nhánh số 2)', 'Chiều 17/7', the date line.",
], A, figs, published="2023-07-18", location="Việt Nam")
