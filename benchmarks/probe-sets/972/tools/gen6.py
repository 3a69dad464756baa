"""p972-6: national newspaper, certified ST25 seed shortage in Sóc Trăng before vụ Đông Xuân 2024-2025."""
from lib import F, C, T, P, I, year, write

TEXT = """
Kinh doanh › Hàng hóa
Thứ tư, 15/1/2025, 07:30 (GMT+7)

Lúa giống ST25 cấp xác nhận cháy hàng

Giá lúa giống ST25 cấp xác nhận tại Sóc Trăng tăng lên 28.000-30.000 đồng/kg, cao gấp đôi cùng kỳ năm ngoái, nhưng nhiều đại lý vẫn không đủ hàng bán.

Theo Chi cục Trồng trọt và Bảo vệ thực vật Sóc Trăng, vụ Đông Xuân 2024-2025 nông dân trong tỉnh dự kiến xuống giống khoảng 145.000 ha, trong đó giống ST24, ST25 chiếm gần 50%. Nhu cầu giống ST25 cấp xác nhận ước khoảng 9.000 tấn. Trong khi đó, năm 2024 các cơ sở trong tỉnh chỉ sản xuất được khoảng 5.500 tấn.

Ông Lâm Văn Bảy, chủ một cơ sở sản xuất lúa giống ở thị xã Ngã Năm, cho biết vụ này cơ sở chỉ có 120 tấn giống xác nhận và đã được đặt mua hết từ đầu tháng 12. "Nhiều khách từ Long An, Kiên Giang gọi đặt thêm 50-60 tấn nhưng không còn hàng", ông Bảy nói.

Năm 2024, toàn tỉnh có 3.250 ha sản xuất lúa giống, tăng 18% so với năm 2023; số cơ sở sản xuất, kinh doanh giống lúa đủ điều kiện là 42 cơ sở. Cũng trong năm, lực lượng quản lý thị trường phát hiện 14 vụ kinh doanh giống lúa không rõ nguồn gốc, tịch thu gần 8 tấn.

Theo Cục Trồng trọt, mỗi năm cả nước cần khoảng 1,2 triệu tấn lúa giống các loại, nhưng tỷ lệ nông dân dùng giống xác nhận ở Đồng bằng sông Cửu Long chỉ khoảng 60%, phần còn lại là lúa thịt tự để giống. Chi cục Trồng trọt và Bảo vệ thực vật tỉnh khuyến cáo nông dân không dùng lúa thương phẩm làm giống vì dễ lẫn tạp, năng suất có thể giảm 10-15%.

Hoàng Nam
"""

DX = P("vụ Đông Xuân 2024-2025", "2024-01-01", "2025-12-31")
Y24a = year("năm 2024", 2024)
Y24 = year("Năm 2024", 2024)
CTN = year("Cũng trong năm", 2024)

FIGS = [
    F("tăng lên 28.000-30.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá lúa giống ST25 cấp xác nhận",
      value_max=30000, change=C("increase", 2, "lần", "cùng kỳ năm ngoái")),
    F("khoảng 145.000 ha", "145.000", 145000, "measure", "ha", "diện tích xuống giống", DX, approx="about",
      status="forecast"),
    F("chiếm gần 50%", "50", 50, "percent", "%", "tỷ lệ diện tích giống ST24, ST25", DX, approx="nearly",
      status="forecast"),
    F("ước khoảng 9.000 tấn", "9.000", 9000, "measure", "tấn", "nhu cầu giống ST25 cấp xác nhận", I(DX),
      approx="about", status="estimate"),
    F("khoảng 5.500 tấn", "5.500", 5500, "measure", "tấn", "giống ST25 các cơ sở trong tỉnh sản xuất", Y24a,
      approx="about"),
    F("có 120 tấn", "120", 120, "measure", "tấn", "giống xác nhận của cơ sở", I(DX), location="Ngã Năm"),
    F("thêm 50-60 tấn", "50", 50, "measure", "tấn", "giống đặt mua thêm", value_max=60, location="Ngã Năm"),
    F("có 3.250 ha", "3.250", 3250, "measure", "ha", "diện tích sản xuất lúa giống", Y24,
      change=C("increase", 18, "%", "năm 2023")),
    F("là 42 cơ sở", "42", 42, "count", "cơ sở", "cơ sở sản xuất, kinh doanh giống lúa đủ điều kiện", Y24),
    F("phát hiện 14 vụ", "14", 14, "count", "vụ", "vụ kinh doanh giống lúa không rõ nguồn gốc", CTN),
    F("gần 8 tấn", "8", 8, "measure", "tấn", "giống lúa bị tịch thu", CTN, approx="nearly"),
    F("khoảng 1,2 triệu tấn", "1,2", 1200000, "measure", "tấn/năm", "nhu cầu lúa giống mỗi năm", approx="about",
      location="Việt Nam"),
    F("chỉ khoảng 60%", "60", 60, "percent", "%", "tỷ lệ nông dân dùng giống xác nhận", approx="about",
      location="Đồng bằng sông Cửu Long"),
    F("giảm 10-15%", "10", 10, "percent", "%", "năng suất giảm khi dùng lúa thương phẩm làm giống",
      value_max=15, optional=True),
]

NOTES = [
    "National newspaper (dateline 'Thứ tư, 15/1/2025, 07:30 (GMT+7)', byline at the end): shortage of certified ST25",
    "seed in Sóc Trăng. 'cao gấp đôi cùng kỳ năm ngoái' follows the price range: its change, 2 lần ('đôi' = 2, a number word).",
    "The 50% share after 'trong đó ... chiếm' is a share of another whole: a percent figure, in the 'dự kiến' sentence: forecast.",
    "'ước khoảng 9.000 tấn' is an estimate; 'vụ này' gives the season from an earlier sentence (inherited).",
    "'Cũng trong năm' takes 2024 from the sentence before (scored: the phrase stands in the figure's sentence).",
    "Ngã Năm (thị xã) is the place of the seed grower's figures; the buyers 'từ Long An, Kiên Giang' are not.",
    "National demand is Việt Nam; the Mekong Delta rate is located at the region; the provincial Chi cục's warning",
    "'năng suất có thể giảm 10-15%' is Sóc Trăng (a percent range, no base amount; a possible loss, optional). Distractors: dateline, Ngã Năm, Lâm Văn Bảy, ST24/ST25, 'đầu tháng 12'.",
]


write("p972-6", TEXT, NOTES, FIGS, published="2025-01-15", location="Sóc Trăng")
