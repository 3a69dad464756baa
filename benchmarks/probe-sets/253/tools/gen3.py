from lib import emit, P

text = """SỞ GIAO THÔNG VẬN TẢI HÀ NỘI
Trang chủ | Tin hoạt động | Vận tải hành khách công cộng

Đường sắt đô thị Hà Nội phục vụ hơn 8,6 triệu lượt khách trong quý III

Ngày đăng: 11/10/2024 | Lượt xem: 1.047

Hiện Hà Nội có 2 tuyến đường sắt đô thị đang khai thác là tuyến số 2A Cát Linh - Hà Đông và tuyến số 3 Nhổn - ga Hà Nội (đoạn trên cao Nhổn - Cầu Giấy), tổng chiều dài 21,55 km với 20 nhà ga.

Theo báo cáo của Công ty TNHH MTV Đường sắt Hà Nội (Hanoi Metro), trong quý III/2024, hai tuyến đã phục vụ 8,63 triệu lượt hành khách, tăng 41,7% so với quý II/2024. Trong đó, tuyến 2A vận chuyển 6,2 triệu lượt khách, bình quân khoảng 67.400 lượt khách/ngày; tuyến 3, khai thác thương mại từ ngày 8/8/2024, phục vụ gần 2,43 triệu lượt khách. Ngày cao điểm 2/9/2024, hai tuyến đón 112.650 lượt khách.

Tỷ lệ chuyến tàu đúng giờ của hai tuyến đạt 99,96%; giãn cách chạy tàu giờ cao điểm từ 6 đến 10 phút. Hành khách sử dụng vé tháng chiếm khoảng 38% tổng lượt khách, trong đó học sinh, sinh viên chiếm 21%.

Tính đến ngày 30/9/2024, sau gần 3 năm vận hành, tuyến 2A đã phục vụ trên 48 triệu lượt khách. Doanh thu bán vé 9 tháng năm 2024 của hai tuyến đạt 96,8 tỷ đồng, bằng 81,3% kế hoạch năm.

Sở GTVT Hà Nội đặt mục tiêu đến năm 2030, vận tải hành khách công cộng đáp ứng 30-35% nhu cầu đi lại của người dân Thủ đô, trong đó đường sắt đô thị đảm nhận khoảng 10%.

Phòng Quản lý vận tải
Địa chỉ: Số 2 Phùng Hưng, quận Hà Đông, Hà Nội | ĐT: 024.3795.1234
"""

