from lib import F, P, CH, TG, write

TEXT = """Điện Biên: Gỡ khó trong hỗ trợ đất ở, đất sản xuất cho đồng bào dân tộc thiểu số

Theo Ban Dân tộc tỉnh Điện Biên, trong giai đoạn 2021-2025, toàn tỉnh có 1.947 hộ thiếu đất ở và 7.328 hộ thiếu đất sản xuất cần được hỗ trợ theo Dự án 1 của Chương trình MTQG 1719. Tuy nhiên, tính đến hết tháng 5/2024, mới có 263 hộ được hỗ trợ đất ở, đạt 13,5%, và 1.046 hộ được hỗ trợ đất sản xuất, đạt 14,3%.

Nguyên nhân chủ yếu là quỹ đất công tại các xã rất hạn hẹp; giá đất sản xuất tăng từ 1,5 đến 2 lần so với năm 2021, trong khi mức hỗ trợ tối đa chỉ 22,5 triệu đồng/hộ. Nhiều hộ lựa chọn nhận hỗ trợ chuyển đổi nghề thay cho đất sản xuất.

Tại huyện Mường Nhé, năm 2023 huyện đã hỗ trợ đất sản xuất cho 214 hộ với diện tích 64,2 ha; hỗ trợ chuyển đổi nghề cho 538 hộ, mỗi hộ được hỗ trợ 10 triệu đồng để mua máy móc, con giống. Huyện Nậm Pồ từ đầu năm đến nay đã giải ngân 8,46 tỷ đồng trong tổng số 21,3 tỷ đồng vốn giao cho Dự án 1, đạt gần 40%.

Ông Lò Văn Pún, Chủ tịch UBND xã Chà Tở (huyện Nậm Pồ) cho biết, cả xã hiện còn 3 bản chưa có quỹ đất để giao cho hộ nghèo; xã đang vận động các dòng họ hiến đất, đến nay đã có 17 hộ tự nguyện hiến gần 2,3 ha.

Năm 2024, tỉnh đề ra chỉ tiêu hỗ trợ đất ở cho ít nhất 400 hộ, đất sản xuất cho 1.500 hộ; đồng thời kiến nghị Trung ương cho phép nâng mức hỗ trợ đất sản xuất lên 40 triệu đồng/hộ, phù hợp với giá đất thực tế ở vùng cao.

Quang Hưng
18/06/2024
"""

G = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
MAY = P("tính đến hết tháng 5/2024", end="2024-05-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-06-18")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("có 1.947 hộ", "1.947", 1947, "count", "hộ", "hộ thiếu đất ở cần được hỗ trợ", G),
    F("và 7.328 hộ", "7.328", 7328, "count", "hộ", "hộ thiếu đất sản xuất cần được hỗ trợ", G),
    F("có 263 hộ", "263", 263, "count", "hộ", "hộ được hỗ trợ đất ở", MAY, percent=13.5),
    F("và 1.046 hộ", "1.046", 1046, "count", "hộ", "hộ được hỗ trợ đất sản xuất", MAY, percent=14.3),
    F("từ 1,5 đến 2 lần", "1,5", 1.5, "multiple", "lần", "giá đất sản xuất tăng so với năm 2021", value_max=2),
    F("tối đa chỉ 22,5 triệu", "22,5", 22500000, "money", "đồng/hộ", "mức hỗ trợ", approx="at_most"),
    F("cho 214 hộ", "214", 214, "count", "hộ", "hộ được hỗ trợ đất sản xuất", Y23, location="Mường Nhé"),
    F("diện tích 64,2 ha", "64,2", 64.2, "measure", "ha", "diện tích đất sản xuất hỗ trợ", Y23, location="Mường Nhé"),
    F("cho 538 hộ", "538", 538, "count", "hộ", "hộ được hỗ trợ chuyển đổi nghề", Y23, location="Mường Nhé"),
    F("hỗ trợ 10 triệu đồng", "10", 10000000, "money", "đồng", "mức hỗ trợ chuyển đổi nghề mỗi hộ", Y23,
      location="Mường Nhé"),
    F("giải ngân 8,46 tỷ đồng", "8,46", 8460000000, "money", "đồng", "vốn Dự án 1 giải ngân", YTD,
      total=21300000000, percent=40, location="Nậm Pồ"),
    F("còn 3 bản", "3", 3, "count", "bản", "bản chưa có quỹ đất để giao cho hộ nghèo", location="Nậm Pồ"),
    F("có 17 hộ", "17", 17, "count", "hộ", "hộ tự nguyện hiến đất", location="Nậm Pồ"),
    F("gần 2,3 ha", "2,3", 2.3, "measure", "ha", "diện tích đất hộ tự nguyện hiến", approx="nearly", location="Nậm Pồ"),
    F("ít nhất 400 hộ", "400", 400, "count", "hộ", "hộ được hỗ trợ đất ở", Y24, approx="at_least", status="target"),
    F("cho 1.500 hộ", "1.500", 1500, "count", "hộ", "hộ được hỗ trợ đất sản xuất", Y24, status="target"),
    F("lên 40 triệu đồng/hộ", "40", 40000000, "money", "đồng/hộ", "mức hỗ trợ đất sản xuất kiến nghị nâng lên",
      optional=True),
]

write("p450-8", TEXT, [
    "Provincial-paper feature (Điện Biên) with no dateline at the top: byline and a bare date '18/06/2024' at the very end (published).",
    "Distractors: 'Dự án 1' (twice), 'giai đoạn 2021-2025', 'MTQG 1719', 'năm 2021' baseline, person's name, 'tháng 5/2024'.",
    "'mới có 263 hộ …, đạt 13,5%': share of the need but no cue for a whole (no total). 'tăng từ 1,5 đến 2 lần so với năm 2021'",
    "is a multiple standing as the claim (range). '8,46 tỷ đồng trong tổng số 21,3 tỷ đồng' → total 21,3 tỷ (attribute, not a figure), 'đạt gần 40%' share.",
    "District paragraphs carry location Mường Nhé / Nậm Pồ (a commune of Nậm Pồ → Nậm Pồ). 'từ đầu năm đến nay' runs to the end-of-text date.",
    "'chỉ tiêu … ít nhất 400 hộ' target at_least. The proposed level '40 triệu đồng/hộ' (a request, status unclear) is optional.",
], figs, published="2024-06-18", location="Điện Biên")
