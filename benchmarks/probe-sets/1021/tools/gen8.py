"""p1021-8: provincial newspaper online (Báo Long An), headline figure, '(BLA) -' tag: overpasses for pupils."""
from lib import F, P, chg, write

TEXT = """BÁO LONG AN ONLINE
Thời sự > Giao thông

Hơn 11.000 học sinh qua đường an toàn nhờ 9 cầu vượt trên quốc lộ

Thứ Năm, 06/02/2025 - 15:40

(BLA) - Sau hơn 2 năm triển khai chương trình "Cầu vượt an toàn cho học sinh", đến nay trên các tuyến Quốc lộ 1, Quốc lộ 50, Quốc lộ 62 đoạn qua tỉnh đã có 9 cầu vượt bộ hành được xây dựng, gồm: Bến Lức 3 cầu, Thủ Thừa 2 cầu, Tân An 2 cầu và Cần Giuộc 2 cầu. Chương trình được phát động tại Hội nghị an toàn giao thông học đường lần thứ 3 của tỉnh.

Tổng kinh phí xây dựng các cầu là 84,6 tỷ đồng, trong đó vốn vận động xã hội hóa đạt 31,2 tỷ đồng, chiếm 36,9%. Các cầu phục vụ hơn 11.000 học sinh của 14 trường học; mỗi cầu bình quân có khoảng 1.300 lượt học sinh qua lại/ngày, cầu trước Trường THPT Cần Giuộc đông nhất với khoảng 2.400 lượt/ngày. Năm 2024, lượng học sinh qua các cầu ước đạt 3,1 triệu lượt, tăng 14% so với năm 2023.

Theo Ban An toàn giao thông tỉnh, năm 2024, số vụ tai nạn giao thông liên quan đến học sinh trên các đoạn quốc lộ có cầu vượt là 7 vụ, giảm 58,8% so với năm 2021 (17 vụ) - thời điểm trước khi có cầu. Riêng tháng 1/2025 không xảy ra vụ nào.

Năm 2025, tỉnh phấn đấu xây dựng thêm 3 cầu vượt tại huyện Đức Hòa với kinh phí dự kiến khoảng 30 tỷ đồng, trong đó vận động xã hội hóa ít nhất 10 tỷ đồng. Theo kế hoạch, đến cuối năm 2025 tổng số cầu vượt bộ hành trên địa bàn tỉnh đạt 12 cầu.

Ngọc Mẫn
"""

NOW = P("đến nay", end="2025-02-06")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "cầu vượt bộ hành được xây dựng"

FIGS = [
    F("Hơn 11.000 học sinh qua", "11.000", 11000, "count", "học sinh", approx="over",
      subject="học sinh qua đường an toàn nhờ cầu vượt"),
    F("nhờ 9 cầu vượt", "9", 9, "count", "cầu vượt", subject="cầu vượt trên quốc lộ"),
    F("đã có 9 cầu vượt", "9", 9, "count", "cầu vượt bộ hành", subject=LIST, period=NOW),
    F("Bến Lức 3 cầu", "3", 3, "count", "cầu", total=9, subject=LIST, period=NOW, location="Bến Lức"),
    F("Thủ Thừa 2 cầu", "2", 2, "count", "cầu", total=9, subject=LIST, period=NOW, location="Thủ Thừa"),
    F("Tân An 2 cầu", "2", 2, "count", "cầu", total=9, subject=LIST, period=NOW, location="Tân An"),
    F("Cần Giuộc 2 cầu", "2", 2, "count", "cầu", total=9, subject=LIST, period=NOW, location="Cần Giuộc"),
    F("là 84,6 tỷ đồng", "84,6", 84.6e9, "money", "đồng", subject="tổng kinh phí xây dựng các cầu vượt"),
    F("đạt 31,2 tỷ đồng", "31,2", 31.2e9, "money", "đồng", total=84.6e9, percent=36.9,
      subject="vốn vận động xã hội hóa xây dựng cầu vượt"),
    F("phục vụ hơn 11.000 học sinh", "11.000", 11000, "count", "học sinh", approx="over",
      subject="học sinh được các cầu vượt phục vụ"),
    F("của 14 trường học", "14", 14, "count", "trường học", subject="trường học có học sinh sử dụng cầu vượt"),
    F("khoảng 1.300 lượt", "1.300", 1300, "measure", "lượt học sinh/ngày", approx="about",
      subject="lượt học sinh qua lại bình quân mỗi cầu"),
    F("khoảng 2.400 lượt/ngày", "2.400", 2400, "measure", "lượt/ngày", approx="about",
      subject="lượt người qua cầu trước Trường THPT Cần Giuộc", location="Cần Giuộc"),
    F("ước đạt 3,1 triệu lượt", "3,1", 3.1e6, "count", "lượt", status="estimate",
      change=chg("increase", 14, "%", "năm 2023"),
      subject="lượt học sinh qua các cầu vượt", period=Y24),
    F("là 7 vụ", "7", 7, "count", "vụ", change=chg("decrease", 58.8, "%", "năm 2021"),
      subject="vụ tai nạn giao thông liên quan đến học sinh trên các đoạn quốc lộ có cầu vượt",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("(17 vụ)", "17", 17, "count", "vụ",
      subject="vụ tai nạn giao thông liên quan đến học sinh trên các đoạn quốc lộ có cầu vượt",
      period=P("năm 2021", "2021-01-01", "2021-12-31")),
    F("thêm 3 cầu vượt", "3", 3, "count", "cầu vượt", status="target",
      subject="cầu vượt xây dựng thêm", period=Y25, location="Đức Hòa"),
    F("khoảng 30 tỷ đồng", "30", 30e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí xây dựng cầu vượt tại huyện Đức Hòa", period=Y25, location="Đức Hòa"),
    F("ít nhất 10 tỷ đồng", "10", 10e9, "money", "đồng", approx="at_least", status="forecast", total=30e9,
      subject="vốn vận động xã hội hóa xây dựng cầu vượt", period=Y25, location="Đức Hòa"),
    F("đạt 12 cầu", "12", 12, "count", "cầu", status="target",
      subject="tổng số cầu vượt bộ hành trên địa bàn tỉnh", period=P("đến cuối năm 2025", end="2025-12-31")),
]

NOTES = [
    "Báo Long An online, 06/02/2025, tag (BLA): nine pedestrian overpasses on national highways for pupils.",
    "Headline figures (11.000 học sinh, 9 cầu vượt) are annotated like body figures (no period).",
    "Distractors: Quốc lộ 1/50/62, 'Sau hơn 2 năm triển khai' (duration locating time), 'tháng 1/2025' (no figure), 15:40, 'Hội nghị ... lần thứ 3' (ordinal in a name).",
    "'gồm:' list of districts adds up to the 9 bridges: total 9, location each district; 'đến nay' = as-of the dateline.",
    "'(17 vụ)' is the baseline's own count: a figure dated năm 2021. 'ít nhất 10 tỷ' after 'trong đó' in the dự kiến clause: total 30 tỷ, forecast.",
    "revised after the first run: unit of 'khoảng 1.300 lượt học sinh qua lại/ngày' is the written noun + rate 'lượt học sinh/ngày' (was 'lượt/ngày').",
    "The Đức Hòa plan (3 cầu, 30 tỷ, 10 tỷ) is located in Đức Hòa; the province total 12 cầu in Long An.",
]

write("p1021-8", TEXT, FIGS, published="2025-02-06", location="Long An", notes=NOTES)
