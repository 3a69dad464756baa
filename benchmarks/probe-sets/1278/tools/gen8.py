"""p1278-8: radio/TV site (Đài PT-TH Nghệ An): Micronutrient Day in huyện Kỳ Sơn, vitamin A and multi-micronutrient tablets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """NGHỆ AN TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Thời sự | Xã hội | Y tế | Video

Kỳ Sơn ra quân Ngày Vi chất dinh dưỡng năm 2024

01/06/2024 | 17:20

Sáng 1/6, Trung tâm Y tế huyện Kỳ Sơn tổ chức lễ ra quân hưởng ứng Ngày Vi chất dinh dưỡng 1-2/6 tại xã Mường Xén. Trong hai ngày 1 và 2/6, toàn huyện bố trí 142 điểm uống vitamin A và cấp viên đa vi chất tại 21 xã, thị trấn.

Năm nay, huyện dự kiến cho khoảng 6.800 trẻ em uống vitamin A, trong đó gần 1.000 trẻ dưới 1 tuổi; cấp viên đa vi chất cho hơn 720 phụ nữ mang thai và bà mẹ sau sinh.

Năm 2023, tỷ lệ thiếu máu ở phụ nữ mang thai của Kỳ Sơn là 30,6%, cao thứ hai toàn tỉnh, chỉ sau huyện Quế Phong. Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em của huyện vẫn ở mức 38,2%, gấp hơn 2 lần bình quân của tỉnh.

Năm 2024, Kỳ Sơn được cấp khoảng 86.000 viên đa vi chất, tăng 12.000 viên so với năm 2023, từ nguồn kinh phí của Dự án 7 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.

Bác sĩ Moong Văn Tình, Giám đốc Trung tâm Y tế huyện, cho biết: "Mục tiêu đến năm 2025, huyện giảm tỷ lệ thiếu máu ở phụ nữ mang thai xuống còn 25%, bình quân mỗi năm giảm từ 1,5 đến 2 điểm phần trăm".

Hữu Vinh - Lô Hoa/NTV

Tin cùng chuyên mục:
- Nghệ An: Hơn 300 cán bộ y tế được tập huấn về dinh dưỡng
- Video: Bản tin Thời sự 19h45 ngày 31/5/2024
"""

DAYS = per("Trong hai ngày 1 và 2/6", "2024-06-01", "2024-06-02")
Y24N = per("Năm nay", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
PW = "tỷ lệ thiếu máu ở phụ nữ mang thai"

FIGS = [
    fig("bố trí 142 điểm", "142", 142, "count", "điểm",
        subject="điểm uống vitamin A và cấp viên đa vi chất", period=DAYS),
    fig("tại 21 xã", "21", 21, "count", "xã, thị trấn", subject="xã, thị trấn có điểm uống vitamin A",
        period=DAYS),
    fig("khoảng 6.800 trẻ", "6.800", 6800, "count", "trẻ em", approx="about", status="forecast",
        subject="trẻ em uống vitamin A", period=Y24N),
    fig("gần 1.000 trẻ", "1.000", 1000, "count", "trẻ", approx="nearly", total=6800, status="forecast",
        subject="trẻ dưới 1 tuổi uống vitamin A", period=Y24N),
    fig("dưới 1 tuổi", "1", 1, "measure", "tuổi", approx="under", optional=True),
    fig("hơn 720 phụ nữ", "720", 720, "count", "phụ nữ", approx="over", status="forecast",
        subject="phụ nữ mang thai và bà mẹ sau sinh được cấp viên đa vi chất", period=Y24N),
    fig("là 30,6%", "30,6", 30.6, "percent", "%", subject=PW, period=Y23),
    fig("cao thứ hai", "hai", 2, "rank", "hạng", subject=PW, period=Y23),
    fig("mức 38,2%", "38,2", 38.2, "percent", "%",
        change=chg("increase", 2, "lần", "bình quân của tỉnh", approx="over"),
        subject="tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em", period=inh(Y23)),
    fig("khoảng 86.000 viên", "86.000", 86000, "count", "viên", approx="about",
        change=chg("increase", 12000, "viên", "năm 2023"), subject="viên đa vi chất được cấp", period=Y24),
    fig("Hơn 300 cán bộ", "300", 300, "count", "cán bộ y tế", approx="over", optional=True),
    fig("còn 25%", "25", 25, "percent", "%", status="target", subject=PW, period=T25),
    fig("từ 1,5 đến 2", "1,5", 1.5, "measure", "điểm phần trăm", value_max=2, status="target",
        subject="mức giảm tỷ lệ thiếu máu ở phụ nữ mang thai bình quân mỗi năm", period=T25),
]

NOTES = [
    "Radio/TV site (Nghệ An TV): menu, '01/06/2024 | 17:20', byline 'Hữu Vinh - Lô Hoa/NTV', 'Tin cùng chuyên mục' with a figure in",
    "a link title ('Hơn 300 cán bộ').",
    "The link title's count is optional: page furniture by place, a statement by content (real doubt).",
    "Distractors: 'Sáng 1/6', 'Ngày Vi chất dinh dưỡng 1-2/6', 'hai ngày' in 'Trong hai ngày 1 và 2/6' (a duration that locates the",
    "event; the phrase is the period of 142 điểm and 21 xã: 2024-06-01..2024-06-02), 'Dự án 7',",
    "'19h45 ngày 31/5/2024', 17:20.",
    "Location: huyện Kỳ Sơn throughout (xã Mường Xén is a commune; 'chỉ sau huyện Quế Phong' names the district ahead in the rank).",
    "'Năm nay' = 2024 (dateline). 'dự kiến' → forecast for 6.800, its part 1.000 (trong đó → total 6.800) and 720 (same clause chain).",
    "'cao thứ hai toàn tỉnh' → rank 2, located in Kỳ Sơn. 'gấp hơn 2 lần bình quân của tỉnh' → change of 38,2% (unit lần, over).",
    "'tăng 12.000 viên so với năm 2023' → change in viên. The yearly reduction 'từ 1,5 đến 2 điểm phần trăm' is a target figure of its",
    "own (measure, điểm phần trăm), in the same sentence as 'đến năm 2025'.",
    "'dưới 1 tuổi' is optional (age bound, as in the shared gold).",
]

if __name__ == "__main__":
    write("p1278-8", TEXT, NOTES, FIGS, published="2024-06-01", location="Kỳ Sơn")
