"""p560-4: ministry site (Bộ GD&ĐT) — national admissions 2024, quotas, lecturers, 2030 targets."""
from lib import F, P, I, YEAR, CH, emit

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ > Tin tức > Giáo dục đại học

Gần 560.000 thí sinh trúng tuyển đại học đợt 1 năm 2024

12/09/2024 | Lượt xem: 5.402

Theo số liệu của Vụ Giáo dục Đại học, năm 2024 cả nước có 1.071.393 thí sinh đăng ký dự thi tốt nghiệp THPT, trong đó 659.011 thí sinh đăng ký xét tuyển đại học với tổng số 5.070.101 nguyện vọng, bình quân 7,7 nguyện vọng/thí sinh.

Kết quả xét tuyển đợt 1, có 557.645 thí sinh trúng tuyển, chiếm 84,6% số thí sinh đăng ký xét tuyển, tăng 3,9% so với năm 2023. Tính đến 17h00 ngày 27/8/2024, đã có 497.482 thí sinh xác nhận nhập học trên Hệ thống hỗ trợ tuyển sinh chung. Tỷ lệ xác nhận nhập học của khối ngành Sức khỏe và khối ngành Sư phạm lần lượt là 91,2% và 88,7%, trong khi khối ngành Nông - Lâm - Thủy sản chỉ đạt 62,4%.

Tổng chỉ tiêu tuyển sinh năm 2024 của 322 cơ sở đào tạo là khoảng 725.000 chỉ tiêu. Tổng số sinh viên đại học năm học 2023-2024 ước khoảng 2,3 triệu người.

Về đội ngũ, cả nước hiện có 90.135 giảng viên đại học, trong đó 33.940 người có trình độ tiến sĩ, chiếm 37,7%; 7.216 người là giáo sư, phó giáo sư. Theo Quyết định số 1705/QĐ-TTg, đến năm 2030 tỷ lệ giảng viên có trình độ tiến sĩ đạt ít nhất 40% và quy mô đạt 260 sinh viên/vạn dân; hiện con số này mới đạt khoảng 222 sinh viên/vạn dân.

Thí sinh cần hỗ trợ liên hệ đường dây nóng 024.3869.5144.
"""

Y24 = YEAR(2024)
ASOF = P("Tính đến 17h00 ngày 27/8/2024", None, "2024-08-27")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Gần 560.000 thí sinh", "560.000", 560000, "count", "thí sinh",
      "thí sinh trúng tuyển đại học đợt 1", Y24, approx="nearly"),
    F("có 1.071.393 thí sinh", "1.071.393", 1071393, "count", "thí sinh",
      "thí sinh đăng ký dự thi tốt nghiệp THPT", Y24),
    F("659.011 thí sinh", "659.011", 659011, "count", "thí sinh",
      "thí sinh đăng ký xét tuyển đại học", Y24, total=1071393),
    F("5.070.101 nguyện vọng", "5.070.101", 5070101, "count", "nguyện vọng",
      "tổng số nguyện vọng đăng ký xét tuyển đại học", Y24),
    F("bình quân 7,7 nguyện vọng/thí sinh", "7,7", 7.7, "measure", "nguyện vọng/thí sinh",
      "bình quân nguyện vọng đăng ký xét tuyển mỗi thí sinh", Y24),
    F("có 557.645 thí sinh", "557.645", 557645, "count", "thí sinh",
      "thí sinh trúng tuyển đợt 1", I(Y24), percent=84.6, change=CH("increase", 3.9, baseline="năm 2023")),
    F("có 497.482 thí sinh", "497.482", 497482, "count", "thí sinh",
      "thí sinh xác nhận nhập học trên Hệ thống hỗ trợ tuyển sinh chung", ASOF),
    F("lần lượt là 91,2%", "91,2", 91.2, "percent", "%",
      "tỷ lệ xác nhận nhập học của khối ngành Sức khỏe", I(ASOF)),
    F("và 88,7%", "88,7", 88.7, "percent", "%",
      "tỷ lệ xác nhận nhập học của khối ngành Sư phạm", I(ASOF)),
    F("chỉ đạt 62,4%", "62,4", 62.4, "percent", "%",
      "tỷ lệ xác nhận nhập học của khối ngành Nông - Lâm - Thủy sản", I(ASOF)),
    F("của 322 cơ sở", "322", 322, "count", "cơ sở đào tạo",
      "cơ sở đào tạo tuyển sinh", Y24),
    F("khoảng 725.000 chỉ tiêu", "725.000", 725000, "count", "chỉ tiêu",
      "tổng chỉ tiêu tuyển sinh", Y24, approx="about", status="target"),
    F("khoảng 2,3 triệu người", "2,3", 2300000, "count", "người",
      "tổng số sinh viên đại học năm học 2023-2024", approx="about", status="estimate"),
    F("có 90.135 giảng viên", "90.135", 90135, "count", "giảng viên",
      "giảng viên đại học"),
    F("33.940 người", "33.940", 33940, "count", "người",
      "giảng viên đại học có trình độ tiến sĩ", total=90135, percent=37.7),
    F("7.216 người", "7.216", 7216, "count", "người",
      "giảng viên đại học là giáo sư, phó giáo sư", total=90135),
    F("ít nhất 40%", "40", 40, "percent", "%",
      "tỷ lệ giảng viên có trình độ tiến sĩ", T30, approx="at_least", status="target"),
    F("đạt 260 sinh viên/vạn dân", "260", 260, "measure", "sinh viên/vạn dân",
      "quy mô sinh viên trên vạn dân", T30, status="target"),
    F("khoảng 222 sinh viên/vạn dân", "222", 222, "measure", "sinh viên/vạn dân",
      "quy mô sinh viên trên vạn dân", approx="about"),
]

COMMENTS = [
    "Probe 560: ministry site (Bộ GD&ĐT) — national admissions 2024 (đợt 1), quotas, enrolled students, lecturers, 2030 targets.",
    "Location Việt Nam for every figure (cả nước / the ministry's national totals). 'đợt 1' is an ordinal, not a figure.",
    "659.011 after 'trong đó' takes 1.071.393 as total; 557.645 'chiếm 84,6% số thí sinh đăng ký' gets that percent, no total (no number named).",
    "'lần lượt là 91,2% và 88,7%' are two percent figures; '17h00', dates, Quyết định số 1705/QĐ-TTg, hotline, 'Lượt xem: 5.402' are not figures.",
    "'ước khoảng 2,3 triệu' -> estimate + about; the quota total 'khoảng 725.000 chỉ tiêu' -> target + about; 'hiện … khoảng 222' actual, no period.",
]

if __name__ == "__main__":
    emit("p560-4", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Việt Nam")
