from lib import F, P, emit

TEXT = """
Năm 2023: Giải quyết 87,4% vụ việc khiếu nại, tố cáo thuộc thẩm quyền
Ngày 22/01/2024 | 10:15 | Lượt xem: 5.871

(Thanh tra) - Sáng 19/01, Thanh tra Chính phủ tổ chức hội nghị trực tuyến tổng kết công tác năm 2023 với 63 điểm cầu. Theo báo cáo, năm 2023 các cơ quan hành chính nhà nước trên toàn quốc đã tiếp 392.547 lượt công dân, tăng 4,2% so với năm 2022, với khoảng 421 nghìn người về 287.905 vụ việc. Số đoàn đông người là 2.870 đoàn, giảm 11,5% so với năm 2022.

Các cơ quan đã tiếp nhận, xử lý 481.230 đơn, trong đó 365.014 đơn đủ điều kiện xử lý, chiếm 75,8%. Số vụ việc thuộc thẩm quyền phải giải quyết là 21.650 vụ việc (12.482 vụ việc khiếu nại, 9.168 vụ việc tố cáo).

Đã giải quyết 18.913/21.650 vụ việc, đạt 87,4% (chỉ tiêu Quốc hội giao là 85%), vượt 2,4% so với chỉ tiêu. Qua giải quyết, kiến nghị thu hồi cho Nhà nước 1,2 nghìn tỷ đồng và 98,5 ha đất; trả lại cho tổ chức, cá nhân 214 tỷ đồng, 31 ha đất; kiến nghị xử lý hành chính 1.036 người, chuyển cơ quan điều tra 47 vụ việc.

Một số địa phương có số lượt tiếp công dân lớn là Hà Nội (32.418 lượt), TP Hồ Chí Minh (28.905 lượt), Đồng Nai (11.264 lượt) và Thanh Hóa (9.870 lượt). Có 11/63 tỉnh, thành phố đạt tỷ lệ giải quyết trên 95%.

Năm 2024, ngành Thanh tra phấn đấu tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền đạt trên 85%; giải quyết dứt điểm từ 80 đến 85% số vụ việc đông người, phức tạp, kéo dài. Các địa phương tiếp tục thực hiện Chỉ thị số 35-CT/TW và Kết luận số 107-KL/TW của Bộ Chính trị; thông tin phản ánh gửi qua Đường dây nóng 080.48228.
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Giải quyết 87,4% vụ việc", "87,4", 87.4, "percent", "%", "vụ việc khiếu nại, tố cáo thuộc thẩm quyền giải quyết",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("với 63 điểm cầu", "63", 63, "count", "điểm cầu", "điểm cầu hội nghị trực tuyến", optional=True),
    F("tiếp 392.547 lượt", "392.547", 392547, "count", "lượt công dân", "lượt công dân được tiếp",
      change={"direction": "increase", "value": 4.2, "unit": "%", "baseline": "năm 2022"}, period=Y),
    F("khoảng 421 nghìn người", "421", 421000, "count", "người", "người được tiếp", approx="about", period=Y),
    F("về 287.905 vụ việc", "287.905", 287905, "count", "vụ việc", "vụ việc được tiếp", period=Y),
    F("là 2.870 đoàn", "2.870", 2870, "count", "đoàn", "đoàn đông người",
      change={"direction": "decrease", "value": 11.5, "unit": "%", "baseline": "năm 2022"}, period=Yi),
    F("xử lý 481.230 đơn", "481.230", 481230, "count", "đơn", "đơn tiếp nhận, xử lý", period=Yi),
    F("365.014 đơn", "365.014", 365014, "count", "đơn", "đơn đủ điều kiện xử lý", total=481230, percent=75.8,
      period=Yi),
    F("là 21.650 vụ việc", "21.650", 21650, "count", "vụ việc", "vụ việc thuộc thẩm quyền phải giải quyết", period=Yi),
    F("(12.482 vụ việc", "12.482", 12482, "count", "vụ việc", "vụ việc khiếu nại thuộc thẩm quyền", total=21650,
      period=Yi),
    F("9.168 vụ việc tố cáo", "9.168", 9168, "count", "vụ việc", "vụ việc tố cáo thuộc thẩm quyền", total=21650,
      period=Yi),
    F("18.913/21.650", "18.913", 18913, "count", "vụ việc", "vụ việc đã giải quyết", total=21650, percent=87.4,
      target={"value": 85, "unit": "%", "met": True},
      change={"direction": "increase", "value": 2.4, "unit": "%", "baseline": "chỉ tiêu"}, period=Yi),
    F("1,2 nghìn tỷ đồng", "1,2", 1200000000000, "money", "đồng", "kiến nghị thu hồi cho Nhà nước", period=Yi),
    F("98,5 ha đất", "98,5", 98.5, "measure", "ha", "đất kiến nghị thu hồi cho Nhà nước", period=Yi),
    F("cá nhân 214 tỷ đồng", "214", 214000000000, "money", "đồng", "trả lại cho tổ chức, cá nhân", period=Yi),
    F("31 ha đất", "31", 31, "measure", "ha", "đất trả lại cho tổ chức, cá nhân", period=Yi),
    F("1.036 người", "1.036", 1036, "count", "người", "người bị kiến nghị xử lý hành chính", period=Yi),
    F("điều tra 47 vụ việc", "47", 47, "count", "vụ việc", "vụ việc chuyển cơ quan điều tra", period=Yi),
    F("Hà Nội (32.418 lượt)", "32.418", 32418, "count", "lượt", "lượt tiếp công dân", location="Hà Nội", period=Yi),
    F("Minh (28.905 lượt)", "28.905", 28905, "count", "lượt", "lượt tiếp công dân", location="TP Hồ Chí Minh",
      period=Yi),
    F("Đồng Nai (11.264 lượt)", "11.264", 11264, "count", "lượt", "lượt tiếp công dân", location="Đồng Nai", period=Yi),
    F("Thanh Hóa (9.870 lượt)", "9.870", 9870, "count", "lượt", "lượt tiếp công dân", location="Thanh Hóa", period=Yi),
    F("Có 11/63 tỉnh", "11", 11, "count", "tỉnh, thành phố", "tỉnh, thành phố đạt tỷ lệ giải quyết trên 95%",
      total=63, period=Yi),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ giải quyết", approx="over", optional=True),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền",
      approx="over", status="target", period=Y24),
    F("từ 80 đến 85%", "80", 80, "percent", "%", "giải quyết dứt điểm số vụ việc đông người, phức tạp, kéo dài",
      value_max=85, status="target", period=Y24),
]

COMMENTS = [
    "Ministry site (Thanh tra Chính phủ, tag '(Thanh tra)'): national results of tiếp công dân and KNTC, năm 2023. Dateline 'Ngày 22/01/2024 | 10:15 | Lượt xem'.",
    "Distractors: 'Sáng 19/01', 'Chỉ thị số 35-CT/TW', 'Kết luận số 107-KL/TW', hotline 080.48228, view counter. '63 điểm cầu' optional (structure).",
    "'392.547 lượt …, tăng 4,2% so với năm 2022, với khoảng 421 nghìn người về 287.905 vụ việc': change on the lượt; 421 nghìn about.",
    "'2.870 đoàn, giảm 11,5%' in its own sentence: period inherited. '481.230 đơn, trong đó 365.014 …, chiếm 75,8%': total and percent.",
    "'21.650 vụ việc (12.482 …, 9.168 …)' bracketed breakdown adding up: totals 21650. '18.913/21.650 …, đạt 87,4% (chỉ tiêu … 85%), vượt 2,4% so với chỉ tiêu':",
    "total, percent, target (met) and a change against plan. '1,2 nghìn tỷ đồng' = 1.2e12. Province list: places are locations, subject is the list's indicator.",
    "'11/63 tỉnh, thành phố' national count (Việt Nam) with total 63; the threshold 'trên 95%' optional. 2024 targets: 'trên 85%', range 'từ 80 đến 85%'.",
]

emit("p339-2", TEXT, COMMENTS, {"published": "2024-01-22", "location": "Việt Nam"}, FIGS)
