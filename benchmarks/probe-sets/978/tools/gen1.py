"""p978-1: province portal (Ninh Bình) - 9-month handicraft exports from sedge (cói) and water hyacinth (bèo bồng)."""
from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Xuất khẩu hàng cói 9 tháng ước đạt 41,6 triệu USD

Cập nhật: 14/10/2024 09:20 | Lượt xem: 2.315

Theo báo cáo của Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu hàng thủ công mỹ nghệ từ cói, bèo bồng và mây tre của tỉnh Ninh Bình ước đạt 41,6 triệu USD, tăng 12,4% so với cùng kỳ năm 2023, bằng 78,5% kế hoạch năm. Trong đó, hàng cói chiếm 68%, sản phẩm bèo bồng chiếm 17%. Riêng quý III/2024, kim ngạch đạt 15,2 triệu USD, tăng 9,6% so với quý II/2024.

Tính đến ngày 30/9/2024, toàn tỉnh có 56 làng nghề được công nhận, trong đó có 23 làng nghề cói, tập trung ở các huyện Kim Sơn (17 làng), Yên Khánh (4 làng) và Yên Mô (2 làng). Diện tích trồng cói khoảng 520 ha, giảm gần 80 ha so với năm 2020; sản lượng cói khô đạt trên 6.200 tấn/năm.

Nghề cói thu hút khoảng 18.000 lao động, thu nhập bình quân từ 4,5 đến 6 triệu đồng/người/tháng. Giá cói nguyên liệu hiện dao động 9.000-11.000 đồng/kg, cao hơn khoảng 15% so với đầu năm. Kim ngạch xuất khẩu sản phẩm bèo bồng gấp 1,4 lần cùng kỳ.

Để mở rộng thị trường, tỉnh tổ chức Hội chợ hàng thủ công mỹ nghệ lần thứ 3 tại Khu du lịch Tràng An (Quốc lộ 38B), thu hút 126 gian hàng của 85 doanh nghiệp trong và ngoài tỉnh.

Theo Quyết định số 1245/QĐ-UBND, năm 2024 tỉnh phấn đấu kim ngạch xuất khẩu hàng thủ công mỹ nghệ đạt 53 triệu USD; đến năm 2025 có ít nhất 30 làng nghề có sản phẩm đạt chuẩn OCOP từ 3 sao trở lên.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
HEAD9 = P("9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
FIGS = [
    F("9 tháng ước đạt 41,6 triệu USD", "41,6", 41.6e6, "money", "USD", status="estimate",
      subject="xuất khẩu hàng cói", period=HEAD9),
    F("ước đạt 41,6 triệu USD, tăng", "41,6", 41.6e6, "money", "USD", status="estimate", percent=78.5,
      change=C("increase", 12.4, baseline="cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu hàng thủ công mỹ nghệ từ cói, bèo bồng và mây tre", period=NINE),
    F("hàng cói chiếm 68%", "68", 68, "percent", "%", subject="tỷ trọng hàng cói trong kim ngạch xuất khẩu", period=I(NINE)),
    F("bèo bồng chiếm 17%", "17", 17, "percent", "%", subject="tỷ trọng sản phẩm bèo bồng trong kim ngạch xuất khẩu", period=I(NINE)),
    F("đạt 15,2 triệu USD", "15,2", 15.2e6, "money", "USD", change=C("increase", 9.6, baseline="quý II/2024"),
      subject="kim ngạch xuất khẩu hàng thủ công mỹ nghệ", period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("có 56 làng nghề", "56", 56, "count", "làng nghề", subject="làng nghề được công nhận", period=ASOF),
    F("có 23 làng nghề cói", "23", 23, "count", "làng nghề", total=56, subject="làng nghề cói", period=ASOF),
    F("Kim Sơn (17 làng)", "17", 17, "count", "làng", total=23, subject="làng nghề cói", period=ASOF, location="Kim Sơn"),
    F("Yên Khánh (4 làng)", "4", 4, "count", "làng", total=23, subject="làng nghề cói", period=ASOF, location="Yên Khánh"),
    F("Yên Mô (2 làng)", "2", 2, "count", "làng", total=23, subject="làng nghề cói", period=ASOF, location="Yên Mô"),
    F("khoảng 520 ha", "520", 520, "measure", "ha", approx="about",
      change=C("decrease", 80, "ha", "năm 2020", "nearly"), subject="diện tích trồng cói"),
    F("trên 6.200 tấn/năm", "6.200", 6200, "measure", "tấn/năm", approx="over", subject="sản lượng cói khô"),
    F("khoảng 18.000 lao động", "18.000", 18000, "count", "lao động", approx="about", subject="lao động nghề cói"),
    F("từ 4,5 đến 6 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng", value_max=6e6,
      subject="thu nhập bình quân lao động nghề cói"),
    F("dao động 9.000-11.000", "9.000", 9000, "money", "đồng/kg", value_max=11000,
      change=C("increase", 15, baseline="đầu năm", approx="about"), subject="giá cói nguyên liệu"),
    F("gấp 1,4 lần cùng kỳ", "1,4", 1.4, "multiple", "lần", subject="kim ngạch xuất khẩu sản phẩm bèo bồng", period=I(NINE)),
    F("thu hút 126 gian hàng", "126", 126, "count", "gian hàng", subject="gian hàng tại Hội chợ hàng thủ công mỹ nghệ"),
    F("của 85 doanh nghiệp", "85", 85, "count", "doanh nghiệp", subject="doanh nghiệp tham gia Hội chợ hàng thủ công mỹ nghệ"),
    F("đạt 53 triệu USD", "53", 53e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu hàng thủ công mỹ nghệ", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("ít nhất 30 làng nghề", "30", 30, "count", "làng nghề", approx="at_least", status="target",
      subject="làng nghề có sản phẩm đạt chuẩn OCOP từ 3 sao trở lên", period=P("đến năm 2025", None, "2025-12-31")),
    F("từ 3 sao trở lên", "3", 3, "measure", "sao", approx="at_least", status="target", subject="hạng sao OCOP",
      optional=True),
]
NOTES = [
    "Cổng TTĐT tỉnh Ninh Bình: xuất khẩu hàng cói, bèo bồng 9 tháng 2024; làng nghề cói; giá cói; mục tiêu 2024-2025.",
    "Headline figure (no year) takes 2024 from the dateline. 'bằng 78,5% kế hoạch năm' is the percent, 'tăng 12,4%' the change of 41,6 triệu.",
    "Shares after 'Trong đó ... chiếm' are percent figures of their own (share of the whole, not of a stated amount); status left actual (no cue in their sentence).",
    "District list adds up to the 23 làng nghề cói (17+4+2), so total 23. 'OCOP từ 3 sao trở lên' is a category threshold: optional.",
    "Not figures: Lượt xem 2.315, lần thứ 3, Quốc lộ 38B, Quyết định số 1245/QĐ-UBND, dates and times.",
]
build("p978-1", TEXT, FIGS, NOTES, published="2024-10-14", location="Ninh Bình")
