from lib import emit, fig, per, inh, chg

TEXT = """BÁO PHÚ THỌ - CƠ QUAN CỦA ĐẢNG BỘ TỈNH PHÚ THỌ
Xã hội

Khu di tích lịch sử Đền Hùng đón hơn 7,4 triệu lượt khách

(BPT) - Theo Ban Tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Giáp Thìn 2024, từ ngày 1/1 đến ngày 18/4/2024 (tức mùng 10/3 âm lịch), Khu di tích lịch sử Đền Hùng đã đón hơn 7,4 triệu lượt khách về dâng hương, tăng 6,8% so với cùng kỳ năm 2023. Riêng 10 ngày chính hội (từ ngày 9 đến ngày 18/4/2024), lượng khách đạt khoảng 3,6 triệu lượt, trong đó ngày chính lễ 18/4 ước đón 650.000 lượt.

Công tác quản lý tiền công đức được thực hiện công khai, minh bạch. Trong mùa lễ hội, Ban Quản lý Khu di tích đã tổ chức 14 đợt kiểm đếm, tổng số tiền công đức, giọt dầu thu được trên 31,7 tỷ đồng (năm 2023 là 27,9 tỷ đồng); trong đó 22,2 tỷ đồng được trích cho tu bổ, tôn tạo di tích, chiếm 70%. Bình quân mỗi lượt khách công đức khoảng 4.300 đồng.

Lực lượng y tế đã khám, cấp thuốc miễn phí cho 1.245 lượt người; Công an tỉnh tiếp nhận, trao trả 68 trường hợp thất lạc tài sản và tìm kiếm, trao trả 35 trẻ em bị lạc. Toàn khu vực bố trí 52 điểm trông giữ xe dọc Quốc lộ 2 và đại lộ Hùng Vương với sức chứa trên 20.000 xe ô tô, giá gửi xe niêm yết 30.000 đồng/lượt.

Tỉnh Phú Thọ phấn đấu đến năm 2025 đón khoảng 8 triệu lượt khách đến Khu di tích, doanh thu du lịch tăng bình quân từ 10 đến 12% mỗi năm.

Thu Hà
20/04/2024
"""

LEAD = per("từ ngày 1/1 đến ngày 18/4/2024", "2024-01-01", "2024-04-18")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("đón hơn 7,4 triệu lượt khách\n", "7,4", 7400000, "count", "lượt khách",
        "lượt khách đến Khu di tích lịch sử Đền Hùng", inh(LEAD), approx="over"),
    fig("đã đón hơn 7,4 triệu", "7,4", 7400000, "count", "lượt khách",
        "lượt khách về dâng hương tại Khu di tích lịch sử Đền Hùng", LEAD, approx="over",
        change=chg("increase", 6.8, baseline="cùng kỳ năm 2023")),
    fig("khoảng 3,6 triệu lượt", "3,6", 3600000, "count", "lượt", "lượng khách trong 10 ngày chính hội",
        per("10 ngày chính hội (từ ngày 9 đến ngày 18/4/2024)", "2024-04-09", "2024-04-18"), approx="about"),
    fig("ước đón 650.000 lượt", "650.000", 650000, "count", "lượt", "lượng khách ngày chính lễ",
        per("ngày chính lễ 18/4", "2024-04-18", "2024-04-18"), total=3600000, status="estimate"),
    fig("tổ chức 14 đợt", "14", 14, "count", "đợt kiểm đếm", "đợt kiểm đếm tiền công đức", inh(LEAD)),
    fig("trên 31,7 tỷ đồng", "31,7", 31700000000, "money", "đồng", "tổng số tiền công đức, giọt dầu thu được",
        inh(LEAD), approx="over"),
    fig("là 27,9 tỷ đồng", "27,9", 27900000000, "money", "đồng", "tổng số tiền công đức, giọt dầu thu được năm 2023",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("đó 22,2 tỷ đồng", "22,2", 22200000000, "money", "đồng", "tiền công đức trích cho tu bổ, tôn tạo di tích",
        inh(LEAD), total=31700000000, percent=70),
    fig("khoảng 4.300 đồng", "4.300", 4300, "money", "đồng/lượt khách", "tiền công đức bình quân mỗi lượt khách",
        approx="about"),
    fig("cho 1.245 lượt người", "1.245", 1245, "count", "lượt người", "lượt người được khám, cấp thuốc miễn phí"),
    fig("trả 68 trường hợp", "68", 68, "count", "trường hợp", "trường hợp thất lạc tài sản được tiếp nhận, trao trả"),
    fig("trả 35 trẻ em", "35", 35, "count", "trẻ em", "trẻ em bị lạc được tìm kiếm, trao trả"),
    fig("bố trí 52 điểm", "52", 52, "count", "điểm trông giữ xe", "điểm trông giữ xe"),
    fig("trên 20.000 xe ô tô", "20.000", 20000, "count", "xe ô tô", "sức chứa các điểm trông giữ xe", approx="over"),
    fig("niêm yết 30.000 đồng/lượt", "30.000", 30000, "money", "đồng/lượt", "giá gửi xe niêm yết"),
    fig("khoảng 8 triệu lượt khách", "8", 8000000, "count", "lượt khách", "lượt khách đến Khu di tích", T25,
        approx="about", status="target"),
    fig("từ 10 đến 12%", "10", 10, "percent", "%", "tốc độ tăng doanh thu du lịch bình quân mỗi năm", T25,
        value_max=12, status="target"),
]

COMMENTS = [
    "Báo Phú Thọ (Party newspaper, '(BPT)' tag), byline 'Thu Hà' and bare date '20/04/2024' at the end (= published).",
    "Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng 2024: lượt khách, tiền công đức, giọt dầu, y tế, an ninh, bãi xe, mục tiêu 2025. Location Phú Thọ.",
    "Periods: lead day range 1/1–18/4/2024; '10 ngày chính hội (từ ngày 9 đến ngày 18/4/2024)'; 'ngày chính lễ 18/4' a single day.",
    "'(năm 2023 là 27,9 tỷ đồng)' is a bracketed baseline amount: a figure of its own. '22,2 tỷ ... chiếm 70%' after 'trong đó' is a part",
    "of 31,7 tỷ (the whole before the bracket), with percent 70. 'khoảng 4.300 đồng' per visitor is a rate (đồng/lượt khách).",
    "Not figures: 'năm Giáp Thìn 2024', 'mùng 10/3 âm lịch', '10 ngày chính hội' (duration), Quốc lộ 2, dates.",
]

emit("p728-5", TEXT, COMMENTS, FIGS, published="2024-04-20", location="Phú Thọ")
