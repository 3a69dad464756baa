from lib import F, P, I, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Gia đình

Tuần lễ Áo dài năm 2024: 63/63 tỉnh, thành phố tham gia hưởng ứng

Ngày đăng: 11/03/2024 | Lượt xem: 1.928

Theo báo cáo nhanh của Trung ương Hội Liên hiệp Phụ nữ Việt Nam, Tuần lễ Áo dài (từ ngày 1 đến 8/3/2024) đã được 63/63 tỉnh, thành phố hưởng ứng với gần 4.700 chương trình, hoạt động, tăng 18% so với năm 2023. Ước tính có khoảng 5,3 triệu lượt hội viên, phụ nữ mặc áo dài trong các hoạt động, trong đó hơn 1,1 triệu lượt là cán bộ, công chức, viên chức nữ.

Các địa phương có nhiều hoạt động nhất là TP Hồ Chí Minh (412 hoạt động), Hà Nội (386 hoạt động), Thừa Thiên Huế (295 hoạt động) và Nghệ An (240 hoạt động). Về tỷ lệ cán bộ, công chức, viên chức nữ mặc áo dài tại công sở trong tuần lễ, có 24 địa phương đạt trên 90%; các tỉnh Quảng Trị, Hà Tĩnh, Thái Bình lần lượt đạt 97,5%, 96,2% và 95,8%.

Bộ trưởng Nguyễn Văn Hùng đánh giá, Tuần lễ Áo dài đã góp phần tôn vinh di sản và kích cầu tiêu dùng; doanh thu của các cơ sở may, cho thuê áo dài trong tháng 3/2024 tăng bình quân 25-30% so với tháng 2/2024.

Năm 2025, Bộ phối hợp với Hội LHPN Việt Nam triển khai Kế hoạch số 758/KH-BVHTTDL, đặt mục tiêu thu hút ít nhất 6 triệu lượt người tham gia; đồng thời lập hồ sơ đề nghị đưa "Nghề may áo dài Việt Nam" vào Danh mục di sản văn hóa phi vật thể quốc gia.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

WEEK = P("từ ngày 1 đến 8/3/2024", "2024-03-01", "2024-03-08")
SUBJ_ACT = "hoạt động hưởng ứng Tuần lễ Áo dài"
SUBJ_RATE = "tỷ lệ cán bộ, công chức, viên chức nữ mặc áo dài tại công sở trong tuần lễ"

FIGS = [
    F("63/63 tỉnh, thành phố tham gia", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố tham gia hưởng ứng Tuần lễ Áo dài", P("năm 2024", "2024-01-01", "2024-12-31"), total=63),
    F("63/63 tỉnh, thành phố hưởng", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố hưởng ứng Tuần lễ Áo dài", WEEK, total=63),
    F("gần 4.700 chương trình", "4.700", 4700, "count", "chương trình, hoạt động",
      "chương trình, hoạt động hưởng ứng Tuần lễ Áo dài", WEEK, approx="nearly",
      change=CH("increase", 18, "%", "năm 2023")),
    F("khoảng 5,3 triệu", "5,3", 5300000, "count", "lượt", "lượt hội viên, phụ nữ mặc áo dài trong các hoạt động",
      I(WEEK), approx="about", status="estimate"),
    F("hơn 1,1 triệu", "1,1", 1100000, "count", "lượt", "lượt cán bộ, công chức, viên chức nữ mặc áo dài",
      I(WEEK), approx="over", total=5300000, status="estimate"),
    F("(412 hoạt động)", "412", 412, "count", "hoạt động", SUBJ_ACT, I(WEEK), location="TP Hồ Chí Minh"),
    F("(386 hoạt động)", "386", 386, "count", "hoạt động", SUBJ_ACT, I(WEEK), location="Hà Nội"),
    F("(295 hoạt động)", "295", 295, "count", "hoạt động", SUBJ_ACT, I(WEEK), location="Thừa Thiên Huế"),
    F("(240 hoạt động)", "240", 240, "count", "hoạt động", SUBJ_ACT, I(WEEK), location="Nghệ An"),
    F("có 24 địa phương", "24", 24, "count", "địa phương",
      "địa phương có tỷ lệ cán bộ, công chức, viên chức nữ mặc áo dài tại công sở trên 90%", I(WEEK)),
    F("đạt trên 90%", "90", 90, "percent", "%", SUBJ_RATE, approx="over", optional=True),
    F("đạt 97,5%", "97,5", 97.5, "percent", "%", SUBJ_RATE, I(WEEK), location="Quảng Trị"),
    F("96,2% và", "96,2", 96.2, "percent", "%", SUBJ_RATE, I(WEEK), location="Hà Tĩnh"),
    F("và 95,8%", "95,8", 95.8, "percent", "%", SUBJ_RATE, I(WEEK), location="Thái Bình"),
    F("bình quân 25-30%", "25", 25, "percent", "%", "doanh thu của các cơ sở may, cho thuê áo dài",
      P("tháng 3/2024", "2024-03-01", "2024-03-31"), value_max=30),
    F("ít nhất 6 triệu", "6", 6000000, "count", "lượt người", "lượt người tham gia",
      P("Năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL), 'Ngày đăng: 11/03/2024 | Lượt xem: 1.928': Tuần lễ Áo dài 1-8/3/2024 nationwide, with provincial lists.",
    "Location Việt Nam (national figures, counts of provinces); list items that are provinces take the province as location, the list's",
    "indicator as subject ('lần lượt' list likewise). '24 địa phương đạt trên 90%': the 90% is a threshold of the group, optional.",
    "Headline 63/63 carries the headline's 'năm 2024'; the body sentence carries '(từ ngày 1 đến 8/3/2024)'. 'Ước tính' governs the",
    "5,3 triệu sentence including its 'trong đó' part (total 5,3 triệu). 'tăng bình quân 25-30% so với tháng 2/2024' is a growth rate",
    "that is the claim: percent range, no change. Provincial activity counts do not follow their whole (no cue): no total.",
    "Distractors: 'Kế hoạch số 758/KH-BVHTTDL', '51 Ngô Quyền', phone, 'Lượt xem: 1.928', 'tháng 2/2024' baseline.",
]

emit("p785-4", TEXT, COMMENTS, FIGS, published="2024-03-11", location="Việt Nam")
