"""p685-2: huyện Cam Lâm (Khánh Hòa) district portal — chi trả bồi thường quý I/2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử huyện Cam Lâm
Trang chủ / Tin tức / Kinh tế - Xã hội

Quý I/2024: Cam Lâm chi trả hơn 86,4 tỷ đồng tiền bồi thường, hỗ trợ
Thứ Năm, 04/04/2024 - 15:20

Trong quý I/2024, Hội đồng bồi thường, hỗ trợ và tái định cư huyện đã chi trả tiền bồi thường, hỗ trợ cho 274 hộ dân thuộc 5 dự án với tổng số tiền hơn 86,4 tỷ đồng, tăng 18,5% so với cùng kỳ năm 2023. Trong đó, dự án đường bộ cao tốc Vân Phong - Nha Trang (đoạn từ Km 1434+500 đến Km 1447+200) chi trả 52,7 tỷ đồng cho 138 hộ; dự án Khu tái định cư Cam Hải Đông 21,3 tỷ đồng cho 96 hộ; các dự án còn lại 12,4 tỷ đồng cho 40 hộ.

Đến nay, dự án cao tốc và Khu tái định cư Cam Hải Đông đã bàn giao mặt bằng lần lượt đạt 96,8% và 88,5%.

Theo phương án được phê duyệt, đơn giá bồi thường đất trồng cây hằng năm từ 150.000 đến 210.000 đồng/m2 tùy vị trí; đất ở nông thôn ven Quốc lộ 1 từ 3,5 đến 6,8 triệu đồng/m2. Ngoài tiền bồi thường, hộ có đất nông nghiệp bị thu hồi còn được hỗ trợ chuyển đổi nghề nghiệp, tạo việc làm bằng 3 lần giá đất nông nghiệp cùng loại; mỗi nhân khẩu được hỗ trợ 30 kg gạo/tháng.

Hiện trên địa bàn huyện còn 23 hộ chưa nhận tiền bồi thường, chủ yếu do vướng mắc về nguồn gốc đất; trong đó 2 hộ chưa đồng thuận với phương án bồi thường.

Trong quý II/2024, huyện phấn đấu hoàn thành chi trả cho 180 hộ, bàn giao thêm 14,6 ha mặt bằng cho dự án cao tốc; dự kiến khởi công Khu tái định cư Cam Đức 2 vào tháng 5/2024.

Minh Tâm (Văn phòng HĐND và UBND huyện)
Điện thoại: 0258.3983.226
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
NOW = P("Đến nay", end="2024-04-04")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")

FIGS = [
    F("Cam Lâm chi trả hơn 86,4 tỷ", "86,4", 86.4e9, "money", "đồng", "tiền bồi thường, hỗ trợ chi trả",
      P("Quý I/2024", "2024-01-01", "2024-03-31"), approx="over"),
    F("cho 274 hộ", "274", 274, "count", "hộ", "hộ dân được chi trả tiền bồi thường, hỗ trợ", Q1),
    F("thuộc 5 dự án", "5", 5, "count", "dự án", "dự án chi trả tiền bồi thường, hỗ trợ", Q1),
    F("tiền hơn 86,4 tỷ đồng", "86,4", 86.4e9, "money", "đồng", "tổng số tiền bồi thường, hỗ trợ đã chi trả", Q1,
      approx="over", change=CH("increase", 18.5, baseline="cùng kỳ năm 2023")),
    F("chi trả 52,7 tỷ đồng", "52,7", 52.7e9, "money", "đồng",
      "tiền bồi thường, hỗ trợ chi trả dự án đường bộ cao tốc Vân Phong - Nha Trang", I(Q1), total=86.4e9),
    F("cho 138 hộ", "138", 138, "count", "hộ", "hộ được chi trả dự án đường bộ cao tốc Vân Phong - Nha Trang",
      I(Q1), total=274),
    F("21,3 tỷ đồng", "21,3", 21.3e9, "money", "đồng",
      "tiền bồi thường, hỗ trợ chi trả dự án Khu tái định cư Cam Hải Đông", I(Q1), total=86.4e9),
    F("cho 96 hộ", "96", 96, "count", "hộ", "hộ được chi trả dự án Khu tái định cư Cam Hải Đông", I(Q1), total=274),
    F("12,4 tỷ đồng", "12,4", 12.4e9, "money", "đồng", "tiền bồi thường, hỗ trợ chi trả các dự án còn lại", I(Q1),
      total=86.4e9),
    F("cho 40 hộ", "40", 40, "count", "hộ", "hộ được chi trả các dự án còn lại", I(Q1), total=274),
    F("đạt 96,8%", "96,8", 96.8, "percent", "%", "tỷ lệ bàn giao mặt bằng dự án cao tốc", NOW),
    F("và 88,5%", "88,5", 88.5, "percent", "%", "tỷ lệ bàn giao mặt bằng Khu tái định cư Cam Hải Đông", NOW),
    F("từ 150.000 đến 210.000 đồng/m2", "150.000", 150000, "money", "đồng/m2",
      "đơn giá bồi thường đất trồng cây hằng năm", value_max=210000),
    F("từ 3,5 đến 6,8 triệu", "3,5", 3.5e6, "money", "đồng/m2",
      "đơn giá bồi thường đất ở nông thôn ven Quốc lộ 1", value_max=6.8e6),
    F("bằng 3 lần", "3", 3, "multiple", "lần",
      "mức hỗ trợ chuyển đổi nghề nghiệp, tạo việc làm so với giá đất nông nghiệp cùng loại"),
    F("30 kg gạo/tháng", "30", 30, "measure", "kg gạo/tháng", "gạo hỗ trợ mỗi nhân khẩu"),
    F("còn 23 hộ", "23", 23, "count", "hộ", "hộ chưa nhận tiền bồi thường"),
    F("trong đó 2 hộ", "2", 2, "count", "hộ", "hộ chưa đồng thuận với phương án bồi thường", total=23),
    F("cho 180 hộ", "180", 180, "count", "hộ", "hộ hoàn thành chi trả", Q2, status="target"),
    F("thêm 14,6 ha", "14,6", 14.6, "measure", "ha", "mặt bằng bàn giao thêm cho dự án cao tốc", Q2,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Cam Lâm (district portal, Khánh Hòa): chi trả bồi thường quý I/2024, dateline 'Thứ Năm, 04/04/2024 - 15:20'.",
    "Distractors: 'Km 1434+500', 'Km 1447+200' (chainages), Quốc lộ 1, 'Cam Đức 2' (name), tháng 5/2024, phone number.",
    "'Trong đó' parts after the whole (86,4 tỷ / 274 hộ): money parts total 86.4e9, household parts total 274 (each adds up).",
    "'bằng 3 lần giá đất nông nghiệp' is the policy claim itself, standing alone: multiple. '30 kg gạo/tháng' measure, unit as written.",
    "The headline repeats 86,4 tỷ with its own 'Quý I/2024'. 'Đến nay' ends at the dateline. 'phấn đấu' → target for quý II/2024.",
]

emit("p685-2", TEXT, COMMENTS, FIGS, published="2024-04-04", location="Cam Lâm")
