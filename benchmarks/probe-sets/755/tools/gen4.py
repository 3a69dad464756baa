from lib import F, P, I, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Thể dục thể thao
Ngày đăng: 09/01/2024 | Lượt xem: 2.765

Năm 2023, gần 38% dân số cả nước tập luyện thể dục thể thao thường xuyên

Theo Cục Thể dục thể thao, năm 2023 tỷ lệ dân số tập luyện thể dục thể thao thường xuyên trên cả nước ước đạt 37,9%, tăng 1,2% so với năm 2022; tỷ lệ gia đình thể thao ước đạt 26,1%. Cả nước hiện có khoảng 82.000 câu lạc bộ thể dục thể thao cơ sở, tăng hơn 4.500 câu lạc bộ so với năm 2022.

Trong năm, 63/63 tỉnh, thành phố tổ chức giải bóng đá, bóng chuyền phong trào cấp tỉnh; các địa phương tổ chức trên 15.000 giải thể thao quần chúng cấp huyện và cấp xã. Bình quân cả nước có 1,9 sân bóng đá/1 vạn dân.

Các địa phương có tỷ lệ dân số tập luyện thường xuyên cao là Đà Nẵng (46,5%), Hà Nội (44,2%), TP. Hồ Chí Minh (43,8%) và Bắc Ninh (41,7%); thấp nhất là Lai Châu với 21,6%.

Về nguồn lực, kinh phí xã hội hóa cho thể thao quần chúng năm 2023 ước đạt trên 1.200 tỷ đồng, gấp 1,5 lần năm 2022. Bộ dự kiến hỗ trợ xây dựng 500 sân thể thao cộng đồng tại các xã đặc biệt khó khăn trong giai đoạn 2024-2026.

Thực hiện Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 1189/QĐ-TTg), Cục đặt mục tiêu đến năm 2025 tỷ lệ dân số tập luyện thường xuyên đạt 38%, gia đình thể thao đạt 28%; đến năm 2030 các chỉ tiêu tương ứng là 45% và 35%.

Cục Thể dục thể thao - 36 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 024.3845.6789
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TN = P("Trong năm", "2023-01-01", "2023-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
Y30 = P("đến năm 2030", None, "2030-12-31")
SUBJ = "tỷ lệ dân số tập luyện thường xuyên"

FIGS = [
    F("gần 38%", "38", 38, "percent", "%", "dân số cả nước tập luyện thể dục thể thao thường xuyên",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("ước đạt 37,9%", "37,9", 37.9, "percent", "%", "tỷ lệ dân số tập luyện thể dục thể thao thường xuyên", Y23,
      change=CH("increase", 1.2, "%", "năm 2022"), status="estimate"),
    F("ước đạt 26,1%", "26,1", 26.1, "percent", "%", "tỷ lệ gia đình thể thao", Y23, status="estimate"),
    F("khoảng 82.000 câu lạc bộ", "82.000", 82000, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở",
      approx="about", change=CH("increase", 4500, "câu lạc bộ", "năm 2022", approx="over")),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố tổ chức giải bóng đá, bóng chuyền phong trào cấp tỉnh", TN, total=63),
    F("trên 15.000 giải", "15.000", 15000, "count", "giải", "giải thể thao quần chúng cấp huyện và cấp xã", TN,
      approx="over"),
    F("có 1,9 sân", "1,9", 1.9, "measure", "sân bóng đá/1 vạn dân", "sân bóng đá bình quân trên 1 vạn dân"),
    F("(46,5%)", "46,5", 46.5, "percent", "%", SUBJ, I(Y23), location="Đà Nẵng"),
    F("(44,2%)", "44,2", 44.2, "percent", "%", SUBJ, I(Y23), location="Hà Nội"),
    F("(43,8%)", "43,8", 43.8, "percent", "%", SUBJ, I(Y23), location="TP. Hồ Chí Minh"),
    F("(41,7%)", "41,7", 41.7, "percent", "%", SUBJ, I(Y23), location="Bắc Ninh"),
    F("với 21,6%", "21,6", 21.6, "percent", "%", SUBJ, I(Y23), location="Lai Châu"),
    F("trên 1.200 tỷ đồng", "1.200", 1.2e12, "money", "đồng", "kinh phí xã hội hóa cho thể thao quần chúng", Y23,
      approx="over", change=CH("increase", 1.5, "lần", "năm 2022"), status="estimate"),
    F("xây dựng 500 sân", "500", 500, "count", "sân thể thao cộng đồng",
      "sân thể thao cộng đồng hỗ trợ xây dựng tại các xã đặc biệt khó khăn",
      P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31"), status="forecast"),
    F("đạt 38%", "38", 38, "percent", "%", SUBJ, Y25, status="target"),
    F("đạt 28%", "28", 28, "percent", "%", "tỷ lệ gia đình thể thao", Y25, status="target"),
    F("là 45%", "45", 45, "percent", "%", SUBJ, Y30, status="target"),
    F("và 35%", "35", 35, "percent", "%", "tỷ lệ gia đình thể thao", Y30, status="target"),
]

COMMENTS = [
    "Bộ VHTTDL (ministry site): thể thao quần chúng năm 2023 toàn quốc, provinces' rates of regular exercise, 2025/2030 targets.",
    "National figures: location Việt Nam; provinces in the list of rates go to location. 'gấp 1,5 lần năm 2022' after the amount is its change.",
    "'Trong năm' takes 2023 from the lead. The strategy name 'đến năm 2030, tầm nhìn đến năm 2045' is a name, not the period of",
    "the 2025 targets; 'đến năm 2030 các chỉ tiêu tương ứng là 45% và 35%' maps 45 to exercise, 35 to sports families.",
    "Distractors: 'Lượt xem: 2.765', 'Quyết định số 1189/QĐ-TTg', '36 Trần Phú', phone, dateline; '1 vạn dân' is a rate denominator.",
]

if __name__ == "__main__":
    emit("p755-4", TEXT, COMMENTS, FIGS, published="2024-01-09", location="Việt Nam")
