from lib import F, P, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG TÈ
Ngày đăng: 05/06/2024 | Người đăng: Lò Văn Hùng | Lượt xem: 418

Mường Tè khắc phục hậu quả động đất, kiểm tra an toàn hồ đập

Lúc 22 giờ 41 phút ngày 2/6/2024, tại khu vực xã Kan Hồ, gần lòng hồ thủy điện Lai Châu, xảy ra trận động đất có độ lớn 3,9 độ richter, độ sâu chấn tiêu khoảng 10 km. Đây là trận mạnh nhất trong số 11 trận động đất ghi nhận trên địa bàn huyện từ đầu năm 2024.

Theo báo cáo nhanh của UBND các xã, động đất làm 23 ngôi nhà bị nứt tường, hư hỏng nhẹ, gồm: xã Kan Hồ 15 nhà, xã Bum Nưa 5 nhà, thị trấn Mường Tè 3 nhà; 1 điểm trường bị nứt chân tường. Tổng thiệt hại ước tính khoảng 480 triệu đồng. UBND huyện đã hỗ trợ mỗi hộ 2 triệu đồng từ nguồn dự phòng ngân sách.

Cùng ngày, đoàn công tác của huyện đã kiểm tra 7 hồ chứa thủy lợi nhỏ và 2 đập dâng trên địa bàn, chưa phát hiện dấu hiệu mất an toàn. Tuy nhiên, 3 hồ có mái đập thượng lưu bị sạt lở cục bộ, cần sửa chữa với kinh phí dự kiến 1,65 tỷ đồng.

Theo Công ty Thủy điện Lai Châu, lúc 7 giờ ngày 3/6/2024, mực nước hồ ở cao trình 268,3 m, dung tích hồ đạt 710 triệu m³; sau động đất, các thiết bị quan trắc tại đập không ghi nhận biến dạng bất thường. Hồ thủy điện Lai Châu có dung tích toàn bộ 1,215 tỷ m³, mực nước dâng bình thường 295 m.

Trong năm 2024, huyện phấn đấu 100% hồ chứa nhỏ có phương án ứng phó thiên tai được phê duyệt; hiện đã có 5/7 hồ hoàn thành.

Đường dây nóng Ban Chỉ huy PCTT và TKCN huyện: 0213.3881.123.
"""

D26 = P("ngày 2/6/2024", "2024-06-02", "2024-06-02")
D26i = P("ngày 2/6/2024", "2024-06-02", "2024-06-02", inh=True)
D36 = P("lúc 7 giờ ngày 3/6/2024", "2024-06-03", "2024-06-03")

FIGS = [
    F("độ lớn 3,9 độ richter", "3,9", 3.9, "measure", "độ richter", "độ lớn trận động đất", D26),
    F("khoảng 10 km", "10", 10, "measure", "km", "độ sâu chấn tiêu", D26, approx="about"),
    F("số 11 trận", "11", 11, "count", "trận động đất", "trận động đất ghi nhận trên địa bàn huyện",
      P("từ đầu năm 2024", "2024-01-01", "2024-06-05")),
    F("làm 23 ngôi nhà", "23", 23, "count", "ngôi nhà", "ngôi nhà bị nứt tường, hư hỏng nhẹ", D26i),
    F("Kan Hồ 15 nhà", "15", 15, "count", "nhà", "nhà bị nứt tường, hư hỏng nhẹ", D26i, total=23),
    F("Bum Nưa 5 nhà", "5", 5, "count", "nhà", "nhà bị nứt tường, hư hỏng nhẹ", D26i, total=23),
    F("Mường Tè 3 nhà", "3", 3, "count", "nhà", "nhà bị nứt tường, hư hỏng nhẹ", D26i, total=23),
    F("1 điểm trường", "1", 1, "count", "điểm trường", "điểm trường bị nứt chân tường", D26i),
    F("khoảng 480 triệu đồng", "480", 480000000, "money", "đồng", "tổng thiệt hại", D26i, approx="about", status="estimate"),
    F("mỗi hộ 2 triệu đồng", "2", 2000000, "money", "đồng", "mức hỗ trợ mỗi hộ", D26i),
    F("kiểm tra 7 hồ", "7", 7, "count", "hồ chứa thủy lợi nhỏ", "hồ chứa thủy lợi nhỏ được kiểm tra"),
    F("và 2 đập dâng", "2", 2, "count", "đập dâng", "đập dâng được kiểm tra"),
    F("Tuy nhiên, 3 hồ", "3", 3, "count", "hồ", "hồ có mái đập thượng lưu bị sạt lở cục bộ"),
    F("dự kiến 1,65 tỷ đồng", "1,65", 1650000000, "money", "đồng", "kinh phí sửa chữa", status="forecast"),
    F("cao trình 268,3 m", "268,3", 268.3, "measure", "m", "mực nước hồ thủy điện Lai Châu", D36),
    F("đạt 710 triệu m³", "710", 710000000, "measure", "m³", "dung tích hồ", D36),
    F("toàn bộ 1,215 tỷ m³", "1,215", 1215000000, "measure", "m³", "dung tích toàn bộ hồ thủy điện Lai Châu"),
    F("bình thường 295 m", "295", 295, "measure", "m", "mực nước dâng bình thường hồ thủy điện Lai Châu"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "hồ chứa nhỏ có phương án ứng phó thiên tai được phê duyệt",
      P("Trong năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("có 5/7 hồ", "5", 5, "count", "hồ", "hồ chứa nhỏ có phương án ứng phó thiên tai được phê duyệt", total=7),
]

COMMENTS = [
    "District portal (huyện Mường Tè, Lai Châu): earthquake of 2/6/2024 near the Lai Châu hydropower reservoir, damage, support, dam checks.",
    "Header 'Ngày đăng: 05/06/2024 | Người đăng: … | Lượt xem: 418' (counter = furniture). '22 giờ 41 phút', '7 giờ', hotline 0213.3881.123 are distractors.",
    "A district portal implies its district: default location Mường Tè; communes (Kan Hồ, Bum Nưa) and 'thị trấn Mường Tè' stay Mường Tè.",
    "'23 ngôi nhà …, gồm: … 15 nhà, … 5 nhà, … 3 nhà' = parts with total 23. 'từ đầu năm 2024' (the article's own period) ends at the dateline.",
    "'ước tính khoảng 480 triệu đồng' = estimate, about. 'kinh phí dự kiến' = forecast. '3 hồ' has no part cue to the 7 inspected (no total).",
    "'Cùng ngày' is ambiguous (2/6 or the report day): no period for the inspection figures. '1,215 tỷ m³' = 1 215 000 000 (decimal before a multiplier).",
    "Design parameters (dung tích toàn bộ, mực nước dâng bình thường 295 m) are stated as facts: required, no period.",
]

emit("p419-6", TEXT, COMMENTS, FIGS, published="2024-06-05", location="Mường Tè")
