from lib import F, P, CH, TG, build

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ > Tin tức > Giáo dục dân tộc
Ngày đăng: 15/08/2024

Nâng cao chất lượng hệ thống trường phổ thông dân tộc nội trú, bán trú

Theo báo cáo tổng kết năm học 2023-2024 của Bộ Giáo dục và Đào tạo, cả nước hiện có 316 trường PTDTNT ở 49 tỉnh, thành phố với khoảng 112,6 nghìn học sinh; 1.152 trường PTDTBT ở 28 tỉnh với hơn 197 nghìn học sinh. Tỷ lệ học sinh PTDTNT được công nhận tốt nghiệp THPT năm 2024 đạt 98,7%, cao hơn 0,6% so với năm 2023.

Số học sinh dân tộc thiểu số ở bán trú tập trung đông nhất tại Hà Giang (42,6 nghìn em), Lai Châu (27,3 nghìn em), Điện Biên (25,8 nghìn em) và Lào Cai (24,9 nghìn em).

Năm 2023, ngân sách nhà nước chi khoảng 2,6 nghìn tỷ đồng thực hiện chính sách hỗ trợ học sinh bán trú theo Nghị định số 116/2016/NĐ-CP, cùng gần 48 nghìn tấn gạo. Giai đoạn 2021-2025, Chương trình MTQG 1719 bố trí 6.475 tỷ đồng cho Tiểu dự án 1 của Dự án 5, trong đó 4.120 tỷ đồng dành cho đầu tư cơ sở vật chất các trường PTDTNT, PTDTBT.

Đội ngũ giáo viên các trường PTDTNT hiện có 14.380 người, trong đó 99,2% đạt chuẩn trình độ đào tạo trở lên. Tuy vậy, tỷ lệ học sinh bỏ học ở vùng đồng bào dân tộc thiểu số cấp THCS vẫn ở mức 1,05%, cao gấp 2,5 lần bình quân cả nước.

Mục tiêu đến năm 2025, 100% trường PTDTNT có đủ phòng học, phòng ở và nhà ăn; phấn đấu tỷ lệ trường PTDTNT đạt chuẩn quốc gia từ 70% đến 80%, tỷ lệ huy động trẻ 5 tuổi người dân tộc thiểu số ra lớp đạt trên 99%.

Bản quyền thuộc Bộ Giáo dục và Đào tạo
Địa chỉ: 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội - Điện thoại: 024.3869.4795
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

SUB_L = "học sinh dân tộc thiểu số ở bán trú"
FIGS = [
    F("có 316 trường", "316", 316, "count", "trường", "trường PTDTNT"),
    F("ở 49 tỉnh", "49", 49, "count", "tỉnh, thành phố", "tỉnh, thành phố có trường PTDTNT"),
    F("khoảng 112,6 nghìn học sinh", "112,6", 112600, "count", "học sinh", "học sinh trường PTDTNT", approx="about"),
    F("1.152 trường PTDTBT", "1.152", 1152, "count", "trường", "trường PTDTBT"),
    F("ở 28 tỉnh", "28", 28, "count", "tỉnh", "tỉnh có trường PTDTBT"),
    F("hơn 197 nghìn học sinh", "197", 197000, "count", "học sinh", "học sinh trường PTDTBT", approx="over"),
    F("đạt 98,7%", "98,7", 98.7, "percent", "%", "tỷ lệ học sinh PTDTNT được công nhận tốt nghiệp THPT",
      change=CH("+", 0.6, "%", "năm 2023"), period=Y24),
    F("Hà Giang (42,6 nghìn em)", "42,6", 42600, "count", "em", SUB_L, loc="Hà Giang"),
    F("Lai Châu (27,3 nghìn em)", "27,3", 27300, "count", "em", SUB_L, loc="Lai Châu"),
    F("Điện Biên (25,8 nghìn em)", "25,8", 25800, "count", "em", SUB_L, loc="Điện Biên"),
    F("Lào Cai (24,9 nghìn em)", "24,9", 24900, "count", "em", SUB_L, loc="Lào Cai"),
    F("khoảng 2,6 nghìn tỷ đồng", "2,6", 2600000000000, "money", "đồng",
      "ngân sách nhà nước chi thực hiện chính sách hỗ trợ học sinh bán trú", approx="about", period=Y23),
    F("gần 48 nghìn tấn gạo", "48", 48000, "measure", "tấn", "gạo hỗ trợ học sinh bán trú", approx="nearly",
      period=Y23),
    F("bố trí 6.475 tỷ đồng", "6.475", 6475000000000, "money", "đồng", "vốn Chương trình MTQG 1719 bố trí cho Tiểu dự án 1 của Dự án 5",
      period=G),
    F("đó 4.120 tỷ đồng", "4.120", 4120000000000, "money", "đồng",
      "vốn dành cho đầu tư cơ sở vật chất các trường PTDTNT, PTDTBT", total=6475000000000, period=G),
    F("có 14.380 người", "14.380", 14380, "count", "người", "giáo viên các trường PTDTNT"),
    F("đó 99,2% đạt chuẩn", "99,2", 99.2, "percent", "%", "giáo viên đạt chuẩn trình độ đào tạo trở lên"),
    F("mức 1,05%", "1,05", 1.05, "percent", "%",
      "tỷ lệ học sinh bỏ học ở vùng đồng bào dân tộc thiểu số cấp THCS",
      change=CH("+", 2.5, "lần", "bình quân cả nước")),
    F("2025, 100% trường", "100", 100, "percent", "%", "trường PTDTNT có đủ phòng học, phòng ở và nhà ăn",
      status="target", period=T25),
    F("từ 70% đến 80%", "70", 70, "percent", "%", "tỷ lệ trường PTDTNT đạt chuẩn quốc gia", value_max=80,
      status="target", period=T25),
    F("trẻ 5 tuổi", "5", 5, "measure", "tuổi", "độ tuổi trẻ được huy động ra lớp", opt=True),
    F("đạt trên 99%", "99", 99, "percent", "%", "tỷ lệ huy động trẻ 5 tuổi người dân tộc thiểu số ra lớp",
      approx="over", status="target", period=T25),
]

COMMENTS = [
    "Bộ GD&ĐT (ministry site), 'Ngày đăng: 15/08/2024' without time: national network of PTDTNT/PTDTBT, pupils, graduation,",
    "provinces with most boarding pupils, budget and rice under Nghị định 116, MTQG 1719 Dự án 5 capital, teachers, dropout, 2025 targets.",
    "Distractors: 'năm học 2023-2024' (report name), 'Nghị định số 116/2016/NĐ-CP', 'MTQG 1719', 'Tiểu dự án 1', 'Dự án 5',",
    "footer address '35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội' (not a place of any figure) and phone 024.3869.4795.",
    "National figures: location Việt Nam; counts of provinces (49, 28) are figures with location Việt Nam.",
    "Province list in brackets: location the province, subject the list's indicator; 'nghìn' multiplier (42,6 nghìn = 42600).",
    "'2,6 nghìn tỷ đồng' = 2.6e12. 'trong đó 4.120 tỷ' part of 6.475 tỷ. 'trong đó 99,2%' is a percent figure without total.",
    "'cao gấp 2,5 lần bình quân cả nước' is the change (lần) of the 1,05% rate. 'trẻ 5 tuổi' (age, defines the group) optional.",
    "'đến năm 2025' target phrase: start null, end 2025-12-31; all figures in that sentence are targets.",
]

build(3, TEXT, FIGS, COMMENTS, published="2024-08-15", location="Việt Nam")
