"""p1368-5: provincial Party newspaper (Báo Bắc Giang): school dental care in huyện Lục Ngạn."""
from lib import F, period, inherit, change, target, write

TEXT = """Báo Bắc Giang điện tử
Xã hội

Lục Ngạn: Đưa nha học đường về trường vùng cao

Thứ Ba, 12/11/2024 07:15

(BGĐT) - Nhờ chương trình nha học đường, tỷ lệ sâu răng ở học sinh tiểu học huyện Lục Ngạn đã giảm từ 86% năm 2021 xuống 72,5% năm 2024.

Sáng đầu tuần, tại Trường Tiểu học Sa Lý, bác sĩ Hoàng Văn Thắng, Trạm Y tế xã Sa Lý, cùng hai nhân viên y tế khám răng cho 186 học sinh. Trong đó, 121 em bị sâu răng, 37 em có cao răng. "Có em mới học lớp 2 đã có 4-5 răng sâu", bác sĩ Thắng nói. Cô Lương Thị Mai, Hiệu trưởng nhà trường, cho biết trường có 412 học sinh thuộc 9 dân tộc, phần lớn ở bán trú.

Theo Trung tâm Y tế huyện Lục Ngạn, từ đầu năm học đến nay đã khám cho 9.640 học sinh tại 32 trường, trám răng miễn phí cho 2.115 em. Hiện 100% trường tiểu học trên địa bàn tổ chức cho học sinh chải răng sau bữa ăn bán trú, song chỉ 14/32 trường có phòng y tế đủ dụng cụ khám răng.

Kinh phí mua ghế nha và dụng cụ cho mỗi phòng nha học đường khoảng 120-150 triệu đồng. Năm 2025, huyện dự kiến đầu tư thêm 4 phòng nha tại các xã Sa Lý, Phong Minh, Tân Sơn và Cấm Sơn, tổng kinh phí gần 560 triệu đồng.

Toàn tỉnh Bắc Giang hiện có 38 phòng nha học đường, đứng thứ 3 khu vực trung du và miền núi phía Bắc về số phòng nha. Mục tiêu đến năm 2026, mỗi huyện có ít nhất 5 phòng nha học đường.

MINH HẰNG
"""

Y21 = period("năm 2021", "2021-01-01", "2021-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
SYTD = period("từ đầu năm học đến nay", "2024-09-01", "2024-11-12")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
T26 = period("đến năm 2026", None, "2026-12-31")
BG = "Bắc Giang"

FIGS = [
    F("từ 86%", "86", 86, "percent", "%", subject="tỷ lệ sâu răng ở học sinh tiểu học", per=Y21),
    F("xuống 72,5%", "72,5", 72.5, "percent", "%", subject="tỷ lệ sâu răng ở học sinh tiểu học", per=Y24),
    F("hai nhân viên", "hai", 2, "count", "nhân viên y tế", subject="nhân viên y tế khám răng"),
    F("cho 186 học sinh", "186", 186, "count", "học sinh", subject="học sinh được khám răng"),
    F("121 em", "121", 121, "count", "em", total=186, subject="em bị sâu răng"),
    F("37 em", "37", 37, "count", "em", total=186, subject="em có cao răng"),
    F("có 4-5 răng", "4", 4, "count", "răng sâu", value_max=5, subject="răng sâu của em học lớp 2"),
    F("có 412 học sinh", "412", 412, "count", "học sinh", subject="học sinh của trường"),
    F("thuộc 9 dân tộc", "9", 9, "count", "dân tộc", subject="dân tộc của học sinh trong trường"),
    F("cho 9.640 học sinh", "9.640", 9640, "count", "học sinh", subject="học sinh được khám", per=SYTD),
    F("tại 32 trường", "32", 32, "count", "trường", subject="trường có học sinh được khám", per=SYTD),
    F("cho 2.115 em", "2.115", 2115, "count", "em", subject="em được trám răng miễn phí", per=SYTD),
    F("Hiện 100%", "100", 100, "percent", "%",
      subject="trường tiểu học tổ chức cho học sinh chải răng sau bữa ăn bán trú"),
    F("14/32 trường", "14", 14, "count", "trường", total=32,
      subject="trường có phòng y tế đủ dụng cụ khám răng"),
    F("khoảng 120-150 triệu", "120", 120e6, "money", "đồng/phòng", value_max=150e6, approx="about",
      subject="kinh phí mua ghế nha và dụng cụ cho mỗi phòng nha học đường"),
    F("thêm 4 phòng", "4", 4, "count", "phòng nha", status="forecast",
      subject="phòng nha huyện đầu tư thêm", per=Y25),
    F("gần 560 triệu", "560", 560e6, "money", "đồng", approx="nearly", status="forecast",
      subject="tổng kinh phí đầu tư phòng nha", per=Y25),
    F("có 38 phòng", "38", 38, "count", "phòng nha học đường", subject="phòng nha học đường",
      location=BG),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject="số phòng nha", location=BG),
    F("ít nhất 5 phòng", "5", 5, "measure", "phòng nha học đường/huyện", approx="at_least",
      status="target", subject="phòng nha học đường mỗi huyện", per=T26, location=BG),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): section, headline, 'Thứ Ba, 12/11/2024 07:15', tag '(BGĐT) -', byline at the end.",
    "Distractors: 07:15, 'Trường Tiểu học Sa Lý', 'lớp 2', 'Sáng đầu tuần', the BGĐT tag.",
    "'giảm từ 86% năm 2021 xuống 72,5% năm 2024': two levels, each with its own year; no change number is written, so no change.",
    "'Trong đó' after the sentence break: 121 and 37 take total 186 (same unit, same check-up).",
    "'từ đầu năm học đến nay': from 1 September 2024 (start of the school year, this set's convention) to the dateline.",
    "'14/32 trường' → total 32. 'cho mỗi phòng nha học đường khoảng 120-150 triệu đồng' → range, unit đồng/phòng.",
    "The Lục Ngạn passage is located in the district; the last paragraph ('Toàn tỉnh Bắc Giang') in the province.",
    "'mỗi huyện có ít nhất 5 phòng' is a per-district target (unit phòng nha học đường/huyện), start null, end 2026-12-31.",
    "revised after the first run: subjects of figures counted in 'em' use 'em' as the sentence names it (were 'học sinh ...').",
]
if __name__ == "__main__":
    write("p1368-5", TEXT, NOTES, FIGS, published="2024-11-12", location="Lục Ngạn")
