from lib import *

text = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Tin hoạt động | Ngày đăng: 15/03/2024 | Lượt xem: 1.207

Tổng kết công tác trợ giúp xã hội và chăm sóc người tâm thần năm 2023

Sáng 14/3, tại Hà Nội, Cục Bảo trợ xã hội tổ chức Hội nghị tổng kết công tác trợ giúp xã hội năm 2023, triển khai nhiệm vụ năm 2024.

Theo báo cáo, tính đến ngày 31/12/2023, cả nước có 425 cơ sở trợ giúp xã hội, gồm 195 cơ sở công lập và 230 cơ sở ngoài công lập, đang chăm sóc, nuôi dưỡng khoảng 42.000 đối tượng. Trong đó, 35 cơ sở chuyên chăm sóc người tâm thần, người rối nhiễu tâm trí với gần 11.500 người.

Năm 2023, cả nước có gần 3,4 triệu đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng tại cộng đồng, tăng 2,7% so với năm 2022; tổng kinh phí chi trả khoảng 27,6 nghìn tỷ đồng.

Về người tâm thần, hiện cả nước có khoảng 250.000 người tâm thần phân liệt và hơn 72.000 người mắc bệnh động kinh được quản lý tại cộng đồng; tỷ lệ được điều trị, phục hồi chức năng đạt 76,8%, thấp hơn 3,2% so với mục tiêu Đề án 1929 (80%). Các địa phương có số người tâm thần được quản lý tại cộng đồng lớn là Hà Nội (khoảng 14.200 người), TP Hồ Chí Minh (12.650 người), Thanh Hóa (9.870 người) và Nghệ An (8.415 người).

Năm 2024, ngành phấn đấu 90% cơ sở trợ giúp xã hội công lập đạt tiêu chuẩn chăm sóc theo Nghị định số 103/2017/NĐ-CP. Giai đoạn 2021-2025, mục tiêu có từ 40 đến 45 cơ sở chăm sóc người tâm thần trên toàn quốc. Dự kiến năm 2024, kinh phí chi trợ cấp xã hội hằng tháng khoảng 30,2 nghìn tỷ đồng.

Phát biểu tại Hội nghị, Thứ trưởng Nguyễn Văn Hồi đề nghị các địa phương rà soát, cập nhật dữ liệu đối tượng lên hệ thống trước ngày 30/6/2024.

Hoàng Anh
"""

D = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Di = P("tính đến ngày 31/12/2023", None, "2023-12-31", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
D24 = P("năm 2024", "2024-01-01", "2024-12-31")
L = "người tâm thần được quản lý tại cộng đồng"

figs = [
    F("có 425 cơ sở", "425", 425, "count", "cơ sở trợ giúp xã hội", "cơ sở trợ giúp xã hội", period=D),
    F("gồm 195 cơ sở", "195", 195, "count", "cơ sở", "cơ sở trợ giúp xã hội công lập", total=425, period=D),
    F("và 230 cơ sở", "230", 230, "count", "cơ sở", "cơ sở trợ giúp xã hội ngoài công lập", total=425, period=D),
    F("khoảng 42.000 đối tượng", "42.000", 42000, "count", "đối tượng", "đối tượng được chăm sóc, nuôi dưỡng tại cơ sở trợ giúp xã hội",
      approx="about", period=D),
    F("Trong đó, 35 cơ sở", "35", 35, "count", "cơ sở", "cơ sở chuyên chăm sóc người tâm thần, người rối nhiễu tâm trí", total=425, period=Di),
    F("gần 11.500 người", "11.500", 11500, "count", "người", "người tâm thần, người rối nhiễu tâm trí được chăm sóc tại cơ sở chuyên",
      approx="nearly", total=42000, period=Di),
    F("gần 3,4 triệu đối tượng", "3,4", 3400000, "count", "đối tượng", "đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng tại cộng đồng",
      approx="nearly", change=ch("increase", 2.7, baseline="năm 2022"), period=Y23),
    F("khoảng 27,6 nghìn tỷ đồng", "27,6", 27600000000000, "money", "đồng", "tổng kinh phí chi trả trợ cấp", approx="about", period=Y23),
    F("khoảng 250.000 người", "250.000", 250000, "count", "người", "người tâm thần phân liệt được quản lý tại cộng đồng", approx="about"),
    F("hơn 72.000 người", "72.000", 72000, "count", "người", "người mắc bệnh động kinh được quản lý tại cộng đồng", approx="over"),
    F("đạt 76,8%", "76,8", 76.8, "percent", "%", "tỷ lệ được điều trị, phục hồi chức năng",
      change=ch("decrease", 3.2, baseline="mục tiêu Đề án 1929"), target=tg(80, "%", False)),
    F("Hà Nội (khoảng 14.200 người)", "14.200", 14200, "count", "người", L, approx="about", location="Hà Nội"),
    F("TP Hồ Chí Minh (12.650 người)", "12.650", 12650, "count", "người", L, location="Hồ Chí Minh"),
    F("Thanh Hóa (9.870 người)", "9.870", 9870, "count", "người", L, location="Thanh Hóa"),
    F("Nghệ An (8.415 người)", "8.415", 8415, "count", "người", L, location="Nghệ An"),
    F("phấn đấu 90% cơ sở", "90", 90, "percent", "%", "cơ sở trợ giúp xã hội công lập đạt tiêu chuẩn chăm sóc", status="target", period=Y24),
    F("từ 40 đến 45 cơ sở", "40", 40, "count", "cơ sở", "cơ sở chăm sóc người tâm thần", value_max=45, status="target", period=G),
    F("khoảng 30,2 nghìn tỷ đồng", "30,2", 30200000000000, "money", "đồng", "kinh phí chi trợ cấp xã hội hằng tháng",
      approx="about", status="forecast", period=D24),
]

build(2, [
    "Ministry site (Bộ LĐ-TB&XH), 'Ngày đăng: 15/03/2024 | Lượt xem: 1.207'; national social assistance and mental-health care, 2023.",
    "'gồm 195 … và 230' total 425; after 'Trong đó' the 35 cơ sở takes the whole that counts cơ sở (425), the 11.500 người the 42.000 đối tượng.",
    "'thấp hơn 3,2% so với mục tiêu Đề án 1929 (80%)' → change decrease + target 80 (as shared h09). Province list: item = location.",
    "Distractors: 'Sáng 14/3, tại Hà Nội' (venue, not location), Đề án 1929, Nghị định số 103/2017/NĐ-CP, 'trước ngày 30/6/2024', counter.",
    "'hiện cả nước có' (as of the report) gives no period for the mental-health counts. 'Dự kiến năm 2024' → forecast.",
], text, figs, published="2024-03-15", location="Việt Nam")
