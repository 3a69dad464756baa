from lib import emit, fig, per, inh, chg

TEXT = """Cổng thông tin điện tử tỉnh Quảng Ninh
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Lễ hội Xuân Yên Tử 2024: đón hơn 1,1 triệu lượt du khách
Cập nhật: 08/05/2024 10:25
Lượt xem: 3.482

Theo báo cáo của Ban Quản lý di tích và rừng quốc gia Yên Tử, từ ngày 10/2 đến ngày 5/5/2024, Khu di tích danh thắng Yên Tử đã đón hơn 1,1 triệu lượt du khách đến tham quan, chiêm bái, tăng 12,5% so với cùng kỳ năm 2023; trong đó khách quốc tế khoảng 46.000 lượt, chủ yếu đến từ Hàn Quốc, Trung Quốc và Thái Lan.

Doanh thu từ bán vé tham quan ước đạt 44,6 tỷ đồng, đạt 112% kế hoạch năm. Giá vé tham quan được giữ nguyên ở mức 40.000 đồng/lượt; giá vé cáp treo khứ hồi là 350.000 đồng/người.

Tổng số tiền công đức, tiền giọt dầu được kiểm đếm tại các chùa, am trong khu di tích là 27,6 tỷ đồng, tăng 3,1 tỷ đồng so với năm 2023. Trong đó, tiền công đức nhận qua chuyển khoản, quét mã QR chiếm 21%. Toàn bộ số tiền được nộp vào tài khoản chuyên thu của Ban Quản lý và công khai theo Thông tư số 04/2023/TT-BVHTTDL.

Các di tích khác trên địa bàn tỉnh cũng đón lượng khách lớn: chùa Ngọa Vân (thị xã Đông Triều) khoảng 185.000 lượt, đền Cửa Ông (thành phố Cẩm Phả) 240.000 lượt, chùa Long Tiên (thành phố Hạ Long) gần 160.000 lượt.

Trong mùa lễ hội, các lực lượng chức năng đã huy động 320 cán bộ, chiến sĩ bảo đảm an ninh trật tự, phân luồng giao thông trên Quốc lộ 18; không để xảy ra sự cố nghiêm trọng.

Năm 2025, Quảng Ninh phấn đấu đón 1,25 triệu lượt khách đến Yên Tử, doanh thu bán vé đạt 50 tỷ đồng.

Đường dây nóng: 0203.3660.226
Tổng truy cập: 12.604.511
"""

LEAD = per("từ ngày 10/2 đến ngày 5/5/2024", "2024-02-10", "2024-05-05")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("2024: đón hơn 1,1 triệu", "1,1", 1100000, "count", "lượt du khách",
        "lượt du khách đến Lễ hội Xuân Yên Tử", inh(LEAD), approx="over"),
    fig("đã đón hơn 1,1 triệu", "1,1", 1100000, "count", "lượt du khách",
        "lượt du khách đến tham quan, chiêm bái Khu di tích danh thắng Yên Tử", LEAD, approx="over",
        change=chg("increase", 12.5, baseline="cùng kỳ năm 2023")),
    fig("khoảng 46.000 lượt", "46.000", 46000, "count", "lượt", "khách quốc tế", LEAD,
        approx="about", total=1100000),
    fig("ước đạt 44,6 tỷ đồng", "44,6", 44600000000, "money", "đồng", "doanh thu từ bán vé tham quan", inh(LEAD),
        percent=112, status="estimate"),
    fig("mức 40.000 đồng/lượt", "40.000", 40000, "money", "đồng/lượt", "giá vé tham quan"),
    fig("là 350.000 đồng/người", "350.000", 350000, "money", "đồng/người", "giá vé cáp treo khứ hồi"),
    fig("là 27,6 tỷ đồng", "27,6", 27600000000, "money", "đồng",
        "tổng số tiền công đức, tiền giọt dầu được kiểm đếm tại các chùa, am trong khu di tích", inh(LEAD),
        change=chg("increase", 3100000000, "đồng", baseline="năm 2023")),
    fig("chiếm 21%", "21", 21, "percent", "%", "tiền công đức nhận qua chuyển khoản, quét mã QR", inh(LEAD)),
    fig("khoảng 185.000 lượt", "185.000", 185000, "count", "lượt", "lượt khách tại chùa Ngọa Vân", inh(LEAD),
        approx="about", location="Đông Triều"),
    fig("Phả) 240.000 lượt", "240.000", 240000, "count", "lượt", "lượt khách tại đền Cửa Ông", inh(LEAD),
        location="Cẩm Phả"),
    fig("gần 160.000 lượt", "160.000", 160000, "count", "lượt", "lượt khách tại chùa Long Tiên", inh(LEAD),
        approx="nearly", location="Hạ Long"),
    fig("huy động 320 cán bộ", "320", 320, "count", "cán bộ, chiến sĩ",
        "cán bộ, chiến sĩ bảo đảm an ninh trật tự, phân luồng giao thông", inh(LEAD)),
    fig("đón 1,25 triệu lượt khách", "1,25", 1250000, "count", "lượt khách", "lượt khách đến Yên Tử", Y25,
        status="target"),
    fig("đạt 50 tỷ đồng", "50", 50000000000, "money", "đồng", "doanh thu bán vé", Y25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Ninh: Lễ hội Xuân Yên Tử 2024 — lượt khách, doanh thu vé, tiền công đức, giọt dầu, di tích khác, mục tiêu 2025.",
    "Province portal: breadcrumb, 'Cập nhật: 08/05/2024 10:25', 'Lượt xem: 3.482' and footer counter (furniture). Yên Tử's own district is",
    "never named, so its figures are Quảng Ninh's; the other sites carry their bracketed town/district as location.",
    "Lead period is the day range 'từ ngày 10/2 đến ngày 5/5/2024'; later sentences of the festival inherit it (unscored).",
    "Not figures: 'Lễ hội Xuân Yên Tử 2024' (edition year), Thông tư số 04/2023/TT-BVHTTDL, Quốc lộ 18, hotline, counters.",
    "'tăng 3,1 tỷ đồng so với năm 2023' is the change of 27,6 tỷ (unit đồng); 'chiếm 21%' after 'Trong đó' is a percent figure (no whole).",
]

emit("p728-1", TEXT, COMMENTS, FIGS, published="2024-05-08", location="Quảng Ninh")
