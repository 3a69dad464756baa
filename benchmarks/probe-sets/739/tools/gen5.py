from lib import *

TEXT = """BÁO HẢI DƯƠNG ĐIỆN TỬ
Xã hội › Giáo dục

Đồng phục học sinh: giá tăng, phụ huynh "gồng mình" đầu năm học

Chi phí mua đồng phục cho con đầu năm học 2024-2025 khiến không ít phụ huynh ở TP Hải Dương băn khoăn khi giá nhiều loại tăng so với năm trước.

Theo khảo sát của phóng viên tại 15 trường trên địa bàn thành phố, giá một bộ đồng phục mùa hè dao động từ 135.000 đến 210.000 đồng, bộ đồng phục thể dục từ 110.000 đến 160.000 đồng; áo khoác mùa đông có nơi tới 380.000 đồng/chiếc.

Chị Nguyễn Thị Hà (phường Tân Bình) có 2 con học lớp 3 và lớp 7 cho biết, riêng tiền đồng phục năm nay gia đình chi gần 1,6 triệu đồng, tăng khoảng 300.000 đồng so với năm ngoái.

Theo Sở Giáo dục và Đào tạo, toàn tỉnh có 286/592 trường phổ thông đã thay đổi mẫu đồng phục trong 3 năm gần đây. Sở đã yêu cầu các trường giữ ổn định mẫu đồng phục ít nhất 5 năm, phụ huynh được tự may theo mẫu, không bắt buộc mua tại trường.

Từ đầu tháng 8/2024 đến nay, Hội Khuyến học tỉnh và các doanh nghiệp đã tặng 6.500 bộ đồng phục và 3.200 bộ sách giáo khoa cho học sinh nghèo, trị giá hơn 2,1 tỷ đồng, tăng 18% so với cùng kỳ năm trước.

Ông Phạm Văn Tuấn, Phó Giám đốc Sở Giáo dục và Đào tạo cho biết, ngành phấn đấu đến hết năm 2025 có 50% trường tiểu học, trung học cơ sở xây dựng "tủ đồng phục dùng chung" để học sinh khóa sau sử dụng lại áo quần còn tốt.

THANH HUYỀN
21/8/2024
"""

NH24 = NH("năm học 2024-2025", 2024)
NOW = YEAR("năm nay", 2024)
SINCE = P("Từ đầu tháng 8/2024 đến nay", "2024-08-01", "2024-08-21")
T25 = P("đến hết năm 2025", end="2025-12-31")

FIG = [
    F("tại 15 trường", "15", 15, "count", "trường", "trường được phóng viên khảo sát", I(NH24)),
    F("từ 135.000 đến 210.000 đồng", "135.000", 135000, "money", "đồng", "giá một bộ đồng phục mùa hè", I(NH24), value_max=210000),
    F("từ 110.000 đến 160.000 đồng", "110.000", 110000, "money", "đồng", "giá bộ đồng phục thể dục", I(NH24), value_max=160000),
    F("380.000 đồng/chiếc", "380.000", 380000, "money", "đồng/chiếc", "giá áo khoác mùa đông", I(NH24)),
    F("có 2 con", "2", 2, "count", "con", "con của chị Nguyễn Thị Hà đang đi học"),
    F("gần 1,6 triệu đồng", "1,6", 1600000, "money", "đồng", "tiền đồng phục gia đình chị Nguyễn Thị Hà chi", NOW, approx="nearly",
      change=CH("increase", 300000, unit="đồng", approx="about", baseline="năm ngoái")),
    F("286/592 trường", "286", 286, "count", "trường", "trường phổ thông đã thay đổi mẫu đồng phục trong 3 năm gần đây", total=592),
    F("ít nhất 5 năm", "5", 5, "measure", "năm", "thời gian giữ ổn định mẫu đồng phục", approx="at_least", optional=True),
    F("tặng 6.500 bộ", "6.500", 6500, "count", "bộ đồng phục", "đồng phục tặng học sinh nghèo", SINCE),
    F("3.200 bộ sách", "3.200", 3200, "count", "bộ sách giáo khoa", "sách giáo khoa tặng học sinh nghèo", SINCE),
    F("hơn 2,1 tỷ đồng", "2,1", 2100000000, "money", "đồng", "trị giá đồng phục và sách giáo khoa tặng học sinh nghèo", SINCE,
      approx="over", change=CH("increase", 18, baseline="cùng kỳ năm trước")),
    F("có 50% trường", "50", 50, "percent", "%", "trường tiểu học, trung học cơ sở xây dựng tủ đồng phục dùng chung", T25,
      status="target"),
]

emit("p739-5", TEXT, [
    "Báo Hải Dương (Party newspaper), byline and bare date '21/8/2024' at the end: uniform prices, a family's spending, schools",
    "changing uniforms, gifts to poor pupils, 2025 target. 'TP Hải Dương' and 'toàn tỉnh' both give 'Hải Dương'.",
    "'năm nay' = year of the article (2024); 'Từ đầu tháng 8/2024 đến nay' ends at the byline date. 'trong 3 năm gần đây',",
    "'lớp 3 và lớp 7' are not figures; 'ít nhất 5 năm' (a rule's duration) is optional; 'có nơi tới 380.000' has no approx cue.",
], FIG, published="2024-08-21", location="Hải Dương")
