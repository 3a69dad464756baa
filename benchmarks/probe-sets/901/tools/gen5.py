"""p901-5: Báo Hải Dương (Party paper), phường Duy Tân, thị xã Kinh Môn, after the handmade kilns closed (2025)."""
from lib import F, P, I, C, T, write

TEXT = """Làng vôi Duy Tân đổi thay sau khi "tắt" lò thủ công

Từng là "thủ phủ" vôi của Hải Dương, phường Duy Tân (thị xã Kinh Môn) nay đã vắng bóng những cột khói đen dọc Quốc lộ 17B.

Năm 2019, phường Duy Tân có 47 lò vôi thủ công với gần 600 lao động. Đến nay, 41 lò đã dừng hoạt động và được tháo dỡ, 6 lò còn lại đang hoàn tất thủ tục chuyển đổi. Thay vào đó, Công ty CP Vôi Duy Tân 2 đầu tư 2 lò đứng công nghiệp, công suất mỗi lò 150 tấn/ngày, tổng vốn khoảng 95 tỷ đồng.

Ông Nguyễn Văn Bảy, Giám đốc công ty cho biết, năm 2024 công ty sản xuất 86.400 tấn vôi, doanh thu đạt 112 tỷ đồng, nộp ngân sách 6,8 tỷ đồng. Công ty hiện sử dụng 74 lao động, trong đó 52 người từng làm ở các lò thủ công, thu nhập bình quân 9,2 triệu đồng/người/tháng, cao hơn 35% so với trước. "Lò mới đốt bằng khí than, bụi gần như không còn, anh em không phải đội nắng ra vôi như trước", ông Bảy nói.

Theo UBND thị xã Kinh Môn, năm 2024 toàn thị xã sản xuất khoảng 1,1 triệu tấn vôi, giảm 8% so với năm 2023, nhưng tỷ lệ vôi từ lò công nghiệp đã đạt 72%. Mức hỗ trợ tháo dỡ lò thủ công từ 30-50 triệu đồng/lò. Thị xã đặt mục tiêu đến năm 2026 không còn lò vôi thủ công, nâng tỷ lệ vôi từ lò công nghiệp lên 100%. Đá vôi nguyên liệu được khai thác chủ yếu tại các mỏ núi Nham Dương, núi Công với khoảng 2,3 triệu tấn mỗi năm.

VĂN HƯNG
22/3/2025
"""

Y19 = P("Năm 2019", "2019-01-01", "2019-12-31")
NOW = P("Đến nay", None, "2025-03-22")
Y24a = P("năm 2024", "2024-01-01", "2024-12-31")
T26 = P("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("có 47 lò vôi", "47", 47, "count", "lò vôi", "lò vôi thủ công", Y19),
    F("gần 600 lao động", "600", 600, "count", "lao động", "lao động làm lò vôi thủ công", Y19, approx="nearly"),
    F("41 lò đã dừng", "41", 41, "count", "lò", "lò vôi thủ công đã dừng hoạt động và được tháo dỡ", NOW),
    F("6 lò còn lại", "6", 6, "count", "lò", "lò vôi thủ công còn lại đang hoàn tất thủ tục chuyển đổi", NOW),
    F("đầu tư 2 lò đứng", "2", 2, "count", "lò đứng", "lò đứng công nghiệp Công ty CP Vôi Duy Tân 2 đầu tư"),
    F("mỗi lò 150 tấn/ngày", "150", 150, "measure", "tấn/ngày", "công suất mỗi lò đứng công nghiệp"),
    F("khoảng 95 tỷ đồng", "95", 95000000000, "money", "đồng", "tổng vốn đầu tư lò đứng công nghiệp", approx="about"),
    F("sản xuất 86.400 tấn", "86.400", 86400, "measure", "tấn", "sản lượng vôi của công ty", Y24a),
    F("đạt 112 tỷ đồng", "112", 112000000000, "money", "đồng", "doanh thu của công ty", Y24a),
    F("nộp ngân sách 6,8 tỷ đồng", "6,8", 6800000000, "money", "đồng", "nộp ngân sách của công ty", Y24a),
    F("sử dụng 74 lao động", "74", 74, "count", "lao động", "lao động của công ty"),
    F("trong đó 52 người", "52", 52, "count", "người", "lao động từng làm ở các lò thủ công", total=74),
    F("bình quân 9,2 triệu đồng/người/tháng", "9,2", 9200000, "money", "đồng/người/tháng",
      "thu nhập bình quân lao động của công ty", change=C("increase", 35, "%", "trước")),
    F("khoảng 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn", "sản lượng vôi toàn thị xã", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", change=C("decrease", 8, "%", "năm 2023")),
    F("đạt 72%", "72", 72, "percent", "%", "tỷ lệ vôi từ lò công nghiệp", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("từ 30-50 triệu", "30", 30000000, "money", "đồng/lò", "mức hỗ trợ tháo dỡ lò thủ công", value_max=50000000),
    F("khoảng 2,3 triệu tấn mỗi năm", "2,3", 2300000, "measure", "tấn/năm", "sản lượng đá vôi nguyên liệu khai thác",
      approx="about"),
    F("lên 100%", "100", 100, "percent", "%", "tỷ lệ vôi từ lò công nghiệp", T26, status="target"),
]

COMMENTS = [
    "Báo Hải Dương feature: phường Duy Tân, thị xã Kinh Môn. Byline VĂN HƯNG and bare date 22/3/2025 at the end (published).",
    "Location Kinh Môn (the district-level town) for every figure; the phường lies in it.",
    "41 and 6 kilns are not given total 47: no part-of cue, and 47 is the 2019 stock while 41/6 are as of 'Đến nay'.",
    "52 người after 'trong đó' after 74 lao động: total 74. 'cao hơn 35% so với trước' is the change of 9,2 triệu.",
    "Distractors: Quốc lộ 17B, Công ty CP Vôi Duy Tân 2, the name Nguyễn Văn Bảy / ông Bảy, byline date.",
    "'hiện' and the investment sentence carry no period phrase: no period.",
]

write("p901-5", TEXT, FIGS, COMMENTS, published="2025-03-22", location="Kinh Môn")
