from lib import write, P

A = """Kinh doanh › Doanh nghiệp

Gần 180.000 doanh nghiệp gia nhập thị trường trong 9 tháng
Thứ ba, 1/10/2024, 14:30 (GMT+7)

Theo Cục Quản lý đăng ký kinh doanh (Bộ Kế hoạch và Đầu tư), 9 tháng năm 2024, cả nước có 177.541 doanh nghiệp gia nhập thị trường, tăng 7,2% so với cùng kỳ năm 2023. Trong đó, 120.243 doanh nghiệp đăng ký thành lập mới với tổng vốn đăng ký 1,16 triệu tỷ đồng, tăng 1,8% về số doanh nghiệp và giảm 8,5% về số vốn; 57.298 doanh nghiệp quay trở lại hoạt động, tăng 18,4%.

Vốn đăng ký bình quân một doanh nghiệp thành lập mới đạt 9,6 tỷ đồng, giảm 10,1%. Bình quân mỗi tháng có 19,7 nghìn doanh nghiệp gia nhập và 18,7 nghìn doanh nghiệp rút lui khỏi thị trường.

Ở chiều ngược lại, 167.891 doanh nghiệp rút lui khỏi thị trường, tăng 13,6%, gồm 80.932 doanh nghiệp tạm ngừng kinh doanh có thời hạn, 57.467 doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể và 29.492 doanh nghiệp hoàn tất thủ tục giải thể.

TP Hồ Chí Minh dẫn đầu với 36.874 doanh nghiệp thành lập mới, chiếm 30,7% cả nước; tiếp đến là Hà Nội 22.519 doanh nghiệp (18,7%) và Bình Dương 5.102 doanh nghiệp (4,2%).

Đáng chú ý, 9 tháng qua chỉ có 1.432 doanh nghiệp được thành lập từ hộ kinh doanh, chiếm khoảng 1,2% số doanh nghiệp thành lập mới, trong khi cả nước hiện có hơn 5,2 triệu hộ kinh doanh. Đến nay, cả nước có khoảng 940.000 doanh nghiệp đang hoạt động.

Nghị quyết số 10-NQ/TW của Ban Chấp hành Trung ương đặt mục tiêu đến năm 2025 có ít nhất 1,5 triệu doanh nghiệp, đến năm 2030 có ít nhất 2 triệu doanh nghiệp. Theo các chuyên gia, để đạt mục tiêu, cần sửa Luật Doanh nghiệp 2020 theo hướng giảm chi phí tuân thủ cho hộ kinh doanh khi lên doanh nghiệp.

Anh Minh
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
DN = dict(kind="count", unit="doanh nghiệp")

F = [
    dict(anchor="Gần 180.000 doanh nghiệp", number="180.000", value=180000, **DN, approx="nearly",
         subject="doanh nghiệp gia nhập thị trường", period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    dict(anchor="có 177.541 doanh nghiệp", number="177.541", value=177541, **DN,
         change=dict(direction="increase", value=7.2, unit="%", baseline="cùng kỳ năm 2023"),
         subject="doanh nghiệp gia nhập thị trường", period=M9),
    dict(anchor="120.243 doanh nghiệp", number="120.243", value=120243, **DN, total=177541,
         change=dict(direction="increase", value=1.8, unit="%"),
         subject="doanh nghiệp đăng ký thành lập mới", period=M9i),
    dict(anchor="1,16 triệu tỷ đồng", number="1,16", value=1.16e15, kind="money", unit="đồng",
         change=dict(direction="decrease", value=8.5, unit="%"),
         subject="tổng vốn đăng ký của doanh nghiệp thành lập mới", period=M9i),
    dict(anchor="57.298 doanh nghiệp", number="57.298", value=57298, **DN, total=177541,
         change=dict(direction="increase", value=18.4, unit="%"),
         subject="doanh nghiệp quay trở lại hoạt động", period=M9i),
    dict(anchor="đạt 9,6 tỷ đồng", number="9,6", value=9.6e9, kind="money", unit="đồng",
         change=dict(direction="decrease", value=10.1, unit="%"),
         subject="vốn đăng ký bình quân một doanh nghiệp thành lập mới", period=M9i),
    dict(anchor="có 19,7 nghìn", number="19,7", value=19700, **DN,
         subject="doanh nghiệp gia nhập thị trường bình quân mỗi tháng", period=M9i),
    dict(anchor="và 18,7 nghìn", number="18,7", value=18700, **DN,
         subject="doanh nghiệp rút lui khỏi thị trường bình quân mỗi tháng", period=M9i),
    dict(anchor="167.891 doanh nghiệp", number="167.891", value=167891, **DN,
         change=dict(direction="increase", value=13.6, unit="%"),
         subject="doanh nghiệp rút lui khỏi thị trường", period=M9i),
    dict(anchor="gồm 80.932 doanh nghiệp", number="80.932", value=80932, **DN, total=167891,
         subject="doanh nghiệp tạm ngừng kinh doanh có thời hạn", period=M9i),
    dict(anchor="57.467 doanh nghiệp", number="57.467", value=57467, **DN, total=167891,
         subject="doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể", period=M9i),
    dict(anchor="29.492 doanh nghiệp", number="29.492", value=29492, **DN, total=167891,
         subject="doanh nghiệp hoàn tất thủ tục giải thể", period=M9i),
    dict(anchor="với 36.874 doanh nghiệp", number="36.874", value=36874, **DN, percent=30.7,
         subject="doanh nghiệp thành lập mới", period=M9i, location="Thành phố Hồ Chí Minh"),
    dict(anchor="Hà Nội 22.519 doanh nghiệp", number="22.519", value=22519, **DN, percent=18.7,
         subject="doanh nghiệp thành lập mới", period=M9i, location="Hà Nội"),
    dict(anchor="Bình Dương 5.102 doanh nghiệp", number="5.102", value=5102, **DN, percent=4.2,
         subject="doanh nghiệp thành lập mới", period=M9i, location="Bình Dương"),
    dict(anchor="có 1.432 doanh nghiệp", number="1.432", value=1432, **DN, percent=1.2,
         subject="doanh nghiệp được thành lập từ hộ kinh doanh", period=P("9 tháng qua", "2024-01-01", "2024-09-30")),
    dict(anchor="hơn 5,2 triệu hộ", number="5,2", value=5.2e6, kind="count", unit="hộ kinh doanh", approx="over",
         subject="hộ kinh doanh"),
    dict(anchor="khoảng 940.000 doanh nghiệp", number="940.000", value=940000, **DN, approx="about",
         subject="doanh nghiệp đang hoạt động", period=P("Đến nay", None, "2024-10-01")),
    dict(anchor="ít nhất 1,5 triệu", number="1,5", value=1.5e6, **DN, approx="at_least", status="target",
         subject="doanh nghiệp", period=P("đến năm 2025", None, "2025-12-31")),
    dict(anchor="ít nhất 2 triệu", number="2", value=2e6, **DN, approx="at_least", status="target",
         subject="doanh nghiệp", period=P("đến năm 2030", None, "2030-12-31")),
]

write("p352-4", A, F, [
    "National press (business section): national business registration, 9 months 2024 (Cục Quản lý đăng ký kinh doanh). Dateline 'Thứ ba, 1/10/2024, 14:30 (GMT+7)'; byline at the end.",
    "Distractors: (GMT+7), Nghị quyết số 10-NQ/TW, 'Luật Doanh nghiệp 2020', dateline. '1,16 triệu tỷ đồng' = 1,16·10^15 đồng.",
    "'Trong đó' after 177.541 makes 120.243 and 57.298 its parts; 'gồm' after 167.891 makes the three exit groups its parts.",
    "'tăng 1,8% về số doanh nghiệp và giảm 8,5% về số vốn': each change to the figure it names. Changes without 'so với' have no baseline.",
    "'chiếm 30,7% cả nước', '(18,7%)', '(4,2%)' = percents of the province items; '9 tháng qua' takes year 2024 from the earlier period.",
    "'hiện có hơn 5,2 triệu hộ kinh doanh': no period. 'Đến nay' ends at the dateline. Targets 'đặt mục tiêu đến năm 2025/2030 … ít nhất'.",
], published="2024-10-01", location="Việt Nam")