Q3 = P("trong quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("trong quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
T30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
T9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T2030 = P("đến năm 2030", None, "2030-12-31")

figs = [
    dict(anchor="hơn 8,6 triệu", number="8,6", value=8.6e6, kind="count", unit="lượt khách", approx="over",
         subject="lượt khách đường sắt đô thị phục vụ", period=P("trong quý III", "2024-07-01", "2024-09-30")),
    dict(anchor="có 2 tuyến", number="2", value=2, kind="count", unit="tuyến đường sắt đô thị",
         subject="tuyến đường sắt đô thị đang khai thác"),
    dict(anchor="dài 21,55 km", number="21,55", value=21.55, kind="measure", unit="km",
         subject="tổng chiều dài tuyến đường sắt đô thị"),
    dict(anchor="với 20 nhà ga", number="20", value=20, kind="count", unit="nhà ga",
         subject="nhà ga đường sắt đô thị"),
    dict(anchor="phục vụ 8,63 triệu", number="8,63", value=8.63e6, kind="count", unit="lượt hành khách",
         change=dict(direction="increase", value=41.7, unit="%", baseline="quý II/2024"),
         subject="lượt hành khách hai tuyến phục vụ", period=Q3),
    dict(anchor="vận chuyển 6,2 triệu", number="6,2", value=6.2e6, kind="count", unit="lượt khách", total=8.63e6,
         subject="lượt khách tuyến 2A vận chuyển", period=Q3i),
    dict(anchor="khoảng 67.400 lượt", number="67.400", value=67400, kind="measure", unit="lượt khách/ngày",
         approx="about", subject="lượt khách bình quân tuyến 2A", period=Q3i),
    dict(anchor="gần 2,43 triệu", number="2,43", value=2.43e6, kind="count", unit="lượt khách", approx="nearly",
         total=8.63e6, subject="lượt khách tuyến 3 phục vụ", period=Q3i),
    dict(anchor="đón 112.650 lượt", number="112.650", value=112650, kind="count", unit="lượt khách",
         subject="lượt khách hai tuyến đón ngày cao điểm",
         period=P("Ngày cao điểm 2/9/2024", "2024-09-02", "2024-09-02")),
    dict(anchor="đạt 99,96%", number="99,96", value=99.96, kind="percent", unit="%",
         subject="tỷ lệ chuyến tàu đúng giờ", period=Q3i),
    dict(anchor="từ 6 đến 10 phút", number="6", value=6, value_max=10, kind="measure", unit="phút",
         subject="giãn cách chạy tàu giờ cao điểm", period=Q3i),
    dict(anchor="khoảng 38%", number="38", value=38, kind="percent", unit="%", approx="about",
         subject="hành khách sử dụng vé tháng", period=Q3i),
    dict(anchor="chiếm 21%", number="21", value=21, kind="percent", unit="%",
         subject="học sinh, sinh viên sử dụng vé tháng", period=Q3i),
    dict(anchor="III/2024, hai tuyến", number="hai", value=2, kind="count", unit="tuyến", optional=True,
         subject="tuyến đường sắt đô thị"),
    dict(anchor="2/9/2024, hai tuyến", number="hai", value=2, kind="count", unit="tuyến", optional=True,
         subject="tuyến đường sắt đô thị"),
    dict(anchor="của hai tuyến đạt 99", number="hai", value=2, kind="count", unit="tuyến", optional=True,
         subject="tuyến đường sắt đô thị"),
    dict(anchor="của hai tuyến đạt 96", number="hai", value=2, kind="count", unit="tuyến", optional=True,
         subject="tuyến đường sắt đô thị"),
    dict(anchor="gần 3 năm", number="3", value=3, kind="measure", unit="năm", approx="nearly", optional=True,
         subject="thời gian vận hành tuyến 2A"),
    dict(anchor="trên 48 triệu", number="48", value=48e6, kind="count", unit="lượt khách", approx="over",
         subject="lượt khách tuyến 2A phục vụ", period=T30),
    dict(anchor="đạt 96,8 tỷ", number="96,8", value=96.8e9, kind="money", unit="đồng", percent=81.3,
         subject="doanh thu bán vé", period=T9),
    dict(anchor="đáp ứng 30-35%", number="30", value=30, value_max=35, kind="percent", unit="%", status="target",
         subject="vận tải hành khách công cộng đáp ứng nhu cầu đi lại", period=T2030),
    dict(anchor="khoảng 10%", number="10", value=10, kind="percent", unit="%", approx="about", status="target",
         subject="đường sắt đô thị đảm nhận nhu cầu đi lại", period=T2030),
]

emit(3, text, [
    "Department site (Sở GTVT Hà Nội): urban railway lines 2A and 3, quarter III/2024 ridership, punctuality, ticket revenue, 2030 target.",
    "'Ngày đăng: 11/10/2024 | Lượt xem: 1.047'. Distractors: line names 'số 2A', 'số 3', dates 8/8/2024, address 'Số 2 Phùng Hưng', phone.",
    "Static network facts in the first paragraph (2 tuyến, 21,55 km, 20 nhà ga) carry no period. 'hai tuyến' later refers back to them (optional, revised).",
    "'Trong đó, tuyến 2A … 6,2 triệu; tuyến 3 … gần 2,43 triệu' are parts of 8,63 triệu (they add up); period from the previous sentence (inherited).",
    "A single day ('Ngày cao điểm 2/9/2024') is a one-day period. 'sau gần 3 năm vận hành' is a duration (optional).",
    "'Tính đến ngày 30/9/2024' is an as-of period; 'bằng 81,3% kế hoạch năm' is the share of 96,8 tỷ. Percents after 'trong đó' get no total.",
], figs, published="2024-10-11", location="Hà Nội")
