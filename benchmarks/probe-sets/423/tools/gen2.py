from lib import F, P, emit

TEXT = """SỞ DU LỊCH THÀNH PHỐ ĐÀ NẴNG
Công suất phòng khách sạn quý III/2024 đạt bình quân 62,4%
Ngày đăng: 14/10/2024 | Lượt xem: 1.086

Theo số liệu tổng hợp của Sở Du lịch, tính đến 30/9/2024, toàn thành phố có 1.352 cơ sở lưu trú du lịch với 50.215 phòng, tăng 47 cơ sở so với cuối năm 2023. Trong đó, có 98 khách sạn từ 4 - 5 sao với 21.640 phòng, chiếm 43,1% tổng số phòng.

Trong quý III/2024, công suất sử dụng phòng bình quân toàn thành phố đạt 62,4%, tăng 5,8 điểm phần trăm so với cùng kỳ năm 2023 nhưng giảm 3,1 điểm phần trăm so với quý II. Công suất theo hạng cơ sở lưu trú như sau:

Bảng 1. Công suất sử dụng phòng bình quân (%)
Hạng cơ sở | Quý III/2023 | Quý III/2024 | 9 tháng 2024
Khách sạn 5 sao | 61,2 | 68,5 | 66,9
Khách sạn 4 sao | 58,7 | 64,3 | 63,0
Khách sạn 3 sao | 52,4 | 57,9 | 56,2
Khách sạn 1-2 sao, căn hộ | 41,6 | 47,3 | 45,8

Về cơ cấu thị trường, khách Hàn Quốc chiếm tỷ trọng lớn nhất trong tổng lượt khách quốc tế lưu trú với 38%, tiếp theo là Trung Quốc 9,5%, Mỹ 5,2% và Nhật Bản 4,8%. Thời gian lưu trú bình quân của khách quốc tế là 2,85 ngày/lượt khách, của khách nội địa là 1,96 ngày/lượt khách. Giá phòng bình quân tại các khách sạn 4 - 5 sao ven biển dao động từ 1,8 đến 3,2 triệu đồng/đêm.

Sở Du lịch phấn đấu công suất phòng bình quân cả năm 2024 đạt trên 60%. Các cơ sở cần cập nhật số liệu lưu trú hằng tháng qua phần mềm thống kê trước ngày 25.

Liên hệ: Sở Du lịch, số 108 Bạch Đằng, quận Hải Châu; ĐT: 0236.3550.111.
"""

