import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử xã Nậm Xé - huyện Văn Bàn - tỉnh Lào Cai
Ngày đăng: 22/11/2023 | Lượt xem: 356

Thủy điện Nậm Xé 2 hòa lưới điện quốc gia, đóng góp gần 1 tỷ đồng cho địa phương

Sau hơn 3 năm thi công, ngày 15/11/2023, tổ máy số 2 của Nhà máy thủy điện Nậm Xé 2 đã chính thức hòa lưới điện quốc gia. Nhà máy có công suất lắp máy 24 MW (gồm 2 tổ máy, mỗi tổ 12 MW), sản lượng điện bình quân thiết kế 96,5 triệu kWh/năm, tổng mức đầu tư 812 tỷ đồng.

Dự án sử dụng 38,6 ha đất của xã, trong đó 21,4 ha đất rừng sản xuất; chủ đầu tư đã chi trả bồi thường, hỗ trợ cho 57 hộ với tổng số tiền 18,3 tỷ đồng, bố trí tái định cư tập trung cho 12 hộ tại thôn Nậm Xây.

Năm 2023, nhà máy đã tuyển dụng 26 lao động là người địa phương, chiếm 41% tổng số lao động vận hành; đồng thời đóng góp gần 1 tỷ đồng xây dựng 2 cầu treo và nhà văn hóa thôn Khe Pằn. Tiền dịch vụ môi trường rừng chi trả cho xã năm 2023 đạt 1,42 tỷ đồng, tăng 35% so với năm 2022, bình quân 452.000 đồng/ha.

Để bảo đảm an toàn cho hạ du, nhà máy đã lắp đặt 5 trạm cảnh báo xả lũ dọc suối Nậm Xé với bán kính phát âm thanh 1,5 km; phối hợp với xã tổ chức diễn tập ứng phó sự cố vỡ đập cho hơn 200 người dân ở 3 thôn ven suối.

Năm 2024, nhà máy dự kiến phát lên lưới 92 triệu kWh, nộp ngân sách khoảng 14 tỷ đồng.

Người dân phát hiện sự cố liên hệ số điện thoại trực vận hành 0214.3872.668.
UBND xã Nậm Xé - Tổ 3, thôn Nậm Xây
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đóng góp gần 1 tỷ đồng cho", "1", 1e9, "money", "đồng", "đóng góp của Thủy điện Nậm Xé 2 cho địa phương", approx="nearly"),
    F("hơn 3 năm", "3", 3, "measure", "năm", "thời gian thi công", approx="over", optional=True),
    F("lắp máy 24 MW", "24", 24, "measure", "MW", "công suất lắp máy Nhà máy thủy điện Nậm Xé 2"),
    F("gồm 2 tổ máy", "2", 2, "count", "tổ máy", "tổ máy của nhà máy"),
    F("mỗi tổ 12 MW", "12", 12, "measure", "MW", "công suất mỗi tổ máy"),
    F("thiết kế 96,5 triệu kWh/năm", "96,5", 96.5e6, "measure", "kWh/năm", "sản lượng điện bình quân thiết kế"),
    F("tư 812 tỷ đồng", "812", 812e9, "money", "đồng", "tổng mức đầu tư"),
    F("sử dụng 38,6 ha", "38,6", 38.6, "measure", "ha", "đất của xã dự án sử dụng"),
    F("đó 21,4 ha", "21,4", 21.4, "measure", "ha", "đất rừng sản xuất dự án sử dụng", total=38.6),
    F("cho 57 hộ", "57", 57, "count", "hộ", "hộ được chi trả bồi thường, hỗ trợ"),
    F("tiền 18,3 tỷ đồng", "18,3", 18.3e9, "money", "đồng", "tổng số tiền bồi thường, hỗ trợ"),
    F("cho 12 hộ", "12", 12, "count", "hộ", "hộ được bố trí tái định cư tập trung"),
    F("tuyển dụng 26 lao động", "26", 26, "count", "lao động", "lao động là người địa phương nhà máy tuyển dụng", Y23, percent=41),
    F("đóng góp gần 1 tỷ đồng xây", "1", 1e9, "money", "đồng", "đóng góp xây dựng cầu treo và nhà văn hóa thôn", Y23,
      approx="nearly"),
    F("dựng 2 cầu treo", "2", 2, "count", "cầu treo", "cầu treo được xây dựng", Y23),
    F("đạt 1,42 tỷ đồng", "1,42", 1.42e9, "money", "đồng", "tiền dịch vụ môi trường rừng chi trả cho xã",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 35, "%", "năm 2022")),
    F("bình quân 452.000 đồng/ha", "452.000", 452000, "money", "đồng/ha", "tiền dịch vụ môi trường rừng bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("lắp đặt 5 trạm", "5", 5, "count", "trạm cảnh báo", "trạm cảnh báo xả lũ dọc suối Nậm Xé"),
    F("âm thanh 1,5 km", "1,5", 1.5, "measure", "km", "bán kính phát âm thanh trạm cảnh báo"),
    F("hơn 200 người", "200", 200, "count", "người dân", "người dân tham gia diễn tập ứng phó sự cố vỡ đập", approx="over"),
    F("ở 3 thôn", "3", 3, "count", "thôn", "thôn ven suối tham gia diễn tập"),
    F("lưới 92 triệu kWh", "92", 92e6, "measure", "kWh", "sản lượng điện phát lên lưới", Y24, status="forecast"),
    F("khoảng 14 tỷ đồng", "14", 14e9, "money", "đồng", "nộp ngân sách", Y24, approx="about", status="forecast"),
]

emit("p582-8", TEXT, [
    "Commune portal (xã Nậm Xé, huyện Văn Bàn, Lào Cai): small hydropower plant connected to the grid, land, compensation, jobs,",
    "forest-service fees, warning stations, 2024 plan. Location = the district Văn Bàn (a commune portal implies its district; a commune",
    "is below the province/city/district levels FIGURES.md names). 'tổ máy số 2', 'Nậm Xé 2', 'Tổ 3', phone are distractors.",
    "'Năm 2024, nhà máy dự kiến …' -> forecast, also for the budget after the comma. 'hơn 3 năm thi công' is a duration (optional).",
    "'(gồm 2 tổ máy, mỗi tổ 12 MW)' after 24 MW: no totals (units and per-unit capacity are not parts of the MW whole).",
], FIGS, published="2023-11-22", location="Văn Bàn")
