"""p1503-4: provincial Party newspaper (Báo Bắc Giang điện tử, tag '(BGĐT) -'): a stainless-steel kitchen-cabinet workshop in thị xã Việt Yên."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Doanh nghiệp - Doanh nhân

Việt Yên: Xưởng tủ bếp inox mỗi tháng xuất gần 70 bộ

Thứ Ba, 12/11/2024 | 07:15

(BGĐT) - Từ tiệm gò hàn nhỏ, anh Trần Minh Khôi ở phường Nếnh (thị xã Việt Yên) đã gây dựng xưởng tủ bếp inox có doanh thu gần 10 tỷ đồng mỗi năm.

Năm 2016, anh Khôi mở tiệm với 3 thợ, chủ yếu làm cửa sắt, lan can. Nhận thấy nhu cầu tủ bếp inox của công nhân và các gia đình quanh khu công nghiệp Đình Trám, Quang Châu tăng nhanh, năm 2019 anh chuyển hẳn sang làm tủ bếp bằng inox 304. Hiện xưởng rộng khoảng 800 m2, có 22 công nhân, trong đó 6 thợ hàn bậc cao; mỗi tháng xuất xưởng 60-70 bộ tủ bếp. Giá tủ bếp inox của xưởng từ 4,5 đến 7 triệu đồng/mét dài, cao hơn tủ gỗ công nghiệp khoảng 15-20% nhưng bền, không mối mọt, chịu ẩm tốt.

Năm 2023, xưởng đạt doanh thu 9,6 tỷ đồng, lợi nhuận hơn 1,5 tỷ đồng; thu nhập của công nhân bình quân 10,5 triệu đồng/người/tháng. 10 tháng năm nay, doanh thu ước đạt 8,7 tỷ đồng, tăng 11% so với cùng kỳ. Anh Khôi dự kiến năm 2025 đầu tư thêm một máy chấn CNC khoảng 850 triệu đồng, nâng công suất lên 100 bộ mỗi tháng.

Theo Sở Công Thương, toàn tỉnh hiện có khoảng 70 cơ sở sản xuất tủ bếp, trong đó 14 cơ sở làm tủ bếp inox, tập trung ở Việt Yên, TP Bắc Giang và huyện Lạng Giang. Xưởng của anh Khôi là một trong những mô hình khởi nghiệp tiêu biểu của tỉnh năm 2024.

THU HƯƠNG
"""

Y16 = per("Năm 2016", "2016-01-01", "2016-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng năm nay", "2024-01-01", "2024-10-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
VY = "Việt Yên"

FIGS = [
    fig("xuất gần 70 bộ", "70", 70, "measure", "bộ/tháng", approx="nearly",
        subject="tủ bếp inox xưởng xuất mỗi tháng"),
    fig("gần 10 tỷ", "10", 10e9, "money", "đồng/năm", approx="nearly", subject="doanh thu xưởng tủ bếp inox"),
    fig("với 3 thợ", "3", 3, "count", "thợ", subject="thợ của tiệm anh Khôi mở", period=Y16),
    fig("khoảng 800 m2", "800", 800, "measure", "m2", approx="about", subject="diện tích xưởng"),
    fig("có 22 công nhân", "22", 22, "count", "công nhân", subject="công nhân của xưởng"),
    fig("6 thợ hàn", "6", 6, "count", "thợ hàn", total=22, subject="thợ hàn bậc cao"),
    fig("60-70 bộ", "60", 60, "measure", "bộ tủ bếp/tháng", value_max=70, subject="tủ bếp xưởng xuất xưởng mỗi tháng"),
    fig("từ 4,5 đến 7 triệu", "4,5", 4.5e6, "money", "đồng/mét dài", value_max=7e6,
        change=chg("increase", 15, "%", "tủ gỗ công nghiệp", "about"), subject="giá tủ bếp inox của xưởng"),
    fig("doanh thu 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", subject="doanh thu của xưởng", period=Y23, location=VY),
    fig("hơn 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="over", subject="lợi nhuận", period=Y23),
    fig("bình quân 10,5 triệu", "10,5", 10.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của công nhân", period=Y23),
    fig("ước đạt 8,7 tỷ", "8,7", 8.7e9, "money", "đồng", status="estimate",
        change=chg("increase", 11, "%", "cùng kỳ"), subject="doanh thu", period=M10),
    fig("thêm một máy", "một", 1, "count", "máy chấn CNC", status="forecast",
        subject="máy chấn CNC anh Khôi đầu tư thêm", period=Y25),
    fig("khoảng 850 triệu", "850", 850e6, "money", "đồng", approx="about", status="forecast",
        subject="vốn đầu tư máy chấn CNC", period=Y25),
    fig("lên 100 bộ", "100", 100, "measure", "bộ/tháng", status="forecast", subject="công suất của xưởng",
        period=Y25),
    fig("khoảng 70 cơ sở", "70", 70, "count", "cơ sở", approx="about", subject="cơ sở sản xuất tủ bếp",
        location="Bắc Giang"),
    fig("14 cơ sở", "14", 14, "count", "cơ sở", total=70, subject="cơ sở làm tủ bếp inox", location="Bắc Giang"),
]
for f in FIGS:
    f.setdefault("location", VY)

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang điện tử): headline figure, 'Thứ Ba, 12/11/2024 | 07:15', tag '(BGĐT) -' sapo, byline at the end.",
    "Distractors: 07:15, '(BGĐT)', 'inox 304' (a steel grade), founding years 'Năm 2016'/'năm 2019', 'một trong những mô hình', 'năm 2024' of a title.",
    "The workshop's figures are in thị xã Việt Yên; the province's counts (Sở Công Thương) are Bắc Giang.",
    "'mỗi tháng ... 60-70 bộ', headline 'mỗi tháng xuất gần 70 bộ', 'lên 100 bộ mỗi tháng', sapo 'gần 10 tỷ đồng mỗi năm' are rates (unit .../tháng, .../năm).",
    "'cao hơn tủ gỗ công nghiệp khoảng 15-20%' is the change of the price figure (value 15, about); it is not a figure of its own.",
    "'10 tháng năm nay' takes 2024 from the dateline. 'dự kiến năm 2025 ...' governs the investment and the new capacity (forecast).",
    "'Năm 2023' governs the clauses after ';' (lợi nhuận, thu nhập). 'Hiện' figures get no period.",
]

if __name__ == "__main__":
    write("p1503-4", TEXT, NOTES, FIGS, published="2024-11-12")
