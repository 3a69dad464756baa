from lib import F, P, Y, write

TEXT = """Cần Thơ: Chủ động chuẩn bị nguồn tuyển quân năm 2025

Trong 9 tháng năm 2024, Hội đồng nghĩa vụ quân sự thành phố Cần Thơ đã chỉ đạo các quận, huyện làm tốt công tác đăng ký, quản lý công dân trong độ tuổi sẵn sàng nhập ngũ, chuẩn bị nguồn cho năm 2025.

Tính đến 30/9, toàn thành phố đã đăng ký nghĩa vụ quân sự lần đầu cho 6.215 nam công dân đủ 17 tuổi, đạt 101,3% kế hoạch. Các địa phương có số đăng ký lớn là quận Ninh Kiều 1.402 công dân, quận Thốt Nốt 915 công dân và quận Cái Răng 786 công dân.

Trong quý III/2024, các quận, huyện đã xét duyệt tạm hoãn gọi nhập ngũ cho 1.146 công dân, miễn gọi nhập ngũ cho 58 công dân; có 27 trường hợp vi phạm về đăng ký nghĩa vụ quân sự bị xử phạt hành chính với tổng số tiền 189,5 triệu đồng.

Lực lượng dự bị động viên hiện có 14.680 quân nhân, đạt 100% chỉ tiêu biên chế; tỷ lệ sắp xếp đúng chuyên nghiệp quân sự đạt 89,4%, cao nhất từ trước đến nay. Thành phố đã tổ chức huấn luyện cho 2.350 quân nhân dự bị, trong đó có 412 sĩ quan dự bị.

Ước đến hết năm 2024, tổng số công dân sẵn sàng nhập ngũ khoảng 7.900 người. Năm 2025, thành phố được giao chỉ tiêu 1.650 công dân nhập ngũ (tăng 3,1% so với năm 2024), trong đó Công an nhân dân 190 chỉ tiêu; phấn đấu có từ 3% đến 5% tân binh là đảng viên.

Đường dây nóng Bộ Chỉ huy quân sự thành phố: 0292.3820.069 (số 1 Cách Mạng Tháng Tám, phường Cái Khế, quận Ninh Kiều).

Phạm Thanh Tùng - Tiểu đoàn 3, Trung đoàn 932
15/10/2024
"""

SEP = P("Tính đến 30/9", None, "2024-09-30")
SEPi = P("Tính đến 30/9", None, "2024-09-30", inherited=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
EOY = P("Ước đến hết năm 2024", None, "2024-12-31")
Y25 = Y(2025, "Năm 2025")
SR = "nam công dân đăng ký nghĩa vụ quân sự lần đầu"
FIGS = [
    F("cho 6.215 nam", "6.215", 6215, "count", "nam công dân", SR, percent=101.3, period=SEP),
    F("đủ 17 tuổi", "17", 17, "measure", "tuổi", "độ tuổi đăng ký nghĩa vụ quân sự lần đầu", optional=True),
    F("Ninh Kiều 1.402", "1.402", 1402, "count", "công dân", SR, location="Ninh Kiều", period=SEPi),
    F("Thốt Nốt 915", "915", 915, "count", "công dân", SR, location="Thốt Nốt", period=SEPi),
    F("Cái Răng 786", "786", 786, "count", "công dân", SR, location="Cái Răng", period=SEPi),
    F("cho 1.146 công dân", "1.146", 1146, "count", "công dân", "công dân được tạm hoãn gọi nhập ngũ", period=Q3),
    F("cho 58 công dân", "58", 58, "count", "công dân", "công dân được miễn gọi nhập ngũ", period=Q3),
    F("có 27 trường hợp", "27", 27, "count", "trường hợp",
      "trường hợp vi phạm về đăng ký nghĩa vụ quân sự bị xử phạt hành chính", period=Q3),
    F("189,5 triệu đồng", "189,5", 189.5e6, "money", "đồng", "tổng số tiền xử phạt hành chính", period=Q3),
    F("có 14.680 quân nhân", "14.680", 14680, "count", "quân nhân", "lực lượng dự bị động viên", percent=100),
    F("đạt 89,4%", "89,4", 89.4, "percent", "%", "tỷ lệ sắp xếp đúng chuyên nghiệp quân sự"),
    F("cho 2.350 quân nhân", "2.350", 2350, "count", "quân nhân", "quân nhân dự bị được huấn luyện"),
    F("có 412 sĩ quan", "412", 412, "count", "sĩ quan", "sĩ quan dự bị được huấn luyện", total=2350),
    F("khoảng 7.900 người", "7.900", 7900, "count", "người", "công dân sẵn sàng nhập ngũ", approx="about",
      status="estimate", period=EOY),
    F("chỉ tiêu 1.650 công dân", "1.650", 1650, "count", "công dân", "chỉ tiêu công dân nhập ngũ", status="target",
      change={"direction": "increase", "value": 3.1, "unit": "%", "baseline": "năm 2024"}, period=Y25),
    F("nhân dân 190 chỉ tiêu", "190", 190, "count", "chỉ tiêu", "chỉ tiêu Công an nhân dân", status="target",
      total=1650, period=Y25),
    F("từ 3% đến 5%", "3", 3, "percent", "%", "tân binh là đảng viên", value_max=5, status="target", period=Y25),
]

COMMENTS = [
    "City news (Bộ CHQS TP Cần Thơ contribution): no dateline at the top; the bare date '15/10/2024' after the byline at the end is its date.",
    "Distractors: 'Tiểu đoàn 3, Trung đoàn 932', 'số 1 Cách Mạng Tháng Tám', phone, 'quý III/2024' and '30/9' as periods, 'năm 2025' as the call-up year.",
    "'Tính đến 30/9' has no year: the nearest earlier period '9 tháng năm 2024' gives 2024 (as-of, end 2024-09-30). District list inherits it.",
    "'đủ 17 tuổi' is the registration age (criterion): optional. '6.215 … đạt 101,3% kế hoạch': share after đạt = percent attribute.",
    "District list items carry their quận as location. 'hiện có' figures have no stated period (none in gold).",
    "'14.680 quân nhân, đạt 100% chỉ tiêu biên chế': percent 100. '89,4%' after another percent clause is its own figure ('cao nhất từ trước đến nay' is no number).",
    "'2.350 quân nhân …, trong đó có 412 sĩ quan dự bị': total 2350. 'Ước đến hết năm 2024 … khoảng 7.900': estimate, as-of end 2024.",
    "'được giao chỉ tiêu 1.650 … (tăng 3,1% so với năm 2024), trong đó Công an nhân dân 190': target with its bracketed change; 190 total 1650.",
]

write(8, TEXT, FIGS, COMMENTS, published="2024-10-15", location="Cần Thơ")
