"""p1050-6: national newspaper, crab farmed in plastic boxes in Đầm Hà (Quảng Ninh), Tết prices, exports."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Hàng hóa
Thứ bảy, 11/1/2025, 08:15 (GMT+7)

Nuôi cua trong hộp nhựa, thu tiền tỷ mỗi năm

Với 12.000 hộp nhựa đặt trong nhà kính, anh Nguyễn Văn Bảy ở huyện Đầm Hà (Quảng Ninh) bán ra thị trường khoảng 18 tấn cua mỗi năm.

Trang trại của anh Bảy rộng khoảng 3.500 m2, được đầu tư hơn 4 tỷ đồng, gồm hệ thống lọc nước tuần hoàn, bể lắng và 12.000 hộp nuôi xếp thành 6 tầng. Mỗi hộp nuôi một con, cua giống thả cỡ 80-100 g/con, sau 25-30 ngày đạt 300-350 g/con, tỷ lệ sống trên 90%. Cua thịt và cua lột của trại được bán với giá 350.000-450.000 đồng/kg, cao gấp 1,5 lần cua nuôi ao.

"Năm 2024, trại thu hơn 6,2 tỷ đồng, lãi khoảng 2,5 tỷ đồng", anh Bảy nói. Trại tạo việc làm cho 9 lao động với thu nhập 9-11 triệu đồng/người/tháng. Anh dự kiến năm nay mở rộng thêm 8.000 hộp.

Theo Trung tâm Khuyến nông tỉnh, toàn tỉnh Quảng Ninh hiện có 14 cơ sở nuôi cua trong hộp với tổng số khoảng 95.000 hộp, tập trung ở Đầm Hà, Hải Hà và Tiên Yên.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), năm 2024 xuất khẩu cua ghẹ ước đạt 285 triệu USD, tăng 39% so với năm trước. Những ngày cận Tết Ất Tỵ, giá cua thịt loại 1 tại các chợ đầu mối ở Hà Nội lên 550.000-700.000 đồng/kg, tăng khoảng 20% so với tháng trước; nhiều cửa hàng cho biết lượng đặt hàng tăng gấp đôi.

Minh Hằng
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Với 12.000 hộp", "12.000", 12000, "count", "hộp nhựa", "hộp nhựa nuôi cua của anh Nguyễn Văn Bảy"),
    F("khoảng 18 tấn", "18", 18, "measure", "tấn", "sản lượng cua bán ra mỗi năm", approx="about"),
    F("khoảng 3.500 m2", "3.500", 3500, "measure", "m2", "diện tích trang trại của anh Bảy", approx="about"),
    F("hơn 4 tỷ đồng", "4", 4e9, "money", "đồng", "vốn đầu tư trang trại", approx="over"),
    F("và 12.000 hộp", "12.000", 12000, "count", "hộp nuôi", "hộp nuôi cua của trang trại"),
    F("thành 6 tầng", "6", 6, "count", "tầng", "tầng xếp hộp nuôi", optional=True),
    F("nuôi một con", "một", 1, "count", "con", "cua nuôi mỗi hộp", optional=True),
    F("cỡ 80-100 g/con", "80", 80, "measure", "g/con", "cỡ cua giống thả", value_max=100, optional=True),
    F("sau 25-30 ngày", "25", 25, "measure", "ngày", "thời gian nuôi", value_max=30, optional=True),
    F("đạt 300-350 g/con", "300", 300, "measure", "g/con", "trọng lượng cua khi thu hoạch", value_max=350),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ sống của cua nuôi trong hộp", approx="over"),
    F("giá 350.000-450.000 đồng/kg", "350.000", 350000, "money", "đồng/kg", "giá bán cua thịt và cua lột của trại",
      value_max=450000, change=C("increase", 1.5, "lần", "cua nuôi ao")),
    F("thu hơn 6,2 tỷ đồng", "6,2", 6.2e9, "money", "đồng", "doanh thu của trại", approx="over", period=Y24),
    F("lãi khoảng 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "lãi của trại", approx="about", period=Y24),
    F("cho 9 lao động", "9", 9, "count", "lao động", "lao động có việc làm tại trại"),
    F("9-11 triệu đồng", "9", 9e6, "money", "đồng/người/tháng", "thu nhập của lao động", value_max=11e6),
    F("thêm 8.000 hộp", "8.000", 8000, "count", "hộp", "hộp nuôi mở rộng thêm", status="forecast",
      period=P("năm nay", "2025-01-01", "2025-12-31")),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở nuôi cua trong hộp", location="Quảng Ninh"),
    F("khoảng 95.000 hộp", "95.000", 95000, "count", "hộp", "hộp nuôi cua", approx="about", location="Quảng Ninh"),
    F("ước đạt 285 triệu USD", "285", 285e6, "money", "USD", "xuất khẩu cua ghẹ", status="estimate",
      change=C("increase", 39, "%", "năm trước"), period=P("năm 2024", "2024-01-01", "2024-12-31"),
      location="Việt Nam"),
    F("lên 550.000-700.000 đồng/kg", "550.000", 550000, "money", "đồng/kg", "giá cua thịt loại 1 tại các chợ đầu mối",
      value_max=700000, change=C("increase", 20, "%", "tháng trước", approx="about"), location="Hà Nội"),
    F("tăng gấp đôi", "đôi", 2, "multiple", "lần", "lượng đặt hàng cua", location="Hà Nội", optional=True),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ bảy, 11/1/2025, 08:15 (GMT+7)': a crab farm in plastic boxes in Đầm Hà.",
    "Location of the farm's figures: the district Đầm Hà; province-wide counts Quảng Ninh; exports Việt Nam; Tết prices Hà Nội.",
    "Not figures: the dateline and time, 'Tết Ất Tỵ', names 'Nguyễn Văn Bảy', 'gấp đôi' (a number word: multiple 2, optional).",
    "12.000 hộp is stated twice (lede and body): two figures. '6 tầng', 'một con' per box, seed size '80-100 g/con' and",
    "'sau 25-30 ngày' describe the method (optional).",
    "'cao gấp 1,5 lần cua nuôi ao' follows the price range after a comma: change 1,5 lần (cf. 'tăng hơn 2,8 lần').",
    "'năm nay' = 2025 (dateline); 'Anh dự kiến' → forecast. '9-11 triệu đồng/người/tháng': unit đồng/người/tháng.",
]

write("p1050-6", TEXT, FIGS, NOTES, published="2025-01-11", location="Đầm Hà")
