"""p1303-1: province portal (Cổng TTĐT tỉnh Nam Định): school health check results, school year 2024-2025."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Gần 18% học sinh Nam Định thừa cân, béo phì

Cập nhật: 14/11/2024 08:45 | Lượt xem: 1.386

Theo Sở Y tế, tính đến ngày 31/10/2024, các cơ sở giáo dục trên địa bàn tỉnh Nam Định đã tổ chức khám sức khỏe đầu năm học cho 312.450 học sinh, đạt 96,8% tổng số học sinh toàn tỉnh. Kết quả có 55.617 em thừa cân, béo phì, chiếm 17,8%, tăng 1,3 điểm phần trăm so với năm học trước; trong đó 21.870 em béo phì.

Tỷ lệ thừa cân, béo phì ở thành thị cao hơn hẳn nông thôn: TP Nam Định 26,4%, huyện Xuân Trường 12,9%, huyện Nghĩa Hưng 11,2%. Xét theo cấp học, tiểu học cao nhất với 22,1%, tiếp đến là trung học cơ sở 16,5% và trung học phổ thông 10,7%.

Bên cạnh đó, 41.208 học sinh mắc tật khúc xạ (chiếm 13,2%), 9.640 em cong vẹo cột sống và khoảng 2.500 em suy dinh dưỡng thể thấp còi.

Bác sĩ Trần Thị Hồng Vân, Trưởng phòng Nghiệp vụ Y, Sở Y tế cho biết, học sinh tiểu học hiện chỉ vận động trung bình khoảng 35 phút/ngày, trong khi khuyến nghị là ít nhất 60 phút. Nhiều em dùng đồ uống có đường từ 4 đến 5 lần mỗi tuần. 9 tháng đầu năm, ngành y tế đã tổ chức 126 buổi truyền thông về dinh dưỡng tại trường học, vượt 26% kế hoạch.

Năm 2025, ngành y tế phấn đấu khống chế tỷ lệ thừa cân, béo phì ở học sinh dưới 17%; 100% trường học có nhân viên y tế được tập huấn về dinh dưỡng theo Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT. Chương trình Sữa học đường dự kiến mở rộng cho hơn 98 nghìn trẻ tại 10 huyện, thành phố.

Tin liên quan:
- Nam Định: Khai mạc Hội khỏe Phù Đổng lần thứ X năm 2024
- Hưởng ứng Tuần lễ Dinh dưỡng và Phát triển năm 2024
"""

ASOF = P("tính đến ngày 31/10/2024", None, "2024-10-31")
NINE = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
TTHBP = "tỷ lệ thừa cân, béo phì"

FIGS = [
    F("Gần 18%", "18", 18, "percent", "%", approx="nearly", subject="học sinh thừa cân, béo phì"),
    F("cho 312.450 học sinh", "312.450", 312450, "count", "học sinh", percent=96.8,
      subject="học sinh được khám sức khỏe đầu năm học", period=ASOF),
    F("có 55.617 em", "55.617", 55617, "count", "em", percent=17.8,
      change=C("increase", 1.3, "điểm phần trăm", "năm học trước"),
      subject="học sinh thừa cân, béo phì", period=I(ASOF)),
    F("trong đó 21.870 em", "21.870", 21870, "count", "em", total=55617,
      subject="học sinh béo phì", period=I(ASOF)),
    F("TP Nam Định 26,4%", "26,4", 26.4, "percent", "%", subject=TTHBP, location="TP Nam Định"),
    F("Xuân Trường 12,9%", "12,9", 12.9, "percent", "%", subject=TTHBP, location="Xuân Trường"),
    F("Nghĩa Hưng 11,2%", "11,2", 11.2, "percent", "%", subject=TTHBP, location="Nghĩa Hưng"),
    F("nhất với 22,1%", "22,1", 22.1, "percent", "%", subject=TTHBP + " học sinh tiểu học"),
    F("cơ sở 16,5%", "16,5", 16.5, "percent", "%", subject=TTHBP + " học sinh trung học cơ sở"),
    F("phổ thông 10,7%", "10,7", 10.7, "percent", "%", subject=TTHBP + " học sinh trung học phổ thông"),
    F("đó, 41.208 học sinh", "41.208", 41208, "count", "học sinh", percent=13.2,
      subject="học sinh mắc tật khúc xạ"),
    F("9.640 em", "9.640", 9640, "count", "em", subject="học sinh cong vẹo cột sống"),
    F("khoảng 2.500 em", "2.500", 2500, "count", "em", approx="about",
      subject="học sinh suy dinh dưỡng thể thấp còi"),
    F("khoảng 35 phút/ngày", "35", 35, "measure", "phút/ngày", approx="about",
      subject="thời gian vận động trung bình của học sinh tiểu học"),
    F("ít nhất 60 phút", "60", 60, "measure", "phút", approx="at_least",
      subject="thời gian vận động khuyến nghị", optional=True),
    F("từ 4 đến 5 lần", "4", 4, "measure", "lần/tuần", value_max=5,
      subject="số lần dùng đồ uống có đường"),
    F("chức 126 buổi", "126", 126, "count", "buổi", change=C("increase", 26, "%", "kế hoạch"),
      subject="buổi truyền thông về dinh dưỡng tại trường học", period=NINE),
    F("dưới 17%", "17", 17, "percent", "%", approx="under", status="target",
      subject="tỷ lệ thừa cân, béo phì ở học sinh", period=Y25),
    F("100% trường học", "100", 100, "percent", "%", status="target",
      subject="trường học có nhân viên y tế được tập huấn về dinh dưỡng", period=Y25),
    F("hơn 98 nghìn", "98", 98000, "count", "trẻ", approx="over", status="forecast",
      subject="trẻ được mở rộng Chương trình Sữa học đường", period=I(Y25)),
    F("tại 10 huyện", "10", 10, "count", "huyện, thành phố", status="forecast",
      subject="huyện, thành phố mở rộng Chương trình Sữa học đường", period=I(Y25)),
]

NOTES = [
    "Province portal (Nam Định): breadcrumb, headline figure, 'Cập nhật: 14/11/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT, 'lần thứ X năm 2024', 'năm 2024' in links.",
    "55.617 em has no part-of cue against the 312.450 screened (only 'chiếm 17,8%'): no total. 21.870 béo phì after 'trong đó': total 55.617.",
    "'tăng 1,3 điểm phần trăm so với năm học trước' is the change of 55.617 (unit điểm phần trăm).",
    "List 'TP Nam Định 26,4%, ...': places to location; school levels go into the subject.",
    "'ít nhất 60 phút' is a recommendation (a norm, not a fact): optional. 'từ 4 đến 5 lần mỗi tuần' is a rate (lần/tuần).",
    "Year-less '9 tháng đầu năm' takes 2024 from 'tính đến ngày 31/10/2024'. 'vượt 26% kế hoạch' is a change with baseline kế hoạch.",
    "'phấn đấu' governs both clauses of the 2025 sentence (target); 'dự kiến' → forecast, period inherited from 'Năm 2025'.",
]

if __name__ == "__main__":
    write("p1303-1", TEXT, NOTES, FIGS, published="2024-11-14", location="Nam Định")
