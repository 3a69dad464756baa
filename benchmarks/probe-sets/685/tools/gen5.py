"""p685-5: Báo Thái Bình (Party newspaper) — GPMB và tái định cư cao tốc Ninh Bình - Hải Phòng."""
from lib import F, P, I, CH, emit

TEXT = """Thái Bình: Hơn 1.200 hộ dân nhường đất cho cao tốc Ninh Bình - Hải Phòng

Dự án đường bộ cao tốc Ninh Bình - Hải Phòng (CT.08) đoạn qua tỉnh đi qua 3 huyện Vũ Thư, Kiến Xương, Tiền Hải với chiều dài khoảng 53,4 km. Tổng diện tích đất phải thu hồi khoảng 448 ha, trong đó đất nông nghiệp 392,6 ha, chiếm 87,6%.

Đến hết tháng 2/2024, các huyện đã kiểm đếm xong 1.236/1.241 hộ, đạt 99,6%; phê duyệt phương án bồi thường cho 1.108 hộ với số tiền 1.562 tỷ đồng. Toàn tỉnh có 267 hộ phải di chuyển chỗ ở, gồm: huyện Vũ Thư 86 hộ, Kiến Xương 124 hộ và Tiền Hải 57 hộ.

Để ổn định cuộc sống cho người dân, tỉnh đầu tư xây dựng 7 khu tái định cư với tổng mức đầu tư gần 390 tỷ đồng. Các khu tại xã Vũ Hội và xã Nam Hà có diện tích lớn nhất, lần lượt là 12,4 ha và 9,8 ha. Giá đất tái định cư dao động từ 4,2 đến 7,5 triệu đồng/m2, thấp hơn giá đất ở được bồi thường tại cùng vị trí.

Bên cạnh đó, tỉnh đã mở 14 lớp đào tạo nghề cho gần 500 lao động trong vùng dự án; mỗi lao động được hỗ trợ học nghề tối đa 6 triệu đồng. Nhiều hộ tại thôn 5, xã Vũ Hội đã dùng tiền bồi thường để mở cửa hàng dịch vụ dọc Quốc lộ 39.

Theo ông Nguyễn Văn Hùng, Phó Giám đốc Sở Tài nguyên và Môi trường, tỉnh phấn đấu bàn giao 100% mặt bằng trong quý II/2024; dự kiến khởi công 2 khu tái định cư còn lại vào tháng 4/2024. Việc thu hồi đất được thực hiện theo Nghị quyết số 04/2023/NQ-HĐND của HĐND tỉnh.

Ngọc Lan
12/03/2024
"""

ASOF = P("Đến hết tháng 2/2024", end="2024-02-29")

FIGS = [
    F("Hơn 1.200 hộ", "1.200", 1200, "count", "hộ", "hộ dân nhường đất cho cao tốc Ninh Bình - Hải Phòng",
      approx="over"),
    F("qua 3 huyện", "3", 3, "count", "huyện", "huyện có dự án cao tốc Ninh Bình - Hải Phòng đi qua"),
    F("khoảng 53,4 km", "53,4", 53.4, "measure", "km", "chiều dài dự án đoạn qua tỉnh", approx="about"),
    F("khoảng 448 ha", "448", 448, "measure", "ha", "tổng diện tích đất phải thu hồi", approx="about"),
    F("nông nghiệp 392,6 ha", "392,6", 392.6, "measure", "ha", "đất nông nghiệp phải thu hồi",
      total=448, percent=87.6),
    F("xong 1.236/1.241 hộ", "1.236", 1236, "count", "hộ", "hộ đã kiểm đếm xong", ASOF,
      total=1241, percent=99.6),
    F("cho 1.108 hộ", "1.108", 1108, "count", "hộ", "hộ được phê duyệt phương án bồi thường", ASOF),
    F("tiền 1.562 tỷ đồng", "1.562", 1562e9, "money", "đồng", "số tiền bồi thường được phê duyệt", ASOF),
    F("có 267 hộ", "267", 267, "count", "hộ", "hộ phải di chuyển chỗ ở", I(ASOF)),
    F("Vũ Thư 86 hộ", "86", 86, "count", "hộ", "hộ phải di chuyển chỗ ở", I(ASOF), total=267, location="Vũ Thư"),
    F("Kiến Xương 124 hộ", "124", 124, "count", "hộ", "hộ phải di chuyển chỗ ở", I(ASOF), total=267,
      location="Kiến Xương"),
    F("Tiền Hải 57 hộ", "57", 57, "count", "hộ", "hộ phải di chuyển chỗ ở", I(ASOF), total=267,
      location="Tiền Hải"),
    F("xây dựng 7 khu", "7", 7, "count", "khu", "khu tái định cư đầu tư xây dựng"),
    F("gần 390 tỷ đồng", "390", 390e9, "money", "đồng", "tổng mức đầu tư khu tái định cư", approx="nearly"),
    F("là 12,4 ha", "12,4", 12.4, "measure", "ha", "diện tích khu tái định cư tại xã Vũ Hội"),
    F("và 9,8 ha", "9,8", 9.8, "measure", "ha", "diện tích khu tái định cư tại xã Nam Hà"),
    F("từ 4,2 đến 7,5 triệu", "4,2", 4.2e6, "money", "đồng/m2", "giá đất tái định cư", value_max=7.5e6),
    F("mở 14 lớp", "14", 14, "count", "lớp", "lớp đào tạo nghề"),
    F("gần 500 lao động", "500", 500, "count", "lao động", "lao động trong vùng dự án được đào tạo nghề",
      approx="nearly"),
    F("tối đa 6 triệu đồng", "6", 6e6, "money", "đồng", "hỗ trợ học nghề mỗi lao động", approx="at_most"),
    F("bàn giao 100% mặt bằng", "100", 100, "percent", "%", "mặt bằng bàn giao",
      P("quý II/2024", "2024-04-01", "2024-06-30"), status="target"),
    F("khởi công 2 khu", "2", 2, "count", "khu", "khu tái định cư còn lại khởi công",
      P("tháng 4/2024", "2024-04-01", "2024-04-30"), status="forecast"),
]

COMMENTS = [
    "Báo Thái Bình (Party newspaper): headline 'Thái Bình: …', byline 'Ngọc Lan' and bare date '12/03/2024' at the end (published).",
    "Distractors: '(CT.08)' (expressway code), 'thôn 5', Quốc lộ 39, Nghị quyết số 04/2023/NQ-HĐND, tháng 2/2024, tháng 4/2024.",
    "'gồm: huyện Vũ Thư 86 hộ, …' parts add up to 267 hộ: total 267; districts go to location. Communes (xã Vũ Hội, xã Nam Hà)",
    "are below district level and stay in the subject (location Thái Bình). 'trong đó đất nông nghiệp 392,6 ha, chiếm 87,6%':",
    "total 448 and percent 87.6. 'Đến hết tháng 2/2024' is an as-of date (end of February 2024, a leap year).",
]

emit("p685-5", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Thái Bình")
