"""p578-6: national press — haemodialysis waiting lists at end-line hospitals, national need, kidney transplants."""
from lib import F, P, I, CH, emit

TEXT = """Sức khỏe
Thứ năm, 21/3/2024, 06:30 (GMT+7)

Hàng trăm người bệnh chờ chạy thận ở bệnh viện tuyến cuối

Trung tâm Thận tiết niệu và Lọc máu, Bệnh viện Bạch Mai (Hà Nội) có 120 máy chạy thận hoạt động gần như 24/24 giờ, nhưng vẫn còn khoảng 90 người bệnh trong danh sách chờ.

Theo Hội Tiết niệu - Thận học Việt Nam, cả nước ước có khoảng 8,7 triệu người mắc bệnh thận mạn, chiếm 12,8% dân số trưởng thành; trong đó hơn 26.000 người đang phải chạy thận nhân tạo định kỳ. Trong khi đó, cả nước mới có khoảng 5.000 máy chạy thận. Số máy này mới đáp ứng chưa đến 40% nhu cầu.

Tại Bệnh viện Chợ Rẫy (TP HCM), Khoa Thận nhân tạo đang điều trị duy trì cho 520 người bệnh với 98 máy. Năm 2023, khoa thực hiện hơn 81.000 lượt lọc máu, tăng 9% so với năm 2022.

PGS.TS Nguyễn Văn Long, Giám đốc trung tâm ở Bạch Mai, cho biết thời gian chờ xếp lịch chạy thận cố định có khi kéo dài 3-4 tháng. Nhiều người bệnh từ các tỉnh phải thuê trọ quanh bệnh viện ở Hà Nội với chi phí 2-3 triệu đồng/tháng, chưa kể tiền ăn, đi lại.

Ghép thận được xem là giải pháp tối ưu, song năm 2023 cả nước chỉ thực hiện được 1.012 ca ghép thận. Hiện danh sách chờ ghép thận tại Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người có hơn 3.500 người.

Theo Bộ Y tế, dự kiến đến năm 2025 sẽ bổ sung khoảng 1.500 máy chạy thận cho các bệnh viện tuyến tỉnh, nâng tỷ lệ đáp ứng nhu cầu lên 60%.

Lê Nga
"""

COMMENTS = [
    "National press ('Thứ năm, 21/3/2024, 06:30 (GMT+7)', byline at the end): dialysis waiting lists at Bạch Mai and Chợ Rẫy, national need.",
    "Distractors: '(GMT+7)', '06:30', 'PGS.TS', 'Trung tâm Điều phối quốc gia'. 'Hàng trăm' (headline) is vague: optional (value 100, about).",
    "'gần như 24/24 giờ' means round the clock (idiom): optional. National figures -> Việt Nam; Bạch Mai -> Hà Nội; Chợ Rẫy (TP HCM) -> TP. Hồ Chí Minh.",
    "The Bạch Mai director's waiting time (3-4 tháng) and the lodging cost near the hospital 'ở Hà Nội' are Hà Nội figures.",
    "'ước có khoảng 8,7 triệu ..., chiếm 12,8%' -> estimate, about, percent 12,8; the 'trong đó' part continues the estimate and takes total 8,7 triệu.",
    "'Số máy này mới đáp ứng chưa đến 40% nhu cầu' stands as its own sentence: a percent figure. 'Hiện danh sách chờ ...' has no period.",
    "'dự kiến đến năm 2025 ... nâng tỷ lệ ... lên 60%': forecast for both clauses; 60% is the new level (no change).",
]

VN = "Việt Nam"
HN = "Hà Nội"
HCM = "TP. Hồ Chí Minh"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hàng trăm người bệnh", "trăm", 100, "count", "người bệnh", "người bệnh chờ chạy thận",
      approx="about", optional=True),
    F("có 120 máy", "120", 120, "count", "máy",
      "máy chạy thận của Trung tâm Thận tiết niệu và Lọc máu, Bệnh viện Bạch Mai", location=HN),
    F("gần như 24/24 giờ", "24", 24, "measure", "giờ", approx="nearly", location=HN, optional=True),
    F("khoảng 90 người bệnh", "90", 90, "count", "người bệnh", "người bệnh trong danh sách chờ",
      approx="about", location=HN),
    F("khoảng 8,7 triệu người", "8,7", 8.7e6, "count", "người", "người mắc bệnh thận mạn",
      approx="about", percent=12.8, status="estimate"),
    F("hơn 26.000 người", "26.000", 26000, "count", "người", "người đang phải chạy thận nhân tạo định kỳ",
      approx="over", total=8.7e6, status="estimate"),
    F("khoảng 5.000 máy", "5.000", 5000, "count", "máy", "máy chạy thận", approx="about"),
    F("chưa đến 40%", "40", 40, "percent", "%", "tỷ lệ đáp ứng nhu cầu chạy thận", approx="under"),
    F("cho 520 người bệnh", "520", 520, "count", "người bệnh",
      "người bệnh điều trị duy trì tại Khoa Thận nhân tạo, Bệnh viện Chợ Rẫy", location=HCM),
    F("với 98 máy", "98", 98, "count", "máy", "máy chạy thận của Khoa Thận nhân tạo, Bệnh viện Chợ Rẫy",
      location=HCM),
    F("hơn 81.000 lượt", "81.000", 81000, "count", "lượt lọc máu", "lượt lọc máu", Y23,
      approx="over", change=CH("increase", 9, "%", "năm 2022"), location=HCM),
    F("kéo dài 3-4 tháng", "3", 3, "measure", "tháng", "thời gian chờ xếp lịch chạy thận cố định",
      value_max=4, location=HN),
    F("chi phí 2-3 triệu đồng/tháng", "2", 2e6, "money", "đồng/tháng", "chi phí thuê trọ quanh bệnh viện",
      value_max=3e6, location=HN),
    F("được 1.012 ca", "1.012", 1012, "count", "ca", "ca ghép thận", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 3.500 người", "3.500", 3500, "count", "người", "danh sách chờ ghép thận", approx="over"),
    F("khoảng 1.500 máy", "1.500", 1500, "count", "máy", "máy chạy thận bổ sung cho các bệnh viện tuyến tỉnh",
      T25, approx="about", status="forecast"),
    F("lên 60%", "60", 60, "percent", "%", "tỷ lệ đáp ứng nhu cầu", T25, status="forecast"),
]

if __name__ == "__main__":
    emit("p578-6", TEXT, COMMENTS, FIGS, published="2024-03-21", location=VN)
