from lib import emit, P

text = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức > Giao thông - Xây dựng

Thanh Hóa: Tăng cường bảo đảm an toàn hành lang đường sắt, giảm tai nạn tại các đường ngang

Cập nhật: 14/10/2024 09:15
Lượt xem: 2.318

Tuyến đường sắt Bắc - Nam đi qua địa bàn tỉnh Thanh Hóa dài khoảng 98,6 km, qua 9 huyện, thị xã, thành phố với 11 nhà ga. Trên toàn tuyến hiện có 137 đường ngang hợp pháp, trong đó 41 đường ngang có người gác và 96 đường ngang cảnh báo tự động; ngoài ra còn 318 lối đi tự mở qua đường sắt.

Theo Ban An toàn giao thông tỉnh, 9 tháng năm 2024, trên địa bàn tỉnh xảy ra 12 vụ tai nạn giao thông đường sắt, giảm 3 vụ so với cùng kỳ năm 2023; làm chết 9 người, giảm 2 người; bị thương 4 người, tăng 1 người. Phần lớn các vụ tai nạn xảy ra tại lối đi tự mở, chiếm 75% tổng số vụ.

Thực hiện Quyết định số 358/QĐ-TTg của Thủ tướng Chính phủ, từ đầu năm đến nay tỉnh đã xóa bỏ 47 lối đi tự mở, đạt 52,2% kế hoạch năm (90 lối đi); xây dựng 6,8 km đường gom, hàng rào cách ly với tổng kinh phí gần 24,5 tỷ đồng. Trong đó, huyện Hoằng Hóa xóa bỏ 14 lối đi, thị xã Nghi Sơn 11 lối đi, thành phố Thanh Hóa 9 lối đi.

Đoạn từ Km 152+400 đến Km 168+700 qua huyện Hà Trung được xác định là "điểm đen" với 4 vụ tai nạn trong năm 2023.

Năm 2025, tỉnh phấn đấu giảm từ 5% đến 10% số vụ tai nạn giao thông đường sắt trên cả 3 tiêu chí; xóa bỏ 100% lối đi tự mở có nguy cơ cao; lắp đặt cảnh báo tự động cho 15 đường ngang có người gác. Người dân phát hiện vi phạm hành lang an toàn đường sắt có thể phản ánh qua đường dây nóng 0237.3852.114.

