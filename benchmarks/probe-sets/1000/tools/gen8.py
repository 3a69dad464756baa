"""p1000-8: provincial newspaper online (Báo Kon Tum, '(BKT) -') — 42 automatic rain gauges, headline figure (May 2025)."""
from lib import F, P, I, C, write

TEXT = """Báo Kon Tum điện tử
Xã hội - Môi trường

Kon Tum: 42 trạm đo mưa tự động phục vụ cảnh báo thiên tai

Thứ tư, 14/05/2025 - 09:47

(BKT) - Đến nay, toàn tỉnh đã có 42 trạm đo mưa tự động được lắp đặt tại 10/10 huyện, thành phố, trong đó 28 trạm thuộc Dự án hiện đại hóa mạng lưới quan trắc và 14 trạm do các chủ đầu tư thủy điện lắp đặt theo quy trình vận hành liên hồ chứa. Các huyện có nhiều trạm nhất là Đắk Glei (7 trạm), Kon Plông (6 trạm) và Tu Mơ Rông (6 trạm).

Theo Đài Khí tượng Thủy văn tỉnh, năm 2024 tổng lượng mưa trung bình toàn tỉnh đạt khoảng 2.150 mm, cao hơn TBNN 8%; mùa mưa có 7 đợt mưa lớn, gây sạt lở tại 23 điểm trên các tuyến Quốc lộ 24, Quốc lộ 40B và đường Trường Sơn Đông. Nhờ số liệu trạm truyền về 10 phút/lần, tỷ lệ bản tin cảnh báo lũ quét, sạt lở đất có độ tin cậy từ mức khá trở lên đạt 76%, trong khi trước năm 2020 chỉ khoảng 60%.

Kinh phí duy tu, bảo dưỡng và thuê bao truyền số liệu bình quân 8,5 triệu đồng/trạm/năm, tổng cộng gần 357 triệu đồng mỗi năm, do ngân sách tỉnh bảo đảm. 4 tháng đầu năm 2025, Đài đã phát hành 118 bản tin dự báo, cảnh báo các loại, tăng 12% so với cùng kỳ.

Theo Kế hoạch số 96/KH-UBND, đến năm 2026 tỉnh sẽ lắp đặt thêm 18 trạm, nâng tổng số trạm đo mưa tự động lên 60 trạm, bảo đảm mỗi xã có nguy cơ cao về lũ quét có ít nhất 1 trạm. Tổng kinh phí dự kiến 3,2 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 70%.

Thanh Hà
"""

NOW = P("Đến nay", None, "2025-05-14")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
M4 = P("4 tháng đầu năm 2025", "2025-01-01", "2025-04-30")
T26 = P("đến năm 2026", None, "2026-12-31")
ST = "trạm đo mưa tự động"

FIGS = [
    F("Kon Tum: 42 trạm", "42", 42, "count", "trạm", "trạm đo mưa tự động phục vụ cảnh báo thiên tai"),
    F("đã có 42 trạm", "42", 42, "count", "trạm", "trạm đo mưa tự động được lắp đặt", NOW),
    F("tại 10/10 huyện", "10", 10, "count", "huyện, thành phố", "huyện, thành phố có trạm đo mưa tự động", NOW, total=10),
    F("trong đó 28 trạm", "28", 28, "count", "trạm", "trạm thuộc Dự án hiện đại hóa mạng lưới quan trắc", NOW, total=42),
    F("và 14 trạm", "14", 14, "count", "trạm", "trạm do các chủ đầu tư thủy điện lắp đặt", NOW, total=42),
    F("Đắk Glei (7 trạm)", "7", 7, "count", "trạm", ST, I(NOW), location="Đắk Glei"),
    F("Kon Plông (6 trạm)", "6", 6, "count", "trạm", ST, I(NOW), location="Kon Plông"),
    F("Tu Mơ Rông (6 trạm)", "6", 6, "count", "trạm", ST, I(NOW), location="Tu Mơ Rông"),
    F("khoảng 2.150 mm", "2.150", 2150, "measure", "mm", "tổng lượng mưa trung bình toàn tỉnh", Y24, approx="about",
      change=C("increase", 8, "%", "TBNN")),
    F("có 7 đợt", "7", 7, "count", "đợt mưa lớn", "đợt mưa lớn trong mùa mưa", Y24),
    F("tại 23 điểm", "23", 23, "count", "điểm", "điểm sạt lở", Y24),
    F("truyền về 10 phút/lần", "10", 10, "measure", "phút/lần", "tần suất truyền số liệu của trạm", optional=True),
    F("đạt 76%", "76", 76, "percent", "%", "tỷ lệ bản tin cảnh báo lũ quét, sạt lở đất có độ tin cậy từ mức khá trở lên"),
    F("khoảng 60%", "60", 60, "percent", "%", "tỷ lệ bản tin cảnh báo có độ tin cậy từ mức khá trở lên trước năm 2020", approx="about"),
    F("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/trạm/năm", "kinh phí duy tu, bảo dưỡng và thuê bao truyền số liệu bình quân"),
    F("gần 357 triệu", "357", 357e6, "money", "đồng/năm", "tổng kinh phí duy tu, bảo dưỡng và thuê bao truyền số liệu", approx="nearly"),
    F("phát hành 118 bản tin", "118", 118, "count", "bản tin", "bản tin dự báo, cảnh báo các loại", M4,
      change=C("increase", 12, "%", "cùng kỳ")),
    F("thêm 18 trạm", "18", 18, "count", "trạm", "trạm đo mưa tự động lắp đặt thêm", T26, status="target"),
    F("lên 60 trạm", "60", 60, "count", "trạm", "tổng số trạm đo mưa tự động", T26, status="target"),
    F("ít nhất 1 trạm", "1", 1, "count", "trạm", "trạm tại mỗi xã có nguy cơ cao về lũ quét", T26,
      approx="at_least", status="target", optional=True),
    F("dự kiến 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", "tổng kinh phí lắp đặt thêm trạm", I(T26), status="forecast"),
    F("hỗ trợ 70%", "70", 70, "percent", "%", "phần kinh phí ngân sách Trung ương hỗ trợ", I(T26), status="forecast"),
]

COMMENTS = [
    "Báo Kon Tum online, headline figure '42 trạm', dateline 'Thứ tư, 14/05/2025 - 09:47', tag '(BKT) -', byline at the end.",
    "Not figures: '(BKT)', times, 'Quốc lộ 24', 'Quốc lộ 40B', 'Kế hoạch số 96/KH-UBND', 'trước năm 2020' (a time reference).",
    "28 + 14 after 'trong đó' take total 42; '10/10 huyện, thành phố' total 10. Ranked districts are locations of a shared indicator.",
    "'Đến nay' ends at the dateline. '76%, trong khi trước năm 2020 chỉ khoảng 60%': 60% is a figure of its own (not a change baseline).",
    "'8,5 triệu đồng/trạm/năm' and '357 triệu đồng mỗi năm' keep the per-unit in the unit. '10 phút/lần' (spec) and 'ít nhất 1 trạm' (per commune) are optional.",
    "'Theo Kế hoạch ..., đến năm 2026 tỉnh sẽ lắp đặt thêm 18 trạm, nâng ... lên 60 trạm' -> target; 'Tổng kinh phí dự kiến 3,2 tỷ đồng, trong đó ... 70%' -> forecast;",
    "the 70% is the central budget's share of the estimate, a percent figure of its own (no base amount for it).",
]

write("p1000-8", TEXT, FIGS, COMMENTS, published="2025-05-14", location="Kon Tum")
