from lib import F, P, I, C, T, emit

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức - Sự kiện » Giáo dục dân tộc

Trường dân tộc nội trú, bán trú: nòng cốt tạo nguồn nhân lực vùng đồng bào dân tộc thiểu số
Thứ Năm, 05/09/2024 - 10:32

(MOET) - Theo báo cáo của Bộ GD&ĐT tại hội nghị tổng kết năm học khu vực miền núi phía Bắc, tính đến 31/5/2024, cả nước có 330 trường PTDTNT với hơn 116.000 học sinh và 1.216 trường PTDTBT, tăng 84 trường so với năm học 2019-2020, với gần 260.000 học sinh bán trú. Hiện có 50/63 tỉnh, thành phố có trường PTDTNT.

Trong số 330 trường PTDTNT, có 55 trường cấp tỉnh, 275 trường cấp huyện và 192 trường (58,2%) đã đạt chuẩn quốc gia. Các địa phương có nhiều trường PTDTBT nhất là Hà Giang (137 trường), Lào Cai (118 trường), Điện Biên (112 trường) và Lai Châu (96 trường).

Chất lượng giáo dục tiếp tục được nâng lên: tỷ lệ học sinh PTDTNT tốt nghiệp THPT năm 2024 đạt 99,1%; khoảng 70% học sinh tốt nghiệp tiếp tục học đại học, cao đẳng hoặc theo diện cử tuyển. Giáo viên là người dân tộc thiểu số chiếm 38,5% đội ngũ các trường PTDTNT, tăng 4,2 điểm phần trăm so với năm 2020.

Giai đoạn 2021-2024, ngân sách trung ương đã bố trí khoảng 4,7 nghìn tỷ đồng từ Tiểu dự án 1 thuộc Dự án 5 của Chương trình MTQG theo Quyết định số 1719/QĐ-TTg để đầu tư cơ sở vật chất cho 1.052 trường PTDTNT, PTDTBT. Mỗi năm, Cục Dự trữ Nhà nước xuất cấp từ 30.000 đến 35.000 tấn gạo hỗ trợ học sinh vùng khó khăn.

Theo Thông tư số 04/2023/TT-BGDĐT, đến năm 2025 phấn đấu 100% trường PTDTNT có đủ phòng học, phòng ở và bếp ăn đạt chuẩn; đến năm 2030, tỷ lệ trường PTDTNT đạt chuẩn quốc gia đạt 80%.

Minh Phương
"""

T31 = P("tính đến 31/5/2024", None, "2024-05-31")
GD = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")

FIGS = [
    F("có 330 trường PTDTNT với", "330", 330, "count", "trường", "trường PTDTNT", T31),
    F("hơn 116.000 học sinh", "116.000", 116000, "count", "học sinh", "học sinh trường PTDTNT", T31, approx="over"),
    F("và 1.216 trường", "1.216", 1216, "count", "trường", "trường PTDTBT", T31,
      change=C("increase", 84, "trường", "năm học 2019-2020")),
    F("gần 260.000 học sinh", "260.000", 260000, "count", "học sinh", "học sinh bán trú", T31, approx="nearly"),
    F("có 50/63 tỉnh", "50", 50, "count", "tỉnh, thành phố", "tỉnh, thành phố có trường PTDTNT", I(T31), total=63),
    F("có 55 trường", "55", 55, "count", "trường", "trường PTDTNT cấp tỉnh", I(T31), total=330),
    F("275 trường", "275", 275, "count", "trường", "trường PTDTNT cấp huyện", I(T31), total=330),
    F("192 trường", "192", 192, "count", "trường", "trường PTDTNT đạt chuẩn quốc gia", I(T31), total=330, percent=58.2),
    F("Hà Giang (137 trường)", "137", 137, "count", "trường", "trường PTDTBT", I(T31), location="Hà Giang"),
    F("Lào Cai (118 trường)", "118", 118, "count", "trường", "trường PTDTBT", I(T31), location="Lào Cai"),
    F("Điện Biên (112 trường)", "112", 112, "count", "trường", "trường PTDTBT", I(T31), location="Điện Biên"),
    F("Lai Châu (96 trường)", "96", 96, "count", "trường", "trường PTDTBT", I(T31), location="Lai Châu"),
    F("đạt 99,1%", "99,1", 99.1, "percent", "%", "tỷ lệ học sinh PTDTNT tốt nghiệp THPT",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 70%", "70", 70, "percent", "%", "học sinh tốt nghiệp tiếp tục học đại học, cao đẳng hoặc cử tuyển",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("chiếm 38,5%", "38,5", 38.5, "percent", "%", "giáo viên là người dân tộc thiểu số trong đội ngũ các trường PTDTNT", I(T31),
      change=C("increase", 4.2, "điểm phần trăm", "năm 2020")),
    F("khoảng 4,7 nghìn tỷ đồng", "4,7", 4.7e12, "money", "đồng",
      "ngân sách trung ương bố trí đầu tư cơ sở vật chất trường PTDTNT, PTDTBT", GD, approx="about"),
    F("cho 1.052 trường", "1.052", 1052, "count", "trường", "trường PTDTNT, PTDTBT được đầu tư cơ sở vật chất", GD),
    F("từ 30.000 đến 35.000 tấn", "30.000", 30000, "measure", "tấn", "gạo hỗ trợ học sinh vùng khó khăn xuất cấp mỗi năm",
      value_max=35000),
    F("phấn đấu 100%", "100", 100, "percent", "%", "trường PTDTNT có đủ phòng học, phòng ở và bếp ăn đạt chuẩn",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt 80%", "80", 80, "percent", "%", "tỷ lệ trường PTDTNT đạt chuẩn quốc gia",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "Bộ GD&ĐT portal (ministry site): national system of ethnic boarding and semi-boarding schools. Dateline 'Thứ Năm, 05/09/2024 - 10:32', byline at the end.",
    "Distractors: 'Tiểu dự án 1 thuộc Dự án 5', 'Quyết định số 1719/QĐ-TTg', 'Thông tư số 04/2023/TT-BGDĐT', 'năm học 2019-2020' (baseline), dateline.",
    "National figures: location Việt Nam; provinces in the list of PTDTBT counts are their locations. 'tăng 84 trường so với năm học 2019-2020' is 1.216's change.",
    "'Trong số 330 trường PTDTNT, có 55 …, 275 … và 192 trường (58,2%)': all three parts have total 330; the bracketed share is 192's percent.",
    "'chiếm 38,5% …, tăng 4,2 điểm phần trăm' is a share with its change ('năm 2020' is only the baseline; the report's as-of date is inherited). '50/63 tỉnh' total 63, 'Hiện' takes the report's as-of date (inherited).",
    "Targets: 'đến năm 2025 phấn đấu 100%', 'đến năm 2030 … đạt 80%'. 'Mỗi năm … từ 30.000 đến 35.000 tấn' is a range with no period.",
]

emit("p390-4", TEXT, COMMENTS, FIGS, published="2024-09-05", location="Việt Nam")
