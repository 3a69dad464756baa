"""p694-1: Thanh Hóa province portal — book fair for Ngày Sách và Văn hóa đọc Việt Nam 2024."""
from lib import write, fig, per, inh, ch, tg

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 26/04/2024 15:42
Lượt xem: 3.184

Hội sách tỉnh năm 2024 thu hút hơn 52 nghìn lượt khách

Từ ngày 19 đến 23/4/2024, tại Quảng trường Lam Sơn (TP Thanh Hóa), Sở Văn hóa, Thể thao và Du lịch tổ chức Hội sách hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3. Hội sách đã thu hút hơn 52.000 lượt khách tham quan, tăng khoảng 18% so với năm 2023.

Hội sách có 46 gian hàng của 21 nhà xuất bản, công ty phát hành sách, trưng bày khoảng 30.000 đầu sách với hơn 120.000 bản sách. Trong 5 ngày, tổng số sách bán ra đạt 38.650 bản; doanh thu ước đạt 2,35 tỷ đồng, tăng 12,4% so với hội sách năm trước. Sách thiếu nhi chiếm 41,2% số bản sách bán ra; sách kỹ năng sống và sách văn học lần lượt chiếm 23,5% và 18,7%.

Dịp này, Ban tổ chức trao tặng 3.500 cuốn sách cho thư viện trường học tại các huyện miền núi Mường Lát (1.200 cuốn), Quan Sơn (1.150 cuốn) và Bá Thước (1.150 cuốn). Cuộc thi Đại sứ Văn hóa đọc cấp tỉnh năm 2024 thu hút 86.420 bài dự thi, gấp 1,6 lần năm 2023.

Hiện toàn tỉnh có 27 thư viện cấp huyện, 559 thư viện, tủ sách cấp xã và hơn 2.100 thư viện trường học. Tỷ lệ người dân có thói quen đọc sách thường xuyên ước đạt 32%. Theo Kế hoạch số 118/KH-UBND, tỉnh phấn đấu đến năm 2025 nâng tỷ lệ này lên 40% và 100% xã, phường, thị trấn có thư viện hoặc tủ sách công cộng.

Ban Biên tập Cổng thông tin điện tử tỉnh - Số 35 Đại lộ Lê Lợi, TP Thanh Hóa - Điện thoại: 0237.3852.416
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
FAIR = per("Từ ngày 19 đến 23/4/2024", "2024-04-19", "2024-04-23", inherited=True)
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("thu hút hơn 52 nghìn lượt khách", "52", 52000, "count", "lượt khách",
        "lượt khách tham quan Hội sách tỉnh", Y24, approx="over"),
    fig("hơn 52.000 lượt khách tham quan", "52.000", 52000, "count", "lượt khách",
        "lượt khách tham quan Hội sách", FAIR, approx="over",
        change=ch("increase", 18, "%", "năm 2023", approx="about")),
    fig("có 46 gian hàng", "46", 46, "count", "gian hàng", "gian hàng tại Hội sách", inh(FAIR)),
    fig("của 21 nhà xuất bản", "21", 21, "count", "nhà xuất bản, công ty phát hành sách",
        "nhà xuất bản, công ty phát hành sách tham gia Hội sách", inh(FAIR)),
    fig("khoảng 30.000 đầu sách", "30.000", 30000, "count", "đầu sách",
        "đầu sách trưng bày tại Hội sách", inh(FAIR), approx="about"),
    fig("hơn 120.000 bản sách", "120.000", 120000, "count", "bản sách",
        "bản sách trưng bày tại Hội sách", inh(FAIR), approx="over"),
    fig("đạt 38.650 bản", "38.650", 38650, "count", "bản", "tổng số sách bán ra", inh(FAIR)),
    fig("ước đạt 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "doanh thu Hội sách", inh(FAIR),
        status="estimate", change=ch("increase", 12.4, "%", "hội sách năm trước")),
    fig("chiếm 41,2%", "41,2", 41.2, "percent", "%", "sách thiếu nhi trong số bản sách bán ra", inh(FAIR)),
    fig("23,5% và", "23,5", 23.5, "percent", "%", "sách kỹ năng sống trong số bản sách bán ra", inh(FAIR)),
    fig("và 18,7%", "18,7", 18.7, "percent", "%", "sách văn học trong số bản sách bán ra", inh(FAIR)),
    fig("tặng 3.500 cuốn sách", "3.500", 3500, "count", "cuốn sách",
        "sách trao tặng thư viện trường học các huyện miền núi"),
    fig("Mường Lát (1.200 cuốn)", "1.200", 1200, "count", "cuốn",
        "sách trao tặng thư viện trường học", total=3500, location="Mường Lát"),
    fig("Quan Sơn (1.150 cuốn)", "1.150", 1150, "count", "cuốn",
        "sách trao tặng thư viện trường học", total=3500, location="Quan Sơn"),
    fig("Bá Thước (1.150 cuốn)", "1.150", 1150, "count", "cuốn",
        "sách trao tặng thư viện trường học", total=3500, location="Bá Thước"),
    fig("thu hút 86.420 bài dự thi", "86.420", 86420, "count", "bài dự thi",
        "bài dự thi Cuộc thi Đại sứ Văn hóa đọc cấp tỉnh", Y24,
        change=ch("increase", 1.6, "lần", "năm 2023")),
    fig("có 27 thư viện cấp huyện", "27", 27, "count", "thư viện cấp huyện", "thư viện cấp huyện"),
    fig("559 thư viện, tủ sách cấp xã", "559", 559, "count", "thư viện, tủ sách cấp xã",
        "thư viện, tủ sách cấp xã"),
    fig("hơn 2.100 thư viện trường học", "2.100", 2100, "count", "thư viện trường học",
        "thư viện trường học", approx="over"),
    fig("ước đạt 32%", "32", 32, "percent", "%", "tỷ lệ người dân có thói quen đọc sách thường xuyên",
        status="estimate"),
    fig("lên 40%", "40", 40, "percent", "%", "tỷ lệ người dân có thói quen đọc sách thường xuyên", T25,
        status="target"),
    fig("40% và 100% xã", "100", 100, "percent", "%",
        "xã, phường, thị trấn có thư viện hoặc tủ sách công cộng", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa: Hội sách hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 2024 (19-23/4/2024). Dateline 'Cập nhật: 26/04/2024 15:42'.",
    "Not figures: 'Lượt xem: 3.184', 'lần thứ 3', 'Trong 5 ngày' (duration locating the sales), 'Kế hoạch số 118/KH-UBND', address, phone.",
    "The fair's day range is the inherited period of the body figures (not scored); the headline's 'năm 2024' is scored.",
    "'gấp 1,6 lần năm 2023' after 86.420 bài dự thi is its change (increase, lần), not a multiple figure.",
    "District items in brackets add up to 3.500 (total); each district is the item's location. 'tỷ lệ này' = the reading-habit rate.",
]

if __name__ == "__main__":
    write("p694-1", TEXT, COMMENTS, FIGS, published="2024-04-26", location="Thanh Hóa")
