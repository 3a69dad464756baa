from lib import F, P, I, C, T, emit

TEXT = """Giáo dục › Tuyển sinh

Học sinh trường dân tộc nội trú đỗ tốt nghiệp gần như tuyệt đối

Thứ ba, 23/7/2024, 14:20 (GMT+7)

Tỷ lệ tốt nghiệp THPT năm nay của học sinh các trường phổ thông dân tộc nội trú đạt 99,35%, cao hơn mức 99,2% của cả nước.

Theo thống kê của Bộ Giáo dục và Đào tạo công bố chiều 22/7, cả nước có 28.946 thí sinh là học sinh PTDTNT dự thi, trong đó 28.758 em đỗ tốt nghiệp. Điểm trung bình các môn thi của khối này đạt 6,42 điểm, tăng 0,18 điểm so với năm 2023; môn Lịch sử có điểm trung bình cao nhất (7,15 điểm), môn Tiếng Anh thấp nhất (4,36 điểm).

Ở cấp tỉnh, Cao Bằng đạt 100%, Bắc Kạn 99,91%, Gia Lai 99,87%; thấp nhất là Kon Tum với 97,6%. Các trường trực thuộc Bộ như Trường Phổ thông Vùng cao Việt Bắc, Trường Hữu nghị T78 và Trường Hữu nghị 80 đều có điểm trung bình trên 7.

Theo ông Nguyễn Văn Hùng, Vụ trưởng Vụ Giáo dục dân tộc, năm 2023 khoảng 65% học sinh tốt nghiệp của khối PTDTNT trúng tuyển đại học, cao đẳng; 1.420 em được xét tuyển theo chế độ cử tuyển. Năm nay, con số này dự kiến đạt khoảng 1.500 em.

Mỗi năm, ngân sách nhà nước chi gần 2.100 tỷ đồng cho học bổng chính sách của học sinh PTDTNT. Mức học bổng bằng 80% mức lương cơ sở, tương đương 1,872 triệu đồng/tháng, được cấp 12 tháng trong năm.

Theo Vụ Giáo dục dân tộc, học sinh dân tộc thiểu số rất ít người như Si La, Pu Péo, Brâu, Ơ Đu được ưu tiên tuyển thẳng vào trường PTDTNT; năm học 2023-2024 có 312 em thuộc diện này theo học, gấp 1,5 lần năm học 2019-2020.

Thanh Hằng
"""

NN = P("năm nay", "2024-01-01", "2024-12-31")
NN2 = P("Năm nay", "2024-01-01", "2024-12-31")
N23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("đạt 99,35%", "99,35", 99.35, "percent", "%", "tỷ lệ tốt nghiệp THPT của học sinh các trường phổ thông dân tộc nội trú", NN),
    F("mức 99,2%", "99,2", 99.2, "percent", "%", "tỷ lệ tốt nghiệp THPT của cả nước", NN),
    F("có 28.946 thí sinh", "28.946", 28946, "count", "thí sinh", "thí sinh là học sinh PTDTNT dự thi", I(NN)),
    F("28.758 em", "28.758", 28758, "count", "em", "học sinh PTDTNT đỗ tốt nghiệp", I(NN), total=28946),
    F("đạt 6,42 điểm", "6,42", 6.42, "measure", "điểm", "điểm trung bình các môn thi của khối PTDTNT", I(NN),
      change=C("increase", 0.18, "điểm", "năm 2023")),
    F("(7,15 điểm)", "7,15", 7.15, "measure", "điểm", "điểm trung bình môn Lịch sử", I(NN)),
    F("(4,36 điểm)", "4,36", 4.36, "measure", "điểm", "điểm trung bình môn Tiếng Anh", I(NN)),
    F("Cao Bằng đạt 100%", "100", 100, "percent", "%", "tỷ lệ tốt nghiệp THPT của học sinh PTDTNT", I(NN), location="Cao Bằng"),
    F("Bắc Kạn 99,91%", "99,91", 99.91, "percent", "%", "tỷ lệ tốt nghiệp THPT của học sinh PTDTNT", I(NN), location="Bắc Kạn"),
    F("Gia Lai 99,87%", "99,87", 99.87, "percent", "%", "tỷ lệ tốt nghiệp THPT của học sinh PTDTNT", I(NN), location="Gia Lai"),
    F("với 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ tốt nghiệp THPT của học sinh PTDTNT", I(NN), location="Kon Tum"),
    F("trên 7.", "7", 7, "measure", "điểm", "điểm trung bình của các trường trực thuộc Bộ", I(NN), approx="over"),
    F("khoảng 65%", "65", 65, "percent", "%", "học sinh tốt nghiệp khối PTDTNT trúng tuyển đại học, cao đẳng", N23, approx="about"),
    F("1.420 em", "1.420", 1420, "count", "em", "học sinh được xét tuyển theo chế độ cử tuyển", N23),
    F("khoảng 1.500 em", "1.500", 1500, "count", "em", "học sinh được xét tuyển theo chế độ cử tuyển", NN2,
      approx="about", status="forecast"),
    F("gần 2.100 tỷ đồng", "2.100", 2.1e12, "money", "đồng", "ngân sách chi cho học bổng chính sách của học sinh PTDTNT mỗi năm",
      approx="nearly"),
    F("bằng 80%", "80", 80, "percent", "%", "mức học bổng chính sách so với mức lương cơ sở"),
    F("1,872 triệu đồng/tháng", "1,872", 1872000, "money", "đồng/tháng", "mức học bổng chính sách"),
    F("cấp 12 tháng", "12", 12, "measure", "tháng", "thời gian cấp học bổng trong năm", optional=True),
    F("có 312 em", "312", 312, "count", "em", "học sinh dân tộc thiểu số rất ít người được tuyển thẳng theo học trường PTDTNT",
      P("năm học 2023-2024", "2023-09-01", "2024-05-31"), change=C("increase", 1.5, "lần", "năm học 2019-2020")),
]

COMMENTS = [
    "National press (news site): 2024 upper-secondary graduation results of ethnic boarding schools. Dateline 'Thứ ba, 23/7/2024, 14:20 (GMT+7)', byline at the end.",
    "Distractors: '(GMT+7)', 'chiều 22/7', school names 'Trường Hữu nghị T78', 'Trường Hữu nghị 80', 'năm 2023' as a baseline, a person's title.",
    "'cao hơn mức 99,2% của cả nước' is a level of its own (a figure), not a change of 99,35%. 'Năm nay' is 2024 (dateline).",
    "'trong đó 28.758 em' is part of 28.946. Province list items are locations; the schools are not places (location stays Việt Nam).",
    "'1,872 triệu' = 1.872.000 (comma before a multiplier). '80% …, tương đương 1,872 triệu' : both figures, the money has no share (cf. h01).",
    "'gấp 1,5 lần năm học 2019-2020' is the change of 312 em (unit lần). 'được cấp 12 tháng trong năm' is a duration rule: optional.",
    "'trên 7' (average above 7 points) is a figure with approx over; 'dự kiến … khoảng 1.500 em' a forecast.",
]

emit("p390-6", TEXT, COMMENTS, FIGS, published="2024-07-23", location="Việt Nam")
