from lib import *

T = """VnExpress > Thời sự > Dân sinh

Thứ tư, 16/10/2024, 07:20 (GMT+7)

Nhu cầu hỏa táng tại TP HCM tăng, lò đốt hoạt động hết công suất

Quý III/2024, hai cơ sở hỏa táng Bình Hưng Hòa và Đa Phước thực hiện 8.416 ca, tăng 6,2% so với cùng kỳ; bình quân mỗi ngày khoảng 91 ca.

Theo Sở Lao động - Thương binh và Xã hội TP HCM, từ đầu năm đến nay thành phố ghi nhận 37.250 người từ trần, trong đó 34.460 trường hợp được hỏa táng, chiếm 92,5%. Tỷ lệ này cao nhất cả nước; Thái Bình và Nam Định lần lượt xếp thứ 2 và thứ 3.

Cơ sở hỏa táng Bình Hưng Hòa (quận Bình Tân) có 16 lò, trong đó 6 lò được đầu tư mới từ năm 2021; cơ sở Đa Phước (huyện Bình Chánh) có 10 lò, công suất tối đa 120 ca/ngày. Vào các tháng cao điểm, thời gian chờ hỏa táng kéo dài từ 2 đến 3 ngày.

Chi phí một đám tang trọn gói tại TP HCM phổ biến từ 40 đến 120 triệu đồng, tùy dịch vụ. Riêng phí hỏa táng người lớn tại cơ sở công lập là 2,5 triệu đồng/ca. Toàn thành phố có 156 cơ sở kinh doanh dịch vụ tang lễ với hơn 2.400 lao động; số nhà tang lễ đạt chuẩn là 23, gấp 1,5 lần năm 2020.

Đại diện nhà tang lễ Bệnh viện 115 cho biết mỗi tháng đơn vị tổ chức khoảng 150 lễ tang, tăng gần 20% so với năm trước. Thành phố đặt mục tiêu đến năm 2030 hỏa táng đạt trên 95%, đồng thời hoàn thành di dời khoảng 10.000 ngôi mộ còn lại tại Nghĩa trang Bình Hưng Hòa.

Hà An

Đường dây nóng dịch vụ mai táng: 028.3750.8118
"""

pq3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
pytd = P("từ đầu năm đến nay", "2024-01-01", "2024-10-16")
pytdi = P("từ đầu năm đến nay", "2024-01-01", "2024-10-16", True)
p30 = P("đến năm 2030", None, "2030-12-31")
R = "tỷ lệ hỏa táng"
figs = [
    F("hai cơ sở hỏa táng", "hai", 2, "count", "cơ sở hỏa táng", "cơ sở hỏa táng", period=pq3, optional=True),
    F("thực hiện 8.416 ca", "8.416", 8416, "count", "ca", "ca hỏa táng hai cơ sở Bình Hưng Hòa và Đa Phước thực hiện",
      change=CH("increase", 6.2, "%", "cùng kỳ"), period=pq3),
    F("khoảng 91 ca", "91", 91, "measure", "ca", "ca hỏa táng bình quân mỗi ngày", approx="about", period=pq3),
    F("ghi nhận 37.250 người", "37.250", 37250, "count", "người", "người từ trần", period=pytd),
    F("trong đó 34.460 trường hợp", "34.460", 34460, "count", "trường hợp", "trường hợp được hỏa táng", total=37250, percent=92.5, period=pytd),
    F("xếp thứ 2 và", "2", 2, "rank", "hạng", R, period=pytdi, location="Thái Bình"),
    F("và thứ 3.", "3", 3, "rank", "hạng", R, period=pytdi, location="Nam Định"),
    F("có 16 lò", "16", 16, "count", "lò", "lò của Cơ sở hỏa táng Bình Hưng Hòa", location="Bình Tân"),
    F("trong đó 6 lò", "6", 6, "count", "lò", "lò được đầu tư mới từ năm 2021", total=16, location="Bình Tân",
      period=P("từ năm 2021", "2021-01-01", "2024-10-16")),
    F("có 10 lò", "10", 10, "count", "lò", "lò của cơ sở Đa Phước", location="Bình Chánh"),
    F("tối đa 120 ca/ngày", "120", 120, "measure", "ca/ngày", "công suất tối đa cơ sở Đa Phước", approx="at_most", location="Bình Chánh"),
    F("từ 2 đến 3 ngày", "2", 2, "measure", "ngày", "thời gian chờ hỏa táng vào các tháng cao điểm", value_max=3),
    F("từ 40 đến 120 triệu đồng", "40", 40e6, "money", "đồng", "Chi phí một đám tang trọn gói", value_max=120e6),
    F("2,5 triệu đồng/ca", "2,5", 2.5e6, "money", "đồng/ca", "phí hỏa táng người lớn tại cơ sở công lập"),
    F("có 156 cơ sở", "156", 156, "count", "cơ sở kinh doanh dịch vụ tang lễ", "cơ sở kinh doanh dịch vụ tang lễ"),
    F("hơn 2.400 lao động", "2.400", 2400, "count", "lao động", "lao động trong các cơ sở kinh doanh dịch vụ tang lễ", approx="over"),
    F("đạt chuẩn là 23", "23", 23, "count", "nhà tang lễ", "nhà tang lễ đạt chuẩn", change=CH("increase", 1.5, "lần", "năm 2020")),
    F("khoảng 150 lễ tang", "150", 150, "count", "lễ tang", "lễ tang nhà tang lễ Bệnh viện 115 tổ chức mỗi tháng", approx="about",
      change=CH("increase", 20, "%", "năm trước", approx="nearly")),
    F("đạt trên 95%", "95", 95, "percent", "%", "hỏa táng", approx="over", status="target", period=p30),
    F("khoảng 10.000 ngôi mộ", "10.000", 10000, "count", "ngôi mộ", "ngôi mộ còn lại tại Nghĩa trang Bình Hưng Hòa di dời", approx="about",
      status="target", period=p30),
]

emit(7, T, [
    "revised: 'hai cơ sở hỏa táng' (list head naming the two facilities) added as optional; 2.400 lao động subject now keeps its defining phrase.",
    "National press (VnExpress style), 'Thứ tư, dd/mm/yyyy, hh:mm (GMT+7)'; byline at the end. Location TP Hồ Chí Minh by default.",
    "'trong đó 34.460 …, chiếm 92,5%' -> total 37.250 and percent 92.5. Rank list 'Thái Bình và Nam Định lần lượt xếp thứ 2 và thứ 3' -> locations.",
    "'gấp 1,5 lần năm 2020' after a count is its change (lần); 'tăng gần 20% so với năm trước' change with approx nearly.",
    "Facility figures take the facility's district in brackets (quận Bình Tân, huyện Bình Chánh) as location; city-wide figures keep TP Hồ Chí Minh.",
    "'bình quân mỗi ngày khoảng 91 ca' (an average) -> measure; 'mỗi tháng … khoảng 150 lễ tang' (a count per month) -> count. Distractors: 'Bệnh viện 115' (name), hotline 028.3750.8118, 'từ năm 2021', '(GMT+7)'.",
], figs, published="2024-10-16", location="TP Hồ Chí Minh")
