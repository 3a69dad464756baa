"""p476-4: ministry site (Bộ LĐ-TB&XH), national vocational enrolment 2023."""
from lib import F, P, I, CH, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ / Tin tức - Sự kiện / Giáo dục nghề nghiệp
16/01/2024 | 14:20

Năm 2023, cả nước tuyển sinh giáo dục nghề nghiệp hơn 2,2 triệu người

Tại Hội nghị tổng kết công tác giáo dục nghề nghiệp năm 2023 diễn ra ngày 15/1 tại Hà Nội, Tổng cục Giáo dục nghề nghiệp cho biết cả nước đã tuyển sinh được 2.215.600 người, đạt 103% kế hoạch, tăng 4,8% so với năm 2022. Trong đó, trình độ cao đẳng, trung cấp khoảng 580.000 người; trình độ sơ cấp và đào tạo thường xuyên 1.635.600 người.

Riêng đào tạo nghề cho lao động nông thôn theo Đề án 1956, các địa phương đã hỗ trợ cho 487.350 người, trong đó lao động nữ 200.790 người, chiếm 41,2%; người dân tộc thiểu số chiếm 22,5%. Tỷ lệ có việc làm sau đào tạo bình quân đạt 85,6%, riêng các nghề hàn, điện công nghiệp, may công nghiệp đạt trên 95%.

Dẫn đầu về số lao động nông thôn được hỗ trợ đào tạo lần lượt là Thanh Hóa, Nghệ An và Hà Tĩnh với 28.400, 25.950 và 17.300 người. Kinh phí từ các chương trình mục tiêu quốc gia bố trí cho nhiệm vụ này là 1.650 tỷ đồng, gấp 1,4 lần năm 2022.

Tỷ lệ lao động qua đào tạo năm 2023 ước đạt 68%, trong đó có bằng cấp, chứng chỉ đạt 27,6%, tăng 0,7 điểm phần trăm so với năm 2022. Cả nước hiện có 1.888 cơ sở giáo dục nghề nghiệp, giảm 63 cơ sở sau sắp xếp theo Chỉ thị số 24/CT-TTg.

Năm 2024, Bộ đặt mục tiêu tuyển sinh khoảng 2,3 triệu người; phấn đấu đến năm 2025 tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt từ 28 đến 30%.

Đường dây nóng: (024) 3826.9543
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23h = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
SUBJ_RURAL = "lao động nông thôn được hỗ trợ đào tạo"

FIGS = [
    F("hơn 2,2 triệu người", "2,2", 2.2e6, "count", "người", "tuyển sinh giáo dục nghề nghiệp", Y23h, approx="over"),
    F("được 2.215.600 người", "2.215.600", 2215600, "count", "người", "tuyển sinh giáo dục nghề nghiệp", Y23,
      percent=103, change=CH("increase", 4.8, baseline="năm 2022")),
    F("khoảng 580.000 người", "580.000", 580000, "count", "người", "tuyển sinh trình độ cao đẳng, trung cấp", I(Y23),
      approx="about", total=2215600),
    F("thường xuyên 1.635.600 người", "1.635.600", 1635600, "count", "người",
      "tuyển sinh trình độ sơ cấp và đào tạo thường xuyên", I(Y23), total=2215600),
    F("cho 487.350 người", "487.350", 487350, "count", "người", "lao động nông thôn được hỗ trợ đào tạo nghề", I(Y23)),
    F("nữ 200.790 người", "200.790", 200790, "count", "người", "lao động nữ được hỗ trợ đào tạo nghề", I(Y23),
      total=487350, percent=41.2),
    F("chiếm 22,5%", "22,5", 22.5, "percent", "%", "người dân tộc thiểu số trong lao động nông thôn được hỗ trợ đào tạo nghề",
      I(Y23)),
    F("đạt 85,6%", "85,6", 85.6, "percent", "%", "tỷ lệ có việc làm sau đào tạo bình quân", I(Y23)),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ có việc làm sau đào tạo các nghề hàn, điện công nghiệp, may công nghiệp",
      I(Y23), approx="over"),
    F("với 28.400", "28.400", 28400, "count", "người", SUBJ_RURAL, I(Y23), location="Thanh Hóa"),
    F("25.950 và", "25.950", 25950, "count", "người", SUBJ_RURAL, I(Y23), location="Nghệ An"),
    F("17.300 người", "17.300", 17300, "count", "người", SUBJ_RURAL, I(Y23), location="Hà Tĩnh"),
    F("là 1.650 tỷ đồng", "1.650", 1650e9, "money", "đồng",
      "kinh phí từ các chương trình mục tiêu quốc gia bố trí cho đào tạo nghề lao động nông thôn", I(Y23),
      change=CH("increase", 1.4, "lần", baseline="năm 2022")),
    F("ước đạt 68%", "68", 68, "percent", "%", "tỷ lệ lao động qua đào tạo", Y23, status="estimate"),
    F("đạt 27,6%", "27,6", 27.6, "percent", "%", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", Y23,
      status="estimate", change=CH("increase", 0.7, "điểm phần trăm", baseline="năm 2022")),
    F("có 1.888 cơ sở", "1.888", 1888, "count", "cơ sở giáo dục nghề nghiệp", "cơ sở giáo dục nghề nghiệp",
      change=CH("decrease", 63, "cơ sở")),
    F("khoảng 2,3 triệu", "2,3", 2.3e6, "count", "người", "tuyển sinh", Y24, approx="about", status="target"),
    F("từ 28 đến 30%", "28", 28, "percent", "%", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", Y25,
      value_max=30, status="target"),
]

COMMENTS = [
    "Bộ LĐ-TB&XH site: tổng kết giáo dục nghề nghiệp năm 2023, national (location Việt Nam); provinces in the 'lần lượt' list are locations.",
    "'gấp 1,4 lần năm 2022' after a money figure is its change (lần); 'tăng 0,7 điểm phần trăm' is the change of the 27,6% level.",
    "'người dân tộc thiểu số chiếm 22,5%' has no count: a percent figure of its own. '1.888 cơ sở' with 'hiện có': no period.",
    "Distractors: 'Đề án 1956', 'Chỉ thị số 24/CT-TTg', 'ngày 15/1', hotline (024) 3826.9543, dateline 16/01/2024 | 14:20.",
]

if __name__ == "__main__":
    emit("p476-4", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Việt Nam")
