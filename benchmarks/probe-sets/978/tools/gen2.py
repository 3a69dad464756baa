"""p978-2: district portal (huyện Nga Sơn, Thanh Hóa) - sedge (cói) production and exports, first half of 2023."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGA SƠN
Trang chủ / Tin tức / Kinh tế

Nghề cói 6 tháng đầu năm: giá trị sản xuất tăng 6,8%

Thứ Ba, 20/06/2023 - 10:45

Sáu tháng đầu năm 2023, giá trị sản xuất ngành cói của huyện Nga Sơn ước đạt 312 tỷ đồng, tăng 6,8% so với cùng kỳ, chiếm 21,5% giá trị sản xuất công nghiệp - tiểu thủ công nghiệp toàn huyện.

Toàn huyện hiện có 1.050 ha cói, nhiều nhất ở các xã Nga Tân (210 ha), Nga Thiện (145 ha) và Nga Thủy (98 ha). Năng suất bình quân đạt 11,2 tấn/ha; sản lượng cói cả năm ước đạt 11.760 tấn. Chợ cói Nga Văn nằm sát Quốc lộ 10 và Tỉnh lộ 524, mỗi phiên giao dịch khoảng 40 tấn cói.

Trên địa bàn có 7 doanh nghiệp và 42 cơ sở thu mua, chế biến hàng cói xuất khẩu. Từ đầu năm đến nay, các đơn vị đã xuất khẩu gần 2,1 triệu sản phẩm (chiếu, thảm, túi, hộp), giá trị khoảng 9,4 triệu USD, chủ yếu sang Nhật Bản, Hàn Quốc và châu Âu.

Nghề dệt chiếu, đan cói tạo việc làm cho hơn 14.000 lao động, trong đó khoảng 3.500 lao động là người cao tuổi; thu nhập từ 120.000 đến 180.000 đồng/người/ngày. Giá cói nguyên liệu loại 1 hiện ở mức 8.500 đồng/kg, giảm 1.500 đồng/kg so với cuối năm 2022 do đơn hàng sụt giảm.

Thực hiện Đề án số 05-ĐA/HU của Huyện ủy, huyện phấn đấu đến năm 2025 giá trị sản xuất ngành cói đạt 700 tỷ đồng, duy trì ổn định khoảng 1.000 ha cói. Năm 2023, huyện dự kiến hỗ trợ 1,2 tỷ đồng cho các cơ sở đầu tư máy dệt chiếu tự động.

Lê Thảo - Trung tâm VH-TT&TT huyện
"""

H1 = P("Sáu tháng đầu năm 2023", "2023-01-01", "2023-06-30")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-06-20")
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("giá trị sản xuất tăng 6,8%", "6,8", 6.8, "percent", "%", subject="giá trị sản xuất nghề cói",
      period=P("6 tháng đầu năm", "2023-01-01", "2023-06-30")),
    F("ước đạt 312 tỷ đồng", "312", 312e9, "money", "đồng", status="estimate", percent=21.5,
      change=C("increase", 6.8, baseline="cùng kỳ"), subject="giá trị sản xuất ngành cói", period=H1),
    F("có 1.050 ha cói", "1.050", 1050, "measure", "ha", subject="diện tích cói"),
    F("Nga Tân (210 ha)", "210", 210, "measure", "ha", subject="diện tích cói"),
    F("Nga Thiện (145 ha)", "145", 145, "measure", "ha", subject="diện tích cói"),
    F("Nga Thủy (98 ha)", "98", 98, "measure", "ha", subject="diện tích cói"),
    F("đạt 11,2 tấn/ha", "11,2", 11.2, "measure", "tấn/ha", subject="năng suất cói bình quân"),
    F("ước đạt 11.760 tấn", "11.760", 11760, "measure", "tấn", status="estimate", subject="sản lượng cói cả năm",
      period=P("cả năm", "2023-01-01", "2023-12-31")),
    F("khoảng 40 tấn cói", "40", 40, "measure", "tấn/phiên", approx="about", subject="lượng cói giao dịch mỗi phiên tại chợ cói Nga Văn"),
    F("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", subject="doanh nghiệp thu mua, chế biến hàng cói xuất khẩu"),
    F("và 42 cơ sở", "42", 42, "count", "cơ sở", subject="cơ sở thu mua, chế biến hàng cói xuất khẩu"),
    F("gần 2,1 triệu sản phẩm", "2,1", 2.1e6, "count", "sản phẩm", approx="nearly", subject="sản phẩm cói xuất khẩu", period=YTD),
    F("khoảng 9,4 triệu USD", "9,4", 9.4e6, "money", "USD", approx="about", subject="giá trị xuất khẩu sản phẩm cói", period=YTD),
    F("hơn 14.000 lao động", "14.000", 14000, "count", "lao động", approx="over", subject="lao động nghề dệt chiếu, đan cói"),
    F("khoảng 3.500 lao động", "3.500", 3500, "count", "lao động", approx="about", total=14000,
      subject="lao động là người cao tuổi"),
    F("từ 120.000 đến 180.000", "120.000", 120000, "money", "đồng/người/ngày", value_max=180000,
      subject="thu nhập lao động dệt chiếu, đan cói"),
    F("mức 8.500 đồng/kg", "8.500", 8500, "money", "đồng/kg", change=C("decrease", 1500, "đồng/kg", "cuối năm 2022"),
      subject="giá cói nguyên liệu loại 1"),
    F("đạt 700 tỷ đồng", "700", 700e9, "money", "đồng", status="target", subject="giá trị sản xuất ngành cói", period=T25),
    F("khoảng 1.000 ha", "1.000", 1000, "measure", "ha", approx="about", status="target", subject="diện tích cói", period=T25),
    F("hỗ trợ 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", status="forecast",
      subject="hỗ trợ cơ sở đầu tư máy dệt chiếu tự động", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
]
NOTES = [
    "Cổng TTĐT huyện Nga Sơn (Thanh Hóa): ngành cói 6 tháng đầu năm 2023. Dateline 'Thứ Ba, 20/06/2023 - 10:45'.",
    "Headline growth rate 'tăng 6,8%' stands as the claim: percent figure without change; year-less '6 tháng đầu năm' takes 2023 (published).",
    "Communes in brackets (Nga Tân, Nga Thiện, Nga Thủy) are not provinces/districts: location stays the district Nga Sơn; no 'trong đó' cue and the",
    "items do not add up to 1.050 ha, so no total. 'Từ đầu năm đến nay' ends at the dateline. 'mỗi phiên ... 40 tấn' is a per-session amount.",
    "Not figures: Quốc lộ 10, Tỉnh lộ 524, Đề án số 05-ĐA/HU, 'loại 1' (a grade), dateline and time.",
]
build("p978-2", TEXT, FIGS, NOTES, published="2023-06-20", location="Nga Sơn")
