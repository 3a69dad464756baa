from lib import F, P, build

TEXT = """Hải Phòng: Hơn 2.300 thanh niên được kết nạp Đoàn trong Tháng Thanh niên

(Dân trí) - Trong tháng 3/2024, các cấp bộ Đoàn thành phố Hải Phòng đã kết nạp 2.346 đoàn viên mới, tăng 6,8% so với cùng kỳ năm 2023, nâng tổng số đoàn viên toàn thành phố lên 168.520 đoàn viên.

Theo Thành đoàn Hải Phòng, tỷ lệ đoàn viên trong thanh niên của thành phố hiện đạt 42,6%, thấp hơn 2,4% so với chỉ tiêu Nghị quyết Đại hội Đoàn thành phố lần thứ XVII đề ra. Giai đoạn 2022-2024, số đoàn viên kết nạp mới của thành phố tăng bình quân 5,3% mỗi năm.

Quý I/2024, toàn thành phố có 1.260 hoạt động tình nguyện được tổ chức, thu hút hơn 85 nghìn lượt đoàn viên, thanh niên tham gia. Các quận dẫn đầu về số hoạt động là Lê Chân (126 hoạt động), Ngô Quyền (112 hoạt động) và Hồng Bàng (97 hoạt động). Giá trị các công trình, phần việc thanh niên trong quý I/2024 ước đạt 46,2 tỷ đồng, bằng 38,5% kế hoạch năm.

Về giải quyết việc làm, Thành đoàn đã phối hợp giới thiệu việc làm cho 1.840 thanh niên, trong đó 620 thanh niên đi làm việc ở nước ngoài theo hợp đồng. Ngày hội hiến máu "Giọt hồng tri ân" tổ chức tại Nhà Văn hóa Thanh niên, số 19 đường Trần Hưng Đạo, dự kiến tiếp nhận khoảng 3.000 đơn vị máu.

Năm 2023, Thành đoàn Hải Phòng xếp thứ 2/5 trong cụm thi đua các thành phố trực thuộc Trung ương. Năm 2024, Thành đoàn phấn đấu kết nạp 9.000 đoàn viên mới, nâng tỷ lệ đoàn viên trong thanh niên lên 45% trở lên.

Anh Trần Minh Tuấn, Phó Bí thư Thành đoàn cho biết, mỗi cơ sở Đoàn sẽ đăng ký ít nhất một công trình thanh niên chào mừng 69 năm Ngày giải phóng Hải Phòng (13/5/1955 - 13/5/2024).

Minh Khôi
"""

M3 = P("tháng 3/2024", "2024-03-01", "2024-03-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1i = P("Quý I/2024", "2024-01-01", "2024-03-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 2.300 thanh niên", "2.300", 2300, "count", "thanh niên", "thanh niên được kết nạp Đoàn", approx="over"),
    F("kết nạp 2.346 đoàn viên", "2.346", 2346, "count", "đoàn viên", "đoàn viên mới kết nạp", M3,
      change={"direction": "increase", "value": 6.8, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("lên 168.520 đoàn viên", "168.520", 168520, "count", "đoàn viên", "tổng số đoàn viên toàn thành phố", M3),
    F("hiện đạt 42,6%", "42,6", 42.6, "percent", "%", "tỷ lệ đoàn viên trong thanh niên",
      change={"direction": "decrease", "value": 2.4, "unit": "%",
              "baseline": "chỉ tiêu Nghị quyết Đại hội Đoàn thành phố lần thứ XVII"}),
    F("bình quân 5,3% mỗi năm", "5,3", 5.3, "percent", "%", "số đoàn viên kết nạp mới tăng bình quân",
      P("Giai đoạn 2022-2024", "2022-01-01", "2024-12-31")),
    F("có 1.260 hoạt động", "1.260", 1260, "count", "hoạt động tình nguyện", "hoạt động tình nguyện được tổ chức", Q1),
    F("hơn 85 nghìn lượt", "85", 85000, "count", "lượt đoàn viên, thanh niên", "lượt đoàn viên, thanh niên tham gia",
      Q1, approx="over"),
    F("Lê Chân (126 hoạt động)", "126", 126, "count", "hoạt động", "số hoạt động tình nguyện", Q1i, location="Lê Chân"),
    F("Ngô Quyền (112 hoạt động)", "112", 112, "count", "hoạt động", "số hoạt động tình nguyện", Q1i, location="Ngô Quyền"),
    F("Hồng Bàng (97 hoạt động)", "97", 97, "count", "hoạt động", "số hoạt động tình nguyện", Q1i, location="Hồng Bàng"),
    F("ước đạt 46,2 tỷ đồng", "46,2", 46200000000, "money", "đồng", "Giá trị các công trình, phần việc thanh niên",
      P("quý I/2024", "2024-01-01", "2024-03-31"), percent=38.5, status="estimate"),
    F("cho 1.840 thanh niên", "1.840", 1840, "count", "thanh niên", "thanh niên được giới thiệu việc làm"),
    F("620 thanh niên", "620", 620, "count", "thanh niên", "thanh niên đi làm việc ở nước ngoài theo hợp đồng", total=1840),
    F("khoảng 3.000 đơn vị", "3.000", 3000, "count", "đơn vị máu", "đơn vị máu tiếp nhận Ngày hội hiến máu",
      approx="about", status="forecast"),
    F("thứ 2/5", "2", 2, "rank", "hạng", "xếp hạng thi đua cụm các thành phố trực thuộc Trung ương",
      P("Năm 2023", "2023-01-01", "2023-12-31"), total=5),
    F("kết nạp 9.000 đoàn viên", "9.000", 9000, "count", "đoàn viên", "đoàn viên mới kết nạp", Y24, status="target"),
    F("lên 45% trở lên", "45", 45, "percent", "%", "tỷ lệ đoàn viên trong thanh niên", Y24,
      approx="at_least", status="target"),
    F("ít nhất một công trình", "một", 1, "count", "công trình thanh niên", "công trình thanh niên mỗi cơ sở Đoàn",
      approx="at_least", status="forecast", optional=True),
    F("chào mừng 69 năm", "69", 69, "count", "năm", optional=True),
]

COMMENTS = [
    "National online paper (Dân trí style, '(Dân trí) -' lead), no dateline anywhere: no 'published' is annotated. Place Hải Phòng.",
    "Distractors: 'Đại hội Đoàn thành phố lần thứ XVII', address 'số 19 đường Trần Hưng Đạo', dates '13/5/1955 - 13/5/2024', 'cụm thi đua'.",
    "'thấp hơn 2,4% so với chỉ tiêu …' = gap to plan → change of the 42,6% rate (FIGURES.md 'Result against plan'). 'hiện đạt' gives no period.",
    "'tăng bình quân 5,3% mỗi năm' is a growth rate standing as the claim: percent figure, no change. 'hơn 85 nghìn lượt' = 85000.",
    "District list (quận) → locations. 'ước đạt 46,2 tỷ đồng, bằng 38,5% kế hoạch năm' → estimate with percent. 'trong đó 620' total 1840.",
    "'dự kiến … khoảng 3.000' forecast. 'xếp thứ 2/5' rank with total 5. Anniversary '69 năm' and 'ít nhất một công trình' optional.",
    "Figures in sentences without a period phrase and no date anywhere to anchor 'hiện' are left without a period (not scored).",
]

build("p258-6", TEXT, COMMENTS, FIGS, location="Hải Phòng")
