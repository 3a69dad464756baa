from lib import *

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hàng hải

Đội tàu biển Việt Nam đạt tổng trọng tải 13,2 triệu DWT

Ngày đăng: 18/01/2024 | Lượt xem: 3.105

(MT) - Theo Cục Hàng hải Việt Nam, tính đến ngày 31/12/2023, đội tàu biển mang cờ quốc tịch Việt Nam có 1.477 tàu, tổng trọng tải khoảng 13,2 triệu DWT, tăng 4,6% so với cuối năm 2022. Với quy mô này, đội tàu Việt Nam xếp thứ 22 thế giới và thứ 4 trong khu vực ASEAN.

Về cơ cấu, tàu hàng tổng hợp chiếm tỷ lệ lớn nhất với 924 tàu; tàu hàng rời 143 tàu; tàu dầu 149 tàu; tàu container 44 tàu với tổng sức chở 41.800 TEU. Tuổi bình quân của đội tàu là 18,1 năm, cao hơn mức bình quân thế giới (khoảng 12 năm).

Trong năm 2023, Cục đã đăng ký mới 102 tàu với tổng trọng tải 780.000 DWT, trong đó có 11 tàu đóng mới trong nước; xóa đăng ký 76 tàu. Số tàu đăng ký tập trung chủ yếu tại Hải Phòng (612 tàu), TP Hồ Chí Minh (349 tàu) và Quảng Ninh (87 tàu).

Đội tàu biển Việt Nam hiện mới đảm nhận khoảng 10% thị phần vận tải hàng hóa xuất nhập khẩu bằng đường biển. Theo Quy hoạch tổng thể phát triển hệ thống cảng biển Việt Nam (Quyết định số 1579/QĐ-TTg), phấn đấu đến năm 2030 đội tàu đạt từ 18 đến 20 triệu DWT, đảm nhận 15-20% thị phần vận tải hàng hóa xuất nhập khẩu.

Thông tin liên hệ: Cục Hàng hải Việt Nam, số 8 Phạm Hùng, quận Cầu Giấy, Hà Nội. Điện thoại: 024.3768.3191
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("tổng trọng tải 13,2 triệu DWT\n", "13,2", 13.2e6, "measure", "DWT", "tổng trọng tải đội tàu biển Việt Nam"),
    F("có 1.477 tàu", "1.477", 1477, "count", "tàu", "đội tàu biển mang cờ quốc tịch Việt Nam", ASOF),
    F("khoảng 13,2 triệu DWT", "13,2", 13.2e6, "measure", "DWT", "tổng trọng tải đội tàu biển", ASOF, approx="about",
      change=CH("increase", 4.6, "%", "cuối năm 2022")),
    F("xếp thứ 22", "22", 22, "rank", "hạng", "quy mô đội tàu Việt Nam trên thế giới", I(ASOF)),
    F("thứ 4 trong", "4", 4, "rank", "hạng", "quy mô đội tàu Việt Nam trong khu vực ASEAN", I(ASOF)),
    F("với 924 tàu", "924", 924, "count", "tàu", "tàu hàng tổng hợp", I(ASOF)),
    F("rời 143 tàu", "143", 143, "count", "tàu", "tàu hàng rời", I(ASOF)),
    F("dầu 149 tàu", "149", 149, "count", "tàu", "tàu dầu", I(ASOF)),
    F("container 44 tàu", "44", 44, "count", "tàu", "tàu container", I(ASOF)),
    F("41.800 TEU", "41.800", 41800, "measure", "TEU", "tổng sức chở tàu container", I(ASOF)),
    F("là 18,1 năm", "18,1", 18.1, "measure", "năm", "tuổi bình quân của đội tàu", I(ASOF)),
    F("khoảng 12 năm", "12", 12, "measure", "năm", "tuổi bình quân đội tàu thế giới", approx="about"),
    F("mới 102 tàu", "102", 102, "count", "tàu", "tàu đăng ký mới", Y23),
    F("780.000 DWT", "780.000", 780000, "measure", "DWT", "tổng trọng tải tàu đăng ký mới", Y23),
    F("có 11 tàu", "11", 11, "count", "tàu", "tàu đóng mới trong nước", Y23, total=102),
    F("xóa đăng ký 76 tàu", "76", 76, "count", "tàu", "tàu xóa đăng ký", Y23),
    F("Hải Phòng (612 tàu)", "612", 612, "count", "tàu", "tàu đăng ký", location="Hải Phòng"),
    F("Minh (349 tàu)", "349", 349, "count", "tàu", "tàu đăng ký", location="Hồ Chí Minh"),
    F("Quảng Ninh (87 tàu)", "87", 87, "count", "tàu", "tàu đăng ký", location="Quảng Ninh"),
    F("khoảng 10% thị phần", "10", 10, "percent", "%", "thị phần vận tải hàng hóa xuất nhập khẩu bằng đường biển của đội tàu biển Việt Nam",
      approx="about"),
    F("từ 18 đến 20 triệu DWT", "18", 18e6, "measure", "DWT", "tổng trọng tải đội tàu", T30, value_max=20e6, status="target"),
    F("15-20% thị phần", "15", 15, "percent", "%", "thị phần vận tải hàng hóa xuất nhập khẩu của đội tàu", T30,
      value_max=20, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ GTVT, Cục Hàng hải): Vietnamese-flag sea-going fleet at 31/12/2023, registrations in 2023, 2030 target. Ngày đăng line with a view counter.",
    "National figures, location Việt Nam; the three provinces in brackets are locations of their items (no cue, no total).",
    "The fleet breakdown 'Về cơ cấu' has no 'trong đó' and does not add up to 1.477: no totals. 11 tàu after 'trong đó' has total 102.",
    "'(khoảng 12 năm)' world average is a figure of its own. Ranks xếp thứ 22 / thứ 4 are rank figures.",
    "Distractors: Quyết định số 1579/QĐ-TTg, Lượt xem: 3.105, số 8 Phạm Hùng, phone, '(MT)'. Headline figure: no period.",
]

emit("p600-4", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Việt Nam")
