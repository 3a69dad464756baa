from lib import F, P, emit

TEXT = """ĐỨC HÒA: 6 THÁNG ĐẦU NĂM LẮP ĐẶT MỚI HƠN 2.100 ĐẤU NỐI CẤP NƯỚC

Theo báo cáo của Phòng Kinh tế và Hạ tầng huyện, 6 tháng đầu năm 2024, các đơn vị cấp nước trên địa bàn huyện Đức Hòa đã lắp đặt mới 2.145 đấu nối, đạt 53,6% kế hoạch năm, tăng 18,2% so với cùng kỳ năm 2023. Trong đó, Công ty TNHH MTV Cấp nước Đức Hòa lắp đặt 1.320 đấu nối, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh lắp đặt 825 đấu nối.

Tính đến ngày 30/6/2024, toàn huyện có 61.870 hộ sử dụng nước sạch từ hệ thống cấp nước tập trung, chiếm 87,4% tổng số hộ, tăng 2,3 điểm phần trăm so với cuối năm 2023. Riêng tại thị trấn Hậu Nghĩa và thị trấn Đức Hòa, tỷ lệ hộ được cấp nước sạch đạt 98,6%.

Về chất lượng dịch vụ, lượng nước thất thoát trên mạng lưới do Công ty TNHH MTV Cấp nước Đức Hòa quản lý trong 6 tháng đầu năm khoảng 412.000 m3, tỷ lệ thất thoát 19,6%, giảm 0,9% so với cùng kỳ. Công ty đã sửa chữa 236 điểm rò rỉ, thay mới 1.048 đồng hồ nước hết hạn kiểm định.

Để hoàn thành chỉ tiêu năm 2024 là 4.000 đấu nối mới, huyện yêu cầu các đơn vị cấp nước đẩy nhanh tiến độ dự án mở rộng mạng lưới cấp nước tại xã Đức Hòa Hạ, xã Mỹ Hạnh Nam với chiều dài tuyến ống khoảng 18,5 km, tổng mức đầu tư 27,8 tỷ đồng; trong quý III/2024 phấn đấu lắp đặt thêm từ 900 đến 1.100 đấu nối. Người dân có nhu cầu lắp đặt đồng hồ nước liên hệ Công ty qua số điện thoại 0272.3779.115 hoặc trực tiếp tại số 12 đường Nguyễn Văn Tiếp, thị trấn Hậu Nghĩa (giờ làm việc từ 7 giờ 30 đến 17 giờ).

Minh Thư (Phòng Kinh tế và Hạ tầng)
17/07/2024
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
H1S = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
ASOFI = P("Tính đến ngày 30/6/2024", None, "2024-06-30", inherited=True)

FIGS = [
    F("HƠN 2.100 ĐẤU NỐI", "2.100", 2100, "count", "đấu nối", "đấu nối cấp nước lắp đặt mới", approx="over", period=H1S),
    F("lắp đặt mới 2.145 đấu nối", "2.145", 2145, "count", "đấu nối", "đấu nối lắp đặt mới", percent=53.6,
      change={"direction": "increase", "value": 18.2, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=H1),
    F("lắp đặt 1.320 đấu nối", "1.320", 1320, "count", "đấu nối", "đấu nối Công ty TNHH MTV Cấp nước Đức Hòa lắp đặt", total=2145, period=H1I),
    F("lắp đặt 825 đấu nối", "825", 825, "count", "đấu nối", "đấu nối Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh lắp đặt", total=2145, period=H1I),
    F("có 61.870 hộ", "61.870", 61870, "count", "hộ", "hộ sử dụng nước sạch từ hệ thống cấp nước tập trung", percent=87.4,
      change={"direction": "increase", "value": 2.3, "unit": "điểm phần trăm", "baseline": "cuối năm 2023"}, period=ASOF),
    F("đạt 98,6%", "98,6", 98.6, "percent", "%", "tỷ lệ hộ được cấp nước sạch tại thị trấn Hậu Nghĩa và thị trấn Đức Hòa", period=ASOFI),
    F("khoảng 412.000 m3", "412.000", 412000, "measure", "m3", "lượng nước thất thoát trên mạng lưới", approx="about", period=H1S),
    F("tỷ lệ thất thoát 19,6%", "19,6", 19.6, "percent", "%", "tỷ lệ thất thoát",
      change={"direction": "decrease", "value": 0.9, "unit": "%", "baseline": "cùng kỳ"}, period=H1S),
    F("sửa chữa 236 điểm", "236", 236, "count", "điểm rò rỉ", "điểm rò rỉ sửa chữa", period=H1I),
    F("thay mới 1.048 đồng hồ", "1.048", 1048, "count", "đồng hồ nước", "đồng hồ nước hết hạn kiểm định thay mới", period=H1I),
    F("là 4.000 đấu nối", "4.000", 4000, "count", "đấu nối", "chỉ tiêu đấu nối mới", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 18,5 km", "18,5", 18.5, "measure", "km", "chiều dài tuyến ống", approx="about"),
    F("tư 27,8 tỷ đồng", "27,8", 27800000000, "money", "đồng", "tổng mức đầu tư dự án mở rộng mạng lưới cấp nước"),
    F("từ 900 đến 1.100 đấu nối", "900", 900, "count", "đấu nối", "đấu nối lắp đặt thêm", value_max=1100, status="target",
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
]

emit(2, TEXT, [
    "Cổng TTĐT huyện Đức Hòa (district portal, Long An): new water connections and coverage, first half of 2024.",
    "No dateline at the top; byline and bare date '17/07/2024' at the end (taken as published). Location: the district, Đức Hòa.",
    "Distractors: phone 0272.3779.115, address 'số 12 đường Nguyễn Văn Tiếp', office hours '7 giờ 30 đến 17 giờ', commune names.",
    "2.145 đấu nối: 'đạt 53,6% kế hoạch năm' is its percent, 'tăng 18,2% so với cùng kỳ năm 2023' its change; parts 1.320 + 825 after 'Trong đó' (total).",
    "61.870 hộ carries 'chiếm 87,4%' as percent and 'tăng 2,3 điểm phần trăm' as change (as shared h09 attaches the share's gap to the count).",
    "'trong 6 tháng đầu năm' without year takes 2024. Two thị trấn are not districts: 98,6% keeps location Đức Hòa.",
    "'chỉ tiêu năm 2024 là 4.000 đấu nối' is a target figure of its own; 'phấn đấu ... từ 900 đến 1.100' a target range.",
], FIGS, published="2024-07-17", location="Đức Hòa")
