"""p1325-8: provincial radio/TV site (TRT Thừa Thiên Huế): royal-cuisine cooking classes and food tours, 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THỪA THIÊN HUẾ
Thời sự | Kinh tế | Văn hóa - Du lịch | Truyền hình | Phát thanh

Ẩm thực cung đình - sản phẩm du lịch riêng có của Huế

Đăng lúc: 08:30 - 27/11/2023 | Nghe audio

(TRT) - Huế có hơn 1.700 món ăn trong tổng số khoảng 3.000 món ăn truyền thống của Việt Nam, trong đó khoảng 125 món ẩm thực cung đình. Đây là lợi thế để tỉnh phát triển tour ẩm thực và lớp học nấu ăn cho du khách.

Tại phường Kim Long, nhà hàng - lớp học Ngự Thiện Viên (số 7 Kim Long) mỗi tuần tổ chức 10 buổi học nấu món cung đình, mỗi buổi từ 8 đến 12 học viên, học phí 1,2 triệu đồng/người. 10 tháng đầu năm 2023, cơ sở đón 3.150 lượt học viên, doanh thu 3,4 tỷ đồng, bằng 96,7% kế hoạch năm.

Theo Sở Du lịch, toàn tỉnh có 23 doanh nghiệp khai thác tour ẩm thực Huế. Ước năm 2023, các lớp học nấu ăn và tour ẩm thực phục vụ khoảng 38.000 lượt khách, gấp đôi năm 2022; doanh thu ước đạt 41 tỷ đồng. Phố ẩm thực Phạm Ngũ Lão - Chu Văn An - Võ Thị Sáu thu hút 2.000-3.000 lượt khách mỗi tối.

Tỉnh phấn đấu đến năm 2025 có ít nhất 5 cơ sở lớp học nấu ăn đạt chuẩn, tour ẩm thực chiếm 15-20% lượt khách lưu trú. Ẩm thực cung đình sẽ là điểm nhấn của Festival Huế 2024.

Hồng Nhung - Thanh Tùng (TRT)
Từ khóa: ẩm thực Huế, du lịch, Festival Huế
"""

M10 = per("10 tháng đầu năm 2023", "2023-01-01", "2023-10-31")
Y23 = per("Ước năm 2023", "2023-01-01", "2023-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn 1.700 món", "1.700", 1700, "count", "món ăn", approx="over", total=3000,
        subject="món ăn truyền thống của Huế"),
    fig("khoảng 125 món", "125", 125, "count", "món", approx="about", total=1700,
        subject="món ẩm thực cung đình"),
    fig("tổ chức 10 buổi", "10", 10, "measure", "buổi học/tuần",
        subject="buổi học nấu món cung đình Ngự Thiện Viên tổ chức mỗi tuần"),
    fig("từ 8 đến 12", "8", 8, "measure", "học viên/buổi", value_max=12, subject="học viên mỗi buổi"),
    fig("1,2 triệu đồng", "1,2", 1.2e6, "money", "đồng/người", subject="học phí"),
    fig("đón 3.150 lượt", "3.150", 3150, "count", "lượt học viên", subject="lượt học viên cơ sở đón",
        period=M10),
    fig("doanh thu 3,4 tỷ", "3,4", 3.4e9, "money", "đồng", percent=96.7, subject="doanh thu của cơ sở",
        period=M10),
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
        subject="doanh nghiệp khai thác tour ẩm thực Huế"),
    fig("khoảng 38.000", "38.000", 38000, "count", "lượt khách", approx="about", status="estimate",
        change=chg("increase", 2, "lần", "năm 2022"),
        subject="lượt khách các lớp học nấu ăn và tour ẩm thực phục vụ", period=Y23),
    fig("ước đạt 41 tỷ", "41", 41e9, "money", "đồng", status="estimate",
        subject="doanh thu các lớp học nấu ăn và tour ẩm thực", period=Y23),
    fig("2.000-3.000", "2.000", 2000, "measure", "lượt khách/tối", value_max=3000,
        subject="lượt khách phố ẩm thực Phạm Ngũ Lão - Chu Văn An - Võ Thị Sáu thu hút mỗi tối"),
    fig("ít nhất 5 cơ sở", "5", 5, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở lớp học nấu ăn đạt chuẩn", period=TO25),
    fig("chiếm 15-20%", "15", 15, "percent", "%", value_max=20, status="target",
        subject="tour ẩm thực chiếm lượt khách lưu trú", period=TO25),
]

NOTES = [
    "Provincial radio/TV site (TRT): station banner, menu, 'Đăng lúc: 08:30 - 27/11/2023 | Nghe audio', tag '(TRT) -', byline, keywords.",
    "Distractors: 08:30, 'số 7 Kim Long', 'Festival Huế 2024' (a name with a year), '(TRT)'.",
    "'hơn 1.700 món ăn trong tổng số khoảng 3.000 món' → total 3000 (the whole is an attribute, not a figure);",
    "'trong đó khoảng 125 món ẩm thực cung đình' follows the 1.700 → total 1700.",
    "Location: the province (Thừa Thiên Huế) throughout; 'Huế' in the lead is read as the province (borderline: TP Huế is also a city);",
    "phường Kim Long names only a ward, so the class keeps the province.",
    "'mỗi tuần tổ chức 10 buổi', 'mỗi buổi từ 8 đến 12 học viên', '2.000-3.000 lượt khách mỗi tối' are rates (measure, unit with denominator).",
    "'bằng 96,7% kế hoạch năm' → percent attribute. 'Ước năm 2023' → estimate, and it governs the clause after ';' ('ước đạt 41 tỷ').",
    "'gấp đôi năm 2022' after an amount → change increase 2 lần.",
    "revised after the first run: unit of '10 buổi học' 'buổi/tuần' → 'buổi học/tuần' (the counted noun is the compound 'buổi học').",
    "'phấn đấu đến năm 2025' → target for both clauses (start null, end 2025-12-31); 'chiếm 15-20%' is a percent range figure.",
]

if __name__ == "__main__":
    write("p1325-8", TEXT, NOTES, FIGS, published="2023-11-27", location="Thừa Thiên Huế")
