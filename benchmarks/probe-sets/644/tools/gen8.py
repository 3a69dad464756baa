from lib import F, P, I, CH, emit

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG NAI
Thời sự > Kinh tế

Phát hiện 3 cơ sở sang chiết gas trái phép trong quý III

Thứ Hai, 14/10/2024 | 10:32

(ĐNRTV) - Quý III/2024, Cục Quản lý thị trường tỉnh Đồng Nai phối hợp với Công an tỉnh phát hiện 3 cơ sở sang chiết LPG trái phép tại huyện Trảng Bom, thành phố Biên Hòa và huyện Long Thành, thu giữ 3.126,5 kg LPG cùng 684 chai LPG các loại. Tổng trị giá hàng hóa vi phạm ước khoảng 2.437,6 triệu đồng.

Tính chung 9 tháng năm 2024, lực lượng quản lý thị trường đã kiểm tra 215 vụ liên quan đến kinh doanh khí, xử lý 143 vụ vi phạm, tăng 12,6% so với cùng kỳ; thu phạt hơn 1,9 tỷ đồng, đạt 95% kế hoạch năm. Riêng thành phố Biên Hòa có 38 vụ, huyện Trảng Bom 21 vụ.

Theo Sở Công Thương, đến cuối tháng 9/2024, toàn tỉnh có 876 cửa hàng bán lẻ LPG, bình quân 2,6 cửa hàng/vạn dân; 18 trạm nạp LPG vào chai, tăng 2 trạm so với đầu năm. Sản lượng LPG tiêu thụ trên địa bàn tỉnh 9 tháng khoảng 61.400 tấn, trong đó khu vực công nghiệp chiếm 42,5%.

Một cơ sở bị phát hiện nằm ngay cạnh Quốc lộ 51, đoạn qua ấp 3, xã Phước Thái, chỉ cách trường học khoảng 200 m. Đội Quản lý thị trường số 6 đã chuyển hồ sơ vụ việc sang cơ quan điều tra.

Cục Quản lý thị trường đề nghị người dân không mua chai LPG không rõ nguồn gốc, giá rẻ bất thường; khi phát hiện vi phạm, phản ánh qua đường dây nóng 0251.3822.515.

Minh Châu - Quốc Việt
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("đến cuối tháng 9/2024", None, "2024-09-30")

FIGS = [
    F("Phát hiện 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở sang chiết gas trái phép",
      P("quý III", "2024-07-01", "2024-09-30")),
    F("phát hiện 3 cơ sở sang chiết LPG", "3", 3, "count", "cơ sở", "cơ sở sang chiết LPG trái phép", Q3),
    F("thu giữ 3.126,5 kg", "3.126,5", 3126.5, "measure", "kg", "LPG bị thu giữ", Q3),
    F("cùng 684 chai", "684", 684, "count", "chai LPG", "chai LPG bị thu giữ", Q3),
    F("khoảng 2.437,6 triệu", "2.437,6", 2437.6e6, "money", "đồng", "tổng trị giá hàng hóa vi phạm", I(Q3),
      approx="about", status="estimate"),
    F("kiểm tra 215 vụ", "215", 215, "count", "vụ", "vụ liên quan đến kinh doanh khí được kiểm tra", N9),
    F("xử lý 143 vụ", "143", 143, "count", "vụ vi phạm", "vụ vi phạm được xử lý", N9,
      change=CH("increase", 12.6, "%", "cùng kỳ")),
    F("hơn 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", "thu phạt", N9, approx="over", percent=95),
    F("có 38 vụ", "38", 38, "count", "vụ", "vụ vi phạm", I(N9), location="Biên Hòa"),
    F("Trảng Bom 21 vụ", "21", 21, "count", "vụ", "vụ vi phạm", I(N9), location="Trảng Bom"),
    F("có 876 cửa hàng", "876", 876, "count", "cửa hàng", "cửa hàng bán lẻ LPG", ASOF),
    F("bình quân 2,6 cửa hàng", "2,6", 2.6, "measure", "cửa hàng/vạn dân", "cửa hàng bán lẻ LPG bình quân", ASOF),
    F("18 trạm nạp", "18", 18, "count", "trạm nạp", "trạm nạp LPG vào chai", ASOF,
      change=CH("increase", 2, "trạm", "đầu năm")),
    F("khoảng 61.400 tấn", "61.400", 61400, "measure", "tấn", "sản lượng LPG tiêu thụ trên địa bàn tỉnh",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="about"),
    F("chiếm 42,5%", "42,5", 42.5, "percent", "%", "tỷ trọng LPG tiêu thụ của khu vực công nghiệp",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("khoảng 200 m", "200", 200, "measure", "m", "khoảng cách từ cơ sở sang chiết đến trường học", approx="about"),
]

COMMENTS = [
    "Provincial radio-TV site (Đài PT-TH Đồng Nai), '(ĐNRTV) -' tag, 'Thứ Hai, 14/10/2024 | 10:32', bylines at the end.",
    "Headline 'trong quý III' takes 2024 from the dateline/lead. '3.126,5 kg', '2.437,6 triệu đồng' are Vietnamese decimals.",
    "'ước khoảng' → about + estimate. 143 vụ: change 12,6% vs cùng kỳ; 'thu phạt hơn 1,9 tỷ đồng, đạt 95% kế hoạch năm' → percent 95.",
    "'Riêng thành phố Biên Hòa có 38 vụ, huyện Trảng Bom 21 vụ' are district items (location), no total (no part-of cue).",
    "'2,6 cửa hàng/vạn dân' is a rate (measure), denominator in the unit. 'tăng 2 trạm so với đầu năm' is the change of 18 trạm.",
    "'trong đó khu vực công nghiệp chiếm 42,5%' stands as a percent of its own (the whole is a tonnage). 'khoảng 200 m' a distance (measure).",
    "Distractors: Quốc lộ 51, 'ấp 3', 'Đội Quản lý thị trường số 6', phone 0251.3822.515, dateline time.",
]

emit("p644-8", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Đồng Nai")
