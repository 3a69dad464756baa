"""p1063-1: province portal (Thanh Hóa), 6 months 2024."""
from lib import F, P, I, C, T, write

text = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm

Hơn 14.600 người được hưởng trợ cấp thất nghiệp trong 6 tháng

Cập nhật: 08/07/2024 09:45 | Lượt xem: 2.316

Theo Trung tâm Dịch vụ việc làm Thanh Hóa, 6 tháng đầu năm 2024, toàn tỉnh tiếp nhận 15.284 hồ sơ đề nghị hưởng trợ cấp thất nghiệp (TCTN), tăng 8,7% so với cùng kỳ năm 2023. Sở Lao động - Thương binh và Xã hội đã ban hành quyết định hưởng TCTN cho 14.652 người, đạt 95,9% số hồ sơ tiếp nhận; trong đó lao động nữ 8.947 người, chiếm 61,1%.

Tổng số tiền chi trả TCTN ước đạt 312,6 tỷ đồng, tăng 11,2% so với cùng kỳ. Mức hưởng bình quân là 4,26 triệu đồng/người/tháng; thời gian hưởng bình quân 3,8 tháng. Tính đến 30/6, toàn tỉnh có 352.418 người tham gia bảo hiểm thất nghiệp, chiếm 14,2% lực lượng lao động trong độ tuổi.

Cùng với chi trả trợ cấp, Trung tâm đã tư vấn, giới thiệu việc làm cho 21.530 lượt người, trong đó 3.412 lượt người được giới thiệu việc làm thành công, đạt 48,7% kế hoạch năm. Có 286 người được hỗ trợ học nghề với tổng kinh phí khoảng 1,3 tỷ đồng, chủ yếu học may công nghiệp, điện dân dụng và lái xe ô tô hạng B2.

Người hưởng TCTN tập trung ở các địa phương có nhiều doanh nghiệp da giày, may mặc như thành phố Thanh Hóa (2.934 người), thị xã Bỉm Sơn (1.845 người), huyện Triệu Sơn (1.226 người) và huyện Hoằng Hóa (1.107 người). Nhiều lao động mất việc ở độ tuổi trên 35 nên khó tìm được việc làm mới.

Phấn đấu cả năm 2024, Trung tâm giới thiệu việc làm thành công cho ít nhất 7.000 lượt người và tổ chức 24 phiên giao dịch việc làm.

Người lao động cần hỗ trợ liên hệ Trung tâm tại số 18 Hạc Thành, phường Điện Biên, TP. Thanh Hóa hoặc số điện thoại 0237.3855.818.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
figs = [
    F("Hơn 14.600 người", "14.600", 14600, "count", "người", "người được hưởng trợ cấp thất nghiệp",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("tiếp nhận 15.284 hồ sơ", "15.284", 15284, "count", "hồ sơ",
      "hồ sơ đề nghị hưởng trợ cấp thất nghiệp (TCTN)", H1,
      change=C("increase", 8.7, "%", "cùng kỳ năm 2023")),
    F("cho 14.652 người", "14.652", 14652, "count", "người", "người được ban hành quyết định hưởng TCTN", I(H1),
      percent=95.9),
    F("lao động nữ 8.947 người", "8.947", 8947, "count", "người", "lao động nữ được quyết định hưởng TCTN", I(H1),
      total=14652, percent=61.1),
    F("ước đạt 312,6 tỷ đồng", "312,6", 312.6e9, "money", "đồng", "tổng số tiền chi trả TCTN", I(H1),
      change=C("increase", 11.2, "%", "cùng kỳ"), status="estimate"),
    F("là 4,26 triệu đồng/người/tháng", "4,26", 4.26e6, "money", "đồng/người/tháng", "mức hưởng bình quân", I(H1)),
    F("bình quân 3,8 tháng", "3,8", 3.8, "measure", "tháng", "thời gian hưởng bình quân", I(H1)),
    F("có 352.418 người", "352.418", 352418, "count", "người", "người tham gia bảo hiểm thất nghiệp",
      P("Tính đến 30/6", None, "2024-06-30"), percent=14.2),
    F("cho 21.530 lượt người", "21.530", 21530, "count", "lượt người", "lượt người được tư vấn, giới thiệu việc làm",
      I(H1)),
    F("3.412 lượt người", "3.412", 3412, "count", "lượt người", "lượt người được giới thiệu việc làm thành công",
      I(H1), total=21530, percent=48.7),
    F("Có 286 người", "286", 286, "count", "người", "người được hỗ trợ học nghề", I(H1)),
    F("khoảng 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "kinh phí hỗ trợ học nghề", I(H1), approx="about"),
    F("Thanh Hóa (2.934 người)", "2.934", 2934, "count", "người", "người hưởng TCTN", I(H1), location="Thanh Hóa"),
    F("Bỉm Sơn (1.845 người)", "1.845", 1845, "count", "người", "người hưởng TCTN", I(H1), location="Bỉm Sơn"),
    F("Triệu Sơn (1.226 người)", "1.226", 1226, "count", "người", "người hưởng TCTN", I(H1), location="Triệu Sơn"),
    F("Hoằng Hóa (1.107 người)", "1.107", 1107, "count", "người", "người hưởng TCTN", I(H1), location="Hoằng Hóa"),
    F("độ tuổi trên 35", "35", 35, "measure", "tuổi", approx="over", optional=True),
    F("ít nhất 7.000 lượt người", "7.000", 7000, "count", "lượt người",
      "lượt người được giới thiệu việc làm thành công", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      approx="at_least", status="target"),
    F("tổ chức 24 phiên", "24", 24, "count", "phiên giao dịch việc làm", "phiên giao dịch việc làm",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]
notes = [
    "Thanh Hóa provincial portal: TCTN in 6 tháng đầu năm 2024. Headline '6 tháng' without a year takes 2024 (published).",
    "14.652 người counts persons while 15.284 counts hồ sơ: 'đạt 95,9% số hồ sơ' is its percent; 8.947 lao động nữ after 'trong đó' is part of 14.652.",
    "3.412 lượt người after 'trong đó' is part of 21.530 lượt người; 'đạt 48,7% kế hoạch năm' is its percent (cf. h14).",
    "District list in brackets shares the indicator 'người hưởng TCTN'; items are locations. 'trên 35' (age threshold) optional.",
    "Distractors: Lượt xem 2.316, 08/07/2024 09:45, hạng B2, số 18 Hạc Thành, phone 0237.3855.818.",
]
write(1, text, figs, notes, published="2024-07-08", location="Thanh Hóa")
