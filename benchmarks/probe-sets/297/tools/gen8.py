from lib import *

T = """BỘ GIÁO DỤC VÀ ĐÀO TẠO - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tổng hợp

63/63 tỉnh, thành phố hoàn thành tuyển sinh vào lớp 10 THPT

Theo báo cáo của Vụ Giáo dục Trung học, tính đến ngày 30/9/2024, 63/63 tỉnh, thành phố đã hoàn thành tuyển sinh vào lớp 10 năm học 2024-2025. Cả nước tuyển mới khoảng 1,02 triệu học sinh lớp 10, trong đó hệ công lập 812,4 nghìn em, chiếm 79,6%.

Về phương thức, năm 2024 có 57 địa phương tổ chức thi tuyển, 4 địa phương kết hợp thi tuyển và xét tuyển, 2 địa phương xét tuyển. Số thí sinh dự thi trên cả nước gần 900.000 em với hơn 37.500 phòng thi; trên 92 nghìn cán bộ, giáo viên làm nhiệm vụ coi thi, chấm thi.

Tỷ lệ học sinh vào lớp 10 công lập cao nhất thuộc về các tỉnh Bắc Ninh (86,2%), Thái Bình (84,9%), Nam Định (84,1%); thấp nhất là Bình Dương với 55,7%.

Trong 6 tháng đầu năm 2024, Thanh tra Bộ đã kiểm tra công tác chuẩn bị kỳ thi tại 18 tỉnh, phát hiện 23 sai sót và kiến nghị xử lý. Từ kỳ thi năm 2023 đến nay, Bộ đã nhận 126 đơn, thư phản ánh, giảm 31% so với giai đoạn trước.

Theo Thông tư số 30/2024/TT-BGDĐT, từ năm 2025 các địa phương thi tuyển tổ chức thi 3 môn. Bộ đặt mục tiêu đến năm 2030 tỷ lệ học sinh sau THCS theo học chương trình THPT đạt khoảng 70-75%, tỷ lệ phân luồng vào giáo dục nghề nghiệp đạt tối thiểu 30%.

Thứ trưởng Phạm Ngọc Thưởng đề nghị các Sở GD&ĐT rà soát, báo cáo kết quả về Bộ (qua Vụ Giáo dục Trung học, số 35 Đại Cồ Việt, Hà Nội) trước ngày 15/10.

Bản quyền thuộc Bộ Giáo dục và Đào tạo. Tổng truy cập: 18.402.337
"""
A30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
I30 = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
Y24 = Y("năm 2024", 2024)
I24 = Y("năm 2024", 2024, inh=True)
H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
figs = [
    F("63/63 tỉnh, thành phố hoàn", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố hoàn thành tuyển sinh vào lớp 10 THPT", total=63),
    F("2024, 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố hoàn thành tuyển sinh vào lớp 10", A30, total=63),
    F("khoảng 1,02 triệu", "1,02", 1020000, "count", "học sinh", "học sinh lớp 10 tuyển mới", I30, approx="about"),
    F("công lập 812,4 nghìn em", "812,4", 812400, "count", "em", "học sinh lớp 10 hệ công lập tuyển mới", I30, total=1020000, percent=79.6),
    F("có 57 địa phương", "57", 57, "count", "địa phương", "địa phương tổ chức thi tuyển", Y24),
    F("4 địa phương", "4", 4, "count", "địa phương", "địa phương kết hợp thi tuyển và xét tuyển", Y24),
    F("2 địa phương xét tuyển", "2", 2, "count", "địa phương", "địa phương xét tuyển", Y24),
    F("gần 900.000 em", "900.000", 900000, "count", "em", "thí sinh dự thi", I24, approx="nearly"),
    F("hơn 37.500 phòng thi", "37.500", 37500, "count", "phòng thi", "phòng thi", I24, approx="over"),
    F("trên 92 nghìn cán bộ", "92", 92000, "count", "cán bộ, giáo viên", "cán bộ, giáo viên làm nhiệm vụ coi thi, chấm thi", I24, approx="over"),
    F("Bắc Ninh (86,2%)", "86,2", 86.2, "percent", "%", "Tỷ lệ học sinh vào lớp 10 công lập", I24, location="Bắc Ninh"),
    F("Thái Bình (84,9%)", "84,9", 84.9, "percent", "%", "Tỷ lệ học sinh vào lớp 10 công lập", I24, location="Thái Bình"),
    F("Nam Định (84,1%)", "84,1", 84.1, "percent", "%", "Tỷ lệ học sinh vào lớp 10 công lập", I24, location="Nam Định"),
    F("với 55,7%", "55,7", 55.7, "percent", "%", "Tỷ lệ học sinh vào lớp 10 công lập", I24, location="Bình Dương"),
    F("tại 18 tỉnh", "18", 18, "count", "tỉnh", "tỉnh được kiểm tra công tác chuẩn bị kỳ thi", H1),
    F("phát hiện 23 sai sót", "23", 23, "count", "sai sót", "sai sót phát hiện", H1),
    F("nhận 126 đơn", "126", 126, "count", "đơn, thư", "đơn, thư phản ánh", P("Từ kỳ thi năm 2023 đến nay", "2023-01-01", None),
      change={"direction": "decrease", "value": 31, "unit": "%", "baseline": "giai đoạn trước"}),
    F("thi 3 môn", "3", 3, "count", "môn", "môn thi", optional=True),
    F("khoảng 70-75%", "70", 70, "percent", "%", "tỷ lệ học sinh sau THCS theo học chương trình THPT", P("đến năm 2030", None, "2030-12-31"),
      value_max=75, approx="about", status="target"),
    F("tối thiểu 30%", "30", 30, "percent", "%", "tỷ lệ phân luồng vào giáo dục nghề nghiệp", P("đến năm 2030", None, "2030-12-31"),
      approx="at_least", status="target"),
]
write("p297-8", T, figs, [
    "Cổng TTĐT Bộ GD&ĐT (ministry site), no dateline anywhere ('published' absent). National grade-10 admission 2024: intake, methods, exam logistics, province list, targets 2030.",
    "Location Việt Nam (national figures; '63/63 tỉnh' is a count of provinces); province list items take the province. '63/63' total 63 (title and body).",
    "'tính đến ngày 30/9/2024' is an as-of period; the intake and its 'trong đó' part (total 1,02 triệu, 'chiếm 79,6%' percent) inherit it (next sentence).",
    "'812,4 nghìn' = 812.400; '1,02 triệu' = 1.020.000. 'Từ kỳ thi năm 2023 đến nay' starts 2023 and, with no dateline, has no end; its 'giảm 31% so với giai đoạn trước' is the change.",
    "The method counts 57/4/2 are three figures (no whole is stated). 'thi 3 môn' optional. 'đến năm 2030' targets: 'khoảng 70-75%' range (about), 'tối thiểu 30%' at_least.",
    "Distractors: 'lớp 10', 'Thông tư số 30/2024/TT-BGDĐT', 'từ năm 2025', address 'số 35 Đại Cồ Việt', 'trước ngày 15/10', person's name, visitor counter 'Tổng truy cập: 18.402.337'.",
], location="Việt Nam")
