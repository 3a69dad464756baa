"""p927-8: Báo Gia Lai online, headline figure, (GLO) tag, Q1/2025 first-time certificates."""
from lib import F, P, I, C, T, write

TEXT = """Gia Lai: Hơn 2.300 giấy chứng nhận quyền sử dụng đất được cấp trong quý I

Cập nhật lúc 10:25, Thứ ba, 8/4/2025

(GLO) - Quý I/2025, các địa phương trong tỉnh đã cấp 2.318 giấy chứng nhận quyền sử dụng đất lần đầu, tăng 14,5% so với cùng kỳ năm 2024 và đạt 23,2% kế hoạch năm; tổng diện tích được cấp là 1.947,6 ha.

Trong đó, đồng bào dân tộc thiểu số được cấp 1.126 giấy, chiếm 48,6%. Các địa phương dẫn đầu lần lượt là huyện Chư Sê, Ia Grai và Đak Đoa với 312, 287 và 245 giấy. Riêng số giấy chứng nhận cấp cho hộ nghèo gấp 2 lần cùng kỳ.

Theo Sở Tài nguyên và Môi trường, hiện toàn tỉnh còn khoảng 18.400 hồ sơ đề nghị cấp giấy chứng nhận lần đầu tồn đọng từ các năm trước, tập trung ở các dự án đo đạc, lập bản đồ địa chính chưa hoàn thành. Riêng huyện Krông Pa còn gần 3.000 hồ sơ, chủ yếu là đất sản xuất của đồng bào ở các xã dọc Quốc lộ 25.

Năm 2025, tỉnh đặt mục tiêu cấp 10.000 giấy chứng nhận lần đầu, xử lý dứt điểm ít nhất 50% số hồ sơ tồn đọng. Dự kiến kinh phí đo đạc bổ sung khoảng 85 tỷ đồng, trong đó ngân sách tỉnh bố trí 60 tỷ đồng.

Theo Nghị quyết số 27/2024/NQ-HĐND của HĐND tỉnh, hộ nghèo được hỗ trợ chi phí đo đạc, cấp giấy với mức 1,5 triệu đồng/hồ sơ. Thời gian giải quyết thủ tục cấp lần đầu tại tỉnh hiện là 17 ngày làm việc, giảm 3 ngày so với trước.

Ông Rơ Mah Tuấn, Chủ tịch UBND xã Ia Pếch (huyện Ia Grai), cho biết xã đang phối hợp với đơn vị đo đạc để hoàn thiện hồ sơ cho hơn 400 hộ.

NGỌC SƠN
"""

Q1H = P("trong quý I", "2025-01-01", "2025-03-31")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
GCN = "giấy chứng nhận quyền sử dụng đất cấp lần đầu"

FIGS = [
    F("Hơn 2.300 giấy", "2.300", 2300, "count", "giấy chứng nhận", GCN, Q1H, approx="over"),
    F("cấp 2.318 giấy", "2.318", 2318, "count", "giấy chứng nhận", GCN, Q1,
      change=C("increase", 14.5, baseline="cùng kỳ năm 2024"), percent=23.2),
    F("là 1.947,6 ha", "1.947,6", 1947.6, "measure", "ha", "diện tích được cấp giấy chứng nhận lần đầu", Q1),
    F("cấp 1.126 giấy", "1.126", 1126, "count", "giấy", "giấy chứng nhận cấp cho đồng bào dân tộc thiểu số", I(Q1),
      total=2318, percent=48.6),
    F("với 312, 287", "312", 312, "count", "giấy", GCN, I(Q1), location="Chư Sê"),
    F(", 287 và", "287", 287, "count", "giấy", GCN, I(Q1), location="Ia Grai"),
    F("và 245 giấy", "245", 245, "count", "giấy", GCN, I(Q1), location="Đak Đoa"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "giấy chứng nhận cấp cho hộ nghèo so với cùng kỳ", I(Q1)),
    F("khoảng 18.400 hồ sơ", "18.400", 18400, "count", "hồ sơ",
      "hồ sơ đề nghị cấp giấy chứng nhận lần đầu tồn đọng", approx="about"),
    F("gần 3.000 hồ sơ", "3.000", 3000, "count", "hồ sơ", "hồ sơ tồn đọng", approx="nearly", location="Krông Pa"),
    F("cấp 10.000 giấy", "10.000", 10000, "count", "giấy chứng nhận", GCN, Y25, status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%", "hồ sơ tồn đọng được xử lý dứt điểm", Y25,
      approx="at_least", status="target"),
    F("khoảng 85 tỷ đồng", "85", 85e9, "money", "đồng", "kinh phí đo đạc bổ sung", I(Y25),
      approx="about", status="forecast"),
    F("bố trí 60 tỷ đồng", "60", 60e9, "money", "đồng", "ngân sách tỉnh bố trí cho đo đạc", I(Y25),
      total=85e9, status="forecast"),
    F("mức 1,5 triệu đồng/hồ sơ", "1,5", 1.5e6, "money", "đồng/hồ sơ", "hỗ trợ chi phí đo đạc, cấp giấy cho hộ nghèo"),
    F("là 17 ngày", "17", 17, "measure", "ngày", "thời gian giải quyết thủ tục cấp lần đầu",
      change=C("decrease", 3, "ngày", baseline="trước")),
    F("hơn 400 hộ", "400", 400, "count", "hộ", "hộ được hoàn thiện hồ sơ", approx="over", location="Ia Grai"),
]

NOTES = [
    "Báo Gia Lai online: headline figure, 'Cập nhật lúc 10:25, Thứ ba, 8/4/2025', '(GLO) -' tag, byline NGỌC SƠN.",
    "Distractors: '10:25', 'Thứ ba', 'Nghị quyết số 27/2024/NQ-HĐND', 'Quốc lộ 25', name 'Rơ Mah Tuấn', 'Ia Pếch'.",
    "Headline 'trong quý I' has no year: 2025 from the dateline. 'lần lượt ... với 312, 287 và 245 giấy': each item",
    "has the district as location, subject the list's indicator, no total (top districts, not a breakdown).",
    "'gấp 2 lần cùng kỳ' standing with no base amount is a 'multiple' figure. 'Dự kiến ... trong đó ... 60 tỷ' -> forecast, total 85 tỷ.",
    "'hơn 400 hộ' is the commune's (Ia Pếch, huyện Ia Grai): location Ia Grai.",
]

write("p927-8", TEXT, FIGS, NOTES, published="2025-04-08", location="Gia Lai")
