"""p750-4: ministry site (Bộ Y tế), national blindness / cataract surgery rate / refractive errors, World Sight Day 2024."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động của Bộ

Nâng tỷ lệ phẫu thuật đục thủy tinh thể lên 2.900 ca/1 triệu dân

Ngày đăng: 10/10/2024 | Lượt xem: 2.405

Hưởng ứng Ngày Thị giác thế giới (10/10), Bộ Y tế phối hợp với Bệnh viện Mắt Trung ương tổ chức hội thảo sơ kết Kế hoạch quốc gia phòng, chống mù lòa giai đoạn 2021-2025 ban hành kèm theo Quyết định số 3628/QĐ-BYT.

Theo báo cáo, cả nước hiện có khoảng 350.000 người mù hai mắt, trong đó đục thủy tinh thể là nguyên nhân hàng đầu, chiếm khoảng 66%. Tỷ lệ mù hai mắt ở người từ 50 tuổi trở lên hiện là 1,8%, giảm mạnh so với mức 3,1% năm 2007.

Năm 2023, cả nước đã phẫu thuật đục thủy tinh thể cho hơn 290.000 ca, tăng 6,5% so với năm 2022; tỷ lệ phẫu thuật đục thủy tinh thể (CSR) đạt 2.900 ca/1 triệu dân. Các tỉnh có CSR cao nhất là Thái Bình (4.850 ca/1 triệu dân), Nam Định (4.420 ca/1 triệu dân) và Nghệ An (3.960 ca/1 triệu dân); trong khi 12 tỉnh miền núi phía Bắc chỉ đạt dưới 1.000 ca/1 triệu dân.

Về tật khúc xạ, ước tính cả nước có khoảng 3 triệu trẻ em mắc, trong đó khoảng 2 triệu em chưa được chỉnh kính phù hợp. Tỷ lệ cận thị ở học sinh khu vực thành thị từ 30 đến 40%, khu vực nông thôn từ 10 đến 15%.

Mục tiêu đến năm 2025, tỷ lệ mù hai mắt ở nhóm tuổi này giảm xuống dưới 1,5%; tỷ lệ phẫu thuật đục thủy tinh thể đạt ít nhất 3.000 ca/1 triệu dân; 100% tỉnh, thành phố có khoa mắt hoặc phòng khám chuyên khoa mắt.

Hiện cả nước có 1.650 bác sĩ chuyên khoa mắt, bình quân 0,17 bác sĩ/vạn dân, phân bố chưa đều giữa các vùng.

Bệnh viện Mắt Trung ương - 85 Bà Triệu, Hai Bà Trưng, Hà Nội
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
G25 = per("đến năm 2025", None, "2025-12-31")
FIGS = [
    fig("lên 2.900 ca/1 triệu dân", "2.900", 2900, "measure", "ca/1 triệu dân", "tỷ lệ phẫu thuật đục thủy tinh thể"),
    fig("khoảng 350.000 người", "350.000", 350000, "count", "người", "người mù hai mắt", approx="about"),
    fig("chiếm khoảng 66%", "66", 66, "percent", "%", "đục thủy tinh thể là nguyên nhân mù hai mắt", approx="about"),
    fig("người từ 50 tuổi", "50", 50, "measure", "tuổi", "ngưỡng tuổi", approx="at_least", optional=True),
    fig("hiện là 1,8%", "1,8", 1.8, "percent", "%", "tỷ lệ mù hai mắt ở người từ 50 tuổi trở lên"),
    fig("mức 3,1% năm 2007", "3,1", 3.1, "percent", "%", "tỷ lệ mù hai mắt ở người từ 50 tuổi trở lên",
        per("năm 2007", "2007-01-01", "2007-12-31")),
    fig("hơn 290.000 ca", "290.000", 290000, "count", "ca", "ca phẫu thuật đục thủy tinh thể", Y23, approx="over",
        change=chg("increase", 6.5, "%", "năm 2022")),
    fig("đạt 2.900 ca/1 triệu dân", "2.900", 2900, "measure", "ca/1 triệu dân",
        "tỷ lệ phẫu thuật đục thủy tinh thể (CSR)", Y23),
    fig("Thái Bình (4.850", "4.850", 4850, "measure", "ca/1 triệu dân", "tỷ lệ phẫu thuật đục thủy tinh thể (CSR)",
        inh(Y23), location="Thái Bình"),
    fig("Nam Định (4.420", "4.420", 4420, "measure", "ca/1 triệu dân", "tỷ lệ phẫu thuật đục thủy tinh thể (CSR)",
        inh(Y23), location="Nam Định"),
    fig("Nghệ An (3.960", "3.960", 3960, "measure", "ca/1 triệu dân", "tỷ lệ phẫu thuật đục thủy tinh thể (CSR)",
        inh(Y23), location="Nghệ An"),
    fig("khi 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh miền núi phía Bắc có CSR dưới 1.000 ca/1 triệu dân", inh(Y23)),
    fig("dưới 1.000 ca/1 triệu dân", "1.000", 1000, "measure", "ca/1 triệu dân",
        "tỷ lệ phẫu thuật đục thủy tinh thể (CSR) 12 tỉnh miền núi phía Bắc", inh(Y23), approx="under"),
    fig("khoảng 3 triệu trẻ em", "3", 3e6, "count", "trẻ em", "trẻ em mắc tật khúc xạ", approx="about",
        status="estimate"),
    fig("khoảng 2 triệu em", "2", 2e6, "count", "em", "trẻ em chưa được chỉnh kính phù hợp", approx="about",
        total=3e6, status="estimate"),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", "tỷ lệ cận thị ở học sinh khu vực thành thị", value_max=40),
    fig("từ 10 đến 15%", "10", 10, "percent", "%", "tỷ lệ cận thị ở học sinh khu vực nông thôn", value_max=15),
    fig("dưới 1,5%", "1,5", 1.5, "percent", "%", "tỷ lệ mù hai mắt ở nhóm tuổi này", G25, approx="under",
        status="target"),
    fig("ít nhất 3.000 ca/1 triệu dân", "3.000", 3000, "measure", "ca/1 triệu dân",
        "tỷ lệ phẫu thuật đục thủy tinh thể", G25, approx="at_least", status="target"),
    fig("100% tỉnh, thành phố", "100", 100, "percent", "%", "tỉnh, thành phố có khoa mắt hoặc phòng khám chuyên khoa mắt",
        G25, status="target"),
    fig("có 1.650 bác sĩ", "1.650", 1650, "count", "bác sĩ", "bác sĩ chuyên khoa mắt"),
    fig("bình quân 0,17 bác sĩ/vạn dân", "0,17", 0.17, "measure", "bác sĩ/vạn dân",
        "bác sĩ chuyên khoa mắt bình quân"),
]

NOTES = [
    "Cổng TTĐT Bộ Y tế: hội thảo sơ kết Kế hoạch quốc gia phòng chống mù lòa (Ngày Thị giác thế giới 10/10/2024). National figures: Việt Nam.",
    "CSR list: provinces go to location, the list's indicator is the subject. '12 tỉnh' is a count of provinces (Việt Nam).",
    "'trong đó đục thủy tinh thể … chiếm khoảng 66%' is the share of a part with no count: a percent figure, not the percent of 350.000.",
    "'giảm mạnh so với mức 3,1% năm 2007': 3,1% is the earlier level, not an amount of change: its own percent figure (năm 2007); 1,8% gets no change value.",
    "'Mục tiêu đến năm 2025' governs the three clauses after it (target, period end 2025-12-31). Headline figure has no period.",
    "Distractors: Ngày Thị giác thế giới (10/10), giai đoạn 2021-2025, Quyết định số 3628/QĐ-BYT, '85 Bà Triệu', 'Lượt xem: 2.405'; '1 triệu dân', 'vạn dân' denominators.",
]

if __name__ == "__main__":
    write("p750-4", TEXT, NOTES, FIGS, published="2024-10-10", location="Việt Nam")
