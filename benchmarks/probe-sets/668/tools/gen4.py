from lib import F, P, I, CH, TG, emit

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ > Tin tức > Giáo dục thường xuyên
Ngày đăng: 14/03/2024 08:30

Cả nước còn 646 trung tâm GDNN-GDTX cấp huyện sau sắp xếp

Tính đến ngày 31/12/2023, cả nước có 646 trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên cấp huyện, giảm 58 trung tâm so với năm 2020; 63/63 tỉnh, thành phố đã hoàn thành sáp nhập trung tâm GDNN và trung tâm GDTX cấp huyện theo Thông tư số 10/2021/TT-BGDĐT. Ngoài ra còn 57 trung tâm GDTX cấp tỉnh, trong đó 12 trung tâm đã sáp nhập vào trường cao đẳng.

Năm học 2023-2024, số học viên theo học chương trình GDTX cấp THPT là 389.756 người, chiếm khoảng 14% học sinh THPT toàn quốc, bình quân 39 học viên/vạn dân; khoảng 72% học viên đồng thời học nghề. Các địa phương có quy mô lớn là Thanh Hóa (21.430 học viên), Nghệ An (18.240 học viên), Hà Nội (17.905 học viên).

Đội ngũ giáo viên tại các trung tâm có 21.318 người, gồm 14.562 giáo viên dạy văn hóa và 6.756 giáo viên dạy nghề; tỷ lệ giáo viên đạt chuẩn trình độ đào tạo là 98,2%. Bình quân mỗi lớp có 1,52 giáo viên.

Năm 2023, ngân sách nhà nước chi cho hoạt động GDNN-GDTX ước đạt 6.240 tỷ đồng, tăng 8,4% so với năm 2022. Định mức chi bình quân khoảng 9,8 triệu đồng/học viên/năm.

Về xóa mù chữ, năm 2023 các trung tâm mở 1.826 lớp với 38.415 học viên, chủ yếu tại 14 tỉnh vùng dân tộc thiểu số và miền núi. Tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 của cả nước đạt 97,85%.

Mục tiêu đến năm 2030, 100% trung tâm GDNN-GDTX đạt chuẩn cơ sở vật chất theo quy định.

Vụ Giáo dục thường xuyên - số 35 Đại Cồ Việt, Hà Nội
"""

ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
NH = P("Năm học 2023-2024", "2023-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("còn 646 trung tâm", "646", 646, "count", "trung tâm", "trung tâm GDNN-GDTX cấp huyện", I(ASOF)),
    F("có 646 trung tâm", "646", 646, "count", "trung tâm",
      "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên cấp huyện", ASOF,
      change=CH("decrease", 58, "trung tâm", "năm 2020")),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã hoàn thành sáp nhập trung tâm GDNN và trung tâm GDTX cấp huyện", ASOF, total=63),
    F("còn 57 trung tâm", "57", 57, "count", "trung tâm", "trung tâm GDTX cấp tỉnh"),
    F("trong đó 12 trung tâm", "12", 12, "count", "trung tâm", "trung tâm đã sáp nhập vào trường cao đẳng", total=57),
    F("là 389.756 người", "389.756", 389756, "count", "người",
      "học viên theo học chương trình GDTX cấp THPT", NH, percent=14),
    F("bình quân 39 học viên/vạn dân", "39", 39, "measure", "học viên/vạn dân",
      "học viên GDTX cấp THPT bình quân", NH),
    F("khoảng 72%", "72", 72, "percent", "%", "học viên đồng thời học nghề", NH, approx="about"),
    F("Thanh Hóa (21.430", "21.430", 21430, "count", "học viên", "quy mô học viên", I(NH), location="Thanh Hóa"),
    F("Nghệ An (18.240", "18.240", 18240, "count", "học viên", "quy mô học viên", I(NH), location="Nghệ An"),
    F("Hà Nội (17.905", "17.905", 17905, "count", "học viên", "quy mô học viên", I(NH), location="Hà Nội"),
    F("có 21.318 người", "21.318", 21318, "count", "người", "giáo viên tại các trung tâm"),
    F("gồm 14.562 giáo viên", "14.562", 14562, "count", "giáo viên", "giáo viên dạy văn hóa", total=21318),
    F("và 6.756 giáo viên", "6.756", 6756, "count", "giáo viên", "giáo viên dạy nghề", total=21318),
    F("là 98,2%", "98,2", 98.2, "percent", "%", "tỷ lệ giáo viên đạt chuẩn trình độ đào tạo"),
    F("có 1,52 giáo viên", "1,52", 1.52, "measure", "giáo viên", "giáo viên bình quân mỗi lớp"),
    F("ước đạt 6.240 tỷ đồng", "6.240", 6240000000000, "money", "đồng",
      "ngân sách nhà nước chi cho hoạt động GDNN-GDTX", Y23, status="estimate",
      change=CH("increase", 8.4, "%", "năm 2022")),
    F("khoảng 9,8 triệu", "9,8", 9800000, "money", "đồng/học viên/năm", "định mức chi bình quân", I(Y23),
      approx="about"),
    F("mở 1.826 lớp", "1.826", 1826, "count", "lớp", "lớp xóa mù chữ", Y23b),
    F("với 38.415 học viên", "38.415", 38415, "count", "học viên", "học viên xóa mù chữ", Y23b),
    F("tại 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh vùng dân tộc thiểu số và miền núi", Y23b),
    F("từ 15 đến 60", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("đạt 97,85%", "97,85", 97.85, "percent", "%", "tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2", I(Y23b)),
    F("100% trung tâm", "100", 100, "percent", "%", "trung tâm GDNN-GDTX đạt chuẩn cơ sở vật chất",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "Ministry site (Bộ GD&ĐT): national count of GDNN-GDTX centres after mergers, learners, teachers, spending, literacy, 2030 target.",
    "'Ngày đăng: 14/03/2024 08:30' = published. Location Việt Nam throughout; provinces in the list 'Thanh Hóa (21.430 học viên) ...' are the items' locations.",
    "'chiếm khoảng 14% học sinh THPT toàn quốc' is the share of 389.756; '39 học viên/vạn dân' is a rate (denominator in the unit).",
    "'gồm 14.562 ... và 6.756' add up to 21.318: total. '63/63' -> total 63; '12 trung tâm' after 'trong đó' -> total 57.",
    "'ước đạt' governs the 6.240 tỷ sentence only; 'Định mức chi ... khoảng 9,8 triệu' is a new sentence: actual, about.",
    "'Thông tư số 10/2021/TT-BGDĐT', 'mức độ 2', 'số 35 Đại Cồ Việt' are not figures; age bounds 'từ 15 đến 60' optional.",
    "'Năm học 2023-2024' read as a year range 2023-01-01..2024-12-31 (no rule in the spec).",
]

emit("p668-4", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")
