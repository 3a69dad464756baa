"""p1103-1: Thái Bình province portal — school eye screening since the start of 2024."""
from lib import F, period, inherit, change, write_set

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Hơn 38.000 học sinh được khám sàng lọc mắt miễn phí
Cập nhật: 14/11/2024 09:45 | Lượt xem: 2.316

Từ đầu năm đến nay, Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Thái Bình phối hợp với Sở Giáo dục và Đào tạo tổ chức khám sàng lọc thị lực cho 38.472 học sinh tại 112 trường tiểu học và trung học cơ sở, đạt 96,2% kế hoạch năm. Chương trình được thực hiện theo Kế hoạch số 87/KH-UBND ngày 12/4/2024 của UBND tỉnh.

Kết quả khám phát hiện 9.118 học sinh mắc tật khúc xạ, chiếm 23,7% số học sinh được khám, tăng 2,1% so với năm 2023; trong đó cận thị 8.205 em, viễn thị 342 em và loạn thị 571 em. Tỷ lệ cận thị tăng dần theo cấp học: học sinh lớp 1 là 8,4%, lớp 5 là 19,6% và lớp 9 lên tới 36,8%. Các địa phương có tỷ lệ học sinh mắc tật khúc xạ cao là thành phố Thái Bình (31,5%), huyện Kiến Xương (26,2%) và huyện Hưng Hà (24,9%).

Đáng chú ý, khoảng 35% số em mắc tật khúc xạ chưa được đeo kính hoặc đeo kính không đúng số. Đã có 1.250 học sinh có hoàn cảnh khó khăn được tặng kính miễn phí, tổng trị giá khoảng 440 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 150 triệu đồng, phần còn lại do Quỹ Bảo trợ trẻ em tỉnh và các nhà hảo tâm đóng góp. Bình quân mỗi học sinh được hỗ trợ 350.000 đồng/chiếc kính.

Ông Phạm Văn Tư, Giám đốc CDC tỉnh cho biết, việc học trực tuyến, sử dụng điện thoại, máy tính bảng nhiều giờ mỗi ngày là nguyên nhân chính khiến tỷ lệ cận thị gia tăng. Thời gian tới, CDC dự kiến tập huấn cho 224 cán bộ y tế trường học về đo thị lực, phát hiện sớm tật khúc xạ.

Mục tiêu đến năm 2025, 100% học sinh tiểu học và THCS trên địa bàn tỉnh được khám sàng lọc mắt ít nhất 1 lần mỗi năm học; tỷ lệ cận thị mới mắc giảm xuống dưới 5%. Dự kiến năm 2025, tỉnh bố trí khoảng 1,2 tỷ đồng cho chương trình.
"""

P = period("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")
PI = inherit(P)
T25 = period("đến năm 2025", None, "2025-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 38.000 học sinh", "38.000", 38000, "count", "học sinh", "học sinh được khám sàng lọc mắt miễn phí",
      approx="over"),
    F("cho 38.472 học sinh", "38.472", 38472, "count", "học sinh", "học sinh được khám sàng lọc thị lực", P,
      percent=96.2),
    F("tại 112 trường", "112", 112, "count", "trường", "trường tiểu học và trung học cơ sở được khám sàng lọc", P),
    F("phát hiện 9.118 học sinh", "9.118", 9118, "count", "học sinh", "học sinh mắc tật khúc xạ", PI,
      percent=23.7, change=change("increase", 2.1, "%", "năm 2023")),
    F("cận thị 8.205 em", "8.205", 8205, "count", "em", "học sinh cận thị", PI, total=9118),
    F("viễn thị 342 em", "342", 342, "count", "em", "học sinh viễn thị", PI, total=9118),
    F("loạn thị 571 em", "571", 571, "count", "em", "học sinh loạn thị", PI, total=9118),
    F("lớp 1 là 8,4%", "8,4", 8.4, "percent", "%", "tỷ lệ cận thị học sinh lớp 1", PI),
    F("lớp 5 là 19,6%", "19,6", 19.6, "percent", "%", "tỷ lệ cận thị học sinh lớp 5", PI),
    F("lên tới 36,8%", "36,8", 36.8, "percent", "%", "tỷ lệ cận thị học sinh lớp 9", PI),
    F("(31,5%)", "31,5", 31.5, "percent", "%", "tỷ lệ học sinh mắc tật khúc xạ", PI, location="Thái Bình"),
    F("(26,2%)", "26,2", 26.2, "percent", "%", "tỷ lệ học sinh mắc tật khúc xạ", PI, location="Kiến Xương"),
    F("(24,9%)", "24,9", 24.9, "percent", "%", "tỷ lệ học sinh mắc tật khúc xạ", PI, location="Hưng Hà"),
    F("khoảng 35% số em", "35", 35, "percent", "%",
      "học sinh mắc tật khúc xạ chưa được đeo kính hoặc đeo kính không đúng số", approx="about"),
    F("Đã có 1.250 học sinh", "1.250", 1250, "count", "học sinh",
      "học sinh có hoàn cảnh khó khăn được tặng kính miễn phí"),
    F("khoảng 440 triệu đồng", "440", 440e6, "money", "đồng", "tổng trị giá kính tặng học sinh", approx="about"),
    F("hỗ trợ 150 triệu đồng", "150", 150e6, "money", "đồng", "ngân sách tỉnh hỗ trợ kính cho học sinh",
      total=440e6),
    F("350.000 đồng/chiếc kính", "350.000", 350000, "money", "đồng/chiếc kính", "mức hỗ trợ bình quân mỗi học sinh"),
    F("cho 224 cán bộ", "224", 224, "count", "cán bộ y tế trường học", "cán bộ y tế trường học được tập huấn",
      status="forecast"),
    F("100% học sinh tiểu học", "100", 100, "percent", "%",
      "học sinh tiểu học và THCS được khám sàng lọc mắt mỗi năm học", T25, status="target"),
    F("ít nhất 1 lần", "1", 1, "count", "lần", approx="at_least", status="target", optional=True),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ cận thị mới mắc", T25, approx="under", status="target"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí tỉnh bố trí cho chương trình khám mắt", Y25,
      approx="about", status="forecast"),
]

NOTES = [
    "Thái Bình provincial portal (breadcrumb, 'Cập nhật: 14/11/2024 09:45 | Lượt xem: 2.316'): school eye screening 2024.",
    "Not figures: Lượt xem 2.316, 09:45, Kế hoạch số 87/KH-UBND ngày 12/4/2024, 'lớp 1/5/9' (grade names), Phạm Văn Tư.",
    "'Từ đầu năm đến nay' runs to the dateline. Headline figure has no period. 'tăng 2,1%' is the change of 9.118.",
    "Parts after 'trong đó' (8.205/342/571) sum to 9.118. 'ít nhất 1 lần mỗi năm học' is a target's specification (optional).",
]

write_set("p1103-1", TEXT, FIGS, NOTES, published="2024-11-14", location="Thái Bình")
