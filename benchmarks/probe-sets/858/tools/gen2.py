"""p858-2: district portal (huyện Lục Ngạn, Bắc Giang), June 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN
Tin tức - Sự kiện / Kinh tế - Xã hội
Khai giảng lớp nghề chăm sóc móng, trang điểm cho phụ nữ xã Kim Sơn
Thứ Năm, 15/06/2023 - 10:20

Sáng 14/6, tại nhà văn hóa thôn Kim 2, xã Kim Sơn, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện phối hợp với Hội Liên hiệp Phụ nữ huyện khai giảng lớp đào tạo nghề chăm sóc móng và trang điểm cho 35 học viên là hội viên phụ nữ trong xã. Lớp học kéo dài 3 tháng với 440 giờ, trong đó 80% thời lượng dành cho thực hành.

Học viên được miễn học phí, hỗ trợ tiền ăn 30.000 đồng/ngày và tiền đi lại 200.000 đồng/người/khóa học đối với người ở cách nơi học từ 15 km trở lên.

Năm 2022, huyện đã mở 14 lớp nghề làm đẹp với 462 học viên. Từ đầu năm 2023 đến nay, huyện mở thêm 6 lớp với 198 học viên, đạt 40% kế hoạch năm. Theo khảo sát của Hội Liên hiệp Phụ nữ huyện, khoảng 75% học viên sau khóa học có việc làm hoặc tự mở tiệm tại nhà, thu nhập bình quân 5 triệu đồng/tháng.

Toàn huyện hiện có 126 cơ sở cắt tóc, làm móng, trang điểm do phụ nữ làm chủ, tăng 21 cơ sở so với cuối năm 2021. Nhiều cơ sở tập trung dọc Quốc lộ 31 và tại thị trấn Chũ.

Mục tiêu đến năm 2025, huyện đào tạo nghề cho 1.500 lao động nữ nông thôn, trong đó nhóm nghề làm đẹp chiếm khoảng 30%. Bà Hoàng Thị Năm, Chủ tịch Hội Liên hiệp Phụ nữ huyện, đề nghị học viên chuyên cần, tham gia đầy đủ các buổi học để sớm có nghề, có thu nhập ổn định.

Thu Hà - Trung tâm VH-TT&TT huyện
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
YTD = P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-06-15")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("cho 35 học viên", "35", 35, "count", "học viên", "học viên lớp đào tạo nghề chăm sóc móng và trang điểm"),
    F("kéo dài 3 tháng", "3", 3, "measure", "tháng", "thời gian lớp học"),
    F("với 440 giờ", "440", 440, "measure", "giờ", "thời lượng lớp học"),
    F("trong đó 80% thời lượng", "80", 80, "percent", "%", "thời lượng dành cho thực hành"),
    F("30.000 đồng/ngày", "30.000", 30000, "money", "đồng/ngày", "hỗ trợ tiền ăn"),
    F("200.000 đồng/người/khóa học", "200.000", 200000, "money", "đồng/người/khóa học", "hỗ trợ tiền đi lại"),
    F("từ 15 km trở lên", "15", 15, "measure", "km", "khoảng cách từ nơi ở đến nơi học", approx="at_least",
      optional=True),
    F("mở 14 lớp", "14", 14, "count", "lớp", "lớp nghề làm đẹp", Y22),
    F("với 462 học viên", "462", 462, "count", "học viên", "học viên nghề làm đẹp", Y22),
    F("thêm 6 lớp", "6", 6, "count", "lớp", "lớp nghề làm đẹp mở thêm", YTD),
    F("với 198 học viên", "198", 198, "count", "học viên", "học viên nghề làm đẹp", YTD, percent=40),
    F("khoảng 75% học viên", "75", 75, "percent", "%", "học viên có việc làm hoặc tự mở tiệm sau khóa học",
      approx="about"),
    F("bình quân 5 triệu đồng/tháng", "5", 5e6, "money", "đồng/tháng", "thu nhập bình quân của học viên sau khóa học"),
    F("có 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở cắt tóc, làm móng, trang điểm do phụ nữ làm chủ",
      change=C("increase", 21, "cơ sở", "cuối năm 2021")),
    F("cho 1.500 lao động", "1.500", 1500, "count", "lao động nữ nông thôn",
      "lao động nữ nông thôn được đào tạo nghề", T25, status="target"),
    F("chiếm khoảng 30%", "30", 30, "percent", "%", "nhóm nghề làm đẹp trong đào tạo nghề cho lao động nữ nông thôn",
      T25, approx="about", status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Lục Ngạn (Bắc Giang): khai giảng lớp chăm sóc móng, trang điểm tại xã Kim Sơn; kết quả 2022 và từ đầu năm 2023.",
    "District portal: location is the district (Kim Sơn lies in it). 'Từ đầu năm 2023 đến nay' ends at the dateline.",
    "Course length '3 tháng' and '440 giờ' are measures (the claim, not a time locator); '80% thời lượng' after 'trong đó' is a share, a percent figure.",
    "'từ 15 km trở lên' is an eligibility threshold: optional. '30%' is the share of a part of 1.500, a percent figure of its own (target).",
    "'126 cơ sở' with 'hiện': no period; 'tăng 21 cơ sở so với cuối năm 2021' is its change. Distractors: thôn Kim 2, Sáng 14/6, Quốc lộ 31, 10:20, Bà Hoàng Thị Năm.",
]

write("p858-2", TEXT, FIGS, NOTES, published="2023-06-15", location="Lục Ngạn")
