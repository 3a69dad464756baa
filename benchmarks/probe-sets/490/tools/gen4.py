from lib import *

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Nông thôn mới

Cả nước có 78,5% số xã đạt chuẩn nông thôn mới

Ngày đăng: 14/06/2024 | Lượt xem: 3.402

Theo Văn phòng Điều phối nông thôn mới Trung ương, tính đến ngày 31/5/2024, cả nước có 6.359/8.100 xã (78,5%) đạt chuẩn NTM, tăng 167 xã so với cuối năm 2023; trong đó có 2.095 xã đạt chuẩn NTM nâng cao và 519 xã đạt chuẩn NTM kiểu mẫu. Bình quân cả nước đạt 17,8 tiêu chí/xã.

Về cấp huyện, có 296 đơn vị cấp huyện thuộc 58 tỉnh, thành phố được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ, đạt chuẩn NTM (chiếm khoảng 45,8% tổng số đơn vị cấp huyện), trong đó 39 huyện đạt chuẩn NTM nâng cao. Có 22 tỉnh, thành phố có 100% số xã đạt chuẩn NTM; 8 tỉnh, thành phố được công nhận hoàn thành nhiệm vụ xây dựng NTM gồm Nam Định, Đồng Nai, Hà Nam, Hưng Yên, Đồng Tháp, Bắc Ninh, Hà Nội và Ninh Bình.

Tuy nhiên, chênh lệch giữa các vùng còn lớn: tỷ lệ xã đạt chuẩn ở một số tỉnh miền núi còn thấp như Điện Biên (32,8%), Hà Giang (36,5%), Lai Châu (38,2%); cả nước còn 27 xã dưới 10 tiêu chí.

Giai đoạn 2021-2023, tổng nguồn lực huy động thực hiện Chương trình đạt khoảng 2,92 triệu tỷ đồng, trong đó ngân sách trung ương bố trí trực tiếp 24.500 tỷ đồng, chiếm 0,84%; vốn tín dụng chiếm 75,6%.

Thu nhập bình quân của người dân nông thôn năm 2023 đạt 54,1 triệu đồng/người/năm, gấp 1,3 lần so với năm 2020. Mục tiêu đến năm 2025, cả nước có ít nhất 80% số xã đạt chuẩn NTM; khoảng 40% số xã đạt chuẩn NTM nâng cao và 10% số xã đạt chuẩn NTM kiểu mẫu.

Bộ NN&PTNT - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

ASOF = P("tính đến ngày 31/5/2024", end="2024-05-31")
GD = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")
VON = 2.92e15
NTM = 6359

FIGS = [
    F("có 78,5%", "78,5", 78.5, "percent", "%", "số xã đạt chuẩn nông thôn mới", I(ASOF)),
    F("có 6.359/8.100 xã", "6.359", NTM, "count", "xã", "xã đạt chuẩn NTM", ASOF, total=8100, percent=78.5,
      change=CH("increase", 167, "xã", "cuối năm 2023")),
    F("có 2.095 xã", "2.095", 2095, "count", "xã", "xã đạt chuẩn NTM nâng cao", ASOF, total=NTM),
    F("và 519 xã", "519", 519, "count", "xã", "xã đạt chuẩn NTM kiểu mẫu", ASOF, total=NTM),
    F("đạt 17,8 tiêu chí/xã", "17,8", 17.8, "measure", "tiêu chí/xã", "tiêu chí bình quân cả nước đạt", I(ASOF)),
    F("có 296 đơn vị", "296", 296, "count", "đơn vị cấp huyện",
      "đơn vị cấp huyện được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ, đạt chuẩn NTM", I(ASOF), percent=45.8),
    F("thuộc 58 tỉnh", "58", 58, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có đơn vị cấp huyện được công nhận hoàn thành nhiệm vụ, đạt chuẩn NTM", I(ASOF)),
    F("trong đó 39 huyện", "39", 39, "count", "huyện", "huyện đạt chuẩn NTM nâng cao", I(ASOF), total=296),
    F("Có 22 tỉnh", "22", 22, "count", "tỉnh, thành phố", "tỉnh, thành phố có 100% số xã đạt chuẩn NTM", I(ASOF)),
    F("có 100% số xã", "100", 100, "percent", "%", "số xã đạt chuẩn NTM", optional=True),
    F("; 8 tỉnh", "8", 8, "count", "tỉnh, thành phố", "tỉnh, thành phố được công nhận hoàn thành nhiệm vụ xây dựng NTM", I(ASOF)),
    F("Điện Biên (32,8%)", "32,8", 32.8, "percent", "%", "tỷ lệ xã đạt chuẩn", location="Điện Biên"),
    F("Hà Giang (36,5%)", "36,5", 36.5, "percent", "%", "tỷ lệ xã đạt chuẩn", location="Hà Giang"),
    F("Lai Châu (38,2%)", "38,2", 38.2, "percent", "%", "tỷ lệ xã đạt chuẩn", location="Lai Châu"),
    F("còn 27 xã", "27", 27, "count", "xã", "xã dưới 10 tiêu chí"),
    F("dưới 10 tiêu chí", "10", 10, "count", "tiêu chí", "tiêu chí", approx="under", optional=True),
    F("khoảng 2,92 triệu tỷ", "2,92", VON, "money", "đồng", "tổng nguồn lực huy động thực hiện Chương trình", GD,
      approx="about"),
    F("trực tiếp 24.500 tỷ", "24.500", 24500e9, "money", "đồng", "ngân sách trung ương bố trí trực tiếp", GD,
      total=VON, percent=0.84),
    F("chiếm 75,6%", "75,6", 75.6, "percent", "%", "vốn tín dụng", GD),
    F("đạt 54,1 triệu", "54,1", 54.1e6, "money", "đồng/người/năm", "Thu nhập bình quân của người dân nông thôn",
      Y("năm 2023", 2023), change=CH("increase", 1.3, "lần", "năm 2020")),
    F("ít nhất 80%", "80", 80, "percent", "%", "số xã đạt chuẩn NTM", T25, approx="at_least", status="target"),
    F("khoảng 40%", "40", 40, "percent", "%", "số xã đạt chuẩn NTM nâng cao", T25, approx="about", status="target"),
    F("và 10% số xã", "10", 10, "percent", "%", "số xã đạt chuẩn NTM kiểu mẫu", T25, status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site (ministry): national NTM results to 31/5/2024, districts, provinces, gaps, funds 2021-2023, income, 2025 targets.",
    "'Ngày đăng: 14/06/2024 | Lượt xem: 3.402'; address 'Số 2 Ngọc Hà' and phone are distractors. National figures: location Việt Nam;",
    "the province list after '8 tỉnh, thành phố … gồm' does not make that count provincial; mountain provinces in brackets are list items",
    "with their own location. '(78,5%)' after 6.359/8.100 xã is its share; 'chiếm khoảng 45,8%' is the share of 296 (the count itself is exact).",
    "'100% số xã' describing the 22 provinces and 'dưới 10 tiêu chí' describing the 27 communes are thresholds: optional.",
    "'gấp 1,3 lần so với năm 2020' after the income is its change (increase, lần). 'chiếm 75,6%' with no base amount is a percent figure.",
    "'Mục tiêu đến năm 2025' governs the three shares after it (target, as-of end 2025).",
]

if __name__ == "__main__":
    emit("p490-4", TEXT, COMMENTS, FIGS, published="2024-06-14", location="Việt Nam")
