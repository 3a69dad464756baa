"""p1056-6: national newspaper (VnExpress-like), snacks at Hà Nội school gates, September 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự › Y tế
Thứ tư, 11/9/2024, 06:30 (GMT+7)

Hà Nội phát hiện 37 mẫu quà vặt cổng trường không đạt

Đoàn kiểm tra liên ngành lấy 480 mẫu thức ăn đường phố quanh 96 trường học, gần 8% không đạt chỉ tiêu an toàn thực phẩm.

Trong tuần đầu năm học mới, đoàn kiểm tra của Sở Y tế Hà Nội phối hợp với các quận Cầu Giấy, Đống Đa, Hai Bà Trưng và Hoàng Mai lấy 480 mẫu xét nghiệm nhanh tại 96 cổng trường. Kết quả có 37 mẫu không đạt, chiếm 7,7%, chủ yếu là xúc xích, nem chua rán, trà sữa và bánh tráng trộn. Trong đó, Hoàng Mai có 14 mẫu, Đống Đa 11, Cầu Giấy 7 và Hai Bà Trưng 5 mẫu.

Các món quà vặt này được bán với giá 3.000-10.000 đồng/phần, phù hợp túi tiền học sinh. Chị Phạm Thu Hà, phụ huynh có con học lớp 3 Trường Tiểu học Dịch Vọng B, cho biết con thường mua xúc xích rán trước giờ vào lớp dù gia đình đã dặn nhiều lần.

Theo khảo sát của Viện Dinh dưỡng Quốc gia năm 2023, khoảng 60-70% học sinh tiểu học ở Hà Nội thường xuyên mua quà vặt trước cổng trường. ThS Nguyễn Thanh Tùng, Khoa Dinh dưỡng, Bệnh viện Nhi Trung ương, cảnh báo dầu chiên đi chiên lại nhiều lần và phẩm màu không rõ nguồn gốc có thể gây ngộ độc cấp tính.

8 tháng đầu năm, Thanh tra Sở Y tế Hà Nội đã xử phạt 1.035 cơ sở vi phạm an toàn thực phẩm, tổng số tiền 6,8 tỷ đồng, tăng 12% so với cùng kỳ năm trước. Từ nay đến cuối năm, Sở dự kiến lấy thêm khoảng 1.000 mẫu tại khu vực trường học và yêu cầu các phường ký cam kết với hộ bán hàng rong.

Thanh Lam
"""

E8 = P("8 tháng đầu năm", "2023-01-01", "2023-08-31")
R = P("Từ nay đến cuối năm", "2024-09-11", "2024-12-31")

FIGS = [
    F("phát hiện 37 mẫu", "37", 37, "count", "mẫu", "mẫu quà vặt cổng trường không đạt"),
    F("lấy 480 mẫu thức ăn", "480", 480, "count", "mẫu", "mẫu thức ăn đường phố được lấy"),
    F("quanh 96 trường học", "96", 96, "count", "trường học", "trường học được kiểm tra"),
    F("gần 8%", "8", 8, "percent", "%", "tỷ lệ mẫu không đạt chỉ tiêu an toàn thực phẩm", approx="nearly"),
    F("lấy 480 mẫu xét nghiệm", "480", 480, "count", "mẫu", "mẫu xét nghiệm nhanh"),
    F("tại 96 cổng trường", "96", 96, "count", "cổng trường", "cổng trường được lấy mẫu"),
    F("có 37 mẫu không đạt", "37", 37, "count", "mẫu", "mẫu không đạt", percent=7.7),
    F("Hoàng Mai có 14 mẫu", "14", 14, "count", "mẫu", "mẫu không đạt", total=37, location="Hoàng Mai"),
    F("Đống Đa 11", "11", 11, "count", "mẫu", "mẫu không đạt", total=37, location="Đống Đa"),
    F("Cầu Giấy 7", "7", 7, "count", "mẫu", "mẫu không đạt", total=37, location="Cầu Giấy"),
    F("Hai Bà Trưng 5 mẫu", "5", 5, "count", "mẫu", "mẫu không đạt", total=37, location="Hai Bà Trưng"),
    F("giá 3.000-10.000 đồng/phần", "3.000", 3000, "money", "đồng/phần", "giá quà vặt", value_max=10000),
    F("khoảng 60-70% học sinh", "60", 60, "percent", "%",
      "học sinh tiểu học thường xuyên mua quà vặt trước cổng trường", value_max=70, approx="about",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("xử phạt 1.035 cơ sở", "1.035", 1035, "count", "cơ sở", "cơ sở vi phạm an toàn thực phẩm bị xử phạt",
      period=E8),
    F("tổng số tiền 6,8 tỷ đồng", "6,8", 6800000000, "money", "đồng", "tổng số tiền xử phạt",
      change=C("increase", 12, "%", "cùng kỳ năm trước"), period=E8),
    F("khoảng 1.000 mẫu", "1.000", 1000, "count", "mẫu", "mẫu lấy thêm tại khu vực trường học",
      approx="about", status="forecast", period=R),
]

NOTES = [
    "National newspaper (VnExpress style): Hà Nội street snacks at school gates, dateline Thứ tư, 11/9/2024; byline at the end.",
    "Headline, sapo and body repeat 37 / 480 / 96: each mention is a figure. 'Trong tuần đầu năm học mới' gives no calendar period.",
    "'Trong đó, Hoàng Mai có 14 mẫu, Đống Đa 11, Cầu Giấy 7 và Hai Bà Trưng 5 mẫu' follows 37 mẫu (the 7,7% between counts no mẫu):",
    "total 37, district as location; bare 11 and 7 share the list's unit mẫu.",
    "'khoảng 60-70%' is a range (value_max 70), period from 'khảo sát ... năm 2023'.",
    "revised: '8 tháng đầu năm' has no year; FIGURES.md gives it the year of the nearest earlier period or date in the article,",
    "which is 'năm 2023' (the survey) -> 2023-01-01..2023-08-31 (first annotated 2024 from the dateline, the plain reading).",
    "'Từ nay đến cuối năm' runs from the dateline to 31/12/2024 ('nay' is the dateline, which fixes the year).",
    "Distractors: lớp 3, Trường Tiểu học Dịch Vọng B, quận Hai Bà Trưng in the list of districts (name with a number word),",
    "06:30 (GMT+7), 'nhiều lần'.",
]

write(6, TEXT, FIGS, NOTES, published="2024-09-11", location="Hà Nội")
