from lib import *

text = """Thị trường căn hộ Bình Dương: Nguồn cung tăng, giá ổn định

Theo Sở Xây dựng tỉnh Bình Dương, 9 tháng năm 2024, thị trường căn hộ trên địa bàn tỉnh ghi nhận khoảng 4.350 căn mở bán mới, tăng 37% so với cùng kỳ, chiếm gần 40% nguồn cung căn hộ mới của khu vực phía Nam. Tỷ lệ tiêu thụ đạt trên 60%.

Tính đến 30/9, toàn tỉnh có 142 dự án nhà ở thương mại đang triển khai với tổng diện tích gần 3.100 ha; trong đó 38 dự án đã hoàn thành, 61 dự án đang thi công. TP Thuận An và TP Dĩ An tập trung nhiều dự án nhất, lần lượt 46 và 39 dự án.

Giá bán căn hộ sơ cấp bình quân khoảng 36,5 triệu đồng/m2, gần như đi ngang so với quý II. Căn hộ tại TP Thủ Dầu Một có giá cao nhất, từ 40 đến 55 triệu đồng/m2; tại TP Thuận An từ 32 đến 45 triệu đồng/m2; còn tại TP Bến Cát chỉ khoảng 25-30 triệu đồng/m2.

Về nhà ở xã hội, giai đoạn 2021-2025 tỉnh đặt chỉ tiêu hoàn thành 92.000 căn; đến nay đã hoàn thành 41.370 căn, đạt 45% chỉ tiêu, xếp thứ nhất cả nước về số căn nhà ở xã hội hoàn thành. Năm 2025, tỉnh phấn đấu hoàn thành thêm ít nhất 15.000 căn.

Theo ông Võ Hoàng Ngân, Giám đốc Sở Xây dựng, dự kiến trong quý IV/2024 có thêm khoảng 1.200 căn hộ được mở bán tại 5 dự án, chủ yếu ở khu vực phía Nam của tỉnh. Người mua nhà có thể tra cứu danh sách dự án đủ điều kiện bán trên trang thông tin của Sở hoặc liên hệ đường dây nóng 0274.3822.315 (trong giờ hành chính, từ 7 giờ 30 đến 16 giờ 30).

THANH TÂM
18/10/2024"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = I("9 tháng năm 2024", "2024-01-01", "2024-09-30")
AS = P("Tính đến 30/9", None, "2024-09-30")
ASi = I("Tính đến 30/9", None, "2024-09-30")
NOW = P("đến nay", None, "2024-10-18")
Q4 = P("trong quý IV/2024", "2024-10-01", "2024-12-31")
figs = [
    F("khoảng 4.350 căn", "4.350", 4350, "count", "căn", "căn hộ mở bán mới", M9, approx="about",
      change=C("increase", 37, "%", "cùng kỳ"), percent=40),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ tiêu thụ căn hộ", M9i, approx="over"),
    F("có 142 dự án", "142", 142, "count", "dự án", "dự án nhà ở thương mại đang triển khai", AS),
    F("gần 3.100 ha", "3.100", 3100, "measure", "ha", "tổng diện tích dự án nhà ở thương mại", AS, approx="nearly"),
    F("trong đó 38 dự án", "38", 38, "count", "dự án", "dự án đã hoàn thành", AS, total=142),
    F("61 dự án", "61", 61, "count", "dự án", "dự án đang thi công", AS, total=142),
    F("lần lượt 46", "46", 46, "count", "dự án", "dự án nhà ở thương mại đang triển khai", ASi, location="Thuận An"),
    F("46 và 39 dự án", "39", 39, "count", "dự án", "dự án nhà ở thương mại đang triển khai", ASi, location="Dĩ An"),
    F("khoảng 36,5 triệu", "36,5", 36.5e6, "money", "đồng/m2", "giá bán căn hộ sơ cấp bình quân", M9i, approx="about"),
    F("từ 40 đến 55 triệu", "40", 40e6, "money", "đồng/m2", "giá căn hộ", M9i, value_max=55e6, location="Thủ Dầu Một"),
    F("từ 32 đến 45 triệu", "32", 32e6, "money", "đồng/m2", "giá căn hộ", M9i, value_max=45e6, location="Thuận An"),
    F("khoảng 25-30 triệu", "25", 25e6, "money", "đồng/m2", "giá căn hộ", M9i, value_max=30e6, approx="about", location="Bến Cát"),
    F("hoàn thành 92.000 căn", "92.000", 92000, "count", "căn", "chỉ tiêu căn nhà ở xã hội hoàn thành",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("hoàn thành 41.370 căn", "41.370", 41370, "count", "căn", "căn nhà ở xã hội hoàn thành", NOW, percent=45),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "số căn nhà ở xã hội hoàn thành", NOW),
    F("ít nhất 15.000 căn", "15.000", 15000, "count", "căn", "căn nhà ở xã hội hoàn thành thêm",
      P("Năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
    F("khoảng 1.200 căn hộ", "1.200", 1200, "count", "căn hộ", "căn hộ mở bán", Q4, approx="about", status="forecast"),
    F("tại 5 dự án", "5", 5, "count", "dự án", "dự án mở bán", Q4, status="forecast"),
]
write(8, text, figs, [
    "Báo Bình Dương-like provincial newspaper: apartment market, 9 tháng 2024, project supply 'Tính đến 30/9', social housing 2021-2025.",
    "No dateline at the top; byline and a bare date '18/10/2024' at the end (published). Distractors: hotline 0274.3822.315,",
    "office hours '7 giờ 30 đến 16 giờ 30', 'giai đoạn 2021-2025' / 'Năm 2025' as periods, person's name.",
    "4.350 căn carries both its change (tăng 37% so với cùng kỳ) and its share (chiếm gần 40% → percent 40).",
    "'Tính đến 30/9' takes 2024 from the earlier '9 tháng năm 2024' (as-of: start null). 38 and 61 after 'trong đó' are parts of 142.",
    "'lần lượt 46 và 39 dự án' after 'TP Thuận An và TP Dĩ An': each item has its city as location. Prices by city: city is location.",
    "92.000 'đặt chỉ tiêu' is a target figure (period giai đoạn 2021-2025); 41.370 'đạt 45% chỉ tiêu' has percent 45 (no target: the plan is its own figure).",
    "'xếp thứ nhất cả nước' is a rank of the province (location Bình Dương). 'dự kiến' makes the quý IV/2024 figures forecasts.",
], published="2024-10-18", location="Bình Dương")
