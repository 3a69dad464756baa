"""p845-5: Party/provincial newspaper (Báo Lâm Đồng), a private elderly care home in Đà Lạt; byline + bare date at the end."""
from lib import F, P, C, build

TEXT = """Viện dưỡng lão giữa phố núi

Viện dưỡng lão Thiên Ân trên đường Hoàng Văn Thụ, phường 4, TP Đà Lạt ra đời năm 2019, giữa một khu vườn thông yên tĩnh. Hiện cơ sở có quy mô 60 giường, đang chăm sóc 52 cụ, trong đó 34 cụ bà; người lớn tuổi nhất là một cụ bà 98 tuổi, quê Nam Định.

Mức phí chăm sóc tại đây từ 7 đến 12 triệu đồng/người/tháng tùy mức độ, thấp hơn khoảng 30% so với các cơ sở tương tự ở TP Hồ Chí Minh. Cơ sở có 21 nhân viên, gồm 2 bác sĩ, 6 điều dưỡng và 13 hộ lý; bình quân mỗi nhân viên chăm sóc 2,5 cụ.

Mỗi ngày, các cụ được đo huyết áp hai lần, tập dưỡng sinh buổi sáng và sinh hoạt câu lạc bộ thơ vào chiều thứ Bảy. Ông Phạm Văn Sáu, 86 tuổi, người ở đây đã 4 năm, cho biết con cháu ở xa nên ông tự nguyện vào viện.

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh Lâm Đồng hiện có 9 cơ sở chăm sóc người cao tuổi ngoài công lập với khoảng 380 người đang được nuôi dưỡng, tăng gần gấp đôi so với năm 2020. Tỉnh phấn đấu đến năm 2025 có thêm 3 cơ sở, ưu tiên tại Bảo Lộc và Đức Trọng.

Bà Trần Thị Hạnh, Giám đốc viện cho biết, cơ sở dự kiến mở rộng thêm 40 giường trong năm 2024, tổng vốn khoảng 15 tỷ đồng. “Nhiều gia đình phải đăng ký trước từ 3 đến 6 tháng mới có chỗ”, bà Hạnh nói.

NGỌC ANH
18/11/2023
"""

Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("quy mô 60 giường", "60", 60, "count", "giường", "quy mô giường của viện dưỡng lão"),
    F("chăm sóc 52 cụ", "52", 52, "count", "cụ", "cụ đang được viện dưỡng lão chăm sóc"),
    F("34 cụ bà", "34", 34, "count", "cụ bà", "cụ bà đang được chăm sóc", total=52),
    F("cụ bà 98 tuổi", "98", 98, "measure", "tuổi", "tuổi của người lớn tuổi nhất", optional=True),
    F("từ 7 đến 12 triệu", "7", 7e6, "money", "đồng/người/tháng", "mức phí chăm sóc",
      value_max=12e6, change=C("decrease", 30, "%", "các cơ sở tương tự ở TP Hồ Chí Minh", "about")),
    F("có 21 nhân viên", "21", 21, "count", "nhân viên", "nhân viên của viện dưỡng lão"),
    F("gồm 2 bác sĩ", "2", 2, "count", "bác sĩ", "bác sĩ của viện dưỡng lão", total=21),
    F("6 điều dưỡng", "6", 6, "count", "điều dưỡng", "điều dưỡng của viện dưỡng lão", total=21),
    F("13 hộ lý", "13", 13, "count", "hộ lý", "hộ lý của viện dưỡng lão", total=21),
    F("chăm sóc 2,5 cụ", "2,5", 2.5, "measure", "cụ/nhân viên", "số cụ bình quân mỗi nhân viên chăm sóc"),
    F("huyết áp hai lần", "hai", 2, "count", "lần", "số lần đo huyết áp mỗi ngày", optional=True),
    F("Sáu, 86 tuổi", "86", 86, "measure", "tuổi", "tuổi của ông Phạm Văn Sáu", optional=True),
    F("đã 4 năm", "4", 4, "measure", "năm", "thời gian ông Sáu ở viện", optional=True),
    F("có 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi ngoài công lập", location="Lâm Đồng"),
    F("khoảng 380 người", "380", 380, "count", "người", "người đang được nuôi dưỡng tại cơ sở ngoài công lập",
      approx="about", change=C("increase", 2, "lần", "năm 2020", "nearly"), location="Lâm Đồng"),
    F("thêm 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi ngoài công lập tăng thêm",
      P("đến năm 2025", None, "2025-12-31"), status="target", location="Lâm Đồng"),
    F("thêm 40 giường", "40", 40, "count", "giường", "giường mở rộng thêm", Y24, status="forecast"),
    F("khoảng 15 tỷ đồng", "15", 15e9, "money", "đồng", "tổng vốn mở rộng", Y24, approx="about", status="forecast"),
    F("từ 3 đến 6 tháng", "3", 3, "measure", "tháng", "thời gian đăng ký chờ có chỗ", value_max=6),
]

COMMENTS = [
    "Báo Lâm Đồng feature, byline NGỌC ANH and bare date 18/11/2023 at the end: one private care home in Đà Lạt, plus provincial figures.",
    "Distractors: năm 2019 (founding), phường 4, đường Hoàng Văn Thụ, name 'Phạm Văn Sáu', thứ Bảy, 'quê Nam Định', TP Hồ Chí Minh baseline.",
    "Ages of named residents, 'hai lần' a day and 'đã 4 năm' of one resident are anecdotal details: optional.",
    "Fee range 7-12 triệu carries the change 'thấp hơn khoảng 30% so với ...'. '1 nhân viên chăm sóc 2,5 cụ' is a rate (measure, cụ/nhân viên).",
    "'tăng gần gấp đôi so với năm 2020' is the change of 380 người (2 lần, nearly). Home's figures: Đà Lạt; province's: Lâm Đồng.",
    "'dự kiến ... trong năm 2024' governs 40 giường and the continuing clause 'tổng vốn khoảng 15 tỷ' (forecast). Waiting time 3-6 tháng is the claim (measure).",
]

if __name__ == "__main__":
    build("p845-5", TEXT, FIGS, COMMENTS, published="2023-11-18", location="Đà Lạt")
