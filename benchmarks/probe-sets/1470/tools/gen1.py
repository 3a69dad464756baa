"""p1470-1: province portal (Nam Định): wheelbarrow output of the Vân Chàng craft village, 9 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng thông tin điện tử tỉnh Nam Định
Trang chủ > Tin tức - Sự kiện > Kinh tế

Làng nghề Vân Chàng xuất xưởng hơn 180 nghìn xe rùa trong 9 tháng

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Theo UBND huyện Nam Trực, 9 tháng đầu năm 2024, các cơ sở cơ khí tại làng nghề Vân Chàng (xã Nam Giang) đã sản xuất khoảng 182.500 chiếc xe rùa, xe cút kít các loại, tăng 8,3% so với cùng kỳ năm 2023, bằng 76% kế hoạch năm. Giá trị sản xuất ước đạt 146 tỷ đồng.

Toàn làng hiện có 27 doanh nghiệp và 312 hộ làm cơ khí, trong đó 85 hộ chuyên sản xuất xe rùa, xe cút kít. Nghề làm xe rùa thu hút gần 1.400 lao động, thu nhập từ 8 đến 12 triệu đồng/người/tháng.

Công ty TNHH Cơ khí Hưng Thịnh là một trong những đơn vị lớn nhất của làng nghề. Mỗi ngày, xưởng của công ty xuất xưởng khoảng 450 chiếc xe rùa mẫu XR-65 và XR-90. Theo ông Trần Văn Lực, Giám đốc công ty, giá bán buôn mỗi chiếc xe rùa dao động 520.000-680.000 đồng tùy loại; năm 2023 doanh thu của công ty đạt 39 tỷ đồng, gấp đôi năm 2020.

Sản phẩm của làng nghề đã có mặt tại 42 tỉnh, thành phố; riêng 9 tháng qua có khoảng 15% sản lượng được xuất sang Lào và Campuchia.

Quý IV, các cơ sở phấn đấu sản xuất thêm 57.000 chiếc, đưa sản lượng cả năm lên trên 240.000 chiếc. Theo Quyết định số 2154/QĐ-UBND của UBND tỉnh, cụm công nghiệp làng nghề Vân Chàng dự kiến được mở rộng thêm 12 ha.

Tin liên quan:
- Nam Định: Khai mạc Hội chợ Công Thương vùng đồng bằng Bắc Bộ năm 2024
- Xã Nam Giang đạt chuẩn nông thôn mới nâng cao
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_Q = per("9 tháng qua", "2024-01-01", "2024-09-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 180 nghìn xe rùa", "180", 180e3, "count", "xe rùa", approx="over",
        subject="xe rùa làng nghề Vân Chàng xuất xưởng", period=NINE_H),
    fig("khoảng 182.500 chiếc", "182.500", 182500, "count", "chiếc", approx="about", percent=76,
        change=chg("increase", 8.3, "%", "cùng kỳ năm 2023"),
        subject="xe rùa, xe cút kít các cơ sở cơ khí tại làng nghề Vân Chàng sản xuất", period=NINE),
    fig("ước đạt 146 tỷ", "146", 146e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=inh(NINE)),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", subject="doanh nghiệp làm cơ khí"),
    fig("và 312 hộ", "312", 312, "count", "hộ", subject="hộ làm cơ khí"),
    fig("trong đó 85 hộ", "85", 85, "count", "hộ", total=312, subject="hộ chuyên sản xuất xe rùa, xe cút kít"),
    fig("gần 1.400 lao động", "1.400", 1400, "count", "lao động", approx="nearly",
        subject="lao động nghề làm xe rùa thu hút"),
    fig("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=12e6,
        subject="thu nhập lao động nghề làm xe rùa"),
    fig("khoảng 450 chiếc", "450", 450, "measure", "chiếc/ngày", approx="about",
        subject="xe rùa xưởng của Công ty TNHH Cơ khí Hưng Thịnh xuất xưởng mỗi ngày"),
    fig("520.000-680.000 đồng", "520.000", 520000, "money", "đồng/chiếc", value_max=680000,
        subject="giá bán buôn mỗi chiếc xe rùa"),
    fig("đạt 39 tỷ", "39", 39e9, "money", "đồng", change=chg("increase", 2, "lần", "năm 2020"),
        subject="doanh thu của công ty", period=Y23),
    fig("tại 42 tỉnh", "42", 42, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có sản phẩm của làng nghề", location="Việt Nam"),
    fig("khoảng 15% sản lượng", "15", 15, "percent", "%", approx="about",
        subject="tỷ lệ sản lượng được xuất sang Lào và Campuchia", period=NINE_Q),
    fig("thêm 57.000 chiếc", "57.000", 57000, "count", "chiếc", status="target",
        subject="xe rùa, xe cút kít các cơ sở sản xuất thêm", period=Q4),
    fig("trên 240.000 chiếc", "240.000", 240000, "count", "chiếc", approx="over", status="target",
        subject="sản lượng cả năm", period=YEAR),
    fig("thêm 12 ha", "12", 12, "measure", "ha", status="forecast",
        subject="diện tích mở rộng cụm công nghiệp làng nghề Vân Chàng"),
]

NOTES = [
    "Province portal (Nam Định): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286', related links.",
    "Distractors: 09:35, Lượt xem 1.286, mẫu XR-65 / XR-90, 'một trong những đơn vị', Quyết định số 2154/QĐ-UBND, 'năm 2024' in a link.",
    "The village lies in xã Nam Giang, huyện Nam Trực: default location Nam Trực; '42 tỉnh, thành phố' is a count of provinces → Việt Nam.",
    "Year-less '9 tháng' (headline), '9 tháng qua', 'Quý IV', 'cả năm' take 2024 (dateline / nearest earlier period).",
    "'tăng 8,3% so với cùng kỳ năm 2023, bằng 76% kế hoạch năm' → change + percent; 'gấp đôi năm 2020' → change 2 lần.",
    "'trong đó 85 hộ' follows '312 hộ' (same thing counted) → total 312; '27 doanh nghiệp' is a sibling, not the whole.",
    "'Mỗi ngày ... khoảng 450 chiếc' is a rate (chiếc/ngày); 'giá bán buôn mỗi chiếc' → đồng/chiếc; 'dự kiến được mở rộng thêm 12 ha' → forecast.",
]

if __name__ == "__main__":
    write("p1470-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Nam Trực")
