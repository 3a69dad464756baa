"""p578-2: district portal (Hải Hậu, Nam Định) — hypertension / diabetes patients managed, 6 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ / Tin tức - Sự kiện / Y tế
Thứ Ba, 16/07/2024 - 10:20

Hải Hậu quản lý hơn 11.200 người bệnh tăng huyết áp, đái tháo đường

6 tháng đầu năm 2024, Trung tâm Y tế huyện Hải Hậu đã phối hợp với 34 trạm y tế xã, thị trấn khám sàng lọc bệnh không lây nhiễm cho 28.460 người từ 40 tuổi trở lên, đạt 71,2% kế hoạch năm. Qua sàng lọc đã phát hiện mới 1.135 người mắc tăng huyết áp và 412 người mắc đái tháo đường.

Tính đến ngày 30/6/2024, toàn huyện đang quản lý, điều trị 11.248 người bệnh tăng huyết áp, đái tháo đường, tăng 946 người so với cuối năm 2023. Trong đó, tăng huyết áp 8.327 người, đái tháo đường 2.921 người. Tỷ lệ người bệnh tăng huyết áp được điều trị đạt huyết áp mục tiêu ước đạt 62,5%.

Các xã có số người bệnh được quản lý tại trạm y tế nhiều nhất là: Hải Anh (612 người), Hải Hưng (587 người), thị trấn Yên Định (534 người).

Khoa Nội - Lão khoa của Trung tâm hiện có 45 giường bệnh nhưng thường xuyên phải kê thêm giường; công suất sử dụng giường bệnh 6 tháng đạt 118%. Quý II, Trung tâm thực hiện 10.870 lượt khám ngoại trú bệnh mạn tính, bình quân gần 170 lượt/ngày làm việc.

Phấn đấu đến năm 2025, 100% trạm y tế xã, thị trấn trên địa bàn huyện triển khai quản lý tăng huyết áp, đái tháo đường; tỷ lệ người bệnh được phát hiện được đưa vào quản lý đạt ít nhất 50%.

Địa chỉ: Trung tâm Y tế huyện Hải Hậu, tổ dân phố số 4, thị trấn Yên Định; điện thoại: 0228.3877.115.
"""

COMMENTS = [
    "District portal (huyện Hải Hậu, Nam Định): screening and management of hypertension / diabetes, beds, outpatient visits; 2025 targets.",
    "Distractors: weekday dateline 'Thứ Ba, 16/07/2024 - 10:20', 'tổ dân phố số 4', phone 0228.3877.115, 'cuối năm 2023' (a baseline).",
    "Location is the district (Hải Hậu) throughout; the communes in the bracketed list are below the province/city/district level that FIGURES.md",
    "defines for `location`, so their items keep Hải Hậu (the list's indicator is the subject). Choice documented in REPORT.md.",
    "'từ 40 tuổi trở lên' is a threshold (optional). 'đạt 71,2% kế hoạch năm' is the percent of 28.460. 8.327 + 2.921 = 11.248 (total).",
    "Year-less '6 tháng' and 'Quý II' take 2024 from the lead. 'ước đạt' -> estimate; 'Phấn đấu đến năm 2025' -> target for both clauses.",
]

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Q2 = P("Quý II", "2024-04-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 11.200 người bệnh", "11.200", 11200, "count", "người bệnh",
      "người bệnh tăng huyết áp, đái tháo đường được quản lý", I(ASOF), approx="over"),
    F("với 34 trạm y tế", "34", 34, "count", "trạm y tế",
      "trạm y tế xã, thị trấn phối hợp khám sàng lọc", H6),
    F("cho 28.460 người", "28.460", 28460, "count", "người",
      "người được khám sàng lọc bệnh không lây nhiễm", H6, percent=71.2),
    F("từ 40 tuổi trở lên", "40", 40, "measure", "tuổi", approx="at_least", optional=True),
    F("mới 1.135 người", "1.135", 1135, "count", "người",
      "người mắc tăng huyết áp phát hiện mới", I(H6)),
    F("và 412 người", "412", 412, "count", "người", "người mắc đái tháo đường phát hiện mới", I(H6)),
    F("điều trị 11.248 người bệnh", "11.248", 11248, "count", "người bệnh",
      "người bệnh tăng huyết áp, đái tháo đường được quản lý, điều trị", ASOF,
      change=CH("increase", 946, "người", "cuối năm 2023")),
    F("tăng huyết áp 8.327 người", "8.327", 8327, "count", "người",
      "người bệnh tăng huyết áp được quản lý", I(ASOF), total=11248),
    F("đái tháo đường 2.921 người", "2.921", 2921, "count", "người",
      "người bệnh đái tháo đường được quản lý", I(ASOF), total=11248),
    F("ước đạt 62,5%", "62,5", 62.5, "percent", "%",
      "Tỷ lệ người bệnh tăng huyết áp được điều trị đạt huyết áp mục tiêu", I(ASOF), status="estimate"),
    F("Hải Anh (612 người)", "612", 612, "count", "người", "người bệnh được quản lý tại trạm y tế"),
    F("Hải Hưng (587 người)", "587", 587, "count", "người", "người bệnh được quản lý tại trạm y tế"),
    F("Yên Định (534 người)", "534", 534, "count", "người", "người bệnh được quản lý tại trạm y tế"),
    F("có 45 giường bệnh", "45", 45, "count", "giường bệnh", "giường bệnh của Khoa Nội - Lão khoa"),
    F("đạt 118%", "118", 118, "percent", "%", "công suất sử dụng giường bệnh",
      P("6 tháng", "2024-01-01", "2024-06-30")),
    F("thực hiện 10.870 lượt", "10.870", 10870, "count", "lượt khám",
      "lượt khám ngoại trú bệnh mạn tính", Q2),
    F("gần 170 lượt/ngày", "170", 170, "measure", "lượt/ngày",
      "lượt khám ngoại trú bình quân mỗi ngày làm việc", Q2, approx="nearly"),
    F("2025, 100% trạm", "100", 100, "percent", "%",
      "trạm y tế xã, thị trấn triển khai quản lý tăng huyết áp, đái tháo đường", T25, status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%",
      "tỷ lệ người bệnh được phát hiện được đưa vào quản lý", T25, approx="at_least", status="target"),
]

if __name__ == "__main__":
    emit("p578-2", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Hải Hậu")
