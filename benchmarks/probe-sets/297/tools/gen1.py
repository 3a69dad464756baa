from lib import *

T = """Nghệ An: Hơn 35.400 thí sinh bước vào kỳ thi tuyển sinh lớp 10 THPT
Cập nhật: 03/06/2024 10:25 | Lượt xem: 2.317

(Cổng TTĐT Nghệ An) - Sáng 3/6, thí sinh trên địa bàn tỉnh chính thức bước vào kỳ thi tuyển sinh vào lớp 10 THPT công lập năm học 2024-2025 theo Kế hoạch số 218/KH-SGDĐT.

Theo Sở Giáo dục và Đào tạo, năm 2024 toàn tỉnh có 35.412 thí sinh đăng ký dự thi, tăng 1.826 em so với năm 2023. Trong đó, 34.689 thí sinh dự thi vào các trường THPT công lập không chuyên và 723 thí sinh dự thi vào Trường THPT chuyên Phan Bội Châu.

Kỳ thi được tổ chức tại 83 điểm thi với 1.482 phòng thi, trong đó có 6 phòng thi dự phòng dành cho thí sinh có hoàn cảnh đặc biệt. Tổng số cán bộ, giáo viên làm nhiệm vụ tại các điểm thi là 4.316 người, gồm 3.128 cán bộ coi thi, 712 cán bộ giám sát và 476 nhân viên phục vụ, bảo vệ. Ngoài ra, Công an tỉnh huy động gần 900 cán bộ, chiến sĩ bảo đảm an ninh, trật tự.

Chỉ tiêu tuyển sinh vào lớp 10 công lập năm 2024 là 26.250 học sinh tại 89 trường THPT, chiếm khoảng 71% tổng số học sinh tốt nghiệp THCS.

Ngày thi thứ nhất, thí sinh làm bài thi môn Ngữ văn (120 phút) và buổi chiều thi môn Toán (120 phút); sáng 4/6 thi môn Tiếng Anh (60 phút). Tính đến 11 giờ ngày 3/6, có 197 thí sinh vắng mặt ở buổi thi môn Ngữ văn, chiếm 0,56% số thí sinh đăng ký; chưa phát hiện trường hợp vi phạm quy chế.

Phó Giám đốc Sở Nguyễn Văn Hải cho biết, đề thi được in sao tại khu vực cách ly với 46 cán bộ làm việc liên tục trong 5 ngày. Dự kiến ngày 20/6 Sở sẽ công bố kết quả chấm thi, với hơn 1.200 cán bộ, giáo viên được huy động tham gia chấm thi.

Đường dây nóng của Sở: 0238.3844.925.
"""
Y24 = Y("năm 2024", 2024)
I24 = Y("năm 2024", 2024, inh=True)
figs = [
    F("Hơn 35.400 thí sinh bước", "35.400", 35400, "count", "thí sinh", "thí sinh bước vào kỳ thi tuyển sinh lớp 10 THPT", approx="over"),
    F("có 35.412 thí sinh", "35.412", 35412, "count", "thí sinh", "thí sinh đăng ký dự thi", Y24,
      change={"direction": "increase", "value": 1826, "unit": "em", "baseline": "năm 2023"}),
    F("Trong đó, 34.689 thí sinh", "34.689", 34689, "count", "thí sinh", "thí sinh dự thi vào các trường THPT công lập không chuyên", I24, total=35412),
    F("và 723 thí sinh", "723", 723, "count", "thí sinh", "thí sinh dự thi vào Trường THPT chuyên Phan Bội Châu", I24, total=35412),
    F("tại 83 điểm thi", "83", 83, "count", "điểm thi", "điểm thi", I24),
    F("với 1.482 phòng thi", "1.482", 1482, "count", "phòng thi", "phòng thi", I24),
    F("có 6 phòng thi dự phòng", "6", 6, "count", "phòng thi", "phòng thi dự phòng dành cho thí sinh có hoàn cảnh đặc biệt", I24, total=1482),
    F("là 4.316 người", "4.316", 4316, "count", "người", "cán bộ, giáo viên làm nhiệm vụ tại các điểm thi", I24),
    F("gồm 3.128 cán bộ coi thi", "3.128", 3128, "count", "cán bộ", "cán bộ coi thi", I24, total=4316),
    F("712 cán bộ giám sát", "712", 712, "count", "cán bộ", "cán bộ giám sát", I24, total=4316),
    F("476 nhân viên phục vụ", "476", 476, "count", "nhân viên", "nhân viên phục vụ, bảo vệ", I24, total=4316),
    F("gần 900 cán bộ, chiến sĩ", "900", 900, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ Công an tỉnh bảo đảm an ninh, trật tự", I24, approx="nearly"),
    F("là 26.250 học sinh", "26.250", 26250, "count", "học sinh", "Chỉ tiêu tuyển sinh vào lớp 10 công lập", Y24, percent=71, status="target"),
    F("tại 89 trường THPT", "89", 89, "count", "trường THPT", "trường THPT tuyển sinh lớp 10 công lập", Y24, optional=True),
    F("môn Ngữ văn (120 phút)", "120", 120, "measure", "phút", "thời gian làm bài thi môn Ngữ văn", optional=True),
    F("môn Toán (120 phút)", "120", 120, "measure", "phút", "thời gian làm bài thi môn Toán", optional=True),
    F("(60 phút)", "60", 60, "measure", "phút", "thời gian làm bài thi môn Tiếng Anh", optional=True),
    F("có 197 thí sinh vắng mặt", "197", 197, "count", "thí sinh", "thí sinh vắng mặt ở buổi thi môn Ngữ văn",
      P("Tính đến 11 giờ ngày 3/6", None, "2024-06-03"), percent=0.56),
    F("với 46 cán bộ", "46", 46, "count", "cán bộ", "cán bộ in sao đề thi", I24),
    F("trong 5 ngày", "5", 5, "measure", "ngày", "thời gian làm việc liên tục của cán bộ in sao đề thi", optional=True),
    F("hơn 1.200 cán bộ, giáo viên", "1.200", 1200, "count", "cán bộ, giáo viên", "cán bộ, giáo viên được huy động tham gia chấm thi", I24,
      approx="over", status="forecast"),
]
write("p297-1", T, figs, [
    "Cổng TTĐT tỉnh Nghệ An (province portal): the grade-10 entrance exam opens; candidates, exam sites, rooms, invigilators, quota.",
    "Dateline 'Cập nhật: 03/06/2024 10:25 | Lượt xem: 2.317' (counter is page furniture). Distractors: 'Kế hoạch số 218/KH-SGDĐT', 'lớp 10', 'năm học 2024-2025',",
    "'Sáng 3/6', 'sáng 4/6', 'ngày 20/6', 'Ngày thi thứ nhất', hotline 0238.3844.925, school name 'Phan Bội Châu'.",
    "'năm học 2024-2025' labels the admission round; figures in later sentences inherit 'năm 2024' (not scored).",
    "Quota (chỉ tiêu) is status target; 'chiếm khoảng 71%' is its percent. 'gồm' breakdown 3.128+712+476 = 4.316 (total).",
    "'Tính đến 11 giờ ngày 3/6' is an as-of phrase (year from the dateline). Exam durations (120/60 phút) and '5 ngày' optional.",
    "'Dự kiến …, với hơn 1.200 cán bộ' continues the 'Dự kiến' clause: forecast. '89 trường THPT' inside the quota clause: optional (target or actual is debatable).",
], published="2024-06-03", location="Nghệ An")
