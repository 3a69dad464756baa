"""p1046-6: national newspaper — TP HCM apartment blocks rated danger level D."""
from lib import F, P, I, C, T, write

TEXT = """
Thời sự
Thứ ba, 15/10/2024, 06:30 (GMT+7)

Hơn 1.500 hộ dân sống trong chung cư nguy hiểm cấp D ở TP HCM

Thành phố dự kiến chi khoảng 2.400 tỷ đồng trong năm 2025 để bồi thường, hỗ trợ và bố trí tái định cư cho người dân ở các chung cư hư hỏng nặng.

Theo Sở Xây dựng TP HCM, thành phố hiện có 474 chung cư cũ xây dựng trước năm 1975 và trước năm 1994, trong đó 14 chung cư hư hỏng nặng, nguy hiểm cấp D với hơn 1.500 hộ dân đang sinh sống. Các chung cư này tập trung ở quận 1, quận 3, quận 5 và Bình Thạnh. Riêng 9 tháng năm 2024, Sở đã kiểm định thêm 26 chung cư, trong đó 3 chung cư bị xếp cấp D.

Cả giai đoạn 2016-2023, thành phố mới di dời, xây dựng lại được 11 chung cư cũ, chưa đến 3% tổng số. Nguyên nhân chủ yếu là chi phí bồi thường cao, trong khi quy hoạch khống chế chiều cao khiến dự án khó thu hồi vốn.

Theo chính sách mới, mỗi hộ được nhận tối thiểu 1,2 tỷ đồng nếu chọn nhận tiền thay vì căn hộ tái định cư, cao hơn khoảng 30% so với mức cũ.

Dự án đầu tiên áp dụng chính sách này là chung cư 27 Đinh Bộ Lĩnh (quận Bình Thạnh) với 9 block, 280 căn hộ. Đến nay, chủ đầu tư đã di dời được 196 hộ, đạt 70%. Theo thiết kế, dự án mới cao 25 tầng với khoảng 900 căn hộ; dự kiến khởi công trong quý II/2025 và hoàn thành sau 36 tháng.

Gia Minh
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("Hơn 1.500 hộ dân", "1.500", 1500, "count", "hộ dân", "hộ dân sống trong chung cư nguy hiểm cấp D",
      approx="over"),
    F("khoảng 2.400 tỷ đồng", "2.400", 2.4e12, "money", "đồng",
      "kinh phí bồi thường, hỗ trợ và bố trí tái định cư", approx="about", status="forecast",
      period=P("trong năm 2025", "2025-01-01", "2025-12-31")),
    F("có 474 chung cư cũ", "474", 474, "count", "chung cư cũ",
      "chung cư cũ xây dựng trước năm 1975 và trước năm 1994"),
    F("trong đó 14 chung cư", "14", 14, "count", "chung cư", "chung cư hư hỏng nặng, nguy hiểm cấp D", total=474),
    F("với hơn 1.500 hộ dân", "1.500", 1500, "count", "hộ dân", "hộ dân sinh sống tại chung cư nguy hiểm cấp D",
      approx="over"),
    F("thêm 26 chung cư", "26", 26, "count", "chung cư", "chung cư kiểm định thêm", period=M9),
    F("trong đó 3 chung cư", "3", 3, "count", "chung cư", "chung cư bị xếp cấp D", total=26, period=M9),
    F("được 11 chung cư cũ", "11", 11, "count", "chung cư cũ", "chung cư cũ di dời, xây dựng lại", percent=3,
      period=P("Cả giai đoạn 2016-2023", "2016-01-01", "2023-12-31")),
    F("tối thiểu 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tiền mỗi hộ nhận thay căn hộ tái định cư",
      approx="at_least", change=C("increase", 30, "%", "mức cũ", approx="about")),
    F("với 9 block", "9", 9, "count", "block", "block chung cư 27 Đinh Bộ Lĩnh", location="Bình Thạnh"),
    F("280 căn hộ", "280", 280, "count", "căn hộ", "căn hộ chung cư 27 Đinh Bộ Lĩnh", location="Bình Thạnh"),
    F("được 196 hộ", "196", 196, "count", "hộ", "hộ đã di dời", percent=70,
      period=P("Đến nay", None, "2024-10-15"), location="Bình Thạnh"),
    F("cao 25 tầng", "25", 25, "measure", "tầng", "chiều cao dự án mới", location="Bình Thạnh"),
    F("khoảng 900 căn hộ", "900", 900, "count", "căn hộ", "căn hộ dự án mới", approx="about",
      location="Bình Thạnh"),
    F("sau 36 tháng", "36", 36, "measure", "tháng", "thời gian xây dựng dự án", status="forecast",
      location="Bình Thạnh"),
]

NOTES = [
    "National newspaper, TP HCM. Location Thành phố Hồ Chí Minh; the 27 Đinh Bộ Lĩnh project figures are in quận Bình Thạnh.",
    "Distractors: 'Thứ ba, 15/10/2024, 06:30 (GMT+7)', 'trước năm 1975 và trước năm 1994', quận 1, quận 3, quận 5,",
    "'27 Đinh Bộ Lĩnh' (address), quý II/2025 (a schedule). 'chưa đến 3% tổng số' is the share of 11 chung cư (percent 3).",
    "'Theo thiết kế, dự án mới cao 25 tầng với khoảng 900 căn hộ' carries no status cue: actual; 'dự kiến … sau 36 tháng' forecast.",
    "196 hộ 'đạt 70%' has no stated whole (280 căn hộ is another unit, no part-of cue): percent only, no total.",
]

write(6, TEXT, FIGS, NOTES, published="2024-10-15", location="Thành phố Hồ Chí Minh")
