"""p1400-2: district portal (huyện Hoài Đức, Hà Nội): primary-school English periods with foreign teachers."""
from lib import F, period, inherited, school_year, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOÀI ĐỨC - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Giáo dục - Đào tạo | Thủ tục hành chính

Hoài Đức: 21/24 trường tiểu học có tiết học tiếng Anh với giáo viên nước ngoài

14/10/2024 16:05

Năm học 2024-2025, có 21/24 trường tiểu học trên địa bàn huyện tổ chức dạy tiếng Anh với giáo viên nước ngoài, với gần 14.600 học sinh tham gia, chiếm 87,5% tổng số học sinh tiểu học.

Theo Phòng Giáo dục và Đào tạo huyện, các trường liên kết với Công ty TNHH Giáo dục Quốc tế Ánh Dương. Công ty bố trí 36 giáo viên nước ngoài đến từ Anh, Mỹ, Úc và Philippines giảng dạy tại các trường; 100% giáo viên có chứng chỉ giảng dạy TESOL hoặc CELTA. Mỗi lớp học 2 tiết/tuần, mỗi tiết 35 phút, có giáo viên Việt Nam trợ giảng.

Mức đóng góp của phụ huynh tối đa 45.000 đồng/học sinh/tiết, thấp hơn 5.000 đồng so với năm học trước. Học sinh thuộc hộ nghèo, cận nghèo được miễn 100% kinh phí.

Toàn huyện hiện có 68 giáo viên tiếng Anh tiểu học, trong đó 59 người đạt chuẩn bậc 4 (B2) trở lên; còn thiếu 7 giáo viên so với định mức. Kết quả khảo sát cuối năm học 2023-2024 cho thấy 92,4% học sinh lớp 5 đạt mức Hoàn thành tốt và Hoàn thành môn tiếng Anh.

Năm học này, huyện phấn đấu 24/24 trường tiểu học có tiết học với giáo viên nước ngoài và mở thêm 3 câu lạc bộ tiếng Anh ở cấp THCS.

Nguồn: Phòng GD&ĐT huyện Hoài Đức

Tin khác:
- Trường Tiểu học An Thượng A đón Bằng công nhận đạt chuẩn quốc gia mức độ 2
- Hội nghị tổng kết năm học 2023-2024 ngành giáo dục huyện

UBND HUYỆN HOÀI ĐỨC - Địa chỉ: Số 1 Quốc lộ 32, thị trấn Trạm Trôi, huyện Hoài Đức, Hà Nội
Điện thoại: 024.3366.1234
"""

SY2425 = school_year("Năm học 2024-2025", 2024)
SY2425_THIS = school_year("Năm học này", 2024)
END_SY2324 = period("cuối năm học 2023-2024", None, "2024-05-31")  # revised: an as-of point, see NOTES

FIGS = [
    F("Hoài Đức: 21/24", "21", 21, "count", "trường tiểu học", total=24,
      subject="trường tiểu học có tiết học tiếng Anh với giáo viên nước ngoài"),
    F("có 21/24 trường", "21", 21, "count", "trường tiểu học", total=24,
      subject="trường tiểu học tổ chức dạy tiếng Anh với giáo viên nước ngoài", per=SY2425),
    F("gần 14.600 học sinh", "14.600", 14600, "count", "học sinh", approx="nearly", percent=87.5,
      subject="học sinh tham gia học tiếng Anh với giáo viên nước ngoài", per=SY2425),
    F("bố trí 36 giáo viên", "36", 36, "count", "giáo viên nước ngoài",
      subject="giáo viên nước ngoài công ty bố trí giảng dạy tại các trường"),
    F("100% giáo viên có", "100", 100, "percent", "%",
      subject="giáo viên nước ngoài có chứng chỉ giảng dạy TESOL hoặc CELTA"),
    F("học 2 tiết/tuần", "2", 2, "measure", "tiết/tuần",
      subject="tiết học với giáo viên nước ngoài của mỗi lớp"),
    F("mỗi tiết 35 phút", "35", 35, "measure", "phút", subject="thời lượng mỗi tiết"),
    F("tối đa 45.000", "45.000", 45000, "money", "đồng/học sinh/tiết", approx="at_most",
      change=change("decrease", 5000, "đồng", "năm học trước"), subject="mức đóng góp của phụ huynh"),
    F("miễn 100% kinh phí", "100", 100, "percent", "%",
      subject="kinh phí được miễn cho học sinh thuộc hộ nghèo, cận nghèo"),
    F("có 68 giáo viên", "68", 68, "count", "giáo viên", subject="giáo viên tiếng Anh tiểu học"),
    F("trong đó 59 người", "59", 59, "count", "người", total=68,
      subject="giáo viên tiếng Anh tiểu học đạt chuẩn bậc 4 (B2) trở lên"),
    F("thiếu 7 giáo viên", "7", 7, "count", "giáo viên",
      subject="giáo viên tiếng Anh tiểu học còn thiếu so với định mức"),
    F("92,4% học sinh", "92,4", 92.4, "percent", "%",
      subject="học sinh lớp 5 đạt mức Hoàn thành tốt và Hoàn thành môn tiếng Anh", per=END_SY2324),
    F("phấn đấu 24/24", "24", 24, "count", "trường tiểu học", total=24, status="target",
      subject="trường tiểu học có tiết học với giáo viên nước ngoài", per=SY2425_THIS),
    F("thêm 3 câu lạc bộ", "3", 3, "count", "câu lạc bộ", status="target",
      subject="câu lạc bộ tiếng Anh cấp THCS mở thêm", per=SY2425_THIS),
]

NOTES = [
    "District portal (huyện Hoài Đức, Hà Nội): banner naming the district, menu, bare '14/10/2024 16:05' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 'lớp 5', 'bậc 4 (B2)' (a level name, like 'mức độ 2'), 'mức độ 2', 'An Thượng A', 'năm học 2023-2024' in a link,",
    "'Số 1 Quốc lộ 32', phone 024.3366.1234, time 16:05.",
    "Choice: 'năm học 2024-2025' → 2024-09-01 .. 2025-05-31 (school year frame: opens in September, ends by 31 May); 'Năm học này' → the",
    "same school year (the one named in the first paragraph and current at the dateline).",
    "revised after the first run: 'Kết quả khảo sát cuối năm học 2023-2024' → as-of end of that school year (start null, end 2024-05-31);",
    "the first gold dropped 'cuối' (end) and gave the whole school year.",
    "'21/24', '24/24' → total 24. 'trong đó 59 người' → total 68 (teachers, same thing). 'chiếm 87,5%' → percent of 14.600.",
    "'thấp hơn 5.000 đồng so với năm học trước' → change decrease 5000 đồng. 'mỗi tiết 35 phút' → unit phút (length of one period).",
    "'hiện' (68 teachers) gives no period. Location Hoài Đức for all figures.",
]

if __name__ == "__main__":
    write("p1400-2", TEXT, NOTES, FIGS, published="2024-10-14", location="Hoài Đức")
