"""p1004-8: provincial newspaper online (Báo Khánh Hòa), first half of 2025, cars and motorbikes."""
from lib import F, P, I, C, T, build

TEXT = """Khánh Hòa thu gần 95 tỷ đồng từ đấu giá biển số xe

Cập nhật lúc 15:40, Thứ Sáu, 27/06/2025

(BKH) - 6 tháng đầu năm 2025, số tiền trúng đấu giá biển số xe trên địa bàn tỉnh ước đạt 94,7 tỷ đồng, tăng 26,3% so với cùng kỳ năm 2024 và đạt 63,1% kế hoạch năm.

Trong đó, biển số xe ô tô đạt 81,2 tỷ đồng với 612 biển trúng đấu giá; biển số xe mô tô, xe gắn máy đạt 13,5 tỷ đồng với 1.946 biển. Tỉnh bắt đầu đấu giá biển số xe máy từ tháng 3/2025; phiên ngày 20/6 vừa qua là phiên thứ 3.

Giá trúng bình quân biển số ô tô khoảng 132,7 triệu đồng/biển, biển số xe máy khoảng 6,9 triệu đồng/biển. Biển số ô tô 79A-999.99 được trả 3,05 tỷ đồng, cao nhất từ đầu năm đến nay; biển số xe máy cao nhất là 79H1-888.88 với 312 triệu đồng, gấp 104 lần giá khởi điểm.

Tính đến ngày 25/6, toàn tỉnh có 58 biển số trúng đấu giá chưa nộp tiền, gồm 41 biển số ô tô và 17 biển số xe máy. Mỗi phiên đấu giá biển số xe máy thường có từ 150 đến 200 biển số.

Theo Công an tỉnh, từ nay đến cuối năm dự kiến tổ chức thêm 12 phiên đấu giá; phấn đấu cả năm 2025 thu trên 150 tỷ đồng từ đấu giá biển số xe.

Trao đổi với phóng viên, lãnh đạo Phòng Cảnh sát giao thông cho biết, người dân có thể đăng ký tham gia đấu giá tại trụ sở số 80 Trần Phú, TP Nha Trang, điểm đăng ký xe trên Quốc lộ 1A (thị xã Ninh Hòa) hoặc qua đường dây nóng 0258.3822.113.

Minh Khoa
"""

H1 = P("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
YTD = P("từ đầu năm đến nay", "2025-01-01", "2025-06-27")
ASOF = P("Tính đến ngày 25/6", None, "2025-06-25")
FIGS = [
    F("gần 95 tỷ đồng", "95", 95e9, "money", "đồng", "số tiền thu từ đấu giá biển số xe", approx="nearly"),
    F("ước đạt 94,7 tỷ đồng", "94,7", 94.7e9, "money", "đồng", "số tiền trúng đấu giá biển số xe", H1,
      status="estimate", percent=63.1, change=C("increase", 26.3, "%", "cùng kỳ năm 2024")),
    F("đạt 81,2 tỷ đồng", "81,2", 81.2e9, "money", "đồng", "số tiền trúng đấu giá biển số xe ô tô", I(H1),
      status="estimate", total=94.7e9),
    F("với 612 biển", "612", 612, "count", "biển", "biển số xe ô tô trúng đấu giá", I(H1), status="estimate"),
    F("đạt 13,5 tỷ đồng", "13,5", 13.5e9, "money", "đồng", "số tiền trúng đấu giá biển số xe mô tô, xe gắn máy",
      I(H1), status="estimate", total=94.7e9),
    F("với 1.946 biển", "1.946", 1946, "count", "biển", "biển số xe mô tô, xe gắn máy trúng đấu giá", I(H1),
      status="estimate"),
    F("khoảng 132,7 triệu đồng/biển", "132,7", 132.7e6, "money", "đồng/biển", "giá trúng bình quân biển số ô tô",
      I(H1), approx="about"),
    F("khoảng 6,9 triệu đồng/biển", "6,9", 6.9e6, "money", "đồng/biển", "giá trúng bình quân biển số xe máy",
      I(H1), approx="about"),
    F("được trả 3,05 tỷ đồng", "3,05", 3.05e9, "money", "đồng", "giá trúng cao nhất biển số ô tô", YTD),
    F("với 312 triệu đồng", "312", 312e6, "money", "đồng", "giá trúng cao nhất biển số xe máy", YTD,
      change=C("increase", 104, "lần", "giá khởi điểm")),
    F("có 58 biển số", "58", 58, "count", "biển số", "biển số trúng đấu giá chưa nộp tiền", ASOF),
    F("gồm 41 biển số", "41", 41, "count", "biển số", "biển số ô tô trúng đấu giá chưa nộp tiền", ASOF, total=58),
    F("và 17 biển số", "17", 17, "count", "biển số", "biển số xe máy trúng đấu giá chưa nộp tiền", ASOF, total=58),
    F("từ 150 đến 200 biển số", "150", 150, "count", "biển số", "biển số mỗi phiên đấu giá biển số xe máy",
      value_max=200),
    F("thêm 12 phiên", "12", 12, "count", "phiên", "phiên đấu giá tổ chức thêm",
      P("từ nay đến cuối năm", "2025-06-27", "2025-12-31"), status="forecast"),
    F("trên 150 tỷ đồng", "150", 150e9, "money", "đồng", "số tiền thu từ đấu giá biển số xe",
      P("cả năm 2025", "2025-01-01", "2025-12-31"), approx="over", status="target"),
]

NOTES = [
    "Báo Khánh Hòa online: headline figure, 'Cập nhật lúc 15:40, Thứ Sáu, 27/06/2025', tag '(BKH) -', byline at the end.",
    "The headline 'gần 95 tỷ đồng' has no period or cue in its own sentence (no period, actual).",
    "'ước đạt' governs the lead and the 'Trong đó' breakdown that continues it (estimate); the parts in đồng take 94,7 tỷ as total.",
    "'gấp 104 lần giá khởi điểm' right after the price is its change (lần). 'từ 150 đến 200 biển số' is a range (value_max).",
    "'từ nay đến cuối năm' = from the dateline to 31/12/2025. 'Tính đến ngày 25/6' takes 2025 from the dateline.",
    "Not figures: plates 79A-999.99, 79H1-888.88, 'tháng 3/2025', 'ngày 20/6', 'phiên thứ 3' (ordinal), 'số 80 Trần Phú', 'Quốc lộ 1A', the hotline.",
]

build("p1004-8", TEXT, FIGS, NOTES, published="2025-06-27", location="Khánh Hòa")
