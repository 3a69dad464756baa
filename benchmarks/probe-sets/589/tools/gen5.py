from lib import F, P, I, CH, TG, emit

TEXT = """Báo Cần Thơ › Đô thị

Thêm không gian xanh cho đô thị trung tâm

Những năm gần đây, TP Cần Thơ đầu tư nhiều công viên, vườn hoa, góp phần cải thiện cảnh quan và nâng diện tích cây xanh công cộng ở khu vực nội thành.

Theo Sở Xây dựng TP Cần Thơ, đến cuối năm 2023, toàn thành phố có 42 công viên, vườn hoa với tổng diện tích gần 98 ha; trong đó quận Ninh Kiều có 21 công viên, vườn hoa. Trong giai đoạn 2021-2023, thành phố trồng mới khoảng 27.500 cây xanh đô thị, nâng tổng số cây xanh trên các tuyến đường lên hơn 86.000 cây.

Công viên sông Hậu (giai đoạn 1) rộng 6,8 ha, tổng vốn đầu tư khoảng 300 tỷ đồng, trồng hơn 1.200 cây xanh các loại, mỗi ngày đón hàng nghìn lượt người dân đến tập thể dục, vui chơi. Dọc đường 30 Tháng 4 và đường 3 Tháng 2, nhiều hàng cây dầu, cây sao hơn 20 năm tuổi được giữ lại khi nâng cấp vỉa hè.

Hiện nay, diện tích đất cây xanh công cộng bình quân khu vực nội thành đạt 3,6 m²/người, trong khi chỉ tiêu Nghị quyết Đại hội XIV Đảng bộ thành phố đề ra đến năm 2025 là 5 m²/người.

Hệ thống chiếu sáng công cộng của thành phố hiện có 28.640 bộ đèn, trong đó đèn LED chiếm 81,5%. Năm 2023, kinh phí duy trì chiếu sáng là 46,2 tỷ đồng; nhờ chuyển sang đèn LED, lượng điện tiêu thụ giảm 2,3 triệu kWh so với năm 2022.

Ông Trần Minh Khoa, Phó Giám đốc Sở Xây dựng cho biết, năm 2024 thành phố phấn đấu trồng thêm 5.000 cây xanh, đầu tư mới 3 công viên tại quận Cái Răng và quận Bình Thủy, với tổng kinh phí dự kiến 85 tỷ đồng.

HOÀNG YẾN
22/04/2024
"""

END23 = P("đến cuối năm 2023", None, "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 42 công viên", "42", 42, "count", "công viên, vườn hoa", "công viên, vườn hoa", END23),
    F("gần 98 ha", "98", 98, "measure", "ha", "tổng diện tích công viên, vườn hoa", END23, approx="nearly"),
    F("có 21 công viên", "21", 21, "count", "công viên, vườn hoa", "công viên, vườn hoa", END23, total=42,
      location="Ninh Kiều"),
    F("khoảng 27.500 cây", "27.500", 27500, "count", "cây", "cây xanh đô thị trồng mới",
      P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31"), approx="about"),
    F("hơn 86.000 cây", "86.000", 86000, "count", "cây", "tổng số cây xanh trên các tuyến đường", approx="over"),
    F("rộng 6,8 ha", "6,8", 6.8, "measure", "ha", "diện tích Công viên sông Hậu (giai đoạn 1)"),
    F("khoảng 300 tỷ đồng", "300", 300e9, "money", "đồng", "tổng vốn đầu tư Công viên sông Hậu", approx="about"),
    F("hơn 1.200 cây", "1.200", 1200, "count", "cây", "cây xanh trồng tại Công viên sông Hậu", approx="over"),
    F("hàng nghìn lượt", "hàng nghìn", 1000, "count", "lượt người", "lượt người dân đến công viên mỗi ngày",
      approx="about", optional=True),
    F("hơn 20 năm tuổi", "20", 20, "measure", "năm tuổi", "tuổi hàng cây dầu, cây sao", approx="over",
      optional=True),
    F("đạt 3,6 m²/người", "3,6", 3.6, "measure", "m²/người",
      "diện tích đất cây xanh công cộng bình quân khu vực nội thành", target=TG(5, "m²/người")),
    F("có 28.640 bộ đèn", "28.640", 28640, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng"),
    F("chiếm 81,5%", "81,5", 81.5, "percent", "%", "tỷ lệ đèn LED trong hệ thống chiếu sáng công cộng"),
    F("là 46,2 tỷ đồng", "46,2", 46.2e9, "money", "đồng", "kinh phí duy trì chiếu sáng",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("giảm 2,3 triệu kWh", "2,3", 2.3e6, "measure", "kWh", "lượng điện tiêu thụ giảm nhờ chuyển sang đèn LED",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm 5.000 cây", "5.000", 5000, "count", "cây", "cây xanh trồng thêm", Y24, status="target"),
    F("mới 3 công viên", "3", 3, "count", "công viên", "công viên đầu tư mới", Y24, status="target"),
    F("dự kiến 85 tỷ đồng", "85", 85e9, "money", "đồng", "tổng kinh phí đầu tư công viên mới", Y24,
      status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Cần Thơ): parks, trees, green area per resident and lighting in Cần Thơ; byline and bare date at the end.",
    "Distractors: 'Công viên sông Hậu (giai đoạn 1)', đường 30 Tháng 4, đường 3 Tháng 2, 'Đại hội XIV', 'giai đoạn 2021-2023' (period).",
    "'hàng nghìn lượt' (vague number word) and 'hơn 20 năm tuổi' (age of trees as description): optional.",
    "'chỉ tiêu ... đến năm 2025 là 5 m²/người' is the target attribute of the 3,6 m²/người figure (FIGURES.md 'chỉ tiêu … là').",
    "'28.640 bộ đèn, trong đó đèn LED chiếm 81,5%': the share describes the LED lamps, not the 28.640, so it is a percent figure",
    "of its own (no total: a percent has no whole in bộ đèn, cf. shared h01).",
    "'lượng điện tiêu thụ giảm 2,3 triệu kWh so với năm 2022' has no base amount: a measure figure, no change.",
    "'3 công viên tại quận Cái Răng và quận Bình Thủy' spans two districts: location stays Cần Thơ.",
    "'phấn đấu' governs the 2024 clause (targets); 'dự kiến 85 tỷ đồng' has its own cue (forecast).",
]

if __name__ == "__main__":
    emit("p589-5", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Cần Thơ")
