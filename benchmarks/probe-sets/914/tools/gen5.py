"""p914-5: Báo Thái Bình (Party newspaper), Tết at the Văn Môn leprosy treatment centre (02/2024)."""
from lib import F, P, C, inh, write

TEXT = """Ấm áp Tết ở Khu điều trị phong Văn Môn

Những ngày giáp Tết Giáp Thìn, Khu điều trị phong Văn Môn rộn ràng hơn thường lệ. Khu hiện nuôi dưỡng 88 bệnh nhân, trong đó 52 người bị tàn tật độ 2, 14 người mù lòa; tuổi bình quân của bệnh nhân là 74 tuổi, người cao tuổi nhất đã 96 tuổi.

Ông Trần Văn Mười, Giám đốc Khu điều trị phong cho biết, năm 2023 đơn vị đã tiếp nhận 5 bệnh nhân mới chuyển đến, thực hiện 1.240 lượt khám, điều trị ngoại trú các bệnh da liễu cho nhân dân quanh vùng, tăng gần 15% so với năm 2022.

Mỗi bệnh nhân được hưởng trợ cấp nuôi dưỡng 1,44 triệu đồng/tháng theo Nghị quyết số 12/2021/NQ-HĐND của HĐND tỉnh Thái Bình, cao hơn 360.000 đồng so với mức cũ. Dịp Tết Nguyên đán, UBND tỉnh tặng mỗi bệnh nhân một suất quà 1 triệu đồng; các tổ chức, nhà hảo tâm ủng hộ trên 230 triệu đồng cùng 3 tấn gạo, 500 kg thịt.

Những năm qua, tỉnh đã đầu tư hơn 12 tỷ đồng xây dựng lại 6 dãy nhà ở với 64 phòng, hệ thống nước sạch và nhà ăn tập thể. Năm 2024, đơn vị phấn đấu duy trì 100% bệnh nhân được chăm sóc tàn tật, vệ sinh ổ loét hằng ngày; dự kiến cải tạo khu nhà bếp với kinh phí khoảng 1,8 tỷ đồng.

Trong căn phòng nhỏ ở dãy nhà số 4, bà Nguyễn Thị Năm, 81 tuổi, quê Hưng Hà, đã sống ở đây gần 60 năm. Đôi bàn tay co quắp, bà vẫn tự gói những chiếc bánh chưng nhỏ để tặng các y, bác sĩ. "Ở đây có Nhà nước lo, có các cô, các chú chăm sóc, Tết nào cũng đủ đầy", bà nói.

Chiều 29 Tết, các y, bác sĩ trực Tết cùng bệnh nhân quây quần bên mâm cơm tất niên, không khí ấm cúng như một gia đình lớn.

HOÀNG LAN

06/02/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("nuôi dưỡng 88 bệnh nhân", "88", 88, "count", "bệnh nhân", "bệnh nhân Khu điều trị phong Văn Môn nuôi dưỡng"),
    F("52 người bị tàn tật", "52", 52, "count", "người", "bệnh nhân bị tàn tật độ 2", total=88),
    F("14 người mù lòa", "14", 14, "count", "người", "bệnh nhân mù lòa", total=88),
    F("là 74 tuổi", "74", 74, "measure", "tuổi", "tuổi bình quân của bệnh nhân"),
    F("đã 96 tuổi", "96", 96, "measure", "tuổi", "tuổi của người cao tuổi nhất"),
    F("tiếp nhận 5 bệnh nhân mới", "5", 5, "count", "bệnh nhân", "bệnh nhân mới tiếp nhận", Y23),
    F("thực hiện 1.240 lượt khám", "1.240", 1240, "count", "lượt khám",
      "lượt khám, điều trị ngoại trú các bệnh da liễu", Y23,
      change=C("increase", 15, "%", "năm 2022", approx="nearly")),
    F("nuôi dưỡng 1,44 triệu đồng/tháng", "1,44", 1.44e6, "money", "đồng/tháng", "trợ cấp nuôi dưỡng",
      change=C("increase", 360000, "đồng", "mức cũ")),
    F("một suất quà", "một", 1, "count", "suất quà", "suất quà tặng mỗi bệnh nhân", optional=True),
    F("suất quà 1 triệu đồng", "1", 1e6, "money", "đồng", "suất quà UBND tỉnh tặng mỗi bệnh nhân"),
    F("trên 230 triệu đồng", "230", 230e6, "money", "đồng", "các tổ chức, nhà hảo tâm ủng hộ", approx="over"),
    F("3 tấn gạo", "3", 3, "measure", "tấn", "gạo ủng hộ"),
    F("500 kg thịt", "500", 500, "measure", "kg", "thịt ủng hộ"),
    F("hơn 12 tỷ đồng", "12", 12e9, "money", "đồng", "tỉnh đầu tư xây dựng lại nhà ở", approx="over"),
    F("6 dãy nhà ở", "6", 6, "count", "dãy nhà", "dãy nhà ở xây dựng lại"),
    F("với 64 phòng", "64", 64, "count", "phòng", "phòng ở"),
    F("duy trì 100% bệnh nhân", "100", 100, "percent", "%", "bệnh nhân được chăm sóc tàn tật", Y24,
      status="target"),
    F("khoảng 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "kinh phí cải tạo khu nhà bếp", Y24, approx="about",
      status="forecast"),
    F("81 tuổi", "81", 81, "measure", "tuổi", "tuổi bà Nguyễn Thị Năm", optional=True),
    F("gần 60 năm", "60", 60, "measure", "năm", "thời gian sống ở khu điều trị", approx="nearly", optional=True),
]

COMMENTS = [
    "Báo Thái Bình (Party newspaper): Tết at the Văn Môn leprosy treatment centre; byline 'HOÀNG LAN' and bare date '06/02/2024' at the end.",
    "Not figures: 'Tết Giáp Thìn', names 'Trần Văn Mười', 'Nguyễn Thị Năm', 'Nghị quyết số 12/2021/NQ-HĐND', 'dãy nhà số 4', 'Chiều 29 Tết', 'độ 2'.",
    "'một suất quà' is an article-like 'one' (optional). One patient's age and years lived there are anecdote (optional).",
    "'tăng gần 15% so với năm 2022' is the change of 1.240 lượt khám; 'cao hơn 360.000 đồng so với mức cũ' the change of 1,44 triệu.",
    "'trợ cấp ... 1,44 triệu đồng/tháng' keeps the unit as written. 'Những năm qua' and 'Dịp Tết Nguyên đán' give no period.",
]

if __name__ == "__main__":
    write("p914-5", TEXT, COMMENTS, FIGS, published="2024-02-06", location="Thái Bình")
