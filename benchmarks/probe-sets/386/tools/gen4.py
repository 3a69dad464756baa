from lib import F, P, CH, TG, emit

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Tin tổng hợp

Tổng kết năm học 2023-2024 giáo dục mầm non: huy động trẻ mẫu giáo ra lớp đạt 93,1%

Báo cáo tại hội nghị tổng kết năm học 2023-2024 và triển khai nhiệm vụ năm học 2024-2025 giáo dục mầm non tổ chức tại Hà Nội, Vụ Giáo dục Mầm non cho biết cả nước hiện có 15.328 cơ sở giáo dục mầm non, gồm 12.406 trường công lập và 2.922 trường ngoài công lập; ngoài ra còn khoảng 16.000 nhóm, lớp độc lập tư thục.

Tổng số trẻ đến trường đạt gần 5,2 triệu trẻ, giảm khoảng 95 nghìn trẻ so với năm học trước do mức sinh giảm. Tỷ lệ huy động trẻ nhà trẻ đạt 33,6%, trẻ mẫu giáo đạt 93,1%, trong đó trẻ 5 tuổi đạt 99,7%.

Một số địa phương có tỷ lệ huy động trẻ mẫu giáo thấp là Bình Dương (78,4%), TP Hồ Chí Minh (81,2%) và Đồng Nai (84,9%), chủ yếu do dân nhập cư đông ở các khu công nghiệp.

Về cơ sở vật chất, cả nước có khoảng 208.000 phòng học mầm non, tỷ lệ phòng học kiên cố đạt 86,4%, tăng 2,1% so với năm học 2022-2023; tuy nhiên vẫn còn 6.918 phòng học tạm, học nhờ, tập trung ở các tỉnh miền núi phía Bắc và Tây Nguyên.

Đội ngũ giáo viên mầm non có 389.500 người, trong đó 88,7% đạt chuẩn trình độ đào tạo trở lên theo Luật Giáo dục 2019. Cả nước hiện thiếu khoảng 47.600 giáo viên mầm non; 12/63 tỉnh, thành phố thiếu trên 1.000 giáo viên.

Năm học 2024-2025, Bộ đặt chỉ tiêu tỷ lệ huy động trẻ nhà trẻ đạt 35%, trẻ mẫu giáo đạt 94%; phấn đấu đến năm 2030 tỷ lệ phòng học kiên cố đạt 95% và 100% giáo viên mầm non đạt chuẩn trình độ đào tạo.
"""

Yi = P("năm học 2023-2024", "2023-09-01", "2024-05-31", inh=True)
N = P("Năm học 2024-2025", "2024-09-01", "2025-05-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("ra lớp đạt 93,1%", "93,1", 93.1, "percent", "%", "huy động trẻ mẫu giáo ra lớp",
      P("năm học 2023-2024", "2023-09-01", "2024-05-31")),
    F("có 15.328 cơ sở", "15.328", 15328, "count", "cơ sở giáo dục mầm non", "cơ sở giáo dục mầm non", Yi),
    F("gồm 12.406 trường", "12.406", 12406, "count", "trường", "trường mầm non công lập", Yi, total=15328),
    F("và 2.922 trường", "2.922", 2922, "count", "trường", "trường mầm non ngoài công lập", Yi, total=15328),
    F("khoảng 16.000 nhóm", "16.000", 16000, "count", "nhóm, lớp", "nhóm, lớp độc lập tư thục", Yi, approx="about"),
    F("gần 5,2 triệu trẻ", "5,2", 5200000, "count", "trẻ", "trẻ đến trường", Yi, approx="nearly",
      change=CH("decrease", 95000, "trẻ", "năm học trước", approx="about")),
    F("nhà trẻ đạt 33,6%", "33,6", 33.6, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ", Yi),
    F("giáo đạt 93,1%", "93,1", 93.1, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", Yi),
    F("trẻ 5 tuổi đạt", "5", 5, "measure", "tuổi", optional=True),
    F("đạt 99,7%", "99,7", 99.7, "percent", "%", "tỷ lệ huy động trẻ 5 tuổi", Yi),
    F("Bình Dương (78,4%)", "78,4", 78.4, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", Yi, location="Bình Dương"),
    F("Minh (81,2%)", "81,2", 81.2, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", Yi, location="Hồ Chí Minh"),
    F("Đồng Nai (84,9%)", "84,9", 84.9, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", Yi, location="Đồng Nai"),
    F("khoảng 208.000 phòng", "208.000", 208000, "count", "phòng học", "phòng học mầm non", Yi, approx="about"),
    F("đạt 86,4%", "86,4", 86.4, "percent", "%", "tỷ lệ phòng học kiên cố", Yi,
      change=CH("increase", 2.1, "%", "năm học 2022-2023")),
    F("còn 6.918 phòng", "6.918", 6918, "count", "phòng học", "phòng học tạm, học nhờ", Yi),
    F("có 389.500 người", "389.500", 389500, "count", "người", "đội ngũ giáo viên mầm non", Yi),
    F("trong đó 88,7%", "88,7", 88.7, "percent", "%", "giáo viên đạt chuẩn trình độ đào tạo trở lên", Yi),
    F("khoảng 47.600 giáo viên", "47.600", 47600, "count", "giáo viên", "giáo viên mầm non còn thiếu", Yi, approx="about"),
    F("12/63 tỉnh", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố thiếu trên 1.000 giáo viên", Yi, total=63),
    F("trên 1.000 giáo viên", "1.000", 1000, "count", "giáo viên", approx="over", optional=True),
    F("nhà trẻ đạt 35%", "35", 35, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ", N, status="target"),
    F("giáo đạt 94%", "94", 94, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", N, status="target"),
    F("đạt 95%", "95", 95, "percent", "%", "tỷ lệ phòng học kiên cố", T30, status="target"),
    F("và 100% giáo viên", "100", 100, "percent", "%", "giáo viên mầm non đạt chuẩn trình độ đào tạo", T30, status="target"),
]

COMMENTS = [
    "Bộ GD&ĐT (ministry site), no dateline: tổng kết năm học 2023-2024 giáo dục mầm non, national figures, three provinces in a list.",
    "Location 'Việt Nam' (cả nước, ministry totals); the venue 'tổ chức tại Hà Nội' is not a place of any figure; list items take their province.",
    "Distractors: 'Luật Giáo dục 2019', school-year names, '2024-2025' in the meeting name; 'trên 1.000 giáo viên' is a threshold inside the",
    "defining clause of 12/63 (optional). 'gồm 12.406 … và 2.922 …' are parts of 15.328 (units trường vs cơ sở, same things).",
    "'trong đó 88,7%' and 'trong đó trẻ 5 tuổi đạt 99,7%' are percents: no total. 'giảm khoảng 95 nghìn trẻ' is the change of 5,2 triệu.",
    "'tăng 2,1% so với năm học 2022-2023' after the rate 86,4% is its change. Targets: năm học 2024-2025 (chỉ tiêu) and đến năm 2030 (phấn đấu).",
]

if __name__ == "__main__":
    emit("p386-4", TEXT, COMMENTS, FIGS, published=None, location="Việt Nam")
