from lib import F, P, Y, ch, emit

TEXT = """Cổng Thông tin điện tử tỉnh Hà Tĩnh
Trang chủ > Tin tức - Sự kiện > Kinh tế

Giải ngân vốn đầu tư công đến 31/10 đạt 61,4% kế hoạch
Cập nhật: 08/11/2024 15:42 | Lượt xem: 1.207

Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng kế hoạch vốn đầu tư công năm 2024 của tỉnh Hà Tĩnh là 6.842,5 tỷ đồng, trong đó vốn ngân sách địa phương 3.915,2 tỷ đồng, vốn ngân sách trung ương 2.927,3 tỷ đồng.

Tính đến ngày 31/10/2024, toàn tỉnh đã giải ngân 4.201,3 tỷ đồng, đạt 61,4% kế hoạch, tăng 9,6% so với cùng kỳ năm 2023. Trong đó, vốn ngân sách địa phương giải ngân 2.688,6 tỷ đồng, đạt 68,7%; vốn ngân sách trung ương giải ngân 1.512,7 tỷ đồng, đạt 51,7%. Riêng 3 chương trình mục tiêu quốc gia mới giải ngân 318,4 tỷ đồng, đạt 39,2% kế hoạch. Tỷ lệ giải ngân chung của tỉnh cao hơn mức bình quân cả nước (khoảng 47,3%).

Các địa phương có tỷ lệ giải ngân cao là thị xã Kỳ Anh (82,5%), huyện Can Lộc (79,1%), huyện Đức Thọ (75,8%); một số đơn vị đạt thấp như huyện Hương Khê (38,6%), huyện Vũ Quang (41,2%).

Hiện toàn tỉnh còn 27 dự án có tỷ lệ giải ngân dưới 30%, với số vốn chưa giải ngân gần 865 tỷ đồng; trong đó có 9 dự án chưa giải ngân đồng nào, chủ yếu là dự án khởi công mới như đường ven biển Xuân Hội - Thạch Khê - Vũng Áng (giai đoạn 2), cầu Cửa Nhượng trên Quốc lộ 15B.

Tại cuộc họp ngày 6/11, Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư tập trung tháo gỡ vướng mắc, phấn đấu đến hết ngày 31/12/2024 giải ngân trên 95% kế hoạch vốn được giao, đến ngày 31/01/2025 đạt 100% theo Chỉ thị số 08/CT-UBND. Phản ánh về chậm giải ngân xin gửi về đường dây nóng 0239.3855.386.
"""

Y24 = Y(2024)
D3110 = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
D3110i = P("Tính đến ngày 31/10/2024", None, "2024-10-31", inh=True)
NOWi = P("Hiện", None, "2024-11-08", inh=True)
RATE = "tỷ lệ giải ngân"

FIGS = [
    F("31/10 đạt 61,4%", "61,4", 1, "percent", "%", "giải ngân vốn đầu tư công",
      P("đến 31/10", None, "2024-10-31")),
    F("là 6.842,5 tỷ đồng", "6.842,5", "tỷ", "money", "đồng", "tổng kế hoạch vốn đầu tư công", Y24,
      status="target"),
    F("địa phương 3.915,2 tỷ đồng", "3.915,2", "tỷ", "money", "đồng", "kế hoạch vốn ngân sách địa phương", Y24,
      total=6842500000000, status="target"),
    F("trung ương 2.927,3 tỷ đồng", "2.927,3", "tỷ", "money", "đồng", "kế hoạch vốn ngân sách trung ương", Y24,
      total=6842500000000, status="target"),
    F("giải ngân 4.201,3 tỷ đồng", "4.201,3", "tỷ", "money", "đồng", "vốn đầu tư công đã giải ngân", D3110,
      percent=61.4, change=ch("increase", 9.6, "%", "cùng kỳ năm 2023")),
    F("giải ngân 2.688,6 tỷ đồng", "2.688,6", "tỷ", "money", "đồng", "vốn ngân sách địa phương giải ngân", D3110i,
      total=4201300000000, percent=68.7),
    F("giải ngân 1.512,7 tỷ đồng", "1.512,7", "tỷ", "money", "đồng", "vốn ngân sách trung ương giải ngân", D3110i,
      total=4201300000000, percent=51.7),
    F("Riêng 3 chương trình", "3", 1, "count", "chương trình", "chương trình mục tiêu quốc gia", D3110i, optional=True),
    F("giải ngân 318,4 tỷ đồng", "318,4", "tỷ", "money", "đồng", "vốn 3 chương trình mục tiêu quốc gia giải ngân",
      D3110i, percent=39.2),
    F("(khoảng 47,3%)", "47,3", 1, "percent", "%", "mức bình quân tỷ lệ giải ngân cả nước", D3110i,
      approx="about", location="Việt Nam"),
    F("Kỳ Anh (82,5%)", "82,5", 1, "percent", "%", RATE, D3110i, location="Kỳ Anh"),
    F("Can Lộc (79,1%)", "79,1", 1, "percent", "%", RATE, D3110i, location="Can Lộc"),
    F("Đức Thọ (75,8%)", "75,8", 1, "percent", "%", RATE, D3110i, location="Đức Thọ"),
    F("Hương Khê (38,6%)", "38,6", 1, "percent", "%", RATE, D3110i, location="Hương Khê"),
    F("Vũ Quang (41,2%)", "41,2", 1, "percent", "%", RATE, D3110i, location="Vũ Quang"),
    F("còn 27 dự án", "27", 1, "count", "dự án", "dự án có tỷ lệ giải ngân dưới 30%", NOWi),
    F("dưới 30%", "30", 1, "percent", "%", "tỷ lệ giải ngân", NOWi, approx="under", optional=True),
    F("gần 865 tỷ đồng", "865", "tỷ", "money", "đồng", "số vốn chưa giải ngân", NOWi, approx="nearly"),
    F("có 9 dự án", "9", 1, "count", "dự án", "dự án chưa giải ngân đồng nào", NOWi, total=27),
    F("giải ngân trên 95%", "95", 1, "percent", "%", "giải ngân kế hoạch vốn được giao",
      P("đến hết ngày 31/12/2024", None, "2024-12-31"), approx="over", status="target"),
    F("đạt 100% theo", "100", 1, "percent", "%", "giải ngân kế hoạch vốn được giao",
      P("đến ngày 31/01/2025", None, "2025-01-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Tĩnh: giải ngân vốn đầu tư công đến 31/10/2024 — plan and its two sources, disbursed amount and sources,",
    "national average, district list, slow projects, year-end targets. 'Riêng 3 chương trình …' is part of the subject of 318,4 tỷ: optional. Dateline 'Cập nhật: 08/11/2024 15:42 | Lượt xem: 1.207'.",
    "Plan amounts (kế hoạch vốn … là) are status target; their 'trong đó' parts take the plan as total. The disbursed parts after",
    "'Trong đó,' (sentence break) take 4.201,3 tỷ as total; 'đạt 68,7%' is their share. The bracketed national average is its own",
    "figure (location Việt Nam). '9 dự án' after 'trong đó' takes the 27 projects as whole (the money 865 tỷ between counts another thing).",
    "'Hiện' gives the as-of date (inherited). 'dưới 30%' is a threshold (optional). Distractors: view counter, 'ngày 6/11', 'giai đoạn 2',",
    "'Quốc lộ 15B', 'Chỉ thị số 08/CT-UBND', hotline.",
]

emit("p446-1", TEXT, COMMENTS, FIGS, published="2024-11-08", location="Hà Tĩnh")
