from lib import F, P, I, CH, TG, emit

TEXT = """Giáo dục
Thứ năm, 12/9/2024, 06:00 (GMT+7)

Trung tâm giáo dục thường xuyên thiếu gần 4.000 giáo viên

Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên (GDNN-GDTX) đang thiếu khoảng 3.860 giáo viên văn hóa, trong khi số học viên lớp 10 năm nay dự kiến tăng 15-20%.

Tính đến tháng 6/2024, cả nước có 703 trung tâm GDNN-GDTX, trong đó 646 trung tâm cấp huyện, theo Bộ Giáo dục và Đào tạo. Số học viên học chương trình GDTX cấp THPT khoảng 390.000 người. Con số này gấp 1,4 lần năm học 2018-2019.

Ông Nguyễn Văn Hùng, Giám đốc Trung tâm GDNN-GDTX huyện Thạch Thành (Thanh Hóa), cho biết trung tâm có 1.120 học viên nhưng chỉ 38 giáo viên văn hóa, bình quân 29,5 học viên/giáo viên. "Mỗi giáo viên phải dạy 22-24 tiết/tuần, có người dạy cả hai ca", ông nói.

Kinh phí cũng là bài toán. Nhiều địa phương chỉ cấp chi thường xuyên 6-7 triệu đồng/học viên/năm, trong khi trường THPT công lập được 12-14 triệu đồng. Tại Sóc Trăng, ngân sách cấp cho 11 trung tâm năm 2024 là 48,5 tỷ đồng, giảm 3,2 tỷ đồng so với năm 2023, trong đó 82% dành chi lương.

Khảo sát của Hiệp hội các trường đại học, cao đẳng Việt Nam tại 120 trung tâm cho thấy 43% chưa có xưởng thực hành đạt chuẩn, 27% thiếu phòng học văn hóa. Ở nhiều trung tâm sau sáp nhập, học viên học văn hóa buổi sáng, chiều di chuyển sang cơ sở khác để học nghề.

Theo lãnh đạo Vụ Giáo dục thường xuyên, Bộ sẽ trình Chính phủ sửa đổi Nghị định 127/2018/NĐ-CP, trong đó quy định định mức giáo viên cho các trung tâm.

Thanh Hằng
"""

NN = P("năm nay", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến tháng 6/2024", None, "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 4.000 giáo viên", "4.000", 4000, "count", "giáo viên", "giáo viên thiếu tại trung tâm giáo dục thường xuyên",
      approx="nearly"),
    F("khoảng 3.860 giáo viên", "3.860", 3860, "count", "giáo viên", "giáo viên văn hóa thiếu", approx="about"),
    F("tăng 15-20%", "15", 15, "percent", "%", "số học viên lớp 10", NN, value_max=20, status="forecast"),
    F("có 703 trung tâm", "703", 703, "count", "trung tâm", "trung tâm GDNN-GDTX", ASOF),
    F("trong đó 646 trung tâm", "646", 646, "count", "trung tâm", "trung tâm GDNN-GDTX cấp huyện", ASOF, total=703),
    F("khoảng 390.000 người", "390.000", 390000, "count", "người", "học viên học chương trình GDTX cấp THPT",
      I(ASOF), approx="about"),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "số học viên GDTX cấp THPT so với năm học 2018-2019"),
    F("có 1.120 học viên", "1.120", 1120, "count", "học viên", "học viên của trung tâm", location="Thạch Thành"),
    F("chỉ 38 giáo viên", "38", 38, "count", "giáo viên", "giáo viên văn hóa của trung tâm", location="Thạch Thành"),
    F("bình quân 29,5 học viên", "29,5", 29.5, "measure", "học viên/giáo viên", "học viên bình quân mỗi giáo viên",
      location="Thạch Thành"),
    F("dạy 22-24 tiết/tuần", "22", 22, "measure", "tiết/tuần", "số tiết mỗi giáo viên phải dạy",
      value_max=24, location="Thạch Thành"),
    F("thường xuyên 6-7 triệu", "6", 6000000, "money", "đồng/học viên/năm", "chi thường xuyên", value_max=7000000),
    F("được 12-14 triệu đồng", "12", 12000000, "money", "đồng", "chi thường xuyên trường THPT công lập",
      value_max=14000000),
    F("cho 11 trung tâm", "11", 11, "count", "trung tâm", "trung tâm được cấp ngân sách", Y24, location="Sóc Trăng"),
    F("là 48,5 tỷ đồng", "48,5", 48500000000, "money", "đồng", "ngân sách cấp cho trung tâm", Y24,
      change=CH("decrease", 3200000000, "đồng", "năm 2023"), location="Sóc Trăng"),
    F("trong đó 82%", "82", 82, "percent", "%", "ngân sách dành chi lương", Y24, location="Sóc Trăng"),
    F("tại 120 trung tâm", "120", 120, "count", "trung tâm", "trung tâm được khảo sát"),
    F("thấy 43%", "43", 43, "percent", "%", "trung tâm chưa có xưởng thực hành đạt chuẩn"),
    F("27% thiếu", "27", 27, "percent", "%", "trung tâm thiếu phòng học văn hóa"),
]

COMMENTS = [
    "National press (VnExpress style: section, 'Thứ năm, 12/9/2024, 06:00 (GMT+7)', byline at the end): teacher shortage and funding",
    "of GDNN-GDTX centres. Location Việt Nam except the Thạch Thành director's figures and the Sóc Trăng budget.",
    "'năm nay' = 2024 (published year). 'dự kiến tăng 15-20%' is a growth rate as the claim: percent figure, range, forecast.",
    "'gấp 1,4 lần' stands in its own sentence ('Con số này gấp ...'): a multiple. 'hai ca', 'lớp 10', 'Nghị định 127/2018/NĐ-CP' not figures.",
    "'giảm 3,2 tỷ đồng so với năm 2023' is the change of 48,5 tỷ (value 3.2e9 đồng); 'trong đó 82%' is a percent figure (a percent takes no total).",
    "'12-14 triệu đồng' for public upper-secondary schools is a money range of its own (unit as written: đồng).",
    "The shortage 3.860 and the headline 4.000 carry no period (the 'năm nay' clause is about learners).",
]

emit("p668-6", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Việt Nam")
