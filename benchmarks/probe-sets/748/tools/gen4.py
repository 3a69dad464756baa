from lib import F, P, I, CH, TG, emit

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Hoạt động của lực lượng CAND
Ngày đăng: 16/09/2024 08:30

Một năm đấu giá biển số xe ô tô: nộp ngân sách hơn 2.700 tỷ đồng

Theo Cục Cảnh sát giao thông (C08), tính đến ngày 15/9/2024, Bộ Công an đã phối hợp với Công ty Đấu giá hợp danh Việt Nam (VPA) tổ chức 412 phiên đấu giá trực tuyến với 92.736 biển số xe ô tô; có 61.384 biển số trúng đấu giá, đạt 66,2%; tổng số tiền trúng đấu giá đạt 2.718,4 tỷ đồng.

Hà Nội và TP Hồ Chí Minh là hai địa phương có số tiền trúng đấu giá lớn nhất, lần lượt đạt 612,4 tỷ đồng và 498,7 tỷ đồng; tiếp đến là Hải Phòng 143,2 tỷ đồng, Bình Dương 101,5 tỷ đồng. Biển số 51L-888.88 có giá trúng cao nhất với 21,6 tỷ đồng.

Giá khởi điểm của mỗi biển số là 40 triệu đồng, bước giá 5 triệu đồng. Khoảng 74% số biển trúng đấu giá có giá từ 40 đến 100 triệu đồng. Có 4.917 biển số người trúng không nộp tiền đúng hạn, chiếm 8% số biển trúng, được đưa trở lại kho biển số.

Trong 8 tháng năm 2024, lực lượng CSGT toàn quốc đã đăng ký mới 2.148.560 phương tiện, trong đó có 412.305 ô tô và 1.736.255 mô tô; 67,4% hồ sơ được giải quyết qua dịch vụ công trực tuyến. Hiện cả nước có 10.678 Công an xã, phường, thị trấn thực hiện đăng ký xe mô tô.

Theo Nghị định số 156/2024/NĐ-CP, từ ngày 1/1/2025, Bộ Công an dự kiến đưa thêm khoảng 150.000 biển số xe ô tô lên đấu giá và bắt đầu đấu giá biển số xe mô tô với giá khởi điểm 5 triệu đồng/biển.

Địa chỉ: Số 44 Yết Kiêu, Hoàn Kiếm, Hà Nội | Đường dây nóng: 069.2342.593
"""

ASOF = P("tính đến ngày 15/9/2024", None, "2024-09-15")
M8 = P("Trong 8 tháng năm 2024", "2024-01-01", "2024-08-31")
MONEY = "số tiền trúng đấu giá"

FIGS = [
    F("hơn 2.700 tỷ", "2.700", 2_700_000_000_000, "money", "đồng", "nộp ngân sách từ đấu giá biển số xe ô tô", approx="over"),
    F("tổ chức 412 phiên", "412", 412, "count", "phiên đấu giá", "phiên đấu giá trực tuyến", ASOF),
    F("với 92.736 biển số", "92.736", 92736, "count", "biển số", "biển số xe ô tô đưa ra đấu giá", ASOF),
    F("có 61.384 biển số", "61.384", 61384, "count", "biển số", "biển số trúng đấu giá", ASOF, percent=66.2),
    F("đạt 2.718,4 tỷ", "2.718,4", 2_718_400_000_000, "money", "đồng", "tổng số tiền trúng đấu giá", ASOF),
    F("hai địa phương", "hai", 2, "count", "địa phương", "địa phương có số tiền trúng đấu giá lớn nhất", I(ASOF), optional=True),
    F("đạt 612,4 tỷ", "612,4", 612_400_000_000, "money", "đồng", MONEY, I(ASOF), location="Hà Nội"),
    F("và 498,7 tỷ", "498,7", 498_700_000_000, "money", "đồng", MONEY, I(ASOF), location="Hồ Chí Minh"),
    F("Hải Phòng 143,2 tỷ", "143,2", 143_200_000_000, "money", "đồng", MONEY, I(ASOF), location="Hải Phòng"),
    F("Bình Dương 101,5 tỷ", "101,5", 101_500_000_000, "money", "đồng", MONEY, I(ASOF), location="Bình Dương"),
    F("với 21,6 tỷ", "21,6", 21_600_000_000, "money", "đồng", "giá trúng cao nhất", I(ASOF)),
    F("là 40 triệu", "40", 40_000_000, "money", "đồng", "giá khởi điểm của mỗi biển số"),
    F("bước giá 5 triệu", "5", 5_000_000, "money", "đồng", "bước giá"),
    F("Khoảng 74%", "74", 74, "percent", "%", "tỷ lệ biển trúng đấu giá có giá từ 40 đến 100 triệu đồng", approx="about"),
    F("từ 40 đến 100 triệu", "40", 40_000_000, "money", "đồng", "khoảng giá trúng đấu giá", value_max=100_000_000,
      optional=True),
    F("Có 4.917 biển số", "4.917", 4917, "count", "biển số", "biển số người trúng không nộp tiền đúng hạn", I(ASOF), percent=8),
    F("mới 2.148.560 phương tiện", "2.148.560", 2148560, "count", "phương tiện", "phương tiện đăng ký mới", M8),
    F("có 412.305 ô tô", "412.305", 412305, "count", "ô tô", "ô tô đăng ký mới", M8, total=2148560),
    F("và 1.736.255 mô tô", "1.736.255", 1736255, "count", "mô tô", "mô tô đăng ký mới", M8, total=2148560),
    F("67,4% hồ sơ", "67,4", 67.4, "percent", "%", "tỷ lệ hồ sơ được giải quyết qua dịch vụ công trực tuyến", M8),
    F("có 10.678 Công an", "10.678", 10678, "count", "Công an xã, phường, thị trấn",
      "Công an xã, phường, thị trấn thực hiện đăng ký xe mô tô"),
    F("khoảng 150.000 biển số", "150.000", 150000, "count", "biển số", "biển số xe ô tô đưa thêm lên đấu giá", approx="about",
      status="forecast"),
    F("khởi điểm 5 triệu", "5", 5_000_000, "money", "đồng/biển", "giá khởi điểm đấu giá biển số xe mô tô", status="forecast"),
]

COMMENTS = [
    "Bộ Công an portal (invented): một năm đấu giá biển số xe ô tô (to 15/9/2024) and 8-month national registrations. Ministry site, \"Ngày đăng: 16/09/2024 08:30\".",
    "National figures: location Việt Nam; provinces in the \"lần lượt\"/\"tiếp đến là\" list are the items' locations. The top plate (51L-888.88) is not tied to a place in the text.",
    "Not figures: C08, plate 51L-888.88, Nghị định số 156/2024/NĐ-CP, ngày 1/1/2025, Số 44 Yết Kiêu, hotline 069.2342.593.",
    "\"hai địa phương\" restates the two-item list that follows: optional.",
    "The price band \"từ 40 đến 100 triệu đồng\" describes the 74% share's group: optional. \"đạt 66,2%\"/\"chiếm 8% số biển trúng\" are percents (no number for the whole, so no total).",
    "\"67,4% hồ sơ\" counts files, not vehicles: a percent figure of its own. \"Hiện\" figures get no period. \"dự kiến\" governs both clauses of the last sentence (forecast).",
    "Headline \"Một năm\" is no dated period: the headline figure gets none.",
]

if __name__ == "__main__":
    emit("p748-4", TEXT, COMMENTS, FIGS, published="2024-09-16", location="Việt Nam")
