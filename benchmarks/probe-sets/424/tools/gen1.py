from lib import F, P, C, emit

TEXT = """Cổng Thông tin điện tử tỉnh Quảng Bình
Trang chủ » Tin tức » Kinh tế - Xã hội

Quảng Bình: Giải ngân vốn đầu tư công 9 tháng đạt 58,7%
Cập nhật: 08/10/2024 16:45 | Lượt xem: 3.127

Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng kế hoạch vốn đầu tư công năm 2024 của tỉnh Quảng Bình được giao là 4.862,5 tỷ đồng. Tính đến ngày 30/9/2024, toàn tỉnh đã giải ngân 2.854 tỷ đồng. Tỷ lệ giải ngân của tỉnh đạt 58,7%, cao hơn 11,2 điểm phần trăm so với bình quân chung cả nước (47,5%).

Trong đó, vốn ngân sách địa phương giải ngân 1.736 tỷ đồng, đạt 61,4% kế hoạch; vốn ngân sách trung ương 968 tỷ đồng; vốn nước ngoài (ODA) 150 tỷ đồng, chỉ bằng 38,2% kế hoạch.

Một số địa phương có tỷ lệ giải ngân cao gồm: huyện Quảng Trạch (78,5%), thị xã Ba Đồn (72,1%), huyện Tuyên Hóa (70,3%). Ngược lại, còn 9 chủ đầu tư có tỷ lệ giải ngân dưới 30%, trong đó 3 chủ đầu tư chưa giải ngân được đồng nào với tổng vốn gần 96 tỷ đồng. Riêng dự án Đường ven biển và cầu vượt cửa Nhật Lệ 3 đã giải ngân 412 tỷ đồng, bằng 82% kế hoạch năm; dự án nâng cấp Quốc lộ 12A giải ngân khoảng 65 tỷ đồng.

Dự kiến cả năm 2024, tỉnh giải ngân khoảng 4.400 tỷ đồng. UBND tỉnh yêu cầu các chủ đầu tư phấn đấu đến ngày 31/12/2024 giải ngân đạt trên 80% và đến hết ngày 31/01/2025 đạt 95% kế hoạch vốn được giao; thực hiện nghiêm Nghị quyết số 01/NQ-CP và Công điện số 97/CĐ-TTg của Thủ tướng Chính phủ.

Mọi ý kiến phản ánh xin gửi về Sở Kế hoạch và Đầu tư, số 15 đường Hùng Vương, TP. Đồng Hới; điện thoại 0232.3822.245.
"""

D30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
D30i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
T = "tỷ lệ giải ngân"

FIGS = [
    F("9 tháng đạt 58,7%", "58,7", 58.7, "percent", "%", "giải ngân vốn đầu tư công",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("được giao là 4.862,5 tỷ đồng", "4.862,5", 4862.5e9, "money", "đồng", "tổng kế hoạch vốn đầu tư công",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("giải ngân 2.854 tỷ đồng", "2.854", 2854e9, "money", "đồng", "vốn đầu tư công giải ngân", D30),
    F("tỉnh đạt 58,7%, cao hơn", "58,7", 58.7, "percent", "%", "tỷ lệ giải ngân của tỉnh", D30i,
      change=C("increase", 11.2, "điểm phần trăm", "bình quân chung cả nước")),
    F("cả nước (47,5%)", "47,5", 47.5, "percent", "%", "tỷ lệ giải ngân bình quân chung cả nước", D30i,
      location="Việt Nam"),
    F("giải ngân 1.736 tỷ đồng", "1.736", 1736e9, "money", "đồng", "vốn ngân sách địa phương giải ngân", D30i,
      total=2854e9, percent=61.4),
    F("trung ương 968 tỷ đồng", "968", 968e9, "money", "đồng", "vốn ngân sách trung ương giải ngân", D30i,
      total=2854e9),
    F("(ODA) 150 tỷ đồng", "150", 150e9, "money", "đồng", "vốn nước ngoài (ODA) giải ngân", D30i,
      total=2854e9, percent=38.2),
    F("Quảng Trạch (78,5%)", "78,5", 78.5, "percent", "%", T, D30i, location="Quảng Trạch"),
    F("Ba Đồn (72,1%)", "72,1", 72.1, "percent", "%", T, D30i, location="Ba Đồn"),
    F("Tuyên Hóa (70,3%)", "70,3", 70.3, "percent", "%", T, D30i, location="Tuyên Hóa"),
    F("còn 9 chủ đầu tư", "9", 9, "count", "chủ đầu tư", "chủ đầu tư có tỷ lệ giải ngân dưới 30%", D30i),
    F("giải ngân dưới 30%", "30", 30, "percent", "%", "tỷ lệ giải ngân", D30i, approx="under", optional=True),
    F("trong đó 3 chủ đầu tư", "3", 3, "count", "chủ đầu tư", "chủ đầu tư chưa giải ngân được đồng nào", D30i,
      total=9),
    F("gần 96 tỷ đồng", "96", 96e9, "money", "đồng", "tổng vốn của các chủ đầu tư chưa giải ngân", D30i,
      approx="nearly"),
    F("giải ngân 412 tỷ đồng", "412", 412e9, "money", "đồng",
      "vốn giải ngân dự án Đường ven biển và cầu vượt cửa Nhật Lệ 3", D30i, percent=82),
    F("khoảng 65 tỷ đồng", "65", 65e9, "money", "đồng", "vốn giải ngân dự án nâng cấp Quốc lộ 12A", D30i,
      approx="about"),
    F("khoảng 4.400 tỷ đồng", "4.400", 4400e9, "money", "đồng", "vốn đầu tư công giải ngân",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ giải ngân", P("đến ngày 31/12/2024", None, "2024-12-31"),
      approx="over", status="target"),
    F("đạt 95% kế hoạch", "95", 95, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn được giao",
      P("đến hết ngày 31/01/2025", None, "2025-01-31"), status="target"),
]

COMMENTS = [
    "Provincial portal (Cổng TTĐT tỉnh Quảng Bình): disbursement of public investment capital to 30/9/2024, by source, districts, projects.",
    "'Cập nhật: 08/10/2024 16:45' is the dateline; 'Lượt xem: 3.127' a view counter. Headline '9 tháng' takes the year 2024 from the dateline.",
    "Allocated capital plan ('kế hoạch vốn … được giao') is status target, as a 'Kế hoạch' column would be.",
    "The rate 58,7% stands in its own sentence as a percent figure with its gap to the national average as a change in 'điểm phần trăm';",
    "the bracketed national average (47,5%) after it is a figure of its own (location Việt Nam).",
    "Sources after 'Trong đó' (new paragraph) are parts of 2.854 tỷ (1.736 + 968 + 150 = 2.854); shares 'đạt/bằng … kế hoạch' are their percent.",
    "Districts in the list are locations; the threshold 'dưới 30%' in the definition of the 9 investors is optional; 3 of them: total 9.",
    "Distractors: 'cầu vượt cửa Nhật Lệ 3', 'Quốc lộ 12A' (names), Nghị quyết số 01/NQ-CP, Công điện số 97/CĐ-TTg, address 'số 15', phone,",
    "dates 31/12/2024 and 31/01/2025 (deadlines: the targets' periods), view counter.",
]

emit("p424-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quảng Bình")
