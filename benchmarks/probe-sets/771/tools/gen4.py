from lib import F, P, I, Y, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ / Tin tức / Di sản văn hóa

27 tỉnh, thành phố tổ chức không gian thư pháp, tranh dân gian đón Tết Ất Tỵ

Ngày đăng: 22/01/2025 | Lượt xem: 1.208

Theo tổng hợp của Cục Di sản văn hóa, dịp Tết Nguyên đán Ất Tỵ 2025, cả nước có 27 tỉnh, thành phố tổ chức hội chữ, phố ông đồ hoặc không gian trưng bày tranh dân gian, tăng 5 địa phương so với năm 2024. Nhiều điểm nhất là Hà Nội (9 điểm), tiếp đến là Thừa Thiên Huế (5 điểm), TP Hồ Chí Minh (4 điểm) và Bắc Ninh (3 điểm).

Tổng số ông đồ, nghệ nhân thư pháp tham gia ước khoảng 1.150 người, trong đó khoảng 30% là người dưới 35 tuổi.

Đối với nghề làm tranh dân gian, hiện cả nước còn 4 làng tranh duy trì sản xuất là Đông Hồ (Bắc Ninh), Hàng Trống, Kim Hoàng (Hà Nội) và làng Sình (Thừa Thiên Huế), với khoảng 120 nghệ nhân, thợ thủ công. Năm 2024, các làng tranh ước tiêu thụ 210.000 bức tranh với doanh thu khoảng 11,4 tỷ đồng.

Thực hiện Quyết định số 2129/QĐ-BVHTTDL ngày 15/8/2023, Bộ đã hoàn thiện hồ sơ "Nghề làm tranh dân gian Đông Hồ" trình UNESCO xem xét ghi danh vào Danh sách di sản văn hóa phi vật thể cần bảo vệ khẩn cấp. Đến nay, Việt Nam có 16 di sản văn hóa phi vật thể được UNESCO ghi danh, trong đó có 1 di sản thuộc Danh sách cần bảo vệ khẩn cấp.

Giai đoạn 2021-2024, Bộ đã hỗ trợ các địa phương 8,6 tỷ đồng để truyền dạy nghề, tư liệu hóa hơn 2.300 mẫu tranh, bản khắc. Mục tiêu đến năm 2030, 100% làng tranh dân gian có không gian trưng bày, trải nghiệm; số nghệ nhân, thợ kế cận tăng ít nhất 1,5 lần so với năm 2024.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

NAY = P("Đến nay", None, "2025-01-22")
GD = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
T2030 = P("đến năm 2030", None, "2030-12-31")
DIEM = "điểm tổ chức hội chữ, phố ông đồ, không gian tranh dân gian"

FIGS = [
    F("27 tỉnh, thành phố tổ chức không gian", "27", 27, "count", "tỉnh, thành phố",
      "tỉnh, thành phố tổ chức không gian thư pháp, tranh dân gian đón Tết Ất Tỵ"),
    F("có 27 tỉnh, thành phố", "27", 27, "count", "tỉnh, thành phố",
      "tỉnh, thành phố tổ chức hội chữ, phố ông đồ hoặc không gian trưng bày tranh dân gian",
      change=CH("increase", 5, "địa phương", baseline="năm 2024")),
    F("(9 điểm)", "9", 9, "count", "điểm", DIEM, location="Hà Nội"),
    F("(5 điểm)", "5", 5, "count", "điểm", DIEM, location="Thừa Thiên Huế"),
    F("(4 điểm)", "4", 4, "count", "điểm", DIEM, location="TP Hồ Chí Minh"),
    F("(3 điểm)", "3", 3, "count", "điểm", DIEM, location="Bắc Ninh"),
    F("ước khoảng 1.150 người", "1.150", 1150, "count", "người", "ông đồ, nghệ nhân thư pháp tham gia", approx="about",
      status="estimate"),
    F("khoảng 30%", "30", 30, "percent", "%", "tỷ lệ người dưới 35 tuổi trong số ông đồ, nghệ nhân thư pháp", approx="about",
      status="estimate"),
    F("dưới 35 tuổi", "35", 35, "measure", "tuổi", approx="under", optional=True),
    F("còn 4 làng tranh", "4", 4, "count", "làng tranh", "làng tranh dân gian duy trì sản xuất"),
    F("khoảng 120 nghệ nhân", "120", 120, "count", "nghệ nhân, thợ thủ công", "nghệ nhân, thợ thủ công làng tranh",
      approx="about"),
    F("tiêu thụ 210.000 bức", "210.000", 210000, "count", "bức tranh", "tranh các làng tranh tiêu thụ", Y(2024, "Năm 2024"),
      status="estimate"),
    F("khoảng 11,4 tỷ đồng", "11,4", 11.4e9, "money", "đồng", "doanh thu các làng tranh", Y(2024, "Năm 2024"),
      approx="about", status="estimate"),
    F("có 16 di sản", "16", 16, "count", "di sản", "di sản văn hóa phi vật thể được UNESCO ghi danh", NAY),
    F("có 1 di sản", "1", 1, "count", "di sản", "di sản thuộc Danh sách cần bảo vệ khẩn cấp", NAY, total=16),
    F("8,6 tỷ đồng", "8,6", 8.6e9, "money", "đồng", "kinh phí Bộ hỗ trợ các địa phương truyền dạy nghề, tư liệu hóa", GD),
    F("hơn 2.300 mẫu tranh", "2.300", 2300, "count", "mẫu tranh, bản khắc", "mẫu tranh, bản khắc được tư liệu hóa", GD,
      approx="over"),
    F("100% làng tranh", "100", 100, "percent", "%", "làng tranh dân gian có không gian trưng bày, trải nghiệm", T2030,
      status="target"),
    F("ít nhất 1,5 lần", "1,5", 1.5, "multiple", "lần", "số nghệ nhân, thợ kế cận tăng so với năm 2024", T2030,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL), 'Ngày đăng: 22/01/2025 | Lượt xem: 1.208': national count of provinces with Tết calligraphy / folk-painting",
    "spaces 2025, bracketed list by province, ông đồ, surviving painting villages, UNESCO heritage count, support 2021-2024, 2030 targets.",
    "National figures are Việt Nam; each bracketed province item takes its province as location and the list's indicator as subject.",
    "'4 làng tranh … là Đông Hồ (Bắc Ninh), …' is a national count: the provinces named inside the list do not make it provincial.",
    "'tăng 5 địa phương so với năm 2024' is the change of the 27. 'ước tiêu thụ … với doanh thu khoảng 11,4 tỷ' is one clause: both estimate.",
    "'khoảng 30% là người dưới 35 tuổi' after 'trong đó' is a share of a part: a percent figure of its own, estimate (the ước clause continues).",
    "'tăng ít nhất 1,5 lần so với năm 2024' standing alone as the target is a multiple figure (no change object).",
    "Tết 2025 has no period phrase the spec reads ('Tết Nguyên đán Ất Tỵ 2025'): left without period. 'Đến nay' ends at the dateline.",
    "Distractors: 'Lượt xem: 1.208', 'Quyết định số 2129/QĐ-BVHTTDL ngày 15/8/2023', '51 Ngô Quyền', phone, 'Tết Ất Tỵ 2025'.",
]

if __name__ == "__main__":
    emit("p771-4", TEXT, COMMENTS, FIGS, published="2025-01-22", location="Việt Nam")
