from lib import Doc, P

TEXT = """Khánh Hòa: Hóa đơn điện tử giúp chống thất thu thuế lĩnh vực nhà hàng, khách sạn

Trong quý III/2024, Cục Thuế tỉnh Khánh Hòa đã kiểm tra 186 cơ sở kinh doanh nhà hàng, khách sạn, karaoke, phát hiện 41 cơ sở không xuất hóa đơn hoặc khai thiếu doanh thu, chiếm 22% số cơ sở được kiểm tra; truy thu và xử phạt 3,26 tỷ đồng.

Tính đến ngày 30/9/2024, toàn tỉnh có 1.934 cơ sở đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, xếp thứ 7 cả nước; trong đó TP Nha Trang 1.216 cơ sở, TP Cam Ranh 287 cơ sở, huyện Cam Lâm 148 cơ sở. Mỗi ngày các cơ sở xuất bình quân khoảng 52.000 hóa đơn.

Nhờ đó, thu ngân sách từ khu vực kinh tế ngoài quốc doanh 9 tháng năm 2024 đạt 2.947 tỷ đồng, tăng 11,8% so với cùng kỳ, trong đó thu từ hoạt động lưu trú, ăn uống khoảng 640 tỷ đồng (cùng kỳ năm 2023 đạt 512 tỷ đồng).

Chị Lê Thị Hoa, chủ một nhà hàng hải sản trên đường Trần Phú, cho biết từ khi dùng máy tính tiền kết nối với cơ quan thuế, việc kê khai nhanh hơn, doanh thu minh bạch hơn và không còn tình trạng bị ấn định thuế khoán.

Giai đoạn 2021-2025, tỉnh đặt mục tiêu thu từ khu vực ngoài quốc doanh chiếm từ 30% đến 32% tổng thu nội địa; năm 2023, tỷ lệ này đạt 28,4%. Người dân phát hiện cơ sở không xuất hóa đơn có thể phản ánh qua đường dây nóng 0258.3822.118 hoặc trực tiếp tại trụ sở Cục Thuế, số 52 Thái Nguyên, TP Nha Trang.

Ngọc Hân
25/10/2024
"""

d = Doc(8, TEXT, [
    "Newspaper article without a dateline at the top; byline and bare date '25/10/2024' at the end (published). Khánh Hòa, Q3 and 9 months 2024.",
    "'chiếm 22% số cơ sở được kiểm tra' is the percent of 41 (no part cue, no total). 'xếp thứ 7 cả nước' is the province's rank (location Khánh Hòa).",
    "'; trong đó TP Nha Trang 1.216 cơ sở, ...' parts of 1.934 with the district as location. 'khoảng 52.000 hóa đơn' per day: count, inherited as-of.",
    "Bracketed '(cùng kỳ năm 2023 đạt 512 tỷ đồng)' is a figure of its own: the same 9 months of 2023. 640 tỷ is a part of 2.947 tỷ.",
    "'Giai đoạn 2021-2025 ... mục tiêu ... từ 30% đến 32%' → target range; '28,4%' in 2023 actual.",
    "Distractors: phone 0258.3822.118, address 'số 52 Thái Nguyên' (a province name as a street), 'đường Trần Phú', a person's name.",
], published="2024-10-25", location="Khánh Hòa")

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
d.f("kiểm tra 186 cơ sở", "186", "count", "cơ sở", "cơ sở kinh doanh nhà hàng, khách sạn, karaoke được kiểm tra", Q3)
d.f("phát hiện 41 cơ sở", "41", "count", "cơ sở", "cơ sở không xuất hóa đơn hoặc khai thiếu doanh thu", Q3, percent=22)
d.f("xử phạt 3,26 tỷ đồng", "3,26", "money", "đồng", "truy thu và xử phạt", Q3, mult="tỷ")
A = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Ai = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
S = "cơ sở đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền"
d.f("có 1.934 cơ sở", "1.934", "count", "cơ sở", S, A)
d.f("xếp thứ 7", "7", "rank", "hạng", S, A)
d.f("Nha Trang 1.216 cơ sở", "1.216", "count", "cơ sở", S, A, total=1934, location="Nha Trang")
d.f("Cam Ranh 287 cơ sở", "287", "count", "cơ sở", S, A, total=1934, location="Cam Ranh")
d.f("Cam Lâm 148 cơ sở", "148", "count", "cơ sở", S, A, total=1934, location="Cam Lâm")
d.f("khoảng 52.000 hóa đơn", "52.000", "count", "hóa đơn", "hóa đơn các cơ sở xuất bình quân mỗi ngày", Ai, approx="about")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
d.f("đạt 2.947 tỷ đồng", "2.947", "money", "đồng", "thu ngân sách từ khu vực kinh tế ngoài quốc doanh", M9, mult="tỷ",
    change={"direction": "increase", "value": 11.8, "unit": "%", "baseline": "cùng kỳ"})
d.f("khoảng 640 tỷ đồng", "640", "money", "đồng", "thu từ hoạt động lưu trú, ăn uống", M9, mult="tỷ", approx="about",
    total=2947 * 10**9)
d.f("đạt 512 tỷ đồng", "512", "money", "đồng", "thu từ hoạt động lưu trú, ăn uống",
    P("cùng kỳ năm 2023", "2023-01-01", "2023-09-30"), mult="tỷ")
d.f("từ 30% đến 32%", "30", "percent", "%", "thu từ khu vực ngoài quốc doanh trong tổng thu nội địa",
    P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), value_max="32", status="target")
d.f("đạt 28,4%", "28,4", "percent", "%", "tỷ lệ thu từ khu vực ngoài quốc doanh trong tổng thu nội địa",
    P("năm 2023", "2023-01-01", "2023-12-31"))
d.write()
