"""p616-4: ministry site (Bộ Xây dựng), social housing projects nationwide, as of 30/9/2024."""
from lib import F, P, I, CH, emit

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Nhà ở và thị trường bất động sản
Ngày đăng: 18/10/2024 | Lượt xem: 2.405

Cả nước có 655 dự án nhà ở xã hội đang triển khai

Theo Cục Quản lý nhà và thị trường bất động sản, tính đến ngày 30/9/2024, cả nước có 655 dự án nhà ở xã hội với quy mô khoảng 569.000 căn hộ; trong đó 96 dự án đã hoàn thành (58.200 căn), 160 dự án đã khởi công (140.000 căn) và 399 dự án đã được chấp thuận chủ trương đầu tư (370.800 căn).

Theo Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021-2030", năm 2024 các địa phương phải hoàn thành 130.000 căn; đến nay mới đạt khoảng 38% chỉ tiêu. Các địa phương hoàn thành nhiều là Bắc Ninh (3.470 căn), Hải Phòng (2.960 căn), Bình Dương (2.340 căn) và Quảng Ninh (1.720 căn).

Về gói tín dụng 120.000 tỷ đồng, đến 30/9/2024 các ngân hàng đã giải ngân 1.443 tỷ đồng, đạt 1,2% quy mô gói. Giá bán nhà ở xã hội phổ biến từ 14 đến 20 triệu đồng/m2.

Diện tích nhà ở bình quân toàn quốc năm 2023 đạt khoảng 25,8 m2 sàn/người. Mục tiêu đến năm 2030, diện tích nhà ở bình quân cả nước đạt 32 m2 sàn/người; riêng khu vực đô thị đạt 35 m2 sàn/người, khu vực nông thôn đạt 30 m2 sàn/người.

Cổng TTĐT Bộ Xây dựng - 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội. ĐT: 024.3976.0271
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
NOW = P("đến nay", None, "2024-10-18")
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("Cả nước có 655 dự án", "655", 655, "count", "dự án", "dự án nhà ở xã hội đang triển khai"),
    F("cả nước có 655 dự án", "655", 655, "count", "dự án", "dự án nhà ở xã hội", ASOF),
    F("khoảng 569.000 căn hộ", "569.000", 569000, "count", "căn hộ", "quy mô căn hộ nhà ở xã hội", ASOF,
      approx="about"),
    F("đó 96 dự án", "96", 96, "count", "dự án", "dự án nhà ở xã hội đã hoàn thành", ASOF, total=655),
    F("(58.200 căn)", "58.200", 58200, "count", "căn", "căn hộ của các dự án nhà ở xã hội đã hoàn thành", ASOF,
      total=569000),
    F("160 dự án", "160", 160, "count", "dự án", "dự án nhà ở xã hội đã khởi công", ASOF, total=655),
    F("(140.000 căn)", "140.000", 140000, "count", "căn", "căn hộ của các dự án nhà ở xã hội đã khởi công", ASOF,
      total=569000),
    F("399 dự án", "399", 399, "count", "dự án", "dự án nhà ở xã hội đã được chấp thuận chủ trương đầu tư", ASOF,
      total=655),
    F("(370.800 căn)", "370.800", 370800, "count", "căn",
      "căn hộ của các dự án nhà ở xã hội đã được chấp thuận chủ trương đầu tư", ASOF, total=569000),
    F("ít nhất 1 triệu căn hộ", "1", 1000000, "count", "căn hộ", "căn hộ nhà ở xã hội đầu tư xây dựng",
      approx="at_least", status="target", optional=True),
    F("hoàn thành 130.000 căn", "130.000", 130000, "count", "căn", "căn hộ nhà ở xã hội các địa phương phải hoàn thành",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 38%", "38", 38, "percent", "%", "tỷ lệ hoàn thành chỉ tiêu nhà ở xã hội năm 2024", NOW, approx="about"),
    F("(3.470 căn)", "3.470", 3470, "count", "căn", "căn hộ nhà ở xã hội hoàn thành", I(NOW), location="Bắc Ninh"),
    F("(2.960 căn)", "2.960", 2960, "count", "căn", "căn hộ nhà ở xã hội hoàn thành", I(NOW), location="Hải Phòng"),
    F("(2.340 căn)", "2.340", 2340, "count", "căn", "căn hộ nhà ở xã hội hoàn thành", I(NOW), location="Bình Dương"),
    F("(1.720 căn)", "1.720", 1720, "count", "căn", "căn hộ nhà ở xã hội hoàn thành", I(NOW), location="Quảng Ninh"),
    F("gói tín dụng 120.000 tỷ đồng", "120.000", 120000000000000, "money", "đồng",
      "gói tín dụng cho vay nhà ở xã hội", optional=True),
    F("giải ngân 1.443 tỷ đồng", "1.443", 1443000000000, "money", "đồng", "vốn gói tín dụng nhà ở xã hội đã giải ngân",
      P("đến 30/9/2024", None, "2024-09-30"), percent=1.2),
    F("từ 14 đến 20 triệu", "14", 14000000, "money", "đồng/m2", "giá bán nhà ở xã hội", value_max=20000000),
    F("khoảng 25,8 m2", "25,8", 25.8, "measure", "m2 sàn/người", "diện tích nhà ở bình quân toàn quốc",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("đạt 32 m2", "32", 32, "measure", "m2 sàn/người", "diện tích nhà ở bình quân cả nước", T30, status="target"),
    F("đạt 35 m2", "35", 35, "measure", "m2 sàn/người", "diện tích nhà ở bình quân khu vực đô thị", T30,
      status="target"),
    F("đạt 30 m2", "30", 30, "measure", "m2 sàn/người", "diện tích nhà ở bình quân khu vực nông thôn", T30,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Xây dựng: dự án nhà ở xã hội cả nước tính đến 30/9/2024; gói tín dụng; diện tích nhà ở bình quân. National figures: Việt Nam.",
    "'Ngày đăng: 18/10/2024 | Lượt xem: 2.405': dateline and counter. 'giai đoạn 2021-2030', address '37 Lê Đại Hành', phone: not figures.",
    "Project parts 96 + 160 + 399 = 655 and flat parts 58.200 + 140.000 + 370.800 = 569.000 follow 'trong đó': totals by unit.",
    "'ít nhất 1 triệu căn hộ' in the Đề án's name and 'gói tín dụng 120.000 tỷ đồng' (a package's name) are optional.",
    "'năm 2024 … phải hoàn thành 130.000 căn' is a target; 'đến nay mới đạt khoảng 38%' is as-of the dateline.",
    "Province items take the list's indicator; their period is inherited. 'riêng khu vực đô thị …' are targets of their own (no total: averages).",
]

if __name__ == "__main__":
    emit("p616-4", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Việt Nam")
