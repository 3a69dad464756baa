"""p807-1: Khánh Hòa province portal, beach rescues in 7 months 2024, lifeguard force, budget."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Khánh Hòa
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Lực lượng cứu hộ cứu sống 87 người gặp nạn trên biển

Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.317

Theo Sở Văn hóa và Thể thao, 7 tháng đầu năm 2024, lực lượng cứu hộ tại các bãi tắm trên địa bàn tỉnh đã cứu sống 87 người gặp nạn do đuối nước, tăng 19 người so với cùng kỳ năm 2023; trong đó có 52 khách du lịch và 35 người dân địa phương. Riêng TP Nha Trang cứu sống 61 người, chiếm 70,1% tổng số người được cứu của toàn tỉnh.

Hiện toàn tỉnh có 24 bãi tắm được bố trí lực lượng cứu hộ thường trực (Nha Trang 11 bãi, Cam Ranh 5 bãi, Ninh Hòa 4 bãi, Vạn Ninh 4 bãi), với 41 chòi cứu hộ và 136 nhân viên cứu hộ. Mỗi chòi được trang bị tối thiểu 2 phao tròn, 1 ván cứu hộ và 1 bộ sơ cứu, bán kính quan sát khoảng 150 m.

Tổng kinh phí duy trì lực lượng cứu hộ năm 2024 ước đạt 9,6 tỷ đồng, tăng 12% so với năm 2023, trong đó ngân sách tỉnh hỗ trợ 5,4 tỷ đồng, phần còn lại do các doanh nghiệp du lịch đóng góp. Mức thù lao bình quân của nhân viên cứu hộ là 7,5 triệu đồng/người/tháng.

Tuy nhiên, từ đầu năm đến nay trên địa bàn tỉnh vẫn xảy ra 9 vụ đuối nước làm 11 người tử vong, phần lớn ở khu vực ngoài giờ cứu hộ hoặc vùng biển chưa có người giám sát. Mục tiêu đến năm 2025, 100% bãi tắm công cộng có lực lượng cứu hộ thường trực, số nhân viên cứu hộ đạt trên 180 người.

Thực hiện Quyết định số 1215/QĐ-UBND ngày 20/5/2024 của UBND tỉnh, Sở đã mở 3 lớp tập huấn cho 142 học viên là nhân viên cứu hộ của các địa phương. Thông tin phản ánh xin liên hệ đường dây nóng 0258.3822.114.
"""

P7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-08-12")
T25 = P("đến năm 2025", None, "2025-12-31")
SUB_BAI = "bãi tắm được bố trí lực lượng cứu hộ thường trực"

FIGS = [
    F("cứu sống 87 người gặp nạn trên biển", "87", 87, "count", "người",
      "người gặp nạn trên biển được cứu sống", I(P7)),
    F("đã cứu sống 87 người", "87", 87, "count", "người",
      "người gặp nạn do đuối nước được lực lượng cứu hộ cứu sống", P7,
      change=C("increase", 19, "người", "cùng kỳ năm 2023")),
    F("có 52 khách du lịch", "52", 52, "count", "khách du lịch", "khách du lịch được cứu sống", P7, total=87),
    F("35 người dân địa phương", "35", 35, "count", "người dân", "người dân địa phương được cứu sống", P7, total=87),
    F("cứu sống 61 người", "61", 61, "count", "người", "người được cứu sống", I(P7),
      total=87, percent=70.1, location="Nha Trang"),
    F("có 24 bãi tắm", "24", 24, "count", "bãi tắm", SUB_BAI),
    F("Nha Trang 11 bãi", "11", 11, "count", "bãi", SUB_BAI, total=24, location="Nha Trang"),
    F("Cam Ranh 5 bãi", "5", 5, "count", "bãi", SUB_BAI, total=24, location="Cam Ranh"),
    F("Ninh Hòa 4 bãi", "4", 4, "count", "bãi", SUB_BAI, total=24, location="Ninh Hòa"),
    F("Vạn Ninh 4 bãi", "4", 4, "count", "bãi", SUB_BAI, total=24, location="Vạn Ninh"),
    F("với 41 chòi cứu hộ", "41", 41, "count", "chòi cứu hộ", "chòi cứu hộ"),
    F("136 nhân viên cứu hộ", "136", 136, "count", "nhân viên cứu hộ", "nhân viên cứu hộ"),
    F("tối thiểu 2 phao tròn", "2", 2, "count", "phao tròn", "phao tròn trang bị cho mỗi chòi",
      approx="at_least", optional=True),
    F("1 ván cứu hộ", "1", 1, "count", "ván cứu hộ", "ván cứu hộ trang bị cho mỗi chòi", optional=True),
    F("1 bộ sơ cứu", "1", 1, "count", "bộ sơ cứu", "bộ sơ cứu trang bị cho mỗi chòi", optional=True),
    F("khoảng 150 m", "150", 150, "measure", "m", "bán kính quan sát của mỗi chòi cứu hộ", approx="about"),
    F("ước đạt 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "tổng kinh phí duy trì lực lượng cứu hộ", Y24,
      change=C("increase", 12, "%", "năm 2023"), status="estimate"),
    F("hỗ trợ 5,4 tỷ đồng", "5,4", 5.4e9, "money", "đồng", "ngân sách tỉnh hỗ trợ kinh phí cứu hộ", Y24,
      total=9.6e9, status="estimate"),
    F("là 7,5 triệu đồng/người/tháng", "7,5", 7.5e6, "money", "đồng/người/tháng",
      "mức thù lao bình quân của nhân viên cứu hộ"),
    F("ra 9 vụ đuối nước", "9", 9, "count", "vụ", "vụ đuối nước", YTD),
    F("làm 11 người tử vong", "11", 11, "count", "người", "người tử vong do đuối nước", YTD),
    F("100% bãi tắm công cộng", "100", 100, "percent", "%",
      "tỷ lệ bãi tắm công cộng có lực lượng cứu hộ thường trực", T25, status="target"),
    F("trên 180 người", "180", 180, "count", "người", "nhân viên cứu hộ", T25, approx="over", status="target"),
    F("mở 3 lớp tập huấn", "3", 3, "count", "lớp", "lớp tập huấn"),
    F("cho 142 học viên", "142", 142, "count", "học viên", "học viên tập huấn là nhân viên cứu hộ"),
]

write("p807-1", TEXT, [
    "Province portal of Khánh Hòa: beach rescues 7 months 2024, beaches/towers/lifeguards, budget 2024, drownings, 2025 targets.",
    "Headline '87 người' has no period phrase of its own (inherited from the body). 'Riêng TP Nha Trang ... 61 người, chiếm 70,1% tổng số",
    "người được cứu của toàn tỉnh' is part of the 87 (same indicator, same period), so total 87. Bracketed district list sums to 24 -> total 24.",
    "Per-tower equipment ('tối thiểu 2 phao tròn, 1 ván, 1 bộ sơ cứu') is a specification: optional. 'ước đạt' governs the 'trong đó' part.",
    "Distractors: dateline time, 'Lượt xem: 2.317', 'Quyết định số 1215/QĐ-UBND ngày 20/5/2024', hotline 0258.3822.114.",
], FIGS, published="2024-08-12", location="Khánh Hòa")
