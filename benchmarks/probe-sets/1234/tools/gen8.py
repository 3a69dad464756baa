"""p1234-8: provincial newspaper online (Báo Bình Thuận, BTO), Tà Cú mountain cable car, huyện Hàm Thuận Nam, 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BÌNH THUẬN ĐIỆN TỬ
Du lịch

Khu du lịch núi Tà Cú: Hơn 285.000 lượt khách trong 9 tháng

27/09/2024 - 16:20

(BTO) - 9 tháng năm 2024, Khu du lịch núi Tà Cú (huyện Hàm Thuận Nam) đón 285.600 lượt khách, tăng 11% so với cùng kỳ, đạt 81,6% kế hoạch năm; trong đó khoảng 78% khách lên núi bằng cáp treo. Doanh thu ước đạt 36,5 tỷ đồng, trong đó doanh thu cáp treo 24,8 tỷ đồng. Riêng dịp lễ Quốc khánh 2/9, khu du lịch đón 9.800 lượt khách.

Tuyến cáp treo Tà Cú dài 1.850 m, đưa khách từ chân núi lên chùa Linh Sơn Trường Thọ ở độ cao khoảng 475 m chỉ trong 10 phút, thay vì gần 2 giờ leo bộ. Trên đỉnh núi có tượng Phật nằm dài 49 m. Giá vé cáp treo khứ hồi đối với người lớn và trẻ em lần lượt là 260.000 đồng và 160.000 đồng. Về lượng khách, Tà Cú xếp thứ hai trong các khu, điểm du lịch của tỉnh, chỉ sau khu vực Mũi Né.

Khu du lịch nằm bên Quốc lộ 1A, thuộc xã Tân Lập. Đơn vị quản lý hiện có 126 lao động, trong đó 84 người là con em địa phương, thu nhập bình quân 6,8 triệu đồng/người/tháng. Anh Nguyễn Văn Lợi ở thôn Lập Phước, xã Tân Lập mở quán cơm chay dưới chân núi, mỗi tháng phục vụ khoảng 3.000 lượt khách, lãi trên 20 triệu đồng.

3 tháng cuối năm, khu du lịch dự kiến đón thêm khoảng 70.000 lượt khách; cả năm 2024 phấn đấu đạt 360.000 lượt.
"""

NINE = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
HEAD = P("trong 9 tháng", "2024-01-01", "2024-09-30")
LAST3 = P("3 tháng cuối năm", "2024-10-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 285.000 lượt", "285.000", 285000, "count", "lượt khách", approx="over",
      subject="lượt khách Khu du lịch núi Tà Cú", period=HEAD),
    F("đón 285.600 lượt", "285.600", 285600, "count", "lượt khách", percent=81.6,
      change=C("increase", 11, "%", "cùng kỳ"), subject="lượt khách Khu du lịch núi Tà Cú đón", period=NINE),
    F("khoảng 78%", "78", 78, "percent", "%", approx="about",
      subject="tỷ lệ khách lên núi bằng cáp treo", period=NINE),
    F("ước đạt 36,5 tỷ", "36,5", 36.5e9, "money", "đồng", status="estimate",
      subject="doanh thu khu du lịch", period=I(NINE)),
    F("cáp treo 24,8 tỷ", "24,8", 24.8e9, "money", "đồng", status="estimate", total=36.5e9,
      subject="doanh thu cáp treo", period=I(NINE)),
    F("đón 9.800 lượt", "9.800", 9800, "count", "lượt khách", subject="lượt khách dịp lễ Quốc khánh"),
    F("dài 1.850 m", "1.850", 1850, "measure", "m", subject="chiều dài tuyến cáp treo Tà Cú"),
    F("khoảng 475 m", "475", 475, "measure", "m", approx="about", subject="độ cao chùa Linh Sơn Trường Thọ"),
    F("trong 10 phút", "10", 10, "measure", "phút", subject="thời gian đi cáp treo lên chùa"),
    F("gần 2 giờ", "2", 2, "measure", "giờ", approx="nearly", subject="thời gian leo bộ"),
    F("dài 49 m", "49", 49, "measure", "m", subject="chiều dài tượng Phật nằm"),
    F("là 260.000 đồng", "260.000", 260000, "money", "đồng", subject="giá vé cáp treo khứ hồi người lớn"),
    F("và 160.000 đồng", "160.000", 160000, "money", "đồng", subject="giá vé cáp treo khứ hồi trẻ em"),
    F("xếp thứ hai", "hai", 2, "rank", "hạng", subject="lượng khách"),
    F("có 126 lao động", "126", 126, "count", "lao động", subject="lao động của đơn vị quản lý khu du lịch"),
    F("84 người", "84", 84, "count", "người", total=126, subject="lao động là con em địa phương"),
    F("6,8 triệu", "6,8", 6.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân lao động"),
    F("khoảng 3.000 lượt", "3.000", 3000, "count", "lượt khách", approx="about",
      subject="lượt khách quán cơm chay phục vụ mỗi tháng"),
    F("trên 20 triệu", "20", 20e6, "money", "đồng", approx="over", subject="lãi mỗi tháng của quán cơm chay"),
    F("khoảng 70.000 lượt", "70.000", 70000, "count", "lượt khách", approx="about", status="forecast",
      subject="lượt khách khu du lịch đón thêm", period=LAST3),
    F("đạt 360.000 lượt", "360.000", 360000, "count", "lượt", status="target",
      subject="lượt khách cả năm", period=Y24),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Thuận): '27/09/2024 - 16:20', tag '(BTO) -'. Tà Cú is in huyện Hàm Thuận Nam (xã Tân Lập):",
    "default location Hàm Thuận Nam; 'Mũi Né' is the comparison, not the place of the rank.",
    "Distractors: time 16:20, 'Quốc khánh 2/9' (a date), 'Quốc lộ 1A', 'thôn Lập Phước'.",
    "'trong đó khoảng 78% khách lên núi bằng cáp treo' is a percent figure of its own; 'trong đó doanh thu cáp treo 24,8 tỷ' has the whole 36,5 tỷ",
    "and continues the 'ước đạt' clause (estimate). '3 tháng cuối năm' (not in the spec's table) = 2024-10-01..2024-12-31. 'xếp thứ hai' → rank 2.",
    "revised after the first run: the rank's subject is the indicator 'lượng khách'; the ranking universe ('trong các khu, điểm du lịch của tỉnh') is not part of it.",
    "'dịp lễ Quốc khánh 2/9' gives no stated span: no period for 9.800. The restaurant's 'mỗi tháng' figures have no period.",
]

if __name__ == "__main__":
    write("p1234-8", TEXT, NOTES, FIGS, published="2024-09-27", location="Hàm Thuận Nam")
