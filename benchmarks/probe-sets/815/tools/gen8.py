"""p815-8: Báo Kon Tum online, headline figure, (BKT) tag: dưỡng sinh clubs Q1/2025."""
from lib import F, P, I, C, T, emit

TEXT = """Báo Kon Tum điện tử
Thể thao

Hơn 85% xã, phường, thị trấn có câu lạc bộ thể dục dưỡng sinh người cao tuổi

Cập nhật lúc 15:40, Thứ Ba, 22/04/2025

(BKT) - Quý I/2025, phong trào thể dục dưỡng sinh, đi bộ trong người cao tuổi tỉnh tiếp tục phát triển. Toàn tỉnh có 87/102 xã, phường, thị trấn thành lập câu lạc bộ, chiếm 85,3%; số câu lạc bộ là 296, tăng 21 câu lạc bộ so với cùng kỳ năm 2024.

Thành phố Kon Tum dẫn đầu với 64 câu lạc bộ; tiếp đến là các huyện Đắk Hà, Ngọc Hồi, Đắk Tô lần lượt có 38, 31 và 27 câu lạc bộ. Tổng số hội viên ước đạt 9.850 người, trong đó nữ chiếm gần 68%, hội viên là người dân tộc thiểu số khoảng 2.900 người.

Trong quý, Hội Người cao tuổi tỉnh phối hợp Sở Y tế khám sức khỏe miễn phí cho 3.420 hội viên tại 12 xã vùng sâu, vùng xa. Kết quả cho thấy 27,5% người được khám có chỉ số huyết áp cao, 9,8% thừa cân. Kinh phí hỗ trợ mỗi câu lạc bộ mới thành lập là 3 triệu đồng; hội viên đóng góp từ 5.000 đến 10.000 đồng/người/tháng.

Theo ông A Phong, Chủ tịch Hội Người cao tuổi tỉnh, số hội viên tập luyện đều đặn gấp 1,8 lần so với năm 2020. Năm 2025, tỉnh phấn đấu 100% xã, phường, thị trấn có câu lạc bộ, với khoảng 11.000 hội viên. Dự kiến quý II/2025, tỉnh tổ chức Giải Thể thao người cao tuổi với khoảng 350 vận động viên.

Hội viên Câu lạc bộ dưỡng sinh tổ 4, phường Quyết Thắng tập luyện buổi sáng. Ảnh: H.N
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
QQ = P("Trong quý", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
CLB = "câu lạc bộ thể dục dưỡng sinh người cao tuổi"

FIGS = [
    F("Hơn 85% xã", "85", 85, "percent", "%", "xã, phường, thị trấn có câu lạc bộ thể dục dưỡng sinh người cao tuổi",
      approx="over"),
    F("có 87/102 xã", "87", 87, "count", "xã, phường, thị trấn", "xã, phường, thị trấn thành lập câu lạc bộ",
      I(Q1), total=102, percent=85.3),
    F("là 296", "296", 296, "count", "câu lạc bộ", CLB, I(Q1),
      change=C("increase", 21, "câu lạc bộ", "cùng kỳ năm 2024")),
    F("với 64 câu lạc bộ", "64", 64, "count", "câu lạc bộ", CLB, I(Q1), location="Kon Tum"),
    F("có 38, 31", "38", 38, "count", "câu lạc bộ", CLB, I(Q1), location="Đắk Hà"),
    F("38, 31 và", "31", 31, "count", "câu lạc bộ", CLB, I(Q1), location="Ngọc Hồi"),
    F("và 27 câu lạc bộ", "27", 27, "count", "câu lạc bộ", CLB, I(Q1), location="Đắk Tô"),
    F("ước đạt 9.850 người", "9.850", 9850, "count", "người", "hội viên câu lạc bộ", I(Q1), status="estimate"),
    F("gần 68%", "68", 68, "percent", "%", "hội viên nữ", I(Q1), approx="nearly", status="estimate"),
    F("khoảng 2.900 người", "2.900", 2900, "count", "người", "hội viên là người dân tộc thiểu số", I(Q1),
      approx="about", total=9850, status="estimate"),
    F("cho 3.420 hội viên", "3.420", 3420, "count", "hội viên", "hội viên được khám sức khỏe miễn phí", QQ),
    F("tại 12 xã", "12", 12, "count", "xã", "xã vùng sâu, vùng xa được khám sức khỏe", QQ),
    F("27,5% người", "27,5", 27.5, "percent", "%", "người được khám có chỉ số huyết áp cao", I(QQ)),
    F("9,8% thừa cân", "9,8", 9.8, "percent", "%", "người được khám thừa cân", I(QQ)),
    F("là 3 triệu đồng", "3", 3000000, "money", "đồng", "kinh phí hỗ trợ mỗi câu lạc bộ mới thành lập"),
    F("từ 5.000 đến 10.000 đồng/người/tháng", "5.000", 5000, "money", "đồng/người/tháng",
      "mức đóng góp của hội viên", value_max=10000),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "số hội viên tập luyện đều đặn so với năm 2020"),
    F("phấn đấu 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có câu lạc bộ", Y25, status="target"),
    F("khoảng 11.000 hội viên", "11.000", 11000, "count", "hội viên", "hội viên câu lạc bộ", Y25,
      approx="about", status="target"),
    F("khoảng 350 vận động viên", "350", 350, "count", "vận động viên",
      "vận động viên tham gia Giải Thể thao người cao tuổi", P("quý II/2025", "2025-04-01", "2025-06-30"),
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Kon Tum online: elderly dưỡng sinh clubs, Q1/2025; 'Cập nhật lúc 15:40, Thứ Ba, 22/04/2025', tag '(BKT) -' implies Kon Tum.",
    "Headline 'Hơn 85%' is a figure without period. 87/102 has total 102 and share 85,3% (chiếm).",
    "'lần lượt có 38, 31 và 27 câu lạc bộ' shares the list indicator; locations are the districts; Thành phố Kon Tum -> Kon Tum.",
    "'ước đạt 9.850 người, trong đó nữ chiếm gần 68%, ... khoảng 2.900 người': the cue governs the continuing clauses (estimate);",
    "68% is a percent figure of its own (a share after 'trong đó' with no count); 2.900 is a part of 9.850 (total).",
    "'Trong quý' = quý I/2025 (nearest earlier period). 'gấp 1,8 lần so với năm 2020' with no base amount is a multiple figure.",
    "Distractors: 15:40, 'Thứ Ba', 'ông A Phong', 'tổ 4', 'Ảnh: H.N', 'quý II/2025' as a period.",
]

emit("p815-8", TEXT, NOTES, FIGS, published="2025-04-22", location="Kon Tum")
