from lib import F, P, I, CH, T, emit

TEXT = """EVNSPC - TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM
Tin tức > Hoạt động sản xuất kinh doanh
22-11-2023 | 08:45

Cà Mau: Điện khí hóa nuôi tôm, 10 tháng bán gần 248 triệu kWh cho thủy sản

Những năm gần đây, nhu cầu sử dụng điện phục vụ nuôi tôm siêu thâm canh, thâm canh trên địa bàn tỉnh Cà Mau tăng mạnh. Theo Công ty Điện lực Cà Mau, 10 tháng năm 2023, sản lượng điện cung cấp cho nuôi trồng thủy sản đạt 247,8 triệu kWh, chiếm 14,6% tổng điện thương phẩm, tăng 16,7% so với cùng kỳ.

Hiện toàn tỉnh có 9.860 khách hàng sử dụng điện phục vụ nuôi tôm với diện tích hơn 12.400 ha, trong đó nuôi siêu thâm canh khoảng 3.150 ha. Huyện Đầm Dơi có nhiều khách hàng nhất (2.945 khách hàng), tiếp đến là Cái Nước (2.106 khách hàng) và Trần Văn Thời (1.874 khách hàng).

Sử dụng điện thay dầu diesel để chạy máy quạt, máy bơm giúp người nuôi giảm chi phí từ 25 đến 30%, tương đương 15-20 triệu đồng/ha/vụ.

Giai đoạn 2021-2023, Công ty đã đầu tư 318,5 tỷ đồng xây dựng 426 km đường dây trung thế và 1.185 trạm biến áp với tổng dung lượng 58.620 kVA phục vụ các vùng nuôi tôm tập trung. Tuy nhiên, 10 tháng năm 2023 vẫn xảy ra 7 vụ tai nạn điện liên quan đến ao nuôi, làm 3 người tử vong, giảm 4 vụ so với cùng kỳ.

Năm 2024, Công ty dự kiến đầu tư thêm khoảng 95 tỷ đồng; phấn đấu đến cuối năm 2025, 100% vùng nuôi tôm tập trung được cấp điện ổn định. Khách hàng cần hỗ trợ liên hệ Tổng đài 19001006 hoặc Công ty Điện lực Cà Mau, số 99 Lý Thường Kiệt, Phường 7, TP Cà Mau.
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
G2123 = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")

FIGS = [
    F("bán gần 248 triệu kWh", "248", 248e6, "measure", "kWh", "điện bán cho thủy sản",
      P("10 tháng", "2023-01-01", "2023-10-31"), approx="nearly"),
    F("đạt 247,8 triệu kWh", "247,8", 247.8e6, "measure", "kWh", "sản lượng điện cung cấp cho nuôi trồng thủy sản", M10,
      percent=14.6, change=CH("increase", 16.7, "%", "cùng kỳ")),
    F("có 9.860 khách hàng", "9.860", 9860, "count", "khách hàng", "khách hàng sử dụng điện phục vụ nuôi tôm"),
    F("hơn 12.400 ha", "12.400", 12400, "measure", "ha", "diện tích nuôi tôm sử dụng điện", approx="over"),
    F("khoảng 3.150 ha", "3.150", 3150, "measure", "ha", "diện tích nuôi siêu thâm canh", approx="about", total=12400),
    F("(2.945 khách hàng)", "2.945", 2945, "count", "khách hàng", "khách hàng sử dụng điện phục vụ nuôi tôm", location="Đầm Dơi"),
    F("(2.106 khách hàng)", "2.106", 2106, "count", "khách hàng", "khách hàng sử dụng điện phục vụ nuôi tôm", location="Cái Nước"),
    F("(1.874 khách hàng)", "1.874", 1874, "count", "khách hàng", "khách hàng sử dụng điện phục vụ nuôi tôm",
      location="Trần Văn Thời"),
    F("từ 25 đến 30%", "25", 25, "percent", "%", "chi phí người nuôi giảm khi dùng điện thay dầu diesel", value_max=30),
    F("tương đương 15-20 triệu", "15", 15e6, "money", "đồng/ha/vụ", "chi phí người nuôi giảm", value_max=20e6),
    F("đầu tư 318,5 tỷ đồng", "318,5", 318.5e9, "money", "đồng", "vốn đầu tư lưới điện phục vụ nuôi tôm", G2123),
    F("dựng 426 km", "426", 426, "measure", "km", "đường dây trung thế xây dựng", G2123),
    F("và 1.185 trạm", "1.185", 1185, "count", "trạm biến áp", "trạm biến áp xây dựng", G2123),
    F("58.620 kVA", "58.620", 58620, "measure", "kVA", "tổng dung lượng trạm biến áp", G2123),
    F("ra 7 vụ", "7", 7, "count", "vụ", "tai nạn điện liên quan đến ao nuôi", M10,
      change=CH("decrease", 4, "vụ", "cùng kỳ")),
    F("làm 3 người", "3", 3, "count", "người", "người tử vong do tai nạn điện", M10),
    F("khoảng 95 tỷ đồng", "95", 95e9, "money", "đồng", "vốn đầu tư thêm", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="forecast"),
    F("2025, 100%", "100", 100, "percent", "%", "vùng nuôi tôm tập trung được cấp điện ổn định",
      P("đến cuối năm 2025", end="2025-12-31"), status="target"),
]

emit("p511-8", TEXT, [
    "EVNSPC (power corporation) site, dateline '22-11-2023 | 08:45': electricity for shrimp farming in Cà Mau; sales Jan-Oct 2023, customers, area, savings,",
    "grid investment 2021-2023, electrical accidents, 2024/2025 plans.",
    "Headline '10 tháng' takes 2023 from the dateline. 'Hiện' -> no period. The district list has no cue and does not add up -> no total.",
    "'giảm chi phí từ 25 đến 30%' is a rate that is the claim (percent, no change); 'tương đương 15-20 triệu đồng/ha/vụ' is its own money figure.",
    "'giảm 4 vụ so với cùng kỳ' is the change of the 7 accidents (the clause 'làm 3 người tử vong' stands between).",
    "Distractors: 08:45, Tổng đài 19001006, số 99 Lý Thường Kiệt, Phường 7, district name Trần Văn Thời (a person's name).",
], FIGS, published="2023-11-22", location="Cà Mau")
