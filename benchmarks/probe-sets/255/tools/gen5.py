from lib import F, P, CH, TG, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Tin tức - Sự kiện / Đất đai

Cả nước cơ bản hoàn thành cấp giấy chứng nhận quyền sử dụng đất lần đầu
Ngày đăng: 26/12/2024 | Lượt xem: 3.120

Theo báo cáo của Cục Đăng ký và Dữ liệu thông tin đất đai, tính đến hết tháng 11/2024, cả nước đã cấp giấy chứng nhận quyền sử dụng đất (GCN) lần đầu đạt 97,4% diện tích các loại đất cần cấp; trong đó đất sản xuất nông nghiệp đạt 92,3%, đất lâm nghiệp 98,1%, đất ở đô thị 97,6% và đất chuyên dùng 85,2%.

Một số địa phương có tỷ lệ cấp GCN lần đầu còn thấp là Lai Châu (71,5%), Đắk Nông (78,2%) và Kon Tum (80,4%). Hiện cả nước còn khoảng 2,2 triệu thửa đất chưa được cấp GCN lần đầu, tập trung ở Tây Nguyên và miền núi phía Bắc.

Về xây dựng cơ sở dữ liệu (CSDL) đất đai, 63/63 tỉnh, thành phố đã triển khai; 312/705 đơn vị hành chính cấp huyện đã hoàn thành, chiếm 44,3%, trong đó 260 đơn vị đang vận hành, khai thác trực tuyến. Tổng số thửa đất đã có trong CSDL khoảng 61,5 triệu thửa.

Năm 2024, các Văn phòng đăng ký đất đai trên cả nước ước tiếp nhận hơn 5,6 triệu hồ sơ đăng ký biến động, tăng khoảng 7% so với năm 2023; thu nghĩa vụ tài chính về đất đai ước đạt 168,3 nghìn tỷ đồng.

Từ ngày 1/8/2024, khi Luật Đất đai năm 2024 và Nghị định số 101/2024/NĐ-CP có hiệu lực, thời hạn đăng ký biến động rút xuống không quá 10 ngày làm việc. Mục tiêu đến năm 2025, 100% đơn vị hành chính cấp huyện hoàn thành CSDL đất đai, kết nối với Cơ sở dữ liệu quốc gia về dân cư theo Đề án 06.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường - Số 10 Tôn Thất Thuyết, Hà Nội
"""

NOV = P("tính đến hết tháng 11/2024", None, "2024-11-30")
NOVi = P("tính đến hết tháng 11/2024", None, "2024-11-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "tỷ lệ diện tích cấp GCN lần đầu"

FIGS = [
    F("đạt 97,4%", "97,4", 97.4, "percent", "%", "tỷ lệ diện tích các loại đất cần cấp được cấp GCN lần đầu", NOV),
    F("nông nghiệp đạt 92,3%", "92,3", 92.3, "percent", "%", "tỷ lệ diện tích đất sản xuất nông nghiệp cấp GCN lần đầu", NOV),
    F("lâm nghiệp 98,1%", "98,1", 98.1, "percent", "%", "tỷ lệ diện tích đất lâm nghiệp cấp GCN lần đầu", NOV),
    F("đô thị 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ diện tích đất ở đô thị cấp GCN lần đầu", NOV),
    F("chuyên dùng 85,2%", "85,2", 85.2, "percent", "%", "tỷ lệ diện tích đất chuyên dùng cấp GCN lần đầu", NOV),
    F("Lai Châu (71,5%)", "71,5", 71.5, "percent", "%", "tỷ lệ cấp GCN lần đầu", NOVi, location="Lai Châu"),
    F("Đắk Nông (78,2%)", "78,2", 78.2, "percent", "%", "tỷ lệ cấp GCN lần đầu", NOVi, location="Đắk Nông"),
    F("Kon Tum (80,4%)", "80,4", 80.4, "percent", "%", "tỷ lệ cấp GCN lần đầu", NOVi, location="Kon Tum"),
    F("khoảng 2,2 triệu thửa", "2,2", 2200000, "count", "thửa đất", "thửa đất chưa được cấp GCN lần đầu", approx="about"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố triển khai xây dựng CSDL đất đai", total=63),
    F("312/705 đơn vị", "312", 312, "count", "đơn vị hành chính cấp huyện",
      "đơn vị hành chính cấp huyện hoàn thành CSDL đất đai", total=705, percent=44.3),
    F("260 đơn vị", "260", 260, "count", "đơn vị", "đơn vị đang vận hành, khai thác CSDL trực tuyến", total=312),
    F("khoảng 61,5 triệu thửa", "61,5", 61500000, "count", "thửa", "Tổng số thửa đất đã có trong CSDL", approx="about"),
    F("hơn 5,6 triệu hồ sơ", "5,6", 5600000, "count", "hồ sơ", "hồ sơ đăng ký biến động tiếp nhận", Y24,
      approx="over", status="estimate", change=CH("increase", 7, "%", "năm 2023", approx="about")),
    F("168,3 nghìn tỷ đồng", "168,3", 168300000000000, "money", "đồng", "thu nghĩa vụ tài chính về đất đai", Y24,
      status="estimate"),
    F("không quá 10 ngày", "10", 10, "measure", "ngày làm việc", "thời hạn đăng ký biến động", approx="at_most",
      optional=True),
    F("2025, 100% đơn vị", "100", 100, "percent", "%", "đơn vị hành chính cấp huyện hoàn thành CSDL đất đai",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Ministry site (Bộ TN&MT), 'Ngày đăng: 26/12/2024 | Lượt xem: 3.120': national GCN coverage, land database, registrations 2024.",
    "National figures: default location Việt Nam; the province list (Lai Châu, Đắk Nông, Kon Tum) gives those items their province.",
    "'tính đến hết tháng 11/2024' -> as-of 2024-11-30 for the lead sentence and its 'trong đó' list (same sentence, scored);",
    "shares are percents, so the 'trong đó' items get no total (a percent has no whole). The province list inherits the as-of date.",
    "'63/63' total 63; '312/705 ..., chiếm 44,3%' total and percent; '260 đơn vị' after 'trong đó' -> total 312.",
    "Stocks introduced by 'Hiện' carry no period phrase: left null. 'ước tiếp nhận hơn 5,6 triệu', 'ước đạt 168,3 nghìn tỷ' -> estimate.",
    "'tăng khoảng 7% so với năm 2023' change with approx about. '168,3 nghìn tỷ đồng' = 1.683e14.",
    "'không quá 10 ngày làm việc' is a legal time limit: optional. 'đến năm 2025, 100% ...' target.",
    "Distractors: 'Luật Đất đai năm 2024', 'Nghị định số 101/2024/NĐ-CP', 'Từ ngày 1/8/2024', 'Đề án 06', address 'Số 10 Tôn Thất Thuyết', view counter.",
]

emit("p255-5", TEXT, COMMENTS, FIGS, published="2024-12-26", location="Việt Nam")
