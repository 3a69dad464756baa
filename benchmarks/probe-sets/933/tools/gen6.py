"""p933-6: national newspaper (VnExpress style) — Hà Nội names 35 more streets; name bank; plates 2024/2025."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Giao thông
Thứ năm, 6/3/2025, 14:30 (GMT+7)

Hà Nội có thêm 35 tuyến đường, phố mang tên danh nhân

HĐND TP Hà Nội vừa thông qua nghị quyết đặt tên 35 tuyến đường, phố và điều chỉnh độ dài 4 tuyến phố tại 7 quận, huyện. Nhiều tuyến mới nằm dọc đường Vành đai 3,5 và Quốc lộ 5.

Trong số 35 tuyến mới, quận Long Biên có nhiều nhất với 9 tuyến, tiếp đến là Hà Đông 7 tuyến, Nam Từ Liêm 6 tuyến; các tuyến còn lại thuộc Hoàng Mai, Tây Hồ, Gia Lâm và Đông Anh. Tuyến dài nhất ở Long Biên dài khoảng 2,35 km, mặt cắt 40 m; tuyến ngắn nhất ở Tây Hồ chỉ dài 320 m.

Với nghị quyết mới, Thủ đô hiện có 1.913 đường, phố được đặt tên, tăng 35 tuyến so với năm 2024. Trong đó, các quận nội thành chiếm khoảng 74%.

Ông Nguyễn Minh Tuấn, Phó giám đốc Sở Văn hóa và Thể thao Hà Nội, cho biết ngân hàng tên đường của thành phố hiện có 1.185 tên, trong đó khoảng 40% là danh nhân thời kỳ cận, hiện đại. Từ năm 2020 đến nay, trung bình mỗi năm Hà Nội đặt tên 30-40 tuyến, thấp hơn nhiều so với tốc độ hình thành đường mới, khoảng 120 tuyến/năm.

Trong năm 2024, thành phố đã cấp 41.260 biển số nhà, tăng 8% so với năm 2023. Năm 2025, Hà Nội dự kiến gắn bổ sung khoảng 25.000 biển số nhà tại các khu đô thị mới. Kinh phí gắn biển do người dân tự chi trả, khoảng 150.000-200.000 đồng mỗi biển.

Theo ông Tuấn, trong năm 2026 thành phố dự kiến thí điểm biển số nhà có mã QR tại 2 quận Hoàn Kiếm và Ba Đình, mỗi biển tích hợp thông tin về lịch sử tên phố.

Võ Hải
"""

Y2025 = P("Năm 2025", "2025-01-01", "2025-12-31")
SINCE = P("Từ năm 2020 đến nay", "2020-01-01", "2025-03-06")
FIGS = [
    F("thêm 35 tuyến", "35", 35, "count", "tuyến đường, phố", "tuyến đường, phố mang tên danh nhân"),
    F("đặt tên 35 tuyến", "35", 35, "count", "tuyến đường, phố", "tuyến đường, phố được đặt tên"),
    F("4 tuyến phố", "4", 4, "count", "tuyến phố", "tuyến phố điều chỉnh độ dài"),
    F("7 quận, huyện", "7", 7, "count", "quận, huyện", "quận, huyện có tuyến đường được đặt tên, điều chỉnh"),
    F("Trong số 35 tuyến", "35", 35, "count", "tuyến", "tuyến mới", optional=True),
    F("với 9 tuyến", "9", 9, "count", "tuyến", "tuyến đường, phố mới được đặt tên", total=35, location="Long Biên"),
    F("Hà Đông 7 tuyến", "7", 7, "count", "tuyến", "tuyến đường, phố mới được đặt tên", total=35, location="Hà Đông"),
    F("Nam Từ Liêm 6 tuyến", "6", 6, "count", "tuyến", "tuyến đường, phố mới được đặt tên", total=35,
      location="Nam Từ Liêm"),
    F("khoảng 2,35 km", "2,35", 2.35, "measure", "km", "chiều dài tuyến dài nhất", approx="about", location="Long Biên"),
    F("mặt cắt 40 m", "40", 40, "measure", "m", "mặt cắt tuyến dài nhất", location="Long Biên", optional=True),
    F("dài 320 m", "320", 320, "measure", "m", "chiều dài tuyến ngắn nhất", location="Tây Hồ"),
    F("1.913 đường", "1.913", 1913, "count", "đường, phố", "đường, phố được đặt tên",
      change=C("increase", 35, "tuyến", "năm 2024")),
    F("khoảng 74%", "74", 74, "percent", "%", "đường, phố được đặt tên thuộc các quận nội thành", approx="about"),
    F("1.185 tên", "1.185", 1185, "count", "tên", "tên trong ngân hàng tên đường"),
    F("khoảng 40%", "40", 40, "percent", "%", "tên danh nhân thời kỳ cận, hiện đại trong ngân hàng tên đường",
      approx="about"),
    F("30-40 tuyến", "30", 30, "measure", "tuyến/năm", "tuyến đường được đặt tên trung bình mỗi năm", SINCE,
      value_max=40),
    F("khoảng 120 tuyến/năm", "120", 120, "measure", "tuyến/năm", "tốc độ hình thành đường mới", I(SINCE),
      approx="about"),
    F("41.260 biển", "41.260", 41260, "count", "biển số nhà", "biển số nhà đã cấp",
      P("Trong năm 2024", "2024-01-01", "2024-12-31"), change=C("increase", 8, "%", "năm 2023")),
    F("khoảng 25.000 biển", "25.000", 25000, "count", "biển số nhà", "biển số nhà gắn bổ sung", Y2025,
      approx="about", status="forecast"),
    F("khoảng 150.000-200.000 đồng", "150.000", 150000, "money", "đồng/biển", "kinh phí gắn biển số nhà mỗi biển",
      I(Y2025), value_max=200000, approx="about"),
    F("2 quận", "2", 2, "count", "quận", "quận thí điểm biển số nhà có mã QR",
      P("trong năm 2026", "2026-01-01", "2026-12-31"), status="forecast"),
]

HEADER = [
    "National newspaper (VnExpress style), Thứ năm, 6/3/2025, 14:30 (GMT+7), byline Võ Hải: Hà Nội names 35 streets. Location Hà Nội.",
    "'Trong số 35 tuyến mới' repeats the whole (optional); its parts 9/7/6 get total 35 and their district as location.",
    "'mặt cắt 40 m' is the example street's specification: optional. 'mỗi năm ... 30-40 tuyến', '120 tuyến/năm' are rates (measure, tuyến/năm).",
    "'tăng 35 tuyến so với năm 2024' is the change of 1.913. 'khoảng 74%', 'khoảng 40%' after 'trong đó' are shares: percent figures.",
    "Distractors: đường Vành đai 3,5, Quốc lộ 5, 14:30 (GMT+7), 6/3/2025. '2 quận' (pilot, 'dự kiến') -> forecast, period năm 2026.",
    "Fee per plate stands after the 2025 forecast sentence but is a plain fact: actual, period inherited from 'Năm 2025'.",
]

write("p933-6", TEXT, HEADER, FIGS, published="2025-03-06", location="Hà Nội")
