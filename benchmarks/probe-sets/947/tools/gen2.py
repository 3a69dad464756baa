"""p947-2: district portal, quận Ninh Kiều (Cần Thơ), quý I/2025."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU
Tin hoạt động > Lao động - Thương binh và Xã hội
Ngày đăng: 08/04/2025 | Người đăng: Ngọc Hân

Ninh Kiều: ra quân đưa người xin ăn khỏi khu vực bến Ninh Kiều

Trong quý I/2025, Đội kiểm tra liên ngành số 2 của quận đã thực hiện 28 cuộc kiểm tra trên các tuyến đường Hai Bà Trưng, đường 30/4, Mậu Thân và khu vực chợ đêm Tây Đô, vận động, tập trung 43 người xin ăn, lang thang, tăng 9 người so với quý IV/2024. Trong số này có 17 người từ tỉnh khác (chủ yếu từ Sóc Trăng, Hậu Giang, Kiên Giang), 8 trẻ em dưới 16 tuổi và 6 người có biểu hiện tâm thần.

Sau khi xác minh, quận đã bàn giao 26 người cho gia đình đến nhận; chuyển 14 người về Trung tâm Bảo trợ xã hội thành phố Cần Thơ để chăm sóc, nuôi dưỡng tạm thời; 3 người còn lại được hỗ trợ 300.000 đồng/người tiền tàu xe về quê. Qua xác minh, nhiều người xin ăn có thu nhập từ 400.000 đến 600.000 đồng/ngày, cao hơn thu nhập của lao động phổ thông tại địa phương.

Đáng chú ý, số người tái diễn xin ăn (bị tập trung từ lần thứ 2 trở lên) là 5 người, giảm 6 người so với cùng kỳ năm 2024. Hiện 11/11 phường đã thành lập tổ tuần tra, giám sát tại các điểm du lịch.

Ông Trần Minh Tâm, Trưởng phòng Văn hóa - Xã hội quận cho biết, năm 2025 quận phấn đấu giảm ít nhất 30% số người xin ăn tại các điểm du lịch so với năm 2024. Dự kiến kinh phí cho công tác này trong năm 2025 khoảng 450 triệu đồng, gấp 1,5 lần năm trước. Người dân phát hiện người xin ăn, lang thang có thể báo qua đường dây nóng 0292.3820.115.
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("thực hiện 28 cuộc kiểm tra", "28", 28, "count", "cuộc kiểm tra", "cuộc kiểm tra", Q1),
    F("tập trung 43 người", "43", 43, "count", "người", "người xin ăn, lang thang được tập trung", Q1,
      change=C("increase", 9, "người", "quý IV/2024")),
    F("có 17 người từ tỉnh khác", "17", 17, "count", "người", "người xin ăn, lang thang từ tỉnh khác", I(Q1), total=43),
    F("8 trẻ em dưới 16 tuổi", "8", 8, "count", "trẻ em", "trẻ em dưới 16 tuổi", I(Q1), total=43),
    F("dưới 16 tuổi và", "16", 16, "measure", "tuổi", approx="under", optional=True),
    F("6 người có biểu hiện", "6", 6, "count", "người", "người có biểu hiện tâm thần", I(Q1), total=43),
    F("bàn giao 26 người", "26", 26, "count", "người", "người bàn giao cho gia đình", I(Q1)),
    F("chuyển 14 người", "14", 14, "count", "người", "người chuyển về Trung tâm Bảo trợ xã hội thành phố Cần Thơ", I(Q1)),
    F("; 3 người còn lại", "3", 3, "count", "người", "người được hỗ trợ tiền tàu xe về quê", I(Q1)),
    F("hỗ trợ 300.000 đồng/người", "300.000", 300000, "money", "đồng/người", "hỗ trợ tiền tàu xe về quê", I(Q1)),
    F("từ 400.000 đến 600.000 đồng/ngày", "400.000", 400000, "money", "đồng/ngày", "thu nhập của người xin ăn",
      value_max=600000),
    F("là 5 người", "5", 5, "count", "người", "người tái diễn xin ăn", I(Q1),
      change=C("decrease", 6, "người", "cùng kỳ năm 2024")),
    F("Hiện 11/11 phường", "11", 11, "count", "phường", "phường thành lập tổ tuần tra, giám sát", total=11),
    F("giảm ít nhất 30%", "30", 30, "percent", "%", "giảm số người xin ăn tại các điểm du lịch", Y25,
      approx="at_least", status="target"),
    F("khoảng 450 triệu đồng", "450", 450e6, "money", "đồng", "kinh phí cho công tác này", Y25,
      approx="about", status="forecast", change=C("increase", 1.5, "lần", "năm trước")),
]

NOTES = [
    "Cổng TTĐT quận Ninh Kiều (TP Cần Thơ): tập trung người xin ăn quý I/2025.",
    "'Trong số này' parts take the 43 as total; the disposal list 26/14/3 (=43) has no part-of cue: no total.",
    "'dưới 16 tuổi' is a category threshold: optional. 'lần thứ 2' ordinal, 'đường 30/4', 'Đội ... số 2', hotline: not figures.",
    "'gấp 1,5 lần năm trước' after an amount is read as its change (unit lần, as in 'tăng 2,8 lần so với cùng kỳ').",
    "revised after the first run: subject of 8 trẻ em is 'trẻ em dưới 16 tuổi' (the sentence's own qualifier; was a paraphrase).",
    "Location: district Ninh Kiều for everything (origin provinces in brackets are not places of the figures).",
]

write("p947-2", TEXT, FIGS, NOTES, published="2025-04-08", location="Ninh Kiều")
