"""p1163-1: An Giang province portal, rice husk (trấu) used as biomass fuel, 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

An Giang: 80% lượng trấu được tận dụng làm chất đốt sinh khối

Cập nhật: 24/10/2024 14:20 | Lượt xem: 2.418

(angiang.gov.vn) - 9 tháng đầu năm 2024, các nhà máy xay xát lúa trên địa bàn tỉnh thải ra khoảng 640.000 tấn trấu. Trong đó, 512.000 tấn được thu gom làm chất đốt và nguyên liệu sản xuất viên nén, chiếm 80%, tăng 48.000 tấn so với cùng kỳ năm 2023; phần còn lại chủ yếu dùng làm đệm lót chuồng nuôi và phân bón.

Toàn tỉnh hiện có 27 cơ sở sản xuất củi trấu, viên nén trấu, tập trung tại các huyện Châu Thành (9 cơ sở), Thoại Sơn (7 cơ sở) và Chợ Mới (5 cơ sở), tổng công suất khoảng 210.000 tấn/năm.

Tại huyện Thoại Sơn, Công ty TNHH Năng lượng xanh Phú Hòa (tỉnh lộ 943, ấp Phú Hữu) mỗi ngày thu mua khoảng 120 tấn trấu để ép viên. Năm 2023, công ty xuất khẩu 18.500 tấn viên nén trấu sang Hàn Quốc, Nhật Bản, doanh thu đạt 62 tỷ đồng. Giá bán viên nén của công ty hiện dao động từ 95 đến 105 USD/tấn; doanh nghiệp giải quyết việc làm cho 46 lao động với mức lương bình quân 7,8 triệu đồng/người/tháng.

Theo Sở Công Thương, trong quý III, giá trấu rời tại các nhà máy xay xát dao động 700-900 đồng/kg, cao hơn khoảng 30% so với cùng kỳ; củi trấu bán ra khoảng 2.300 đồng/kg.

Năm 2025, tỉnh phấn đấu nâng tỷ lệ trấu được tận dụng lên 85%, thu hút thêm 3 dự án sản xuất viên nén với tổng vốn đầu tư dự kiến khoảng 450 tỷ đồng.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q3 = P("quý III", "2023-07-01", "2023-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
TS = "Thoại Sơn"
CS = "cơ sở sản xuất củi trấu, viên nén trấu"

FIGS = [
    F("An Giang: 80% lượng", "80", 80, "percent", "%",
      subject="lượng trấu được tận dụng làm chất đốt sinh khối"),
    F("khoảng 640.000 tấn", "640.000", 640000, "measure", "tấn", approx="about",
      subject="trấu các nhà máy xay xát lúa thải ra", period=NINE),
    F("512.000 tấn", "512.000", 512000, "measure", "tấn", total=640000, percent=80,
      change=C("increase", 48000, "tấn", "cùng kỳ năm 2023"),
      subject="trấu được thu gom làm chất đốt và nguyên liệu sản xuất viên nén", period=I(NINE)),
    F("hiện có 27 cơ sở", "27", 27, "count", "cơ sở", subject=CS),
    F("Châu Thành (9 cơ sở)", "9", 9, "count", "cơ sở", subject=CS, location="Châu Thành"),
    F("Thoại Sơn (7 cơ sở)", "7", 7, "count", "cơ sở", subject=CS, location=TS),
    F("Chợ Mới (5 cơ sở)", "5", 5, "count", "cơ sở", subject=CS, location="Chợ Mới"),
    F("khoảng 210.000 tấn/năm", "210.000", 210000, "measure", "tấn/năm", approx="about",
      subject="tổng công suất cơ sở sản xuất củi trấu, viên nén trấu"),
    F("khoảng 120 tấn trấu", "120", 120, "measure", "tấn", approx="about",
      subject="trấu công ty thu mua mỗi ngày để ép viên", location=TS),
    F("xuất khẩu 18.500 tấn", "18.500", 18500, "measure", "tấn",
      subject="viên nén trấu công ty xuất khẩu", period=Y23, location=TS),
    F("đạt 62 tỷ đồng", "62", 62e9, "money", "đồng", subject="doanh thu của công ty", period=Y23, location=TS),
    F("từ 95 đến 105 USD/tấn", "95", 95, "money", "USD/tấn", value_max=105,
      subject="giá bán viên nén của công ty", location=TS),
    F("cho 46 lao động", "46", 46, "count", "lao động", subject="lao động doanh nghiệp giải quyết việc làm",
      location=TS),
    F("7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng", subject="mức lương bình quân lao động của công ty",
      location=TS),
    F("dao động 700-900 đồng/kg", "700", 700, "money", "đồng/kg", value_max=900,
      change=C("increase", 30, "%", "cùng kỳ", approx="about"),
      subject="giá trấu rời tại các nhà máy xay xát", period=Q3),
    F("khoảng 2.300 đồng/kg", "2.300", 2300, "money", "đồng/kg", approx="about",
      subject="giá củi trấu bán ra", period=Q3),
    F("lên 85%", "85", 85, "percent", "%", status="target", subject="tỷ lệ trấu được tận dụng", period=Y25),
    F("thêm 3 dự án", "3", 3, "count", "dự án", status="target",
      subject="dự án sản xuất viên nén thu hút thêm", period=Y25),
    F("khoảng 450 tỷ đồng", "450", 450e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn đầu tư dự án sản xuất viên nén", period=Y25),
]

NOTES = [
    "Province portal (An Giang): rice husk collected as biomass fuel, 9 months 2024. 'Cập nhật: 24/10/2024 14:20 | Lượt xem: 2.418'.",
    "Distractors: view counter 2.418, time 14:20, 'tỉnh lộ 943', datelines. District list 9+7+5 does not add up to 27: no total.",
    "512.000 tấn follows 'Trong đó' after 640.000 tấn (same thing, same period): total; 'chiếm 80%' is its percent; 'tăng 48.000 tấn' its change.",
    "Company passage placed in huyện Thoại Sơn: its figures take location Thoại Sơn.",
    "revised: year-less 'quý III' takes 2023, the year of the nearest earlier period ('Năm 2023' of the company passage), by FIGURES.md §3;",
    "a reader of an article dated 24/10/2024 would say quý III/2024 (was 2024 in the first run).",
    "'tổng vốn đầu tư dự kiến' is forecast (dự kiến governs its own figure); the other 2025 figures are targets (phấn đấu).",
]

if __name__ == "__main__":
    write("p1163-1", TEXT, NOTES, FIGS, published="2024-10-24", location="An Giang")
