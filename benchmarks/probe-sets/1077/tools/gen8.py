from lib import F, P, SY, YEAR, I, CH, TG, write

TEXT = """Bắc Giang: Hơn 126 nghìn học sinh được khám răng miệng
Thứ Sáu, 25/04/2025 - 07:45

(BGĐT) - Từ đầu năm học 2024-2025 đến nay, ngành Y tế tỉnh đã phối hợp với ngành Giáo dục khám răng miệng cho hơn 126 nghìn học sinh mầm non, tiểu học, THCS, đạt 87,5% kế hoạch năm học, tăng 6,2% so với cùng kỳ.

Qua khám, phát hiện 74.380 em mắc bệnh răng miệng, chiếm 59%; trong đó sâu răng 61.250 em, viêm lợi 13.130 em. Các huyện có số học sinh được khám nhiều là Lục Nam (14.820 em), Lạng Giang (13.560 em) và Yên Dũng (11.470 em).

Toàn tỉnh có 235/248 trường tiểu học tổ chức cho học sinh súc miệng bằng dung dịch fluor hằng tuần, với gần 98 nghìn em tham gia. Mỗi trường được ngân sách tỉnh hỗ trợ 2,5 triệu đồng/năm học để mua dung dịch và cốc súc miệng; tổng kinh phí hỗ trợ ước khoảng 590 triệu đồng. Trung tâm Kiểm soát bệnh tật tỉnh đã trám bít hố rãnh cho 3.420 răng, gấp 1,5 lần năm học trước.

Bà Nguyễn Thị Hằng, Phó Giám đốc Sở Y tế cho biết, năm 2025 tỉnh phấn đấu 100% trường tiểu học triển khai súc miệng fluor, tỷ lệ sâu răng ở học sinh giảm còn dưới 55%. Dự kiến trong quý III/2025, Sở sẽ tập huấn cho khoảng 400 nhân viên y tế trường học tại Trường Chính trị tỉnh (số 2 đường Hoàng Văn Thụ, TP Bắc Giang).

Minh Hương
"""

S = P("Từ đầu năm học 2024-2025 đến nay", "2024-09-01", "2025-04-25")
Y = YEAR("năm 2025", 2025)
FIGS = [
    F("Hơn 126 nghìn học sinh", "126", 126000, "count", "học sinh", "học sinh được khám răng miệng", approx="over"),
    F("cho hơn 126 nghìn học sinh", "126", 126000, "count", "học sinh", "học sinh mầm non, tiểu học, THCS được khám răng miệng", S,
      approx="over", percent=87.5, change=CH("increase", 6.2, "%", "cùng kỳ")),
    F("hiện 74.380 em", "74.380", 74380, "count", "em", "học sinh mắc bệnh răng miệng", I(S), percent=59),
    F("sâu răng 61.250 em", "61.250", 61250, "count", "em", "học sinh sâu răng", I(S), total=74380),
    F("viêm lợi 13.130 em", "13.130", 13130, "count", "em", "học sinh viêm lợi", I(S), total=74380),
    F("Lục Nam (14.820 em)", "14.820", 14820, "count", "em", "học sinh được khám răng miệng", I(S), location="Lục Nam"),
    F("Lạng Giang (13.560 em)", "13.560", 13560, "count", "em", "học sinh được khám răng miệng", I(S), location="Lạng Giang"),
    F("Yên Dũng (11.470 em)", "11.470", 11470, "count", "em", "học sinh được khám răng miệng", I(S), location="Yên Dũng"),
    F("có 235/248 trường", "235", 235, "count", "trường", "trường tiểu học tổ chức cho học sinh súc miệng fluor hằng tuần", total=248),
    F("gần 98 nghìn em", "98", 98000, "count", "em", "học sinh tham gia súc miệng fluor", approx="nearly"),
    F("hỗ trợ 2,5 triệu đồng/năm học", "2,5", 2.5e6, "money", "đồng/năm học", "ngân sách tỉnh hỗ trợ mỗi trường mua dung dịch và cốc súc miệng"),
    F("khoảng 590 triệu đồng", "590", 590e6, "money", "đồng", "tổng kinh phí hỗ trợ súc miệng fluor", approx="about", status="estimate"),
    F("cho 3.420 răng", "3.420", 3420, "count", "răng", "răng được trám bít hố rãnh",
      change=CH("increase", 1.5, "lần", "năm học trước")),
    F("phấn đấu 100%", "100", 100, "percent", "%", "trường tiểu học triển khai súc miệng fluor", Y, status="target"),
    F("dưới 55%", "55", 55, "percent", "%", "tỷ lệ sâu răng ở học sinh", Y, approx="under", status="target"),
    F("khoảng 400 nhân viên", "400", 400, "count", "nhân viên y tế trường học", "nhân viên y tế trường học được tập huấn",
      P("trong quý III/2025", "2025-07-01", "2025-09-30"), approx="about", status="forecast"),
]

NOTES = [
    "Báo Bắc Giang điện tử, tag (BGĐT), 25/4/2025: headline figure and school-year-to-date results.",
    "'Từ đầu năm học 2024-2025 đến nay' = 2024-09-01 .. published date (spec: 'từ ... đến nay' ends at published).",
    "Headline figure is its own record (no period). 74.380 carries 'chiếm 59%'; sâu răng + viêm lợi follow trong đó (sum 74.380).",
    "District list shares the indicator 'số học sinh được khám'; it does not add up to the whole: no total.",
    "235/248 gives total 248. 'gấp 1,5 lần năm học trước' after a count is its change (unit lần).",
    "2,5 triệu đồng/năm học is a per-unit amount (unit keeps the denominator); 'ước khoảng 590 triệu' is an estimate.",
    "Not figures: (BGĐT), quý III/2025 (a period), số 2 đường Hoàng Văn Thụ, the dateline and time.",
]

if __name__ == "__main__":
    write("p1077-8", TEXT, NOTES, FIGS, published="2025-04-25", location="Bắc Giang")
