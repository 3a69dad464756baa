from lib import P, C, T, write

text = """Kinh doanh › Vĩ mô
Thứ ba, 12/3/2024, 14:30 (GMT+7)

60% gói thầu qua mạng chỉ có một nhà thầu tham dự

Trong 2 tháng đầu năm 2024, cả nước có 19.862 gói thầu áp dụng đấu thầu qua mạng, tổng giá gói thầu khoảng 61.400 tỷ đồng, theo số liệu của Cục Quản lý đấu thầu (Bộ Kế hoạch và Đầu tư).

Trong đó, 11.930 gói thầu, chiếm 60,1%, chỉ có một nhà thầu tham dự; 5.226 gói có từ 2 đến 3 nhà thầu, còn lại 2.706 gói có từ 4 nhà thầu trở lên. Tỷ lệ tiết kiệm bình quân của các gói thầu qua mạng chỉ đạt 3,8%; riêng nhóm gói thầu có một nhà thầu tham dự, tỷ lệ này chỉ khoảng 0,9%. Ở các gói thầu có nhiều nhà thầu cạnh tranh, tỷ lệ tiết kiệm đạt 10-15%.

Theo đại diện Cục Quản lý đấu thầu, tình trạng "quân xanh, quân đỏ" vẫn diễn ra ở một số địa phương. Năm 2023, cơ quan chức năng đã ban hành 96 quyết định cấm tham dự thầu, gấp 3 lần năm 2021. Số gói thầu có kiến nghị về kết quả lựa chọn nhà thầu cũng tăng gấp 1,5 lần so với năm 2022.

Ông Nguyễn Văn Tuấn, chuyên gia đấu thầu, cho rằng việc công khai thông tin trên Hệ thống mạng đấu thầu quốc gia giúp giảm chi phí cho doanh nghiệp. Hiện hệ thống có trên 2,1 triệu lượt truy cập mỗi tháng và gần 58.000 nhà thầu đã trúng ít nhất một gói thầu từ đầu năm 2023 đến nay.

Luật Đấu thầu 2023 yêu cầu chủ đầu tư công khai kế hoạch lựa chọn nhà thầu trong thời hạn 5 ngày làm việc. Bộ Kế hoạch và Đầu tư đặt mục tiêu đến năm 2025 tỷ lệ tiết kiệm bình quân qua đấu thầu đạt khoảng 7%.

Anh Minh
"""

M2 = P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
M2i = P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29", inherited=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)

