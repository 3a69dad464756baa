from lib import *

text = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Tin hoạt động > Y tế - Giáo dục

Trung tâm Y tế huyện Hải Hậu cứu sống nhiều người bệnh đột quỵ nhờ điều trị tiêu sợi huyết

Từ tháng 5/2023, Trung tâm Y tế huyện Hải Hậu là đơn vị tuyến huyện đầu tiên của tỉnh Nam Định triển khai điều trị tiêu sợi huyết cho người bệnh nhồi máu não cấp. Tính đến 30/9/2024, đơn vị đã điều trị thành công cho 57 ca, trong đó có 41 ca hồi phục hoàn toàn hoặc chỉ để lại di chứng nhẹ.

Riêng quý III/2024, Trung tâm tiếp nhận 86 bệnh nhân đột quỵ, tăng 21 bệnh nhân so với quý II/2024; điều trị tiêu sợi huyết cho 14 ca, chiếm 16,3%. Từ đầu năm đến nay có 38 ca được điều trị tiêu sợi huyết, gấp 2 lần so với cả năm 2023.

Thời gian trung bình từ khi vào viện đến khi dùng thuốc là 52 phút; tỷ lệ người bệnh đến viện trong khung giờ vàng đạt 31,4%, cao hơn mức trung bình của tỉnh (22%).

Để làm được điều này, năm 2023 huyện đã đầu tư 4,6 tỷ đồng mua máy CT 16 lát cắt, kết nối hội chẩn từ xa với Bệnh viện Đa khoa tỉnh; Trung tâm cũng cử 6 bác sĩ, 10 điều dưỡng đi đào tạo về đột quỵ tại Bệnh viện Bạch Mai.

Bác sĩ Trần Văn Thành, Giám đốc Trung tâm cho biết, năm 2025 đơn vị phấn đấu nâng tỷ lệ điều trị tiêu sợi huyết lên trên 20% số người bệnh nhồi máu não đến viện và tiếp nhận khoảng 350 - 400 bệnh nhân đột quỵ mỗi năm.

Người dân có dấu hiệu méo miệng, yếu nửa người cần gọi ngay đường dây nóng 0228.3877.115 của Trung tâm (xã Hải Phương, huyện Hải Hậu).

Ngày 08/10/2024
Thu Hà - Trung tâm VH, TT&TT huyện
"""

t30 = P("Tính đến 30/9/2024", None, "2024-09-30")
q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
yd = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
y25 = P("năm 2025", "2025-01-01", "2025-12-31")
figs = [
    F("cho 57 ca", "57", 57, "count", "ca", "ca điều trị tiêu sợi huyết thành công", period=t30),
    F("có 41 ca", "41", 41, "count", "ca", "ca hồi phục hoàn toàn hoặc chỉ để lại di chứng nhẹ", total=57, period=t30),
    F("tiếp nhận 86 bệnh nhân", "86", 86, "count", "bệnh nhân", "bệnh nhân đột quỵ được tiếp nhận",
      change=C("increase", 21, "bệnh nhân", "quý II/2024"), period=q3),
    F("cho 14 ca", "14", 14, "count", "ca", "ca điều trị tiêu sợi huyết", percent=16.3, period=q3),
    F("có 38 ca", "38", 38, "count", "ca", "ca được điều trị tiêu sợi huyết", change=C("increase", 2, "lần", "cả năm 2023"),
      period=yd),
    F("là 52 phút", "52", 52, "measure", "phút", "thời gian trung bình từ khi vào viện đến khi dùng thuốc",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08", inherited=True)),
    F("đạt 31,4%", "31,4", 31.4, "percent", "%", "tỷ lệ người bệnh đến viện trong khung giờ vàng",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08", inherited=True)),
    F("(22%)", "22", 22, "percent", "%", "tỷ lệ người bệnh đến viện trong khung giờ vàng trung bình của tỉnh",
      location="Nam Định"),
    F("đầu tư 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "đầu tư mua máy CT, kết nối hội chẩn từ xa", period=y23),
    F("CT 16 lát cắt", "16", 16, "measure", "lát cắt", optional=True),
    F("cử 6 bác sĩ", "6", 6, "count", "bác sĩ", "bác sĩ đi đào tạo về đột quỵ", period=y23),
    F("10 điều dưỡng", "10", 10, "count", "điều dưỡng", "điều dưỡng đi đào tạo về đột quỵ", period=y23),
    F("trên 20%", "20", 20, "percent", "%", "tỷ lệ điều trị tiêu sợi huyết", approx="over", status="target", period=y25),
    F("khoảng 350 - 400 bệnh nhân", "350", 350, "count", "bệnh nhân", "bệnh nhân đột quỵ tiếp nhận mỗi năm", value_max=400,
      approx="about", status="target", period=y25),
]
comments = [
    "District portal of Hải Hậu (Nam Định): the district health centre's thrombolysis programme. No dateline at the top;",
    "  bare date 'Ngày 08/10/2024' at the end with the byline (taken as the article's date).",
    "Distractors: 'Từ tháng 5/2023' (start date), hotline 0228.3877.115, commune 'xã Hải Phương', 'Trung tâm VH, TT&TT', doctor's name,",
    "  'quý II/2024' and 'cả năm 2023' as baselines.",
    "Location Hải Hậu (district) for the centre's figures; '(22%)' is the province's average (Nam Định), a figure of its own:",
    "  'cao hơn mức trung bình của tỉnh (22%)' names the comparison level, not the amount of the change, so 31,4% has no change.",
    "'57 ca, trong đó có 41 ca' → total 57. '86 bệnh nhân, tăng 21 bệnh nhân so với quý II/2024' → change in bệnh nhân.",
    "'14 ca, chiếm 16,3%' → percent. '38 ca ..., gấp 2 lần so với cả năm 2023' → change 2 lần.",
    "'Từ đầu năm đến nay' ends at the article's date (2024-10-08); the 52 minutes and 31,4% inherit it from the previous sentence.",
    "'khoảng 350 - 400 bệnh nhân ... mỗi năm' under 'năm 2025 ... phấn đấu' → target range, about. '16 lát cắt' optional.",
]
build("p417-6", text, comments, figs, published="2024-10-08", location="Hải Hậu")
