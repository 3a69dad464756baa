from lib import F, P, I, CH, TG, emit

TEXT = """BÁO THÁI BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THÁI BÌNH
Thời sự > Chính trị - Xã hội

Năm 2024: Thu hơn 148 tỷ đồng từ đấu giá biển số xe ô tô

Năm 2024, có 1.846 biển số xe ô tô ký hiệu 17A, 17C của tỉnh được Bộ Công an đưa ra đấu giá, trong đó 1.203 biển số trúng đấu giá với tổng số tiền 148,5 tỷ đồng, tăng 2,3 lần so với năm 2023. Giá trúng bình quân cao gấp gần 3,1 lần giá khởi điểm. Thái Bình xếp thứ 7 trong 11 tỉnh, thành phố vùng đồng bằng sông Hồng về số tiền trúng đấu giá.

Cũng trong năm 2024, Phòng CSGT và Công an các huyện, thành phố đã đăng ký mới 9.215 xe ô tô và 61.947 xe mô tô, tăng lần lượt 15,8% và 4,2% so với năm 2023. Các địa phương có số ô tô đăng ký mới nhiều là thành phố Thái Bình (2.714 xe), huyện Thái Thụy (1.108 xe), Kiến Xương (986 xe).

Có 28.615 hồ sơ đăng ký xe được giải quyết trực tuyến, chiếm 40,2% tổng số hồ sơ. Đến ngày 31/12/2024, toàn tỉnh quản lý khoảng 71.400 xe ô tô, bình quân 38 xe ô tô/1.000 dân, cùng hơn 1,52 triệu xe mô tô.

Người dân có thể nộp hồ sơ tại Phòng CSGT, số 260 đường Lý Bôn, hoặc qua ứng dụng VNeID. Theo Nghị định số 156/2024/NĐ-CP, từ năm nay biển số xe mô tô cũng được đưa ra đấu giá.

Năm 2025, Công an tỉnh phấn đấu 100% hồ sơ đăng ký xe được tiếp nhận trực tuyến; rút ngắn thời gian cấp biển số xe ô tô xuống còn 1 ngày làm việc.

MINH THU 16:20, 08/01/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Cũng trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
ASOF = P("Đến ngày 31/12/2024", None, "2024-12-31")

FIGS = [
    F("hơn 148 tỷ", "148", 148_000_000_000, "money", "đồng", "thu từ đấu giá biển số xe ô tô",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("có 1.846 biển số", "1.846", 1846, "count", "biển số", "biển số xe ô tô của tỉnh đưa ra đấu giá", Y24),
    F("đó 1.203 biển số", "1.203", 1203, "count", "biển số", "biển số trúng đấu giá", Y24, total=1846),
    F("tiền 148,5 tỷ", "148,5", 148_500_000_000, "money", "đồng", "tổng số tiền trúng đấu giá", Y24,
      change=CH("increase", 2.3, "lần", "năm 2023")),
    F("gấp gần 3,1 lần", "3,1", 3.1, "multiple", "lần", "giá trúng bình quân so với giá khởi điểm", I(Y24), approx="nearly"),
    F("thứ 7 trong 11", "7", 7, "rank", "hạng", "số tiền trúng đấu giá trong vùng đồng bằng sông Hồng", I(Y24), total=11),
    F("mới 9.215 xe ô tô", "9.215", 9215, "count", "xe ô tô", "xe ô tô đăng ký mới", Y24b,
      change=CH("increase", 15.8, "%", "năm 2023")),
    F("và 61.947 xe mô tô", "61.947", 61947, "count", "xe mô tô", "xe mô tô đăng ký mới", Y24b,
      change=CH("increase", 4.2, "%", "năm 2023")),
    F("(2.714 xe)", "2.714", 2714, "count", "xe", "ô tô đăng ký mới", I(Y24b), location="Thái Bình"),
    F("(1.108 xe)", "1.108", 1108, "count", "xe", "ô tô đăng ký mới", I(Y24b), location="Thái Thụy"),
    F("(986 xe)", "986", 986, "count", "xe", "ô tô đăng ký mới", I(Y24b), location="Kiến Xương"),
    F("Có 28.615 hồ sơ", "28.615", 28615, "count", "hồ sơ", "hồ sơ đăng ký xe được giải quyết trực tuyến", I(Y24b),
      percent=40.2),
    F("khoảng 71.400 xe", "71.400", 71400, "count", "xe ô tô", "xe ô tô toàn tỉnh quản lý", ASOF, approx="about"),
    F("bình quân 38 xe", "38", 38, "measure", "xe ô tô/1.000 dân", "xe ô tô bình quân trên 1.000 dân", ASOF),
    F("hơn 1,52 triệu", "1,52", 1_520_000, "count", "xe mô tô", "xe mô tô toàn tỉnh quản lý", ASOF, approx="over"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tỷ lệ hồ sơ đăng ký xe được tiếp nhận trực tuyến", Y25, status="target"),
    F("còn 1 ngày", "1", 1, "measure", "ngày làm việc", "thời gian cấp biển số xe ô tô", Y25, status="target"),
]

COMMENTS = [
    "Báo Thái Bình (invented): đấu giá biển số ô tô và đăng ký xe năm 2024. Party newspaper: byline + time/date at the end (\"MINH THU 16:20, 08/01/2025\" -> published).",
    "Not figures: plate series 17A, 17C, số 260 đường Lý Bôn, Nghị định số 156/2024/NĐ-CP, VNeID, the dateline; \"11 tỉnh, thành phố\" is the rank's total (attribute only).",
    "\"tăng 2,3 lần so với năm 2023\" after the amount is its change (lần); \"Giá trúng bình quân cao gấp gần 3,1 lần giá khởi điểm\" stands alone as the claim: multiple.",
    "\"tăng lần lượt 15,8% và 4,2%\" distributes one change to each count. 1.203 follows \"trong đó\" after 1.846: total.",
    "\"38 xe ô tô/1.000 dân\": rate, measure, the denominator in the unit (1.000 is not a figure). Targets of 2025: status target.",
    "\"chiếm 40,2% tổng số hồ sơ\": percent; no number for the whole, no total.",
]

if __name__ == "__main__":
    emit("p748-5", TEXT, COMMENTS, FIGS, published="2025-01-08", location="Thái Bình")
