"""p1250-8: news agency (TTXVN): Lai Châu hands over an early-warning system for flash floods and landslides."""
from lib import F, period, inherit, change, target, write

TEXT = """Thông tấn xã Việt Nam > Xã hội > Môi trường

Lai Châu hoàn thành hệ thống cảnh báo sớm lũ quét, sạt lở đất

Thứ Năm, 20/06/2024 - 14:05

Lai Châu (TTXVN) - Ngày 20/6, Sở Tài nguyên và Môi trường tỉnh Lai Châu tổ chức bàn giao hệ thống cảnh báo sớm lũ quét, sạt lở đất cho 3 huyện Mường Tè, Sìn Hồ và Nậm Nhùn. Hệ thống gồm 39 trạm quan trắc, cảnh báo: 25 trạm đo mưa tự động, 4 trạm đo mực nước và 10 cụm loa, còi cảnh báo đặt tại các bản có nguy cơ cao.

Dự án có tổng kinh phí hơn 18,7 tỷ đồng từ nguồn viện trợ không hoàn lại. Khi lượng mưa tích lũy trong 3 giờ vượt ngưỡng 80 mm, hệ thống tự động phát còi và gửi tin nhắn tới điện thoại của cán bộ xã, bản.

Theo ông Lò Văn Thương, Phó Giám đốc Sở Tài nguyên và Môi trường, giai đoạn 2019-2023, lũ quét và sạt lở đất trên địa bàn tỉnh làm 47 người chết và mất tích, thiệt hại về tài sản ước gần 1.500 tỷ đồng. Hệ thống mới giúp người dân có thêm từ 2 đến 3 giờ để sơ tán. Trước khi bàn giao, Sở đã tập huấn cho khoảng 1.500 người dân tại hơn ba chục bản.

Hiện toàn tỉnh có 96 trạm đo mưa tự động, trong đó 58 trạm do ngành tài nguyên và môi trường quản lý. Dự kiến đến hết năm 2024, tỉnh sẽ nâng tổng số trạm đo mưa tự động lên 120 trạm, tăng gấp đôi so với năm 2020.

Cùng ngày, Đài Khí tượng Thủy văn tỉnh cảnh báo rủi ro thiên tai do mưa lớn cấp độ 1; trên Quốc lộ 4D, đoạn qua đèo Ô Quy Hồ có nguy cơ sạt lở.

Minh Duy (TTXVN)
"""

G1923 = period("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
TO2024 = period("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("cho 3 huyện", "3", 3, "count", "huyện",
      subject="huyện được bàn giao hệ thống cảnh báo sớm lũ quét, sạt lở đất"),
    F("gồm 39 trạm", "39", 39, "count", "trạm", subject="trạm quan trắc, cảnh báo của hệ thống"),
    F("25 trạm", "25", 25, "count", "trạm", total=39, subject="trạm đo mưa tự động"),
    F("4 trạm", "4", 4, "count", "trạm", total=39, subject="trạm đo mực nước"),
    F("10 cụm", "10", 10, "count", "cụm loa, còi cảnh báo", total=39, subject="cụm loa, còi cảnh báo"),
    F("hơn 18,7 tỷ", "18,7", 18.7e9, "money", "đồng", approx="over", subject="tổng kinh phí dự án"),
    F("trong 3 giờ", "3", 3, "measure", "giờ", optional=True),
    F("ngưỡng 80 mm", "80", 80, "measure", "mm",
      subject="ngưỡng lượng mưa tích lũy để hệ thống phát còi cảnh báo"),
    F("làm 47 người", "47", 47, "count", "người",
      subject="người chết và mất tích do lũ quét và sạt lở đất", per=G1923),
    F("gần 1.500 tỷ", "1.500", 1500e9, "money", "đồng", approx="nearly", status="estimate",
      subject="thiệt hại về tài sản", per=G1923),
    F("từ 2 đến 3 giờ", "2", 2, "measure", "giờ", value_max=3,
      subject="thời gian người dân có thêm để sơ tán"),
    F("khoảng 1.500 người", "1.500", 1500, "count", "người dân", approx="about",
      subject="người dân được tập huấn"),
    F("hơn ba chục bản", "ba chục", 30, "count", "bản", approx="over", subject="bản được tập huấn"),
    F("có 96 trạm", "96", 96, "count", "trạm", subject="trạm đo mưa tự động toàn tỉnh"),
    F("58 trạm", "58", 58, "count", "trạm", total=96,
      subject="trạm do ngành tài nguyên và môi trường quản lý"),
    F("lên 120 trạm", "120", 120, "count", "trạm", status="forecast",
      change=change("increase", 2, "lần", "năm 2020"),
      subject="tổng số trạm đo mưa tự động", per=TO2024),
]

NOTES = [
    "News agency (TTXVN): breadcrumb, 'Thứ Năm, 20/06/2024 - 14:05', 'Lai Châu (TTXVN) -', byline 'Minh Duy (TTXVN)'.",
    "Distractors: 14:05, 'Ngày 20/6', 'cấp độ 1' (risk level), 'Quốc lộ 4D', baseline 'năm 2020'.",
    "'gồm 39 trạm …: 25 …, 4 … và 10 cụm' -> total 39 (25+4+10 = 39); parts after ':' follow the whole.",
    "The system in three districts and all other figures: location Lai Châu (a count of the province's districts stays provincial).",
    "'trong 3 giờ' is the accumulation window of the threshold, a label of the 80 mm figure: optional.",
    "'ước gần 1.500 tỷ': estimate, nearly. 'từ 2 đến 3 giờ' is a claim (time gained): measure, range.",
    "'hơn ba chục bản' = over 30 (number words). 'tăng gấp đôi so với năm 2020' -> change increase 2 lần on the 120 forecast.",
    "'Dự kiến đến hết năm 2024' -> forecast, as-of end 2024-12-31 (start null).",
]

if __name__ == "__main__":
    write("p1250-8", TEXT, NOTES, FIGS, published="2024-06-20", location="Lai Châu")
