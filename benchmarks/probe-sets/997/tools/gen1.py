"""p997-1: province portal (Thanh Hóa), 9 months 2024 fertilizer inspection."""
from lib import F, P, I, C, T, build

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Kiểm tra 312 cơ sở kinh doanh phân bón trong 9 tháng

Cập nhật: 14/10/2024 09:45 | Lượt xem: 1.236

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/9/2024, toàn tỉnh có 2.873 cơ sở kinh doanh phân bón được cấp giấy chứng nhận đủ điều kiện, tăng 64 cơ sở so với cuối năm 2023; trong đó có 2.846 cơ sở buôn bán và 27 cơ sở sản xuất.

Trong 9 tháng đầu năm 2024, Chi cục Trồng trọt và Bảo vệ thực vật đã phối hợp với các lực lượng chức năng kiểm tra 312 cơ sở, đạt 104% kế hoạch năm; lấy 186 mẫu phân bón để phân tích chất lượng, trong đó có 21 mẫu không đạt, chiếm 11,3%. Các mẫu không đạt chủ yếu thiếu hàm lượng đạm tổng số và kali hữu hiệu, có mẫu chỉ đạt 62% hàm lượng công bố.

Qua kiểm tra, cơ quan chức năng đã xử phạt vi phạm hành chính 38 cơ sở với tổng số tiền phạt hơn 1,26 tỷ đồng, tăng 18,5% so với cùng kỳ năm 2023; buộc tiêu hủy gần 14,7 tấn phân bón không bảo đảm chất lượng. Các hành vi bị xử phạt theo Nghị định số 31/2023/NĐ-CP chủ yếu là kinh doanh phân bón không có giấy chứng nhận (9 trường hợp), phân bón không đạt chất lượng (19 trường hợp) và ghi nhãn sai quy định (13 trường hợp).

Ước tính trong năm 2024, nhu cầu phân bón toàn tỉnh khoảng 520.000 tấn, trong đó phân đạm khoảng 135.000 tấn, phân lân 160.000 tấn và phân NPK 190.000 tấn. Giá phân urê tại các đại lý hiện dao động 10.500-11.200 đồng/kg, giảm khoảng 8% so với đầu năm.

Thời gian tới, Sở yêu cầu các huyện, thị xã, thành phố tăng cường kiểm tra, phấn đấu đến hết năm 2024 lấy ít nhất 250 mẫu phân bón. Mọi phản ánh về phân bón giả, kém chất lượng xin liên hệ đường dây nóng 0237.3852.490.
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Kiểm tra 312 cơ sở", "312", 312, "count", "cơ sở", "cơ sở kinh doanh phân bón được kiểm tra",
      P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("có 2.873 cơ sở", "2.873", 2873, "count", "cơ sở",
      "cơ sở kinh doanh phân bón được cấp giấy chứng nhận đủ điều kiện", ASOF,
      change=C("increase", 64, "cơ sở", "cuối năm 2023")),
    F("có 2.846 cơ sở", "2.846", 2846, "count", "cơ sở", "cơ sở buôn bán phân bón", ASOF, total=2873),
    F("và 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở sản xuất phân bón", ASOF, total=2873),
    F("kiểm tra 312 cơ sở, đạt", "312", 312, "count", "cơ sở", "cơ sở kinh doanh phân bón được kiểm tra", M9,
      percent=104),
    F("lấy 186 mẫu", "186", 186, "count", "mẫu", "mẫu phân bón lấy để phân tích chất lượng", M9),
    F("có 21 mẫu không đạt", "21", 21, "count", "mẫu", "mẫu phân bón không đạt", M9, total=186, percent=11.3),
    F("chỉ đạt 62%", "62", 62, "percent", "%", "hàm lượng của mẫu không đạt so với hàm lượng công bố", I(M9),
      optional=True),
    F("hành chính 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", I(M9)),
    F("hơn 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng", "tổng số tiền phạt", I(M9), approx="over",
      change=C("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("gần 14,7 tấn", "14,7", 14.7, "measure", "tấn", "phân bón không bảo đảm chất lượng buộc tiêu hủy", I(M9),
      approx="nearly"),
    F("(9 trường hợp)", "9", 9, "count", "trường hợp", "kinh doanh phân bón không có giấy chứng nhận", I(M9)),
    F("(19 trường hợp)", "19", 19, "count", "trường hợp", "phân bón không đạt chất lượng bị xử phạt", I(M9)),
    F("(13 trường hợp)", "13", 13, "count", "trường hợp", "ghi nhãn sai quy định", I(M9)),
    F("khoảng 520.000 tấn", "520.000", 520000, "measure", "tấn", "nhu cầu phân bón toàn tỉnh", Y24,
      approx="about", status="estimate"),
    F("khoảng 135.000 tấn", "135.000", 135000, "measure", "tấn", "nhu cầu phân đạm", Y24,
      approx="about", total=520000, status="estimate"),
    F("lân 160.000 tấn", "160.000", 160000, "measure", "tấn", "nhu cầu phân lân", Y24,
      total=520000, status="estimate"),
    F("NPK 190.000 tấn", "190.000", 190000, "measure", "tấn", "nhu cầu phân NPK", Y24,
      total=520000, status="estimate"),
    F("dao động 10.500-11.200 đồng/kg", "10.500", 10500, "money", "đồng/kg", "giá phân urê tại các đại lý",
      value_max=11200, change=C("decrease", 8, "%", "đầu năm", "about")),
    F("ít nhất 250 mẫu", "250", 250, "count", "mẫu", "mẫu phân bón lấy kiểm tra",
      P("đến hết năm 2024", None, "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Thanh Hóa province portal: fertilizer dealers and inspection, 9 months 2024. 'Cập nhật: 14/10/2024 09:45' is the dateline.",
    "Distractors: 'Lượt xem: 1.236', 30/9/2024, 'Nghị định số 31/2023/NĐ-CP', hotline 0237.3852.490.",
    "Headline 'trong 9 tháng' (no year) takes 2024 from the dateline. The 9/19/13 violations follow no whole (no total; they add to 41, not 38).",
    "'có mẫu chỉ đạt 62%' describes an example sample: optional.",
]

build("p997-1", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Thanh Hóa")
