from lib import F, P, emit

TEXT = """Cam Lâm đẩy nhanh giải phóng mặt bằng cao tốc Khánh Hòa - Buôn Ma Thuột
Thứ Ba, 15/10/2024 - 09:20

Dự án đường bộ cao tốc Khánh Hòa - Buôn Ma Thuột (giai đoạn 1) đoạn qua huyện Cam Lâm dài 18,6 km, cần thu hồi khoảng 142 ha đất của 1.037 hộ dân và 6 tổ chức tại các xã Suối Cát, Suối Tân, Cam Tân và Cam Hòa.

Đến ngày 10/10/2024, huyện đã bàn giao cho chủ đầu tư 139,2 ha, đạt 98%; riêng 9 tháng năm 2024 bàn giao thêm 21,7 ha. Trong 9 tháng, Hội đồng bồi thường huyện đã chi trả cho 982 hộ với số tiền 417,5 tỷ đồng, tăng 35,2% so với cùng kỳ năm 2023.

Tổng kinh phí bồi thường, hỗ trợ của dự án qua huyện được phê duyệt là 1.130,6 tỷ đồng. Lũy kế từ khi triển khai dự án đến nay, huyện đã chi trả gần 1.090 tỷ đồng, đạt 96,4%.

Huyện đã đầu tư 2 khu tái định cư tại xã Suối Tân và xã Cam Tân với 356 lô đất, diện tích mỗi lô từ 100 đến 150 m2. Đến nay đã giao 214 lô cho các hộ đủ điều kiện, trong đó 158 hộ đã xây dựng nhà ở ổn định; còn 142 lô chưa giao do một số hộ chưa hoàn thiện hồ sơ.

Từ đầu năm đến nay, huyện tiếp nhận 47 đơn khiếu nại, kiến nghị liên quan đến bồi thường, giảm 18 đơn so với cùng kỳ; đã giải quyết xong 41 đơn, đạt 87,2%. Các trường hợp còn lại đang được Tổ công tác số 3 đối thoại, giải thích chính sách theo Luật Đất đai năm 2024.

Tại buổi làm việc chiều 14/10, Phó Chủ tịch UBND huyện đề nghị Hội đồng bồi thường hoàn thành bàn giao toàn bộ diện tích còn lại trước ngày 30/11/2024, chi trả dứt điểm cho 55 hộ còn lại trong quý IV/2024. Người dân cần hỗ trợ có thể liên hệ đường dây nóng 0258.3983.115.

Thanh Tùng - Trung tâm VH-TT&TT huyện
"""

DN = P("Đến nay", None, "2024-10-15")
FIGS = [
    F("dài 18,6 km", "18,6", 18.6, "measure", "km", "chiều dài đoạn qua huyện Cam Lâm"),
    F("khoảng 142 ha", "142", 142, "measure", "ha", "diện tích đất cần thu hồi", approx="about"),
    F("của 1.037 hộ", "1.037", 1037, "count", "hộ", "hộ dân bị thu hồi đất"),
    F("và 6 tổ chức", "6", 6, "count", "tổ chức", "tổ chức bị thu hồi đất"),
    F("chủ đầu tư 139,2 ha", "139,2", 139.2, "measure", "ha", "diện tích đã bàn giao cho chủ đầu tư",
      P("Đến ngày 10/10/2024", None, "2024-10-10"), percent=98),
    F("thêm 21,7 ha", "21,7", 21.7, "measure", "ha", "diện tích bàn giao thêm",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("cho 982 hộ", "982", 982, "count", "hộ", "hộ được chi trả bồi thường",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("số tiền 417,5 tỷ đồng", "417,5", 417500000000, "money", "đồng", "số tiền bồi thường đã chi trả",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30"),
      change={"direction": "increase", "value": 35.2, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("là 1.130,6 tỷ đồng", "1.130,6", 1130600000000, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ được phê duyệt"),
    F("gần 1.090 tỷ đồng", "1.090", 1090000000000, "money", "đồng", "kinh phí bồi thường đã chi trả",
      P("từ khi triển khai dự án đến nay", None, "2024-10-15"), approx="nearly", percent=96.4),
    F("đầu tư 2 khu", "2", 2, "count", "khu tái định cư", "khu tái định cư"),
    F("với 356 lô", "356", 356, "count", "lô đất", "lô đất tái định cư"),
    F("từ 100 đến 150 m2", "100", 100, "measure", "m2", "diện tích mỗi lô", value_max=150),
    F("giao 214 lô", "214", 214, "count", "lô", "lô đã giao cho các hộ đủ điều kiện", DN),
    F("trong đó 158 hộ", "158", 158, "count", "hộ", "hộ đã xây dựng nhà ở ổn định", DN),
    F("còn 142 lô", "142", 142, "count", "lô", "lô chưa giao", DN),
    F("tiếp nhận 47 đơn", "47", 47, "count", "đơn", "đơn khiếu nại, kiến nghị liên quan đến bồi thường",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15"),
      change={"direction": "decrease", "value": 18, "unit": "đơn", "baseline": "cùng kỳ"}),
    F("xong 41 đơn", "41", 41, "count", "đơn", "đơn đã giải quyết xong",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15"), percent=87.2),
    F("cho 55 hộ", "55", 55, "count", "hộ", "hộ còn lại được chi trả dứt điểm",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
]

HEADER = """Cổng TTĐT huyện Cam Lâm, Khánh Hòa (district portal): GPMB cao tốc Khánh Hòa - Buôn Ma Thuột. Dateline 'Thứ Ba, 15/10/2024 - 09:20'; byline at the end.
Location Cam Lâm for every figure (communes are not provinces or districts). Distractors: '(giai đoạn 1)', 'Tổ công tác số 3', 'Luật Đất đai năm 2024',
'chiều 14/10', 'trước ngày 30/11/2024' (no figure), hotline 0258.3983.115.
First paragraph is static (no period). 'Trong 9 tháng' takes 2024. The change 'tăng 35,2%' follows the money amount (the nearest figure).
'1.130,6 tỷ' stands in its own sentence: a figure; 'gần 1.090 tỷ … đạt 96,4%' carries that share only (no total/target: the approved budget is a separate claim).
'214 lô …, trong đó 158 hộ': a 'trong đó' part that counts another thing (hộ vs lô) gets no total. '214 lô' of the '356 lô' has no part-of cue: no total.
'Đến nay' / 'từ khi triển khai dự án đến nay' end at the dateline; 'Từ đầu năm đến nay' = 2024-01-01 … dateline.
The complaint count carries its own change ('giảm 18 đơn so với cùng kỳ', unit đơn); '41 đơn, đạt 87,2%' percent. '55 hộ … trong quý IV/2024' target."""

emit("p300-2", TEXT, FIGS, HEADER, published="2024-10-15", location="Cam Lâm")
