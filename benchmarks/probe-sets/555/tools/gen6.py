from lib import *

TEXT = """Giáo dục › Tuyển sinh

Thứ bảy, 20/7/2024, 07:00 (GMT+7)

Hơn 1,06 triệu thí sinh có điểm thi tốt nghiệp, 1.452 bài điểm 10

Kỳ thi tốt nghiệp THPT năm 2024 có hơn 1,06 triệu thí sinh đăng ký, tỷ lệ dự thi đạt 99,4%. Số bài thi đạt điểm 10 là 1.452, giảm gần 300 bài so với năm ngoái.

Trong đó, môn Giáo dục công dân có 1.003 bài, chiếm 69%; tiếp đến là Lịch sử 174 bài, Địa lý 162 bài và Toán 13 bài.

Theo số liệu Bộ Giáo dục và Đào tạo công bố chiều 17/7, điểm trung bình môn Toán năm nay là 6,45, Ngữ văn 7,23, Tiếng Anh 5,51 điểm. Khoảng 64% thí sinh có điểm Ngữ văn từ 7 trở lên, trong khi hơn 52% bài thi Tiếng Anh dưới 5 điểm.

Cả nước có 75 bài thi bị điểm liệt (từ 1 điểm trở xuống), giảm mạnh so với 171 bài của năm 2023. Tỷ lệ tốt nghiệp dự kiến đạt khoảng 99,3%, tương đương năm trước.

Xét theo địa phương, các tỉnh có điểm trung bình các môn thi cao nhất là Nam Định (7,28), Ninh Bình (7,22) và Vĩnh Phúc (7,19); Hà Giang xếp cuối với 5,97 điểm.

Theo ước tính của nhiều trường đại học, khoảng 30-35% thí sinh đã trúng tuyển sớm bằng các phương thức xét học bạ, đánh giá năng lực trước khi có điểm thi.

Thí sinh tra cứu điểm tại thisinh.thitotnghiepthpt.edu.vn từ 8h ngày 17/7; đường dây nóng của Bộ: 024.3623.0395.

Thanh Hằng
"""

Y = YEAR(2024)
IY = INH(Y)
NN = YEAR(2024, "năm nay")
FIGS = [
    F("Hơn 1,06 triệu", "1,06", 1060000, "count", "thí sinh", "thí sinh có điểm thi tốt nghiệp", IY,
      approx="over"),
    F("1.452 bài điểm 10", "1.452", 1452, "count", "bài", "bài điểm 10", IY),
    F("bài điểm 10", "10", 10, "measure", "điểm", optional=True),
    F("có hơn 1,06 triệu", "1,06", 1060000, "count", "thí sinh",
      "thí sinh đăng ký kỳ thi tốt nghiệp THPT", Y, approx="over"),
    F("đạt 99,4%", "99,4", 99.4, "percent", "%", "tỷ lệ dự thi", Y),
    F("đạt điểm 10 là", "10", 10, "measure", "điểm", optional=True),
    F("là 1.452", "1.452", 1452, "count", "bài thi", "bài thi đạt điểm 10", IY,
      change=CH("decrease", 300, "bài", "năm ngoái", approx="nearly")),
    F("có 1.003 bài", "1.003", 1003, "count", "bài", "bài thi đạt điểm 10 môn Giáo dục công dân", IY,
      total=1452, percent=69),
    F("Lịch sử 174 bài", "174", 174, "count", "bài", "bài thi đạt điểm 10 môn Lịch sử", IY, total=1452),
    F("Địa lý 162 bài", "162", 162, "count", "bài", "bài thi đạt điểm 10 môn Địa lý", IY, total=1452),
    F("Toán 13 bài", "13", 13, "count", "bài", "bài thi đạt điểm 10 môn Toán", IY, total=1452),
    F("là 6,45", "6,45", 6.45, "measure", "điểm", "điểm trung bình môn Toán", NN),
    F("Ngữ văn 7,23", "7,23", 7.23, "measure", "điểm", "điểm trung bình môn Ngữ văn", NN),
    F("Tiếng Anh 5,51 điểm", "5,51", 5.51, "measure", "điểm", "điểm trung bình môn Tiếng Anh", NN),
    F("Khoảng 64%", "64", 64, "percent", "%", "thí sinh có điểm Ngữ văn từ 7 trở lên", IY, approx="about"),
    F("từ 7 trở lên", "7", 7, "measure", "điểm", approx="at_least", optional=True),
    F("hơn 52%", "52", 52, "percent", "%", "bài thi Tiếng Anh dưới 5 điểm", IY, approx="over"),
    F("dưới 5 điểm", "5", 5, "measure", "điểm", approx="under", optional=True),
    F("có 75 bài thi", "75", 75, "count", "bài thi", "bài thi bị điểm liệt", IY),
    F("từ 1 điểm trở xuống", "1", 1, "measure", "điểm", approx="at_most", optional=True),
    F("171 bài", "171", 171, "count", "bài", "bài thi bị điểm liệt", YEAR(2023)),
    F("khoảng 99,3%", "99,3", 99.3, "percent", "%", "Tỷ lệ tốt nghiệp", IY, approx="about", status="forecast"),
    F("Nam Định (7,28)", "7,28", 7.28, "measure", "điểm", "điểm trung bình các môn thi", IY,
      location="Nam Định"),
    F("Ninh Bình (7,22)", "7,22", 7.22, "measure", "điểm", "điểm trung bình các môn thi", IY,
      location="Ninh Bình"),
    F("Vĩnh Phúc (7,19)", "7,19", 7.19, "measure", "điểm", "điểm trung bình các môn thi", IY,
      location="Vĩnh Phúc"),
    F("với 5,97 điểm", "5,97", 5.97, "measure", "điểm", "điểm trung bình các môn thi", IY,
      location="Hà Giang"),
    F("khoảng 30-35%", "30", 30, "percent", "%", "thí sinh đã trúng tuyển sớm", IY, value_max=35,
      approx="about", status="estimate"),
]

COMMENTS = [
    "National press (VnExpress style: 'Thứ bảy, 20/7/2024, 07:00 (GMT+7)', byline at the end): phổ điểm thi tốt nghiệp THPT 2024.",
    "Location Việt Nam; provinces in the list go to location (Hà Giang 'xếp cuối với 5,97 điểm' too). 'năm nay' = 2024 (scored).",
    "'Trong đó' after a sentence break: the subject counts are parts of 1.452 (total); 'chiếm 69%' is the percent of 1.003.",
    "'giảm gần 300 bài so với năm ngoái' is the change of 1.452; '171 bài của năm 2023' is the comparison base stated as its own",
    "figure (năm 2023). Score levels used as thresholds/names ('điểm 10', 'từ 7 trở lên', 'dưới 5 điểm', 'từ 1 điểm trở xuống') are",
    "optional. 'dự kiến đạt khoảng 99,3%' → forecast; 'Theo ước tính …, khoảng 30-35%' → estimate. Distractors: (GMT+7), 'chiều 17/7',",
    "'từ 8h ngày 17/7', URL, phone 024.3623.0395.",
]

if __name__ == "__main__":
    emit("p555-6", TEXT, COMMENTS, FIGS, published="2024-07-20", location="Việt Nam")
