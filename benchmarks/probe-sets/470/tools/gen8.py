from lib import *

text = """Thời sự › Xã hội
THU HƯỚNG

TPHCM: Hơn 9.000 người được nuôi dưỡng tại các cơ sở bảo trợ xã hội

(Chinhphu-HCM) - Hiện TPHCM có 13 cơ sở bảo trợ xã hội công lập trực thuộc Sở LĐ-TB&XH, đang nuôi dưỡng hơn 9.000 người, trong đó gần 4.800 người tâm thần, người lang thang xin ăn, chiếm khoảng 53%. Số người tâm thần được nuôi dưỡng tập trung hiện gấp 1,8 lần so với năm 2015.

Từ đầu năm 2024 đến ngày 30/11, các cơ sở đã tiếp nhận 1.356 lượt người lang thang, xin ăn, tăng 12,6% so với cùng kỳ năm 2023; trong đó 412 lượt là người có biểu hiện tâm thần. Nhiều nhất là Trung tâm Hỗ trợ xã hội với 1.320 người đang được chăm sóc, tiếp đến là Trung tâm Bảo trợ xã hội số 3 (1.085 người) và Trung tâm Điều dưỡng người bệnh tâm thần số 2 (842 người).

Các cơ sở hiện có hơn 2,1 ngàn viên chức, người lao động nhưng vẫn thiếu khoảng 350 nhân viên so với định mức. Mỗi năm, ngân sách thành phố chi khoảng 1,1 nghìn tỷ đồng cho hoạt động của các cơ sở; riêng năm 2023 là 1.087 tỷ đồng, cao hơn 6,5% so với năm 2022. Mức trợ cấp nuôi dưỡng tại cơ sở là 2,7 triệu đồng/người/tháng, gấp 1,5 lần mức chung cả nước.

Theo Đề án phát triển mạng lưới cơ sở trợ giúp xã hội giai đoạn 2021-2025, thành phố phấn đấu nâng tổng công suất lên 11.000 chỗ, trong đó dành ít nhất 5.500 chỗ cho người tâm thần; dự kiến đầu tư xây mới 2 cơ sở với tổng vốn gần 780 tỷ đồng.

Bà Nguyễn Thị Bích Thủy, Phó Giám đốc Sở LĐ-TB&XH cho biết, thành phố sẽ rà soát, đưa những người đã ổn định về với gia đình, đồng thời kêu gọi xã hội hóa. Đường dây nóng tiếp nhận thông tin người lang thang: 028.3829.1776.
"""

YTD = P("Từ đầu năm 2024 đến ngày 30/11", "2024-01-01", "2024-11-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
G = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
L = "người đang được chăm sóc tại cơ sở"

figs = [
    F("Hơn 9.000 người", "9.000", 9000, "count", "người", "người được nuôi dưỡng tại các cơ sở bảo trợ xã hội", approx="over"),
    F("có 13 cơ sở", "13", 13, "count", "cơ sở bảo trợ xã hội công lập", "cơ sở bảo trợ xã hội công lập"),
    F("dưỡng hơn 9.000 người", "9.000", 9000, "count", "người", "người được nuôi dưỡng tại cơ sở bảo trợ xã hội công lập", approx="over"),
    F("gần 4.800 người", "4.800", 4800, "count", "người", "người tâm thần, người lang thang xin ăn", approx="nearly",
      total=9000, percent=53),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "số người tâm thần được nuôi dưỡng tập trung so với năm 2015"),
    F("tiếp nhận 1.356 lượt", "1.356", 1356, "count", "lượt", "lượt người lang thang, xin ăn được tiếp nhận",
      change=ch("increase", 12.6, baseline="cùng kỳ năm 2023"), period=YTD),
    F("trong đó 412 lượt", "412", 412, "count", "lượt", "lượt người có biểu hiện tâm thần", total=1356, period=YTD),
    F("với 1.320 người", "1.320", 1320, "count", "người", L),
    F("số 3 (1.085 người)", "1.085", 1085, "count", "người", L),
    F("số 2 (842 người)", "842", 842, "count", "người", L),
    F("hơn 2,1 ngàn viên chức", "2,1", 2100, "count", "viên chức, người lao động", "viên chức, người lao động", approx="over"),
    F("khoảng 350 nhân viên", "350", 350, "count", "nhân viên", "nhân viên thiếu so với định mức", approx="about"),
    F("khoảng 1,1 nghìn tỷ đồng", "1,1", 1100000000000, "money", "đồng", "ngân sách thành phố chi cho hoạt động của các cơ sở mỗi năm",
      approx="about"),
    F("là 1.087 tỷ đồng", "1.087", 1087000000000, "money", "đồng", "ngân sách thành phố chi cho hoạt động của các cơ sở",
      change=ch("increase", 6.5, baseline="năm 2022"), period=Y23),
    F("là 2,7 triệu đồng", "2,7", 2700000, "money", "đồng/người/tháng", "mức trợ cấp nuôi dưỡng tại cơ sở",
      change=ch("increase", 1.5, unit="lần", baseline="mức chung cả nước")),
    F("lên 11.000 chỗ", "11.000", 11000, "count", "chỗ", "tổng công suất", status="target", period=G),
    F("ít nhất 5.500 chỗ", "5.500", 5500, "count", "chỗ", "chỗ dành cho người tâm thần", approx="at_least", total=11000,
      status="target", period=G),
    F("xây mới 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở đầu tư xây mới", status="forecast", period=G),
    F("gần 780 tỷ đồng", "780", 780000000000, "money", "đồng", "tổng vốn đầu tư xây mới", approx="nearly", status="forecast", period=G),
]

build(8, [
    "City government news (Chinhphu-HCM tag), no dateline, byline on top; TPHCM social protection centres. No published date.",
    "Headline 'Hơn 9.000 người' annotated. 'trong đó gần 4.800 …, chiếm khoảng 53%' total 9000 + percent 53. 'gấp 1,8 lần so với năm 2015' stands alone: multiple.",
    "'Từ đầu năm 2024 đến ngày 30/11' → 2024-01-01..2024-11-30. Centre list: centres are not places (subject = indicator, location TPHCM);",
    "'Trung tâm Bảo trợ xã hội số 3', 'số 2' are names. '2,1 ngàn' = 2100. 'gấp 1,5 lần mức chung cả nước' after the money figure → its change (lần).",
    "'phấn đấu … giai đoạn 2021-2025' targets; '; dự kiến …' forecast. Distractors: hotline, (Chinhphu-HCM), năm 2015 baseline.",
], text, figs, published=None, location="Hồ Chí Minh")
