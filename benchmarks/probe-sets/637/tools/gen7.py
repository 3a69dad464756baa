"""p637-7: Lâm Đồng plant-protection sub-department site (no dateline), quality sampling 2023, one-cell-per-line table."""
from lib import fig, per, inh, chg, write

TEXT = """CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT TỈNH LÂM ĐỒNG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả lấy mẫu kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật năm 2023

Năm 2023, Chi cục đã lấy 356 mẫu phân bón, thuốc bảo vệ thực vật để kiểm tra chất lượng, tăng 41 mẫu so với năm 2022. Kết quả chi tiết như sau:

Bảng. Kết quả lấy mẫu theo nhóm vật tư
Đơn vị tính: mẫu
Nhóm vật tư
Năm 2022
Năm 2023
Không đạt năm 2023
Phân bón vô cơ
142
168
19
Phân bón hữu cơ
96
121
23
Thuốc bảo vệ thực vật
77
67
3
Tổng cộng
315
356
45

Như vậy, tỷ lệ mẫu không đạt chất lượng năm 2023 là 12,6%, trong đó nhóm phân bón hữu cơ có tỷ lệ không đạt cao nhất (19%). Các chỉ tiêu không đạt chủ yếu là hàm lượng chất hữu cơ, đạm tổng số và mật độ vi sinh vật có ích, thấp hơn từ 20 đến 45% so với mức công bố. Các huyện Đức Trọng, Lâm Hà và Di Linh lần lượt có 14, 11 và 8 mẫu không đạt.

Chi cục đã chuyển hồ sơ 45 mẫu không đạt đến Thanh tra Sở để xử lý; qua đó xử phạt 27 cơ sở với tổng số tiền 412 triệu đồng.

Năm 2024, Chi cục dự kiến lấy khoảng 400 mẫu, trong đó mẫu phân bón hữu cơ chiếm từ 35 đến 40%.

Địa chỉ: số 14 Trần Hưng Đạo, Phường 10, TP Đà Lạt. Điện thoại: 0263.3822.529
Tổng lượt truy cập: 1.254.330
"""

NOTES = [
    "Lâm Đồng Chi cục Trồng trọt và BVTV site, no dateline (published null): quality sampling of fertilisers and pesticides in 2023.",
    "One-cell-per-line table with 'Đơn vị tính: mẫu': every numeric cell a count of samples; subject = row label + column label;",
    "period from the column header ('Năm 2022', 'Năm 2023', 'Không đạt năm 2023'), scored as in shared h23. No total on table cells",
    "(the table rule gives none; 'Tổng cộng' is a row of its own).",
    "'356 mẫu ..., tăng 41 mẫu so với năm 2022': change in samples. '12,6%' and the bracketed '(19%)' after it are percent figures each",
    "('a percent after another percent is a figure of its own'). 'thấp hơn từ 20 đến 45% so với mức công bố' is a rate that is the claim:",
    "percent figure 20-45, no change. 'lần lượt có 14, 11 và 8': district items, location the district.",
    "'dự kiến' → forecast, continuing into the 'trong đó' clause (35-40%, a share with no amount: a percent figure).",
    "Distractors: 'số 14 Trần Hưng Đạo, Phường 10, TP Đà Lạt', phone 0263.3822.529, 'Tổng lượt truy cập: 1.254.330'.",
]

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
KD = per("Không đạt năm 2023", "2023-01-01", "2023-12-31")
M = "mẫu không đạt chất lượng"

FIGS = [
    fig("lấy 356 mẫu", "356", 356, "count", "mẫu", "mẫu phân bón, thuốc bảo vệ thực vật lấy kiểm tra chất lượng", Y23,
        change=chg("increase", 41, unit="mẫu", baseline="năm 2022")),
    fig("Phân bón vô cơ\n142", "142", 142, "count", "mẫu", "mẫu phân bón vô cơ năm 2022", Y22),
    fig("142\n168", "168", 168, "count", "mẫu", "mẫu phân bón vô cơ năm 2023", Y23),
    fig("168\n19", "19", 19, "count", "mẫu", "mẫu phân bón vô cơ không đạt năm 2023", KD),
    fig("Phân bón hữu cơ\n96", "96", 96, "count", "mẫu", "mẫu phân bón hữu cơ năm 2022", Y22),
    fig("96\n121", "121", 121, "count", "mẫu", "mẫu phân bón hữu cơ năm 2023", Y23),
    fig("121\n23", "23", 23, "count", "mẫu", "mẫu phân bón hữu cơ không đạt năm 2023", KD),
    fig("thực vật\n77", "77", 77, "count", "mẫu", "mẫu thuốc bảo vệ thực vật năm 2022", Y22),
    fig("77\n67", "67", 67, "count", "mẫu", "mẫu thuốc bảo vệ thực vật năm 2023", Y23),
    fig("67\n3\n", "3", 3, "count", "mẫu", "mẫu thuốc bảo vệ thực vật không đạt năm 2023", KD),
    fig("Tổng cộng\n315", "315", 315, "count", "mẫu", "tổng cộng mẫu năm 2022", Y22),
    fig("315\n356", "356", 356, "count", "mẫu", "tổng cộng mẫu năm 2023", Y23),
    fig("356\n45", "45", 45, "count", "mẫu", "tổng cộng mẫu không đạt năm 2023", KD),
    fig("là 12,6%", "12,6", 12.6, "percent", "%", "tỷ lệ mẫu không đạt chất lượng", per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("(19%)", "19", 19, "percent", "%", "tỷ lệ mẫu không đạt của nhóm phân bón hữu cơ", per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("từ 20 đến 45%", "20", 20, "percent", "%", "hàm lượng chất hữu cơ, đạm tổng số và mật độ vi sinh vật có ích thấp hơn so với mức công bố",
        value_max=45),
    fig("có 14,", "14", 14, "count", "mẫu", M, inh(Y23), location="Đức Trọng"),
    fig(" 11 và 8", "11", 11, "count", "mẫu", M, inh(Y23), location="Lâm Hà"),
    fig("và 8 mẫu", "8", 8, "count", "mẫu", M, inh(Y23), location="Di Linh"),
    fig("hồ sơ 45 mẫu", "45", 45, "count", "mẫu", "mẫu không đạt chuyển hồ sơ xử lý", inh(Y23)),
    fig("phạt 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở bị xử phạt", inh(Y23)),
    fig("tiền 412 triệu đồng", "412", 412000000, "money", "đồng", "tổng số tiền xử phạt", inh(Y23)),
    fig("khoảng 400 mẫu", "400", 400, "count", "mẫu", "mẫu lấy kiểm tra chất lượng", per("Năm 2024", "2024-01-01", "2024-12-31"),
        approx="about", status="forecast"),
    fig("từ 35 đến 40%", "35", 35, "percent", "%", "tỷ trọng mẫu phân bón hữu cơ trong số mẫu lấy", per("Năm 2024", "2024-01-01", "2024-12-31"),
        value_max=40, status="forecast"),
]

write("p637-7", TEXT, NOTES, FIGS, published=None, location="Lâm Đồng")
