from lib import build, F, P, C

TEXT = """Cổng Thông tin điện tử tỉnh Lào Cai
Trang chủ > Tin tức > Kinh tế

Thủy điện nhỏ đóng góp lớn cho tăng trưởng công nghiệp 9 tháng năm 2024
Cập nhật: 14/10/2024 09:25 | Lượt xem: 1.236

(laocai.gov.vn) - Theo báo cáo của Sở Công Thương, tính đến ngày 30/9/2024, toàn tỉnh có 78 nhà máy thủy điện vừa và nhỏ đang vận hành, tổng công suất lắp máy 1.152,6 MW. Trong đó, huyện Bát Xát có 24 nhà máy với 412,5 MW; huyện Văn Bàn có 18 nhà máy với 296,8 MW; thị xã Sa Pa có 15 nhà máy với 205 MW.

Do lượng mưa từ tháng 6 đến tháng 9 cao hơn trung bình nhiều năm, sản lượng điện sản xuất của các nhà máy thủy điện 9 tháng năm 2024 ước đạt 3.425 triệu kWh, tăng 8,6% so với cùng kỳ, đạt 76,1% kế hoạch năm. Riêng quý III/2024, sản lượng đạt khoảng 1.690 triệu kWh, chiếm 49,3% sản lượng từ đầu năm.

Chỉ số sản xuất công nghiệp ngành sản xuất và phân phối điện 9 tháng tăng 11,2% so với cùng kỳ. Các doanh nghiệp thủy điện đã nộp ngân sách nhà nước hơn 1.150 tỷ đồng, chiếm 18,4% tổng thu nội địa trên địa bàn; tiền dịch vụ môi trường rừng chi trả đạt 98,7 tỷ đồng.

Hiện có 6 dự án với tổng công suất 87 MW đang được thi công, dự kiến hoàn thành trong năm 2025. Theo Quyết định số 2183/QĐ-UBND ngày 12/9/2023 của UBND tỉnh, giai đoạn 2021-2025 tỉnh phấn đấu có 95 nhà máy thủy điện vận hành, sản lượng bình quân đạt từ 4.500 đến 4.800 triệu kWh/năm.

Để bảo đảm an toàn mùa mưa lũ, Sở Công Thương đã kiểm tra 32 nhà máy, phát hiện 7 đơn vị chưa lắp đặt đủ thiết bị quan trắc, giám sát vận hành; đề nghị xử phạt 3 đơn vị với tổng số tiền 210 triệu đồng.

Mọi ý kiến phản ánh xin liên hệ: Phòng Quản lý năng lượng, Sở Công Thương, số 286 đường Hoàng Liên, điện thoại 0214.3840.125.
"""

asof = P("tính đến ngày 30/9/2024", None, "2024-09-30")
asof_i = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
m9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
m9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
gd = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
PLANTS = "nhà máy thủy điện vừa và nhỏ đang vận hành"
CAP = "công suất lắp máy"

FIGS = [
    F("có 78 nhà máy", "78", 78, "count", "nhà máy", PLANTS, period=asof),
    F("lắp máy 1.152,6 MW", "1.152,6", 1152.6, "measure", "MW", "tổng công suất lắp máy", period=asof),
    F("có 24 nhà máy", "24", 24, "count", "nhà máy", PLANTS, total=78, period=asof_i, location="Bát Xát"),
    F("với 412,5 MW", "412,5", 412.5, "measure", "MW", CAP, total=1152.6, period=asof_i, location="Bát Xát"),
    F("có 18 nhà máy", "18", 18, "count", "nhà máy", PLANTS, total=78, period=asof_i, location="Văn Bàn"),
    F("với 296,8 MW", "296,8", 296.8, "measure", "MW", CAP, total=1152.6, period=asof_i, location="Văn Bàn"),
    F("có 15 nhà máy", "15", 15, "count", "nhà máy", PLANTS, total=78, period=asof_i, location="Sa Pa"),
    F("với 205 MW", "205", 205, "measure", "MW", CAP, total=1152.6, period=asof_i, location="Sa Pa"),
    F("ước đạt 3.425 triệu kWh", "3.425", 3425e6, "measure", "kWh",
      "sản lượng điện sản xuất của các nhà máy thủy điện", percent=76.1,
      change=C("increase", 8.6, "%", "cùng kỳ"), status="estimate", period=m9),
    F("đạt khoảng 1.690 triệu kWh", "1.690", 1690e6, "measure", "kWh", "sản lượng điện",
      approx="about", percent=49.3, period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("9 tháng tăng 11,2%", "11,2", 11.2, "percent", "%",
      "Chỉ số sản xuất công nghiệp ngành sản xuất và phân phối điện",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("hơn 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng",
      "ngân sách nhà nước các doanh nghiệp thủy điện đã nộp", approx="over", percent=18.4, period=m9i),
    F("đạt 98,7 tỷ đồng", "98,7", 98.7e9, "money", "đồng", "tiền dịch vụ môi trường rừng chi trả", period=m9i),
    F("có 6 dự án", "6", 6, "count", "dự án", "dự án đang được thi công"),
    F("công suất 87 MW", "87", 87, "measure", "MW", "tổng công suất dự án đang thi công"),
    F("có 95 nhà máy", "95", 95, "count", "nhà máy", "nhà máy thủy điện vận hành", status="target", period=gd),
    F("đạt từ 4.500 đến", "4.500", 4500e6, "measure", "kWh/năm", "sản lượng bình quân",
      value_max=4800e6, status="target", period=gd),
    F("kiểm tra 32 nhà máy", "32", 32, "count", "nhà máy", "nhà máy được kiểm tra an toàn mùa mưa lũ"),
    F("phát hiện 7 đơn vị", "7", 7, "count", "đơn vị",
      "đơn vị chưa lắp đặt đủ thiết bị quan trắc, giám sát vận hành"),
    F("xử phạt 3 đơn vị", "3", 3, "count", "đơn vị", "đơn vị đề nghị xử phạt"),
    F("số tiền 210 triệu đồng", "210", 210e6, "money", "đồng", "tổng số tiền đề nghị xử phạt"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Lào Cai (provincial portal): small hydropower, 9 months 2024 — plants and capacity by district, output, budget, plan 2021-2025, inspections.",
    "Dateline 'Cập nhật: 14/10/2024 09:25 | Lượt xem: 1.236' (view counter is furniture). Distractors: Quyết định số 2183/QĐ-UBND ngày 12/9/2023,",
    "'từ tháng 6 đến tháng 9' (period), address 'số 286 đường Hoàng Liên', phone 0214.3840.125.",
    "Parts after 'Trong đó' (district plants and MW) take the province's whole (78 nhà máy / 1.152,6 MW) as total; districts go to location.",
    "'đạt 76,1% kế hoạch năm' is the share of 3.425 triệu kWh; 'chiếm 49,3%' the share of 1.690 triệu kWh; 'chiếm 18,4%' of 1.150 tỷ.",
    "'kWh/năm' is a rate unit; the range 4.500-4.800 triệu is a target of giai đoạn 2021-2025. 'khoảng' alone (quý III) is approx, status actual.",
    "'6 dự án … dự kiến hoàn thành trong năm 2025': the count is actual (the forecast cue governs the completion, not the count); no period given.",
]

build(1, TEXT, COMMENTS, FIGS, published="2024-10-14", location="Lào Cai")
