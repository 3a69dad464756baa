from lib import F, P, CH, TG, emit

TEXT = """Thời sự › Pháp luật
Thứ hai, 21/10/2024, 07:30 (GMT+7)

Hơn 203 nghìn tỷ đồng nợ tín dụng chờ thi hành án

Tính đến ngày 30/9/2024, cơ quan thi hành án dân sự cả nước đang thụ lý khoảng 52.000 việc liên quan đến tín dụng, ngân hàng, với tổng số tiền phải thi hành hơn 203 nghìn tỷ đồng, chiếm gần 38% tổng số tiền phải thi hành của toàn hệ thống. Đáng chú ý, số tiền này hiện gấp gần 4 lần năm 2019.

Tuy nhiên, số tiền thi hành xong trong lĩnh vực này mới đạt khoảng 19.600 tỷ đồng, tương đương 9,6%, trong khi tỷ lệ chung về tiền của toàn ngành là 36,8%. Riêng năm 2023, số việc tín dụng, ngân hàng thi hành xong là 8.740 việc, giảm 6,2% so với năm 2022.

Nguyên nhân chủ yếu là tài sản bảo đảm khó bán: có tài sản phải đưa ra đấu giá từ 10 đến 15 lần, giá giảm từ 30% đến 50% so với giá khởi điểm ban đầu. Nhiều khoản vay được bảo đảm bằng đất nông nghiệp ở vùng sâu, vùng xa, có thửa chỉ rộng chưa đến 500 m2.

Ông Lê Văn Thành, Vụ trưởng Vụ Nghiệp vụ 1 (Tổng cục THADS), cho biết đến hết năm 2025, ngành phấn đấu thu hồi ít nhất 25.000 tỷ đồng từ các việc tín dụng, ngân hàng. Dự kiến khoảng 3.500 tài sản bảo đảm sẽ được đưa ra đấu giá trong quý I/2025, phần lớn tại Hà Nội, TP Hồ Chí Minh và Đồng Nai.

Theo ông Thành, việc Nghị quyết số 42/2017/QH14 về thí điểm xử lý nợ xấu hết hiệu lực từ ngày 01/01/2024 khiến thời gian xử lý mỗi vụ việc kéo dài thêm từ 6 đến 9 tháng.

MINH KHANG
"""

A = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
AI = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
B = 10**9

FIGS = [
    F("Hơn 203 nghìn tỷ đồng", "203", "money", "đồng", "nợ tín dụng chờ thi hành án", AI, 10**12, approx="over"),
    F("khoảng 52.000 việc", "52.000", "count", "việc", "việc liên quan đến tín dụng, ngân hàng đang thụ lý", A, approx="about"),
    F("hơn 203 nghìn tỷ đồng, chiếm", "203", "money", "đồng", "tổng số tiền phải thi hành liên quan đến tín dụng, ngân hàng",
      A, 10**12, approx="over", percent=38),
    F("gấp gần 4 lần", "4", "multiple", "lần", "số tiền phải thi hành liên quan đến tín dụng, ngân hàng so với năm 2019",
      None, approx="nearly"),
    F("khoảng 19.600 tỷ đồng", "19.600", "money", "đồng", "số tiền thi hành xong trong lĩnh vực tín dụng, ngân hàng", AI, B,
      approx="about", percent=9.6),
    F("là 36,8%", "36,8", "percent", "%", "tỷ lệ chung về tiền của toàn ngành", AI),
    F("là 8.740 việc", "8.740", "count", "việc", "số việc tín dụng, ngân hàng thi hành xong",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("decrease", 6.2, baseline="năm 2022")),
    F("từ 10 đến 15 lần", "10", "count", "lần", "số lần đưa tài sản ra đấu giá", None, value_max=15),
    F("từ 30% đến 50%", "30", "percent", "%", "giá tài sản giảm so với giá khởi điểm ban đầu", None, value_max=50),
    F("chưa đến 500 m2", "500", "measure", "m2", "diện tích thửa đất bảo đảm", None, approx="under"),
    F("ít nhất 25.000 tỷ đồng", "25.000", "money", "đồng", "tiền thu hồi từ các việc tín dụng, ngân hàng",
      P("đến hết năm 2025", None, "2025-12-31"), B, approx="at_least", status="target"),
    F("khoảng 3.500 tài sản", "3.500", "count", "tài sản", "tài sản bảo đảm đưa ra đấu giá",
      P("quý I/2025", "2025-01-01", "2025-03-31"), approx="about", status="forecast"),
    F("từ 6 đến 9 tháng", "6", "measure", "tháng", "thời gian xử lý mỗi vụ việc kéo dài thêm", None, value_max=9),
]

COMMENTS = [
    "National press (news site), 'Thứ hai, dd/mm/yyyy, hh:mm (GMT+7)' dateline, byline in capitals at the end; bank-credit cases awaiting enforcement.",
    "Location Việt Nam ('cả nước'); 'phần lớn tại Hà Nội, TP Hồ Chí Minh và Đồng Nai' after a national count does not make it provincial.",
    "'hơn 203 nghìn tỷ' = 2.03e14 (headline and body both figures); 'chiếm gần 38%' its share. 'gấp gần 4 lần năm 2019' stands alone",
    "(no amount in its sentence) -> a multiple figure. 'tương đương 9,6%' share of 19.600 tỷ. 'năm 2023' read as the calendar year (FIGURES.md).",
    "'từ 10 đến 15 lần' counts auctions held (count/lần, not a multiple); 'giảm từ 30% đến 50%' is itself the claim (percent range, no change).",
    "'chưa đến 500 m2' measure under; 'từ 6 đến 9 tháng' (how much longer it takes) a measure range, not a period.",
    "Targets/forecasts: 'phấn đấu ... ít nhất 25.000 tỷ' (đến hết năm 2025), 'Dự kiến khoảng 3.500 tài sản ... quý I/2025' forecast.",
    "Distractors: 'Vụ Nghiệp vụ 1', Nghị quyết số 42/2017/QH14, 'ngày 01/01/2024', '(GMT+7)', dateline.",
]

emit("p318-5", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Việt Nam")
