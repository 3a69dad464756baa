from lib import F, P, emit

TEXT = """
Đà Nẵng: Số lượt công dân đến trụ sở tiếp dân giảm 12%

Năm 2024, các cơ quan hành chính nhà nước trên địa bàn thành phố Đà Nẵng đã tiếp gần 3,6 nghìn lượt công dân, giảm 12% so với năm 2023; tiếp nhận hơn 5 nghìn đơn, trong đó khoảng 3.100 đơn đủ điều kiện xử lý.

Các cơ quan đã giải quyết 327/348 vụ việc khiếu nại, tố cáo thuộc thẩm quyền, đạt 94%, cao hơn 2 điểm phần trăm so với năm trước. Trong đó, khiếu nại 251 vụ việc, tố cáo 76 vụ việc. Với kết quả này, Đà Nẵng đứng thứ 3 trong 5 địa phương vùng kinh tế trọng điểm miền Trung về tỷ lệ giải quyết khiếu nại, tố cáo.

Qua giải quyết, thành phố đã kiến nghị thu hồi cho ngân sách 12,6 tỷ đồng; trả lại cho công dân 1,9 tỷ đồng và 5.600 m2 đất; khôi phục quyền lợi cho 58 người. Thời gian giải quyết một vụ việc khiếu nại trung bình từ 35 đến 40 ngày, đúng thời hạn luật định.

Số đơn thư gửi qua Cổng góp ý Đà Nẵng và tổng đài 1022 tăng mạnh, chiếm gần 1/3 tổng số đơn tiếp nhận. Tại các quận, huyện, Liên Chiểu có số lượt tiếp nhiều nhất (612 lượt), tiếp đến là Hòa Vang 478 lượt, Sơn Trà 401 lượt.

Năm 2025, thành phố phấn đấu giải quyết đạt trên 95% số vụ việc thuộc thẩm quyền; giảm ít nhất 10% số lượt đoàn đông người so với năm 2024, không để phát sinh "điểm nóng". Thực hiện Chỉ thị số 17-CT/TU của Ban Thường vụ Thành ủy và Quyết định số 4218/QĐ-UBND, Trụ sở Tiếp công dân thành phố tại số 24 Trần Phú tiếp tục tiếp công dân thường xuyên vào các ngày làm việc trong tuần.

Hoàng Hiệp

15/01/2025
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("giảm 12%\n", "12", 12, "percent", "%", "Số lượt công dân đến trụ sở tiếp dân", period=Yi),
    F("gần 3,6 nghìn lượt", "3,6", 3600, "count", "lượt công dân", "lượt công dân được tiếp", approx="nearly",
      change={"direction": "decrease", "value": 12, "unit": "%", "baseline": "năm 2023"}, period=Y),
    F("hơn 5 nghìn đơn", "5", 5000, "count", "đơn", "đơn tiếp nhận", approx="over", period=Y),
    F("khoảng 3.100 đơn", "3.100", 3100, "count", "đơn", "đơn đủ điều kiện xử lý", approx="about", total=5000,
      period=Y),
    F("327/348", "327", 327, "count", "vụ việc", "vụ việc khiếu nại, tố cáo thuộc thẩm quyền đã giải quyết",
      total=348, percent=94, change={"direction": "increase", "value": 2, "unit": "điểm phần trăm",
                                     "baseline": "năm trước"}, period=Yi),
    F("khiếu nại 251 vụ việc", "251", 251, "count", "vụ việc", "vụ việc khiếu nại đã giải quyết", total=327,
      period=Yi),
    F("tố cáo 76 vụ việc", "76", 76, "count", "vụ việc", "vụ việc tố cáo đã giải quyết", total=327, period=Yi),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "tỷ lệ giải quyết khiếu nại, tố cáo", total=5, period=Yi),
    F("ngân sách 12,6 tỷ đồng", "12,6", 12600000000, "money", "đồng", "kiến nghị thu hồi cho ngân sách", period=Yi),
    F("công dân 1,9 tỷ đồng", "1,9", 1900000000, "money", "đồng", "trả lại cho công dân", period=Yi),
    F("5.600 m2", "5.600", 5600, "measure", "m2", "đất trả lại cho công dân", period=Yi),
    F("cho 58 người", "58", 58, "count", "người", "người được khôi phục quyền lợi", period=Yi),
    F("từ 35 đến 40 ngày", "35", 35, "measure", "ngày", "thời gian giải quyết một vụ việc khiếu nại trung bình",
      value_max=40, period=Yi),
    F("gần 1/3", "1", 1, "count", "phần", "đơn thư gửi qua Cổng góp ý và tổng đài", total=3, approx="nearly",
      optional=True),
    F("(612 lượt)", "612", 612, "count", "lượt", "số lượt tiếp", location="Liên Chiểu", period=Yi),
    F("Hòa Vang 478 lượt", "478", 478, "count", "lượt", "số lượt tiếp", location="Hòa Vang", period=Yi),
    F("Sơn Trà 401 lượt", "401", 401, "count", "lượt", "số lượt tiếp", location="Sơn Trà", period=Yi),
    F("đạt trên 95%", "95", 95, "percent", "%", "giải quyết số vụ việc thuộc thẩm quyền", approx="over",
      status="target", period=Y25),
    F("ít nhất 10%", "10", 10, "percent", "%", "giảm số lượt đoàn đông người", approx="at_least", status="target",
      period=Y25),
]

COMMENTS = [
    "City newspaper style, Đà Nẵng, năm 2024. No dateline at the top; byline and a bare date '15/01/2025' at the end (the article's date).",
    "Headline 'giảm 12%' is a rate standing as its claim (percent, period inherited); in the body the same 12% is the change of 'gần 3,6 nghìn lượt'.",
    "'hơn 5 nghìn đơn, trong đó khoảng 3.100 …' total 5000. '327/348 …, đạt 94%, cao hơn 2 điểm phần trăm so với năm trước': total, percent, change.",
    "'Trong đó, khiếu nại 251 …, tố cáo 76 …' (after a sentence break, sum 327): parts of 327. 'đứng thứ 3 trong 5 địa phương': rank with total 5.",
    "'từ 35 đến 40 ngày' measured time range. 'gần 1/3' a fraction: optional. District list: Liên Chiểu/Hòa Vang/Sơn Trà as locations.",
    "Distractors: 'tổng đài 1022', 'Chỉ thị số 17-CT/TU', 'Quyết định số 4218/QĐ-UBND', 'số 24 Trần Phú', the closing date.",
    "2025 targets ('phấn đấu'): 'trên 95%' over; 'giảm ít nhất 10% … so với năm 2024' a rate as the claim, at_least.",
]

emit("p339-8", TEXT, COMMENTS, {"published": "2025-01-15", "location": "Đà Nẵng"}, FIGS)
