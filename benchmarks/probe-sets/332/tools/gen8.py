from lib import F, P, C, T, inh, emit

TEXT = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA
Cổng thông tin điện tử

Sơn La: Hơn 2.300 tỷ đồng xây dựng nhà Đại đoàn kết giai đoạn 2021-2025

Giai đoạn 2021-2025, Quỹ "Vì người nghèo" các cấp tỉnh Sơn La đã vận động, tiếp nhận và phối hợp các nguồn lực hỗ trợ xây mới, sửa chữa 27.648 nhà Đại đoàn kết với tổng kinh phí trên 2,3 nghìn tỷ đồng. Trong đó, xây mới 24.105 nhà, sửa chữa 3.543 nhà.

Riêng 6 tháng đầu năm 2025, thực hiện Chương trình xóa nhà tạm, nhà dột nát, toàn tỉnh đã khánh thành, bàn giao 9.874 căn, gấp gần 3 lần cả năm 2024; tổng kinh phí hỗ trợ ước 512,7 tỷ đồng, tăng 186% so với cùng kỳ. Bình quân mỗi căn xây mới được hỗ trợ khoảng 62 triệu đồng, trong đó 60 triệu đồng từ nguồn vận động và 2 triệu đồng từ ngân sách huyện.

Đến ngày 30/6/2025, 8/12 huyện, thành phố đã hoàn thành 100% kế hoạch, gồm: Mộc Châu, Vân Hồ, Yên Châu, Mai Sơn, Thuận Châu, Quỳnh Nhai, Phù Yên và thành phố Sơn La. Các huyện còn lại đạt từ 82% đến 95%; thấp nhất là Sốp Cộp (82,4%) và Mường La (86,1%).

Ủy ban MTTQ tỉnh phấn đấu hoàn thành 1.236 căn còn lại trước ngày 31/8/2025. Dịp này, tỉnh tặng Bằng khen cho 45 tập thể, 62 cá nhân có thành tích xuất sắc trong phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"; hơn 1,2 vạn đoàn viên, hội viên đã tham gia góp công tháo dỡ, dựng nhà.

Địa chỉ: Số 8, đường Tô Hiệu, thành phố Sơn La. Điện thoại: 0212.3852.241.

Hoàng Anh (Ban Tuyên giáo - Dân vận)
14/07/2025
"""

GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
H1 = P("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
AS = P("Đến ngày 30/6/2025", None, "2025-06-30")
DL = P("trước ngày 31/8/2025", None, "2025-08-31")
RATE = "tỷ lệ hoàn thành kế hoạch"

FIGS = [
    F("Hơn 2.300 tỷ đồng", "2.300", 2300e9, "money", "đồng", "kinh phí xây dựng nhà Đại đoàn kết",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="over"),
    F("sửa chữa 27.648 nhà", "27.648", 27648, "count", "nhà", "nhà Đại đoàn kết hỗ trợ xây mới, sửa chữa", GD),
    F("trên 2,3 nghìn tỷ đồng", "2,3", 2.3e12, "money", "đồng", "tổng kinh phí", GD, approx="over"),
    F("xây mới 24.105 nhà", "24.105", 24105, "count", "nhà", "nhà xây mới", inh(GD), total=27648),
    F("sửa chữa 3.543 nhà", "3.543", 3543, "count", "nhà", "nhà sửa chữa", inh(GD), total=27648),
    F("bàn giao 9.874 căn", "9.874", 9874, "count", "căn", "căn khánh thành, bàn giao", H1,
      change=C("increase", 3, "lần", "cả năm 2024", approx="nearly")),
    F("ước 512,7 tỷ đồng", "512,7", 512.7e9, "money", "đồng", "tổng kinh phí hỗ trợ", H1, status="estimate",
      change=C("increase", 186, "%", "cùng kỳ")),
    F("khoảng 62 triệu đồng", "62", 62e6, "money", "đồng", "mức hỗ trợ bình quân mỗi căn xây mới", inh(H1),
      approx="about"),
    F("trong đó 60 triệu đồng", "60", 60e6, "money", "đồng", "hỗ trợ từ nguồn vận động", inh(H1), total=62e6),
    F("và 2 triệu đồng", "2", 2e6, "money", "đồng", "hỗ trợ từ ngân sách huyện", inh(H1), total=62e6),
    F("8/12 huyện", "8", 8, "count", "huyện, thành phố", "huyện, thành phố đã hoàn thành 100% kế hoạch", AS,
      total=12),
    F("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", optional=True),
    F("từ 82% đến 95%", "82", 82, "percent", "%", RATE, inh(AS), value_max=95),
    F("Sốp Cộp (82,4%)", "82,4", 82.4, "percent", "%", RATE, inh(AS), location="Sốp Cộp"),
    F("Mường La (86,1%)", "86,1", 86.1, "percent", "%", RATE, inh(AS), location="Mường La"),
    F("hoàn thành 1.236 căn", "1.236", 1236, "count", "căn", "căn còn lại", DL, status="target"),
    F("cho 45 tập thể", "45", 45, "count", "tập thể", "tập thể có thành tích xuất sắc được tặng Bằng khen"),
    F("62 cá nhân", "62", 62, "count", "cá nhân", "cá nhân có thành tích xuất sắc được tặng Bằng khen"),
    F("hơn 1,2 vạn đoàn viên", "1,2", 12000, "count", "đoàn viên, hội viên",
      "đoàn viên, hội viên tham gia góp công tháo dỡ, dựng nhà", approx="over"),
]

COMMENTS = [
    "Provincial Fatherland Front portal (Ủy ban MTTQ tỉnh Sơn La): nhà Đại đoàn kết 2021-2025 and the 2025 programme.",
    "No dateline at the top; bare date '14/07/2025' at the end after the byline (taken as published).",
    "'Trong đó' after a sentence break: 24.105 + 3.543 = 27.648 (totals). 'gấp gần 3 lần cả năm 2024' is 9.874's change",
    "(nearly 3 lần); 'ước 512,7 tỷ ..., tăng 186% so với cùng kỳ' = estimate with a change. 'khoảng 62 triệu ..., trong đó 60 ... và 2'",
    "parts of a per-house amount. '8/12 huyện, thành phố' total 12; '100% kế hoạch' there is the criterion: optional.",
    "Range 'từ 82% đến 95%' (value_max), list items Sốp Cộp / Mường La = location. '1,2 vạn' = 12.000 (vạn ×10⁴).",
    "Distractors: 'giai đoạn 2021-2025', 'Số 8, đường Tô Hiệu', phone, campaign name, dates.",
]

if __name__ == "__main__":
    emit("p332-8", TEXT, COMMENTS, FIGS, published="2025-07-14", location="Sơn La")
