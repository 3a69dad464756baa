from lib import write, F, P

TEXT = """UBND HUYỆN THẠCH THẤT - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Y tế - Giáo dục

Thạch Thất: Hơn 41 nghìn học sinh được uống thuốc tẩy giun trong 6 tháng đầu năm
Ngày đăng: 12/07/2024

Trong 6 tháng đầu năm 2024, Trung tâm Y tế huyện Thạch Thất phối hợp với Phòng Giáo dục và Đào tạo tổ chức cho 41.386 học sinh tiểu học và trẻ mầm non từ 24 tháng tuổi uống thuốc tẩy giun, đạt 98,6% kế hoạch; trong đó học sinh tiểu học là 23.915 em, trẻ mầm non là 17.471 cháu.

Cùng với tẩy giun, đợt bổ sung vitamin A tháng 6/2024 đã cho 12.540 trẻ từ 6 đến 36 tháng tuổi uống, đạt 99,2%. Kết quả xét nghiệm ngẫu nhiên 600 mẫu phân của học sinh tại 5 trường cho thấy tỷ lệ nhiễm giun chung là 7,8%, giảm mạnh so với mức 15,4% của năm 2021.

Về nhân lực y tế trường học, hiện toàn huyện có 87 trường công lập, trong đó 64 trường có nhân viên y tế, chiếm 73,6%; còn 23 trường phải bố trí giáo viên kiêm nhiệm. Kinh phí chăm sóc sức khỏe ban đầu cho học sinh từ nguồn bảo hiểm y tế năm 2024 ước đạt 1,86 tỷ đồng, tăng 12,5% so với năm 2023.

Trường Tiểu học Bình Phú A, Tiểu học Hạ Bằng và Tiểu học Tân Xã là 3 trường có tỷ lệ học sinh cận thị thấp nhất huyện, lần lượt là 3,1%, 3,4% và 3,6%.

Trong năm học 2024-2025, huyện phấn đấu 100% trường mầm non, tiểu học có nhân viên y tế; tỷ lệ học sinh thừa cân, béo phì không vượt quá 10%. Các trường cần hoàn thành báo cáo trước ngày 20/7 và gửi về Phòng Y tế huyện (Khu Hành chính huyện, thị trấn Liên Quan; điện thoại 024.3367.1052).

Minh Châu (Trung tâm VH-TT&TT huyện Thạch Thất)
"""

H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_I = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
T6 = P("tháng 6/2024", "2024-06-01", "2024-06-30")
Y21 = P("năm 2021", "2021-01-01", "2021-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SY = P("năm học 2024-2025", "2024-09-01", "2025-05-31")

FIGS = [
    F("Hơn 41 nghìn học sinh", "41", 41000, "count", "học sinh", "học sinh được uống thuốc tẩy giun", approx="over",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("cho 41.386 học sinh", "41.386", 41386, "count", "học sinh", "học sinh tiểu học và trẻ mầm non uống thuốc tẩy giun",
      percent=98.6, period=H1),
    F("từ 24 tháng tuổi", "24", 24, "measure", "tháng tuổi", "độ tuổi uống thuốc tẩy giun", approx="at_least", optional=True),
    F("là 23.915 em", "23.915", 23915, "count", "em", "học sinh tiểu học uống thuốc tẩy giun", total=41386, period=H1),
    F("là 17.471 cháu", "17.471", 17471, "count", "cháu", "trẻ mầm non uống thuốc tẩy giun", total=41386, period=H1),
    F("cho 12.540 trẻ", "12.540", 12540, "count", "trẻ", "trẻ được bổ sung vitamin A", percent=99.2, period=T6),
    F("từ 6 đến 36 tháng tuổi", "6", 6, "measure", "tháng tuổi", "độ tuổi bổ sung vitamin A", value_max=36, optional=True),
    F("ngẫu nhiên 600 mẫu", "600", 600, "count", "mẫu phân", "mẫu phân của học sinh được xét nghiệm"),
    F("tại 5 trường", "5", 5, "count", "trường", "trường được xét nghiệm"),
    F("chung là 7,8%", "7,8", 7.8, "percent", "%", "tỷ lệ nhiễm giun chung"),
    F("mức 15,4%", "15,4", 15.4, "percent", "%", "tỷ lệ nhiễm giun chung", period=Y21),
    F("có 87 trường", "87", 87, "count", "trường công lập", "trường công lập"),
    F("trong đó 64 trường", "64", 64, "count", "trường", "trường có nhân viên y tế", total=87, percent=73.6),
    F("còn 23 trường", "23", 23, "count", "trường", "trường phải bố trí giáo viên kiêm nhiệm", total=87),
    F("ước đạt 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng",
      "kinh phí chăm sóc sức khỏe ban đầu cho học sinh từ nguồn bảo hiểm y tế", status="estimate",
      change={"direction": "increase", "value": 12.5, "unit": "%", "baseline": "năm 2023"}, period=Y24),
    F("là 3 trường", "3", 3, "count", "trường", "trường có tỷ lệ học sinh cận thị thấp nhất huyện", optional=True),
    F("là 3,1%", "3,1", 3.1, "percent", "%", "tỷ lệ học sinh cận thị Trường Tiểu học Bình Phú A"),
    F("3,4% và", "3,4", 3.4, "percent", "%", "tỷ lệ học sinh cận thị Tiểu học Hạ Bằng"),
    F("và 3,6%", "3,6", 3.6, "percent", "%", "tỷ lệ học sinh cận thị Tiểu học Tân Xã"),
    F("phấn đấu 100% trường", "100", 100, "percent", "%", "trường mầm non, tiểu học có nhân viên y tế",
      status="target", period=SY),
    F("không vượt quá 10%", "10", 10, "percent", "%", "tỷ lệ học sinh thừa cân, béo phì",
      approx="at_most", status="target", period=SY),
]

write("p377-3", TEXT, FIGS, [
    "District portal (huyện Thạch Thất, Hà Nội): tẩy giun, vitamin A, nhiễm giun, nhân viên y tế trường học, kinh phí CSSKBĐ từ BHYT, targets.",
    "Dateline 'Ngày đăng: 12/07/2024' (no time), byline at the end. Distractors: 'ngày 20/7', phone 024.3367.1052, 'thị trấn Liên Quan'.",
    "Title '6 tháng đầu năm' takes 2024 from the published date. 'trong đó … 23.915 em, … 17.471 cháu' sum to 41.386 (total).",
    "'trong đó 64 trường …; còn 23 trường' both parts of 87 (the rest after 'trong đó'). 'mức 15,4% của năm 2021' is a level of its own, not a change of 7,8%.",
    "Schools in the 'lần lượt' list are not places: location stays Thạch Thất, the school goes to the subject. Age bands optional; '3 trường' list head optional.",
    "'năm học 2024-2025' read as the school year 2024-09-01 … 2025-05-31 (MOET: a school year ends by 31/5).",
], location="Thạch Thất", published="2024-07-12")
