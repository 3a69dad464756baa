"""p1338-1: province portal (Bắc Ninh): Đông Hồ folk paintings in the Tết season, Thuận Thành."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Tranh Đông Hồ vào vụ Tết: tiêu thụ gần 150 nghìn bức

Cập nhật: 20/01/2025 10:35 | Lượt xem: 1.864

Theo UBND thị xã Thuận Thành, từ đầu tháng 12/2024 đến nay, các cơ sở làm tranh dân gian Đông Hồ tại phường Song Hồ đã tiêu thụ gần 150 nghìn bức tranh các loại, tăng khoảng 12% so với cùng kỳ vụ Tết trước; doanh thu ước đạt 4,2 tỷ đồng. Trong đó, tranh khổ A4 làm quà tặng chiếm hơn 60% số lượng tranh bán ra.

Hiện làng tranh còn 3 gia đình theo nghề với 17 nghệ nhân, thợ in, trong đó 2 người được phong tặng danh hiệu Nghệ nhân Nhân dân. Mỗi bức tranh in trên giấy dó quét điệp có giá từ 40.000 đến 80.000 đồng/bức; bộ tranh "Đám cưới chuột" khổ lớn có giá khoảng 1,2 triệu đồng/bộ.

Nghệ nhân Nguyễn Đăng Khôi, chủ xưởng tranh tại số 12 đường Tranh Đông Hồ, cho biết gia đình đang lưu giữ hơn 1.000 bản khắc gỗ, trong đó khoảng 300 bản khắc cổ từ thời Nguyễn. Cao điểm trước Tết, xưởng in khoảng 2.500 bức mỗi ngày.

Năm 2024, làng tranh đón khoảng 32.000 lượt khách tham quan, trải nghiệm in tranh, gấp 1,5 lần năm 2023, trong đó hơn 4.000 lượt khách quốc tế.

Toàn tỉnh hiện có 62 làng nghề, đứng thứ hai cả nước. Tỉnh phấn đấu đến năm 2030 đưa làng tranh Đông Hồ trở thành điểm du lịch văn hóa đón 100.000 lượt khách/năm. Thị xã Thuận Thành đã dành 5 ha đất để xây dựng Trung tâm bảo tồn tranh dân gian theo Quyết định số 58/QĐ-UBND.

Tin liên quan:
- Bắc Ninh: Khai mạc Hội báo Xuân Ất Tỵ 2025
- Làng giấy dó Phong Khê giữ nghề truyền thống
"""

TT = "Thuận Thành"
SEASON = per("từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-20")
Y2024 = per("Năm 2024", "2024-01-01", "2024-12-31")
T2030 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("Tết: tiêu thụ gần 150 nghìn", "150", 150e3, "count", "bức", approx="nearly",
        subject="tranh Đông Hồ tiêu thụ", location=TT),
    fig("đã tiêu thụ gần 150 nghìn", "150", 150e3, "count", "bức", approx="nearly",
        change=chg("increase", 12, "%", "cùng kỳ vụ Tết trước", approx="about"),
        subject="tranh dân gian Đông Hồ các cơ sở đã tiêu thụ", period=SEASON, location=TT),
    fig("ước đạt 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", status="estimate",
        subject="doanh thu tranh Đông Hồ", period=SEASON, location=TT),
    fig("chiếm hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="tỷ trọng tranh khổ A4 làm quà tặng trong số lượng tranh bán ra", period=inh(SEASON),
        location=TT),
    fig("còn 3 gia đình", "3", 3, "count", "gia đình", subject="gia đình theo nghề làm tranh", location=TT),
    fig("với 17 nghệ nhân", "17", 17, "count", "nghệ nhân, thợ in", subject="nghệ nhân, thợ in", location=TT),
    fig("trong đó 2 người", "2", 2, "count", "người", total=17,
        subject="người được phong tặng danh hiệu Nghệ nhân Nhân dân", location=TT),
    fig("từ 40.000 đến 80.000", "40.000", 40000, "money", "đồng/bức", value_max=80000,
        subject="giá mỗi bức tranh in trên giấy dó quét điệp", location=TT),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng/bộ", approx="about",
        subject="giá bộ tranh Đám cưới chuột khổ lớn", location=TT),
    fig("hơn 1.000 bản", "1.000", 1000, "count", "bản khắc gỗ", approx="over",
        subject="bản khắc gỗ gia đình lưu giữ", location=TT),
    fig("khoảng 300 bản", "300", 300, "count", "bản khắc", approx="about", total=1000,
        subject="bản khắc cổ từ thời Nguyễn", location=TT),
    fig("khoảng 2.500 bức", "2.500", 2500, "measure", "bức/ngày", approx="about",
        subject="tranh xưởng in mỗi ngày", location=TT),
    fig("khoảng 32.000 lượt", "32.000", 32000, "count", "lượt khách", approx="about",
        change=chg("increase", 1.5, "lần", "năm 2023"),
        subject="lượt khách tham quan, trải nghiệm in tranh", period=Y2024, location=TT),
    fig("hơn 4.000 lượt", "4.000", 4000, "count", "lượt khách", approx="over", total=32000,
        subject="lượt khách quốc tế", period=Y2024, location=TT),
    fig("có 62 làng nghề", "62", 62, "count", "làng nghề", subject="làng nghề"),
    fig("đứng thứ hai cả nước", "hai", 2, "rank", "hạng", subject="số làng nghề"),
    fig("đón 100.000 lượt", "100.000", 100000, "measure", "lượt khách/năm", status="target",
        subject="lượt khách làng tranh Đông Hồ đón", period=T2030, location=TT),
    fig("dành 5 ha", "5", 5, "measure", "ha",
        subject="đất xây dựng Trung tâm bảo tồn tranh dân gian", location=TT),
]

NOTES = [
    "Province portal (Bắc Ninh): Đông Hồ folk paintings in the Tết season; 'Cập nhật: 20/01/2025 10:35 | Lượt xem: 1.864'.",
    "Distractors: 10:35, Lượt xem 1.864, 'khổ A4', 'số 12 đường Tranh Đông Hồ', Quyết định số 58/QĐ-UBND, 'Ất Tỵ 2025' in a link, 'thời Nguyễn'.",
    "'từ đầu tháng 12/2024 đến nay' starts 2024-12-01 and ends at the dateline (as 'từ năm 2021 đến nay' in the spec).",
    "Village figures (phường Song Hồ) are located in thị xã Thuận Thành; the province's 62 làng nghề and their rank in Bắc Ninh.",
    "'gấp 1,5 lần năm 2023' after 32.000 lượt khách is its change (lần). 'chiếm hơn 60%' after 'Trong đó' names a part: a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1338-1", TEXT, NOTES, FIGS, published="2025-01-20", location="Bắc Ninh")
