"""p1274-2: district portal (huyện Hóc Môn, TP HCM): school cleaning campaign against HFMD."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÓC MÔN
THÀNH PHỐ HỒ CHÍ MINH
Trang chủ | Tin tức - Sự kiện | Giáo dục | Y tế | Văn bản

Hóc Môn ra quân vệ sinh trường học phòng bệnh tay chân miệng

18/09/2024 - 08:45

Sáng 17/9, Phòng Giáo dục và Đào tạo phối hợp Trung tâm Y tế huyện tổ chức lễ ra quân tổng vệ sinh, khử khuẩn trường học phòng, chống bệnh tay chân miệng năm học 2024-2025 tại Trường Mầm non Hoa Sen, xã Tân Thới Nhì.

Toàn huyện hiện có 148 cơ sở giáo dục mầm non và tiểu học, gồm 62 trường mầm non, 31 trường tiểu học và 55 nhóm trẻ, lớp mẫu giáo độc lập, với hơn 52.000 trẻ em, học sinh. Đợt ra quân huy động gần ba trăm cán bộ, giáo viên, đoàn viên thanh niên lau rửa đồ chơi, bàn ghế, sàn nhà bằng Cloramin B.

Từ đầu năm đến nay, huyện ghi nhận 327 ca mắc tay chân miệng, giảm 12,4% so với cùng kỳ; không có ca tử vong. Riêng trong tháng 8, có 5 trường mầm non xuất hiện ca bệnh, trong đó 2 trường phải cho trẻ tạm nghỉ học từ 5 đến 7 ngày.

Huyện đã hỗ trợ các trường 1.200 lít dung dịch sát khuẩn và 650 kg Cloramin B, tổng kinh phí khoảng 186 triệu đồng. Các trường được lắp thêm 286 bồn rửa tay có vòi nước và xà phòng; 100% trường đã bố trí phòng y tế.

Trong năm học mới, huyện phấn đấu 100% giáo viên mầm non được tập huấn phát hiện sớm bệnh, tỷ lệ trẻ rửa tay đúng cách đạt trên 95%.

Tin khác:
- Xã Xuân Thới Sơn tổ chức Ngày hội Gia đình năm 2024
- Hóc Môn tiếp công dân định kỳ tháng 9

UBND huyện Hóc Môn - Địa chỉ: 01 Lý Nam Đế, thị trấn Hóc Môn
Điện thoại: (028) 3891 0234
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-18")
AUG = per("Riêng trong tháng 8", "2024-08-01", "2024-08-31")

FIGS = [
    fig("có 148 cơ sở", "148", 148, "count", "cơ sở giáo dục",
        subject="cơ sở giáo dục mầm non và tiểu học"),
    fig("gồm 62 trường", "62", 62, "count", "trường", total=148, subject="trường mầm non"),
    fig("31 trường tiểu học", "31", 31, "count", "trường", total=148, subject="trường tiểu học"),
    fig("và 55 nhóm trẻ", "55", 55, "count", "nhóm trẻ", total=148,
        subject="nhóm trẻ, lớp mẫu giáo độc lập"),
    fig("hơn 52.000 trẻ", "52.000", 52000, "count", "trẻ em, học sinh", approx="over",
        subject="trẻ em, học sinh"),
    fig("gần ba trăm", "ba trăm", 300, "count", "cán bộ, giáo viên, đoàn viên thanh niên", approx="nearly",
        subject="cán bộ, giáo viên, đoàn viên thanh niên đợt ra quân huy động"),
    fig("ghi nhận 327 ca", "327", 327, "count", "ca",
        change=chg("decrease", 12.4, "%", "cùng kỳ"),
        subject="ca mắc tay chân miệng", period=YTD),
    fig("có 5 trường", "5", 5, "count", "trường",
        subject="trường mầm non xuất hiện ca bệnh", period=AUG),
    fig("trong đó 2 trường", "2", 2, "count", "trường", total=5,
        subject="trường phải cho trẻ tạm nghỉ học", period=AUG),
    fig("từ 5 đến 7 ngày", "5", 5, "measure", "ngày", value_max=7,
        subject="thời gian trẻ tạm nghỉ học", period=AUG),
    fig("trường 1.200 lít", "1.200", 1200, "measure", "lít",
        subject="dung dịch sát khuẩn huyện hỗ trợ các trường"),
    fig("và 650 kg", "650", 650, "measure", "kg", subject="Cloramin B huyện hỗ trợ"),
    fig("khoảng 186 triệu", "186", 186e6, "money", "đồng", approx="about",
        subject="tổng kinh phí hỗ trợ"),
    fig("thêm 286 bồn", "286", 286, "count", "bồn rửa tay",
        subject="bồn rửa tay có vòi nước và xà phòng lắp thêm"),
    fig("100% trường đã", "100", 100, "percent", "%", subject="trường đã bố trí phòng y tế"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="giáo viên mầm non được tập huấn phát hiện sớm bệnh"),
    fig("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
        subject="tỷ lệ trẻ rửa tay đúng cách"),
]

NOTES = [
    "District portal (huyện Hóc Môn, TP HCM): banner, menu, '18/09/2024 - 08:45' under the headline, 'Tin khác', address footer.",
    "Distractors: 'Sáng 17/9', 'năm học 2024-2025' (a school year, not a range), '01 Lý Nam Đế', phone '(028) 3891 0234', 08:45,",
    "'năm 2024' and 'tháng 9' in link titles.",
    "'148 cơ sở ..., gồm 62 trường mầm non, 31 trường tiểu học và 55 nhóm trẻ' adds up: total 148 for the three parts.",
    "'gần ba trăm' is a number word (300, nearly). 'trong đó 2 trường' follows '5 trường' (tháng 8): total 5.",
    "'từ 5 đến 7 ngày' is a range (measure, ngày). Location Hóc Môn for all (the district's portal names it).",
    "'Trong năm học mới' (a school year) gives no dated period, so the targets carry none; 'phấn đấu' governs both clauses.",
]

if __name__ == "__main__":
    write("p1274-2", TEXT, NOTES, FIGS, published="2024-09-18", location="Hóc Môn")
