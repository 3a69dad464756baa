"""p1046-1: province portal (Nghệ An) — old apartment blocks of TP Vinh."""
from lib import F, P, I, C, T, write

TEXT = """
Trang chủ > Tin tức - Sự kiện > Xây dựng - Đô thị
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.315

Hơn 1.200 hộ dân ở chung cư cũ TP Vinh chờ tái định cư

Theo báo cáo của Sở Xây dựng, trên địa bàn thành phố Vinh hiện có 2.486 căn hộ thuộc 39 nhà chung cư cũ được xây dựng từ những năm 1970 - 1990, trong đó 14 nhà đã được kiểm định xếp loại nguy hiểm cấp D, chiếm 35,9%; 18 nhà cấp C và 7 nhà cấp B.

Riêng khu chung cư Quang Trung có 23 nhà 5 tầng với khoảng 1.210 hộ dân đang sinh sống. Nhiều nhà xuống cấp nghiêm trọng, tường nứt, sàn võng, có vị trí cốt thép bị ăn mòn trên 30% tiết diện.

Từ đầu năm đến nay, UBND thành phố Vinh đã di dời khẩn cấp 126 hộ dân tại 3 nhà nguy hiểm nhất (A1, A2 và C5), đạt 62% kế hoạch năm; tổng kinh phí hỗ trợ 48,5 tỷ đồng. Mỗi hộ được hỗ trợ tiền thuê nhà tạm cư 4 triệu đồng/tháng trong thời gian chờ xây dựng lại.

Theo Kế hoạch số 425/KH-UBND ngày 12/6/2024, giai đoạn 2024 - 2026 thành phố phấn đấu di dời 100% số hộ dân tại các nhà cấp D và khởi công cải tạo, xây dựng lại ít nhất 8 nhà. Tổng mức đầu tư dự kiến khoảng 3.200 tỷ đồng, trong đó vốn doanh nghiệp chiếm khoảng 85%.

Ông Nguyễn Văn Tám, Tổ trưởng tổ dân phố số 5, phường Quang Trung, cho biết người dân mong muốn được tái định cư tại chỗ. Theo phương án bồi thường đã được phê duyệt, hộ dân được bố trí căn hộ mới có diện tích gấp 1,3 lần căn hộ cũ.
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
GD = P("giai đoạn 2024 - 2026", "2024-01-01", "2026-12-31")

FIGS = [
    F("Hơn 1.200 hộ dân", "1.200", 1200, "count", "hộ dân", "hộ dân ở chung cư cũ chờ tái định cư", approx="over"),
    F("có 2.486 căn hộ", "2.486", 2486, "count", "căn hộ", "căn hộ thuộc nhà chung cư cũ"),
    F("thuộc 39 nhà chung cư cũ", "39", 39, "count", "nhà chung cư cũ", "nhà chung cư cũ"),
    F("trong đó 14 nhà", "14", 14, "count", "nhà", "nhà chung cư cũ nguy hiểm cấp D",
      total=39, percent=35.9),
    F("18 nhà cấp C", "18", 18, "count", "nhà", "nhà chung cư cũ cấp C", total=39),
    F("7 nhà cấp B", "7", 7, "count", "nhà", "nhà chung cư cũ cấp B", total=39),
    F("có 23 nhà 5 tầng", "23", 23, "count", "nhà", "nhà 5 tầng khu chung cư Quang Trung"),
    F("nhà 5 tầng với", "5", 5, "measure", "tầng", "số tầng nhà khu chung cư Quang Trung", optional=True),
    F("khoảng 1.210 hộ dân", "1.210", 1210, "count", "hộ dân", "hộ dân sinh sống tại khu chung cư Quang Trung",
      approx="about"),
    F("trên 30% tiết diện", "30", 30, "percent", "%", "tiết diện cốt thép bị ăn mòn", approx="over"),
    F("khẩn cấp 126 hộ dân", "126", 126, "count", "hộ dân", "hộ dân di dời khẩn cấp", percent=62, period=YTD),
    F("tại 3 nhà nguy hiểm", "3", 3, "count", "nhà", "nhà nguy hiểm nhất di dời hộ dân", period=YTD),
    F("hỗ trợ 48,5 tỷ đồng", "48,5", 48.5e9, "money", "đồng", "tổng kinh phí hỗ trợ di dời", period=YTD),
    F("tạm cư 4 triệu đồng/tháng", "4", 4e6, "money", "đồng/tháng", "tiền thuê nhà tạm cư hỗ trợ mỗi hộ"),
    F("di dời 100% số hộ", "100", 100, "percent", "%", "hộ dân tại các nhà cấp D được di dời",
      status="target", period=GD),
    F("ít nhất 8 nhà", "8", 8, "count", "nhà", "nhà khởi công cải tạo, xây dựng lại",
      approx="at_least", status="target", period=GD),
    F("khoảng 3.200 tỷ đồng", "3.200", 3.2e12, "money", "đồng", "tổng mức đầu tư",
      approx="about", status="forecast", period=I(GD)),
    F("chiếm khoảng 85%", "85", 85, "percent", "%", "tỷ trọng vốn doanh nghiệp trong tổng mức đầu tư",
      approx="about", status="forecast", period=I(GD)),
    F("gấp 1,3 lần", "1,3", 1.3, "multiple", "lần", "diện tích căn hộ mới so với căn hộ cũ"),
]

NOTES = [
    "Province portal (Nghệ An): old apartment blocks of TP Vinh. Every figure describes Vinh (the city runs the relocation).",
    "Distractors: Lượt xem 2.315, '1970 - 1990' (decades), A1/A2/C5 (building names), Kế hoạch số 425/KH-UBND ngày 12/6/2024,",
    "Nguyễn Văn Tám, tổ dân phố số 5. '5 tầng' in 'nhà 5 tầng' is a category label of the 23 blocks: optional.",
    "14/18/7 follow 'trong đó' after 39 nhà (2.486 căn hộ counts another thing), so total 39.",
]

write(1, TEXT, FIGS, NOTES, published="2024-08-14", location="Vinh")
