"""p1000-1: Hà Giang province portal — 36 new automatic rain gauges handed over (June 2024)."""
from lib import F, P, I, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Hà Giang đưa vào vận hành thêm 36 trạm đo mưa tự động

Cập nhật: 12/06/2024 09:15 | Lượt xem: 2.318

Sáng 11/6, Sở Tài nguyên và Môi trường phối hợp với Đài Khí tượng Thủy văn tỉnh tổ chức bàn giao, đưa vào vận hành 36 trạm đo mưa tự động thuộc Dự án tăng cường năng lực cảnh báo sớm thiên tai tỉnh Hà Giang giai đoạn 2023-2025. Dự án được phê duyệt tại Quyết định số 1125/QĐ-UBND ngày 15/8/2023, tổng mức đầu tư 18,6 tỷ đồng, trong đó vốn ngân sách tỉnh 7,4 tỷ đồng, còn lại là vốn vay ODA.

Với 36 trạm mới, toàn tỉnh hiện có 152 trạm đo mưa tự động, tăng gấp 2,4 lần so với năm 2020, phủ kín 11/11 huyện, thành phố. Các trạm mới được đặt tại những xã có nguy cơ cao xảy ra lũ quét, sạt lở đất, nhiều nhất ở các huyện Hoàng Su Phì (8 trạm), Xín Mần (7 trạm), Bắc Mê (6 trạm) và Vị Xuyên (5 trạm). Mỗi trạm có cảm biến đo mưa với độ phân giải 0,2 mm, số liệu được truyền 10 phút/lần về Trung tâm dữ liệu của Đài.

Theo Đài Khí tượng Thủy văn tỉnh, 5 tháng đầu năm 2024, mạng lưới trạm đã ghi nhận 14 đợt mưa lớn; lượng mưa ngày lớn nhất đo được tại trạm Quảng Ngần (Vị Xuyên) là 186,4 mm. Đài đã phát hành 97 bản tin cảnh báo lũ quét, sạt lở đất, tăng 21 bản tin so với cùng kỳ năm 2023. Nhờ cảnh báo kịp thời, các địa phương đã di dời hơn 420 hộ dân ra khỏi vùng nguy hiểm.

Phát biểu tại buổi bàn giao, Phó Chủ tịch UBND tỉnh Nguyễn Minh Tiến đề nghị các huyện giao cho UBND xã quản lý, bảo vệ trạm, không để xảy ra mất cắp thiết bị như 3 trường hợp năm 2023. Theo kế hoạch, đến năm 2025 tỉnh phấn đấu nâng tổng số trạm đo mưa tự động lên 200 trạm, tỷ lệ số liệu truyền về đầy đủ đạt trên 95%.
"""

D11 = P("Sáng 11/6", "2024-06-11", "2024-06-11")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
NEW = "trạm đo mưa tự động mới lắp đặt"

FIGS = [
    F("vận hành thêm 36 trạm", "36", 36, "count", "trạm", "trạm đo mưa tự động đưa vào vận hành"),
    F("vận hành 36 trạm đo mưa", "36", 36, "count", "trạm", "trạm đo mưa tự động bàn giao, đưa vào vận hành", D11),
    F("tổng mức đầu tư 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "tổng mức đầu tư của dự án"),
    F("tỉnh 7,4 tỷ đồng", "7,4", 7.4e9, "money", "đồng", "vốn ngân sách tỉnh của dự án", total=18.6e9),
    F("Với 36 trạm mới", "36", 36, "count", "trạm", "trạm đo mưa tự động mới", optional=True),
    F("hiện có 152 trạm", "152", 152, "count", "trạm", "trạm đo mưa tự động toàn tỉnh",
      change=C("increase", 2.4, "lần", "năm 2020")),
    F("phủ kín 11/11 huyện", "11", 11, "count", "huyện, thành phố", "huyện, thành phố có trạm đo mưa tự động", total=11),
    F("Hoàng Su Phì (8 trạm)", "8", 8, "count", "trạm", NEW, location="Hoàng Su Phì"),
    F("Xín Mần (7 trạm)", "7", 7, "count", "trạm", NEW, location="Xín Mần"),
    F("Bắc Mê (6 trạm)", "6", 6, "count", "trạm", NEW, location="Bắc Mê"),
    F("Vị Xuyên (5 trạm)", "5", 5, "count", "trạm", NEW, location="Vị Xuyên"),
    F("độ phân giải 0,2 mm", "0,2", 0.2, "measure", "mm", "độ phân giải của cảm biến đo mưa", optional=True),
    F("truyền 10 phút/lần", "10", 10, "measure", "phút/lần", "tần suất truyền số liệu", optional=True),
    F("ghi nhận 14 đợt mưa lớn", "14", 14, "count", "đợt mưa lớn", "đợt mưa lớn mạng lưới trạm ghi nhận", M5),
    F("là 186,4 mm", "186,4", 186.4, "measure", "mm", "lượng mưa ngày lớn nhất", M5, location="Vị Xuyên"),
    F("phát hành 97 bản tin", "97", 97, "count", "bản tin", "bản tin cảnh báo lũ quét, sạt lở đất", I(M5),
      change=C("increase", 21, "bản tin", "cùng kỳ năm 2023")),
    F("hơn 420 hộ dân", "420", 420, "count", "hộ", "hộ dân di dời ra khỏi vùng nguy hiểm", I(M5), approx="over"),
    F("như 3 trường hợp", "3", 3, "count", "trường hợp", "trường hợp mất cắp thiết bị trạm", Y23),
    F("lên 200 trạm", "200", 200, "count", "trạm", "tổng số trạm đo mưa tự động", T25, status="target"),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ số liệu truyền về đầy đủ", T25, status="target", approx="over"),
]

COMMENTS = [
    "Hà Giang provincial portal: 36 automatic rain gauges handed over on 11/6/2024; network, rainfall, warnings, 2025 targets.",
    "Not figures: 'Lượt xem: 2.318', '09:15', 'Sáng 11/6' (date), 'giai đoạn 2023-2025' (project name), 'Quyết định số 1125/QĐ-UBND ngày 15/8/2023'.",
    "The district list (8+7+6+5 = 26 of the 36 new stations) has no part-of cue and does not add up: no total; each district is the item's location.",
    "'tăng gấp 2,4 lần so với năm 2020' is the change of the 152 stations. Sensor resolution and transmission interval are specifications (optional).",
    "'Sáng 11/6' dates the handover of the 36 stations (period of that day). 'Với 36 trạm mới' restates the 36 (optional).",
]

write("p1000-1", TEXT, FIGS, COMMENTS, published="2024-06-12", location="Hà Giang")
