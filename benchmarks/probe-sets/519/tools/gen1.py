from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Nghệ An: Hơn 823.000 học sinh, trẻ em bước vào năm học mới

Cập nhật: 05/09/2024 10:20
Lượt xem: 2.418

Sáng 5/9, các trường học trên địa bàn tỉnh Nghệ An đồng loạt tổ chức lễ khai giảng. Năm học 2024-2025, toàn tỉnh có 1.535 trường học với 823.410 học sinh, trẻ em, tăng 12.640 em so với năm học trước. Trong đó, mầm non 214.300 trẻ, tiểu học 296.850 học sinh, trung học cơ sở 208.760 học sinh và trung học phổ thông 103.500 học sinh.

Số học sinh vào lớp 1 là 52.870 em, vào lớp 6 là 49.215 em. Các địa phương có số học sinh tăng nhiều là thành phố Vinh (3.120 em), thị xã Hoàng Mai (1.045 em) và huyện Nghi Lộc (980 em). Toàn tỉnh bố trí 24.180 lớp học; bình quân cấp tiểu học 32,5 học sinh/lớp, cấp THCS 38 học sinh/lớp.

Tỷ lệ huy động trẻ đến nhà trẻ đạt 35,2%, trẻ mẫu giáo đạt 97,6%, riêng trẻ 5 tuổi đạt 99,9%.

Toàn ngành hiện có 43.560 cán bộ, giáo viên, nhân viên; còn thiếu 1.847 giáo viên so với định mức, trong đó mầm non thiếu 862 giáo viên, tiểu học thiếu 641 giáo viên. Năm 2024, tỉnh đã bố trí 126,5 tỷ đồng mua sắm thiết bị dạy học tối thiểu cho lớp 5, lớp 9 và lớp 12 theo Chương trình GDPT 2018.

Sở GD&ĐT Nghệ An - Số 1 Trường Thi, thành phố Vinh. Điện thoại: 0238.3844.510
"""

sy = SY(2024)
FIGS = [
    F("Hơn 823.000 học sinh", "823.000", 823000, "count", "học sinh, trẻ em", "học sinh, trẻ em bước vào năm học mới", I(sy), approx="over"),
    F("có 1.535 trường học", "1.535", 1535, "count", "trường học", "trường học toàn tỉnh", sy),
    F("với 823.410 học sinh", "823.410", 823410, "count", "học sinh, trẻ em", "học sinh, trẻ em toàn tỉnh", sy,
      change=CH("increase", 12640, "em", "năm học trước")),
    F("mầm non 214.300 trẻ", "214.300", 214300, "count", "trẻ", "trẻ mầm non", I(sy), total=823410),
    F("tiểu học 296.850 học sinh", "296.850", 296850, "count", "học sinh", "học sinh tiểu học", I(sy), total=823410),
    F("cơ sở 208.760 học sinh", "208.760", 208760, "count", "học sinh", "học sinh trung học cơ sở", I(sy), total=823410),
    F("phổ thông 103.500 học sinh", "103.500", 103500, "count", "học sinh", "học sinh trung học phổ thông", I(sy), total=823410),
    F("là 52.870 em", "52.870", 52870, "count", "em", "học sinh vào lớp 1", I(sy)),
    F("là 49.215 em", "49.215", 49215, "count", "em", "học sinh vào lớp 6", I(sy)),
    F("Vinh (3.120 em)", "3.120", 3120, "count", "em", "số học sinh tăng", I(sy), location="Vinh"),
    F("Hoàng Mai (1.045 em)", "1.045", 1045, "count", "em", "số học sinh tăng", I(sy), location="Hoàng Mai"),
    F("Nghi Lộc (980 em)", "980", 980, "count", "em", "số học sinh tăng", I(sy), location="Nghi Lộc"),
    F("bố trí 24.180 lớp học", "24.180", 24180, "count", "lớp học", "lớp học toàn tỉnh bố trí", I(sy)),
    F("tiểu học 32,5 học sinh/lớp", "32,5", 32.5, "measure", "học sinh/lớp", "bình quân học sinh/lớp cấp tiểu học", I(sy)),
    F("THCS 38 học sinh/lớp", "38", 38, "measure", "học sinh/lớp", "bình quân học sinh/lớp cấp THCS", I(sy)),
    F("nhà trẻ đạt 35,2%", "35,2", 35.2, "percent", "%", "tỷ lệ huy động trẻ đến nhà trẻ", I(sy)),
    F("mẫu giáo đạt 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", I(sy)),
    F("riêng trẻ 5 tuổi", "5", 5, "measure", "tuổi", optional=True),
    F("tuổi đạt 99,9%", "99,9", 99.9, "percent", "%", "tỷ lệ huy động trẻ 5 tuổi", I(sy)),
    F("có 43.560 cán bộ", "43.560", 43560, "count", "cán bộ, giáo viên, nhân viên", "cán bộ, giáo viên, nhân viên toàn ngành"),
    F("thiếu 1.847 giáo viên", "1.847", 1847, "count", "giáo viên", "giáo viên còn thiếu so với định mức"),
    F("thiếu 862 giáo viên", "862", 862, "count", "giáo viên", "giáo viên mầm non thiếu", total=1847),
    F("thiếu 641 giáo viên", "641", 641, "count", "giáo viên", "giáo viên tiểu học thiếu", total=1847),
    F("bố trí 126,5 tỷ đồng", "126,5", 126500000000, "money", "đồng", "kinh phí mua sắm thiết bị dạy học tối thiểu", Y(2024, "Năm 2024")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: khai giảng năm học 2024-2025 — quy mô học sinh, lớp, huy động trẻ, thiếu giáo viên, thiết bị dạy học.",
    "Province portal: breadcrumb, 'Cập nhật: 05/09/2024 10:20' is the dateline, 'Lượt xem: 2.418' is page furniture.",
    "Not figures: 'Sáng 5/9', grade names 'lớp 1', 'lớp 6', 'lớp 5, lớp 9 và lớp 12', 'Chương trình GDPT 2018', 'Số 1 Trường Thi', phone.",
    "School-year periods: 'năm học 2024-2025' = 2024-09-01..2025-05-31 (chosen convention). 'trẻ 5 tuổi' (age class) optional, as h24's 'dưới 1 tuổi'.",
    "The four levels after 'Trong đó' (next sentence) add up to 823.410: total. 862/641 follow 'trong đó' after 1.847 giáo viên: total.",
    "District items '(3.120 em)' are increases standing as their own claim (no base figure): count figures, location the district.",
]

emit("p519-1", TEXT, COMMENTS, FIGS, published="2024-09-05", location="Nghệ An")
