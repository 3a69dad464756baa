from lib import *

A = """Cổng Thông tin điện tử tỉnh Thái Nguyên
Trang chủ > Tin tức > Y tế - Sức khỏe
Cập nhật: 14:25 | 05/12/2024
Lượt xem: 2.341

Thái Nguyên: Kiểm soát tốt tình hình dịch HIV/AIDS, mở rộng điều trị PrEP

Nhân Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2024 (từ 10/11 đến 10/12), Sở Y tế tỉnh Thái Nguyên cho biết, tính đến ngày 30/9/2024, lũy tích toàn tỉnh có 11.562 người nhiễm HIV được phát hiện, trong đó 6.718 người đã tử vong. Số người nhiễm HIV còn sống đang được quản lý là 4.844 người.

Trong 9 tháng năm 2024, toàn tỉnh phát hiện mới 164 người nhiễm HIV, giảm 9,4% so với cùng kỳ năm 2023; số người chuyển sang giai đoạn AIDS là 37 người; số người tử vong do AIDS là 21 người. Người nhiễm mới tập trung ở nhóm tuổi từ 16 đến 29 (chiếm 46,3%) và chủ yếu lây truyền qua đường tình dục (chiếm 71,5%).

Hiện toàn tỉnh có 4 cơ sở điều trị ARV và 9 trạm y tế xã cấp phát thuốc ARV, đang điều trị cho 3.912 bệnh nhân, đạt 80,8% số người nhiễm HIV còn sống được quản lý. Tỷ lệ bệnh nhân có tải lượng virus dưới ngưỡng ức chế đạt 97,2%. Có 2.484 bệnh nhân (chiếm 63,5%) sử dụng thẻ bảo hiểm y tế để điều trị ARV.

Về dự phòng, 9 tháng năm 2024 có 1.287 người đang điều trị nghiện các chất dạng thuốc phiện bằng thuốc Methadone tại 12 cơ sở; 318 người được điều trị dự phòng trước phơi nhiễm HIV (PrEP), tăng 27,2% so với cùng kỳ.

Thực hiện Kế hoạch số 145/KH-UBND của UBND tỉnh, Thái Nguyên phấn đấu đến năm 2025 có 95% người nhiễm HIV biết tình trạng nhiễm của mình, 95% người được chẩn đoán nhiễm HIV được điều trị ARV và 95% người điều trị ARV có tải lượng virus dưới ngưỡng ức chế.

Mọi thông tin cần tư vấn, người dân liên hệ Trung tâm Kiểm soát bệnh tật tỉnh, số 971 đường Dương Tự Minh, TP Thái Nguyên, điện thoại 0208.3855.130.
"""

Q3 = P("tính đến ngày 30/9/2024", end="2024-09-30")
Q3i = P("tính đến ngày 30/9/2024", end="2024-09-30", inherited=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Y25 = P("đến năm 2025", end="2025-12-31")

figs = [
    F("có 11.562 người", "11.562", 11562, "count", "người", "người nhiễm HIV được phát hiện lũy tích", Q3),
    F("trong đó 6.718 người", "6.718", 6718, "count", "người", "người nhiễm HIV đã tử vong", Q3, total=11562),
    F("là 4.844 người", "4.844", 4844, "count", "người", "người nhiễm HIV còn sống đang được quản lý", Q3i),
    F("phát hiện mới 164 người", "164", 164, "count", "người", "người nhiễm HIV phát hiện mới", M9,
      change=C("decrease", 9.4, baseline="cùng kỳ năm 2023")),
    F("AIDS là 37 người", "37", 37, "count", "người", "người chuyển sang giai đoạn AIDS", M9),
    F("AIDS là 21 người", "21", 21, "count", "người", "người tử vong do AIDS", M9),
    F("từ 16 đến 29", "16", 16, "measure", "tuổi", "nhóm tuổi người nhiễm mới", value_max=29, optional=True),
    F("(chiếm 46,3%)", "46,3", 46.3, "percent", "%", "người nhiễm mới ở nhóm tuổi từ 16 đến 29", M9i),
    F("(chiếm 71,5%)", "71,5", 71.5, "percent", "%", "người nhiễm mới lây truyền qua đường tình dục", M9i),
    F("có 4 cơ sở", "4", 4, "count", "cơ sở điều trị ARV", "cơ sở điều trị ARV"),
    F("9 trạm y tế xã", "9", 9, "count", "trạm y tế xã", "trạm y tế xã cấp phát thuốc ARV"),
    F("cho 3.912 bệnh nhân", "3.912", 3912, "count", "bệnh nhân", "bệnh nhân đang điều trị ARV", percent=80.8),
    F("ức chế đạt 97,2%", "97,2", 97.2, "percent", "%", "Tỷ lệ bệnh nhân có tải lượng virus dưới ngưỡng ức chế"),
    F("Có 2.484 bệnh nhân", "2.484", 2484, "count", "bệnh nhân", "bệnh nhân sử dụng thẻ bảo hiểm y tế để điều trị ARV",
      percent=63.5),
    F("có 1.287 người", "1.287", 1287, "count", "người",
      "người đang điều trị nghiện các chất dạng thuốc phiện bằng thuốc Methadone", M9),
    F("tại 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở điều trị Methadone", M9),
    F("; 318 người", "318", 318, "count", "người", "người được điều trị dự phòng trước phơi nhiễm HIV (PrEP)", M9,
      change=C("increase", 27.2, baseline="cùng kỳ")),
    F("có 95% người nhiễm", "95", 95, "percent", "%", "người nhiễm HIV biết tình trạng nhiễm của mình", Y25, status="target"),
    F("95% người được chẩn đoán", "95", 95, "percent", "%", "người được chẩn đoán nhiễm HIV được điều trị ARV", Y25,
      status="target"),
    F("và 95% người điều trị", "95", 95, "percent", "%", "người điều trị ARV có tải lượng virus dưới ngưỡng ức chế", Y25,
      status="target"),
]

write(1, A, figs, [
    "Province portal (Cổng TTĐT tỉnh Thái Nguyên), 'Cập nhật: 14:25 | 05/12/2024' + view counter; HIV/AIDS situation to 30/9/2024.",
    "Distractors: 'Lượt xem: 2.341', '(từ 10/11 đến 10/12)', 'Kế hoạch số 145/KH-UBND', address 'số 971 đường ...', phone.",
    "'trong đó 6.718 người' is part of 11.562 lũy tích. 4.844 (own sentence, no cue) has no total. Age range 16-29 optional.",
    "'Hiện ...' figures (ARV facilities, patients) carry no period. 95-95-95 targets: status target, period 'đến năm 2025'.",
], published="2024-12-05", location="Thái Nguyên")
