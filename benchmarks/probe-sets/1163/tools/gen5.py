"""p1163-5: Party newspaper (Báo Bình Định), wood pellet exports and a pellet plant in Phù Cát."""
from lib import F, P, I, C, T, write

TEXT = """Viên nén gỗ Bình Định giữ đà xuất khẩu

Quý I/2024, các doanh nghiệp trên địa bàn tỉnh xuất khẩu 312.000 tấn viên nén gỗ, kim ngạch đạt 41,5 triệu USD, tăng 9,2% so với cùng kỳ, chiếm 12,4% tổng kim ngạch xuất khẩu của tỉnh.

Tại Cụm công nghiệp Cát Nhơn (huyện Phù Cát), nằm sát Quốc lộ 1, Công ty TNHH Năng lượng Sinh khối Phù Cát vận hành ba dây chuyền ép viên, công suất 8 tấn/giờ mỗi dây chuyền. Năm 2023, công ty sản xuất 52.000 tấn viên nén, doanh thu 175 tỷ đồng. Riêng năm 2024, công ty đã ký hợp đồng xuất khẩu 78.000 tấn sang Hàn Quốc, gấp 1,5 lần sản lượng năm 2023.

Giám đốc công ty, ông Lê Văn Thành, cho biết mỗi ngày nhà máy cần khoảng 250 tấn mùn cưa, dăm gỗ keo, giá thu mua tại cổng nhà máy 1.200-1.350 đồng/kg. Công ty hiện có 85 công nhân, trong đó 62 người là lao động địa phương, thu nhập bình quân 8,5 triệu đồng/người/tháng. Để chủ động nguồn nguyên liệu, công ty liên kết với gần 400 hộ trồng keo ở các xã Cát Sơn, Cát Lâm với diện tích khoảng 1.600 ha.

Toàn tỉnh hiện có 24 nhà máy sản xuất viên nén, tổng công suất khoảng 1,2 triệu tấn/năm. Năm 2024, tỉnh phấn đấu kim ngạch xuất khẩu viên nén đạt 170 triệu USD; dự kiến có thêm 4 nhà máy đi vào hoạt động. Theo Sở Công Thương, hiện mới có 11/24 nhà máy có chứng chỉ quản lý rừng bền vững FSC.

NGỌC TÚ
15/05/2024
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24r = P("Riêng năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
PC = "Phù Cát"

FIGS = [
    F("xuất khẩu 312.000 tấn", "312.000", 312000, "measure", "tấn", subject="viên nén gỗ xuất khẩu", period=Q1),
    F("đạt 41,5 triệu USD", "41,5", 41.5e6, "money", "USD", percent=12.4,
      change=C("increase", 9.2, "%", "cùng kỳ"), subject="kim ngạch xuất khẩu viên nén gỗ", period=Q1),
    F("vận hành ba dây chuyền", "ba", 3, "count", "dây chuyền", subject="dây chuyền ép viên của công ty",
      location=PC),
    F("công suất 8 tấn/giờ", "8", 8, "measure", "tấn/giờ", subject="công suất mỗi dây chuyền ép viên",
      location=PC),
    F("sản xuất 52.000 tấn", "52.000", 52000, "measure", "tấn", subject="viên nén công ty sản xuất",
      period=Y23, location=PC),
    F("doanh thu 175 tỷ đồng", "175", 175e9, "money", "đồng", subject="doanh thu của công ty", period=Y23,
      location=PC),
    F("xuất khẩu 78.000 tấn", "78.000", 78000, "measure", "tấn",
      change=C("increase", 1.5, "lần", "sản lượng năm 2023"),
      subject="viên nén công ty ký hợp đồng xuất khẩu sang Hàn Quốc", period=Y24r, location=PC),
    F("khoảng 250 tấn", "250", 250, "measure", "tấn", approx="about",
      subject="mùn cưa, dăm gỗ keo nhà máy cần mỗi ngày", location=PC),
    F("1.200-1.350", "1.200", 1200, "money", "đồng/kg", value_max=1350,
      subject="giá thu mua mùn cưa, dăm gỗ keo tại cổng nhà máy", location=PC),
    F("có 85 công nhân", "85", 85, "count", "công nhân", subject="công nhân của công ty", location=PC),
    F("62 người", "62", 62, "count", "người", total=85, subject="công nhân là lao động địa phương", location=PC),
    F("8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân công nhân",
      location=PC),
    F("gần 400 hộ", "400", 400, "count", "hộ", approx="nearly", subject="hộ trồng keo liên kết với công ty",
      location=PC),
    F("khoảng 1.600 ha", "1.600", 1600, "measure", "ha", approx="about",
      subject="diện tích keo của hộ liên kết với công ty", location=PC),
    F("có 24 nhà máy", "24", 24, "count", "nhà máy", subject="nhà máy sản xuất viên nén"),
    F("khoảng 1,2 triệu tấn/năm", "1,2", 1.2e6, "measure", "tấn/năm", approx="about",
      subject="tổng công suất nhà máy sản xuất viên nén"),
    F("đạt 170 triệu USD", "170", 170e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu viên nén", period=Y24),
    F("thêm 4 nhà máy", "4", 4, "count", "nhà máy", status="forecast",
      subject="nhà máy viên nén đi vào hoạt động thêm", period=Y24),
    F("có 11/24 nhà máy", "11", 11, "count", "nhà máy", total=24,
      subject="nhà máy có chứng chỉ quản lý rừng bền vững FSC"),
]

NOTES = [
    "Party newspaper (Báo Bình Định): byline 'NGỌC TÚ' and bare date '15/05/2024' at the end (published).",
    "Company passage placed in huyện Phù Cát (Cụm công nghiệp Cát Nhơn): its figures take location Phù Cát, also in the following",
    "sentences (Giám đốc công ty..., Công ty hiện có..., công ty liên kết...). Province figures: Bình Định.",
    "'ba dây chuyền' is a number word (count 3). 'gấp 1,5 lần sản lượng năm 2023' after 78.000 tấn is its change (lần).",
    "'8 tấn/giờ mỗi dây chuyền' is a rate (measure, tấn/giờ). '11/24 nhà máy' gives total 24. '62 người' after 'trong đó' takes total 85.",
    "Distractors: 'Quốc lộ 1', 'Cụm công nghiệp Cát Nhơn', the bare date line. 'Quý I/2024' is a period.",
]

if __name__ == "__main__":
    write("p1163-5", TEXT, NOTES, FIGS, published="2024-05-15", location="Bình Định")
