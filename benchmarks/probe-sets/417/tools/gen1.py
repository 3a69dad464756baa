from lib import *

text = """Nghệ An: Hơn 1.900 ca đột quỵ được cấp cứu tại Bệnh viện Hữu nghị Đa khoa tỉnh trong 9 tháng năm 2024
Cập nhật: 14/10/2024 08:20
Lượt xem: 2.347

Theo báo cáo của Bệnh viện Hữu nghị Đa khoa Nghệ An, 9 tháng năm 2024, Trung tâm Đột quỵ của bệnh viện đã tiếp nhận, cấp cứu 1.946 bệnh nhân đột quỵ, tăng 12,4% so với cùng kỳ năm 2023. Trong đó có 1.512 ca nhồi máu não (chiếm 77,7%) và 434 ca xuất huyết não.

Số bệnh nhân được điều trị tái thông mạch máu não đạt 486 ca, gồm 298 ca dùng thuốc tiêu sợi huyết đường tĩnh mạch và 188 ca can thiệp lấy huyết khối cơ học. Thời gian từ khi người bệnh vào viện đến khi được dùng thuốc (DTN) trung bình là 38 phút, giảm 7 phút so với năm 2023; có 71,5% ca đạt DTN dưới 45 phút.

Tuy vậy, tỷ lệ người bệnh đến viện trong "giờ vàng" (4,5 giờ đầu kể từ khi khởi phát) mới đạt khoảng 28%. Nhiều bệnh nhân ở các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong phải di chuyển từ 150 đến 250 km mới tới được bệnh viện.

Tỷ lệ tử vong và nặng xin về của bệnh nhân đột quỵ giảm còn 6,2%; 58,3% bệnh nhân được tái thông hồi phục tốt, tự sinh hoạt được sau 3 tháng. Trung tâm đã 6 quý liên tiếp đạt chứng nhận Kim cương của Hội Đột quỵ Thế giới (WSO).

Năm 2024, bệnh viện phấn đấu điều trị tái thông cho trên 650 ca, nâng tỷ lệ ca có DTN dưới 60 phút lên 90%. Giai đoạn 2021-2025, tỉnh đã đầu tư gần 96 tỷ đồng mua sắm máy chụp mạch DSA, máy CT 256 lát cắt cho Trung tâm Đột quỵ.

Người dân cần hỗ trợ cấp cứu gọi 115 hoặc đường dây nóng 0238.3844.115.
"""

y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
y9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
figs = [
    F("Hơn 1.900 ca", "1.900", 1900, "count", "ca", "ca đột quỵ được cấp cứu", approx="over", period=y9),
    F("cấp cứu 1.946 bệnh nhân", "1.946", 1946, "count", "bệnh nhân",
      "bệnh nhân đột quỵ được tiếp nhận, cấp cứu", change=C("increase", 12.4, "%", "cùng kỳ năm 2023"), period=y9),
    F("có 1.512 ca", "1.512", 1512, "count", "ca", "ca nhồi máu não", total=1946, percent=77.7, period=y9i),
    F("và 434 ca", "434", 434, "count", "ca", "ca xuất huyết não", total=1946, period=y9i),
    F("đạt 486 ca", "486", 486, "count", "ca", "bệnh nhân được điều trị tái thông mạch máu não", period=y9i),
    F("gồm 298 ca", "298", 298, "count", "ca", "ca dùng thuốc tiêu sợi huyết đường tĩnh mạch", total=486, period=y9i),
    F("và 188 ca", "188", 188, "count", "ca", "ca can thiệp lấy huyết khối cơ học", total=486, period=y9i),
    F("là 38 phút", "38", 38, "measure", "phút",
      "thời gian từ khi người bệnh vào viện đến khi được dùng thuốc (DTN) trung bình",
      change=C("decrease", 7, "phút", "năm 2023"), period=y9i),
    F("có 71,5% ca", "71,5", 71.5, "percent", "%", "ca đạt DTN dưới 45 phút", period=y9i),
    F("DTN dưới 45 phút", "45", 45, "measure", "phút", approx="under", optional=True),
    F("(4,5 giờ đầu", "4,5", 4.5, "measure", "giờ", optional=True),
    F("khoảng 28%", "28", 28, "percent", "%", "tỷ lệ người bệnh đến viện trong giờ vàng", approx="about", period=y9i),
    F("từ 150 đến 250 km", "150", 150, "measure", "km",
      "quãng đường bệnh nhân các huyện miền núi di chuyển tới bệnh viện", value_max=250),
    F("giảm còn 6,2%", "6,2", 6.2, "percent", "%", "tỷ lệ tử vong và nặng xin về của bệnh nhân đột quỵ", period=y9i),
    F("; 58,3% bệnh nhân", "58,3", 58.3, "percent", "%", "bệnh nhân được tái thông hồi phục tốt", period=y9i),
    F("6 quý liên tiếp", "6", 6, "count", "quý", optional=True),
    F("trên 650 ca", "650", 650, "count", "ca", "ca điều trị tái thông", approx="over", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("DTN dưới 60 phút", "60", 60, "measure", "phút", approx="under", optional=True),
    F("lên 90%", "90", 90, "percent", "%", "tỷ lệ ca có DTN dưới 60 phút", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("gần 96 tỷ đồng", "96", 96e9, "money", "đồng", "đầu tư mua sắm máy chụp mạch DSA, máy CT cho Trung tâm Đột quỵ",
      approx="nearly", period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("CT 256 lát cắt", "256", 256, "measure", "lát cắt", optional=True),
]
comments = [
    "Cổng TTĐT tỉnh Nghệ An (province portal): stroke centre of the provincial hospital, 9 months 2024. 'Cập nhật:' dateline with time, view counter after it.",
    "Distractors: 'Lượt xem: 2.347', emergency number 115, hotline 0238.3844.115, 'sau 3 tháng' (duration locating an outcome), WSO name.",
    "'Trong đó có 1.512 ca ... và 434 ca' parts of 1.946 (total); '(chiếm 77,7%)' the share of 1.512. '486 ca, gồm 298 ca ... và 188 ca' parts of 486.",
    "'giảm 7 phút so với năm 2023' is the change of the 38-minute DTN. 'giảm còn 6,2%' gives only the new level: no change.",
    "Thresholds 'dưới 45 phút', 'dưới 60 phút', window '4,5 giờ đầu', equipment spec '256 lát cắt', streak '6 quý liên tiếp' are optional.",
    "Periods stated only in the first paragraph are inherited by later sentences. 'từ 150 đến 250 km' carries no period (a distance).",
    "The three mountain districts are listed as the origin of patients; the distance is a provincial statement, location Nghệ An.",
]
build("p417-1", text, comments, figs, published="2024-10-14", location="Nghệ An")
