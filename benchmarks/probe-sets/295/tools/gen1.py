from lib import *

TEXT = """Thu ngân sách 9 tháng năm 2024 của Nghệ An đạt 80,6% dự toán
Cập nhật: 08/10/2024 15:40 | Lượt xem: 3.158

Chiều 7/10, Cục Thuế tỉnh Nghệ An tổ chức hội nghị sơ kết công tác thuế 9 tháng, triển khai nhiệm vụ quý IV/2024 tại trụ sở số 16 đường Trường Thi, TP Vinh.

Theo báo cáo, 9 tháng năm 2024, tổng thu ngân sách nhà nước do ngành Thuế quản lý ước đạt 14.236 tỷ đồng, đạt 80,6% dự toán HĐND tỉnh giao, tăng 18,4% so với cùng kỳ năm 2023. Trong đó, thu nội địa (không kể tiền sử dụng đất, xổ số kiến thiết) đạt 8.915 tỷ đồng, chiếm 62,6%; thu tiền sử dụng đất đạt 4.870 tỷ đồng, bằng 69,6% dự toán.

Theo sắc thuế, số thu từ khu vực doanh nghiệp nhà nước ước đạt 812 tỷ đồng; khu vực có vốn đầu tư nước ngoài 1.046 tỷ đồng; khu vực kinh tế ngoài quốc doanh 3.402 tỷ đồng, tăng 15,7%; thuế thu nhập cá nhân 921 tỷ đồng; lệ phí trước bạ 735 tỷ đồng, giảm 4,2% so với cùng kỳ do sức mua ô tô chững lại.

Có 17/21 huyện, thành phố, thị xã đạt trên 75% dự toán thu nội địa. Dẫn đầu là TP Vinh (96,3%), thị xã Cửa Lò (91,8%), huyện Nghi Lộc (88,5%); thấp nhất là huyện Kỳ Sơn và Tương Dương, chỉ đạt lần lượt 48,2% và 51,7%.

Phát biểu tại hội nghị, Cục trưởng Cục Thuế yêu cầu quý IV phải thu tối thiểu 3.450 tỷ đồng để hoàn thành dự toán 17.660 tỷ đồng năm 2024; phấn đấu thu vượt 5-7% dự toán. Toàn ngành tiếp tục triển khai cao điểm "90 ngày đêm" thu hồi nợ thuế; tính đến ngày 30/9/2024, tổng nợ thuế khoảng 1.120 tỷ đồng.

Mọi vướng mắc của người nộp thuế xin liên hệ đường dây nóng 0238.3844.206.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
D30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
DT = "tỷ lệ đạt dự toán thu nội địa"

FIGS = [
    F("Nghệ An đạt 80,6% dự toán", "80,6", 80.6, "percent", "%", "thu ngân sách so với dự toán", period=M9),
    F("ước đạt 14.236 tỷ đồng", "14.236", ty(14236), "money", "đồng",
      "tổng thu ngân sách nhà nước do ngành Thuế quản lý", percent=80.6,
      change=ch("+", 18.4, baseline="cùng kỳ năm 2023"), status="estimate", period=M9),
    F("đạt 8.915 tỷ đồng", "8.915", ty(8915), "money", "đồng",
      "thu nội địa (không kể tiền sử dụng đất, xổ số kiến thiết)", total=ty(14236), percent=62.6,
      status="estimate", period=I(M9)),
    F("đạt 4.870 tỷ đồng", "4.870", ty(4870), "money", "đồng", "thu tiền sử dụng đất",
      total=ty(14236), percent=69.6, status="estimate", period=I(M9)),
    F("ước đạt 812 tỷ đồng", "812", ty(812), "money", "đồng", "số thu từ khu vực doanh nghiệp nhà nước",
      status="estimate", period=I(M9)),
    F("nước ngoài 1.046 tỷ đồng", "1.046", ty(1046), "money", "đồng", "số thu từ khu vực có vốn đầu tư nước ngoài",
      status="estimate", period=I(M9)),
    F("quốc doanh 3.402 tỷ đồng", "3.402", ty(3402), "money", "đồng", "số thu từ khu vực kinh tế ngoài quốc doanh",
      change=ch("+", 15.7), status="estimate", period=I(M9)),
    F("cá nhân 921 tỷ đồng", "921", ty(921), "money", "đồng", "thuế thu nhập cá nhân",
      status="estimate", period=I(M9)),
    F("trước bạ 735 tỷ đồng", "735", ty(735), "money", "đồng", "lệ phí trước bạ",
      change=ch("-", 4.2, baseline="cùng kỳ"), status="estimate", period=I(M9)),
    F("Có 17/21 huyện", "17", 17, "count", "huyện, thành phố, thị xã",
      "huyện, thành phố, thị xã đạt trên 75% dự toán thu nội địa", total=21, period=I(M9)),
    F("đạt trên 75% dự toán", "75", 75, "percent", "%", "ngưỡng dự toán thu nội địa", approx="over", optional=True),
    F("TP Vinh (96,3%)", "96,3", 96.3, "percent", "%", DT, location="Vinh", period=I(M9)),
    F("Cửa Lò (91,8%)", "91,8", 91.8, "percent", "%", DT, location="Cửa Lò", period=I(M9)),
    F("Nghi Lộc (88,5%)", "88,5", 88.5, "percent", "%", DT, location="Nghi Lộc", period=I(M9)),
    F("lần lượt 48,2%", "48,2", 48.2, "percent", "%", DT, location="Kỳ Sơn", period=I(M9)),
    F("48,2% và 51,7%", "51,7", 51.7, "percent", "%", DT, location="Tương Dương", period=I(M9)),
    F("tối thiểu 3.450 tỷ đồng", "3.450", ty(3450), "money", "đồng", "số thu quý IV",
      approx="at_least", status="target", period=Q4),
    F("dự toán 17.660 tỷ đồng", "17.660", ty(17660), "money", "đồng", "dự toán thu năm 2024",
      status="target", period=Y24),
    F("vượt 5-7% dự toán", "5", 5, "percent", "%", "thu vượt dự toán", value_max=7, status="target", period=Y24),
    F("khoảng 1.120 tỷ đồng", "1.120", ty(1120), "money", "đồng", "tổng nợ thuế", approx="about", period=D30),
]

COMMENTS = [
    "Province portal (Cổng TTĐT tỉnh Nghệ An): Cục Thuế sơ kết 9 tháng năm 2024. Dateline 'Cập nhật: 08/10/2024 15:40 | Lượt xem: 3.158'.",
    "Distractors: view counter, 'Chiều 7/10', 'quý IV/2024' (task period), address 'số 16 đường Trường Thi, TP Vinh', '\"90 ngày đêm\"', hotline.",
    "'Trong đó' part list: thu nội địa and tiền sử dụng đất are parts of 14.236 tỷ (total); 'chiếm 62,6%' / 'bằng 69,6% dự toán' are their percents.",
    "The 'Theo sắc thuế' list continues 'ước đạt' (status estimate) but has no part-of cue, so no total. 9 tháng năm 2024 inherited.",
    "District list: place -> location, subject = the list's indicator (share of the domestic-revenue estimate). 'trên 75%' threshold optional.",
    "'phấn đấu thu vượt 5-7% dự toán' stands alone (no base amount): a percent range figure with status target, not a change.",
]

write(1, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Nghệ An")
