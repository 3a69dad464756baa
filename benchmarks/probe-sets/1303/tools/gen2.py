"""p1303-2: district portal (Cổng TTĐT quận Cầu Giấy, Hà Nội): school meals (bán trú) and obesity screening."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính

Cầu Giấy điều chỉnh thực đơn bán trú, kéo giảm tỷ lệ học sinh béo phì

20/03/2024 - 10:30

Năm học 2023-2024, toàn quận có 58 trường tổ chức bán trú với khoảng 41.500 học sinh ăn tại trường, tăng 6% so với năm học trước. Các trường này gồm 21 trường mầm non, 21 trường tiểu học và 16 trường trung học cơ sở; trong đó khối công lập có 39 trường.

Từ đầu năm học, các trường áp dụng bộ thực đơn mẫu do Viện Dinh dưỡng hướng dẫn, giảm đồ chiên rán xuống còn 1 bữa/tuần, tăng rau xanh lên 120-150 g/trẻ/bữa. Mức tiền ăn phổ biến từ 30.000 đến 35.000 đồng/suất; riêng bữa phụ buổi chiều khoảng 10.000 đồng.

Kết quả cân đo đầu năm học tại các trường tiểu học cho thấy, trong số 24.380 học sinh được cân đo có 7.120 em thừa cân, béo phì, chiếm 29,2%, giảm 1,6% so với năm học 2022-2023. Riêng học sinh lớp 1 có tỷ lệ béo phì 14,7%.

Các trường duy trì 2 tiết giáo dục thể chất và ít nhất một buổi hoạt động ngoại khóa mỗi tuần. Năm 2023, Trung tâm Y tế quận kiểm tra 96 bếp ăn tập thể trường học, phát hiện 3 bếp ăn vi phạm, xử phạt 27,5 triệu đồng.

Mục tiêu đến hết năm 2025, tỷ lệ thừa cân, béo phì ở học sinh tiểu học của quận giảm xuống dưới 25%; 100% trường có bán trú được kiểm tra ít nhất 2 lần/năm.

Nguồn: Phòng Giáo dục và Đào tạo quận Cầu Giấy

Tin khác:
- Trường THCS Nghĩa Tân đạt chuẩn quốc gia mức độ 2
- Phường Dịch Vọng Hậu ra quân vệ sinh môi trường

UBND QUẬN CẦU GIẤY - Địa chỉ: 36 Cầu Giấy, phường Quan Hoa. Điện thoại: 024.3767.2563
"""

SY = P("Năm học 2023-2024", "2023-09-01", "2024-05-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
GOAL = P("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    F("có 58 trường", "58", 58, "count", "trường", subject="trường tổ chức bán trú", period=SY),
    F("khoảng 41.500 học sinh", "41.500", 41500, "count", "học sinh", approx="about",
      change=C("increase", 6, "%", "năm học trước"), subject="học sinh ăn bán trú tại trường", period=SY),
    F("gồm 21 trường", "21", 21, "count", "trường", total=58, subject="trường mầm non tổ chức bán trú",
      period=I(SY)),
    F("non, 21 trường", "21", 21, "count", "trường", total=58, subject="trường tiểu học tổ chức bán trú",
      period=I(SY)),
    F("và 16 trường", "16", 16, "count", "trường", total=58, subject="trường trung học cơ sở tổ chức bán trú",
      period=I(SY)),
    F("có 39 trường", "39", 39, "count", "trường", total=58, subject="trường công lập tổ chức bán trú",
      period=I(SY)),
    F("còn 1 bữa/tuần", "1", 1, "measure", "bữa/tuần", subject="đồ chiên rán trong thực đơn bán trú"),
    F("lên 120-150", "120", 120, "measure", "g/trẻ/bữa", value_max=150, subject="rau xanh trong thực đơn bán trú"),
    F("từ 30.000 đến 35.000", "30.000", 30000, "money", "đồng/suất", value_max=35000,
      subject="mức tiền ăn bán trú"),
    F("khoảng 10.000 đồng", "10.000", 10000, "money", "đồng", approx="about",
      subject="tiền bữa phụ buổi chiều"),
    F("có 7.120 em", "7.120", 7120, "count", "em", total=24380, percent=29.2,
      change=C("decrease", 1.6, "%", "năm học 2022-2023"), subject="học sinh tiểu học thừa cân, béo phì"),
    F("béo phì 14,7%", "14,7", 14.7, "percent", "%", subject="tỷ lệ béo phì học sinh lớp 1"),
    F("duy trì 2 tiết", "2", 2, "measure", "tiết/tuần", subject="tiết giáo dục thể chất"),
    F("ít nhất một buổi", "một", 1, "measure", "buổi/tuần", approx="at_least",
      subject="buổi hoạt động ngoại khóa"),
    F("kiểm tra 96 bếp", "96", 96, "count", "bếp ăn", subject="bếp ăn tập thể trường học được kiểm tra",
      period=Y23),
    F("phát hiện 3 bếp", "3", 3, "count", "bếp ăn", subject="bếp ăn vi phạm", period=Y23),
    F("xử phạt 27,5 triệu", "27,5", 27.5e6, "money", "đồng", subject="tiền xử phạt bếp ăn vi phạm", period=Y23),
    F("dưới 25%", "25", 25, "percent", "%", approx="under", status="target",
      subject="tỷ lệ thừa cân, béo phì ở học sinh tiểu học của quận", period=GOAL),
    F("100% trường", "100", 100, "percent", "%", status="target",
      subject="trường có bán trú được kiểm tra", period=GOAL),
    F("ít nhất 2 lần/năm", "2", 2, "measure", "lần/năm", approx="at_least", status="target",
      subject="số lần kiểm tra trường có bán trú", period=GOAL),
]

NOTES = [
    "District portal (quận Cầu Giấy, Hà Nội): banner, menu, '20/03/2024 - 10:30' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:30, 'lớp 1', 'THCS Nghĩa Tân ... mức độ 2', address '36 Cầu Giấy', phone 024.3767.2563.",
    "School year 'Năm học 2023-2024' is not in FIGURES.md; annotated as 2023-09-01..2024-05-31 (MOET calendar: the year ends by 31/5).",
    "'gồm 21 ..., 21 ... và 16 ...' add up to 58 → total 58; 'trong đó khối công lập có 39 trường' → total 58 (the whole before the cues).",
    "'trong số 24.380 học sinh ... có 7.120 em' → total 24380 (24.380 is an attribute, not a figure of its own, as in the shared gold).",
    "'giảm 1,6% so với năm học 2022-2023' is the change of 7.120 em. The lead period 'Kết quả cân đo đầu năm học' has no dates: no period.",
    "Menu rules (1 bữa/tuần, 120-150 g/trẻ/bữa), meal prices and PE hours are standing facts: no period.",
    "'Mục tiêu đến hết năm 2025' governs all three target figures of its sentence (end 2025-12-31, start null).",
]

if __name__ == "__main__":
    write("p1303-2", TEXT, NOTES, FIGS, published="2024-03-20", location="Cầu Giấy")
