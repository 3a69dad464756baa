"""p1325-7: news agency (TTXVN): Phú Quốc night market food and a community cooking class, February 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kiên Giang: Chợ đêm Phú Quốc hút khách nhờ ẩm thực biển

11/03/2024 10:25

Phú Quốc (TTXVN) - Tháng 2/2024, chợ đêm Phú Quốc (đường 30/4, phường Dương Đông) đón khoảng 210.000 lượt khách, gấp 1,4 lần tháng 1; bình quân mỗi tối có từ 6.000 đến 8.000 lượt khách đến tham quan, ăn uống.

Chợ hiện có 286 gian hàng, trong đó 142 gian hàng hải sản và món ăn đường phố. Giá một phần hải sản nướng phổ biến 150.000-300.000 đồng; nhiều gian hàng niêm yết giá bằng hai thứ tiếng, nhận thanh toán qua mã QR.

Cách trung tâm khoảng 7 km, lớp học nấu ăn của Hợp tác xã Du lịch cộng đồng Rạch Tràm (xã Cửa Dương) mỗi tháng đón 400-450 học viên, chủ yếu là khách Hàn Quốc và Nga. Học phí 800.000 đồng/người cho buổi học 4 giờ, gồm đi chợ, làm gỏi cá trích, bún kèn và pha nước chấm. Bà Nguyễn Thị Kim Dung, Chủ nhiệm hợp tác xã, cho biết năm 2023 lớp học đón gần 4.700 lượt khách, vượt 17% kế hoạch, doanh thu khoảng 3,6 tỷ đồng.

Theo UBND thành phố Phú Quốc, 2 tháng đầu năm 2024, thành phố đón hơn 1,1 triệu lượt khách, tăng 46% so với cùng kỳ, trong đó khách quốc tế đạt 236.000 lượt. Tổng thu du lịch ước đạt 6.200 tỷ đồng. Năm 2024, Phú Quốc đặt mục tiêu đón 7 triệu lượt khách, trong đó 1,2 triệu lượt khách quốc tế.

Lê Huy Hải (TTXVN)
"""

FEB = per("Tháng 2/2024", "2024-02-01", "2024-02-29")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 210.000", "210.000", 210000, "count", "lượt khách", approx="about",
        change=chg("increase", 1.4, "lần", "tháng 1"), subject="lượt khách chợ đêm Phú Quốc đón", period=FEB),
    fig("từ 6.000 đến 8.000", "6.000", 6000, "measure", "lượt khách/tối", value_max=8000,
        subject="lượt khách bình quân mỗi tối đến tham quan, ăn uống", period=FEB),
    fig("có 286 gian hàng", "286", 286, "count", "gian hàng", subject="gian hàng của chợ"),
    fig("142 gian hàng", "142", 142, "count", "gian hàng", total=286,
        subject="gian hàng hải sản và món ăn đường phố"),
    fig("150.000-300.000", "150.000", 150000, "money", "đồng/phần", value_max=300000,
        subject="giá một phần hải sản nướng"),
    fig("bằng hai thứ tiếng", "hai", 2, "count", "thứ tiếng", optional=True),
    fig("khoảng 7 km", "7", 7, "measure", "km", approx="about",
        subject="khoảng cách từ lớp học nấu ăn đến trung tâm"),
    fig("đón 400-450 học viên", "400", 400, "measure", "học viên/tháng", value_max=450,
        subject="học viên lớp học nấu ăn đón mỗi tháng"),
    fig("800.000 đồng", "800.000", 800000, "money", "đồng/người", subject="học phí"),
    fig("buổi học 4 giờ", "4", 4, "measure", "giờ", subject="thời lượng buổi học"),
    fig("gần 4.700 lượt", "4.700", 4700, "count", "lượt khách", approx="nearly",
        change=chg("increase", 17, "%", "kế hoạch"), subject="lượt khách lớp học đón", period=Y23),
    fig("khoảng 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", approx="about", subject="doanh thu của lớp học",
        period=Y23),
    fig("hơn 1,1 triệu", "1,1", 1.1e6, "count", "lượt khách", approx="over",
        change=chg("increase", 46, "%", "cùng kỳ"), subject="lượt khách thành phố đón", period=M2),
    fig("đạt 236.000 lượt", "236.000", 236000, "count", "lượt", total=1.1e6, subject="khách quốc tế",
        period=M2),
    fig("ước đạt 6.200 tỷ", "6.200", 6200e9, "money", "đồng", status="estimate", subject="tổng thu du lịch",
        period=inh(M2)),
    fig("đón 7 triệu", "7", 7e6, "count", "lượt khách", status="target", subject="lượt khách Phú Quốc đón",
        period=Y24),
    fig("1,2 triệu lượt", "1,2", 1.2e6, "count", "lượt khách", status="target", total=7e6,
        subject="lượt khách quốc tế", period=Y24),
]

NOTES = [
    "News agency (TTXVN): headline, '11/03/2024 10:25', 'Phú Quốc (TTXVN) -' lead, byline 'Lê Huy Hải (TTXVN)'.",
    "Distractors: 10:25, 'đường 30/4' (a road name), 'mã QR', 'tháng 1' as a baseline.",
    "All figures are TP Phú Quốc (phường Dương Đông, xã Cửa Dương are in it): location Phú Quốc; the 'Kiên Giang:' kicker does not change it.",
    "'gấp 1,4 lần tháng 1' after an amount → change increase 1.4 lần (baseline tháng 1); 'Tháng 2/2024' also governs the clause after ';'.",
    "'bằng hai thứ tiếng' (bilingual price tags) is an idiom rather than a statistic: optional.",
    "'mỗi tháng đón 400-450 học viên' is a rate (học viên/tháng); 'Cách trung tâm khoảng 7 km' is a distance (measure).",
    "'vượt 17% kế hoạch' → change increase 17% with baseline kế hoạch (spec: a gap to a plan is a change).",
    "'trong đó khách quốc tế đạt 236.000 lượt' → total 1100000 (the whole as written, 'hơn 1,1 triệu').",
    "'Tổng thu du lịch ước đạt 6.200 tỷ đồng.' stands in its own sentence: estimate, period inherited (2 tháng đầu năm 2024).",
    "'đặt mục tiêu' → target for 7 triệu and its 'trong đó' part 1,2 triệu (total 7e6).",
]

if __name__ == "__main__":
    write("p1325-7", TEXT, NOTES, FIGS, published="2024-03-11", location="Phú Quốc")
