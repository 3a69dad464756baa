from lib import F, P, C, emit

TEXT = """HỘI ĐỒNG NHÂN DÂN TỈNH BẮC GIANG
Hoạt động HĐND » Kỳ họp

Phê chuẩn quyết toán ngân sách địa phương năm 2023

Chiều 6/12, tại Kỳ họp thứ 22, HĐND tỉnh Bắc Giang khóa XIX đã thông qua Nghị quyết phê chuẩn quyết toán thu, chi ngân sách địa phương năm 2023. Nghị quyết được thông qua với 100% đại biểu có mặt tán thành (68/68 đại biểu).

Theo đó, tổng chi ngân sách địa phương năm 2023 là 31.287,6 tỷ đồng, bằng 142,3% dự toán Trung ương giao. Trong tổng chi, chi đầu tư phát triển 14.853 tỷ đồng, chiếm 47,5%; chi thường xuyên 11.962,4 tỷ đồng; chi chuyển nguồn sang năm 2024 là 4.408 tỷ đồng.

Kết dư ngân sách địa phương là 1.156,2 tỷ đồng, trong đó kết dư ngân sách cấp tỉnh 702,5 tỷ đồng, ngân sách cấp huyện 338,1 tỷ đồng, ngân sách cấp xã 115,6 tỷ đồng. Dư nợ vay của ngân sách tỉnh đến 31/12/2023 là 896,3 tỷ đồng; trong năm 2023 tỉnh trả nợ gốc 112,4 tỷ đồng, trả lãi 21,7 tỷ đồng.

Về kế hoạch đầu tư công trung hạn giai đoạn 2021-2025, tổng vốn HĐND tỉnh giao là 37.652 tỷ đồng; tính đến ngày 30/11/2024 đã giải ngân 28.420 tỷ đồng, đạt 75,5%. Năm 2025, tỉnh dự kiến bố trí từ 9.500 đến 10.000 tỷ đồng cho đầu tư phát triển, tập trung cho 12 dự án trọng điểm, trong đó có đường Vành đai IV - Vùng Thủ đô đoạn qua tỉnh.

Kỳ họp cũng thông qua Nghị quyết số 47/NQ-HĐND về kế hoạch tài chính 05 năm giai đoạn 2026-2030.

Văn phòng Đoàn ĐBQH và HĐND tỉnh - Đường Hùng Vương, TP. Bắc Giang - ĐT: 0204.3854.119
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
T = 31287.6e9

FIGS = [
    F("với 100% đại biểu", "100", 100, "percent", "%", "đại biểu có mặt tán thành"),
    F("(68/68 đại biểu)", "68", 68, "count", "đại biểu", "đại biểu tán thành", total=68),
    F("là 31.287,6 tỷ đồng", "31.287,6", T, "money", "đồng", "tổng chi ngân sách địa phương", Y23, percent=142.3),
    F("phát triển 14.853 tỷ đồng", "14.853", 14853e9, "money", "đồng", "chi đầu tư phát triển", Y23i,
      total=T, percent=47.5),
    F("thường xuyên 11.962,4 tỷ đồng", "11.962,4", 11962.4e9, "money", "đồng", "chi thường xuyên", Y23i, total=T),
    F("là 4.408 tỷ đồng", "4.408", 4408e9, "money", "đồng", "chi chuyển nguồn sang năm 2024", Y23i, total=T),
    F("là 1.156,2 tỷ đồng", "1.156,2", 1156.2e9, "money", "đồng", "kết dư ngân sách địa phương", Y23i),
    F("tỉnh 702,5 tỷ đồng", "702,5", 702.5e9, "money", "đồng", "kết dư ngân sách cấp tỉnh", Y23i, total=1156.2e9),
    F("huyện 338,1 tỷ đồng", "338,1", 338.1e9, "money", "đồng", "kết dư ngân sách cấp huyện", Y23i, total=1156.2e9),
    F("xã 115,6 tỷ đồng", "115,6", 115.6e9, "money", "đồng", "kết dư ngân sách cấp xã", Y23i, total=1156.2e9),
    F("là 896,3 tỷ đồng", "896,3", 896.3e9, "money", "đồng", "dư nợ vay của ngân sách tỉnh",
      P("đến 31/12/2023", None, "2023-12-31")),
    F("gốc 112,4 tỷ đồng", "112,4", 112.4e9, "money", "đồng", "trả nợ gốc", P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("lãi 21,7 tỷ đồng", "21,7", 21.7e9, "money", "đồng", "trả lãi", P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("là 37.652 tỷ đồng", "37.652", 37652e9, "money", "đồng", "tổng vốn kế hoạch đầu tư công trung hạn HĐND tỉnh giao",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("giải ngân 28.420 tỷ đồng", "28.420", 28420e9, "money", "đồng", "vốn đầu tư công trung hạn giải ngân",
      P("tính đến ngày 30/11/2024", None, "2024-11-30"), percent=75.5),
    F("từ 9.500 đến 10.000 tỷ đồng", "9.500", 9500e9, "money", "đồng", "vốn bố trí cho đầu tư phát triển",
      P("Năm 2025", "2025-01-01", "2025-12-31"), value_max=10000e9, status="forecast"),
    F("cho 12 dự án", "12", 12, "count", "dự án", "dự án trọng điểm",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    F("tài chính 05 năm", "05", 5, "measure", "năm", "kế hoạch tài chính", optional=True),
]

COMMENTS = [
    "Provincial council site (HĐND tỉnh Bắc Giang): approval of the 2023 local budget final accounts (quyết toán), debt, medium-term investment.",
    "No dateline at all: published null ('Chiều 6/12' has no year). 'Chiều 6/12', 'Kỳ họp thứ 22', 'khóa XIX' are not figures.",
    "The vote '100% đại biểu có mặt tán thành (68/68 đại biểu)': a percent figure and, in the bracket, a count with total 68 (a percent",
    "followed by a bracketed count: the count is its own figure, not a share).",
    "'Trong tổng chi, …' names the whole of the preceding sentence (like 'Trong 25 chỉ tiêu'): parts carry total 31.287,6 tỷ; 'chiếm 47,5%'",
    "the share. 'trong đó' under the kết dư: parts of 1.156,2 tỷ (702,5 + 338,1 + 115,6). 'sang năm 2024' is part of an item name.",
    "Medium-term plan 'tổng vốn HĐND tỉnh giao' is status target; 'đạt 75,5%' the share of 28.420 tỷ. 'dự kiến bố trí từ 9.500 đến 10.000",
    "tỷ đồng' a range forecast; '12 dự án' continues the forecast clause. 'kế hoạch tài chính 05 năm' names the plan: optional.",
    "revised: subject of 37.652 tỷ now keeps the clause's own words 'HĐND tỉnh giao' (the sentence's naming, not a paraphrase).",
    "Distractors: 'Vành đai IV', Nghị quyết số 47/NQ-HĐND, 'giai đoạn 2026-2030', phone 0204.3854.119, address.",
]

emit("p424-8", TEXT, COMMENTS, FIGS, location="Bắc Giang")
