from lib import F, P, I, CH, emit

TEXT = """Sức khỏe › Các bệnh

Thứ bảy, 14/9/2024, 10:05 (GMT+7)

Người hiến tạng chết não cứu sống 6 người bệnh

Một thanh niên 24 tuổi chết não sau tai nạn giao thông trên Quốc lộ 1A được gia đình đồng ý hiến tạng, mang lại sự sống cho nhiều người bệnh tại Bệnh viện Chợ Rẫy.

Ngày 13/9, đại diện bệnh viện cho biết tạng hiến được ghép cho 6 người bệnh, gồm 2 người được ghép thận, 1 người ghép gan, 1 người ghép tim và 2 người ghép giác mạc. Các ca ghép kéo dài 14 giờ với sự tham gia của hơn 120 y bác sĩ.

Theo bệnh viện, 8 tháng đầu năm 2024, Chợ Rẫy thực hiện 178 ca ghép tạng, gồm 149 ca ghép thận, 24 ca ghép gan và 5 ca ghép tim; trong đó có 11 người hiến chết não, tăng 4 người so với cùng kỳ năm ngoái.

Tỷ lệ người bệnh sống sau ghép thận 1 năm tại bệnh viện đạt 98%, sau ghép gan 1 năm đạt 90,5%. Chi phí ghép thận khoảng 400 triệu đồng một ca, ghép gan 1,5-2 tỷ đồng, ghép tim trên 1 tỷ đồng; người có BHYT cùng chi trả 20% chi phí.

Hiện Chợ Rẫy có hơn 2.500 người bệnh trong danh sách chờ ghép thận, khoảng 300 người chờ ghép gan. Tính đến tháng 8/2024, TP HCM có 22.104 người đăng ký hiến mô, tạng sau khi chết, chiếm khoảng 23% số người đăng ký cả nước.

Người dân có thể đăng ký hiến tạng tại Bệnh viện Chợ Rẫy, 201B Nguyễn Chí Thanh, quận 5, hoặc qua tổng đài 028.3855.4137.

Lê Phương
"""

M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")

FIGS = [
    F("cứu sống 6 người bệnh", "6", 6, "count", "người bệnh", "người bệnh được cứu sống nhờ người hiến tạng chết não"),
    F("Một thanh niên", "Một", 1, "count", "thanh niên", optional=True),
    F("thanh niên 24 tuổi", "24", 24, "measure", "tuổi", optional=True),
    F("ghép cho 6 người bệnh", "6", 6, "count", "người bệnh", "người bệnh được ghép tạng hiến"),
    F("gồm 2 người", "2", 2, "count", "người", "người được ghép thận", total=6),
    F("1 người ghép gan", "1", 1, "count", "người", "người ghép gan", total=6),
    F("1 người ghép tim", "1", 1, "count", "người", "người ghép tim", total=6),
    F("2 người ghép giác mạc", "2", 2, "count", "người", "người ghép giác mạc", total=6),
    F("kéo dài 14 giờ", "14", 14, "measure", "giờ", "thời gian các ca ghép"),
    F("hơn 120 y bác sĩ", "120", 120, "count", "y bác sĩ", "y bác sĩ tham gia các ca ghép", approx="over"),
    F("thực hiện 178 ca", "178", 178, "count", "ca", "ca ghép tạng Chợ Rẫy thực hiện", M8),
    F("149 ca", "149", 149, "count", "ca", "ca ghép thận", M8, total=178),
    F("24 ca", "24", 24, "count", "ca", "ca ghép gan", M8, total=178),
    F("5 ca", "5", 5, "count", "ca", "ca ghép tim", M8, total=178),
    F("có 11 người", "11", 11, "count", "người", "người hiến chết não", M8,
      change=CH("increase", 4, "người", "cùng kỳ năm ngoái")),
    F("ghép thận 1 năm", "1", 1, "measure", "năm", optional=True),
    F("đạt 98%", "98", 98, "percent", "%", "tỷ lệ người bệnh sống sau ghép thận 1 năm tại bệnh viện"),
    F("ghép gan 1 năm", "1", 1, "measure", "năm", optional=True),
    F("đạt 90,5%", "90,5", 90.5, "percent", "%", "tỷ lệ người bệnh sống sau ghép gan 1 năm"),
    F("khoảng 400 triệu đồng", "400", 400e6, "money", "đồng", "chi phí ghép thận một ca", approx="about"),
    F("1,5-2 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "chi phí ghép gan", value_max=2e9),
    F("trên 1 tỷ đồng", "1", 1e9, "money", "đồng", "chi phí ghép tim", approx="over"),
    F("cùng chi trả 20%", "20", 20, "percent", "%", "chi phí người có BHYT cùng chi trả"),
    F("hơn 2.500 người bệnh", "2.500", 2500, "count", "người bệnh",
      "người bệnh trong danh sách chờ ghép thận tại Chợ Rẫy", approx="over"),
    F("khoảng 300 người", "300", 300, "count", "người", "người chờ ghép gan", approx="about"),
    F("có 22.104 người", "22.104", 22104, "count", "người", "người đăng ký hiến mô, tạng sau khi chết",
      P("Tính đến tháng 8/2024", None, "2024-08-31"), percent=23),
]

COMMENTS = [
    "National press (VnExpress style): brain-dead donor at Bệnh viện Chợ Rẫy; hospital results 8 tháng 2024; survival, costs, waiting list, registrations.",
    "Dateline 'Thứ bảy, 14/9/2024, 10:05 (GMT+7)'. 'Ngày 13/9' is a date; 'Quốc lộ 1A', '201B Nguyễn Chí Thanh', 'quận 5', phone: distractors.",
    "'ghép cho 6 người bệnh, gồm 2 người … 1 … 1 … 2 người' adds up: total 6. '178 ca …, gồm 149/24/5 ca' adds up: total 178.",
    "'trong đó có 11 người hiến chết não' counts donors, not transplant cases: no total (the whole must count the same thing).",
    "'Một thanh niên' (indefinite article), '24 tuổi' (the donor's age) and the survival horizons '1 năm' are optional. '14 giờ' (length of the operations) is the claim: a measure.",
    "Location TP. Hồ Chí Minh throughout (the text writes 'TP HCM'). 'chiếm khoảng 23%' is the percent of 22.104.",
]

emit("p666-6", TEXT, COMMENTS, FIGS, published="2024-09-14", location="TP. Hồ Chí Minh")
