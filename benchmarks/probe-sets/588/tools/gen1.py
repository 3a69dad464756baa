from lib import F, P, I, CH, T, emit

TEXT = """Cổng Thông tin điện tử tỉnh Bình Định
Trang chủ > Tin tức - Sự kiện > Kinh tế
Bình Định: Xuất khẩu gỗ và sản phẩm gỗ 6 tháng đạt 412 triệu USD
Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.842

Theo Sở Công Thương, 6 tháng đầu năm 2024, kim ngạch xuất khẩu gỗ và sản phẩm gỗ của tỉnh ước đạt 412,6 triệu USD, tăng 21,4% so với cùng kỳ, chiếm 38,2% tổng kim ngạch xuất khẩu toàn tỉnh.

Về thị trường, Hoa Kỳ tiếp tục là thị trường lớn nhất với 176,3 triệu USD; tiếp đến là EU 82,5 triệu USD, Nhật Bản 41,2 triệu USD, Hàn Quốc 27,8 triệu USD; riêng thị trường Anh chỉ đạt 18,4 triệu USD, giảm 6,5% so với cùng kỳ.

Toàn tỉnh hiện có 176 doanh nghiệp chế biến gỗ, trong đó 98 doanh nghiệp có hoạt động xuất khẩu trực tiếp, tập trung tại các khu công nghiệp Phú Tài, Long Mỹ và Nhơn Hòa dọc Quốc lộ 19. Ngành gỗ đang giải quyết việc làm cho khoảng 32.000 lao động, thu nhập bình quân 7,8 triệu đồng/người/tháng.

Về nguồn nguyên liệu, diện tích rừng trồng tập trung của tỉnh đạt 185.400 ha; sản lượng gỗ rừng trồng khai thác 6 tháng ước đạt 1,35 triệu m³, đạt 52% kế hoạch năm. Tính đến ngày 30/6/2024, diện tích rừng được cấp chứng chỉ FSC là 21.560 ha, tăng 3.120 ha so với cuối năm 2023, trong đó diện tích của các nhóm hộ gia đình là 14.280 ha.

Ông Nguyễn Văn Hùng, Phó Giám đốc Sở Công Thương cho biết, các doanh nghiệp đã có đơn hàng đến hết quý III; dự kiến cả năm 2024 kim ngạch xuất khẩu gỗ đạt khoảng 850 triệu USD.

Sở Công Thương Bình Định - Số 34 Lê Lợi, TP. Quy Nhơn - ĐT: 0256.3822.615
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AS_OF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
MK = "kim ngạch xuất khẩu gỗ và sản phẩm gỗ sang thị trường "

FIGS = [
    F("6 tháng đạt 412 triệu USD", "412", 412e6, "money", "USD", "Xuất khẩu gỗ và sản phẩm gỗ",
      P("6 tháng", "2024-01-01", "2024-06-30")),
    F("ước đạt 412,6 triệu USD", "412,6", 412.6e6, "money", "USD", "kim ngạch xuất khẩu gỗ và sản phẩm gỗ", H1,
      percent=38.2, change=CH("increase", 21.4, baseline="cùng kỳ"), status="estimate"),
    F("với 176,3 triệu USD", "176,3", 176.3e6, "money", "USD", MK + "Hoa Kỳ", I(H1)),
    F("EU 82,5 triệu USD", "82,5", 82.5e6, "money", "USD", MK + "EU", I(H1)),
    F("Nhật Bản 41,2 triệu USD", "41,2", 41.2e6, "money", "USD", MK + "Nhật Bản", I(H1)),
    F("Hàn Quốc 27,8 triệu USD", "27,8", 27.8e6, "money", "USD", MK + "Hàn Quốc", I(H1)),
    F("chỉ đạt 18,4 triệu USD", "18,4", 18.4e6, "money", "USD", MK + "Anh", I(H1),
      change=CH("decrease", 6.5, baseline="cùng kỳ")),
    F("có 176 doanh nghiệp", "176", 176, "count", "doanh nghiệp", "doanh nghiệp chế biến gỗ"),
    F("trong đó 98 doanh nghiệp", "98", 98, "count", "doanh nghiệp",
      "doanh nghiệp chế biến gỗ có hoạt động xuất khẩu trực tiếp", total=176),
    F("khoảng 32.000 lao động", "32.000", 32000, "count", "lao động", "lao động ngành gỗ được giải quyết việc làm",
      approx="about"),
    F("7,8 triệu đồng/người/tháng", "7,8", 7.8e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động ngành gỗ"),
    F("đạt 185.400 ha", "185.400", 185400, "measure", "ha", "diện tích rừng trồng tập trung"),
    F("ước đạt 1,35 triệu m³", "1,35", 1.35e6, "measure", "m³", "sản lượng gỗ rừng trồng khai thác",
      P("6 tháng", "2024-01-01", "2024-06-30"), percent=52, status="estimate"),
    F("là 21.560 ha", "21.560", 21560, "measure", "ha", "diện tích rừng được cấp chứng chỉ FSC", AS_OF,
      change=CH("increase", 3120, "ha", baseline="cuối năm 2023")),
    F("là 14.280 ha", "14.280", 14280, "measure", "ha",
      "diện tích rừng được cấp chứng chỉ FSC của các nhóm hộ gia đình", AS_OF, total=21560),
    F("khoảng 850 triệu USD", "850", 850e6, "money", "USD", "kim ngạch xuất khẩu gỗ",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "p588-1 — Cổng TTĐT tỉnh Bình Định (province portal, breadcrumb, Cập nhật + Lượt xem): xuất khẩu gỗ 6 tháng 2024 theo thị trường,",
    "doanh nghiệp, lao động, rừng trồng, khai thác gỗ, diện tích FSC, dự kiến cả năm.",
    "Headline '6 tháng' takes 2024 from the dateline; the body '6 tháng' (khai thác) takes 2024 from '6 tháng đầu năm 2024'.",
    "Market items: the foreign market is not a place (subject 'kim ngạch ... sang thị trường X', location Bình Định); period inherited; status",
    "actual (the 'ước' cue is in the previous paragraph). 'Quốc lộ 19', 'quý III', 'Số 34', phone, 'Lượt xem: 1.842' are not figures.",
]

emit("p588-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Bình Định")
