from lib import emit, P

text = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM
Tin tức - Sự kiện › An toàn giao thông

Văn Lâm rà soát, xử lý lối đi tự mở trên tuyến đường sắt Hà Nội - Hải Phòng

Tuyến đường sắt Hà Nội - Hải Phòng qua địa bàn huyện Văn Lâm dài hơn 9 km, chạy song song Quốc lộ 5, đi qua 5 xã, thị trấn và có ga Lạc Đạo. Tính đến 30/9, trên tuyến có 7 đường ngang được cấp phép và 23 lối đi tự mở, trong đó tập trung nhiều nhất tại các xã Chỉ Đạo (8 lối đi), Lạc Đạo (6 lối đi) và thị trấn Như Quỳnh (5 lối đi).

Từ đầu năm đến nay, trên địa bàn huyện xảy ra 2 vụ tai nạn giao thông đường sắt, làm chết 2 người, đều tại lối đi tự mở. Đội Cảnh sát giao thông - Trật tự Công an huyện đã phối hợp kiểm tra 126 lượt, phát hiện 31 trường hợp vi phạm, phạt tiền hơn 48 triệu đồng.

Cũng trong 9 tháng, ga Lạc Đạo xếp dỡ khoảng 86.500 tấn hàng hóa, chủ yếu là vật liệu xây dựng, phân bón, tăng 9,6% so với cùng kỳ; đón, tiễn gần 12 nghìn lượt hành khách. Hiện mỗi ngày có 4 đôi tàu khách dừng đón trả khách tại ga.

Theo kế hoạch của UBND huyện, năm 2025 sẽ xóa bỏ 10 lối đi tự mở, xây dựng 2,4 km đường gom dọc đường sắt với tổng kinh phí khoảng 15 tỷ đồng từ ngân sách tỉnh và huyện; lắp đặt cần chắn tự động tại 3 đường ngang giao với đường tỉnh ĐT.385.

Người dân phát hiện hành vi vi phạm hành lang an toàn đường sắt phản ánh qua số điện thoại 0221.3985.115.

Hồng Nhung - Trung tâm Văn hóa, Thông tin và Thể thao huyện
15/10/2024
"""

T30 = P("Tính đến 30/9", None, "2024-09-30")
T30i = P("Tính đến 30/9", None, "2024-09-30", inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15", inherited=True)
M9 = P("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

figs = [
    dict(anchor="dài hơn 9 km", number="9", value=9, kind="measure", unit="km", approx="over",
         subject="chiều dài tuyến đường sắt Hà Nội - Hải Phòng qua địa bàn huyện"),
    dict(anchor="qua 5 xã", number="5", value=5, kind="count", unit="xã, thị trấn",
         subject="xã, thị trấn có đường sắt đi qua"),
    dict(anchor="có 7 đường ngang", number="7", value=7, kind="count", unit="đường ngang",
         subject="đường ngang được cấp phép", period=T30),
    dict(anchor="và 23 lối đi", number="23", value=23, kind="count", unit="lối đi tự mở",
         subject="lối đi tự mở", period=T30),
    dict(anchor="Chỉ Đạo (8 lối đi)", number="8", value=8, kind="count", unit="lối đi", total=23,
         subject="lối đi tự mở", period=T30, location="Văn Lâm"),
    dict(anchor="Lạc Đạo (6 lối đi)", number="6", value=6, kind="count", unit="lối đi", total=23,
         subject="lối đi tự mở", period=T30, location="Văn Lâm"),
    dict(anchor="Như Quỳnh (5 lối đi)", number="5", value=5, kind="count", unit="lối đi", total=23,
         subject="lối đi tự mở", period=T30, location="Văn Lâm"),
    dict(anchor="xảy ra 2 vụ", number="2", value=2, kind="count", unit="vụ",
         subject="vụ tai nạn giao thông đường sắt", period=YTD),
    dict(anchor="làm chết 2 người", number="2", value=2, kind="count", unit="người",
         subject="người chết do tai nạn giao thông đường sắt", period=YTD),
    dict(anchor="kiểm tra 126 lượt", number="126", value=126, kind="count", unit="lượt",
         subject="lượt kiểm tra", period=YTDi),
    dict(anchor="phát hiện 31 trường hợp", number="31", value=31, kind="count", unit="trường hợp",
         subject="trường hợp vi phạm phát hiện", period=YTDi),
    dict(anchor="hơn 48 triệu", number="48", value=48e6, kind="money", unit="đồng", approx="over",
         subject="tiền phạt vi phạm", period=YTDi),
    dict(anchor="khoảng 86.500 tấn", number="86.500", value=86500, kind="measure", unit="tấn", approx="about",
         change=dict(direction="increase", value=9.6, unit="%", baseline="cùng kỳ"),
         subject="hàng hóa ga Lạc Đạo xếp dỡ", period=M9),
    dict(anchor="gần 12 nghìn", number="12", value=12000, kind="count", unit="lượt hành khách", approx="nearly",
         subject="lượt hành khách ga Lạc Đạo đón, tiễn", period=M9),
    dict(anchor="có 4 đôi tàu", number="4", value=4, kind="count", unit="đôi tàu khách",
         subject="đôi tàu khách dừng đón trả khách tại ga mỗi ngày"),
    dict(anchor="xóa bỏ 10 lối đi", number="10", value=10, kind="count", unit="lối đi tự mở", status="target",
         subject="lối đi tự mở xóa bỏ", period=Y25),
    dict(anchor="xây dựng 2,4 km", number="2,4", value=2.4, kind="measure", unit="km", status="target",
         subject="đường gom dọc đường sắt xây dựng", period=Y25),
    dict(anchor="khoảng 15 tỷ", number="15", value=15e9, kind="money", unit="đồng", approx="about", status="target",
         subject="tổng kinh phí xây dựng đường gom", period=Y25),
    dict(anchor="tại 3 đường ngang", number="3", value=3, kind="count", unit="đường ngang", status="target",
         subject="đường ngang lắp đặt cần chắn tự động", period=Y25),
]

emit(7, text, [
    "District portal (huyện Văn Lâm, Hưng Yên): Hà Nội - Hải Phòng railway through the district, open paths by commune, accidents, ga Lạc Đạo, 2025 plan.",
    "Only a bare date at the end ('15/10/2024', after the byline) gives the date. Distractors: 'Quốc lộ 5', 'đường tỉnh ĐT.385', phone number.",
    "'Tính đến 30/9' takes the year of the dateline: as-of 2024-09-30; the commune list stands in the same sentence (period scored).",
    "Commune list after the whole '23 lối đi tự mở, trong đó tập trung nhiều nhất tại': parts with total 23; communes stay in their district (location Văn Lâm; revised: FIGURES.md knows province, city, district).",
    "'Từ đầu năm đến nay' ends at the date line 2024-10-15; the next sentence inherits it. 'Cũng trong 9 tháng' = 9 months of 2024.",
    "'Theo kế hoạch … năm 2025 sẽ' makes the plan figures targets; '4 đôi tàu' mỗi ngày (hiện) carries no period.",
], figs, published="2024-10-15", location="Văn Lâm")
