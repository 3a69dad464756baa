"""p1004-2: district portal (Đông Anh, Hà Nội), Q1/2025 plates won by residents."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Tin tức - Sự kiện > An ninh - Trật tự

Người dân Đông Anh trúng đấu giá 312 biển số ô tô trong quý I

Thứ Hai, 14/04/2025 - 10:20

Theo Công an huyện Đông Anh, trong quý I/2025, người dân và doanh nghiệp trên địa bàn huyện đã tham gia đấu giá 845 biển số xe ô tô của thành phố Hà Nội, trong đó trúng đấu giá 312 biển số, tăng 64 biển số so với quý IV/2024. Tổng số tiền trúng đấu giá khoảng 41,6 tỷ đồng, bình quân gần 133,3 triệu đồng/biển.

Biển số có giá trúng cao nhất là 29K-368.68 với 1,2 tỷ đồng, thuộc về một doanh nghiệp vận tải ở xã Uy Nỗ. Đến hết quý I, Đội Cảnh sát giao thông - Trật tự Công an huyện đã đăng ký xe cho 286 trường hợp trúng đấu giá, đạt 91,7%; còn 26 trường hợp đang hoàn thiện hồ sơ. Đáng chú ý, trong quý có 11 trường hợp trúng đấu giá nhưng không nộp tiền, bị mất khoản tiền đặt trước 40 triệu đồng/biển.

Theo Công an thành phố, quý I/2025 toàn thành phố đưa ra đấu giá 9.860 biển số ô tô, đấu giá thành công 6.742 biển số, thu về khoảng 1.035 tỷ đồng. Tháng 5/2025, Hà Nội dự kiến tổ chức phiên đấu giá biển số xe mô tô, xe gắn máy đầu tiên với khoảng 2.000 biển số, giá khởi điểm 5 triệu đồng/biển.

Công an huyện khuyến cáo người dân chỉ đăng ký tham gia đấu giá trên trang thông tin chính thức của tổ chức đấu giá; mọi vướng mắc liên hệ trụ sở Công an huyện (số 68 đường Cao Lỗ, thị trấn Đông Anh) hoặc số điện thoại 024.3883.2215 để được hướng dẫn.

Thu Hằng (Công an huyện Đông Anh)
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Q1C = P("quý I/2025", "2025-01-01", "2025-03-31")
ASOF = P("Đến hết quý I", None, "2025-03-31")
INQ = P("trong quý", "2025-01-01", "2025-03-31")
M5 = P("Tháng 5/2025", "2025-05-01", "2025-05-31")
FIGS = [
    F("Đông Anh trúng đấu giá 312 biển số", "312", 312, "count", "biển số", "biển số ô tô người dân trúng đấu giá",
      P("quý I", "2025-01-01", "2025-03-31")),
    F("đấu giá 845 biển số", "845", 845, "count", "biển số",
      "biển số xe ô tô người dân và doanh nghiệp tham gia đấu giá", Q1),
    F("trong đó trúng đấu giá 312 biển số", "312", 312, "count", "biển số", "biển số trúng đấu giá", Q1,
      total=845, change=C("increase", 64, "biển số", "quý IV/2024")),
    F("khoảng 41,6 tỷ đồng", "41,6", 41.6e9, "money", "đồng", "tổng số tiền trúng đấu giá", I(Q1), approx="about"),
    F("gần 133,3 triệu đồng/biển", "133,3", 133.3e6, "money", "đồng/biển", "giá trúng bình quân", I(Q1),
      approx="nearly"),
    F("với 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "giá trúng cao nhất", I(Q1)),
    F("cho 286 trường hợp", "286", 286, "count", "trường hợp", "trường hợp trúng đấu giá được đăng ký xe", ASOF,
      percent=91.7),
    F("còn 26 trường hợp", "26", 26, "count", "trường hợp", "trường hợp đang hoàn thiện hồ sơ", ASOF),
    F("có 11 trường hợp", "11", 11, "count", "trường hợp", "trường hợp trúng đấu giá nhưng không nộp tiền", INQ),
    F("trước 40 triệu đồng/biển", "40", 40e6, "money", "đồng/biển", "tiền đặt trước", INQ),
    F("đấu giá 9.860 biển số", "9.860", 9860, "count", "biển số", "biển số ô tô đưa ra đấu giá", Q1C,
      location="Hà Nội"),
    F("thành công 6.742 biển số", "6.742", 6742, "count", "biển số", "biển số đấu giá thành công", Q1C,
      location="Hà Nội"),
    F("khoảng 1.035 tỷ đồng", "1.035", 1035e9, "money", "đồng", "số tiền thu về từ đấu giá biển số ô tô", Q1C,
      approx="about", location="Hà Nội"),
    F("khoảng 2.000 biển số", "2.000", 2000, "count", "biển số",
      "biển số xe mô tô, xe gắn máy đưa ra phiên đấu giá đầu tiên", M5, approx="about", status="forecast",
      location="Hà Nội"),
    F("khởi điểm 5 triệu đồng/biển", "5", 5e6, "money", "đồng/biển", "giá khởi điểm biển số xe mô tô, xe gắn máy",
      M5, status="forecast", location="Hà Nội"),
]

NOTES = [
    "Đông Anh district portal (Hà Nội): plates won by the district's residents in Q1/2025, with the city's totals.",
    "'Thứ Hai, 14/04/2025 - 10:20' is the dateline; headline 'quý I' takes 2025 from it.",
    "Not figures: plate 29K-368.68, 'số 68 đường Cao Lỗ', phone 024.3883.2215, weekday, time.",
    "Location: the district's figures are Đông Anh (xã Uy Nỗ is the buyer's commune, not the figure's place); the city's are Hà Nội.",
    "'Đến hết quý I' is an as-of (end 2025-03-31); 'trong quý' is the quarter of the report.",
    "6.742 after 9.860 has no part-of cue, so no total; 286 'đạt 91,7%' has no stated whole, so percent only.",
]

build("p1004-2", TEXT, FIGS, NOTES, published="2025-04-14", location="Đông Anh")
