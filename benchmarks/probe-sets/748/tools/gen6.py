from lib import F, P, I, CH, TG, emit

TEXT = """Thứ tư, 15/1/2025, 06:30 (GMT+7)

Gần 3.000 tỷ đồng thu từ đấu giá biển số ô tô năm 2024

Năm 2024, Cục CSGT đưa ra đấu giá hơn 98.000 biển số ô tô, thu về gần 3.000 tỷ đồng; biển 30K-999.99 của Hà Nội được trả cao nhất 15,3 tỷ đồng.

Theo số liệu Cục Cảnh sát giao thông công bố ngày 14/1, trong năm 2024 có 98.412 biển số ô tô được đưa ra đấu giá qua 156 phiên; 66.930 biển số trúng đấu giá, chiếm 68%. Tổng số tiền trúng đấu giá là 2.968 tỷ đồng, tăng 41,5% so với năm 2023.

Biển số 30K-999.99 có giá trúng cao nhất là 15,3 tỷ đồng, tiếp theo là biển 51L-666.66 (9,2 tỷ đồng) và 30L-888.88 (7,85 tỷ đồng). Có 87 biển số trúng trên 1 tỷ đồng, gần gấp đôi năm trước. Tuy vậy, khoảng 70% biển số chỉ trúng ở mức giá dưới 100 triệu đồng.

Xét theo địa phương, số tiền trúng đấu giá cao nhất thuộc về Hà Nội với 721,6 tỷ đồng; TP HCM đứng thứ hai với 602,3 tỷ đồng. Tỷ lệ trúng đấu giá của biển số ô tô con và ô tô tải lần lượt là 71,3% và 52,6%.

Từ ngày 1/1/2025, theo Nghị định 156/2024/NĐ-CP, biển số xe máy cũng được đưa ra đấu giá với giá khởi điểm 5 triệu đồng, bước giá 500.000 đồng. Bộ Công an dự kiến đưa ra đấu giá khoảng 45.000 biển số xe máy trong quý I/2025, tập trung ở Hà Nội và TP HCM.

Một lãnh đạo Cục CSGT cho biết nhiều người trúng đấu giá từng bỏ cọc vì trả giá theo phong trào; tới đây, người không nộp tiền sẽ bị cấm tham gia đấu giá biển số đó.

Phạm Dự
"""

Y24H = P("năm 2024", "2024-01-01", "2024-12-31")
Y24L = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
MONEY = "số tiền trúng đấu giá"
PRICE = "giá trúng"

FIGS = [
    F("Gần 3.000 tỷ", "3.000", 3_000_000_000_000, "money", "đồng", "thu từ đấu giá biển số ô tô", Y24H, approx="nearly"),
    F("hơn 98.000 biển số", "98.000", 98000, "count", "biển số", "biển số ô tô đưa ra đấu giá", Y24L, approx="over"),
    F("gần 3.000 tỷ", "3.000", 3_000_000_000_000, "money", "đồng", "thu từ đấu giá biển số ô tô", Y24L, approx="nearly"),
    F("trả cao nhất 15,3 tỷ", "15,3", 15_300_000_000, "money", "đồng", "giá trả cao nhất", Y24L, location="Hà Nội"),
    F("có 98.412 biển số", "98.412", 98412, "count", "biển số", "biển số ô tô đưa ra đấu giá", Y24),
    F("qua 156 phiên", "156", 156, "count", "phiên", "phiên đấu giá", Y24),
    F("66.930 biển số", "66.930", 66930, "count", "biển số", "biển số trúng đấu giá", Y24, percent=68),
    F("là 2.968 tỷ", "2.968", 2_968_000_000_000, "money", "đồng", "tổng số tiền trúng đấu giá", I(Y24),
      change=CH("increase", 41.5, "%", "năm 2023")),
    F("nhất là 15,3 tỷ", "15,3", 15_300_000_000, "money", "đồng", "giá trúng cao nhất", I(Y24)),
    F("(9,2 tỷ", "9,2", 9_200_000_000, "money", "đồng", PRICE, I(Y24)),
    F("(7,85 tỷ", "7,85", 7_850_000_000, "money", "đồng", PRICE, I(Y24)),
    F("Có 87 biển số", "87", 87, "count", "biển số", "biển số trúng trên 1 tỷ đồng", I(Y24),
      change=CH("increase", 2, "lần", "năm trước", approx="nearly")),
    F("trên 1 tỷ", "1", 1_000_000_000, "money", "đồng", "ngưỡng giá trúng", approx="over", optional=True),
    F("khoảng 70% biển số", "70", 70, "percent", "%", "tỷ lệ biển số trúng ở mức giá dưới 100 triệu đồng", I(Y24),
      approx="about"),
    F("dưới 100 triệu", "100", 100_000_000, "money", "đồng", "ngưỡng giá trúng", approx="under", optional=True),
    F("với 721,6 tỷ", "721,6", 721_600_000_000, "money", "đồng", MONEY, I(Y24), location="Hà Nội"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", MONEY, I(Y24), location="Hồ Chí Minh"),
    F("với 602,3 tỷ", "602,3", 602_300_000_000, "money", "đồng", MONEY, I(Y24), location="Hồ Chí Minh"),
    F("71,3%", "71,3", 71.3, "percent", "%", "tỷ lệ trúng đấu giá của biển số ô tô con", I(Y24)),
    F("52,6%", "52,6", 52.6, "percent", "%", "tỷ lệ trúng đấu giá của biển số ô tô tải", I(Y24)),
    F("khởi điểm 5 triệu", "5", 5_000_000, "money", "đồng", "giá khởi điểm đấu giá biển số xe máy"),
    F("bước giá 500.000", "500.000", 500000, "money", "đồng", "bước giá đấu giá biển số xe máy"),
    F("khoảng 45.000 biển số", "45.000", 45000, "count", "biển số", "biển số xe máy đưa ra đấu giá", Q1, approx="about",
      status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style, invented): đấu giá biển số ô tô năm 2024. Dateline \"Thứ tư, 15/1/2025, 06:30 (GMT+7)\" -> published; byline at the end.",
    "Not figures: plates 30K-999.99, 51L-666.66, 30L-888.88; Nghị định 156/2024/NĐ-CP; ngày 14/1, ngày 1/1/2025; (GMT+7); \"năm trước\".",
    "Headline and lead restate the body's totals: each mention is annotated (the headline's \"năm 2024\" dates it). The lead's 15,3 tỷ is tied to Hà Nội by \"của Hà Nội\".",
    "The plate list items (9,2 / 7,85 tỷ) carry no place in the text: location Việt Nam. \"TP HCM đứng thứ hai\": rank 2 (number word), location TP HCM.",
    "\"gần gấp đôi năm trước\" after 87 biển số is its change (2 lần, nearly). Price thresholds \"trên 1 tỷ\" / \"dưới 100 triệu\" are parts of subjects: optional.",
    "Xe máy auction parameters (giá khởi điểm, bước giá) stated as fact from 1/1/2025: actual, no period. \"dự kiến … khoảng 45.000\" -> forecast.",
]

if __name__ == "__main__":
    emit("p748-6", TEXT, COMMENTS, FIGS, published="2025-01-15", location="Việt Nam")
