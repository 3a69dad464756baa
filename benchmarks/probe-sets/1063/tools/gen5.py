"""p1063-5: Party/provincial newspaper (Báo Nghệ An), Q1/2024, byline and bare date at the end."""
from lib import F, P, I, C, T, write

text = """Nghệ An: Số người hưởng trợ cấp thất nghiệp quý I tăng mạnh

Quý I/2024, Trung tâm Dịch vụ việc làm Nghệ An đã tiếp nhận 6.215 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 23,5% so với cùng kỳ năm 2023. Riêng tháng 2, Trung tâm tiếp nhận 2.786 hồ sơ, cao nhất từ trước đến nay, chủ yếu là lao động từ các tỉnh phía Nam trở về quê sau Tết Nguyên đán.

Sở Lao động - Thương binh và Xã hội đã ký 5.874 quyết định hưởng với tổng số tiền hơn 121 tỷ đồng; mức hưởng bình quân 4,35 triệu đồng/tháng. Theo bà Lê Thị Tám, Phó Giám đốc Trung tâm, lao động hưởng trợ cấp ở độ tuổi từ 25 đến 40 chiếm 68%, lao động nữ chiếm 57,4%.

Cũng trong quý I, Trung tâm đã tư vấn việc làm cho 9.430 lượt người; giới thiệu việc làm cho 2.168 lượt người, trong đó 745 lượt người đã nhận việc; 98 người được hỗ trợ học nghề. Người hưởng phải thông báo tìm kiếm việc làm hằng tháng theo Nghị định số 61/2020/NĐ-CP.

Trung tâm còn tổ chức 12 phiên giao dịch việc làm, trong đó có 4 phiên trực tuyến kết nối với doanh nghiệp tại Bình Dương, Đồng Nai. Phiên giao dịch việc làm lần thứ 3 tại huyện Diễn Châu thu hút 46 doanh nghiệp với gần 5.200 chỉ tiêu tuyển dụng, trong đó có 1.500 chỉ tiêu đi làm việc ở nước ngoài.

Năm 2024, Trung tâm phấn đấu giải quyết hưởng trợ cấp thất nghiệp cho khoảng 22.000 người, giới thiệu việc làm thành công cho 8.500 lượt người. Để giảm thời gian chờ, Trung tâm mở thêm điểm tiếp nhận tại thị xã Hoàng Mai (số 126 đường Lê Lợi, phường Quỳnh Thiện).

THANH NGA
16/04/2024
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = P("quý I", "2024-01-01", "2024-03-31")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("tiếp nhận 6.215 hồ sơ", "6.215", 6215, "count", "hồ sơ", "hồ sơ đề nghị hưởng trợ cấp thất nghiệp", Q1,
      change=C("increase", 23.5, "%", "cùng kỳ năm 2023")),
    F("tiếp nhận 2.786 hồ sơ", "2.786", 2786, "count", "hồ sơ", "hồ sơ tiếp nhận",
      P("tháng 2", "2024-02-01", "2024-02-29")),
    F("ký 5.874 quyết định", "5.874", 5874, "count", "quyết định", "quyết định hưởng", I(Q1)),
    F("hơn 121 tỷ đồng", "121", 121e9, "money", "đồng", "tổng số tiền trợ cấp thất nghiệp", I(Q1), approx="over"),
    F("bình quân 4,35 triệu", "4,35", 4.35e6, "money", "đồng/tháng", "mức hưởng bình quân", I(Q1)),
    F("từ 25 đến 40", "25", 25, "measure", "tuổi", value_max=40, optional=True),
    F("chiếm 68%", "68", 68, "percent", "%", "lao động hưởng trợ cấp ở độ tuổi từ 25 đến 40", I(Q1)),
    F("chiếm 57,4%", "57,4", 57.4, "percent", "%", "lao động nữ hưởng trợ cấp", I(Q1)),
    F("cho 9.430 lượt người", "9.430", 9430, "count", "lượt người", "lượt người được tư vấn việc làm", Q1b),
    F("cho 2.168 lượt người", "2.168", 2168, "count", "lượt người", "lượt người được giới thiệu việc làm", Q1b),
    F("745 lượt người", "745", 745, "count", "lượt người", "lượt người đã nhận việc", Q1b, total=2168),
    F("; 98 người", "98", 98, "count", "người", "người được hỗ trợ học nghề", Q1b),
    F("tổ chức 12 phiên", "12", 12, "count", "phiên giao dịch việc làm", "phiên giao dịch việc làm", I(Q1)),
    F("có 4 phiên", "4", 4, "count", "phiên", "phiên giao dịch việc làm trực tuyến", I(Q1), total=12),
    F("thu hút 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp",
      "doanh nghiệp tham gia phiên giao dịch việc làm", location="Diễn Châu"),
    F("gần 5.200 chỉ tiêu", "5.200", 5200, "count", "chỉ tiêu tuyển dụng", "chỉ tiêu tuyển dụng", approx="nearly",
      location="Diễn Châu"),
    F("có 1.500 chỉ tiêu", "1.500", 1500, "count", "chỉ tiêu", "chỉ tiêu tuyển dụng đi làm việc ở nước ngoài",
      total=5200, location="Diễn Châu"),
    F("khoảng 22.000 người", "22.000", 22000, "count", "người", "người được giải quyết hưởng trợ cấp thất nghiệp", Y,
      approx="about", status="target"),
    F("cho 8.500 lượt người", "8.500", 8500, "count", "lượt người", "lượt người được giới thiệu việc làm thành công",
      Y, status="target"),
]
notes = [
    "Báo Nghệ An style: headline without a figure, byline THANH NGA and bare date 16/04/2024 at the end (published).",
    "'tháng 2' without a year takes 2024 from 'Quý I/2024'; 'Cũng trong quý I' likewise (same sentence, scored).",
    "'từ 25 đến 40' is an age bracket naming the group (optional); 68% and 57,4% are percent figures of their own.",
    "Online sessions 'kết nối với doanh nghiệp tại Bình Dương, Đồng Nai' stay Nghệ An; the Diễn Châu fair's figures are Diễn Châu.",
    "'chỉ tiêu tuyển dụng' (job openings) is a unit, not a target: status actual. 1.500 after 'trong đó' is part of 5.200.",
    "Distractors: 'lần thứ 3', Nghị định số 61/2020/NĐ-CP, 'số 126 đường Lê Lợi', name 'Lê Thị Tám', bare date at the end.",
]
write(5, text, figs, notes, published="2024-04-16", location="Nghệ An")