Thanh Thủy (Sở GTVT)
"""

Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YTDi = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14", inherited=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

figs = [
    dict(anchor="dài khoảng 98,6 km", number="98,6", value=98.6, kind="measure", unit="km", approx="about",
         subject="chiều dài tuyến đường sắt Bắc - Nam đi qua địa bàn tỉnh"),
    dict(anchor="qua 9 huyện", number="9", value=9, kind="count", unit="huyện, thị xã, thành phố",
         subject="huyện, thị xã, thành phố có tuyến đường sắt đi qua"),
    dict(anchor="với 11 nhà ga", number="11", value=11, kind="count", unit="nhà ga",
         subject="nhà ga trên tuyến đường sắt qua tỉnh"),
    dict(anchor="có 137 đường ngang", number="137", value=137, kind="count", unit="đường ngang",
         subject="đường ngang hợp pháp"),
    dict(anchor="trong đó 41 đường ngang", number="41", value=41, kind="count", unit="đường ngang", total=137,
         subject="đường ngang có người gác"),
    dict(anchor="và 96 đường ngang", number="96", value=96, kind="count", unit="đường ngang", total=137,
         subject="đường ngang cảnh báo tự động"),
    dict(anchor="còn 318 lối đi", number="318", value=318, kind="count", unit="lối đi tự mở",
         subject="lối đi tự mở qua đường sắt"),
    dict(anchor="xảy ra 12 vụ", number="12", value=12, kind="count", unit="vụ",
         change=dict(direction="decrease", value=3, unit="vụ", baseline="cùng kỳ năm 2023"),
         subject="vụ tai nạn giao thông đường sắt", period=Y9),
    dict(anchor="làm chết 9 người", number="9", value=9, kind="count", unit="người",
         change=dict(direction="decrease", value=2, unit="người", baseline="cùng kỳ năm 2023"),
         subject="người chết do tai nạn giao thông đường sắt", period=Y9),
    dict(anchor="bị thương 4 người", number="4", value=4, kind="count", unit="người",
         change=dict(direction="increase", value=1, unit="người", baseline="cùng kỳ năm 2023"),
         subject="người bị thương do tai nạn giao thông đường sắt", period=Y9),
    dict(anchor="chiếm 75% tổng số vụ", number="75", value=75, kind="percent", unit="%",
         subject="vụ tai nạn xảy ra tại lối đi tự mở", period=Y9i),
    dict(anchor="xóa bỏ 47 lối đi", number="47", value=47, kind="count", unit="lối đi tự mở", percent=52.2,
         target=dict(value=90, unit="lối đi"), subject="lối đi tự mở đã xóa bỏ", period=YTD),
    dict(anchor="xây dựng 6,8 km", number="6,8", value=6.8, kind="measure", unit="km",
         subject="đường gom, hàng rào cách ly xây dựng", period=YTD),
    dict(anchor="gần 24,5 tỷ đồng", number="24,5", value=24.5e9, kind="money", unit="đồng", approx="nearly",
         subject="tổng kinh phí xây dựng đường gom, hàng rào cách ly", period=YTD),
    dict(anchor="Hoằng Hóa xóa bỏ 14 lối đi", number="14", value=14, kind="count", unit="lối đi", total=47,
         subject="lối đi tự mở đã xóa bỏ", period=YTDi, location="Hoằng Hóa"),
    dict(anchor="Nghi Sơn 11 lối đi", number="11", value=11, kind="count", unit="lối đi", total=47,
         subject="lối đi tự mở đã xóa bỏ", period=YTDi, location="Nghi Sơn"),
    dict(anchor="Thanh Hóa 9 lối đi", number="9", value=9, kind="count", unit="lối đi", total=47,
         subject="lối đi tự mở đã xóa bỏ", period=YTDi, location="Thanh Hóa"),
    dict(anchor="với 4 vụ tai nạn", number="4", value=4, kind="count", unit="vụ tai nạn",
         subject="vụ tai nạn tại điểm đen đoạn qua huyện Hà Trung",
         period=P("trong năm 2023", "2023-01-01", "2023-12-31"), location="Hà Trung"),
    dict(anchor="từ 5% đến 10%", number="5", value=5, value_max=10, kind="percent", unit="%", status="target",
         subject="giảm số vụ tai nạn giao thông đường sắt", period=Y25),
    dict(anchor="cả 3 tiêu chí", number="3", value=3, kind="count", unit="tiêu chí", optional=True,
         status="target", subject="tiêu chí tai nạn giao thông", period=Y25),
    dict(anchor="xóa bỏ 100% lối đi", number="100", value=100, kind="percent", unit="%", status="target",
         subject="lối đi tự mở có nguy cơ cao được xóa bỏ", period=Y25),
    dict(anchor="cho 15 đường ngang", number="15", value=15, kind="count", unit="đường ngang", status="target",
         subject="đường ngang có người gác được lắp đặt cảnh báo tự động", period=Y25),
]

emit(1, text, [
    "Provincial portal (Cổng TTĐT tỉnh Thanh Hóa): level crossings, open paths and railway accidents, 9 months 2024; 2025 targets.",
    "'Cập nhật: 14/10/2024 09:15' is the date; 'Lượt xem: 2.318', 'Quyết định số 358/QĐ-TTg', 'Km 152+400', 'Km 168+700', hotline are distractors.",
    "'ngoài ra còn 318' is 'besides', not the approx cue 'ngoài'; 'trên địa bàn' is no approx either.",
    "Changes 'giảm 3 vụ', 'giảm 2 người', 'tăng 1 người' attach to the figure before them. '(90 lối đi)' is the plan: target of 47.",
    "'Trong đó' after the sentence with km and money: the whole counting the same thing is 47 lối đi (total 47); the district list inherits 'từ đầu năm đến nay'.",
    "'từ đầu năm đến nay' runs to the dateline 2024-10-14. 'giảm từ 5% đến 10%' is a rate as the claim: percent range, target. '3 tiêu chí' optional.",
], figs, published="2024-10-14", location="Thanh Hóa")
