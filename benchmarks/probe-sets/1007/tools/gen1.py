"""p1007-1: province portal (Hà Giang), network of village health workers and midwives, 2023."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Hà Giang: Mạng lưới y tế thôn bản góp phần giảm sinh con tại nhà
Cập nhật: 14/03/2024 09:25 | Lượt xem: 2.316
Theo Sở Y tế, tính đến ngày 31/12/2023, toàn tỉnh có 2.065/2.071 thôn, tổ dân phố có nhân viên y tế hoạt động, đạt 99,7%. Tổng số nhân viên y tế thôn bản là 2.118 người, trong đó 1.436 người là nữ, chiếm 67,8%; 1.902 người là đồng bào dân tộc thiểu số.
Đội ngũ cô đỡ thôn bản có 312 người, tập trung ở các huyện vùng cao núi đá dọc Quốc lộ 4C như Mèo Vạc (58 người), Đồng Văn (54 người), Yên Minh (47 người) và Quản Bạ (31 người).
Theo Quyết định số 75/2009/QĐ-TTg, nhân viên y tế ở thôn đặc biệt khó khăn được hưởng phụ cấp hằng tháng hệ số 0,5 mức lương cơ sở, tương đương 900.000 đồng; ở các thôn còn lại là hệ số 0,3, tương đương 540.000 đồng.
Nhờ mạng lưới này, năm 2023 tỷ lệ phụ nữ sinh con tại cơ sở y tế của tỉnh đạt 86,2%, tăng 3,5 điểm phần trăm so với năm 2022; tỷ lệ sinh con tại nhà giảm còn 13,8%. Trong tổng số 2.947 ca sinh tại nhà, có 1.865 ca được cô đỡ thôn bản hoặc nhân viên y tế hỗ trợ, chiếm 63,3%; còn 1.082 ca không có người đỡ đã qua đào tạo.
Năm 2024, tỉnh phấn đấu 100% thôn, tổ dân phố có nhân viên y tế hoạt động, tỷ lệ phụ nữ sinh con tại cơ sở y tế đạt trên 88%; dự kiến mở 2 lớp đào tạo cho khoảng 40 cô đỡ thôn bản tại các huyện Mèo Vạc, Đồng Văn và Xín Mần.
Ông Hoàng Văn Ba, Phó Giám đốc Sở Y tế cho biết, tỉnh dự kiến hỗ trợ thêm cho mỗi cô đỡ thôn bản 200.000 đồng/tháng từ ngân sách địa phương để giữ chân đội ngũ này."""

ASOF = P("tính đến ngày 31/12/2023", end="2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NVYT = "nhân viên y tế thôn bản"
CD = "cô đỡ thôn bản"

FIGS = [
    F("có 2.065/2.071 thôn", "2.065", 2065, "count", "thôn, tổ dân phố", "thôn, tổ dân phố có nhân viên y tế hoạt động",
      ASOF, total=2071, percent=99.7),
    F("là 2.118 người", "2.118", 2118, "count", "người", NVYT, I(ASOF)),
    F("trong đó 1.436 người", "1.436", 1436, "count", "người", "nhân viên y tế thôn bản là nữ", I(ASOF),
      total=2118, percent=67.8),
    F("1.902 người", "1.902", 1902, "count", "người", "nhân viên y tế thôn bản là đồng bào dân tộc thiểu số", I(ASOF),
      total=2118),
    F("có 312 người", "312", 312, "count", "người", CD, I(ASOF)),
    F("Mèo Vạc (58 người)", "58", 58, "count", "người", CD, I(ASOF), location="Mèo Vạc"),
    F("Đồng Văn (54 người)", "54", 54, "count", "người", CD, I(ASOF), location="Đồng Văn"),
    F("Yên Minh (47 người)", "47", 47, "count", "người", CD, I(ASOF), location="Yên Minh"),
    F("Quản Bạ (31 người)", "31", 31, "count", "người", CD, I(ASOF), location="Quản Bạ"),
    F("hệ số 0,5 mức lương", "0,5", 0.5, "measure", "mức lương cơ sở",
      "hệ số phụ cấp hằng tháng của nhân viên y tế ở thôn đặc biệt khó khăn"),
    F("tương đương 900.000 đồng", "900.000", 900000, "money", "đồng",
      "phụ cấp hằng tháng của nhân viên y tế ở thôn đặc biệt khó khăn"),
    F("hệ số 0,3", "0,3", 0.3, "measure", "mức lương cơ sở", "hệ số phụ cấp hằng tháng ở các thôn còn lại"),
    F("tương đương 540.000 đồng", "540.000", 540000, "money", "đồng", "phụ cấp hằng tháng ở các thôn còn lại"),
    F("của tỉnh đạt 86,2%", "86,2", 86.2, "percent", "%", "tỷ lệ phụ nữ sinh con tại cơ sở y tế", Y23,
      change=C("increase", 3.5, "điểm phần trăm", "năm 2022")),
    F("giảm còn 13,8%", "13,8", 13.8, "percent", "%", "tỷ lệ sinh con tại nhà", Y23),
    F("tổng số 2.947 ca", "2.947", 2947, "count", "ca", "ca sinh tại nhà", I(Y23)),
    F("có 1.865 ca", "1.865", 1865, "count", "ca", "ca sinh tại nhà được cô đỡ thôn bản hoặc nhân viên y tế hỗ trợ",
      I(Y23), total=2947, percent=63.3),
    F("còn 1.082 ca", "1.082", 1082, "count", "ca", "ca sinh tại nhà không có người đỡ đã qua đào tạo", I(Y23),
      total=2947),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tỷ lệ thôn, tổ dân phố có nhân viên y tế hoạt động", Y24,
      status="target"),
    F("đạt trên 88%", "88", 88, "percent", "%", "tỷ lệ phụ nữ sinh con tại cơ sở y tế", Y24,
      approx="over", status="target"),
    F("mở 2 lớp", "2", 2, "count", "lớp", "lớp đào tạo cô đỡ thôn bản", Y24, status="forecast"),
    F("khoảng 40 cô đỡ", "40", 40, "count", "cô đỡ thôn bản", "cô đỡ thôn bản được đào tạo", Y24,
      approx="about", status="forecast"),
    F("bản 200.000 đồng/tháng", "200.000", 200000, "money", "đồng/tháng", "hỗ trợ thêm cho mỗi cô đỡ thôn bản",
      status="forecast"),
]

NOTES = [
    "p1007-1: Cổng TTĐT tỉnh Hà Giang: mạng lưới nhân viên y tế thôn bản và cô đỡ thôn bản năm 2023, sinh con tại nhà, mục tiêu 2024.",
    "Dateline 'Cập nhật: 14/03/2024 09:25' gives published; 'Lượt xem: 2.316', Quốc lộ 4C, QĐ 75/2009/QĐ-TTg, 'Hoàng Văn Ba' are not figures.",
    "'2.065/2.071 thôn ..., đạt 99,7%' → total 2071, percent 99.7. The 1.436 and 1.902 (after 'trong đó', list continued by ';') → total 2118.",
    "District list after 312 does not add up (190) and has no part-of cue → no total. 'hệ số 0,5/0,3' are measures in 'mức lương cơ sở';",
    "the money after 'tương đương' is a figure of its own (not a share). 1.865 + 1.082 = 2.947 ('Trong tổng số') → total 2947.",
    "Allowance rates carry no period (no time phrase; a standing rule). 'dự kiến' → forecast; 'phấn đấu' → target.",
]

write(1, TEXT, NOTES, FIGS, published="2024-03-14", location="Hà Giang")
