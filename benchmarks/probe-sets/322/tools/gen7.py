from lib import F, P, write

A = """Hòa giải ở cơ sở: "Bộ lọc" giúp giảm áp lực cho tòa án

Cả nước hiện có gần 92.000 tổ hòa giải với hơn 580.000 hòa giải viên. Mỗi năm, lực lượng này hòa giải thành hàng chục nghìn vụ việc, góp phần giữ gìn đoàn kết trong cộng đồng dân cư.

Theo số liệu Bộ Tư pháp vừa công bố, năm 2024 các tổ hòa giải trên cả nước tiếp nhận khoảng 102.000 vụ việc, hòa giải thành gần 82.000 vụ việc, tỷ lệ hòa giải thành ước đạt 80,3%, tăng 1,2% so với năm 2023. Tỷ lệ này ở các địa phương dao động từ 64,7% đến 94,2%.

Dẫn đầu cả nước là Bắc Ninh (94,2%), Hà Nam (93,8%) và Vĩnh Long (92,5%); Điện Biên có tỷ lệ thấp nhất, chỉ đạt 64,7%. Riêng 6 tháng đầu năm 2024, số vụ việc tranh chấp đất đai chiếm khoảng 38% tổng số vụ việc tiếp nhận.

Tổng kinh phí bố trí cho hoạt động hòa giải ở cơ sở năm 2024 hơn 185 tỷ đồng, tăng 1,3 lần so với năm 2022. Mức chi thù lao cho hòa giải viên phổ biến từ 200.000 đến 300.000 đồng/vụ việc, trong khi nhiều hòa giải viên là người cao tuổi, trên 60 tuổi.

Theo ông Phan Văn Hùng, Vụ trưởng Vụ Phổ biến, giáo dục pháp luật (Bộ Tư pháp), nếu không có hòa giải ở cơ sở, ước tính mỗi năm tòa án các cấp phải thụ lý thêm khoảng 20.000 vụ án dân sự. Bộ đặt mục tiêu đến năm 2030 tỷ lệ hòa giải thành đạt trên 85% và 100% hòa giải viên được bồi dưỡng kiến thức pháp luật.

Dự thảo Luật Hòa giải ở cơ sở (sửa đổi) dự kiến trình Quốc hội tại Kỳ họp thứ 10.

Minh Thu
18/12/2024
"""

NAT = "Việt Nam"
Y = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
RATE = "tỷ lệ hòa giải thành"
figs = [
    F("gần 92.000 tổ", "92.000", 92000, "count", "tổ hòa giải", "tổ hòa giải", approx="nearly"),
    F("hơn 580.000 hòa giải viên", "580.000", 580000, "count", "hòa giải viên", "hòa giải viên", approx="over"),
    F("hàng chục nghìn vụ việc", "hàng chục nghìn", 10000, "count", "vụ việc", "vụ việc hòa giải thành mỗi năm", approx="over", optional=True),
    F("khoảng 102.000 vụ việc", "102.000", 102000, "count", "vụ việc", "vụ việc các tổ hòa giải tiếp nhận", Y, approx="about"),
    F("gần 82.000 vụ việc", "82.000", 82000, "count", "vụ việc", "vụ việc hòa giải thành", Y, approx="nearly"),
    F("ước đạt 80,3%", "80,3", 80.3, "percent", "%", RATE, Y, status="estimate",
      change={"direction": "increase", "value": 1.2, "unit": "%", "baseline": "năm 2023"}),
    F("từ 64,7% đến 94,2%", "64,7", 64.7, "percent", "%", "tỷ lệ hòa giải thành ở các địa phương", Yi, value_max=94.2),
    F("Bắc Ninh (94,2%)", "94,2", 94.2, "percent", "%", RATE, Yi, location="Bắc Ninh"),
    F("Hà Nam (93,8%)", "93,8", 93.8, "percent", "%", RATE, Yi, location="Hà Nam"),
    F("Vĩnh Long (92,5%)", "92,5", 92.5, "percent", "%", RATE, Yi, location="Vĩnh Long"),
    F("chỉ đạt 64,7%", "64,7", 64.7, "percent", "%", RATE, Yi, location="Điện Biên"),
    F("khoảng 38% tổng số", "38", 38, "percent", "%", "vụ việc tranh chấp đất đai trong tổng số vụ việc tiếp nhận",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), approx="about"),
    F("hơn 185 tỷ đồng", "185", 185e9, "money", "đồng", "Tổng kinh phí bố trí cho hoạt động hòa giải ở cơ sở", Y, approx="over",
      change={"direction": "increase", "value": 1.3, "unit": "lần", "baseline": "năm 2022"}),
    F("từ 200.000 đến 300.000 đồng/vụ việc", "200.000", 200000, "money", "đồng/vụ việc", "Mức chi thù lao cho hòa giải viên", value_max=300000),
    F("trên 60 tuổi", "60", 60, "measure", "tuổi", "tuổi hòa giải viên", approx="over", optional=True),
    F("khoảng 20.000 vụ án", "20.000", 20000, "count", "vụ án dân sự", "vụ án dân sự tòa án các cấp phải thụ lý thêm",
      approx="about", status="estimate"),
    F("trên 85%", "85", 85, "percent", "%", RATE, P("đến năm 2030", None, "2030-12-31"), approx="over", status="target"),
    F("100% hòa giải viên", "100", 100, "percent", "%", "hòa giải viên được bồi dưỡng kiến thức pháp luật", P("đến năm 2030", None, "2030-12-31"), status="target"),
]

write("p322-7", A, figs, [
    "National press feature, no dateline at the top; byline and bare date '18/12/2024' at the end (published). Default location Việt Nam.",
    "'Cả nước hiện có …' stocks: no period. 'hàng chục nghìn vụ việc' (vague, each year) optional. 'ước đạt 80,3%, tăng 1,2% so với năm 2023':",
    "a rate with a change of its own stated after it; the rate is an estimate. The range 'từ 64,7% đến 94,2%' is one figure (value_max), national.",
    "Provinces in the ranking list → location. 'Riêng 6 tháng đầu năm 2024 … chiếm khoảng 38% tổng số vụ việc': percent figure (no numbered whole in the sentence).",
    "'hơn 185 tỷ đồng, tăng 1,3 lần so với năm 2022' change in lần. '200.000 đến 300.000 đồng/vụ việc' money range, rate unit. 'trên 60 tuổi' optional (age threshold).",
    "'ước tính … khoảng 20.000 vụ án' estimate + about. Targets 'đến năm 2030' (end 2030-12-31). Distractors: 'Kỳ họp thứ 10', person names, quoted title.",
], published="2024-12-18", location="Việt Nam")
