"""p930-4: Cục Kiểm lâm (ministry agency) national 2024 results on wild birds."""
from lib import F, P, I, Y, C, T, write

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC KIỂM LÂM
Trang chủ > Tin tức - Sự kiện > Bảo tồn thiên nhiên

Năm 2024, cả nước phát hiện 1.126 vụ vi phạm về động vật hoang dã

Ngày đăng: 10/01/2025 | Lượt xem: 1.047

Theo báo cáo của Cục Kiểm lâm, năm 2024 lực lượng kiểm lâm cả nước đã phát hiện, xử lý 1.126 vụ vi phạm quy định về quản lý, bảo vệ động vật hoang dã, giảm 7,3% so với năm 2023; trong đó có 412 vụ liên quan đến chim hoang dã, chiếm 36,6%.

Các lực lượng chức năng đã tháo gỡ trên 286 km lưới bẫy chim, thu giữ 9.850 bẫy các loại; giải cứu, thả về tự nhiên 58.420 cá thể chim, tăng 1,4 lần so với năm trước. Các địa phương tháo gỡ nhiều lưới bẫy nhất lần lượt là Thanh Hóa (38,5 km), Nghệ An (31,2 km), Hà Tĩnh (27,6 km) và Quảng Bình (19,8 km).

Tổng số tiền phạt vi phạm hành chính và bán tang vật sung công quỹ đạt 14,7 tỷ đồng. Cơ quan chức năng đã khởi tố 187 vụ án hình sự, trong đó 23 vụ liên quan đến các loài chim nguy cấp, quý, hiếm.

Việt Nam hiện ghi nhận khoảng 900 loài chim, trong đó có 104 loài bị đe dọa ở mức toàn cầu. Tính đến ngày 31/12/2024, 63/63 tỉnh, thành phố đã ban hành kế hoạch thực hiện Chỉ thị số 04/CT-TTg ngày 02/02/2024 của Thủ tướng Chính phủ về tăng cường bảo vệ chim hoang dã, chim di cư; 28 tỉnh đã thành lập đội phản ứng nhanh.

Năm 2025, Cục Kiểm lâm đặt mục tiêu giảm ít nhất 10% số vụ vi phạm về chim hoang dã so với năm 2024, phấn đấu 100% khu vực chim di cư tập trung được khoanh vùng bảo vệ. Dự kiến trong quý I/2025, Cục sẽ tổ chức 3 đoàn kiểm tra liên ngành tại 9 tỉnh trọng điểm miền Trung.

Cục Kiểm lâm - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3733.5676
"""

Y24 = Y(2024)
Y24i = Y(2024, inherited=True)
ASOF = P("Tính đến ngày 31/12/2024", None, "2024-12-31")
Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Y25 = Y(2025, "Năm 2025")
NET = "lưới bẫy chim tháo gỡ"

FIGS = [
    F("cả nước phát hiện 1.126 vụ", "1.126", 1126, "count", "vụ", "vụ vi phạm về động vật hoang dã", Y(2024, "Năm 2024")),
    F("xử lý 1.126 vụ", "1.126", 1126, "count", "vụ",
      "vụ vi phạm quy định về quản lý, bảo vệ động vật hoang dã", Y24, change=C("decrease", 7.3, baseline="năm 2023")),
    F("có 412 vụ", "412", 412, "count", "vụ", "vụ vi phạm liên quan đến chim hoang dã", Y24, total=1126, percent=36.6),
    F("trên 286 km", "286", 286, "measure", "km", NET, Y24i, approx="over"),
    F("thu giữ 9.850 bẫy", "9.850", 9850, "count", "bẫy", "bẫy thu giữ", Y24i),
    F("tự nhiên 58.420 cá thể", "58.420", 58420, "count", "cá thể", "chim giải cứu, thả về tự nhiên", Y24i,
      change=C("increase", 1.4, "lần", "năm trước")),
    F("Thanh Hóa (38,5 km)", "38,5", 38.5, "measure", "km", NET, Y24i, location="Thanh Hóa"),
    F("Nghệ An (31,2 km)", "31,2", 31.2, "measure", "km", NET, Y24i, location="Nghệ An"),
    F("Hà Tĩnh (27,6 km)", "27,6", 27.6, "measure", "km", NET, Y24i, location="Hà Tĩnh"),
    F("Quảng Bình (19,8 km)", "19,8", 19.8, "measure", "km", NET, Y24i, location="Quảng Bình"),
    F("đạt 14,7 tỷ đồng", "14,7", 14700000000, "money", "đồng",
      "tổng số tiền phạt vi phạm hành chính và bán tang vật sung công quỹ", Y24i),
    F("khởi tố 187 vụ án", "187", 187, "count", "vụ án", "vụ án hình sự khởi tố", Y24i),
    F("trong đó 23 vụ", "23", 23, "count", "vụ", "vụ án liên quan đến các loài chim nguy cấp, quý, hiếm", Y24i, total=187),
    F("khoảng 900 loài", "900", 900, "count", "loài", "loài chim ghi nhận", approx="about"),
    F("có 104 loài", "104", 104, "count", "loài", "loài chim bị đe dọa ở mức toàn cầu", total=900),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố ban hành kế hoạch thực hiện Chỉ thị",
      ASOF, total=63),
    F("28 tỉnh", "28", 28, "count", "tỉnh", "tỉnh thành lập đội phản ứng nhanh", ASOF),
    F("ít nhất 10% số vụ", "10", 10, "percent", "%", "số vụ vi phạm về chim hoang dã giảm so với năm 2024", Y25,
      approx="at_least", status="target"),
    F("phấn đấu 100% khu vực", "100", 100, "percent", "%", "khu vực chim di cư tập trung được khoanh vùng bảo vệ", Y25,
      status="target"),
    F("tổ chức 3 đoàn", "3", 3, "count", "đoàn", "đoàn kiểm tra liên ngành", Q1, status="forecast"),
    F("tại 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh trọng điểm miền Trung được kiểm tra", Q1, status="forecast"),
]

NOTES = [
    "Cục Kiểm lâm (ministry agency site), national 2024 results on wildlife/bird violations, nets, releases; 2025 targets. Location Việt Nam;",
    "the 'lần lượt' list of provinces gives each item its province as location, subject the list's indicator, no total (a ranking).",
    "412 vụ: part of 1.126 (trong đó) with share 36,6% (chiếm). 23 vụ: part of 187 vụ án. 104 loài: part of khoảng 900 loài (total 900).",
    "63/63 → total 63. 'tăng 1,4 lần so với năm trước' is the change of 58.420 cá thể. Headline 1.126 is a figure of its own.",
    "Distractors: Chỉ thị số 04/CT-TTg ngày 02/02/2024, Lượt xem: 1.047, 'Số 2 Ngọc Hà', phone 024.3733.5676 (the Hà Nội address localises nothing).",
]

write(4, TEXT, FIGS, NOTES, published="2025-01-10", location="Việt Nam")
