"""p696-6: national press (VnExpress style) — giá thuê màn hình LED, bảng quảng cáo tấm lớn ở TP HCM (6/2024)."""
from lib import F, P, INH, CH, emit

TEXT = """Kinh doanh › Thị trường
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Giá thuê màn hình LED quảng cáo ở trung tâm TP HCM lên tới 450 triệu đồng mỗi tháng

Nhu cầu quảng cáo ngoài trời phục hồi khiến tỷ lệ lấp đầy màn hình LED ở khu trung tâm TP HCM đạt 85-90%, cao hơn khoảng 15 điểm phần trăm so với cùng kỳ năm ngoái.

Theo khảo sát của một công ty nghiên cứu thị trường, giá thuê một màn hình LED diện tích 60 m2 tại vòng xoay Phù Đổng hay ngã tư Hàng Xanh dao động 300-450 triệu đồng mỗi tháng, tăng 20% so với năm 2023. Với bảng quảng cáo tấm lớn dọc đường dẫn vào sân bay Tân Sơn Nhất, giá thuê khoảng 1,2-1,5 tỷ đồng mỗi năm.

Theo Sở Văn hóa và Thể thao TP HCM, tính đến cuối tháng 5/2024, thành phố có 1.087 màn hình LED quảng cáo ngoài trời được cấp phép, gấp 2,5 lần năm 2019; trong đó khoảng 70% tập trung tại 6 quận trung tâm. Tổng doanh thu quảng cáo ngoài trời của thành phố năm 2023 ước khoảng 3.400 tỷ đồng, chiếm gần 40% cả nước.

Ông Trần Minh Khoa, giám đốc một công ty quảng cáo có trụ sở tại số 45 Lê Duẩn, quận 1, cho biết doanh thu 5 tháng đầu năm 2024 của công ty tăng 32% so với cùng kỳ, trong khi chi phí điện cho mỗi màn hình khoảng 25-30 triệu đồng/tháng.

"Chúng tôi dự kiến đầu tư thêm 12 màn hình LED trong năm nay, tổng vốn khoảng 60 tỷ đồng", ông Khoa nói.

Hà An
"""

MAY = P("tính đến cuối tháng 5/2024", None, "2024-05-31")
THIS = P("trong năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("lên tới 450 triệu đồng", "450", 450000000, "money", "đồng/tháng",
      "giá thuê màn hình LED quảng cáo ở trung tâm TP HCM"),
    F("đạt 85-90%", "85", 85, "percent", "%", "tỷ lệ lấp đầy màn hình LED ở khu trung tâm", value_max=90,
      change=CH("increase", 15, unit="điểm phần trăm", baseline="cùng kỳ năm ngoái", approx="about")),
    F("diện tích 60 m2", "60", 60, "measure", "m2", "diện tích màn hình LED", optional=True),
    F("dao động 300-450 triệu đồng", "300", 300000000, "money", "đồng/tháng",
      "giá thuê một màn hình LED tại vòng xoay Phù Đổng hay ngã tư Hàng Xanh", value_max=450000000,
      change=CH("increase", 20, baseline="năm 2023")),
    F("khoảng 1,2-1,5 tỷ đồng", "1,2", 1200000000, "money", "đồng/năm",
      "giá thuê bảng quảng cáo tấm lớn dọc đường dẫn vào sân bay Tân Sơn Nhất", value_max=1500000000, approx="about"),
    F("có 1.087 màn hình", "1.087", 1087, "count", "màn hình LED",
      "màn hình LED quảng cáo ngoài trời được cấp phép", MAY,
      change=CH("increase", 2.5, unit="lần", baseline="năm 2019")),
    F("khoảng 70%", "70", 70, "percent", "%", "màn hình LED tập trung tại 6 quận trung tâm", MAY, approx="about"),
    F("tại 6 quận", "6", 6, "count", "quận", "quận trung tâm", optional=True),
    F("ước khoảng 3.400 tỷ đồng", "3.400", 3400000000000, "money", "đồng",
      "tổng doanh thu quảng cáo ngoài trời của thành phố", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="about", percent=40, status="estimate"),
    F("tăng 32%", "32", 32, "percent", "%", "doanh thu của công ty quảng cáo",
      P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")),
    F("khoảng 25-30 triệu đồng/tháng", "25", 25000000, "money", "đồng/tháng", "chi phí điện cho mỗi màn hình",
      value_max=30000000, approx="about"),
    F("thêm 12 màn hình", "12", 12, "count", "màn hình LED", "màn hình LED đầu tư thêm", THIS, status="forecast"),
    F("khoảng 60 tỷ đồng", "60", 60000000000, "money", "đồng", "tổng vốn đầu tư màn hình LED", THIS, approx="about",
      status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style): `Thứ hai, 3/6/2024, 07:00 (GMT+7)` (published), byline at the end. LED screens and billboards in TP HCM.",
    "Not figures: `(GMT+7)`, `07:00`, `số 45 Lê Duẩn, quận 1`, `năm 2019`/`năm 2023` as baselines.",
    "Rates `… triệu đồng mỗi tháng` are money with the rate in the unit (`đồng/tháng`, `đồng/năm`). Headline `lên tới` (reaches, as much as) is exact.",
    "revised: `lên tới 450 triệu đồng` was first annotated at_most; FIGURES.md ties at_most to tối đa/không quá/nhiều nhất, and",
    "`lên tới` states the amount reached (the top of the 300-450 range), so approx is exact.",
    "`cao hơn khoảng 15 điểm phần trăm so với cùng kỳ năm ngoái` is the change of the occupancy range (unit điểm phần trăm).",
    "`gấp 2,5 lần năm 2019` after 1.087 screens is its change (lần). `trong đó khoảng 70%` has no base amount: a percent figure.",
    "`chiếm gần 40% cả nước` → percent 40 of 3.400 tỷ. `6 quận trung tâm`, `60 m2` (size of the priced screen) optional.",
    "`trong năm nay` = 2024 (published). `dự kiến` → forecast for the quote's two figures.",
]

if __name__ == "__main__":
    emit("p696-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="TP Hồ Chí Minh")
