from lib import F, P, write

TEXT = """SỞ NỘI VỤ TỈNH BẮC GIANG
Trang chủ / Cải cách hành chính

Công bố Chỉ số hài lòng của người dân đối với UBND cấp xã năm 2024
Ngày đăng: 16/01/2025 | Lượt xem: 874

Ngày 14/1/2025, Sở Nội vụ công bố kết quả khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của UBND cấp xã năm 2024 (ban hành kèm theo Quyết định số 2365/QĐ-UBND). Khảo sát thực hiện từ tháng 9 đến tháng 11/2024 với 10.450 phiếu hợp lệ tại 192 xã, phường, thị trấn.

Kết quả, chỉ số hài lòng chung cấp xã của tỉnh đạt 89,74%, tăng 1,86% so với năm 2023; có 186/192 xã, phường, thị trấn đạt trên 85%.

Chỉ số hài lòng cấp xã theo huyện, thành phố
Đơn vị tính: %
Huyện, thành phố
Năm 2023
Năm 2024
Thành phố Bắc Giang
91,25
93,08
Thị xã Việt Yên
89,40
91,62
Huyện Lạng Giang
87,93
88,15
Huyện Sơn Động
84,12
86,57

Xét theo 5 tiêu chí, tiêu chí tiếp cận dịch vụ đạt cao nhất với 92,3%; tiêu chí kết quả giải quyết đạt 90,1%; thấp nhất là tiêu chí tiếp nhận, xử lý góp ý, phản ánh với 84,6%. Xếp thứ nhất là phường Trần Phú (thành phố Bắc Giang) với 97,12%; xã Yên Định (huyện Sơn Động) có chỉ số thấp nhất với 78,35%.

Năm 2025, tỉnh phấn đấu chỉ số hài lòng cấp xã đạt từ 90% trở lên, không có xã dưới 80%.

Sở Nội vụ Bắc Giang - Số 2 đường Nguyễn Văn Cừ, TP Bắc Giang - ĐT: 0204.3854.716
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")

def row(place, a23, a24):
    (an23, n23, v23), (an24, n24, v24) = a23, a24
    return [
        F(an23, n23, v23, "percent", "%", "Chỉ số hài lòng cấp xã Năm 2023", period=C23, location=place),
        F(an24, n24, v24, "percent", "%", "Chỉ số hài lòng cấp xã Năm 2024", period=C24, location=place),
    ]

FIGS = [
    F("với 10.450 phiếu", "10.450", 10450, "count", "phiếu hợp lệ", "phiếu khảo sát hợp lệ",
      period=P("từ tháng 9 đến tháng 11/2024", "2024-09-01", "2024-11-30")),
    F("tại 192 xã", "192", 192, "count", "xã, phường, thị trấn", "xã, phường, thị trấn được khảo sát",
      period=P("từ tháng 9 đến tháng 11/2024", "2024-09-01", "2024-11-30")),
    F("tỉnh đạt 89,74%", "89,74", 89.74, "percent", "%", "chỉ số hài lòng chung cấp xã của tỉnh", period=Y24i),
    F("có 186/192", "186", 186, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có chỉ số hài lòng trên 85%", total=192, period=Y24i),
    F("đạt trên 85%", "85", 85, "percent", "%", "ngưỡng chỉ số hài lòng", approx="over", optional=True),
]
FIGS[2]["change"] = {"direction": "increase", "value": 1.86, "unit": "%", "baseline": "năm 2023"}
FIGS += row("Bắc Giang", ("91,25", "91,25", 91.25), ("93,08", "93,08", 93.08))
FIGS += row("Việt Yên", ("89,40", "89,40", 89.4), ("91,62", "91,62", 91.62))
FIGS += row("Lạng Giang", ("87,93", "87,93", 87.93), ("88,15", "88,15", 88.15))
FIGS += row("Sơn Động", ("84,12", "84,12", 84.12), ("86,57", "86,57", 86.57))
FIGS += [
    F("theo 5 tiêu chí", "5", 5, "count", "tiêu chí", "tiêu chí đánh giá", optional=True),
    F("với 92,3%", "92,3", 92.3, "percent", "%", "chỉ số hài lòng tiêu chí tiếp cận dịch vụ", period=Y24i),
    F("đạt 90,1%", "90,1", 90.1, "percent", "%", "chỉ số hài lòng tiêu chí kết quả giải quyết", period=Y24i),
    F("với 84,6%", "84,6", 84.6, "percent", "%", "chỉ số hài lòng tiêu chí tiếp nhận, xử lý góp ý, phản ánh", period=Y24i),
    F("Xếp thứ nhất", "nhất", 1, "rank", "hạng", "chỉ số hài lòng cấp xã phường Trần Phú", location="Bắc Giang", period=Y24i),
    F("với 97,12%", "97,12", 97.12, "percent", "%", "chỉ số hài lòng phường Trần Phú", location="Bắc Giang", period=Y24i),
    F("với 78,35%", "78,35", 78.35, "percent", "%", "chỉ số hài lòng xã Yên Định thấp nhất", location="Sơn Động", period=Y24i),
    F("đạt từ 90% trở lên", "90", 90, "percent", "%", "chỉ số hài lòng cấp xã", approx="at_least", status="target",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("dưới 80%", "80", 80, "percent", "%", "ngưỡng chỉ số hài lòng của xã", approx="under", status="target", optional=True),
]

HEADER = """Sở Nội vụ tỉnh Bắc Giang (department site), 'Ngày đăng: 16/01/2025 | Lượt xem: 874': commune-level satisfaction index 2024.
Table written one cell per line: title, 'Đơn vị tính: %', header 'Huyện, thành phố | Năm 2023 | Năm 2024', four rows of district/town/city.
Row labels are places → location (Thành phố Bắc Giang shares the province name; Thị xã Việt Yên); subject = table title + column label;
period from the column header (stated, as in shared h23/h24). '186/192' → total 192. 'tăng 1,86% so với năm 2023' → change of 89,74%.
Ward and commune named with their district in brackets → the district is the location. 'Xếp thứ nhất' is a rank (1).
'đạt trên 85%' and 'không có xã dưới 80%' are thresholds (optional); '5 tiêu chí' is structure (optional).
Distractors: Ngày 14/1/2025, Quyết định số 2365/QĐ-UBND, 'từ tháng 9 đến tháng 11/2024' (survey window, used as the period of the survey counts),
address 'Số 2 đường Nguyễn Văn Cừ', phone 0204.3854.716, Lượt xem: 874."""

write(5, TEXT, HEADER, FIGS, published="2025-01-16", location="Bắc Giang")
