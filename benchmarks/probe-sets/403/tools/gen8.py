from lib import F, P, CH, TG, write

TEXT = """Báo Sơn La điện tử
Kinh tế

Yên Châu: Xoài tròn được mùa, được giá

Vụ xoài năm 2024, huyện Yên Châu có 2.650 ha xoài cho thu hoạch, sản lượng ước đạt 24.800 tấn, tăng gần 2.000 tấn so với năm 2023. Trong đó, xoài tròn Yên Châu chiếm khoảng 35% sản lượng, còn lại là xoài Đài Loan, xoài Úc và xoài GL4.

Toàn tỉnh Sơn La hiện có trên 22.300 ha xoài, đứng thứ 2 cả nước về diện tích, tập trung tại các huyện Mai Sơn (7.850 ha), Yên Châu (4.120 ha) và Sông Mã (3.460 ha). Tỉnh đã được cấp 78 mã số vùng trồng xoài với diện tích gần 2.900 ha phục vụ xuất khẩu sang Trung Quốc, Úc, Hoa Kỳ, Hàn Quốc.

Theo thương lái, giá xoài tròn Yên Châu tại vườn đầu vụ (tháng 6/2024) dao động 25.000-30.000 đồng/kg, gấp 1,5 lần so với cùng kỳ; xoài Đài Loan từ 8.000 đến 10.000 đồng/kg. Với giá này, mỗi ha xoài tròn cho thu nhập khoảng 250 triệu đồng, cao gấp 3 lần trồng ngô trên cùng diện tích.

Năm 2024, huyện Yên Châu phấn đấu xuất khẩu 1.500 tấn xoài; 6 tháng đầu năm đã xuất khẩu 620 tấn, đạt 41,3% kế hoạch. Huyện cũng đặt mục tiêu giai đoạn 2021-2025 cải tạo 1.000 ha xoài già cỗi; từ năm 2021 đến nay đã thực hiện được 735 ha.

Ông Lò Văn Hải, Phó Chủ tịch UBND huyện, cho biết trong tháng 7/2024 huyện phối hợp tổ chức Tuần lễ xoài và nông sản an toàn lần thứ 3 tại Quốc lộ 6, km 264, thu hút khoảng 60 gian hàng của các hợp tác xã trong và ngoài tỉnh tham gia.

Thu Hằng
24/7/2024
"""

V24 = P("Vụ xoài năm 2024", "2024-01-01", "2024-12-31")
V24I = P("Vụ xoài năm 2024", "2024-01-01", "2024-12-31", inh=True)
J6 = P("tháng 6/2024", "2024-06-01", "2024-06-30")
J6I = P("tháng 6/2024", "2024-06-01", "2024-06-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 2.650 ha", "2.650", 2650, "measure", "ha", "diện tích xoài cho thu hoạch", period=V24),
    F("ước đạt 24.800 tấn", "24.800", 24800, "measure", "tấn", "sản lượng xoài", status="estimate",
      change=CH("increase", 2000, "tấn", "năm 2023", approx="nearly"), period=V24),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "xoài tròn Yên Châu trong sản lượng", approx="about",
      status="estimate", period=V24I),
    F("trên 22.300 ha", "22.300", 22300, "measure", "ha", "diện tích xoài", approx="over", location="Sơn La"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "diện tích xoài", location="Sơn La"),
    F("Mai Sơn (7.850 ha)", "7.850", 7850, "measure", "ha", "diện tích xoài", location="Mai Sơn"),
    F("Yên Châu (4.120 ha)", "4.120", 4120, "measure", "ha", "diện tích xoài", location="Yên Châu"),
    F("Sông Mã (3.460 ha)", "3.460", 3460, "measure", "ha", "diện tích xoài", location="Sông Mã"),
    F("cấp 78 mã số", "78", 78, "count", "mã số vùng trồng", "mã số vùng trồng xoài", location="Sơn La"),
    F("gần 2.900 ha", "2.900", 2900, "measure", "ha", "diện tích vùng trồng xoài có mã số phục vụ xuất khẩu",
      approx="nearly", location="Sơn La"),
    F("dao động 25.000-30.000 đồng/kg", "25.000", 25000, "money", "đồng/kg",
      "giá xoài tròn Yên Châu tại vườn đầu vụ", value_max=30000,
      change=CH("increase", 1.5, "lần", "cùng kỳ"), period=J6),
    F("từ 8.000 đến 10.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá xoài Đài Loan",
      value_max=10000, period=J6),
    F("khoảng 250 triệu đồng", "250", 250e6, "money", "đồng", "thu nhập mỗi ha xoài tròn", approx="about",
      change=CH("increase", 3, "lần", "trồng ngô"), period=J6I),
    F("xuất khẩu 1.500 tấn", "1.500", 1500, "measure", "tấn", "xoài xuất khẩu", status="target", period=Y24),
    F("xuất khẩu 620 tấn", "620", 620, "measure", "tấn", "xoài xuất khẩu", percent=41.3,
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("cải tạo 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích xoài già cỗi cải tạo", status="target",
      period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("được 735 ha", "735", 735, "measure", "ha", "diện tích xoài già cỗi đã cải tạo",
      period=P("từ năm 2021 đến nay", "2021-01-01", "2024-07-24")),
    F("khoảng 60 gian hàng", "60", 60, "count", "gian hàng", "gian hàng tham gia Tuần lễ xoài",
      approx="about", period=P("trong tháng 7/2024", "2024-07-01", "2024-07-31")),
    F("lần thứ 3", "3", 3, "count", "lần", optional=True),
]

COMMENTS = [
    "Party newspaper (Báo Sơn La): mango season 2024 in huyện Yên Châu, province area and rank, district list, codes, garden prices, export plan.",
    "No dateline at the top; the bare date '24/7/2024' under the byline at the end is the article's date (published).",
    "Default location Yên Châu (the district of the article); the province paragraph is Sơn La; the district list gives each district as location.",
    "'xoài GL4', 'xoài Úc', 'xoài Đài Loan' are variety names (no figure, no place). 'Quốc lộ 6, km 264' is an address: not a figure; 'lần thứ 3' (edition) optional as in h05.",
    "'tăng gần 2.000 tấn so với năm 2023' = change (nearly). 'gấp 1,5 lần so với cùng kỳ' and 'cao gấp 3 lần trồng ngô' are changes of the figure they follow.",
    "'Trong đó, xoài tròn ... chiếm khoảng 35% sản lượng' continues the estimate: status estimate; a percent has no total.",
    "'6 tháng đầu năm đã xuất khẩu 620 tấn, đạt 41,3% kế hoạch' -> percent 41.3; 'từ năm 2021 đến nay' ends at published. Province stock figures have no period.",
]

write(8, TEXT, COMMENTS, FIGS, published="2024-07-24", location="Yên Châu")
