"""p1368-1: province portal (Khánh Hòa): school dental check-ups, 9 months of 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """Cổng Thông tin điện tử tỉnh Khánh Hòa
Trang chủ > Tin tức > Y tế - Giáo dục

Hơn 78% học sinh tiểu học được khám bị sâu răng

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

9 tháng đầu năm 2024, Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Khánh Hòa phối hợp với ngành giáo dục tổ chức khám răng miệng tại 146 trường tiểu học cho 52.480 học sinh, đạt 87,5% kế hoạch năm. Trong đó, 41.196 em bị sâu răng, chiếm 78,5%; 12.340 em bị viêm lợi, chiếm 23,5%. Riêng TP Nha Trang khám cho 15.620 em, tỷ lệ sâu răng 71,2%, thấp nhất tỉnh.

Toàn tỉnh hiện có 64 phòng nha học đường, trong đó 41 phòng có ghế nha khoa đạt chuẩn. Trong 9 tháng, các phòng nha đã trám răng cho 6.815 em, nhổ 2.240 răng sữa và trám bít hố rãnh dự phòng cho khoảng 3.100 răng.

Chương trình súc miệng bằng dung dịch fluor 0,2% hằng tuần được duy trì tại 118 trường tiểu học với hơn 47 nghìn học sinh tham gia, tăng 9 trường so với cùng kỳ năm 2023.

Theo ông Trần Văn Hậu, Phó Giám đốc CDC, kinh phí chương trình nha học đường năm 2024 là 1,8 tỷ đồng, tăng 300 triệu đồng so với năm 2023; bình quân mỗi học sinh được hỗ trợ khoảng 34.000 đồng. Quý IV, CDC phấn đấu khám thêm khoảng 7.500 học sinh, nâng tổng số cả năm lên 60.000 em, đồng thời tổ chức Ngày hội răng miệng lần thứ 3 tại Trường Tiểu học Vĩnh Hải 2.

Tin liên quan:
- Khánh Hòa: Triển khai tiêm chủng mở rộng năm 2024
- Hướng dẫn phòng bệnh tay chân miệng trong trường học
"""

NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_B = period("Trong 9 tháng", "2024-01-01", "2024-09-30")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
NT = "Nha Trang"

FIGS = [
    F("Hơn 78%", "78", 78, "percent", "%", approx="over",
      subject="học sinh tiểu học được khám bị sâu răng"),
    F("tại 146 trường", "146", 146, "count", "trường tiểu học",
      subject="trường tiểu học được tổ chức khám răng miệng", per=NINE),
    F("cho 52.480 học sinh", "52.480", 52480, "count", "học sinh", percent=87.5,
      subject="học sinh được khám răng miệng", per=NINE),
    F("41.196 em", "41.196", 41196, "count", "em", total=52480, percent=78.5,
      subject="em bị sâu răng", per=inherit(NINE)),
    F("12.340 em", "12.340", 12340, "count", "em", total=52480, percent=23.5,
      subject="em bị viêm lợi", per=inherit(NINE)),
    F("cho 15.620 em", "15.620", 15620, "count", "em",
      subject="em được khám", per=inherit(NINE), location=NT),
    F("sâu răng 71,2%", "71,2", 71.2, "percent", "%",
      subject="tỷ lệ sâu răng", per=inherit(NINE), location=NT),
    F("có 64 phòng", "64", 64, "count", "phòng nha học đường", subject="phòng nha học đường"),
    F("41 phòng", "41", 41, "count", "phòng", total=64,
      subject="phòng nha học đường có ghế nha khoa đạt chuẩn"),
    F("cho 6.815 em", "6.815", 6815, "count", "em", subject="em được trám răng", per=NINE_B),
    F("nhổ 2.240 răng", "2.240", 2240, "count", "răng sữa", subject="răng sữa được nhổ", per=NINE_B),
    F("khoảng 3.100 răng", "3.100", 3100, "count", "răng", approx="about",
      subject="răng được trám bít hố rãnh dự phòng", per=NINE_B),
    F("fluor 0,2%", "0,2", 0.2, "percent", "%", subject="nồng độ dung dịch fluor", optional=True),
    F("tại 118 trường", "118", 118, "count", "trường tiểu học",
      change=change("increase", 9, "trường", "cùng kỳ năm 2023"),
      subject="trường tiểu học duy trì chương trình súc miệng bằng dung dịch fluor"),
    F("hơn 47 nghìn", "47", 47000, "count", "học sinh", approx="over",
      subject="học sinh tham gia súc miệng bằng dung dịch fluor"),
    F("là 1,8 tỷ", "1,8", 1.8e9, "money", "đồng",
      change=change("increase", 300e6, "đồng", "năm 2023"),
      subject="kinh phí chương trình nha học đường", per=Y24),
    F("khoảng 34.000 đồng", "34.000", 34000, "money", "đồng/học sinh", approx="about",
      subject="hỗ trợ bình quân mỗi học sinh", per=Y24),
    F("khoảng 7.500 học sinh", "7.500", 7500, "count", "học sinh", approx="about", status="target",
      subject="học sinh khám thêm", per=Q4),
    F("lên 60.000 em", "60.000", 60000, "count", "em", status="target",
      subject="tổng số em được khám cả năm", per=YEAR),
]

NOTES = [
    "Province portal (Khánh Hòa): school dental check-ups 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286'.",
    "Distractors: 09:35, Lượt xem 1.286, 'Ngày hội răng miệng lần thứ 3', 'Trường Tiểu học Vĩnh Hải 2', 'năm 2024' in a related link.",
    "'đạt 87,5% kế hoạch năm' is the share (percent) of 52.480; 'Trong đó' parts after the sentence break take total 52.480.",
    "'Riêng TP Nha Trang' has no part-of cue (riêng): no total; location Nha Trang; period inherited from the first sentence.",
    "'tăng 9 trường so với cùng kỳ' counts schools: the change of 118 trường, not of the 47 nghìn students.",
    "'dung dịch fluor 0,2%' is the solution's strength, part of the product's description: optional.",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'cả năm' takes 2024.",
    "revised after the first run: subjects of figures counted in 'em' use 'em' as the sentence names it (were 'học sinh ...').",
]
if __name__ == "__main__":
    write("p1368-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Khánh Hòa")
