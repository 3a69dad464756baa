from lib import F, P, SY, YEAR, I, CH, TG, write

TEXT = """Sức khỏe
Thứ năm, 14/11/2024, 10:20 (GMT+7)
Gần 70% học sinh TP HCM bị sâu răng

Khảo sát của Bệnh viện Răng Hàm Mặt TP HCM trên 12.480 học sinh tại 24 trường tiểu học và THCS cho thấy 68,5% em bị sâu răng, trong khi chỉ 23% em từng được trám răng.

Kết quả được công bố tại hội thảo về chăm sóc răng miệng học đường sáng 13/11. Tỷ lệ sâu răng cao nhất ở học sinh lớp 1-2 (trên 80%), thấp nhất ở nhóm lớp 8-9 (khoảng 52%). Trung bình mỗi học sinh có 3,4 răng sâu chưa được điều trị. Các trường khảo sát nằm ở quận 8, quận Bình Tân, huyện Bình Chánh và TP Thủ Đức.

Bác sĩ Trần Thị Bảy, Trưởng khoa Nha cộng đồng, cho biết thành phố có khoảng 480 trường tiểu học nhưng chỉ khoảng 40% trường còn duy trì phòng nha học đường, giảm mạnh so với mức 75% của năm 2015. "Chi phí trám một răng sữa ở phòng khám tư từ 300.000 đến 500.000 đồng, nhiều phụ huynh lao động tự do không kham nổi", bà nói.

Ở Hà Nội, tỷ lệ học sinh tiểu học bị sâu răng năm học 2023-2024 là 63,1%, theo Sở Y tế Hà Nội.

Năm 2024, Sở Y tế TP HCM đặt mục tiêu 100% trường tiểu học công lập tổ chức súc miệng fluor, đồng thời đào tạo thêm 300 nhân viên y tế trường học về chăm sóc răng miệng. Dự kiến đến năm 2026, thành phố trang bị khoảng 150 ghế nha cho các trường.

Lê Phương
"""

Y = YEAR("Năm 2024", 2024)
FIGS = [
    F("Gần 70%", "70", 70, "percent", "%", "học sinh TP HCM bị sâu răng", approx="nearly"),
    F("trên 12.480 học sinh", "12.480", 12480, "count", "học sinh", "học sinh được khảo sát"),
    F("tại 24 trường", "24", 24, "count", "trường", "trường tiểu học và THCS được khảo sát"),
    F("cho thấy 68,5%", "68,5", 68.5, "percent", "%", "học sinh bị sâu răng"),
    F("chỉ 23%", "23", 23, "percent", "%", "học sinh từng được trám răng"),
    F("(trên 80%)", "80", 80, "percent", "%", "tỷ lệ sâu răng ở học sinh lớp 1-2", approx="over"),
    F("(khoảng 52%)", "52", 52, "percent", "%", "tỷ lệ sâu răng ở nhóm lớp 8-9", approx="about"),
    F("có 3,4 răng", "3,4", 3.4, "measure", "răng", "răng sâu chưa được điều trị trung bình mỗi học sinh"),
    F("khoảng 480 trường", "480", 480, "count", "trường", "trường tiểu học", approx="about"),
    F("khoảng 40%", "40", 40, "percent", "%", "trường còn duy trì phòng nha học đường", approx="about"),
    F("mức 75%", "75", 75, "percent", "%", "trường duy trì phòng nha học đường", YEAR("năm 2015", 2015)),
    F("từ 300.000 đến", "300.000", 300000, "money", "đồng", "chi phí trám một răng sữa ở phòng khám tư", value_max=500000),
    F("là 63,1%", "63,1", 63.1, "percent", "%", "tỷ lệ học sinh tiểu học bị sâu răng", SY("năm học 2023-2024", 2023), location="Hà Nội"),
    F("tiêu 100%", "100", 100, "percent", "%", "trường tiểu học công lập tổ chức súc miệng fluor", Y, status="target"),
    F("thêm 300 nhân viên", "300", 300, "count", "nhân viên y tế trường học", "nhân viên y tế trường học được đào tạo về chăm sóc răng miệng", Y, status="target"),
    F("khoảng 150 ghế", "150", 150, "count", "ghế nha", "ghế nha trang bị cho các trường", P("đến năm 2026", None, "2026-12-31"),
      approx="about", status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style), 14/11/2024: survey of pupils' caries in TP Hồ Chí Minh; one Hà Nội figure.",
    "Headline 'Gần 70%' restates 68,5% as a rounded figure; it is a figure of its own (nearly 70).",
    "'giảm mạnh so với mức 75% của năm 2015' gives no change value: 40% has no change and 75% is a figure of its own (period 2015).",
    "'từ 300.000 đến 500.000 đồng' is a range (money, value_max). 3,4 răng per pupil is an average (measure).",
    "Not figures: lớp 1-2, lớp 8-9 (grades), quận 8 (a district name), sáng 13/11, Trần Thị Bảy, GMT+7, dateline.",
    "Survey figures carry no period (the article gives none); 'Năm 2024 ... đặt mục tiêu ..., đồng thời đào tạo thêm 300' are targets.",
]

if __name__ == "__main__":
    write("p1077-6", TEXT, NOTES, FIGS, published="2024-11-14", location="TP Hồ Chí Minh")
