"""p1103-2: Krông Pắc district portal (Đắk Lắk) — eye checks and free glasses for pupils, Q1/2024."""
from lib import F, period, inherit, change, write_set

TEXT = """Cổng thông tin điện tử huyện Krông Pắc
Trang chủ » Tin tức - Sự kiện » Giáo dục - Đào tạo
Huyện Krông Pắc: Khám mắt, tặng kính cho học sinh vùng khó khăn
Thứ Hai, 18/03/2024 - 10:20

Trong quý I/2024, Phòng Giáo dục và Đào tạo huyện phối hợp với Bệnh viện Mắt Đắk Lắk tổ chức khám mắt cho 4.860 học sinh của 15 trường tiểu học và THCS tại các xã Ea Kly, Ea Phê, Krông Búk và thị trấn Phước An.

Qua khám, có 1.027 em mắc tật khúc xạ, chiếm 21,1%; trong đó học sinh người dân tộc thiểu số là 386 em. Gần 40% số em bị cận thị chưa từng được đo mắt hoặc đang đeo kính không đúng độ. Ngoài ra, 57 trường hợp mắc các bệnh về mắt khác như viêm kết mạc, lác, nhược thị được tư vấn chuyển tuyến điều trị.

Chương trình đã cấp phát miễn phí 612 kính thuốc cho học sinh có hoàn cảnh khó khăn, tăng 148 chiếc so với cùng kỳ năm 2023; mỗi kính trị giá từ 250.000 đến 400.000 đồng. Tổng kinh phí thực hiện hơn 210 triệu đồng, do Hội Chữ thập đỏ huyện vận động từ 23 tổ chức, cá nhân.

Ông Y Bhiông Niê, Trưởng phòng GD&ĐT huyện cho biết, năm học 2023-2024, toàn huyện có 38 trường tiểu học, 21 trường THCS với trên 31.000 học sinh; nhiều điểm trường nằm dọc Quốc lộ 26 và ở vùng sâu, học sinh ít có điều kiện đi khám mắt định kỳ. Mục tiêu đến hết năm 2024, huyện hoàn thành khám sàng lọc cho khoảng 70% học sinh tiểu học và THCS.

Dự kiến trong quý II, chương trình tiếp tục triển khai tại 12 trường còn lại ở các xã Ea Yông, Hòa An, Ea Kênh, với khoảng 3.500 học sinh.

Hồng Nhung (Trung tâm VH-TT&TT huyện)
"""

Q1 = period("Trong quý I/2024", "2024-01-01", "2024-03-31")
Q1I = inherit(Q1)
SY = period("năm học 2023-2024", "2023-09-01", "2024-05-31")
T24 = period("đến hết năm 2024", None, "2024-12-31")
Q2 = period("trong quý II", "2024-04-01", "2024-06-30")

FIGS = [
    F("cho 4.860 học sinh", "4.860", 4860, "count", "học sinh", "học sinh được khám mắt", Q1),
    F("của 15 trường", "15", 15, "count", "trường", "trường tiểu học và THCS có học sinh được khám mắt", Q1),
    F("có 1.027 em", "1.027", 1027, "count", "em", "học sinh mắc tật khúc xạ", Q1I, percent=21.1),
    F("là 386 em", "386", 386, "count", "em", "học sinh người dân tộc thiểu số mắc tật khúc xạ", Q1I, total=1027),
    F("Gần 40% số em", "40", 40, "percent", "%",
      "học sinh bị cận thị chưa từng được đo mắt hoặc đeo kính không đúng độ", approx="nearly"),
    F("57 trường hợp", "57", 57, "count", "trường hợp",
      "trường hợp mắc các bệnh về mắt khác được tư vấn chuyển tuyến điều trị"),
    F("miễn phí 612 kính thuốc", "612", 612, "count", "kính thuốc",
      "kính thuốc cấp phát miễn phí cho học sinh có hoàn cảnh khó khăn", Q1I,
      change=change("increase", 148, "chiếc", "cùng kỳ năm 2023")),
    F("từ 250.000 đến 400.000 đồng", "250.000", 250000, "money", "đồng", "trị giá mỗi kính", value_max=400000),
    F("hơn 210 triệu đồng", "210", 210e6, "money", "đồng", "tổng kinh phí thực hiện chương trình", approx="over"),
    F("từ 23 tổ chức", "23", 23, "count", "tổ chức, cá nhân", "tổ chức, cá nhân tài trợ chương trình"),
    F("có 38 trường tiểu học", "38", 38, "count", "trường tiểu học", "trường tiểu học toàn huyện", SY),
    F("21 trường THCS", "21", 21, "count", "trường THCS", "trường THCS toàn huyện", SY),
    F("trên 31.000 học sinh", "31.000", 31000, "count", "học sinh", "học sinh tiểu học và THCS toàn huyện", SY,
      approx="over"),
    F("khoảng 70% học sinh", "70", 70, "percent", "%", "học sinh tiểu học và THCS được khám sàng lọc", T24,
      approx="about", status="target"),
    F("tại 12 trường còn lại", "12", 12, "count", "trường", "trường còn lại triển khai khám mắt", Q2,
      status="forecast"),
    F("khoảng 3.500 học sinh", "3.500", 3500, "count", "học sinh", "học sinh được khám mắt tại các trường còn lại",
      Q2, approx="about", status="forecast"),
]

NOTES = [
    "Krông Pắc district portal (Đắk Lắk): 'Thứ Hai, 18/03/2024 - 10:20', byline at the end. Location: the district.",
    "Not figures: Quốc lộ 26, quý I/2024, quý II, Y Bhiông Niê, 10:20. 'năm học 2023-2024' read as 2023-09-01..2024-05-31.",
    "'tăng 148 chiếc so với cùng kỳ năm 2023' is the change of 612 kính. 'quý II' takes 2024 (the nearest earlier year).",
]

write_set("p1103-2", TEXT, FIGS, NOTES, published="2024-03-18", location="Krông Pắc")
