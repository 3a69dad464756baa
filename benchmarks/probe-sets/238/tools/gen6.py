from lib import *

A = """Thời sự › Chính trị

Hơn 5.600 công chức, viên chức nghỉ việc trong 6 tháng

Thứ ba, 6/8/2024, 05:00 (GMT+7)

Số người rời khu vực công giảm so với cùng kỳ, song ngành giáo dục và y tế vẫn chiếm hơn 70%.

Theo Bộ Nội vụ, 6 tháng đầu năm 2024 cả nước có 5.624 công chức, viên chức nghỉ việc, thôi việc, giảm 18,2% so với cùng kỳ năm 2023.

Trong báo cáo gửi đại biểu Quốc hội, Bộ cho biết số người nghỉ việc ở khối trung ương là 1.204 người, khối địa phương 4.420 người. Người dưới 35 tuổi chiếm khoảng 54%, phần lớn có trình độ đại học.

Ngành giáo dục có số người nghỉ nhiều nhất với 2.958 người, tiếp đến là y tế 1.012 người, lĩnh vực hành chính 637 người. Các địa phương có nhiều người nghỉ việc là TP HCM (658 người), Hà Nội (412 người), Bình Dương (296 người).

Năm 2023, cả nước có 10.183 công chức, viên chức nghỉ việc; trong 5 năm từ 2019 đến 2023, con số này lên tới gần 55.000 người.

Nguyên nhân chính, theo Bộ Nội vụ, là thu nhập thấp: một giáo viên mới ra trường nhận khoảng 4,5-5 triệu đồng mỗi tháng. Lương cơ sở hiện là 2,34 triệu đồng/tháng, tăng 30% so với mức cũ 1,8 triệu đồng.

Bộ Nội vụ dự báo số người nghỉ việc cả năm 2024 khoảng 9.000-9.500 người. Cơ quan này đặt mục tiêu đến năm 2026 giảm tỷ lệ công chức, viên chức nghỉ việc xuống dưới 0,3% tổng biên chế; hiện tỷ lệ này là 0,52%.

Hoài Thu
"""

h6 = per("6 tháng", "2024-01-01", "2024-06-30")
h1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
p1923 = per("từ 2019 đến 2023", "2019-01-01", "2023-12-31")
y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
to26 = per("đến năm 2026", None, "2026-12-31")
I = inh(h1)
VN = "Việt Nam"

F = [
    fig("Hơn 5.600 công chức", "5.600", 5600, "count", "công chức, viên chức", "công chức, viên chức nghỉ việc", h6,
        approx="over"),
    fig("vẫn chiếm hơn 70%", "70", 70, "percent", "%", "ngành giáo dục và y tế trong số người rời khu vực công",
        inh(h6), approx="over"),
    fig("có 5.624 công chức", "5.624", 5624, "count", "công chức, viên chức",
        "công chức, viên chức nghỉ việc, thôi việc", h1, change=ch("decrease", 18.2, "%", "cùng kỳ năm 2023")),
    fig("là 1.204 người", "1.204", 1204, "count", "người", "người nghỉ việc ở khối trung ương", I),
    fig("địa phương 4.420 người", "4.420", 4420, "count", "người", "người nghỉ việc ở khối địa phương", I),
    fig("chiếm khoảng 54%", "54", 54, "percent", "%", "người nghỉ việc dưới 35 tuổi", I, approx="about"),
    fig("dưới 35 tuổi", "35", 35, "measure", "tuổi", "tuổi", I, approx="under", optional=True),
    fig("với 2.958 người", "2.958", 2958, "count", "người", "người nghỉ việc ngành giáo dục", I),
    fig("y tế 1.012 người", "1.012", 1012, "count", "người", "người nghỉ việc ngành y tế", I),
    fig("hành chính 637 người", "637", 637, "count", "người", "người nghỉ việc lĩnh vực hành chính", I),
    fig("TP HCM (658 người)", "658", 658, "count", "người", "người nghỉ việc", I, location="TP Hồ Chí Minh"),
    fig("Hà Nội (412 người)", "412", 412, "count", "người", "người nghỉ việc", I, location="Hà Nội"),
    fig("Bình Dương (296 người)", "296", 296, "count", "người", "người nghỉ việc", I, location="Bình Dương"),
    fig("có 10.183 công chức", "10.183", 10183, "count", "công chức, viên chức", "công chức, viên chức nghỉ việc", y23),
    fig("gần 55.000 người", "55.000", 55000, "count", "người", "công chức, viên chức nghỉ việc", p1923,
        approx="nearly"),
    fig("khoảng 4,5-5 triệu đồng", "4,5", 4.5e6, "money", "đồng", "thu nhập giáo viên mới ra trường mỗi tháng", None,
        approx="about", value_max=5e6),
    fig("là 2,34 triệu đồng/tháng", "2,34", 2.34e6, "money", "đồng/tháng", "lương cơ sở", None,
        change=ch("increase", 30, "%", "mức cũ")),
    fig("mức cũ 1,8 triệu đồng", "1,8", 1.8e6, "money", "đồng", "lương cơ sở cũ", None, optional=True),
    fig("khoảng 9.000-9.500 người", "9.000", 9000, "count", "người", "người nghỉ việc", y24, approx="about",
        value_max=9500, status="forecast"),
    fig("dưới 0,3% tổng biên chế", "0,3", 0.3, "percent", "%", "tỷ lệ công chức, viên chức nghỉ việc", to26,
        approx="under", status="target"),
    fig("là 0,52%", "0,52", 0.52, "percent", "%", "tỷ lệ công chức, viên chức nghỉ việc", None),
]

notes = [
    "National press (VnExpress style): civil servants and public employees leaving the public sector, Bộ Nội vụ figures. Dateline 'Thứ ba, 6/8/2024, 05:00 (GMT+7)'; byline at the end.",
    "National figures: location Việt Nam; TP HCM (location written 'TP Hồ Chí Minh' as shared h04 does for 'TP.HCM'; revised after the first run), Hà Nội, Bình Dương in the list are the locations of their items. Sectors (giáo dục, y tế, hành chính) are not places: they go to the subject.",
    "Headline 'trong 6 tháng' takes 2024 from the dateline. The sapo's 'hơn 70%' has no period phrase of its own: it inherits the headline's (not scored).",
    "1.204 / 4.420 and the sector list have no part-of cue: no total. 'dưới 35 tuổi' is an age threshold (optional).",
    "'trong 5 năm từ 2019 đến 2023': '5 năm' is a duration, not a figure; the period is 'từ 2019 đến 2023'.",
    "'2,34 triệu đồng/tháng, tăng 30% so với mức cũ 1,8 triệu đồng': change of 2,34 triệu; the old level after 'so với' is optional.",
    "'dự báo … khoảng 9.000-9.500 người': forecast range. 'mục tiêu đến năm 2026 … xuống dưới 0,3%': target level (no change). 'hiện … 0,52%': actual, no period phrase.",
]
write("p238-6", A, F, notes, published="2024-08-06", location="Việt Nam")
