from lib import emit, fig, P, I, C, T

TEXT = """Báo Đồng Khởi Online
Kinh tế › Nông nghiệp
Hơn 1.200 tỷ đồng đầu tư cống ngăn mặn, giữ ngọt
Cập nhật lúc 15:40, Thứ ba, 22/10/2024

(BĐK) - Giai đoạn 2021-2025, tỉnh đầu tư hơn 1.200 tỷ đồng xây dựng, nâng cấp 26 cống ngăn mặn, giữ ngọt thuộc hệ thống thủy lợi Bắc Bến Tre và Nam Bến Tre, trong đó vốn ngân sách trung ương chiếm 65%.

Từ đầu năm đến nay, tỉnh đã giải ngân 486 tỷ đồng cho các công trình này, đạt 72,5% kế hoạch vốn năm 2024, tăng 18,3% so với cùng kỳ. Trong đó, cống Tân Phú (huyện Châu Thành) giải ngân 124 tỷ đồng, cống Bình Đông (huyện Chợ Lách) 87 tỷ đồng. Cống Tân Phú nằm cạnh Quốc lộ 57C, khi hoàn thành sẽ kết hợp làm cầu giao thông.

Nhờ hệ thống cống được khép kín, trong mùa khô vừa qua độ mặn trong vùng dự án luôn dưới 1‰; diện tích lúa bị ảnh hưởng do mặn chỉ còn 120 ha, giảm gần 95% so với mùa khô 2019-2020. Cống Ba Lai đã vận hành 2.150 giờ, lấy vào khoảng 185 triệu m3 nước ngọt. Lượng nước ngọt trữ trong hệ thống Bắc Bến Tre gấp 1,5 lần năm trước.

Theo kế hoạch, năm 2025 tỉnh tiếp tục đầu tư 5 cống trên sông Hàm Luông với tổng vốn dự kiến 320 tỷ đồng, nâng diện tích được kiểm soát mặn toàn tỉnh lên 137.000 ha, gấp 1,6 lần so với năm 2020. Mức thu dịch vụ thủy lợi nội đồng hiện bình quân 250.000 đồng/ha/năm.

Ông Nguyễn Văn Ba, ngụ ấp 3, xã Phú Túc, cho biết nhờ có cống, vườn dừa và lúa của gia đình không còn bị nhiễm mặn như những năm trước.

Thanh Đồng
"""

G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-22")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Hơn 1.200 tỷ đồng đầu tư", "1.200", "money", "đồng", "vốn đầu tư cống ngăn mặn, giữ ngọt", I(G), m=1e9,
        approx="over"),
    fig("tư hơn 1.200 tỷ đồng", "1.200", "money", "đồng", "vốn đầu tư xây dựng, nâng cấp cống ngăn mặn, giữ ngọt", G,
        m=1e9, approx="over"),
    fig("nâng cấp 26 cống", "26", "count", "cống", "cống ngăn mặn, giữ ngọt được xây dựng, nâng cấp", G),
    fig("chiếm 65%", "65", "percent", "%", "vốn ngân sách trung ương trong tổng vốn đầu tư", G),
    fig("giải ngân 486 tỷ đồng", "486", "money", "đồng", "vốn giải ngân cho các công trình cống", YTD, m=1e9,
        percent=72.5, change=C("increase", 18.3, "%", "cùng kỳ")),
    fig("giải ngân 124 tỷ đồng", "124", "money", "đồng", "vốn giải ngân cống Tân Phú", I(YTD), m=1e9, total=486e9,
        location="Châu Thành"),
    fig("Lách) 87 tỷ đồng", "87", "money", "đồng", "vốn giải ngân cống Bình Đông", I(YTD), m=1e9, total=486e9,
        location="Chợ Lách"),
    fig("luôn dưới 1‰", "1", "measure", "‰", "độ mặn trong vùng dự án", approx="under"),
    fig("còn 120 ha", "120", "measure", "ha", "diện tích lúa bị ảnh hưởng do mặn",
        change=C("decrease", 95, "%", "mùa khô 2019-2020", approx="nearly")),
    fig("vận hành 2.150 giờ", "2.150", "measure", "giờ", "thời gian vận hành cống Ba Lai"),
    fig("khoảng 185 triệu m3", "185", "measure", "m3", "lượng nước ngọt lấy vào qua cống Ba Lai", m=1e6, approx="about"),
    fig("gấp 1,5 lần", "1,5", "multiple", "lần", "lượng nước ngọt trữ trong hệ thống Bắc Bến Tre so với năm trước"),
    fig("đầu tư 5 cống", "5", "count", "cống", "cống đầu tư trên sông Hàm Luông", Y25, status="target"),
    fig("dự kiến 320 tỷ đồng", "320", "money", "đồng", "tổng vốn đầu tư cống trên sông Hàm Luông", Y25, m=1e9,
        status="forecast"),
    fig("lên 137.000 ha", "137.000", "measure", "ha", "diện tích được kiểm soát mặn toàn tỉnh", Y25, status="target",
        change=C("increase", 1.6, "lần", "năm 2020")),
    fig("250.000 đồng/ha/năm", "250.000", "money", "đồng/ha/năm", "mức thu dịch vụ thủy lợi nội đồng bình quân"),
]

COMMENTS = [
    "Provincial newspaper online (Báo Đồng Khởi, Bến Tre): investment in salinity sluices; headline figure, 'Cập nhật lúc 15:40, Thứ ba, 22/10/2024', '(BĐK) -' tag.",
    "The headline's 1.200 tỷ takes the period of the lead (inherited). 'trong đó vốn ngân sách trung ương chiếm 65%' has no amount: a percent figure.",
    "'Trong đó' after 486 tỷ: the two sluices' disbursements are parts of it (total), located in their districts.",
    "'gấp 1,5 lần năm trước' standing alone is a multiple; 'gấp 1,6 lần so với năm 2020' after 137.000 ha is its change. 'mùa khô vừa qua' gives no dates.",
    "'Theo kế hoạch, năm 2025 ... đầu tư 5 cống' target; 'tổng vốn dự kiến' forecast. Distractors: 15:40, Quốc lộ 57C, ấp 3, Nguyễn Văn Ba, '2019-2020' baseline.",
]

if __name__ == "__main__":
    emit("p810-8", TEXT, COMMENTS, FIGS, published="2024-10-22", location="Bến Tre")
