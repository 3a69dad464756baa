"""p1132-4: ministry site (Bộ NN&PTNT): special-use forests, botanical gardens, heritage trees nationwide."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp

Hệ thống rừng đặc dụng lưu giữ hơn 13.000 loài thực vật

Ngày đăng: 14/05/2024 | Lượt xem: 1.087

Theo Cục Lâm nghiệp, tính đến hết năm 2023, cả nước có 176 khu rừng đặc dụng với tổng diện tích khoảng 2,5 triệu ha, trong đó 34 vườn quốc gia, 56 khu dự trữ thiên nhiên và 14 khu bảo tồn loài - sinh cảnh. Các khu rừng đặc dụng đang lưu giữ hơn 13.000 loài thực vật bậc cao có mạch, chiếm khoảng 80% số loài thực vật đã biết của Việt Nam.

Năm 2023, các vườn quốc gia đã nhân giống khoảng 1,2 triệu cây giống bản địa, quý hiếm, tăng 8,6% so với năm 2022; đón hơn 3,4 triệu lượt khách tham quan, doanh thu từ du lịch sinh thái ước đạt 412 tỷ đồng. Hiện cả nước có 9 vườn thực vật và vườn sưu tập thực vật, lớn nhất là Vườn thực vật Cúc Phương (Ninh Bình) rộng 40 ha.

Về cây di sản, từ năm 2010 đến nay, Hội Bảo vệ thiên nhiên và môi trường Việt Nam đã công nhận 7.214 cây di sản tại 61/63 tỉnh, thành phố, thuộc 152 loài. Các địa phương có nhiều cây di sản nhất lần lượt là Hà Nội (812 cây), Thừa Thiên Huế (498 cây) và Nghệ An (265 cây).

Theo Chiến lược phát triển lâm nghiệp Việt Nam giai đoạn 2021-2030, tầm nhìn đến năm 2050 ban hành kèm Quyết định số 523/QĐ-TTg, đến năm 2030 diện tích rừng đặc dụng đạt khoảng 2,6 triệu ha; mỗi vườn quốc gia xây dựng ít nhất một vườn thực vật hoặc vườn sưu tập thực vật.

Cục Lâm nghiệp - Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("từ năm 2010 đến nay", "2010-01-01", "2024-05-14")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "cây di sản"

FIGS = [
    F("hơn 13.000 loài thực vật\n", "13.000", 13000, "count", "loài", approx="over",
      subject="loài thực vật hệ thống rừng đặc dụng lưu giữ"),
    F("có 176 khu", "176", 176, "count", "khu rừng đặc dụng", subject="khu rừng đặc dụng", period=ASOF),
    F("khoảng 2,5 triệu ha", "2,5", 2500000, "measure", "ha", approx="about",
      subject="tổng diện tích khu rừng đặc dụng", period=ASOF),
    F("34 vườn quốc gia", "34", 34, "count", "vườn quốc gia", total=176, subject="vườn quốc gia",
      period=ASOF),
    F("56 khu dự trữ", "56", 56, "count", "khu dự trữ thiên nhiên", total=176,
      subject="khu dự trữ thiên nhiên", period=ASOF),
    F("14 khu bảo tồn", "14", 14, "count", "khu bảo tồn loài - sinh cảnh", total=176,
      subject="khu bảo tồn loài - sinh cảnh", period=ASOF),
    F("hơn 13.000 loài thực vật bậc cao", "13.000", 13000, "count", "loài", approx="over", percent=80,
      subject="loài thực vật bậc cao có mạch các khu rừng đặc dụng lưu giữ", period=I(ASOF)),
    F("khoảng 1,2 triệu cây", "1,2", 1200000, "count", "cây giống", approx="about",
      change=C("increase", 8.6, "%", "năm 2022"),
      subject="cây giống bản địa, quý hiếm các vườn quốc gia nhân giống", period=Y23),
    F("hơn 3,4 triệu lượt", "3,4", 3400000, "count", "lượt khách", approx="over",
      subject="lượt khách tham quan các vườn quốc gia", period=Y23),
    F("đạt 412 tỷ đồng", "412", 412000000000, "money", "đồng", status="estimate",
      subject="doanh thu từ du lịch sinh thái", period=Y23),
    F("có 9 vườn thực vật", "9", 9, "count", "vườn thực vật",
      subject="vườn thực vật và vườn sưu tập thực vật"),
    F("rộng 40 ha", "40", 40, "measure", "ha", subject="diện tích Vườn thực vật Cúc Phương", location="Ninh Bình"),
    F("công nhận 7.214 cây", "7.214", 7214, "count", "cây", subject="cây di sản được công nhận",
      period=SINCE),
    F("61/63 tỉnh", "61", 61, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố có cây di sản", period=SINCE),
    F("thuộc 152 loài", "152", 152, "count", "loài", subject="loài cây di sản", period=SINCE),
    F("Hà Nội (812 cây)", "812", 812, "count", "cây", subject=LIST, period=I(SINCE), location="Hà Nội"),
    F("Thừa Thiên Huế (498 cây)", "498", 498, "count", "cây", subject=LIST, period=I(SINCE),
      location="Thừa Thiên Huế"),
    F("Nghệ An (265 cây)", "265", 265, "count", "cây", subject=LIST, period=I(SINCE), location="Nghệ An"),
    F("khoảng 2,6 triệu ha", "2,6", 2600000, "measure", "ha", approx="about", status="target",
      subject="diện tích rừng đặc dụng", period=T30),
    F("ít nhất một vườn", "một", 1, "count", "vườn thực vật", approx="at_least", status="target",
      subject="vườn thực vật hoặc vườn sưu tập thực vật mỗi vườn quốc gia xây dựng", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT / Cục Lâm nghiệp), national: 'Ngày đăng: 14/05/2024 | Lượt xem: 1.087'; address footer.",
    "Distractors: view counter 1.087, 'giai đoạn 2021-2030', 'tầm nhìn đến năm 2050', 'Quyết định số 523/QĐ-TTg', 'Số 2 Ngọc Hà'.",
    "'trong đó 34 vườn quốc gia, 56 … và 14 …' are parts of the 176 areas (total 176) though they do not add up (other categories unnamed).",
    "'ước đạt 412 tỷ đồng' → estimate (its own clause only; 1,2 triệu cây and 3,4 triệu lượt stay actual).",
    "'chiếm khoảng 80%' is the share of 13.000 loài (percent attribute). 'từ năm 2010 đến nay' ends at the published date.",
    "Ranking list 'lần lượt là Hà Nội (812 cây) …' shares the indicator; places go to location; no total.",
    "'Cúc Phương (Ninh Bình) rộng 40 ha' → location Ninh Bình (the garden is placed there). 'ít nhất một vườn thực vật' is a number word with at_least, target. 'Hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1132-4", TEXT, NOTES, FIGS, published="2024-05-14", location="Việt Nam")
