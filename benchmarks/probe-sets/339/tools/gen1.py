from lib import F, P, emit

TEXT = """
Thanh Hóa: Giải quyết 91,1% vụ việc khiếu nại, tố cáo thuộc thẩm quyền trong 9 tháng
Cập nhật: 14/10/2024 08:42
Lượt xem: 2.316

Theo báo cáo của Thanh tra tỉnh, 9 tháng năm 2024, các cơ quan hành chính nhà nước trong tỉnh đã tiếp 4.865 lượt công dân (5.412 người), tăng 6,8% so với cùng kỳ năm 2023; có 27 đoàn đông người, giảm 5 đoàn so với cùng kỳ. Riêng Ban Tiếp công dân tỉnh tiếp 612 lượt, trong đó Chủ tịch UBND tỉnh tiếp định kỳ 9 kỳ với 74 lượt công dân.

Từ đầu năm đến nay, các cơ quan đã tiếp nhận 7.318 đơn (trong đó kỳ trước chuyển sang 406 đơn); qua phân loại, có 5.927 đơn đủ điều kiện xử lý, chiếm 81% tổng số đơn. Trong số đơn đủ điều kiện có 1.064 đơn khiếu nại, 389 đơn tố cáo và 4.474 đơn kiến nghị, phản ánh; số việc thuộc thẩm quyền là 259 vụ việc.

Trong 9 tháng, các cơ quan có thẩm quyền đã giải quyết 236/259 vụ việc khiếu nại, tố cáo thuộc thẩm quyền, đạt 91,1% (chỉ tiêu Thanh tra Chính phủ giao là 85%). Qua giải quyết, đã kiến nghị thu hồi cho Nhà nước 3,275 tỷ đồng và 1,46 ha đất; trả lại cho tổ chức, công dân gần 820 triệu đồng; kiến nghị xử lý hành chính 23 cá nhân, chuyển cơ quan điều tra 2 vụ việc.

Năm 2024, tỉnh phấn đấu tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền đạt trên 92%; 100% quyết định giải quyết khiếu nại có hiệu lực pháp luật được tổ chức thi hành. Mọi phản ánh xin gửi về Ban Tiếp công dân tỉnh, số 35 đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa; điện thoại 0237.3852.447. Việc tiếp công dân thực hiện theo Luật Tiếp công dân năm 2013 và Nghị định số 64/2014/NĐ-CP.
"""

Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14", inh=True)
T9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
T9i = P("Trong 9 tháng", "2024-01-01", "2024-09-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Giải quyết 91,1% vụ việc", "91,1", 91.1, "percent", "%",
      "vụ việc khiếu nại, tố cáo thuộc thẩm quyền giải quyết", period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("tiếp 4.865 lượt công dân", "4.865", 4865, "count", "lượt công dân", "lượt công dân được tiếp",
      change={"direction": "increase", "value": 6.8, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=Y9),
    F("(5.412 người)", "5.412", 5412, "count", "người", "người được tiếp", period=Y9),
    F("có 27 đoàn đông người", "27", 27, "count", "đoàn đông người", "đoàn đông người",
      change={"direction": "decrease", "value": 5, "unit": "đoàn", "baseline": "cùng kỳ"}, period=Y9),
    F("tỉnh tiếp 612 lượt", "612", 612, "count", "lượt", "lượt công dân Ban Tiếp công dân tỉnh tiếp", period=Y9i),
    F("định kỳ 9 kỳ", "9", 9, "count", "kỳ", "kỳ tiếp công dân định kỳ của Chủ tịch UBND tỉnh", period=Y9i),
    F("với 74 lượt công dân", "74", 74, "count", "lượt công dân", "lượt công dân Chủ tịch UBND tỉnh tiếp định kỳ",
      total=612, period=Y9i),
    F("tiếp nhận 7.318 đơn", "7.318", 7318, "count", "đơn", "đơn tiếp nhận", period=YTD),
    F("chuyển sang 406 đơn", "406", 406, "count", "đơn", "đơn kỳ trước chuyển sang", total=7318, period=YTD),
    F("có 5.927 đơn", "5.927", 5927, "count", "đơn", "đơn đủ điều kiện xử lý", percent=81, period=YTD),
    F("có 1.064 đơn khiếu nại", "1.064", 1064, "count", "đơn khiếu nại", "đơn khiếu nại đủ điều kiện xử lý",
      total=5927, period=YTDi),
    F("389 đơn tố cáo", "389", 389, "count", "đơn tố cáo", "đơn tố cáo đủ điều kiện xử lý", total=5927, period=YTDi),
    F("4.474 đơn kiến nghị", "4.474", 4474, "count", "đơn kiến nghị, phản ánh", "đơn kiến nghị, phản ánh đủ điều kiện xử lý",
      total=5927, period=YTDi),
    F("là 259 vụ việc", "259", 259, "count", "vụ việc", "việc thuộc thẩm quyền", period=YTDi),
    F("giải quyết 236/259", "236", 236, "count", "vụ việc", "vụ việc khiếu nại, tố cáo thuộc thẩm quyền đã giải quyết",
      total=259, percent=91.1, target={"value": 85, "unit": "%", "met": True}, period=T9),
    F("Nhà nước 3,275 tỷ đồng", "3,275", 3275000000, "money", "đồng", "kiến nghị thu hồi cho Nhà nước", period=T9i),
    F("1,46 ha đất", "1,46", 1.46, "measure", "ha", "đất kiến nghị thu hồi cho Nhà nước", period=T9i),
    F("gần 820 triệu đồng", "820", 820000000, "money", "đồng", "trả lại cho tổ chức, công dân", approx="nearly",
      period=T9i),
    F("hành chính 23 cá nhân", "23", 23, "count", "cá nhân", "cá nhân kiến nghị xử lý hành chính", period=T9i),
    F("điều tra 2 vụ việc", "2", 2, "count", "vụ việc", "vụ việc chuyển cơ quan điều tra", period=T9i),
    F("đạt trên 92%", "92", 92, "percent", "%", "tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền",
      approx="over", status="target", period=Y24),
    F("; 100% quyết định", "100", 100, "percent", "%",
      "quyết định giải quyết khiếu nại có hiệu lực pháp luật được tổ chức thi hành", status="target", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): tiếp công dân, đơn thư, giải quyết KNTC 9 months 2024. Dateline 'Cập nhật: 14/10/2024 08:42'.",
    "Distractors: 'Lượt xem: 2.316', address 'số 35 đại lộ Lê Lợi', phone 0237.3852.447, 'Luật Tiếp công dân năm 2013', 'Nghị định số 64/2014/NĐ-CP'.",
    "'4.865 lượt công dân (5.412 người), tăng 6,8%': the change crosses the bracket to 4.865; 5.412 người is a figure of its own.",
    "'giảm 5 đoàn so với cùng kỳ' is the change of 27 đoàn. 'trong đó … 9 kỳ với 74 lượt': 74 lượt is part of 612 lượt; 9 kỳ counts sessions (no total).",
    "'(trong đó kỳ trước chuyển sang 406 đơn)' part of 7.318. '5.927 đơn …, chiếm 81% tổng số đơn': percent 81, no cue for a total.",
    "'Trong số đơn đủ điều kiện có …' (after a sentence break) makes 1.064/389/4.474 parts of 5.927 (they add up).",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline. '236/259 …, đạt 91,1% (chỉ tiêu … là 85%)': total, percent and target (met).",
    "Headline '9 tháng' takes the year of the dateline. Targets 'Năm 2024, tỉnh phấn đấu … trên 92%; 100% …' status target.",
]

emit("p339-1", TEXT, COMMENTS, {"published": "2024-10-14", "location": "Thanh Hóa"}, FIGS)
