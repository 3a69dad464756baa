"""p655-1: province portal (Bình Dương), unemployment insurance in the first half of 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Lao động - Việc làm

Bình Dương: Hơn 27.400 người nộp hồ sơ hưởng trợ cấp thất nghiệp trong 6 tháng đầu năm

Cập nhật: 08/07/2024 15:20 | Lượt xem: 3.582

Theo Trung tâm Dịch vụ việc làm tỉnh, 6 tháng đầu năm 2024, toàn tỉnh có 27.468 người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp (TCTN), tăng 12,6% so với cùng kỳ năm 2023. Sở Lao động - Thương binh và Xã hội đã ban hành 26.915 quyết định hưởng TCTN, tổng số tiền chi trả ước khoảng 812,4 tỷ đồng.

Số người nộp hồ sơ tập trung chủ yếu tại TP. Thủ Dầu Một (6.215 người), TP. Thuận An (5.842 người), TP. Dĩ An (4.970 người) và thị xã Bến Cát (3.106 người).

Mức hưởng TCTN bình quân là 4,86 triệu đồng/người/tháng; thời gian hưởng bình quân 3,4 tháng. Trong số người có quyết định hưởng, lao động nữ chiếm 58,3%, lao động từ 40 tuổi trở lên chiếm 31,7%.

Trong 6 tháng đầu năm, Trung tâm đã tư vấn, giới thiệu việc làm cho 41.250 lượt người thất nghiệp, trong đó 2.364 lượt người được giới thiệu việc làm thành công; hỗ trợ học nghề cho 318 người với kinh phí gần 1,5 tỷ đồng.

Tính đến ngày 30/6/2024, toàn tỉnh có 1.052.316 người tham gia bảo hiểm thất nghiệp, chiếm 88,2% số lao động thuộc diện tham gia; trong đó khu vực doanh nghiệp FDI có 742.108 người. Cũng trong 6 tháng đầu năm, có 3.840 người làm thủ tục hưởng bảo hiểm xã hội một lần, giảm 8,2% so với cùng kỳ.

Năm 2024, tỉnh phấn đấu có 1.080.000 người tham gia bảo hiểm thất nghiệp, đạt tỷ lệ 90% số lao động thuộc diện tham gia.

Người lao động cần hỗ trợ liên hệ Trung tâm Dịch vụ việc làm tỉnh Bình Dương, số 26 Huỳnh Văn Nghệ, phường Phú Lợi, TP. Thủ Dầu Một; điện thoại 0274.3859.141.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1Y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")

FIGS = [
    F("Hơn 27.400 người", "27.400", 27400, "count", "người",
      "người nộp hồ sơ hưởng trợ cấp thất nghiệp", H1, approx="over"),
    F("có 27.468 người", "27.468", 27468, "count", "người",
      "người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp (TCTN)", H1Y,
      change=CH("increase", 12.6, "%", "cùng kỳ năm 2023")),
    F("ban hành 26.915 quyết định", "26.915", 26915, "count", "quyết định",
      "quyết định hưởng TCTN", INH(H1Y)),
    F("ước khoảng 812,4 tỷ đồng", "812,4", 812.4e9, "money", "đồng",
      "tổng số tiền chi trả TCTN", INH(H1Y), approx="about", status="estimate"),
    F("(6.215 người)", "6.215", 6215, "count", "người", "người nộp hồ sơ", INH(H1Y),
      location="Thủ Dầu Một"),
    F("(5.842 người)", "5.842", 5842, "count", "người", "người nộp hồ sơ", INH(H1Y),
      location="Thuận An"),
    F("(4.970 người)", "4.970", 4970, "count", "người", "người nộp hồ sơ", INH(H1Y),
      location="Dĩ An"),
    F("(3.106 người)", "3.106", 3106, "count", "người", "người nộp hồ sơ", INH(H1Y),
      location="Bến Cát"),
    F("là 4,86 triệu đồng/người/tháng", "4,86", 4.86e6, "money", "đồng/người/tháng",
      "mức hưởng TCTN bình quân", INH(H1Y)),
    F("bình quân 3,4 tháng", "3,4", 3.4, "measure", "tháng",
      "thời gian hưởng TCTN bình quân", INH(H1Y)),
    F("nữ chiếm 58,3%", "58,3", 58.3, "percent", "%",
      "lao động nữ trong số người có quyết định hưởng", INH(H1Y)),
    F("từ 40 tuổi", "40", 40, "measure", "tuổi", optional=True),
    F("chiếm 31,7%", "31,7", 31.7, "percent", "%",
      "lao động từ 40 tuổi trở lên trong số người có quyết định hưởng", INH(H1Y)),
    F("cho 41.250 lượt người", "41.250", 41250, "count", "lượt người",
      "lượt người thất nghiệp được tư vấn, giới thiệu việc làm", H1),
    F("trong đó 2.364 lượt người", "2.364", 2364, "count", "lượt người",
      "lượt người được giới thiệu việc làm thành công", H1, total=41250),
    F("cho 318 người", "318", 318, "count", "người", "người được hỗ trợ học nghề", H1),
    F("gần 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "kinh phí hỗ trợ học nghề", H1,
      approx="nearly"),
    F("có 1.052.316 người", "1.052.316", 1052316, "count", "người",
      "người tham gia bảo hiểm thất nghiệp", ASOF, percent=88.2),
    F("có 742.108 người", "742.108", 742108, "count", "người",
      "người tham gia bảo hiểm thất nghiệp khu vực doanh nghiệp FDI", ASOF, total=1052316),
    F("có 3.840 người", "3.840", 3840, "count", "người",
      "người làm thủ tục hưởng bảo hiểm xã hội một lần", H1,
      change=CH("decrease", 8.2, "%", "cùng kỳ")),
    F("có 1.080.000 người", "1.080.000", 1080000, "count", "người",
      "người tham gia bảo hiểm thất nghiệp", P("Năm 2024", "2024-01-01", "2024-12-31"),
      percent=90, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bình Dương: bảo hiểm thất nghiệp 6 tháng đầu năm 2024 (hồ sơ, quyết định, chi trả, học nghề, tham gia, BHXH một lần).",
    "Dateline 'Cập nhật: 08/07/2024 15:20'; 'Lượt xem: 3.582', address 'số 26 Huỳnh Văn Nghệ', phone '0274.3859.141' are not figures.",
    "Headline '6 tháng đầu năm' has no year: it takes the year of published (nothing dated stands before it).",
    "Bracketed city list after 'tập trung chủ yếu tại' has no part-of cue and does not add up: no total; cities go to location.",
    "'trong đó 2.364 lượt người' and 'trong đó ... 742.108 người' are parts of the figure before the cue.",
    "'từ 40 tuổi' is an age threshold: optional (as 'từ 15 tuổi' in shared 000).",
]

if __name__ == "__main__":
    emit("p655-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Bình Dương")
