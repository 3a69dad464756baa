from lib import F, P, emit

TEXT = """Lâm Đồng thu hơn 410 tỷ đồng tiền dịch vụ môi trường rừng năm 2024
Cập nhật: 10/01/2025 08:45
Lượt xem: 2.316

Sáng 9/1, Quỹ Bảo vệ và Phát triển rừng tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác chi trả dịch vụ môi trường rừng (DVMTR) năm 2024, triển khai nhiệm vụ năm 2025.

Theo báo cáo, năm 2024 Quỹ đã thu được 412,6 tỷ đồng tiền DVMTR, đạt 108,2% kế hoạch, tăng 6,4% so với năm 2023. Trong đó, thu từ các nhà máy thủy điện 371,3 tỷ đồng, chiếm 90% tổng số thu; từ các cơ sở sản xuất, cung ứng nước sạch 12,8 tỷ đồng; từ các tổ chức kinh doanh dịch vụ du lịch 28,5 tỷ đồng. Hiện toàn tỉnh có 64 nhà máy thủy điện, 11 cơ sở cung ứng nước sạch và 132 đơn vị kinh doanh du lịch có nghĩa vụ chi trả.

Số tiền trên được chi trả cho 412.845 ha rừng có cung ứng DVMTR, chiếm khoảng 77% diện tích có rừng của tỉnh. Đơn giá bình quân năm 2024 đạt 742.000 đồng/ha; lưu vực có đơn giá cao nhất là thủy điện Đa Nhim với 1,05 triệu đồng/ha, thấp nhất là lưu vực sông La Ngà với 286.000 đồng/ha. Các chủ rừng là tổ chức nhận 168,4 tỷ đồng; 12.730 hộ gia đình, cá nhân và 71 cộng đồng dân cư thôn nhận khoán bảo vệ rừng nhận 229,2 tỷ đồng, bình quân mỗi hộ khoảng 18 triệu đồng/năm.

Đến ngày 31/12/2024, toàn tỉnh còn 5 đơn vị chậm nộp tiền DVMTR, trong đó có 3 nhà máy thủy điện; tổng số tiền chậm nộp gần 9,7 tỷ đồng.

Năm 2025, Quỹ phấn đấu thu đạt 420 tỷ đồng, giải ngân trên 95% số tiền phải chi trả trước ngày 30/6. Mọi ý kiến phản ánh xin liên hệ đường dây nóng 0263.3822.415 hoặc số 12 Hoàng Văn Thụ, TP Đà Lạt.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
AS = P("Đến ngày 31/12/2024", None, "2024-12-31")
B = 412.6e9

FIGS = [
    F("thu hơn 410 tỷ đồng", "410", 410e9, "money", "đồng", "tiền dịch vụ môi trường rừng thu được", Y24, approx="over"),
    F("thu được 412,6 tỷ đồng", "412,6", 412.6e9, "money", "đồng", "tiền DVMTR Quỹ thu được", Y24, percent=108.2,
      change={"direction": "increase", "value": 6.4, "unit": "%", "baseline": "năm 2023"}),
    F("thủy điện 371,3 tỷ đồng", "371,3", 371.3e9, "money", "đồng", "tiền DVMTR thu từ các nhà máy thủy điện", Y24i,
      total=B, percent=90),
    F("nước sạch 12,8 tỷ đồng", "12,8", 12.8e9, "money", "đồng", "tiền DVMTR thu từ các cơ sở sản xuất, cung ứng nước sạch", Y24i, total=B),
    F("du lịch 28,5 tỷ đồng", "28,5", 28.5e9, "money", "đồng", "tiền DVMTR thu từ các tổ chức kinh doanh dịch vụ du lịch", Y24i, total=B),
    F("có 64 nhà máy thủy điện", "64", 64, "count", "nhà máy thủy điện", "nhà máy thủy điện có nghĩa vụ chi trả DVMTR"),
    F("11 cơ sở cung ứng", "11", 11, "count", "cơ sở cung ứng nước sạch", "cơ sở cung ứng nước sạch có nghĩa vụ chi trả DVMTR"),
    F("132 đơn vị kinh doanh", "132", 132, "count", "đơn vị kinh doanh du lịch", "đơn vị kinh doanh du lịch có nghĩa vụ chi trả DVMTR"),
    F("cho 412.845 ha rừng", "412.845", 412845, "measure", "ha", "diện tích rừng có cung ứng DVMTR được chi trả", Y24i, percent=77),
    F("đạt 742.000 đồng/ha", "742.000", 742000, "money", "đồng/ha", "đơn giá chi trả DVMTR bình quân", Y24),
    F("với 1,05 triệu đồng/ha", "1,05", 1050000, "money", "đồng/ha", "đơn giá chi trả DVMTR lưu vực cao nhất (thủy điện Đa Nhim)", Y24),
    F("với 286.000 đồng/ha", "286.000", 286000, "money", "đồng/ha", "đơn giá chi trả DVMTR lưu vực thấp nhất (sông La Ngà)", Y24),
    F("tổ chức nhận 168,4 tỷ đồng", "168,4", 168.4e9, "money", "đồng", "tiền DVMTR chi trả cho chủ rừng là tổ chức", Y24i),
    F("12.730 hộ gia đình", "12.730", 12730, "count", "hộ gia đình", "hộ gia đình, cá nhân nhận khoán bảo vệ rừng được chi trả DVMTR", Y24i),
    F("71 cộng đồng", "71", 71, "count", "cộng đồng dân cư thôn", "cộng đồng dân cư thôn nhận khoán bảo vệ rừng được chi trả DVMTR", Y24i),
    F("rừng nhận 229,2 tỷ đồng", "229,2", 229.2e9, "money", "đồng", "tiền DVMTR chi trả cho hộ gia đình, cá nhân và cộng đồng nhận khoán", Y24i),
    F("khoảng 18 triệu đồng/năm", "18", 18e6, "money", "đồng/năm", "tiền DVMTR bình quân mỗi hộ nhận", Y24i, approx="about"),
    F("còn 5 đơn vị chậm nộp", "5", 5, "count", "đơn vị", "đơn vị chậm nộp tiền DVMTR", AS),
    F("có 3 nhà máy thủy điện", "3", 3, "count", "nhà máy thủy điện", "nhà máy thủy điện chậm nộp tiền DVMTR", AS, total=5),
    F("gần 9,7 tỷ đồng", "9,7", 9.7e9, "money", "đồng", "tổng số tiền DVMTR chậm nộp", AS, approx="nearly"),
    F("thu đạt 420 tỷ đồng", "420", 420e9, "money", "đồng", "tiền DVMTR thu", Y25, status="target"),
    F("giải ngân trên 95%", "95", 95, "percent", "%", "tỷ lệ giải ngân số tiền DVMTR phải chi trả", P("trước ngày 30/6", None, "2025-06-30"), approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Lâm Đồng (province portal): PFES (DVMTR) collection and payments 2024, 2025 targets. Dateline 'Cập nhật: 10/01/2025 08:45'.",
    "Distractors: 'Lượt xem: 2.316' (counter), 'Sáng 9/1', hotline 0263.3822.415, address 'số 12 Hoàng Văn Thụ'.",
    "'Trong đó' after 412,6 tỷ: the three sources (they add up) take it as total; 'chiếm 90%' is the share of 371,3 tỷ; 'đạt 108,2% kế hoạch' the share of 412,6 tỷ.",
    "Operator counts ('Hiện toàn tỉnh có …') have no period. Rates per hectare are money with unit 'đồng/ha'. Watershed names are not places (location stays Lâm Đồng).",
    "'5 đơn vị …, trong đó có 3 nhà máy thủy điện': the 3 plants are among the 5 units (same thing, narrower noun): total 5. '9,7 tỷ' after ';' is the amount owed",
    "by all 5 units (no part cue), with the as-of date of the same sentence.",
    "2025 targets: 'phấn đấu' makes both figures status target; 'trên 95%' approx over. The disbursement target is due 'trước ngày 30/6' (of 2025): an as-of end date",
    "for that figure (start null, end 2025-06-30); 420 tỷ keeps 'Năm 2025'.",
    "revised after the first run: the 95% figure's period was 'Năm 2025'; the deadline phrase in its own clause is the nearer time phrase, so it gives the as-of end 2025-06-30.",
]

emit("p331-1", TEXT, COMMENTS, FIGS, published="2025-01-10", location="Lâm Đồng")
