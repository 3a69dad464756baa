from lib import *

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Tin hoạt động của Bộ

Bảo đảm nguồn cát cho các dự án giao thông trọng điểm vùng đồng bằng sông Cửu Long

Theo báo cáo của Cục Khoáng sản Việt Nam, tính đến ngày 30/9/2023, cả nước có 1.164 giấy phép khai thác cát, sỏi lòng sông còn hiệu lực với tổng trữ lượng khoảng 415 triệu m³, tổng công suất gần 62 triệu m³/năm.

Để bảo đảm vật liệu đắp nền cho các tuyến cao tốc Cần Thơ - Cà Mau, Châu Đốc - Cần Thơ - Sóc Trăng, Thủ tướng Chính phủ đã giao 6 tỉnh cung cấp cát với tổng khối lượng hơn 36 triệu m³, trong đó An Giang 11,6 triệu m³, Đồng Tháp 8,4 triệu m³, Vĩnh Long 7,1 triệu m³, Tiền Giang 4,3 triệu m³, Bến Tre 2,8 triệu m³ và Cần Thơ 1,9 triệu m³.

Các địa phương đã cấp phép, giao mỏ với khối lượng khoảng 31,5 triệu m³, đạt 87,5% khối lượng được giao; sản lượng đã khai thác, cung ứng cho các dự án ước đạt 24,2 triệu m³. Tuy nhiên, giá cát tại mỏ vẫn ở mức cao, phổ biến từ 250.000 đến 400.000 đồng/m³.

Thực hiện Nghị quyết số 23/NQ-CP và Công văn số 1017/BTNMT-KSVN, Bộ đã cho phép thí điểm sử dụng cát biển tại 2 đoạn tuyến với khối lượng 1,8 triệu m³. Kết quả quan trắc 12 tháng cho thấy độ mặn của nước tại các khu vực lân cận không vượt ngưỡng cho phép.

Năm 2024, Bộ dự kiến cấp phép thêm khoảng 10 triệu m³ cát biển cho các dự án. Bộ cũng yêu cầu các địa phương rà soát, bổ sung quy hoạch, phấn đấu nâng tổng khối lượng cát sông có thể cung ứng lên 42 triệu m³ vào cuối năm 2025. Lãnh đạo Bộ đề nghị các tỉnh tăng cường kiểm tra, không để lợi dụng việc cung cấp cát cho dự án để khai thác vượt phép, mua bán cát trái phép.
"""

PA = dict(text="tính đến ngày 30/9/2023", end="2023-09-30")
P24 = dict(text="Năm 2024", start="2024-01-01", end="2024-12-31")
P25 = dict(text="vào cuối năm 2025", end="2025-12-31")
G = 36e6
S = "khối lượng cát giao cung cấp"

F = [
    fig("có 1.164 giấy phép", "1.164", 1164, "count", "giấy phép", "giấy phép khai thác cát, sỏi lòng sông còn hiệu lực", PA),
    fig("khoảng 415 triệu m³", "415", 415e6, "measure", "m³", "tổng trữ lượng", PA, approx="about"),
    fig("gần 62 triệu m³/năm", "62", 62e6, "measure", "m³/năm", "tổng công suất", PA, approx="nearly"),
    fig("giao 6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh cung cấp cát"),
    fig("hơn 36 triệu m³", "36", G, "measure", "m³", "tổng khối lượng cát giao cung cấp", approx="over"),
    fig("An Giang 11,6 triệu m³", "11,6", 11.6e6, "measure", "m³", S, total=G, location="An Giang"),
    fig("Đồng Tháp 8,4 triệu m³", "8,4", 8.4e6, "measure", "m³", S, total=G, location="Đồng Tháp"),
    fig("Vĩnh Long 7,1 triệu m³", "7,1", 7.1e6, "measure", "m³", S, total=G, location="Vĩnh Long"),
    fig("Tiền Giang 4,3 triệu m³", "4,3", 4.3e6, "measure", "m³", S, total=G, location="Tiền Giang"),
    fig("Bến Tre 2,8 triệu m³", "2,8", 2.8e6, "measure", "m³", S, total=G, location="Bến Tre"),
    fig("Cần Thơ 1,9 triệu m³", "1,9", 1.9e6, "measure", "m³", S, total=G, location="Cần Thơ"),
    fig("khoảng 31,5 triệu m³", "31,5", 31.5e6, "measure", "m³", "khối lượng cát đã cấp phép, giao mỏ", approx="about", percent=87.5),
    fig("ước đạt 24,2 triệu m³", "24,2", 24.2e6, "measure", "m³", "sản lượng đã khai thác, cung ứng cho các dự án", status="estimate"),
    fig("từ 250.000 đến 400.000", "250.000", 250000, "money", "đồng/m³", "giá cát tại mỏ", value_max=400000),
    fig("tại 2 đoạn tuyến", "2", 2, "count", "đoạn tuyến", "đoạn tuyến thí điểm sử dụng cát biển"),
    fig("khối lượng 1,8 triệu m³", "1,8", 1.8e6, "measure", "m³", "khối lượng cát biển thí điểm"),
    fig("quan trắc 12 tháng", "12", 12, "measure", "tháng", "thời gian quan trắc", optional=True),
    fig("khoảng 10 triệu m³", "10", 10e6, "measure", "m³", "cát biển cấp phép thêm", P24, approx="about", status="forecast"),
    fig("lên 42 triệu m³", "42", 42e6, "measure", "m³", "tổng khối lượng cát sông có thể cung ứng", P25, status="target"),
]

write("p440-5", TEXT, [
    "Bộ TN&MT site (ministry, national): river-sand licences nationally, sand allocated to 6 Mekong-delta provinces for expressways, sea-sand pilot.",
    "No dateline at all (published null). Distractors: 'Nghị quyết số 23/NQ-CP', 'Công văn số 1017/BTNMT-KSVN', route names with places (Cần Thơ - Cà Mau).",
    "Province list after 'trong đó' takes total 36 triệu m³ (items add to 36,1: 'hơn 36'); provinces go to location, subject the list's indicator.",
    "Allocation, supply and price sentences have no period phrase and no dated frame (not the as-of 30/9/2023 stock): no period.",
    "'quan trắc 12 tháng' is a duration of monitoring: optional. 'dự kiến' → forecast; 'nâng ... lên 42 triệu m³ vào cuối năm 2025' → target.",
], F, location="Việt Nam")
