"""p1252-4: provincial newspaper (Báo Bắc Giang, tag BGĐT): a childcare group in thị xã Việt Yên and the town's figures."""
from lib import fig, per, chg, write

TEXT = """Báo Bắc Giang điện tử
Xã hội | Giáo dục

Nhóm trẻ "giữ chân" công nhân ở Việt Yên

Cập nhật lúc 07:15, 21/10/2024

Những năm gần đây, nhiều nhóm trẻ độc lập mọc lên quanh các khu công nghiệp Đình Trám, Quang Châu, Vân Trung, giúp hàng nghìn công nhân yên tâm làm việc.

(BGĐT) - Sáu giờ sáng, khi chị Lương Thị Thắm, công nhân một doanh nghiệp điện tử ở Khu công nghiệp Quang Châu, gửi con tại Nhóm trẻ Hoa Mai (phường Nếnh), trong lớp đã có gần chục cháu.

Nhóm trẻ do cô Nguyễn Thị Hậu mở từ năm 2016, hiện có 4 phòng nuôi dưỡng với tổng diện tích khoảng 180 m2, nhận 76 cháu từ 12 đến 36 tháng tuổi. Hơn 90% phụ huynh là công nhân làm theo ca nên nhóm mở cửa từ 6 giờ đến 18 giờ 30, kể cả thứ Bảy. Học phí 1,7 triệu đồng/cháu/tháng, đã gồm tiền ăn; riêng con công nhân có hoàn cảnh khó khăn chỉ đóng 1,3 triệu đồng. Nhóm có 6 cô giáo và nhân viên, trong đó 4 người có bằng trung cấp sư phạm mầm non trở lên. Năm 2023, nhóm được hỗ trợ hơn 52 triệu đồng theo chính sách dành cho con công nhân.

Theo Phòng Giáo dục và Đào tạo thị xã Việt Yên, toàn thị xã có 73 nhóm trẻ độc lập, nuôi dưỡng gần 2.900 trẻ, phần lớn là con công nhân. 9 tháng đầu năm nay, thị xã chi hơn 2,1 tỷ đồng, tăng 15% so với cùng kỳ, hỗ trợ 1.380 trẻ và 245 giáo viên. Việt Yên đứng thứ hai toàn tỉnh về số nhóm trẻ độc lập, sau thành phố Bắc Giang.

"Nhiều nhóm còn chật, thiếu sân chơi. Thời gian tới, thị xã ưu tiên quỹ đất xây thêm trường mầm non công lập ở các phường đông công nhân", bà Trần Thị Lụa, Trưởng phòng Giáo dục và Đào tạo thị xã cho biết. Theo kế hoạch, đến năm 2025, thị xã phấn đấu 100% nhóm trẻ độc lập đủ điều kiện được cấp phép.

THU HÀ
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NINE = per("9 tháng đầu năm nay", "2024-01-01", "2024-09-30")
T25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("hàng nghìn công nhân", "nghìn", 1000, "count", "công nhân", approx="about",
        subject="công nhân yên tâm làm việc", optional=True),
    fig("gần chục cháu", "chục", 10, "count", "cháu", approx="nearly", subject="cháu trong lớp"),
    fig("có 4 phòng", "4", 4, "count", "phòng", subject="phòng nuôi dưỡng của nhóm trẻ"),
    fig("khoảng 180 m2", "180", 180, "measure", "m2", approx="about",
        subject="tổng diện tích phòng nuôi dưỡng"),
    fig("nhận 76 cháu", "76", 76, "count", "cháu", subject="cháu nhóm trẻ nhận"),
    fig("từ 12 đến 36 tháng", "12", 12, "measure", "tháng tuổi", value_max=36,
        subject="độ tuổi cháu nhóm trẻ nhận", optional=True),
    fig("Hơn 90%", "90", 90, "percent", "%", approx="over", subject="phụ huynh là công nhân làm theo ca"),
    fig("Học phí 1,7 triệu", "1,7", 1.7e6, "money", "đồng/cháu/tháng", subject="học phí"),
    fig("đóng 1,3 triệu", "1,3", 1.3e6, "money", "đồng",
        subject="học phí con công nhân có hoàn cảnh khó khăn đóng"),
    fig("có 6 cô giáo", "6", 6, "count", "cô giáo và nhân viên", subject="cô giáo và nhân viên của nhóm"),
    fig("trong đó 4 người", "4", 4, "count", "người", total=6,
        subject="người có bằng trung cấp sư phạm mầm non trở lên"),
    fig("hơn 52 triệu", "52", 52e6, "money", "đồng", approx="over",
        subject="hỗ trợ theo chính sách dành cho con công nhân nhóm được nhận", period=Y23),
    fig("có 73 nhóm", "73", 73, "count", "nhóm trẻ", subject="nhóm trẻ độc lập"),
    fig("gần 2.900 trẻ", "2.900", 2900, "count", "trẻ", approx="nearly", subject="trẻ được nuôi dưỡng"),
    fig("hơn 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", approx="over",
        change=chg("increase", 15, "%", "cùng kỳ"), subject="kinh phí thị xã chi hỗ trợ", period=NINE),
    fig("hỗ trợ 1.380 trẻ", "1.380", 1380, "count", "trẻ", subject="trẻ được hỗ trợ", period=NINE),
    fig("và 245 giáo viên", "245", 245, "count", "giáo viên", subject="giáo viên được hỗ trợ", period=NINE),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số nhóm trẻ độc lập"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="nhóm trẻ độc lập đủ điều kiện được cấp phép", period=T25),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): 'Cập nhật lúc 07:15, 21/10/2024', sapo, tag '(BGĐT) -', byline THU HÀ at the end.",
    "Distractors: 'Sáu giờ sáng' and 'từ 6 giờ đến 18 giờ 30' (times of day), 'thứ Bảy', founding year 'năm 2016', 07:15.",
    "All figures are about thị xã Việt Yên (the group in phường Nếnh, then the town's totals): default location Việt Yên.",
    "'gần chục cháu' is a number word (chục = 10), nearly. Sapo 'hàng nghìn công nhân' is vague → optional (about 1000).",
    "'nhận 76 cháu từ 12 đến 36 tháng tuổi': the age band describes who is admitted, not a quantity of the world → optional.",
    "'chỉ đóng 1,3 triệu đồng': a fee of its own (money, unit đồng; the rate is implied by the sentence before).",
    "'6 cô giáo và nhân viên, trong đó 4 người' → total 6. 'Năm 2023' governs 52 triệu.",
    "'9 tháng đầu năm nay' takes the year of the dateline (2024). 'chi hơn 2,1 tỷ đồng, tăng 15% so với cùng kỳ' → change of 2,1 tỷ.",
    "'đứng thứ hai toàn tỉnh về số nhóm trẻ độc lập' → rank 2, subject = the ranked indicator, location Việt Yên.",
    "'đến năm 2025, thị xã phấn đấu 100%' → target, period end 2025-12-31, start null.",
]

if __name__ == "__main__":
    write("p1252-4", TEXT, NOTES, FIGS, published="2024-10-21", location="Việt Yên")
