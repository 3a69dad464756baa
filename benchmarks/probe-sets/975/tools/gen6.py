"""p975-6: national newspaper (VnExpress style), coir erosion-control mat exporter in Chợ Gạo (Tiền Giang)."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ ba, 11/3/2025, 14:30 (GMT+7)

Thảm xơ dừa miền Tây ra thế giới chống sạt lở

Mỗi tháng, nhà máy của Công ty TNHH Xơ dừa Mekong ở huyện Chợ Gạo (Tiền Giang) xuất đi khoảng 180.000 m2 thảm xơ dừa sang Hàn Quốc, Nhật Bản và Australia để phủ mái taluy, chống xói mòn.

Ông Nguyễn Hữu Tài, Giám đốc công ty, cho biết năm 2024 doanh nghiệp đạt doanh thu 126 tỷ đồng, tăng 32% so với năm trước, trong đó thảm xơ dừa chiếm 71%. Nhà máy nằm sát Quốc lộ 50, rộng 3,2 ha, có 6 dây chuyền dệt thảm, sử dụng gần 350 công nhân với thu nhập bình quân 8,2 triệu đồng mỗi tháng.

Mỗi năm, công ty tiêu thụ khoảng 25.000 tấn xơ dừa thô, tương đương xơ của hơn 100 triệu trái dừa, thu mua từ Tiền Giang, Bến Tre và Trà Vinh. Giá thảm loại 400 g/m2 xuất khẩu khoảng 0,65-0,8 USD/m2, cao hơn khoảng 30% so với 3 năm trước. Theo ông Tài, thảm của công ty tự phân hủy sau 3-5 năm, khi cỏ đã phủ kín mái dốc, nên được các nhà thầu công trình giao thông ưa chuộng.

Theo Hiệp hội Dừa Việt Nam, cả nước có hơn 20 doanh nghiệp sản xuất thảm xơ dừa xuất khẩu; năm 2024 xuất khẩu khoảng 28 triệu m2, kim ngạch gần 31 triệu USD.

Năm nay, công ty dự kiến đầu tư thêm 2 dây chuyền với vốn khoảng 18 tỷ đồng, nâng công suất lên 3 triệu m2/năm.

Hoài Thanh
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm nay", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 180.000 m2", "180.000", 180000, "measure", "m2", "thảm xơ dừa xuất đi mỗi tháng", approx="about"),
    F("doanh thu 126 tỷ đồng", "126", 126e9, "money", "đồng", "doanh thu công ty", Y24,
      change=C("increase", 32, baseline="năm trước")),
    F("chiếm 71%", "71", 71, "percent", "%", "thảm xơ dừa trong doanh thu", Y24),
    F("rộng 3,2 ha", "3,2", 3.2, "measure", "ha", "diện tích nhà máy"),
    F("có 6 dây chuyền", "6", 6, "count", "dây chuyền", "dây chuyền dệt thảm"),
    F("gần 350 công nhân", "350", 350, "count", "công nhân", "công nhân nhà máy", approx="nearly"),
    F("8,2 triệu đồng mỗi tháng", "8,2", 8.2e6, "money", "đồng/tháng", "thu nhập bình quân công nhân"),
    F("khoảng 25.000 tấn", "25.000", 25000, "measure", "tấn", "xơ dừa thô công ty tiêu thụ mỗi năm",
      approx="about"),
    F("hơn 100 triệu trái", "100", 100e6, "count", "trái dừa", "trái dừa cho lượng xơ tiêu thụ", approx="over"),
    F("loại 400 g/m2", "400", 400, "measure", "g/m2", "định lượng thảm", optional=True),
    F("khoảng 0,65-0,8 USD/m2", "0,65", 0.65, "money", "USD/m2", "giá thảm xuất khẩu", approx="about",
      value_max=0.8, change=C("increase", 30, baseline="3 năm trước", approx="about")),
    F("sau 3-5 năm", "3", 3, "measure", "năm", "thời gian thảm tự phân hủy", value_max=5),
    F("hơn 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", "doanh nghiệp sản xuất thảm xơ dừa xuất khẩu",
      approx="over", location="Việt Nam"),
    F("khoảng 28 triệu m2", "28", 28e6, "measure", "m2", "thảm xơ dừa xuất khẩu", Y24, approx="about",
      location="Việt Nam"),
    F("gần 31 triệu USD", "31", 31e6, "money", "USD", "kim ngạch xuất khẩu thảm xơ dừa", Y24, approx="nearly",
      location="Việt Nam"),
    F("thêm 2 dây chuyền", "2", 2, "count", "dây chuyền", "dây chuyền đầu tư thêm", Y25, status="forecast"),
    F("khoảng 18 tỷ đồng", "18", 18e9, "money", "đồng", "vốn đầu tư dây chuyền", Y25, approx="about",
      status="forecast"),
    F("lên 3 triệu m2/năm", "3", 3e6, "measure", "m2/năm", "công suất nhà máy", Y25, status="forecast"),
]

NOTES = [
    "National newspaper, Kinh doanh: Công ty TNHH Xơ dừa Mekong, huyện Chợ Gạo (Tiền Giang), thảm xơ dừa chống sạt lở; dateline Thứ ba, 11/3/2025.",
    "Location: the factory's district Chợ Gạo for all company figures (named with its province in the first sentence; the purchase",
    "provinces are sources, not places of the figures), Việt Nam for the Hiệp hội's national figures. 'Năm nay' = 2025 (dateline).",
    "'tương đương xơ của hơn 100 triệu trái dừa' restates the fibre in coconuts: a count of its own (not a share).",
    "'trong đó thảm xơ dừa chiếm 71%' is a part's share: a percent figure. 'loại 400 g/m2' is a specification (optional).",
    "Distractors: 14:30 (GMT+7), Quốc lộ 50, '3 năm trước' (baseline), ông Nguyễn Hữu Tài.",
]

write(6, TEXT, FIGS, NOTES, published="2025-03-11", location="Chợ Gạo")
