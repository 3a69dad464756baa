"""p1368-2: district portal (huyện Thạch Thất, Hà Nội): launch of the school dental programme 2024-2025."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH THẤT
THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội

Thạch Thất: Ra quân chương trình nha học đường năm học 2024-2025

25/09/2024 - 10:20

Sáng 24/9, Trung tâm Y tế huyện Thạch Thất phối hợp với Phòng Giáo dục và Đào tạo tổ chức lễ ra quân chương trình nha học đường tại Trường Tiểu học Kim Quan 1.

Toàn huyện hiện có 29 trường tiểu học với gần 21.600 học sinh. Năm học 2023-2024, ngành y tế đã khám răng cho 19.850 học sinh, phát hiện 14.290 em mắc bệnh răng miệng, gồm 12.870 em sâu răng và 1.420 em viêm lợi. Tỷ lệ học sinh được khám đạt 92%, cao hơn 4% so với năm học trước.

Năm học 2024-2025, huyện phấn đấu 100% trường tiểu học tổ chức khám răng ít nhất 2 lần/năm; tỷ lệ sâu răng ở học sinh lớp 1 giảm xuống dưới 60%. Dự kiến ba chục cán bộ y tế học đường sẽ được tập huấn kỹ năng hướng dẫn chải răng trong tháng 10.

Tại buổi lễ, Công ty TNHH Nha khoa Bình An trao tặng 5.000 bộ bàn chải và kem đánh răng cho học sinh các xã Hữu Bằng, Bình Yên, Tân Xã, trị giá khoảng 250 triệu đồng. Bác sĩ Nguyễn Thị Hòa, Trưởng khoa Kiểm soát bệnh tật, khuyến cáo mỗi em cần chải răng hai lần mỗi ngày, sau bữa sáng và trước khi đi ngủ.

Từ đầu năm đến nay, phòng khám răng của Trung tâm đã tiếp nhận hơn 3.200 lượt trẻ em dưới 15 tuổi, tăng 18% so với cùng kỳ.

Tin khác:
- Thạch Thất tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ X
- Tiêm vắc xin sởi đợt 2 năm 2024

Bản quyền thuộc UBND huyện Thạch Thất
Địa chỉ: Khu Hành chính huyện, xã Kim Quan, huyện Thạch Thất, Hà Nội
Điện thoại: 024.3367.2145
"""

SY23 = period("Năm học 2023-2024", "2023-09-01", "2024-05-31")
SY24 = period("Năm học 2024-2025", "2024-09-01", "2025-05-31")
OCT = period("trong tháng 10", "2024-10-01", "2024-10-31")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-09-25")

FIGS = [
    F("có 29 trường", "29", 29, "count", "trường tiểu học", subject="trường tiểu học"),
    F("gần 21.600 học sinh", "21.600", 21600, "count", "học sinh", approx="nearly",
      subject="học sinh tiểu học"),
    F("cho 19.850 học sinh", "19.850", 19850, "count", "học sinh",
      subject="học sinh được khám răng", per=SY23),
    F("phát hiện 14.290 em", "14.290", 14290, "count", "em",
      subject="em mắc bệnh răng miệng", per=SY23),
    F("gồm 12.870 em", "12.870", 12870, "count", "em", total=14290,
      subject="em sâu răng", per=SY23),
    F("và 1.420 em", "1.420", 1420, "count", "em", total=14290,
      subject="em viêm lợi", per=SY23),
    F("đạt 92%", "92", 92, "percent", "%",
      change=change("increase", 4, "%", "năm học trước"),
      subject="tỷ lệ học sinh được khám", per=inherit(SY23)),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="trường tiểu học tổ chức khám răng ít nhất 2 lần/năm", per=SY24),
    F("ít nhất 2 lần/năm", "2", 2, "measure", "lần/năm", approx="at_least", status="target",
      subject="số lần khám răng ở trường tiểu học", per=SY24, optional=True),
    F("dưới 60%", "60", 60, "percent", "%", approx="under", status="target",
      subject="tỷ lệ sâu răng ở học sinh lớp 1", per=SY24),
    F("ba chục cán bộ", "ba chục", 30, "count", "cán bộ y tế học đường", status="forecast",
      subject="cán bộ y tế học đường được tập huấn", per=OCT),
    F("tặng 5.000 bộ", "5.000", 5000, "count", "bộ bàn chải và kem đánh răng",
      subject="bộ bàn chải và kem đánh răng Công ty TNHH Nha khoa Bình An trao tặng"),
    F("khoảng 250 triệu", "250", 250e6, "money", "đồng", approx="about",
      subject="trị giá bộ bàn chải và kem đánh răng trao tặng"),
    F("hai lần mỗi ngày", "hai", 2, "measure", "lần/ngày",
      subject="số lần chải răng mỗi ngày được khuyến cáo", optional=True),
    F("hơn 3.200 lượt", "3.200", 3200, "count", "lượt", approx="over",
      change=change("increase", 18, "%", "cùng kỳ"),
      subject="lượt trẻ em dưới 15 tuổi phòng khám răng của Trung tâm tiếp nhận", per=YTD),
    F("dưới 15 tuổi", "15", 15, "measure", "tuổi", approx="under", optional=True),
]

NOTES = [
    "District portal (huyện Thạch Thất, Hà Nội): banner, menu, '25/09/2024 - 10:20' under the headline, 'Tin khác', footer.",
    "Distractors: '2024-2025' in the headline, 'Sáng 24/9', 'Trường Tiểu học Kim Quan 1', 'lớp 1', 'lần thứ X', 'đợt 2 năm 2024',",
    "address, phone 024.3367.2145, 10:20.",
    "School years ('Năm học 2023-2024') are dated 1 September to 31 May (the spec has no row for them; convention of this set).",
    "'gồm 12.870 em ... và 1.420 em' add up to 14.290: total 14.290. '92%' with 'cao hơn 4% so với năm học trước' → change.",
    "'phấn đấu' governs the whole sentence (100%, dưới 60%): target. 'Dự kiến ba chục' → forecast, 30.",
    "'ít nhất 2 lần/năm' is the condition that defines the schools of the 100% target (a threshold, cf. 'trên 10 triệu người dùng'",
    "in the shared gold): optional.",
    "'trong tháng 10' takes 2024 (the nearest earlier date, school year 2024-2025 starting in September 2024).",
    "The advice 'chải răng hai lần mỗi ngày' is a recommendation, not a measured fact: optional. 'dưới 15 tuổi' (age label) optional.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-09-25.",
    "revised after the first run: subjects of figures counted in 'em' use 'em' as the sentence names it (were 'học sinh ...').",
]
if __name__ == "__main__":
    write("p1368-2", TEXT, NOTES, FIGS, published="2024-09-25", location="Thạch Thất")
