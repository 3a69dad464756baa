from lib import F, P, emit
text = """Kon Tum: Hơn 2 nghìn người dân tộc thiểu số theo học lớp xóa mù chữ

15/07/2024 06:45
HẢI YẾN

(BKT) - 6 tháng đầu năm 2024, toàn tỉnh đã mở 86 lớp xóa mù chữ với 2.135 học viên, tăng 14 lớp so với cùng kỳ năm 2023. Trong đó, 1.842 học viên học giai đoạn 1 và 293 học viên học giai đoạn 2; học viên là người dân tộc thiểu số chiếm 98,6%.

Theo thành phần dân tộc, học viên người Xơ Đăng chiếm 52,4%, Ba Na 27,1%, Gia Rai 11,8%, còn lại là các dân tộc Hrê, Brâu, Rơ Măm. Các huyện mở nhiều lớp là Tu Mơ Rông (21 lớp), Kon Plông (17 lớp), Đăk Glei (15 lớp) và Sa Thầy (12 lớp).

Riêng quý II/2024, các địa phương mở mới 34 lớp, tăng 9 lớp so với quý I/2024. Mỗi lớp có từ 18 đến 35 học viên; tỷ lệ duy trì sĩ số đạt gần 96%.

Kinh phí thực hiện 6 tháng ước đạt 4,8 tỷ đồng, bằng 62% kế hoạch năm, chủ yếu từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Giáo viên tham gia dạy xóa mù chữ có 172 người, trong đó 64 người là giáo viên người dân tộc thiểu số biết tiếng địa phương.

Theo Sở Giáo dục và Đào tạo, thực hiện Nghị quyết số 04-NQ/TU của Tỉnh ủy, năm 2024 tỉnh phấn đấu mở 120 lớp với khoảng 3.000 học viên; đến năm 2025, 102/102 xã, phường, thị trấn đạt chuẩn xóa mù chữ mức độ 2.

Ông A Vương, học viên 47 tuổi ở thôn Kon Pring, xã Đăk Tờ Kan (huyện Tu Mơ Rông) chia sẻ: "Trước đây tôi không biết đọc, không biết ký tên. Sau 6 tháng đi học, giờ tôi đã đọc được giấy tờ, tính toán được khi bán cà phê, sâm dây".

Đường dây nóng Báo Kon Tum: 0260.3862.369
"""
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
Q2i = P("quý II/2024", "2024-04-01", "2024-06-30", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
figs = [
    F("Hơn 2 nghìn người", "2", 2000, "count", "người", "người dân tộc thiểu số theo học lớp xóa mù chữ", approx="over", period=H1i),
    F("mở 86 lớp", "86", 86, "count", "lớp", "lớp xóa mù chữ", period=H1,
      change={"direction": "increase", "value": 14, "unit": "lớp", "baseline": "cùng kỳ năm 2023"}),
    F("với 2.135 học viên", "2.135", 2135, "count", "học viên", "học viên lớp xóa mù chữ", period=H1),
    F("1.842 học viên", "1.842", 1842, "count", "học viên", "học viên học giai đoạn 1", total=2135, period=H1i),
    F("và 293 học viên", "293", 293, "count", "học viên", "học viên học giai đoạn 2", total=2135, period=H1i),
    F("thiểu số chiếm 98,6%", "98,6", 98.6, "percent", "%", "học viên là người dân tộc thiểu số", period=H1i),
    F("Xơ Đăng chiếm 52,4%", "52,4", 52.4, "percent", "%", "học viên người Xơ Đăng", period=H1i),
    F("Ba Na 27,1%", "27,1", 27.1, "percent", "%", "học viên người Ba Na", period=H1i),
    F("Gia Rai 11,8%", "11,8", 11.8, "percent", "%", "học viên người Gia Rai", period=H1i),
    F("Tu Mơ Rông (21 lớp)", "21", 21, "count", "lớp", "lớp xóa mù chữ", location="Tu Mơ Rông", period=H1i),
    F("Kon Plông (17 lớp)", "17", 17, "count", "lớp", "lớp xóa mù chữ", location="Kon Plông", period=H1i),
    F("Đăk Glei (15 lớp)", "15", 15, "count", "lớp", "lớp xóa mù chữ", location="Đăk Glei", period=H1i),
    F("Sa Thầy (12 lớp)", "12", 12, "count", "lớp", "lớp xóa mù chữ", location="Sa Thầy", period=H1i),
    F("mở mới 34 lớp", "34", 34, "count", "lớp", "lớp xóa mù chữ mở mới", period=Q2,
      change={"direction": "increase", "value": 9, "unit": "lớp", "baseline": "quý I/2024"}),
    F("từ 18 đến 35 học viên", "18", 18, "count", "học viên", "học viên mỗi lớp", value_max=35, period=Q2i),
    F("gần 96%", "96", 96, "percent", "%", "tỷ lệ duy trì sĩ số", approx="nearly", period=Q2i),
    F("ước đạt 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", "kinh phí thực hiện xóa mù chữ", status="estimate", percent=62,
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("có 172 người", "172", 172, "count", "người", "giáo viên tham gia dạy xóa mù chữ", period=H1i),
    F("trong đó 64 người", "64", 64, "count", "người", "giáo viên người dân tộc thiểu số biết tiếng địa phương", total=172, period=H1i),
    F("mở 120 lớp", "120", 120, "count", "lớp", "lớp xóa mù chữ", status="target", period=Y24),
    F("khoảng 3.000 học viên", "3.000", 3000, "count", "học viên", "học viên lớp xóa mù chữ", approx="about", status="target", period=Y24),
    F("102/102 xã", "102", 102, "count", "xã, phường, thị trấn", "xã, phường, thị trấn đạt chuẩn xóa mù chữ mức độ 2", total=102, status="target", period=T25),
    F("học viên 47 tuổi", "47", 47, "measure", "tuổi", "tuổi của học viên A Vương", optional=True, location="Tu Mơ Rông"),
    F("Sau 6 tháng", "6", 6, "measure", "tháng", optional=True),
]
emit("p336-5", text, [
    "Báo Kon Tum (Party newspaper, tag '(BKT) -' implies Kon Tum): lớp xóa mù chữ 6 tháng đầu năm 2024. Bare dateline '15/07/2024 06:45' after the title, byline HẢI YẾN.",
    "'Hơn 2 nghìn người' (headline) = 2000, approx over. 86 lớp carries 'tăng 14 lớp so với cùng kỳ năm 2023'; 'Trong đó' after a sentence break: 1.842 + 293 = 2.135 (total).",
    "Ethnic shares ('Xơ Đăng chiếm 52,4%, Ba Na 27,1%, …') are a list sharing 'chiếm': each its own percent figure (ethnic groups are not places). District list items take the district as location.",
    "'quý II/2024' gives 34 lớp its period; 'tăng 9 lớp so với quý I/2024' is its change. 'Kinh phí thực hiện 6 tháng ước đạt 4,8 tỷ, bằng 62% kế hoạch năm': estimate, percent 62",
    "(a share of the plan, not the plan itself: no target value). '6 tháng' there is year-less: takes 2024. 'năm 2024 tỉnh phấn đấu …' targets; 'đến năm 2025' ends 2025-12-31.",
    "Optional: the learner's age '47 tuổi', the duration 'Sau 6 tháng'. Distractors: 'Nghị quyết số 04-NQ/TU', 'giai đoạn 1/2' (names), hotline 0260.3862.369, dateline time.",
], figs, published="2024-07-15", location="Kon Tum")
