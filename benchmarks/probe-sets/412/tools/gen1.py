from lib import write, F, P, C, T
Y = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YI = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
N = P("từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K24 = P("năm 2024", "2024-01-01", "2024-12-31")
text = """Khách tham quan Quần thể di tích Cố đô Huế tăng mạnh trong 9 tháng
Cập nhật: 08/10/2024 14:20 | Lượt xem: 3.118

(TTH.VN) - Theo Trung tâm Bảo tồn Di tích Cố đô Huế, 9 tháng năm 2024, các điểm di tích trên địa bàn tỉnh Thừa Thiên Huế do Trung tâm quản lý đã đón 2.365.410 lượt khách tham quan, tăng 21,4% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt 1.472.600 lượt, chiếm 62,3%. Doanh thu bán vé ước đạt 318,6 tỷ đồng, bằng 83,8% kế hoạch năm.

Đại Nội vẫn là điểm đến hút khách nhất với hơn 1,1 triệu lượt; tiếp đến là lăng Khải Định khoảng 486.000 lượt, lăng Minh Mạng 352.700 lượt và lăng Tự Đức gần 310.000 lượt. Chương trình Đêm Hoàng cung từ đầu năm đến nay thu hút 58.240 lượt khách, doanh thu gần 9,3 tỷ đồng.

Năm 2024, Trung tâm triển khai 12 dự án tu bổ, phục hồi di tích với tổng kinh phí 465 tỷ đồng, trong đó ngân sách trung ương hỗ trợ 210 tỷ đồng, ngân sách tỉnh 185 tỷ đồng, phần còn lại từ nguồn thu phí tham quan. Đến nay đã có 5/12 dự án hoàn thành, tiêu biểu là điện Kiến Trung và cung Diên Thọ.

Theo Quyết định số 1542/QĐ-UBND, trẻ em dưới 7 tuổi được miễn vé; học sinh, sinh viên được giảm 50% giá vé khi xuất trình thẻ. Quần thể di tích Cố đô Huế được UNESCO ghi danh là Di sản văn hóa thế giới năm 1993.

Kế hoạch năm 2024, Trung tâm phấn đấu đón 3,2 triệu lượt khách, doanh thu từ phí tham quan đạt 380 tỷ đồng. Sau Festival Huế 2024, các điểm di tích mở cửa từ 6 giờ 30 đến 17 giờ 30; thông tin chi tiết liên hệ đường dây nóng 0234.3523.237 hoặc trụ sở tại số 23 Tống Duy Tân, TP Huế.
"""
V = "lượt khách tham quan"
figs = [
    F("đã đón 2.365.410 lượt", "2.365.410", 2365410, "count", "lượt khách", "lượt khách tham quan các điểm di tích",
      change=C("increase", 21.4, "%", "cùng kỳ năm 2023"), period=Y),
    F("đạt 1.472.600 lượt", "1.472.600", 1472600, "count", "lượt", "khách quốc tế", total=2365410, percent=62.3, period=Y),
    F("ước đạt 318,6 tỷ đồng", "318,6", 318.6e9, "money", "đồng", "doanh thu bán vé", percent=83.8, status="estimate", period=YI),
    F("hơn 1,1 triệu lượt", "1,1", 1100000, "count", "lượt", V, approx="over", period=YI),
    F("khoảng 486.000 lượt", "486.000", 486000, "count", "lượt", V, approx="about", period=YI),
    F("Minh Mạng 352.700 lượt", "352.700", 352700, "count", "lượt", V, period=YI),
    F("gần 310.000 lượt", "310.000", 310000, "count", "lượt", V, approx="nearly", period=YI),
    F("thu hút 58.240 lượt", "58.240", 58240, "count", "lượt khách", "lượt khách Chương trình Đêm Hoàng cung", period=N),
    F("doanh thu gần 9,3 tỷ", "9,3", 9.3e9, "money", "đồng", "doanh thu Chương trình Đêm Hoàng cung", approx="nearly", period=N),
    F("triển khai 12 dự án", "12", 12, "count", "dự án", "dự án tu bổ, phục hồi di tích", period=Y24),
    F("kinh phí 465 tỷ đồng", "465", 465e9, "money", "đồng", "tổng kinh phí dự án tu bổ, phục hồi di tích", period=Y24),
    F("hỗ trợ 210 tỷ đồng", "210", 210e9, "money", "đồng", "ngân sách trung ương hỗ trợ", total=465e9, period=Y24),
    F("tỉnh 185 tỷ đồng", "185", 185e9, "money", "đồng", "ngân sách tỉnh", total=465e9, period=Y24),
    F("có 5/12 dự án", "5", 5, "count", "dự án", "dự án hoàn thành", total=12, period=P("Đến nay", None, "2024-10-08")),
    F("dưới 7 tuổi", "7", 7, "measure", "tuổi", "trẻ em được miễn vé", approx="under", optional=True),
    F("giảm 50% giá vé", "50", 50, "percent", "%", "giảm giá vé cho học sinh, sinh viên", optional=True),
    F("đón 3,2 triệu lượt", "3,2", 3200000, "count", "lượt khách", "lượt khách", status="target", period=K24),
    F("đạt 380 tỷ đồng", "380", 380e9, "money", "đồng", "doanh thu từ phí tham quan", status="target", period=K24),
]
write("p412-1", text, figs, published="2024-10-08", location="Thừa Thiên Huế", show=True, comments=[
    "Provincial portal (TTH.VN): Huế monuments, 9 months 2024 — visitors, international share, ticket revenue, sites, restoration projects, 2024 plan.",
    "Dateline 'Cập nhật: 08/10/2024 14:20 | Lượt xem: 3.118' (counter is furniture). Distractors: Quyết định số 1542/QĐ-UBND, UNESCO năm 1993,",
    "Festival Huế 2024, opening hours 6 giờ 30 – 17 giờ 30, hotline, address 'số 23 Tống Duy Tân'.",
    "Sites (Đại Nội, lăng …) are not provinces/districts: location stays Thừa Thiên Huế, subject = list indicator (lượt khách tham quan).",
    "'bằng 83,8% kế hoạch năm' = share attribute of the estimated revenue. 210/185 tỷ are parts of 465 tỷ (trong đó). '5/12 dự án' total 12, 'Đến nay' ends at dateline.",
    "Policy thresholds 'dưới 7 tuổi', 'giảm 50% giá vé' optional. 'Kế hoạch năm 2024 … phấn đấu' gives status target.",
])
