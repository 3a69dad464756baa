"""p1140-8: provincial newspaper online (Báo Tây Ninh, '(BTNO) -'): depression screening, psychiatric ward, budget, plans."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Tây Ninh Online > Xã hội > Y tế

Tây Ninh: Sàng lọc trầm cảm cho hơn 12.000 người

Cập nhật lúc 09:20, Thứ Hai, 22/07/2024

(BTNO) - 6 tháng đầu năm, ngành y tế tỉnh đã khám sàng lọc rối loạn trầm cảm cho 12.460 người, đạt 62,3% kế hoạch năm, tăng 2.180 người so với cùng kỳ năm 2023. Qua sàng lọc, phát hiện 538 trường hợp có nguy cơ trầm cảm, trong đó 127 trường hợp trầm cảm sau sinh.

Các huyện có số người được sàng lọc nhiều là Châu Thành (1.905 người), Tân Châu (1.640 người) và Gò Dầu (1.420 người). Tại xã Phước Minh (huyện Dương Minh Châu), trạm y tế đã sàng lọc cho 96 sản phụ, phát hiện 7 người có nguy cơ trầm cảm sau sinh. Các sản phụ này được cán bộ y tế đến tư vấn tại nhà hằng tuần.

Khoa Tâm thần, Bệnh viện Đa khoa tỉnh hiện có 60 giường nhưng thường xuyên điều trị nội trú khoảng 75-80 người bệnh. Trong 6 tháng, khoa tiếp nhận 1.326 lượt điều trị nội trú, ước cả năm khoảng 2.700 lượt.

Kinh phí thực hiện chương trình sức khỏe tâm thần năm 2024 của tỉnh là 1,15 tỷ đồng, chỉ bằng khoảng 60% năm 2019. Người dân cần tư vấn có thể gọi đường dây nóng 0276.3822.315 (từ 7 giờ đến 17 giờ các ngày trong tuần).

Dự kiến trong quý III, tỉnh mở thêm 2 phòng khám tư vấn sức khỏe tâm thần tại Trung tâm Y tế thị xã Hòa Thành và thị xã Trảng Bàng. Cả năm, ngành y tế phấn đấu khám sàng lọc trầm cảm cho ít nhất 20.000 người.
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = per("Trong 6 tháng", "2024-01-01", "2024-06-30")
YR = per("cả năm", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Q3 = per("trong quý III", "2024-07-01", "2024-09-30")
YR2 = per("Cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 12.000 người", "12.000", 12000, "count", "người", approx="over",
        subject="người được sàng lọc trầm cảm"),
    fig("cho 12.460 người", "12.460", 12460, "count", "người", percent=62.3,
        change=chg("increase", 2180, "người", "cùng kỳ năm 2023"),
        subject="người được khám sàng lọc rối loạn trầm cảm", period=H1),
    fig("phát hiện 538", "538", 538, "count", "trường hợp",
        subject="trường hợp có nguy cơ trầm cảm", period=inh(H1)),
    fig("trong đó 127", "127", 127, "count", "trường hợp", total=538,
        subject="trường hợp trầm cảm sau sinh", period=inh(H1)),
    fig("Thành (1.905", "1.905", 1905, "count", "người", location="Châu Thành",
        subject="người được sàng lọc trầm cảm", period=inh(H1)),
    fig("Châu (1.640", "1.640", 1640, "count", "người", location="Tân Châu",
        subject="người được sàng lọc trầm cảm", period=inh(H1)),
    fig("Dầu (1.420", "1.420", 1420, "count", "người", location="Gò Dầu",
        subject="người được sàng lọc trầm cảm", period=inh(H1)),
    fig("cho 96 sản phụ", "96", 96, "count", "sản phụ", location="Dương Minh Châu",
        subject="sản phụ được trạm y tế xã Phước Minh sàng lọc"),
    fig("phát hiện 7 người", "7", 7, "count", "người", location="Dương Minh Châu",
        subject="sản phụ có nguy cơ trầm cảm sau sinh"),
    fig("có 60 giường", "60", 60, "count", "giường",
        subject="giường của Khoa Tâm thần, Bệnh viện Đa khoa tỉnh"),
    fig("khoảng 75-80", "75", 75, "count", "người bệnh", value_max=80, approx="about",
        subject="người bệnh điều trị nội trú"),
    fig("nhận 1.326 lượt", "1.326", 1326, "count", "lượt điều trị nội trú",
        subject="lượt điều trị nội trú khoa tiếp nhận", period=H1b),
    fig("khoảng 2.700 lượt", "2.700", 2700, "count", "lượt", approx="about", status="estimate",
        subject="lượt điều trị nội trú khoa tiếp nhận", period=YR),
    fig("là 1,15 tỷ", "1,15", 1150000000, "money", "đồng", percent=60,
        subject="kinh phí thực hiện chương trình sức khỏe tâm thần", period=Y24),
    fig("thêm 2 phòng khám", "2", 2, "count", "phòng khám", status="forecast",
        subject="phòng khám tư vấn sức khỏe tâm thần mở thêm", period=Q3),
    fig("ít nhất 20.000", "20.000", 20000, "count", "người", approx="at_least", status="target",
        subject="người được khám sàng lọc trầm cảm", period=YR2),
]

NOTES = [
    "Provincial newspaper online (Báo Tây Ninh): 'Cập nhật lúc 09:20, Thứ Hai, 22/07/2024' (published), tag '(BTNO) -'. Location Tây Ninh.",
    "Year-less '6 tháng đầu năm', 'Trong 6 tháng', 'cả năm', 'quý III' take 2024 (dateline; baseline 'cùng kỳ năm 2023').",
    "12.460 carries percent 62,3 (đạt … kế hoạch năm) and change +2.180 người. District list in brackets: one figure per district (location).",
    "Commune passage (xã Phước Minh, huyện Dương Minh Châu): located in Dương Minh Châu; no period stated; 7 has no part-of cue (no total).",
    "Distractors: 09:20, '0276.3822.315', 'từ 7 giờ đến 17 giờ', 'năm 2019' (baseline of the share 60%), 'Hòa Thành', 'Trảng Bàng'.",
    "'ước cả năm khoảng 2.700 lượt' → estimate; 'Dự kiến trong quý III … 2 phòng khám' → forecast; 'phấn đấu … ít nhất 20.000 người' → target.",
]

if __name__ == "__main__":
    write("p1140-8", TEXT, NOTES, FIGS, published="2024-07-22", location="Tây Ninh")
