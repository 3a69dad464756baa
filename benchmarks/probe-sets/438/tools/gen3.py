from lib import *

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN
Trang chủ > Tin tức > Giáo dục thường xuyên

Điện Biên đẩy mạnh xóa mù chữ cho đồng bào vùng cao
Ngày đăng: 21/10/2024 | Lượt xem: 1.096

Tính đến 30/9/2024, toàn tỉnh Điện Biên có 9/10 huyện, thị xã, thành phố đạt chuẩn xóa mù chữ mức độ 2; 115/129 xã, phường, thị trấn đạt chuẩn xóa mù chữ mức độ 2, chiếm 89,1%. Tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ mức độ 2 đạt 93,56%, tăng 1,12% so với cùng kỳ năm 2023.

Trong 9 tháng năm 2024, ngành đã mở 46/52 lớp xóa mù chữ và giáo dục tiếp tục sau khi biết chữ theo kế hoạch năm, với 1.138 học viên; trong đó 912 học viên là người dân tộc Mông, chiếm 80,1%. Các huyện mở nhiều lớp là Mường Nhé (12 lớp), Nậm Pồ (10 lớp) và Tủa Chùa (8 lớp). Tỷ lệ học viên duy trì chuyên cần ở các lớp đạt từ 85% đến 90%.

Kinh phí mở lớp được bố trí từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (Dự án 5) với gần 3,8 tỷ đồng, bình quân khoảng 82 triệu đồng/lớp. Mỗi học viên hoàn thành lớp học được hỗ trợ 1,2 triệu đồng và bộ sách giáo khoa.

Theo bà Lò Thị Thu, Trưởng phòng Giáo dục thường xuyên, khó khăn lớn nhất là học viên chủ yếu là phụ nữ trên 35 tuổi, vừa đi nương vừa đi học. Nhiều lớp phải tổ chức vào buổi tối, từ 19 giờ đến 21 giờ, ngay tại nhà văn hóa bản.

Giai đoạn 2021-2025, tỉnh phấn đấu xóa mù chữ cho khoảng 8.000 người; đến hết năm 2023 đã thực hiện được 6.245 người, đạt 78,1% kế hoạch. Mục tiêu đến năm 2025, 100% huyện và 95% xã đạt chuẩn xóa mù chữ mức độ 2.

Phòng Giáo dục thường xuyên - Sở GD&ĐT Điện Biên, số 2 phố Hoàng Văn Thái, TP Điện Biên Phủ. ĐT: 0215.3825.486
"""

D = P("Tính đến 30/9/2024", None, "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 9/10 huyện", "9", 9, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố đạt chuẩn xóa mù chữ mức độ 2", D, total=10),
    F("115/129 xã", "115", 115, "count", "xã, phường, thị trấn", "xã, phường, thị trấn đạt chuẩn xóa mù chữ mức độ 2", D,
      total=129, percent=89.1),
    F("từ 15 đến 60 biết", "15", 15, "measure", "tuổi", "độ tuổi", value_max=60, optional=True),
    F("đạt 93,56%", "93,56", 93.56, "percent", "%", "tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ mức độ 2",
      P("Tính đến 30/9/2024", None, "2024-09-30", inh=True), change=C("increase", 1.12, "%", "cùng kỳ năm 2023")),
    F("mở 46/52 lớp", "46", 46, "count", "lớp", "lớp xóa mù chữ và giáo dục tiếp tục sau khi biết chữ mở mới", N9, target=T(52, "lớp")),
    F("với 1.138 học viên", "1.138", 1138, "count", "học viên", "học viên lớp xóa mù chữ", N9),
    F("912 học viên", "912", 912, "count", "học viên", "học viên là người dân tộc Mông", N9, total=1138, percent=80.1),
    F("Mường Nhé (12 lớp)", "12", 12, "count", "lớp", "lớp xóa mù chữ mở mới", N9I, location="Mường Nhé"),
    F("Nậm Pồ (10 lớp)", "10", 10, "count", "lớp", "lớp xóa mù chữ mở mới", N9I, location="Nậm Pồ"),
    F("Tủa Chùa (8 lớp)", "8", 8, "count", "lớp", "lớp xóa mù chữ mở mới", N9I, location="Tủa Chùa"),
    F("từ 85% đến 90%", "85", 85, "percent", "%", "tỷ lệ học viên duy trì chuyên cần", N9I, value_max=90),
    F("gần 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng", "kinh phí mở lớp xóa mù chữ", N9I, approx="nearly"),
    F("khoảng 82 triệu đồng/lớp", "82", 82e6, "money", "đồng/lớp", "kinh phí bình quân mở lớp", N9I, approx="about"),
    F("hỗ trợ 1,2 triệu đồng", "1,2", 1.2e6, "money", "đồng", "hỗ trợ mỗi học viên hoàn thành lớp học"),
    F("trên 35 tuổi", "35", 35, "measure", "tuổi", "độ tuổi học viên", approx="over", optional=True),
    F("khoảng 8.000 người", "8.000", 8000, "count", "người", "người được xóa mù chữ", G, approx="about", status="target"),
    F("được 6.245 người", "6.245", 6245, "count", "người", "người được xóa mù chữ",
      P("đến hết năm 2023", None, "2023-12-31"), percent=78.1),
    F("100% huyện", "100", 100, "percent", "%", "huyện đạt chuẩn xóa mù chữ mức độ 2", T25, status="target"),
    F("95% xã", "95", 95, "percent", "%", "xã đạt chuẩn xóa mù chữ mức độ 2", T25, status="target"),
]

emit("p438-3", TEXT, [
    "Sở GD&ĐT Điện Biên (department site, breadcrumb menu): literacy classes, xóa mù chữ standards, funding, 2021-2025 targets.",
    "Dateline 'Ngày đăng: 21/10/2024 | Lượt xem: 1.096'. Distractors: 'mức độ 2' (level), 'Dự án 5', '19 giờ đến 21 giờ' (times),",
    "address 'số 2 phố Hoàng Văn Thái', phone 0215.3825.486. Ages ('từ 15 đến 60', 'trên 35 tuổi') optional.",
    "'46/52 lớp … theo kế hoạch năm': the second number is the plan -> target 52, not total. '912 … trong đó … chiếm 80,1%': total 1.138, percent.",
    "'đạt 78,1% kế hoạch': percent of 6.245. The 8.000 plan is a figure of its own (target), so it is not also 6.245's target (as h23).",
    "District list, attendance range and funding take '9 tháng năm 2024' from earlier sentences (inherited). '1,2 triệu đồng' is a norm, no period.",
], FIGS, published="2024-10-21", location="Điện Biên")
