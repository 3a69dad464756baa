"""p995-2: Cổng TTĐT huyện Văn Giang (district portal) — hoa, cây cảnh Tết Giáp Thìn 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN GIANG - TỈNH HƯNG YÊN
Tin tức > Kinh tế > Nông nghiệp
Thứ Sáu, 19/01/2024 - 10:20

Nhộn nhịp vụ hoa, cây cảnh Tết

Những ngày này, các nhà vườn ở xã Xuân Quan, Phụng Công, Cửu Cao đang tất bật chăm sóc quất, đào, hoa để kịp xuất bán dịp Tết Nguyên đán Giáp Thìn. Toàn huyện hiện có 1.250 ha trồng hoa, cây cảnh, chiếm khoảng 23% diện tích đất nông nghiệp; trong đó Xuân Quan (420 ha), Phụng Công (310 ha) và Cửu Cao (190 ha) là ba xã có diện tích lớn nhất.

Năm 2023, giá trị sản xuất hoa, cây cảnh của huyện ước đạt 2.150 tỷ đồng, tăng 6,2% so với năm 2022, bình quân 1,72 tỷ đồng/ha. Vụ Tết năm nay, các hộ dân đưa ra thị trường khoảng 180.000 chậu quất, hơn 60.000 gốc đào và gần 1,5 triệu chậu hoa các loại.

Theo ông Đỗ Văn Tám, Trưởng phòng Nông nghiệp và PTNT huyện, giá quất cảnh năm nay dao động 500.000-3 triệu đồng/chậu tùy loại; đào thế có giá từ 2 đến 15 triệu đồng/cây. Nhờ hoa, cây cảnh, nhiều hộ ở Xuân Quan có thu nhập 300-500 triệu đồng/năm. Mức thu nhập này cao gấp 4-5 lần so với trồng lúa.

Huyện dự kiến giá trị sản xuất hoa, cây cảnh năm 2024 đạt khoảng 2.300 tỷ đồng. Huyện phấn đấu đến năm 2025 có 5 mô hình trồng hoa công nghệ cao, mỗi mô hình quy mô từ 2 ha trở lên.

Chợ hoa Xuân Quan họp từ ngày 15 tháng Chạp trên tuyến ĐT.379. Mọi thông tin xin liên hệ Phòng Nông nghiệp và PTNT huyện, điện thoại 0221.3931.256.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ_HA = "diện tích trồng hoa, cây cảnh"

FIGS = [
    F("có 1.250 ha", "1.250", 1250, "measure", "ha", SUBJ_HA, percent=23),
    F("(420 ha)", "420", 420, "measure", "ha", SUBJ_HA, total=1250),
    F("(310 ha)", "310", 310, "measure", "ha", SUBJ_HA, total=1250),
    F("(190 ha)", "190", 190, "measure", "ha", SUBJ_HA, total=1250),
    F("ba xã", "ba", 3, "count", "xã", "xã có diện tích hoa, cây cảnh lớn nhất", optional=True),
    F("ước đạt 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "giá trị sản xuất hoa, cây cảnh", Y23,
      status="estimate", change=C("increase", 6.2, baseline="năm 2022")),
    F("bình quân 1,72 tỷ đồng/ha", "1,72", 1.72e9, "money", "đồng/ha", "giá trị sản xuất hoa, cây cảnh bình quân",
      Y23, status="estimate"),
    F("khoảng 180.000 chậu quất", "180.000", 180000, "count", "chậu", "chậu quất đưa ra thị trường", approx="about"),
    F("hơn 60.000 gốc đào", "60.000", 60000, "count", "gốc", "gốc đào đưa ra thị trường", approx="over"),
    F("gần 1,5 triệu chậu hoa", "1,5", 1.5e6, "count", "chậu", "chậu hoa các loại đưa ra thị trường", approx="nearly"),
    F("500.000-3 triệu đồng/chậu", "500.000", 500000, "money", "đồng/chậu", "giá quất cảnh", value_max=3e6),
    F("từ 2 đến 15 triệu đồng/cây", "2", 2e6, "money", "đồng/cây", "giá đào thế", value_max=15e6),
    F("thu nhập 300-500 triệu đồng/năm", "300", 300e6, "money", "đồng/năm", "thu nhập hộ trồng hoa, cây cảnh",
      value_max=500e6),
    F("gấp 4-5 lần", "4", 4, "multiple", "lần", "thu nhập từ hoa, cây cảnh so với trồng lúa", value_max=5),
    F("khoảng 2.300 tỷ đồng", "2.300", 2300e9, "money", "đồng", "giá trị sản xuất hoa, cây cảnh", Y24,
      approx="about", status="forecast"),
    F("có 5 mô hình", "5", 5, "count", "mô hình", "mô hình trồng hoa công nghệ cao", T25, status="target"),
    F("từ 2 ha trở lên", "2", 2, "measure", "ha", "quy mô mỗi mô hình", approx="at_least", status="target",
      optional=True),
]

COMMENTS = [
    "p995-2 — Cổng TTĐT huyện Văn Giang (Hưng Yên), district portal with 'Thứ Sáu, 19/01/2024 - 10:20': hoa, cây cảnh Tết Giáp Thìn.",
    "Location: the district Văn Giang for every figure (the communes Xuân Quan, Phụng Công, Cửu Cao lie in it; a commune is not a",
    "province/city/district). Commune parts after 'trong đó' take the whole 1.250 ha (they need not add up after an explicit cue).",
    "'bình quân 1,72 tỷ đồng/ha' continues the 'ước đạt' clause → estimate, năm 2023. 'Mức thu nhập này cao gấp 4-5 lần' stands as its",
    "own sentence → multiple (range). 'ba xã' (the count of the listed items) and 'từ 2 ha trở lên' (a threshold) are optional.",
    "Distractors: Thứ Sáu 10:20, '15 tháng Chạp', ĐT.379, phone 0221.3931.256, Đỗ Văn Tám, 'Giáp Thìn'.",
]

write("p995-2", TEXT, FIGS, COMMENTS, published="2024-01-19", location="Văn Giang")
