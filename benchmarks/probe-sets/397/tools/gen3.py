from lib import F, P, C, T, emit

TEXT = """BÁO GIA LAI ĐIỆN TỬ
Kinh tế

Các nhà máy tinh bột sắn tăng tốc thu mua nguyên liệu
Thứ Hai, 15/07/2024, 07:30

(GLO)- Sáu tháng đầu năm 2024, 7 nhà máy chế biến tinh bột sắn trên địa bàn tỉnh sản xuất được 152.300 tấn tinh bột, tăng 8,5% so với cùng kỳ; tiêu thụ 140.600 tấn, trong đó xuất khẩu 118.200 tấn, chiếm 84,1%. Tổng doanh thu của các nhà máy ước đạt 1.850 tỷ đồng.

Tổng công suất thiết kế của các nhà máy khoảng 2.150 tấn tinh bột/ngày. Lớn nhất là nhà máy tại thị xã Ayun Pa với công suất 400 tấn/ngày, tiếp đến là các nhà máy ở Kông Chro (300 tấn/ngày) và Krông Pa (250 tấn/ngày). Nhà máy của Công ty TNHH MTV 74 thuộc Binh đoàn 15 cũng vừa nâng công suất thêm gần 50 tấn/ngày.

Hiện giá sắn củ tươi được các nhà máy thu mua từ 2.600 đến 2.900 đồng/kg tùy trữ lượng bột, cao hơn khoảng 15% so với cùng thời điểm năm trước. Ông Nguyễn Văn Thành (thôn 2, xã Chư Mố, huyện Ia Pa) cho biết, với 3 ha sắn, năm nay gia đình ông thu khoảng 90 tấn củ, lãi gần 60 triệu đồng.

Năm 2024, toàn tỉnh trồng khoảng 78.400 ha sắn; diện tích được các nhà máy liên kết, bao tiêu sản phẩm mới đạt 26.500 ha. Tỉnh đặt mục tiêu đến năm 2025 nâng diện tích liên kết lên 35.000 ha, trong đó ít nhất 70% sử dụng giống sắn sạch bệnh.

Theo Sở Công Thương, các nhà máy đã đầu tư hệ thống xử lý nước thải thu hồi khí biogas, mỗi năm thay thế khoảng 12 triệu lít dầu FO.

MINH NHẬT
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
NN = P("năm nay", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Sáu tháng đầu năm 2024, 7 nhà máy", "7", 7, "count", "nhà máy", "nhà máy chế biến tinh bột sắn", H1),
    F("được 152.300 tấn", "152.300", 152300, "measure", "tấn", "tinh bột sắn sản xuất", H1,
      change=C("increase", 8.5, "%", "cùng kỳ")),
    F("tiêu thụ 140.600 tấn", "140.600", 140600, "measure", "tấn", "tinh bột sắn tiêu thụ", H1),
    F("xuất khẩu 118.200 tấn", "118.200", 118200, "measure", "tấn", "tinh bột sắn xuất khẩu", H1,
      total=140600, percent=84.1),
    F("ước đạt 1.850 tỷ đồng", "1.850", 1850000000000, "money", "đồng", "tổng doanh thu của các nhà máy tinh bột sắn",
      H1i, status="estimate"),
    F("khoảng 2.150 tấn", "2.150", 2150, "measure", "tấn/ngày", "tổng công suất thiết kế của các nhà máy",
      approx="about"),
    F("công suất 400 tấn/ngày", "400", 400, "measure", "tấn/ngày", "công suất nhà máy tinh bột sắn",
      location="Ayun Pa"),
    F("Kông Chro (300 tấn/ngày)", "300", 300, "measure", "tấn/ngày", "công suất nhà máy tinh bột sắn",
      location="Kông Chro"),
    F("Krông Pa (250 tấn/ngày)", "250", 250, "measure", "tấn/ngày", "công suất nhà máy tinh bột sắn",
      location="Krông Pa"),
    F("thêm gần 50 tấn/ngày", "50", 50, "measure", "tấn/ngày", "công suất nâng thêm của nhà máy Công ty TNHH MTV 74",
      approx="nearly"),
    F("từ 2.600 đến 2.900 đồng/kg", "2.600", 2600, "money", "đồng/kg", "giá sắn củ tươi các nhà máy thu mua",
      value_max=2900, change=C("increase", 15, "%", "cùng thời điểm năm trước", approx="about")),
    F("với 3 ha sắn", "3", 3, "measure", "ha", "diện tích sắn của hộ ông Nguyễn Văn Thành", location="Ia Pa"),
    F("khoảng 90 tấn củ", "90", 90, "measure", "tấn", "sắn củ thu hoạch của hộ ông Nguyễn Văn Thành",
      NN, approx="about", location="Ia Pa"),
    F("lãi gần 60 triệu đồng", "60", 60000000, "money", "đồng", "lãi của hộ ông Nguyễn Văn Thành",
      NN, approx="nearly", location="Ia Pa"),
    F("khoảng 78.400 ha", "78.400", 78400, "measure", "ha", "diện tích sắn", Y24, approx="about"),
    F("đạt 26.500 ha", "26.500", 26500, "measure", "ha", "diện tích sắn được các nhà máy liên kết, bao tiêu sản phẩm",
      Y24),
    F("lên 35.000 ha", "35.000", 35000, "measure", "ha", "diện tích sắn liên kết",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("ít nhất 70%", "70", 70, "percent", "%", "diện tích liên kết sử dụng giống sắn sạch bệnh",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    F("khoảng 12 triệu lít", "12", 12000000, "measure", "lít", "dầu FO được thay thế bằng khí biogas", approx="about"),
]

COMMENTS = [
    "Báo Gia Lai (Party newspaper, tag '(GLO)'): cassava starch factories, 6 months of 2024 — output, sales, exports, capacity, farm-gate price, linked area.",
    "Dateline 'Thứ Hai, 15/07/2024, 07:30', byline at the end. Distractors: 'Công ty TNHH MTV 74', 'Binh đoàn 15' (names with numbers),",
    "address 'thôn 2, xã Chư Mố'. Factories in a town or district (Ayun Pa, Kông Chro, Krông Pa) give that place; the household is in Ia Pa.",
    "'7 nhà máy' is a count in the 6-month sentence. 118.200 tấn after 'trong đó' → total 140.600 and share 84,1%. 'tăng 8,5% so với cùng kỳ' → change.",
    "'Hiện' price has no period (present). 'cao hơn khoảng 15%' → change with approx about. 'ít nhất 70%' is a target share (after 'trong đó' of",
    "a hectare target; a percent has no whole in ha, so no total). 'mỗi năm' is no period; 'năm nay' = 2024 for the household's harvest and profit (3 ha left without period).",
]

emit("p397-3", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Gia Lai")
