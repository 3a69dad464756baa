"""p756-1: Yên Bái province portal — tư vấn, khám sức khỏe trước khi kết hôn, sàng lọc thalassemia năm 2023."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Yên Bái
Trang chủ » Tin tức - Sự kiện » Văn hóa - Xã hội
Yên Bái: Hơn 4.200 cặp nam, nữ được tư vấn, khám sức khỏe trước khi kết hôn
Cập nhật: 14/03/2024 08:30
Lượt xem: 1.287

Thực hiện Quyết định số 25/QĐ-TTg của Thủ tướng Chính phủ, năm 2023 Chi cục Dân số tỉnh đã tư vấn, khám sức khỏe trước khi kết hôn cho 4.236 cặp nam, nữ, đạt 84,7% kế hoạch, tăng 12,3% so với năm 2022. Trong đó, 1.918 người được xét nghiệm sàng lọc bệnh tan máu bẩm sinh (thalassemia), phát hiện 412 người mang gen bệnh, chiếm 21,5% số người được xét nghiệm.

Tỷ lệ mang gen cao tập trung ở các huyện vùng cao như Mù Cang Chải (34,2%), Trạm Tấu (31,6%), Văn Chấn (18,9%); thấp nhất là thành phố Yên Bái với 6,4%.

Tính đến ngày 31/12/2023, toàn tỉnh có 386 người bệnh thalassemia đang được quản lý, điều trị, trong đó 142 trẻ em dưới 16 tuổi. Mỗi tháng, Bệnh viện Đa khoa tỉnh truyền khoảng 450 đơn vị máu cho người bệnh; riêng năm 2023 bệnh viện tiếp nhận 5.380 lượt điều trị nội trú, tăng 7,9% so với năm trước.

Kinh phí thực hiện chương trình năm 2023 là 1,26 tỷ đồng, trong đó ngân sách Trung ương 720 triệu đồng, còn lại do ngân sách tỉnh bố trí.

Theo bà Hà Thị Lan, Chi cục trưởng Chi cục Dân số, tỉnh phấn đấu đến năm 2025 có 90% nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn; giảm 50% số trẻ sinh ra mắc bệnh thalassemia mức độ nặng so với năm 2020.

Mọi thông tin cần tư vấn xin liên hệ Chi cục Dân số tỉnh, số 638 đường Đinh Tiên Hoàng, phường Đồng Tâm, TP Yên Bái; điện thoại 0216.3852.145.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 4.200 cặp", "4.200", 4200, "count", "cặp nam, nữ",
      "cặp nam, nữ được tư vấn, khám sức khỏe trước khi kết hôn", I(Y23), approx="over"),
    F("cho 4.236 cặp", "4.236", 4236, "count", "cặp nam, nữ",
      "cặp nam, nữ được tư vấn, khám sức khỏe trước khi kết hôn", Y23,
      percent=84.7, change=CH("increase", 12.3, "%", "năm 2022")),
    F("Trong đó, 1.918 người", "1.918", 1918, "count", "người",
      "người được xét nghiệm sàng lọc bệnh tan máu bẩm sinh (thalassemia)", I(Y23)),
    F("phát hiện 412 người", "412", 412, "count", "người",
      "người mang gen bệnh tan máu bẩm sinh", I(Y23), percent=21.5),
    F("Mù Cang Chải (34,2%)", "34,2", 34.2, "percent", "%", "tỷ lệ mang gen", I(Y23), location="Mù Cang Chải"),
    F("Trạm Tấu (31,6%)", "31,6", 31.6, "percent", "%", "tỷ lệ mang gen", I(Y23), location="Trạm Tấu"),
    F("Văn Chấn (18,9%)", "18,9", 18.9, "percent", "%", "tỷ lệ mang gen", I(Y23), location="Văn Chấn"),
    F("Yên Bái với 6,4%", "6,4", 6.4, "percent", "%", "tỷ lệ mang gen", I(Y23), location="Yên Bái"),
    F("có 386 người bệnh", "386", 386, "count", "người bệnh",
      "người bệnh thalassemia đang được quản lý, điều trị", ASOF),
    F("trong đó 142 trẻ em", "142", 142, "count", "trẻ em",
      "trẻ em bị bệnh thalassemia đang được quản lý, điều trị", ASOF, total=386),
    F("dưới 16 tuổi", "16", 16, "measure", "tuổi", approx="under", optional=True),
    F("khoảng 450 đơn vị máu", "450", 450, "count", "đơn vị máu",
      "đơn vị máu Bệnh viện Đa khoa tỉnh truyền cho người bệnh mỗi tháng", approx="about"),
    F("tiếp nhận 5.380 lượt", "5.380", 5380, "count", "lượt điều trị nội trú",
      "lượt điều trị nội trú người bệnh thalassemia", Y23,
      change=CH("increase", 7.9, "%", "năm trước")),
    F("là 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng", "kinh phí thực hiện chương trình", Y23),
    F("Trung ương 720 triệu đồng", "720", 720000000, "money", "đồng",
      "kinh phí thực hiện chương trình từ ngân sách Trung ương", Y23, total=1260000000),
    F("có 90% nam", "90", 90, "percent", "%",
      "nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn", T25, status="target"),
    F("giảm 50% số trẻ", "50", 50, "percent", "%",
      "giảm số trẻ sinh ra mắc bệnh thalassemia mức độ nặng so với năm 2020", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Yên Bái (province portal): tư vấn, khám sức khỏe trước khi kết hôn và sàng lọc thalassemia năm 2023.",
    "Dateline 'Cập nhật: 14/03/2024 08:30'; 'Lượt xem: 1.287', 'Quyết định số 25/QĐ-TTg', 'số 638 đường Đinh Tiên Hoàng', phone: not figures.",
    "1.918 người after 'Trong đó' counts people, not couples (cặp): no total 4236. 412 carries its share (chiếm 21,5%), no total (no part-of cue).",
    "District list: places go to location, subject the list's indicator. 'dưới 16 tuổi' optional (age threshold, cf. shared h24).",
    "'giảm 50% … so với năm 2020' is a target rate that is the claim: percent figure, no change. 'Mỗi tháng … 450 đơn vị' has no dated period.",
]

if __name__ == "__main__":
    emit("p756-1", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Yên Bái")
