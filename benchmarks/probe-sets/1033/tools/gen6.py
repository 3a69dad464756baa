"""p1033-6: national newspaper, book market and reading habits 2024 (Việt Nam; Hà Nội, TP Hồ Chí Minh)."""
from lib import F, P, I, C, T, write

TEXT = """Văn hóa > Sách

Thứ hai, 21/4/2025, 09:30 (GMT+7)

Thị trường sách năm 2024 đạt doanh thu hơn 4.000 tỷ đồng

Ngành xuất bản năm 2024 phát hành khoảng 600 triệu bản sách, doanh thu trên 4.000 tỷ đồng, trong khi bình quân mỗi người Việt đọc chưa tới 5 cuốn sách mỗi năm.

Thông tin được Cục Xuất bản, In và Phát hành công bố tại họp báo Ngày Sách và Văn hóa đọc Việt Nam lần thứ 4, sáng 20/4 ở Hà Nội.

Theo Cục, năm 2024 cả nước có 57 nhà xuất bản với khoảng 38.500 xuất bản phẩm, số bản in đạt 598 triệu bản, tăng 4,5% so với năm 2023. Tổng doanh thu toàn ngành ước đạt 4.120 tỷ đồng, nộp ngân sách khoảng 320 tỷ đồng. Sách điện tử có gần 5.800 đầu sách, chiếm 15% tổng số đầu sách.

Giá bìa bình quân hiện khoảng 95.000-120.000 đồng/cuốn, cao hơn khoảng 20% so với 5 năm trước do giá giấy và chi phí in tăng.

Khảo sát của Hội Xuất bản với 1.500 người ở 10 tỉnh, thành cho thấy 38% người được hỏi đọc sách điện tử ít nhất một lần mỗi tuần; ở nhóm 18-25 tuổi, tỷ lệ này là 61%.

Các không gian đọc công cộng cũng thu hút đông người. Năm 2024, Đường sách TP Hồ Chí Minh (đường Nguyễn Văn Bình) đón khoảng 3,5 triệu lượt khách, doanh thu đạt 68 tỷ đồng, tăng 12% so với năm trước. Phố sách Hà Nội trên phố 19/12 đón gần 1,2 triệu lượt khách.

Ông Nguyễn Nguyên, Cục trưởng Cục Xuất bản, In và Phát hành, cho rằng mục tiêu đến năm 2030 nâng mức đọc lên 7 cuốn sách/người/năm là thách thức lớn. Năm nay, ngành dự kiến tổ chức hơn 100 hội sách tại các địa phương.

Minh Quân
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y25 = P("Năm nay", "2025-01-01", "2025-12-31")

FIGS = [
    F("doanh thu hơn 4.000 tỷ", "4.000", 4e12, "money", "đồng", "doanh thu thị trường sách", Y24, approx="over"),
    F("khoảng 600 triệu bản", "600", 600e6, "count", "bản sách", "sách ngành xuất bản phát hành", Y24, approx="about"),
    F("doanh thu trên 4.000 tỷ", "4.000", 4e12, "money", "đồng", "doanh thu ngành xuất bản", Y24, approx="over"),
    F("chưa tới 5 cuốn", "5", 5, "measure", "cuốn sách/người/năm", "bình quân sách mỗi người Việt đọc mỗi năm",
      approx="under"),
    F("có 57 nhà xuất bản", "57", 57, "count", "nhà xuất bản", "nhà xuất bản", Y24),
    F("khoảng 38.500 xuất bản phẩm", "38.500", 38500, "count", "xuất bản phẩm", "xuất bản phẩm", Y24, approx="about"),
    F("đạt 598 triệu bản", "598", 598e6, "count", "bản", "số bản in", Y24, change=C("increase", 4.5, baseline="năm 2023")),
    F("ước đạt 4.120 tỷ", "4.120", 4.12e12, "money", "đồng", "tổng doanh thu toàn ngành", I(Y24), status="estimate"),
    F("khoảng 320 tỷ", "320", 320e9, "money", "đồng", "nộp ngân sách", I(Y24), approx="about", status="estimate"),
    F("gần 5.800 đầu sách", "5.800", 5800, "count", "đầu sách", "đầu sách điện tử", I(Y24), approx="nearly", percent=15),
    F("khoảng 95.000-120.000", "95.000", 95000, "money", "đồng/cuốn", "giá bìa bình quân", approx="about", value_max=120000,
      change=C("increase", 20, baseline="5 năm trước", approx="about")),
    F("với 1.500 người", "1.500", 1500, "count", "người", "người được khảo sát"),
    F("ở 10 tỉnh", "10", 10, "count", "tỉnh, thành", "tỉnh, thành được khảo sát"),
    F("cho thấy 38%", "38", 38, "percent", "%", "người được hỏi đọc sách điện tử ít nhất một lần mỗi tuần"),
    F("ít nhất một lần", "một", 1, "count", "lần", "lần đọc sách điện tử mỗi tuần", approx="at_least", optional=True),
    F("nhóm 18-25 tuổi", "18", 18, "measure", "tuổi", "nhóm tuổi", value_max=25, optional=True),
    F("là 61%", "61", 61, "percent", "%", "người nhóm 18-25 tuổi đọc sách điện tử ít nhất một lần mỗi tuần"),
    F("khoảng 3,5 triệu", "3,5", 3.5e6, "count", "lượt khách", "lượt khách Đường sách TP Hồ Chí Minh đón", Y24b,
      approx="about", location="TP Hồ Chí Minh"),
    F("đạt 68 tỷ", "68", 68e9, "money", "đồng", "doanh thu Đường sách TP Hồ Chí Minh", Y24b,
      change=C("increase", 12, baseline="năm trước"), location="TP Hồ Chí Minh"),
    F("gần 1,2 triệu", "1,2", 1.2e6, "count", "lượt khách", "lượt khách Phố sách Hà Nội đón", I(Y24b), approx="nearly",
      location="Hà Nội"),
    F("lên 7 cuốn", "7", 7, "measure", "cuốn sách/người/năm", "mức đọc sách bình quân", T30, status="target"),
    F("hơn 100 hội sách", "100", 100, "count", "hội sách", "hội sách tổ chức tại các địa phương", Y25, approx="over",
      status="forecast"),
]

NOTES = [
    "National newspaper: book market and reading habits, Việt Nam 2024. Dateline 'Thứ hai, 21/4/2025, 09:30 (GMT+7)'.",
    "Distractors: '09:30 (GMT+7)', 'lần thứ 4', 'sáng 20/4', 'đường Nguyễn Văn Bình', 'phố 19/12' (a street), '5 năm trước' (baseline).",
    "The headline and the lead repeat the 4.000 tỷ: both are figures (different positions).",
    "'chưa tới 5 cuốn sách mỗi năm' per person: measure, unit cuốn sách/người/năm, approx under. No period (a habitual rate).",
    "'gần 5.800 đầu sách, chiếm 15% tổng số đầu sách': percent 15 (the whole, 38.500 xuất bản phẩm, is a different noun: no total).",
    "Optional: survey thresholds 'ít nhất một lần mỗi tuần' and the age band '18-25 tuổi'.",
    "'Năm nay' in an article dated 2025 is 2025. 'tăng 12% so với năm trước' is the change of the 68 tỷ.",
]

write("p1033-6", TEXT, NOTES, FIGS, published="2025-04-21", location="Việt Nam")
