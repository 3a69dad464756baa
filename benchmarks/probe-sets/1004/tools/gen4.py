"""p1004-4: ministry site (Bộ Công an), national results 2024."""
from lib import F, P, I, C, T, build

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Hoạt động của lực lượng CAND

Năm 2024, đấu giá biển số xe ô tô thu về hơn 4.650 tỷ đồng

Ngày đăng: 08/01/2025 | Lượt xem: 3.127

Theo Cục Cảnh sát giao thông (C08), năm 2024, 63/63 địa phương đã tổ chức đấu giá biển số xe ô tô trực tuyến với 284 phiên đấu giá. Cả nước có 126.480 biển số được đưa ra đấu giá, trong đó 60.215 biển số đấu giá thành công, chiếm 47,6%. Tổng số tiền trúng đấu giá đạt 4.652,7 tỷ đồng, tăng 2,4 lần so với năm 2023.

Các địa phương có số tiền trúng đấu giá lớn nhất lần lượt là Hà Nội (1.128 tỷ đồng), TP Hồ Chí Minh (986 tỷ đồng), Bình Dương (215 tỷ đồng) và Hải Phòng (178 tỷ đồng). Biển số có giá trúng cao nhất năm 2024 là 30K-567.89 với 14,495 tỷ đồng; có 27 biển số được trả từ 5 tỷ đồng trở lên.

Tuy nhiên, cả nước có 4.318 biển số trúng đấu giá nhưng người trúng không nộp tiền, chiếm 7,2% số biển đấu giá thành công. Khoản tiền đặt trước của các trường hợp này, khoảng 172,7 tỷ đồng, đã được nộp vào ngân sách nhà nước theo quy định.

Thực hiện Luật Trật tự, an toàn giao thông đường bộ năm 2024 và Nghị định số 156/2024/NĐ-CP, từ ngày 1/1/2025 việc đấu giá được mở rộng với biển số xe mô tô, xe gắn máy. Năm 2025, Bộ Công an dự kiến đưa ra đấu giá khoảng 150.000 biển số ô tô và khoảng 50.000 biển số xe máy; mục tiêu số tiền trúng đấu giá đạt trên 5.000 tỷ đồng.

Cổng Thông tin điện tử Bộ Công an - Số 44 Yết Kiêu, Hoàn Kiếm, Hà Nội
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("hơn 4.650 tỷ đồng", "4.650", 4650e9, "money", "đồng", "số tiền đấu giá biển số xe ô tô thu về",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("63/63 địa phương", "63", 63, "count", "địa phương", "địa phương tổ chức đấu giá biển số xe ô tô trực tuyến",
      Y24, total=63),
    F("với 284 phiên", "284", 284, "count", "phiên", "phiên đấu giá", Y24),
    F("có 126.480 biển số", "126.480", 126480, "count", "biển số", "biển số được đưa ra đấu giá", I(Y24)),
    F("trong đó 60.215 biển số", "60.215", 60215, "count", "biển số", "biển số đấu giá thành công", I(Y24),
      total=126480, percent=47.6),
    F("đạt 4.652,7 tỷ đồng", "4.652,7", 4652.7e9, "money", "đồng", "tổng số tiền trúng đấu giá", I(Y24),
      change=C("increase", 2.4, "lần", "năm 2023")),
    F("Hà Nội (1.128 tỷ đồng)", "1.128", 1128e9, "money", "đồng", "số tiền trúng đấu giá", I(Y24), location="Hà Nội"),
    F("(986 tỷ đồng)", "986", 986e9, "money", "đồng", "số tiền trúng đấu giá", I(Y24), location="TP Hồ Chí Minh"),
    F("(215 tỷ đồng)", "215", 215e9, "money", "đồng", "số tiền trúng đấu giá", I(Y24), location="Bình Dương"),
    F("(178 tỷ đồng)", "178", 178e9, "money", "đồng", "số tiền trúng đấu giá", I(Y24), location="Hải Phòng"),
    F("với 14,495 tỷ đồng", "14,495", 14.495e9, "money", "đồng", "giá trúng cao nhất", Y24),
    F("có 27 biển số", "27", 27, "count", "biển số", "biển số được trả từ 5 tỷ đồng trở lên", Y24),
    F("từ 5 tỷ đồng trở lên", "5", 5e9, "money", "đồng", "giá trúng", approx="at_least", optional=True),
    F("có 4.318 biển số", "4.318", 4318, "count", "biển số", "biển số trúng đấu giá nhưng người trúng không nộp tiền",
      I(Y24), percent=7.2),
    F("khoảng 172,7 tỷ đồng", "172,7", 172.7e9, "money", "đồng", "khoản tiền đặt trước nộp vào ngân sách nhà nước",
      I(Y24), approx="about"),
    F("khoảng 150.000 biển số", "150.000", 150000, "count", "biển số", "biển số ô tô đưa ra đấu giá", Y25,
      approx="about", status="forecast"),
    F("khoảng 50.000 biển số", "50.000", 50000, "count", "biển số", "biển số xe máy đưa ra đấu giá", Y25,
      approx="about", status="forecast"),
    F("trên 5.000 tỷ đồng", "5.000", 5000e9, "money", "đồng", "số tiền trúng đấu giá", Y25,
      approx="over", status="target"),
]

NOTES = [
    "Ministry site (Bộ Công an): national car-plate auction results for 2024, plans for 2025. 'Ngày đăng: 08/01/2025 | Lượt xem: 3.127'.",
    "All figures Việt Nam except the four places of the 'lần lượt' list, which share the list's indicator (số tiền trúng đấu giá).",
    "The top plate 30K-567.89 is not placed by the text (no place named), so it stays Việt Nam; the plate number is no figure.",
    "'tăng 2,4 lần so với năm 2023' is the change of 4.652,7 tỷ; 'chiếm 7,2% số biển đấu giá thành công' names its whole without a number: percent, no total.",
    "'từ 5 tỷ đồng trở lên' is a price class (optional). Not figures: C08, Luật ... năm 2024, Nghị định số 156/2024/NĐ-CP, 'từ ngày 1/1/2025', address.",
]

build("p1004-4", TEXT, FIGS, NOTES, published="2025-01-08", location="Việt Nam")