PAS = P("tính đến 30/9/2024", None, "2024-09-30")
PASi = P("tính đến 30/9/2024", None, "2024-09-30", inherited=True)
PQ3 = P("quý III/2024", "2024-07-01", "2024-09-30")
PQ3i = P("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
PQ3_23 = P("Quý III/2023", "2023-07-01", "2023-09-30")
P9 = P("9 tháng 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("đạt bình quân 62,4%", "62,4", 62.4, "percent", "%", "công suất phòng khách sạn", period=PQ3),
    F("có 1.352 cơ sở", "1.352", 1352, "count", "cơ sở lưu trú du lịch", "cơ sở lưu trú du lịch",
      change={"direction": "increase", "value": 47, "unit": "cơ sở", "baseline": "cuối năm 2023"}, period=PAS),
    F("với 50.215 phòng", "50.215", 50215, "count", "phòng", "phòng của cơ sở lưu trú du lịch", period=PAS),
    F("có 98 khách sạn", "98", 98, "count", "khách sạn", "khách sạn từ 4 - 5 sao", total=1352, period=PASi),
    F("với 21.640 phòng", "21.640", 21640, "count", "phòng", "phòng khách sạn từ 4 - 5 sao",
      total=50215, percent=43.1, period=PASi),
    F("đạt 62,4%, tăng", "62,4", 62.4, "percent", "%", "công suất sử dụng phòng bình quân toàn thành phố",
      change={"direction": "increase", "value": 5.8, "unit": "điểm phần trăm", "baseline": "cùng kỳ năm 2023"},
      period=PQ3),
    F("giảm 3,1 điểm phần trăm", "3,1", 3.1, "measure", "điểm phần trăm",
      "công suất sử dụng phòng giảm so với quý II", optional=True, period=PQ3),
]

rows = [("Khách sạn 5 sao", ["61,2", "68,5", "66,9"]),
        ("Khách sạn 4 sao", ["58,7", "64,3", "63,0"]),
        ("Khách sạn 3 sao", ["52,4", "57,9", "56,2"]),
        ("Khách sạn 1-2 sao, căn hộ", ["41,6", "47,3", "45,8"])]
cols = [("Quý III/2023", PQ3_23), ("Quý III/2024", P("Quý III/2024", "2024-07-01", "2024-09-30")), ("9 tháng 2024", P9)]
for label, cells in rows:
    line = label + " | " + " | ".join(cells)
    for i, c in enumerate(cells):
        if i == 0:
            anchor = f"{label} | {c} |"
        elif i == 1:
            anchor = f"{cells[0]} | {c} |"
        else:
            anchor = f"{cells[1]} | {c}\n"
        FIGS.append(F(anchor, c, float(c.replace(",", ".")), "percent", "%",
                      f"công suất sử dụng phòng bình quân {label} {cols[i][0]}", period=cols[i][1]))

FIGS += [
    F("lưu trú với 38%", "38", 38, "percent", "%", "tỷ trọng khách Hàn Quốc trong tổng lượt khách quốc tế lưu trú",
      period=PQ3i),
    F("Trung Quốc 9,5%", "9,5", 9.5, "percent", "%", "tỷ trọng khách Trung Quốc trong tổng lượt khách quốc tế lưu trú",
      period=PQ3i),
    F("Mỹ 5,2%", "5,2", 5.2, "percent", "%", "tỷ trọng khách Mỹ trong tổng lượt khách quốc tế lưu trú", period=PQ3i),
    F("Nhật Bản 4,8%", "4,8", 4.8, "percent", "%", "tỷ trọng khách Nhật Bản trong tổng lượt khách quốc tế lưu trú",
      period=PQ3i),
    F("là 2,85 ngày/lượt khách", "2,85", 2.85, "measure", "ngày/lượt khách",
      "thời gian lưu trú bình quân của khách quốc tế", period=PQ3i),
    F("là 1,96 ngày/lượt khách", "1,96", 1.96, "measure", "ngày/lượt khách",
      "thời gian lưu trú bình quân của khách nội địa", period=PQ3i),
    F("từ 1,8 đến 3,2 triệu đồng/đêm", "1,8", 1800000, "money", "đồng/đêm",
      "giá phòng bình quân khách sạn 4 - 5 sao ven biển", value_max=3200000, period=PQ3i),
    F("đạt trên 60%", "60", 60, "percent", "%", "công suất phòng bình quân cả năm", approx="over",
      status="target", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Department site (Sở Du lịch Đà Nẵng), 'Ngày đăng: … | Lượt xem: …'; occupancy quý III/2024, flattened '|' table with '(%)' in the caption.",
    "Headline 62,4% is a figure (restated in the body). 98 khách sạn and 21.640 phòng follow 'Trong đó' after 1.352 cơ sở / 50.215 phòng:",
    "totals 1352 and 50215; 21.640 also carries 'chiếm 43,1%'. 'tăng 47 cơ sở so với cuối năm 2023' is the change of 1.352.",
    "62,4% has change +5,8 điểm phần trăm; the second change 'giảm 3,1 điểm phần trăm' is optional.",
    "Table cells: period from the column header (scored), subject = row + column label. Star classes ('5 sao', '4 - 5 sao', '1-2 sao')",
    "are labels, not figures. Market shares: list sharing one indicator. 'ngày/lượt khách' and 'đồng/đêm' are rate units.",
    "Distractors: 'Bảng 1', 'trước ngày 25', address 'số 108 Bạch Đằng', phone, view counter, 'quý II' baseline.",
]

emit(2, TEXT, COMMENTS, FIGS, published="2024-10-14", location="Đà Nẵng")
