from lib import F, P, CH, TG, write

TEXT = """Cổng Thông tin điện tử tỉnh Bình Thuận
Trang chủ > Tin tức - Sự kiện > Kinh tế

Bình Thuận: Diện tích thanh long có mã số vùng trồng tăng mạnh
Cập nhật: 14/10/2024 08:35

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến 30/9/2024, diện tích thanh long toàn tỉnh còn khoảng 31.200 ha, giảm 1.650 ha so với cuối năm 2023; trong đó diện tích cho sản phẩm đạt 29.800 ha. Sản lượng thanh long 9 tháng năm 2024 ước đạt 520.000 tấn, tăng 4,2% so với cùng kỳ; giá trị sản xuất ước đạt gần 5,1 nghìn tỷ đồng.

Thanh long tập trung chủ yếu tại các huyện Hàm Thuận Nam (16.850 ha), Hàm Thuận Bắc (9.420 ha) và Bắc Bình (3.150 ha). Năng suất bình quân đạt 28,5 tấn/ha; riêng các vườn sử dụng đèn LED tiết kiệm điện cho năng suất từ 32 đến 35 tấn/ha.

Về xuất khẩu, toàn tỉnh hiện có 285 mã số vùng trồng thanh long được cấp phục vụ xuất khẩu với tổng diện tích hơn 9.600 ha, trong đó 118 mã số vùng trồng đáp ứng yêu cầu của thị trường Trung Quốc. Diện tích thanh long đạt chứng nhận VietGAP, GlobalGAP là 12.400 ha, chiếm 39,7% tổng diện tích. Từ đầu năm đến nay, thanh long Bình Thuận đã xuất khẩu chính ngạch được 176.000 tấn, gấp 1,4 lần cùng kỳ năm 2023.

Giá thanh long tại vườn thời gian gần đây biến động mạnh. Thanh long ruột trắng loại 1 được thương lái thu mua từ 12.000 đến 15.000 đồng/kg, ruột đỏ từ 22.000 đến 25.000 đồng/kg; hàng loại 2 chỉ còn 5.000-7.000 đồng/kg. Với giá bán hiện nay, nhà vườn lãi khoảng 80-120 triệu đồng/ha.

Theo Quyết định số 2787/QĐ-UBND ngày 15/11/2021 của UBND tỉnh, đến năm 2025 tỉnh phấn đấu ổn định diện tích thanh long khoảng 30.000 ha, trong đó 50% diện tích được cấp mã số vùng trồng.

Mọi ý kiến xin gửi về: Sở NN&PTNT, số 12 Nguyễn Tất Thành, TP Phan Thiết; ĐT: 0252.3822.318.
Lượt xem: 2.341
"""

ASOF = P("tính đến 30/9/2024", end="2024-09-30")
NINE = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
T2025 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("còn khoảng 31.200 ha", "31.200", 31200, "measure", "ha", "diện tích thanh long toàn tỉnh",
      approx="about", change=CH("decrease", 1650, "ha", "cuối năm 2023"), period=ASOF),
    F("cho sản phẩm đạt 29.800 ha", "29.800", 29800, "measure", "ha", "diện tích thanh long cho sản phẩm",
      total=31200, period=ASOF),
    F("ước đạt 520.000 tấn", "520.000", 520000, "measure", "tấn", "sản lượng thanh long",
      change=CH("increase", 4.2, "%", "cùng kỳ"), status="estimate", period=NINE),
    F("gần 5,1 nghìn tỷ đồng", "5,1", 5.1e12, "money", "đồng", "giá trị sản xuất thanh long",
      approx="nearly", status="estimate", period=NINE),
    F("Hàm Thuận Nam (16.850 ha)", "16.850", 16850, "measure", "ha", "diện tích thanh long",
      location="Hàm Thuận Nam", period=P("tính đến 30/9/2024", end="2024-09-30", inh=True)),
    F("Hàm Thuận Bắc (9.420 ha)", "9.420", 9420, "measure", "ha", "diện tích thanh long",
      location="Hàm Thuận Bắc", period=P("tính đến 30/9/2024", end="2024-09-30", inh=True)),
    F("Bắc Bình (3.150 ha)", "3.150", 3150, "measure", "ha", "diện tích thanh long",
      location="Bắc Bình", period=P("tính đến 30/9/2024", end="2024-09-30", inh=True)),
    F("đạt 28,5 tấn/ha", "28,5", 28.5, "measure", "tấn/ha", "năng suất thanh long bình quân",
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)),
    F("từ 32 đến 35 tấn/ha", "32", 32, "measure", "tấn/ha",
      "năng suất các vườn sử dụng đèn LED tiết kiệm điện", value_max=35,
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)),
    F("có 285 mã số vùng trồng", "285", 285, "count", "mã số vùng trồng",
      "mã số vùng trồng thanh long được cấp phục vụ xuất khẩu"),
    F("hơn 9.600 ha", "9.600", 9600, "measure", "ha", "tổng diện tích vùng trồng thanh long có mã số",
      approx="over"),
    F("trong đó 118 mã số", "118", 118, "count", "mã số vùng trồng",
      "mã số vùng trồng đáp ứng yêu cầu của thị trường Trung Quốc", total=285),
    F("là 12.400 ha", "12.400", 12400, "measure", "ha",
      "diện tích thanh long đạt chứng nhận VietGAP, GlobalGAP", percent=39.7),
    F("được 176.000 tấn", "176.000", 176000, "measure", "tấn", "thanh long xuất khẩu chính ngạch",
      change=CH("increase", 1.4, "lần", "cùng kỳ năm 2023"), period=YTD),
    F("từ 12.000 đến 15.000 đồng/kg", "12.000", 12000, "money", "đồng/kg",
      "giá thu mua thanh long ruột trắng loại 1 tại vườn", value_max=15000),
    F("từ 22.000 đến 25.000 đồng/kg", "22.000", 22000, "money", "đồng/kg",
      "giá thu mua thanh long ruột đỏ tại vườn", value_max=25000),
    F("5.000-7.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", "giá thanh long hàng loại 2",
      value_max=7000),
    F("khoảng 80-120 triệu đồng/ha", "80", 80e6, "money", "đồng/ha", "lãi của nhà vườn",
      value_max=120e6, approx="about"),
    F("khoảng 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích thanh long ổn định",
      approx="about", status="target", period=T2025),
    F("trong đó 50% diện tích", "50", 50, "percent", "%", "diện tích thanh long được cấp mã số vùng trồng",
      status="target", period=T2025),
]

COMMENTS = [
    "Provincial portal (Cổng TTĐT tỉnh Bình Thuận): dragon fruit area, output, export codes, garden prices, 9 months 2024.",
    "Dateline 'Cập nhật: 14/10/2024 08:35'. Distractors: QĐ 2787/QĐ-UBND ngày 15/11/2021, address 'số 12 ... TP Phan Thiết', phone, 'Lượt xem: 2.341', 'loại 1/2', 'ruột đỏ'.",
    "District list after the area sentence: district = location, subject = the indicator; no total (no trong đó/gồm/: cue), period inherited from 'tính đến 30/9/2024'.",
    "'gấp 1,4 lần cùng kỳ năm 2023' after 176.000 tấn is its change (lần). 'trong đó 50% diện tích' is a percent: no total. Prices: ranges, money, unit đồng/kg.",
    "'hiện có 285 mã số' and the following stock figures have no period (present tense; no period phrase in the paragraph).",
]

write(1, TEXT, COMMENTS, FIGS, published="2024-10-14", location="Bình Thuận")
