"""p1046-4: ministry site (Bộ Xây dựng) — national stock of old apartment blocks."""
from lib import F, P, I, C, T, write

TEXT = """
BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Nhà ở và thị trường bất động sản
Ngày đăng: 22/03/2025 | Lượt xem: 1.047

Cả nước còn hơn 2.500 nhà chung cư cũ cần cải tạo, xây dựng lại

Theo tổng hợp của Cục Quản lý nhà và thị trường bất động sản, tính đến hết năm 2024, cả nước có khoảng 2.570 nhà chung cư cũ xây dựng trước năm 1994, tập trung chủ yếu tại Hà Nội (1.550 nhà), Thành phố Hồ Chí Minh (474 nhà), Hải Phòng (188 nhà) và Nam Định (76 nhà).

Kết quả kiểm định cho thấy có 412 nhà thuộc diện nguy hiểm cấp D hoặc hư hỏng nặng, chiếm khoảng 16%. Tuy nhiên, từ năm 2021 đến nay mới có 38 dự án cải tạo, xây dựng lại được triển khai, với khoảng 14.600 căn hộ mới. Hiện còn 23/63 tỉnh, thành phố chưa ban hành kế hoạch cải tạo chung cư cũ.

Nghị định số 98/2024/NĐ-CP có hiệu lực từ ngày 1/8/2024 đã quy định hệ số bồi thường từ 1 đến 2 lần diện tích căn hộ cũ, đồng thời cho phép địa phương dùng nhà ở xã hội để bố trí tạm cư.

Năm 2024, các địa phương đã bố trí 3.860 tỷ đồng cho công tác di dời, tạm cư, tăng 27,5% so với năm 2023; trong đó Hà Nội chiếm 61,2%.

Theo kế hoạch của Bộ Xây dựng, mục tiêu đến năm 2030 cả nước hoàn thành cải tạo, xây dựng lại ít nhất 60% số nhà chung cư cũ nguy hiểm cấp D; riêng giai đoạn 2025-2026 phấn đấu khởi công khoảng 120 dự án. Bộ dự báo nhu cầu vốn cho hai năm này khoảng 95 nghìn tỷ đồng.

Địa chỉ: Số 37 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội. Điện thoại: 024.3976.0271
"""

ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2025-03-22")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
GD = P("giai đoạn 2025-2026", "2025-01-01", "2026-12-31")
STOCK = "nhà chung cư cũ xây dựng trước năm 1994"

FIGS = [
    F("hơn 2.500 nhà chung cư cũ", "2.500", 2500, "count", "nhà chung cư cũ",
      "nhà chung cư cũ cần cải tạo, xây dựng lại", approx="over"),
    F("khoảng 2.570 nhà chung cư cũ", "2.570", 2570, "count", "nhà chung cư cũ", STOCK, approx="about",
      period=ASOF),
    F("(1.550 nhà)", "1.550", 1550, "count", "nhà", STOCK, period=ASOF, location="Hà Nội"),
    F("(474 nhà)", "474", 474, "count", "nhà", STOCK, period=ASOF, location="Thành phố Hồ Chí Minh"),
    F("(188 nhà)", "188", 188, "count", "nhà", STOCK, period=ASOF, location="Hải Phòng"),
    F("(76 nhà)", "76", 76, "count", "nhà", STOCK, period=ASOF, location="Nam Định"),
    F("có 412 nhà", "412", 412, "count", "nhà", "nhà chung cư cũ nguy hiểm cấp D hoặc hư hỏng nặng",
      percent=16, period=I(ASOF)),
    F("có 38 dự án", "38", 38, "count", "dự án", "dự án cải tạo, xây dựng lại được triển khai", period=SINCE),
    F("khoảng 14.600 căn hộ", "14.600", 14600, "count", "căn hộ", "căn hộ mới của dự án cải tạo, xây dựng lại",
      approx="about", period=SINCE),
    F("còn 23/63 tỉnh", "23", 23, "count", "tỉnh, thành phố",
      "tỉnh, thành phố chưa ban hành kế hoạch cải tạo chung cư cũ", total=63),
    F("từ 1 đến 2 lần", "1", 1, "multiple", "lần", "hệ số bồi thường theo diện tích căn hộ cũ", value_max=2,
      optional=True),
    F("bố trí 3.860 tỷ đồng", "3.860", 3.86e12, "money", "đồng", "vốn bố trí cho công tác di dời, tạm cư",
      change=C("increase", 27.5, "%", "năm 2023"), period=Y24),
    F("chiếm 61,2%", "61,2", 61.2, "percent", "%", "tỷ trọng vốn bố trí cho di dời, tạm cư", period=Y24,
      location="Hà Nội"),
    F("ít nhất 60% số nhà", "60", 60, "percent", "%",
      "nhà chung cư cũ nguy hiểm cấp D hoàn thành cải tạo, xây dựng lại", approx="at_least", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("khoảng 120 dự án", "120", 120, "count", "dự án", "dự án khởi công", approx="about", status="target",
      period=GD),
    F("khoảng 95 nghìn tỷ đồng", "95", 95e12, "money", "đồng", "nhu cầu vốn", approx="about", status="forecast",
      period=I(GD)),
]

NOTES = [
    "Ministry site (Bộ Xây dựng), national figures: location Việt Nam; list items in brackets take their province as location",
    "(ranking list that does not add up to 2.570: no total).",
    "Distractors: Lượt xem 1.047, 'trước năm 1994', Nghị định số 98/2024/NĐ-CP, 'từ ngày 1/8/2024', 'hai năm này' (a period),",
    "Số 37 Lê Đại Hành, phone 024.3976.0271. 'hệ số bồi thường từ 1 đến 2 lần' is a legal rule (category): optional.",
    "'trong đó Hà Nội chiếm 61,2%' has no base amount for Hà Nội: a percent figure of its own, location Hà Nội.",
    "95 nghìn tỷ: 'hai năm này' points back to giai đoạn 2025-2026 (inherited).",
]

write(4, TEXT, FIGS, NOTES, published="2025-03-22", location="Việt Nam")
