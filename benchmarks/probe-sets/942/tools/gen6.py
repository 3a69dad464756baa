"""p942-6: national newspaper, Bàu Sấu wetland (Cát Tiên, Đồng Nai), Dec 2024."""
from lib import F, write, period, year, change, target

TEXT = """Khoa học > Môi trường
Thứ bảy, 14/12/2024, 07:30 (GMT+7)

Chim nước về Bàu Sấu tăng mạnh

Đợt điều tra tháng 11 tại Bàu Sấu, vùng đất ngập nước thuộc Vườn quốc gia Cát Tiên (Đồng Nai), ghi nhận 2.350 cá thể chim nước thuộc 36 loài, tăng 15% so với cùng kỳ năm 2023.

Đáng chú ý, loài già đẫy Java có 12 cá thể, tăng 4 cá thể; hạc cổ trắng có 28 cá thể. Khu Ramsar Bàu Sấu rộng 13.759 ha, được công nhận năm 2005, là khu Ramsar thứ 2 của Việt Nam.

Theo ông Nguyễn Văn Tư, Phó giám đốc Vườn, mực nước mùa khô ở Bàu Sấu có năm xuống dưới 0,5 m, khiến diện tích mặt nước thu hẹp 30-40%. Cây mai dương xâm lấn là mối đe dọa lớn với bãi ăn của chim.

Giai đoạn 2021-2024, Vườn đã nạo vét 2,4 km kênh và loại bỏ hơn 80 ha mai dương với tổng kinh phí 9,6 tỷ đồng, trong đó vốn ngân sách trung ương chiếm 70%. Mỗi năm Bàu Sấu đón khoảng 6.000 lượt khách xem chim, giá tour từ 600.000 đến 900.000 đồng/người. Khoảng 65% du khách là người nước ngoài.

Năm 2025, Vườn dự kiến lắp thêm 10 camera giám sát và phấn đấu giữ số chim nước trên 2.500 cá thể mỗi đợt điều tra. Du khách có thể đặt tour qua số 0251.3669.228.

Cả nước hiện có 9 khu Ramsar; Cát Tiên cùng Tràm Chim, Xuân Thủy và Mũi Cà Mau là các điểm quan sát chim nước quan trọng nhất.

Phước Tuấn
"""

N11 = period("tháng 11", "2024-11-01", "2024-11-30")
N11i = period("tháng 11", "2024-11-01", "2024-11-30", inherited=True)
G = period("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y25 = year("Năm 2025", 2025)

FIGS = [
    F("ghi nhận 2.350 cá thể", "2.350", 2350, "count", "cá thể", "chim nước", N11,
      change=change("increase", 15, "%", "cùng kỳ năm 2023")),
    F("thuộc 36 loài", "36", 36, "count", "loài", "loài chim nước", N11),
    F("có 12 cá thể", "12", 12, "count", "cá thể", "già đẫy Java", N11i, change=change("increase", 4, "cá thể")),
    F("có 28 cá thể", "28", 28, "count", "cá thể", "hạc cổ trắng", N11i),
    F("rộng 13.759 ha", "13.759", 13759, "measure", "ha", "diện tích Khu Ramsar Bàu Sấu"),
    F("khu Ramsar thứ 2", "2", 2, "rank", "hạng", "khu Ramsar của Việt Nam", optional=True),
    F("dưới 0,5 m", "0,5", 0.5, "measure", "m", "mực nước mùa khô ở Bàu Sấu", approx="under"),
    F("thu hẹp 30-40%", "30", 30, "percent", "%", "diện tích mặt nước thu hẹp", value_max=40),
    F("nạo vét 2,4 km", "2,4", 2.4, "measure", "km", "kênh được nạo vét", G),
    F("hơn 80 ha", "80", 80, "measure", "ha", "mai dương được loại bỏ", G, approx="over"),
    F("kinh phí 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "tổng kinh phí", G),
    F("chiếm 70%", "70", 70, "percent", "%", "vốn ngân sách trung ương trong tổng kinh phí", G),
    F("khoảng 6.000 lượt khách", "6.000", 6000, "count", "lượt khách", "lượt khách xem chim mỗi năm", approx="about"),
    F("từ 600.000 đến 900.000 đồng/người", "600.000", 600000, "money", "đồng/người", "giá tour xem chim",
      value_max=900000),
    F("Khoảng 65% du khách", "65", 65, "percent", "%", "du khách là người nước ngoài", approx="about"),
    F("thêm 10 camera", "10", 10, "count", "camera", "camera giám sát lắp thêm", Y25, status="forecast"),
    F("trên 2.500 cá thể", "2.500", 2500, "count", "cá thể", "số chim nước mỗi đợt điều tra", Y25,
      approx="over", status="target"),
    F("có 9 khu Ramsar", "9", 9, "count", "khu Ramsar", "khu Ramsar", location="Việt Nam"),
]

NOTES = [
    "National newspaper (Thứ bảy, 14/12/2024, 07:30 (GMT+7), byline at the end): waterbird census at Bàu Sấu, Cát Tiên National Park (Đồng Nai).",
    "'tháng 11' without a year -> November 2024 (nearest earlier date: the dateline). '12 cá thể, tăng 4 cá thể' has no written baseline.",
    "'khu Ramsar thứ 2 của Việt Nam' is an order of designation that a reader may or may not read as a rank: optional.",
    "'trong đó vốn ngân sách trung ương chiếm 70%' is a share of the 9,6 tỷ: a percent figure of its own (no base amount given for the part).",
    "Distractors: 07:30 (GMT+7), năm 2005, phone 0251.3669.228, Giai đoạn 2021-2024, Nguyễn Văn Tư. The closing 9 khu Ramsar is national (Việt Nam).",
]

write("p942-6", TEXT, FIGS, NOTES, published="2024-12-14", location="Đồng Nai")
