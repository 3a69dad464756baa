from lib import F, P, write

A = """Năm 2023, số vụ việc trợ giúp pháp lý tham gia tố tụng chiếm gần 65%
Ngày đăng: 15/01/2024 | Lượt xem: 4.126

Sáng 12/01, Bộ Tư pháp tổ chức Hội nghị trực tuyến tổng kết công tác trợ giúp pháp lý năm 2023 với 63 điểm cầu. Thứ trưởng Đặng Hoàng Oanh chủ trì hội nghị.

Theo báo cáo của Cục Trợ giúp pháp lý, năm 2023, các Trung tâm Trợ giúp pháp lý nhà nước trên cả nước đã thực hiện 58.734 vụ việc, tăng 11,2% so với năm 2022; trong đó tham gia tố tụng 37.916 vụ việc (chiếm 64,6%), tăng 2.314 vụ việc. Số vụ việc tham gia tố tụng có kết quả thắng kiện hoặc có tác động tích cực là 5.126 vụ việc.

Các địa phương có số vụ việc tham gia tố tụng nhiều nhất là Hà Nội (2.145 vụ việc), TP Hồ Chí Minh (1.987 vụ việc), Thanh Hóa (1.432 vụ việc) và Nghệ An (1.318 vụ việc). Hiện 63/63 Trung tâm đã ứng dụng phần mềm quản lý vụ việc trợ giúp pháp lý.

Đội ngũ thực hiện trợ giúp pháp lý gồm 794 trợ giúp viên pháp lý, 1.071 luật sư và 56 tổ chức hành nghề luật sư ký hợp đồng. Bình quân mỗi trợ giúp viên pháp lý thực hiện từ 45 đến 60 vụ việc trong năm 2023.

Kinh phí ngân sách nhà nước bố trí cho công tác trợ giúp pháp lý năm 2023 khoảng 412 tỷ đồng; tổng kinh phí giai đoạn 2021-2025 ước khoảng 2,1 nghìn tỷ đồng.

Năm 2024, ngành Tư pháp đặt chỉ tiêu vụ việc tham gia tố tụng chiếm ít nhất 65% tổng số vụ việc; 100% vụ việc được thực hiện đúng quy trình theo Thông tư số 08/2017/TT-BTP. Thông tin phản ánh xin gửi về Cục Trợ giúp pháp lý, 58-60 Trần Phú, Ba Đình, Hà Nội; điện thoại 024.6273.9495.
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "vụ việc tham gia tố tụng"

figs = [
    F("chiếm gần 65%", "65", 65, "percent", "%", "số vụ việc trợ giúp pháp lý tham gia tố tụng", P("Năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("với 63 điểm cầu", "63", 63, "count", "điểm cầu", "điểm cầu hội nghị", optional=True),
    F("thực hiện 58.734 vụ việc", "58.734", 58734, "count", "vụ việc", "vụ việc trợ giúp pháp lý", Y,
      change={"direction": "increase", "value": 11.2, "unit": "%", "baseline": "năm 2022"}),
    F("tố tụng 37.916 vụ việc", "37.916", 37916, "count", "vụ việc", "vụ việc tham gia tố tụng", Y, total=58734, percent=64.6,
      change={"direction": "increase", "value": 2314, "unit": "vụ việc"}),
    F("là 5.126 vụ việc", "5.126", 5126, "count", "vụ việc", "vụ việc tham gia tố tụng có kết quả thắng kiện hoặc có tác động tích cực", Yi),
    F("Hà Nội (2.145 vụ việc)", "2.145", 2145, "count", "vụ việc", LIST, Yi, location="Hà Nội"),
    F("TP Hồ Chí Minh (1.987 vụ việc)", "1.987", 1987, "count", "vụ việc", LIST, Yi, location="TP Hồ Chí Minh"),
    F("Thanh Hóa (1.432 vụ việc)", "1.432", 1432, "count", "vụ việc", LIST, Yi, location="Thanh Hóa"),
    F("Nghệ An (1.318 vụ việc)", "1.318", 1318, "count", "vụ việc", LIST, Yi, location="Nghệ An"),
    F("63/63 Trung tâm", "63", 63, "count", "Trung tâm", "Trung tâm đã ứng dụng phần mềm quản lý vụ việc trợ giúp pháp lý", total=63),
    F("gồm 794 trợ giúp viên", "794", 794, "count", "trợ giúp viên pháp lý", "trợ giúp viên pháp lý"),
    F("1.071 luật sư", "1.071", 1071, "count", "luật sư", "luật sư ký hợp đồng thực hiện trợ giúp pháp lý"),
    F("và 56 tổ chức", "56", 56, "count", "tổ chức hành nghề luật sư", "tổ chức hành nghề luật sư ký hợp đồng"),
    F("từ 45 đến 60 vụ việc", "45", 45, "count", "vụ việc", "vụ việc bình quân mỗi trợ giúp viên pháp lý thực hiện", P("năm 2023", "2023-01-01", "2023-12-31"), value_max=60),
    F("khoảng 412 tỷ đồng", "412", 412e9, "money", "đồng", "Kinh phí ngân sách nhà nước bố trí cho công tác trợ giúp pháp lý", Y, approx="about"),
    F("khoảng 2,1 nghìn tỷ đồng", "2,1", 2.1e12, "money", "đồng", "tổng kinh phí trợ giúp pháp lý",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="about", status="estimate"),
    F("ít nhất 65% tổng số", "65", 65, "percent", "%", "vụ việc tham gia tố tụng", Y24, approx="at_least", status="target"),
    F("100% vụ việc được", "100", 100, "percent", "%", "vụ việc được thực hiện đúng quy trình", Y24, status="target"),
]

write("p322-4", A, figs, [
    "Ministry site (Bộ Tư pháp), 'Ngày đăng: 15/01/2024 | Lượt xem: 4.126': national legal-aid results 2023. Default location Việt Nam (cả nước).",
    "'tăng 2.314 vụ việc' after the bracketed share belongs to 37.916 (change in vụ việc, no baseline named). Province list items → location.",
    "'63/63 Trung tâm': count with total, national. 'Đội ngũ … gồm 794 …, 1.071 …, 56 …': the whole has no figure, so no total.",
    "'từ 45 đến 60 vụ việc trong năm 2023' range (average per aide).",
    "'ước khoảng 2,1 nghìn tỷ đồng' → estimate + about, ×10^12. 2024 'chỉ tiêu … ít nhất 65%' → target, at_least. '63 điểm cầu' optional (event structure). '794 …' stocks without a period.",
    "Distractors: 'Sáng 12/01', 'Thông tư số 08/2017/TT-BTP', address '58-60 Trần Phú, Ba Đình, Hà Nội' (not a location of any figure), phone, view counter, person name.",
], published="2024-01-15", location="Việt Nam")
