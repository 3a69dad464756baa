from lib import emit, fig, per, inh, chg, tgt

TEXT = """Báo Đồng Nai điện tử
Kinh tế

Doanh nghiệp đồ gỗ tìm đơn hàng mới

Ban Mai

(ĐN) - Sau giai đoạn khó khăn năm 2023, các doanh nghiệp chế biến gỗ trên địa bàn tỉnh đang dần lấy lại đơn hàng. Theo Sở Công Thương, 2 tháng đầu năm 2024, kim ngạch xuất khẩu gỗ và sản phẩm gỗ của Đồng Nai đạt gần 390 triệu USD, tăng 33% so với cùng kỳ, đứng thứ 3 trong các nhóm hàng xuất khẩu chủ lực của tỉnh, sau giày dép và máy móc thiết bị. Năm 2023, kim ngạch xuất khẩu của ngành chỉ đạt 2,05 tỷ USD, bằng 82% so với năm 2022.

Toàn tỉnh có khoảng 1.200 doanh nghiệp, cơ sở chế biến gỗ, tập trung tại huyện Trảng Bom (khoảng 260 cơ sở), TP Biên Hòa (210 cơ sở) và huyện Vĩnh Cửu (145 cơ sở); trong số 320 doanh nghiệp có hoạt động xuất khẩu, có 152 doanh nghiệp FDI. Ngành đang sử dụng trên 120.000 lao động; nhiều doanh nghiệp đã tuyển thêm 10-15% lao động so với cuối năm 2023.

Tại Hội chợ Đồ gỗ và Nội thất xuất khẩu Việt Nam lần thứ 16 (VIFA EXPO 2024) diễn ra tại TP Hồ Chí Minh từ ngày 6 đến 9/3/2024, có 36 doanh nghiệp của tỉnh tham gia trưng bày trên tổng số 568 doanh nghiệp, ký kết đơn hàng trị giá khoảng 85 triệu USD.

Ông Trần Văn Lộc, Giám đốc một doanh nghiệp tại Khu công nghiệp Nhơn Trạch 3 cho biết, đơn hàng quý II/2024 của công ty đã tăng khoảng 40% so với quý I, trong đó khách hàng Mỹ chiếm hơn một nửa.

Theo Đề án phát triển ngành chế biến gỗ tỉnh giai đoạn 2021-2025, Đồng Nai phấn đấu đến năm 2025 kim ngạch xuất khẩu gỗ đạt 3 tỷ USD, tỷ lệ doanh nghiệp sử dụng gỗ có chứng chỉ FSC hoặc gỗ hợp pháp theo Nghị định số 102/2020/NĐ-CP đạt 70%.
"""

T2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
P25 = per("đến năm 2025", None, "2025-12-31")
FIGS = [
    fig("gần 390 triệu USD", "390", 390e6, "money", "USD", "kim ngạch xuất khẩu gỗ và sản phẩm gỗ", T2,
        approx="nearly", change=chg("increase", 33, baseline="cùng kỳ")),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", "kim ngạch xuất khẩu gỗ và sản phẩm gỗ trong các nhóm hàng xuất khẩu chủ lực",
        T2),
    fig("đạt 2,05 tỷ USD", "2,05", 2.05e9, "money", "USD", "kim ngạch xuất khẩu của ngành gỗ",
        per("Năm 2023", "2023-01-01", "2023-12-31"), percent=82),
    fig("khoảng 1.200 doanh nghiệp", "1.200", 1200, "count", "doanh nghiệp, cơ sở", "doanh nghiệp, cơ sở chế biến gỗ",
        approx="about"),
    fig("khoảng 260 cơ sở", "260", 260, "count", "cơ sở", "doanh nghiệp, cơ sở chế biến gỗ", approx="about",
        location="Trảng Bom"),
    fig("(210 cơ sở)", "210", 210, "count", "cơ sở", "doanh nghiệp, cơ sở chế biến gỗ", location="Biên Hòa"),
    fig("(145 cơ sở)", "145", 145, "count", "cơ sở", "doanh nghiệp, cơ sở chế biến gỗ", location="Vĩnh Cửu"),
    fig("trong số 320 doanh nghiệp", "320", 320, "count", "doanh nghiệp", "doanh nghiệp có hoạt động xuất khẩu"),
    fig("có 152 doanh nghiệp", "152", 152, "count", "doanh nghiệp", "doanh nghiệp FDI có hoạt động xuất khẩu",
        total=320),
    fig("trên 120.000 lao động", "120.000", 120000, "count", "lao động", "lao động ngành chế biến gỗ", approx="over"),
    fig("thêm 10-15% lao động", "10", 10, "percent", "%", "lao động tuyển thêm so với cuối năm 2023", value_max=15),
    fig("lần thứ 16", "16", 16, "count", "lần", "lần tổ chức hội chợ", optional=True),
    fig("có 36 doanh nghiệp", "36", 36, "count", "doanh nghiệp", "doanh nghiệp của tỉnh tham gia trưng bày",
        total=568),
    fig("khoảng 85 triệu USD", "85", 85e6, "money", "USD", "đơn hàng ký kết", approx="about"),
    fig("khoảng 40%", "40", 40, "percent", "%", "đơn hàng của công ty tăng",
        per("quý II/2024", "2024-04-01", "2024-06-30"), approx="about"),
    fig("đạt 3 tỷ USD", "3", 3e9, "money", "USD", "kim ngạch xuất khẩu gỗ", P25, status="target"),
    fig("đạt 70%", "70", 70, "percent", "%",
        "tỷ lệ doanh nghiệp sử dụng gỗ có chứng chỉ FSC hoặc gỗ hợp pháp", P25, status="target"),
]

COMMENTS = [
    "Báo Đồng Nai (ĐN tag): wood and furniture exports of Đồng Nai, 2 months of 2024 and 2023, firms by district, labour, VIFA EXPO 2024, 2025 targets.",
    "No dateline anywhere (published absent); byline 'Ban Mai' under the headline. Default location Đồng Nai; district items (Trảng Bom, Biên Hòa, Vĩnh Cửu) → location.",
    "'bằng 82% so với năm 2022' after 2,05 tỷ USD is its percent (share after 'bằng'). 'đứng thứ 3 trong các nhóm hàng' is a rank.",
    "'trong số 320 doanh nghiệp ..., có 152' → total 320; '36 doanh nghiệp ... trên tổng số 568 doanh nghiệp' → total 568 (568 is only that attribute, not a figure of its own, as in shared h02).",
    "'lần thứ 16' (edition) optional; 'VIFA EXPO 2024', 'Khu công nghiệp Nhơn Trạch 3', 'từ ngày 6 đến 9/3/2024', 'Nghị định số 102/2020/NĐ-CP' are not figures.",
    "'tại TP Hồ Chí Minh' is the venue, not the place of the Đồng Nai figures. 'khoảng 40%' is one firm's order growth (the claim): percent figure, no change;",
    "location Đồng Nai (the company is in the province). 'hơn một nửa' is no number. 'tuyển thêm 10-15% lao động' is a percent range figure.",
]

emit("p259-8", TEXT, COMMENTS, FIGS, published=None, location="Đồng Nai")
