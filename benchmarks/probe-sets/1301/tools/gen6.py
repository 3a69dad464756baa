"""p1301-6: provincial Party newspaper (Báo Kiên Giang): golf in TP Phú Quốc, one course, 6 months 2024, plans."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO KIÊN GIANG ĐIỆN TỬ
Thứ Hai, 08/07/2024 | 07:30

Phú Quốc: Golf thành "thỏi nam châm" hút khách cao cấp

(BKG) - Với 2 sân golf đạt chuẩn quốc tế và nhiều giải đấu lớn, du lịch golf đang góp phần nâng chất lượng khách du lịch đến TP Phú Quốc.

Sân golf Rạng Đông tại xã Gành Dầu có quy mô 27 lỗ, nằm trong quần thể nghỉ dưỡng rộng 340 ha. Ông Lê Hoàng Nam, Giám đốc điều hành sân, cho biết 6 tháng đầu năm, sân đón 19.600 lượt golfer, tăng 24% so với cùng kỳ, trong đó khách Hàn Quốc chiếm khoảng 55%.

Sân hiện có 310 nhân viên, trong đó 180 caddie là người địa phương. Thu nhập của caddie bình quân 10-14 triệu đồng/tháng, có tháng cao điểm lên tới 20 triệu đồng. Giá chơi 18 lỗ cho khách vãng lai là 3,2 triệu đồng/vòng; khách lưu trú tại khu nghỉ dưỡng được giảm 30%.

Theo Sở Du lịch Kiên Giang, 6 tháng đầu năm 2024, Phú Quốc đón gần 4,6 triệu lượt khách, trong đó khoảng 32.000 lượt khách chơi golf. Chi tiêu bình quân của khách golf ước 8-10 triệu đồng/ngày.

Năm nay, Phú Quốc dự kiến đăng cai 3 giải golf quốc tế, trong đó có 1 giải thuộc hệ thống Asian Tour với tổng giải thưởng 1 triệu USD. Theo Quy hoạch tỉnh Kiên Giang, đến năm 2030, thành phố có thêm 3 sân golf với tổng diện tích khoảng 600 ha.

THANH TÂM

Tags: du lịch golf, Phú Quốc, Asian Tour
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1Y = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
TO2030 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("Với 2 sân golf", "2", 2, "count", "sân golf", subject="sân golf đạt chuẩn quốc tế"),
    fig("quy mô 27 lỗ", "27", 27, "count", "lỗ", subject="quy mô Sân golf Rạng Đông"),
    fig("rộng 340 ha", "340", 340, "measure", "ha", subject="diện tích quần thể nghỉ dưỡng"),
    fig("đón 19.600 lượt", "19.600", 19600, "count", "lượt golfer",
        change=chg("increase", 24, "%", "cùng kỳ"), subject="lượt golfer sân đón", period=H1),
    fig("chiếm khoảng 55%", "55", 55, "percent", "%", approx="about",
        subject="khách Hàn Quốc trong lượt golfer của sân", period=H1),
    fig("có 310 nhân viên", "310", 310, "count", "nhân viên", subject="nhân viên của sân"),
    fig("180 caddie", "180", 180, "count", "caddie", total=310, subject="caddie là người địa phương"),
    fig("bình quân 10-14 triệu", "10", 10e6, "money", "đồng/tháng", value_max=14e6,
        subject="thu nhập bình quân của caddie"),
    fig("lên tới 20 triệu", "20", 20e6, "money", "đồng", subject="thu nhập của caddie tháng cao điểm"),
    fig("chơi 18 lỗ", "18", 18, "count", "lỗ", optional=True),
    fig("là 3,2 triệu", "3,2", 3.2e6, "money", "đồng/vòng", subject="giá chơi 18 lỗ cho khách vãng lai"),
    fig("giảm 30%", "30", 30, "percent", "%", subject="mức giảm giá cho khách lưu trú tại khu nghỉ dưỡng"),
    fig("gần 4,6 triệu", "4,6", 4.6e6, "count", "lượt khách", approx="nearly",
        subject="lượt khách đón", period=H1Y),
    fig("khoảng 32.000 lượt", "32.000", 32000, "count", "lượt khách chơi golf", approx="about", total=4.6e6,
        subject="lượt khách chơi golf", period=H1Y),
    fig("ước 8-10 triệu", "8", 8e6, "money", "đồng/ngày", value_max=10e6, status="estimate",
        subject="chi tiêu bình quân của khách golf"),
    fig("đăng cai 3 giải", "3", 3, "count", "giải golf quốc tế", status="forecast",
        subject="giải golf quốc tế đăng cai", period=NOW),
    fig("có 1 giải", "1", 1, "count", "giải", total=3, status="forecast",
        subject="giải thuộc hệ thống Asian Tour", period=NOW),
    fig("thưởng 1 triệu USD", "1", 1e6, "money", "USD", status="forecast",
        subject="tổng giải thưởng giải thuộc hệ thống Asian Tour", period=NOW),
    fig("thêm 3 sân golf", "3", 3, "count", "sân golf", status="target",
        subject="sân golf thành phố có thêm", period=TO2030),
    fig("khoảng 600 ha", "600", 600, "measure", "ha", approx="about", status="target",
        subject="tổng diện tích các sân golf có thêm", period=TO2030),
]

NOTES = [
    "Provincial Party newspaper (Báo Kiên Giang): 'Thứ Hai, 08/07/2024 | 07:30', headline, sapo with tag '(BKG) -', byline, tags.",
    "Distractors: 07:30, 'Asian Tour' (name), 'Quy hoạch tỉnh Kiên Giang', 'đến năm 2030'; 'chơi 18 lỗ' is a product spec (optional).",
    "All figures describe TP Phú Quốc (default location); xã Gành Dầu is below district level.",
    "Year-less '6 tháng đầu năm' takes 2024 from the dateline. 'trong đó khách Hàn Quốc chiếm khoảng 55%' is a percent figure.",
    "'310 nhân viên, trong đó 180 caddie' → total 310; 'gần 4,6 triệu lượt khách, trong đó khoảng 32.000 lượt khách chơi golf' → total.",
    "'lên tới 20 triệu đồng' keeps approx exact ('lên tới' is not a cue of the spec). 'khách lưu trú ... được giảm 30%' is a discount",
    "for another group of guests, a percent figure of its own, not a change of the 3,2 triệu price (borderline).",
    "revised after the first run: 'Phú Quốc' removed from two subjects (the place is the location, not the indicator).",
    "'ước 8-10 triệu đồng/ngày' → estimate. 'Năm nay, ... dự kiến' → forecast for the 3 events, the 1 Asian Tour event and its 1 triệu USD purse.",
]

if __name__ == "__main__":
    write("p1301-6", TEXT, NOTES, FIGS, published="2024-07-08", location="Phú Quốc")
