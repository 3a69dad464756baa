from lib import F, P, CH, TG, write

TEXT = """Sức khỏe › Tin tức
Thứ ba, 12/11/2024, 14:20 (GMT+7)

Gần 4.000 người nghèo vùng cao Hà Giang được mổ mắt miễn phí

Chương trình "Ánh sáng cho vùng cao" đã khám mắt cho hơn 21.000 người và phẫu thuật đục thủy tinh thể miễn phí cho 3.860 người tại 6 huyện vùng cao tỉnh Hà Giang trong 10 tháng năm 2024.

Theo Quỹ Bảo trợ trẻ em và người nghèo, đơn vị điều phối chương trình, số người được phẫu thuật tăng gấp 1,5 lần so với cùng kỳ năm 2023. Các huyện có nhiều người được mổ nhất là Đồng Văn 945 người, Mèo Vạc 812 người, Yên Minh 706 người, Quản Bạ 598 người; Hoàng Su Phì và Xín Mần lần lượt 455 và 344 người.

Mỗi ca mổ Phaco có chi phí từ 5 đến 7 triệu đồng, được chương trình chi trả toàn bộ; người bệnh còn được hỗ trợ 500.000 đồng tiền đi lại. Tổng kinh phí huy động đạt 24,6 tỷ đồng, trong đó các doanh nghiệp đóng góp 17,3 tỷ đồng (chiếm 70,3%), số còn lại từ nguồn xã hội hóa khác.

Bác sĩ Nguyễn Thị Lan, Bệnh viện Mắt Trung ương, cho biết khoảng 80% người được mổ là đồng bào dân tộc Mông, Dao, nhiều người đã mù cả hai mắt từ 3 đến 5 năm. Sau phẫu thuật, 97,2% người bệnh có thị lực cải thiện rõ rệt.

"Có cụ bà 87 tuổi ở xã Lũng Cú đi bộ hơn 2 giờ để đến điểm khám", bác sĩ Lan kể.

Năm 2025, chương trình phấn đấu mổ mắt miễn phí cho 5.000 người, mở rộng thêm 2 huyện Bắc Mê, Vị Xuyên. Người dân đăng ký qua tổng đài 1900 6088.

Hoàng Phương
"""

P10 = P("trong 10 tháng năm 2024", "2024-01-01", "2024-10-31")
P10i = P("trong 10 tháng năm 2024", "2024-01-01", "2024-10-31", inherited=True)
P25 = P("Năm 2025", "2025-01-01", "2025-12-31")
L = "người được phẫu thuật đục thủy tinh thể miễn phí"
LL = "số người được mổ"
figs = [
    F("Gần 4.000 người", "4.000", 4000, "count", "người", "người nghèo vùng cao được mổ mắt miễn phí", P10i, approx="nearly"),
    F("hơn 21.000 người", "21.000", 21000, "count", "người", "người được khám mắt", P10, approx="over"),
    F("cho 3.860 người", "3.860", 3860, "count", "người", L, P10),
    F("tại 6 huyện", "6", 6, "count", "huyện", "huyện vùng cao thực hiện chương trình", P10),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "tăng số người được phẫu thuật so với cùng kỳ", P10i),
    F("Đồng Văn 945", "945", 945, "count", "người", LL, P10i, location="Đồng Văn"),
    F("Mèo Vạc 812", "812", 812, "count", "người", LL, P10i, location="Mèo Vạc"),
    F("Yên Minh 706", "706", 706, "count", "người", LL, P10i, location="Yên Minh"),
    F("Quản Bạ 598", "598", 598, "count", "người", LL, P10i, location="Quản Bạ"),
    F("lần lượt 455", "455", 455, "count", "người", LL, P10i, location="Hoàng Su Phì"),
    F("và 344 người", "344", 344, "count", "người", LL, P10i, location="Xín Mần"),
    F("từ 5 đến 7 triệu", "5", 5000000, "money", "đồng", "chi phí mỗi ca mổ Phaco", value_max=7000000),
    F("hỗ trợ 500.000 đồng", "500.000", 500000, "money", "đồng", "hỗ trợ tiền đi lại cho người bệnh"),
    F("đạt 24,6 tỷ", "24,6", 24600000000, "money", "đồng", "tổng kinh phí huy động", P10i),
    F("đóng góp 17,3 tỷ", "17,3", 17300000000, "money", "đồng", "doanh nghiệp đóng góp", P10i, total=24600000000, percent=70.3),
    F("khoảng 80%", "80", 80, "percent", "%", "đồng bào dân tộc Mông, Dao trong số người được mổ", P10i, approx="about"),
    F("từ 3 đến 5 năm", "3", 3, "measure", "năm", "thời gian mù cả hai mắt", value_max=5, optional=True),
    F("97,2%", "97,2", 97.2, "percent", "%", "người bệnh có thị lực cải thiện rõ rệt sau phẫu thuật", P10i),
    F("87 tuổi", "87", 87, "measure", "tuổi", "tuổi cụ bà", optional=True),
    F("hơn 2 giờ", "2", 2, "measure", "giờ", "thời gian đi bộ đến điểm khám", approx="over", optional=True),
    F("cho 5.000 người", "5.000", 5000, "count", "người", "người được mổ mắt miễn phí", P25, status="target"),
    F("thêm 2 huyện", "2", 2, "count", "huyện", "huyện mở rộng chương trình", P25, status="target"),
]

write(6, TEXT, figs, [
    "National press (VnExpress-style health page): free cataract surgery programme in six highland districts of Hà Giang, 10 months of 2024.",
    "Dateline 'Thứ ba, 12/11/2024, 14:20 (GMT+7)'. Location Hà Giang by default; district list items carry the district as location.",
    "'tăng gấp 1,5 lần so với cùng kỳ' has no base amount in its sentence: a multiple figure of its own (no change object).",
    "The district list has no part-of cue ('Các huyện có nhiều … nhất là'), so no total although it sums to 3.860.",
    "17,3 tỷ is part of 24,6 tỷ (trong đó) with share 70,3%. Per-case cost (range) and travel allowance have no period.",
    "Optional: '87 tuổi', 'hơn 2 giờ', 'từ 3 đến 5 năm' (durations/ages in anecdotes). Distractors: hotline 1900 6088, (GMT+7), names.",
    "revised: district list subject now 'số người được mổ', the indicator as the list head names it (was the lead's wording).",
], published="2024-11-12", location="Hà Giang")