figs = [
    dict(anchor="60% gói thầu", number="60", value=60, kind="percent", unit="%",
         subject="gói thầu qua mạng chỉ có một nhà thầu tham dự"),
    dict(anchor="chỉ có một nhà thầu tham dự\n", number="một", value=1, kind="count", unit="nhà thầu", optional=True),
    dict(anchor="có 19.862 gói thầu", number="19.862", value=19862, kind="count", unit="gói thầu",
         subject="gói thầu áp dụng đấu thầu qua mạng", period=M2),
    dict(anchor="khoảng 61.400 tỷ đồng", number="61.400", value=61400e9, kind="money", unit="đồng", approx="about",
         subject="tổng giá gói thầu", period=M2),
    dict(anchor="đó, 11.930 gói thầu", number="11.930", value=11930, kind="count", unit="gói thầu", total=19862,
         percent=60.1, subject="gói thầu chỉ có một nhà thầu tham dự", period=M2i),
    dict(anchor="60,1%, chỉ có một nhà thầu", number="một", value=1, kind="count", unit="nhà thầu", optional=True),
    dict(anchor="5.226 gói", number="5.226", value=5226, kind="count", unit="gói", total=19862,
         subject="gói có từ 2 đến 3 nhà thầu", period=M2i),
    dict(anchor="từ 2 đến 3 nhà thầu", number="2", value=2, value_max=3, kind="count", unit="nhà thầu", optional=True),
    dict(anchor="còn lại 2.706 gói", number="2.706", value=2706, kind="count", unit="gói", total=19862,
         subject="gói có từ 4 nhà thầu trở lên", period=M2i),
    dict(anchor="từ 4 nhà thầu trở lên", number="4", value=4, kind="count", unit="nhà thầu", approx="at_least",
         optional=True),
    dict(anchor="chỉ đạt 3,8%", number="3,8", value=3.8, kind="percent", unit="%",
         subject="tỷ lệ tiết kiệm bình quân của các gói thầu qua mạng", period=M2i),
    dict(anchor="có một nhà thầu tham dự, tỷ lệ", number="một", value=1, kind="count", unit="nhà thầu", optional=True),
    dict(anchor="khoảng 0,9%", number="0,9", value=0.9, kind="percent", unit="%", approx="about",
         subject="tỷ lệ tiết kiệm nhóm gói thầu có một nhà thầu tham dự", period=M2i),
    dict(anchor="đạt 10-15%", number="10", value=10, value_max=15, kind="percent", unit="%",
         subject="tỷ lệ tiết kiệm ở các gói thầu có nhiều nhà thầu cạnh tranh", period=M2i),
    dict(anchor="ban hành 96 quyết định", number="96", value=96, kind="count", unit="quyết định",
         change=C("increase", 3, "lần", "năm 2021"), subject="quyết định cấm tham dự thầu", period=Y23),
    dict(anchor="tăng gấp 1,5 lần", number="1,5", value=1.5, kind="multiple", unit="lần",
         subject="số gói thầu có kiến nghị về kết quả lựa chọn nhà thầu so với năm 2022", period=Y23i),
    dict(anchor="trên 2,1 triệu lượt truy cập", number="2,1", value=2.1e6, kind="measure", unit="lượt truy cập/tháng",
         approx="over", subject="lượt truy cập Hệ thống mạng đấu thầu quốc gia mỗi tháng"),
    dict(anchor="gần 58.000 nhà thầu", number="58.000", value=58000, kind="count", unit="nhà thầu", approx="nearly",
         subject="nhà thầu đã trúng ít nhất một gói thầu",
         period=P("từ đầu năm 2023 đến nay", "2023-01-01", "2024-03-12")),
    dict(anchor="ít nhất một gói thầu", number="một", value=1, kind="count", unit="gói thầu", approx="at_least",
         optional=True),
    dict(anchor="thời hạn 5 ngày làm việc", number="5", value=5, kind="measure", unit="ngày làm việc", optional=True),
    dict(anchor="đạt khoảng 7%", number="7", value=7, kind="percent", unit="%", approx="about", status="target",
         subject="tỷ lệ tiết kiệm bình quân qua đấu thầu", period=P("đến năm 2025", end="2025-12-31")),
]

comments = [
    "National press (VnExpress-style): competition in online bidding, first 2 months of 2024; breadcrumb, 'Thứ ba, d/m/yyyy, hh:mm (GMT+7)', byline at end.",
    "Headline '60% gói thầu' is a figure (no period in its sentence; not annotated). 'Trong đó, 11.930 …, chiếm 60,1%' and the following parts",
    "5.226 / 2.706 take total 19.862 (the parts add up). Criteria 'một nhà thầu', 'từ 2 đến 3 nhà thầu', 'từ 4 … trở lên', 'ít nhất một gói',",
    "and the legal deadline '5 ngày làm việc' are optional. '96 quyết định …, gấp 3 lần năm 2021' -> change 3 lần; 'Số gói thầu có kiến nghị",
    "… tăng gấp 1,5 lần so với năm 2022' has no base amount: a standalone multiple. 'từ đầu năm 2023 đến nay' ends at the dateline;",
    "'trên 2,1 triệu lượt truy cập mỗi tháng' is a rate (measure, unit lượt truy cập/tháng), 'Hiện' left without a scored period.",
    "'đến năm 2025 … đạt khoảng 7%' target with end 2025-12-31. Distractors: 'Luật Đấu thầu 2023', '(GMT+7)', time of day, person's name.",
]
write(7, comments, text, figs, published="2024-03-12", location="Việt Nam")
