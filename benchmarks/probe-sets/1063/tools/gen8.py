"""p1063-8: provincial newspaper online (Báo Bắc Giang, tag (BBG)), 4 months 2025."""
from lib import F, P, I, C, T, write

text = """Báo Bắc Giang điện tử
Xã hội

Bắc Giang: 4 tháng, chi trả gần 150 tỷ đồng trợ cấp thất nghiệp
Cập nhật lúc 15:40, Thứ ba, 20/05/2025

(BBG) - 4 tháng đầu năm 2025, Trung tâm Dịch vụ việc làm tỉnh tiếp nhận 7.842 hồ sơ đề nghị hưởng trợ cấp thất nghiệp (TCTN), tăng 15,6% so với cùng kỳ; Sở Nội vụ đã ban hành 7.516 quyết định hưởng với tổng số tiền 148,6 tỷ đồng. Mức hưởng bình quân khoảng 4,9 triệu đồng/người/tháng, cao nhất là 22,05 triệu đồng/người/tháng.

Lao động hưởng TCTN chủ yếu làm việc tại các khu công nghiệp dọc Quốc lộ 1A như Quang Châu, Đình Trám, Vân Trung; trong đó thị xã Việt Yên có 2.365 người, thành phố Bắc Giang 1.482 người, huyện Hiệp Hòa 968 người.

Từ đầu năm đến nay, Trung tâm đã tư vấn, giới thiệu việc làm cho 10.650 lượt người hưởng TCTN; 142 người được hỗ trợ học nghề, bằng 1,9% số người có quyết định hưởng. Trung tâm tổ chức 18 phiên giao dịch việc làm, trong đó có 6 phiên lưu động tại các xã, thu hút hơn 320 lượt doanh nghiệp với khoảng 21.000 vị trí cần tuyển.

Tuy nhiên, vẫn có 213 trường hợp bị tạm dừng hưởng do không thông báo tìm kiếm việc làm hằng tháng, tăng 41 trường hợp so với cùng kỳ năm 2024.

Dự báo trong quý II, số người nộp hồ sơ hưởng TCTN tiếp tục tăng, khoảng 2.000-2.200 người/tháng do một số doanh nghiệp điện tử giảm đơn hàng. Năm 2025, Trung tâm đặt mục tiêu giới thiệu việc làm thành công cho 60% người hưởng TCTN có nhu cầu.

Tiến Đạt
"""

M4 = P("4 tháng đầu năm 2025", "2025-01-01", "2025-04-30")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-05-20")
figs = [
    F("chi trả gần 150 tỷ đồng", "150", 150e9, "money", "đồng", "trợ cấp thất nghiệp chi trả",
      P("4 tháng", "2025-01-01", "2025-04-30"), approx="nearly"),
    F("tiếp nhận 7.842 hồ sơ", "7.842", 7842, "count", "hồ sơ", "hồ sơ đề nghị hưởng trợ cấp thất nghiệp (TCTN)",
      M4, change=C("increase", 15.6, "%", "cùng kỳ")),
    F("ban hành 7.516 quyết định", "7.516", 7516, "count", "quyết định", "quyết định hưởng", M4),
    F("148,6 tỷ đồng", "148,6", 148.6e9, "money", "đồng", "tổng số tiền", M4),
    F("khoảng 4,9 triệu", "4,9", 4.9e6, "money", "đồng/người/tháng", "mức hưởng bình quân", I(M4), approx="about"),
    F("là 22,05 triệu", "22,05", 22.05e6, "money", "đồng/người/tháng", "mức hưởng cao nhất", I(M4)),
    F("có 2.365 người", "2.365", 2365, "count", "người", "lao động hưởng TCTN", I(M4), location="Việt Yên"),
    F("Bắc Giang 1.482 người", "1.482", 1482, "count", "người", "lao động hưởng TCTN", I(M4), location="Bắc Giang"),
    F("Hiệp Hòa 968 người", "968", 968, "count", "người", "lao động hưởng TCTN", I(M4), location="Hiệp Hòa"),
    F("cho 10.650 lượt người", "10.650", 10650, "count", "lượt người",
      "lượt người hưởng TCTN được tư vấn, giới thiệu việc làm", YTD),
    F("; 142 người", "142", 142, "count", "người", "người được hỗ trợ học nghề", YTD, percent=1.9),
    F("tổ chức 18 phiên", "18", 18, "count", "phiên giao dịch việc làm", "phiên giao dịch việc làm", I(YTD)),
    F("có 6 phiên", "6", 6, "count", "phiên", "phiên giao dịch việc làm lưu động", I(YTD), total=18),
    F("hơn 320 lượt doanh nghiệp", "320", 320, "count", "lượt doanh nghiệp", "lượt doanh nghiệp tham gia", I(YTD),
      approx="over"),
    F("khoảng 21.000 vị trí", "21.000", 21000, "count", "vị trí", "vị trí cần tuyển", I(YTD), approx="about"),
    F("có 213 trường hợp", "213", 213, "count", "trường hợp",
      "trường hợp bị tạm dừng hưởng do không thông báo tìm kiếm việc làm", I(YTD),
      change=C("increase", 41, "trường hợp", "cùng kỳ năm 2024")),
    F("khoảng 2.000-2.200 người/tháng", "2.000", 2000, "measure", "người/tháng",
      "người nộp hồ sơ hưởng TCTN", P("quý II", "2025-04-01", "2025-06-30"), value_max=2200, approx="about",
      status="forecast"),
    F("cho 60%", "60", 60, "percent", "%", "người hưởng TCTN có nhu cầu được giới thiệu việc làm thành công",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]
notes = [
    "Báo Bắc Giang online: headline figure 'gần 150 tỷ đồng' with year-less '4 tháng' (2025 from the dateline), tag '(BBG) -'.",
    "'Từ đầu năm đến nay' runs to the dateline 20/05/2025. 'quý II' takes 2025. 'Dự báo' -> forecast for the range.",
    "'2.000-2.200 người/tháng' is a rate (denominator in the unit): measure. 'cao nhất là 22,05 triệu' is an observed maximum: exact.",
    "'trong đó thị xã Việt Yên có 2.365 người' follows no whole figure of the same thing (7.516 counts quyết định): no total.",
    "'bằng 1,9% số người có quyết định hưởng' is the percent of 142 người; 6 phiên after 'trong đó' is part of 18 phiên.",
    "Distractors: Quốc lộ 1A, 15:40 and the dateline, '(BBG)', industrial park names.",
]
write(8, text, figs, notes, published="2025-05-20", location="Bắc Giang")
