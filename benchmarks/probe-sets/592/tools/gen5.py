from lib import F, P, I, CH, emit

TEXT = """Kinh tế đêm Bến Ninh Kiều: doanh thu năm 2023 đạt hơn 420 tỷ đồng

(CT) - Năm 2023, khu vực Chợ đêm Ninh Kiều và phố đi bộ Bến Ninh Kiều của TP Cần Thơ đón khoảng 2,9 triệu lượt khách, tăng gần 40% so với năm 2022; doanh thu từ mua sắm, ẩm thực, giải trí đạt hơn 420 tỷ đồng, gấp 1,8 lần năm 2022.

Hiện Chợ đêm Ninh Kiều có 220 gian hàng, hoạt động từ 17 giờ đến 23 giờ hằng ngày; phố đi bộ mỗi tuần tổ chức 6 chương trình biểu diễn đờn ca tài tử, nghệ thuật đường phố. Theo khảo sát của Sở Văn hóa, Thể thao và Du lịch, mức chi tiêu bình quân của du khách tại đây từ 350.000 đến 400.000 đồng/lượt; khách lưu trú qua đêm chiếm 38%.

Ngoài khu vực trung tâm, các quận, huyện đã hình thành 9 điểm chợ đêm, phố ẩm thực mới, gồm: Cái Răng (3 điểm), Bình Thủy (2 điểm), Ô Môn (2 điểm), Thốt Nốt (1 điểm) và Phong Điền (1 điểm).

Về an ninh trật tự, năm 2023 Công an thành phố ghi nhận 14 vụ việc tại khu vực bến, giảm 6 vụ so với năm 2022; phát hiện 53 trường hợp niêm yết giá không đúng quy định, xử phạt hành chính 118,5 triệu đồng.

Ông Trần Văn Lâm, Phó Giám đốc Sở VHTTDL, cho biết năm 2024 thành phố đặt mục tiêu đón 3,3 triệu lượt khách tại khu vực Bến Ninh Kiều, doanh thu tăng từ 15 đến 20%. Dự kiến trong quý II, tuyến phố đi bộ Hai Bà Trưng sẽ được nối dài thêm 350 m đến giao lộ đường 30 Tháng 4.

MINH HUYỀN - 22/01/2024
"""

Y23h = P("năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q2 = P("trong quý II", "2024-04-01", "2024-06-30")

DIST = [("Cái Răng", "3"), ("Bình Thủy", "2"), ("Ô Môn", "2"), ("Thốt Nốt", "1"), ("Phong Điền", "1")]

FIGS = [
    F("đạt hơn 420 tỷ đồng\n", "420", 420e9, "money", "đồng", "doanh thu kinh tế đêm Bến Ninh Kiều", Y23h,
      approx="over"),
    F("khoảng 2,9 triệu", "2,9", 2900000, "count", "lượt khách",
      "lượt khách khu vực Chợ đêm Ninh Kiều và phố đi bộ Bến Ninh Kiều", Y23, approx="about",
      change=CH("increase", 40, baseline="năm 2022", approx="nearly")),
    F("đạt hơn 420 tỷ đồng,", "420", 420e9, "money", "đồng", "doanh thu từ mua sắm, ẩm thực, giải trí", Y23,
      approx="over", change=CH("increase", 1.8, unit="lần", baseline="năm 2022")),
    F("có 220 gian hàng", "220", 220, "count", "gian hàng", "gian hàng Chợ đêm Ninh Kiều"),
    F("tổ chức 6 chương trình", "6", 6, "count", "chương trình", "chương trình biểu diễn đờn ca tài tử, nghệ thuật đường phố mỗi tuần"),
    F("từ 350.000 đến", "350.000", 350000, "money", "đồng/lượt", "mức chi tiêu bình quân của du khách", value_max=400000),
    F("chiếm 38%", "38", 38, "percent", "%", "tỷ lệ khách lưu trú qua đêm"),
    F("hình thành 9 điểm", "9", 9, "count", "điểm", "điểm chợ đêm, phố ẩm thực mới ở các quận, huyện"),
]
for name, n in DIST:
    FIGS.append(F(f"{name} ({n} điểm)", n, int(n), "count", "điểm", "điểm chợ đêm, phố ẩm thực mới", total=9,
                  location=name))
FIGS += [
    F("ghi nhận 14 vụ", "14", 14, "count", "vụ việc", "vụ việc an ninh trật tự tại khu vực bến", Y23h,
      change=CH("decrease", 6, unit="vụ", baseline="năm 2022")),
    F("phát hiện 53 trường hợp", "53", 53, "count", "trường hợp", "trường hợp niêm yết giá không đúng quy định", Y23h),
    F("chính 118,5 triệu", "118,5", 118.5e6, "money", "đồng", "tiền xử phạt hành chính", Y23h),
    F("đón 3,3 triệu", "3,3", 3300000, "count", "lượt khách", "lượt khách tại khu vực Bến Ninh Kiều", Y24,
      status="target"),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "tốc độ tăng doanh thu", Y24, value_max=20, status="target"),
    F("thêm 350 m", "350", 350, "measure", "m", "chiều dài nối dài tuyến phố đi bộ Hai Bà Trưng", Q2,
      status="forecast"),
]

COMMENTS = [
    "Báo Cần Thơ (Party newspaper, tag '(CT)'): kinh tế đêm Bến Ninh Kiều năm 2023 — lượt khách, doanh thu, gian hàng, chi tiêu, ANTT, 2024 targets.",
    "Byline + date at the end 'MINH HUYỀN - 22/01/2024' gives published. Location Cần Thơ ('TP Cần Thơ' named); 'Ninh Kiều' in",
    "'Chợ đêm Ninh Kiều' / 'Bến Ninh Kiều' is a landmark name, not the district. District list items take their district as location.",
    "'gấp 1,8 lần năm 2022' right after 420 tỷ is its change (lần), not a multiple figure. 'khách lưu trú qua đêm chiếm 38%'",
    "is a share of visitors in its own clause, not a share of the spending figure before it: its own percent figure.",
    "'trong quý II' (no year) takes 2024 from the nearest earlier period ('năm 2024'). 'dự kiến' → forecast.",
    "Distractors: '17 giờ đến 23 giờ' (times), 'đường 30 Tháng 4' (road name), 'quý II', 'năm 2022' baselines, the closing date.",
]

emit("p592-5", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Cần Thơ")
