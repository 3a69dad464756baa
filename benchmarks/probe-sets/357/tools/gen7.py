from lib import *

A = """Bộ Công Thương: Hàng hóa phục vụ Tết Ất Tỵ 2025 dồi dào, giá cả ổn định
Ngày cập nhật: 22/01/2025

Thực hiện Chỉ thị số 27/CT-TTg ngày 10/9/2024 của Thủ tướng Chính phủ, theo báo cáo của Sở Công Thương 63 tỉnh, thành phố, tổng giá trị hàng hóa các địa phương chuẩn bị phục vụ Tết đạt hơn 105 nghìn tỷ đồng, tăng khoảng 10% so với Tết năm trước. Trong đó, TP Hồ Chí Minh khoảng 32.500 tỷ đồng, Hà Nội 24.800 tỷ đồng, Đà Nẵng 3.200 tỷ đồng, Hải Phòng 2.950 tỷ đồng.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 1/2025 ước đạt 562,4 nghìn tỷ đồng, tăng 9,5% so với cùng kỳ năm trước; trong đó doanh thu bán lẻ hàng hóa ước đạt 437,2 nghìn tỷ đồng, chiếm 77,7%.

Giá các mặt hàng thiết yếu cơ bản ổn định. Giá thịt lợn hơi bình quân cả nước khoảng 65.000-68.000 đồng/kg; giá gạo tẻ thường 14.500-17.000 đồng/kg, giảm khoảng 500 đồng/kg so với tháng trước.

Về chương trình bình ổn thị trường, cả nước có 38 địa phương triển khai, với 5.650 điểm bán hàng bình ổn; trong đó TP Hồ Chí Minh có 3.120 điểm bán, chiếm 55,2%. Các hệ thống bán lẻ lớn giảm giá từ 10% đến 50% cho hơn 3.000 mặt hàng.

Từ đầu tháng 12/2024 đến ngày 20/1/2025, lực lượng quản lý thị trường cả nước đã kiểm tra 14.860 vụ, xử lý 11.235 vụ vi phạm, thu nộp ngân sách hơn 98,6 tỷ đồng.

Bộ Công Thương đề nghị các địa phương tiếp tục theo dõi sát diễn biến cung cầu, giá cả, nhất là vào thời điểm từ 20 tháng Chạp đến mùng 10 tháng Giêng.

Vụ Thị trường trong nước - Bộ Công Thương, số 54 Hai Bà Trưng, Hà Nội
"""

T1 = P("tháng 1/2025", "2025-01-01", "2025-01-31")
T1i = inh(T1)
QL = P("Từ đầu tháng 12/2024 đến ngày 20/1/2025", "2024-12-01", "2025-01-20")

figs = [
    F("Sở Công Thương 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", None, optional=True),
    F("đạt hơn 105 nghìn tỷ đồng", "105", 105e12, "money", "đồng",
      "tổng giá trị hàng hóa các địa phương chuẩn bị phục vụ Tết", approx="over",
      change=CH("increase", 10, "%", "Tết năm trước", "about")),
    F("Minh khoảng 32.500 tỷ đồng", "32.500", 32500e9, "money", "đồng", "giá trị hàng hóa chuẩn bị phục vụ Tết",
      approx="about", total=105e12, location="Hồ Chí Minh"),
    F("Hà Nội 24.800 tỷ đồng", "24.800", 24800e9, "money", "đồng", "giá trị hàng hóa chuẩn bị phục vụ Tết",
      total=105e12, location="Hà Nội"),
    F("Đà Nẵng 3.200 tỷ đồng", "3.200", 3200e9, "money", "đồng", "giá trị hàng hóa chuẩn bị phục vụ Tết",
      total=105e12, location="Đà Nẵng"),
    F("Hải Phòng 2.950 tỷ đồng", "2.950", 2950e9, "money", "đồng", "giá trị hàng hóa chuẩn bị phục vụ Tết",
      total=105e12, location="Hải Phòng"),
    F("ước đạt 562,4 nghìn tỷ đồng", "562,4", 562.4e12, "money", "đồng",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", T1, status="estimate",
      change=CH("increase", 9.5, "%", "cùng kỳ năm trước")),
    F("ước đạt 437,2 nghìn tỷ đồng", "437,2", 437.2e12, "money", "đồng", "doanh thu bán lẻ hàng hóa", T1,
      status="estimate", total=562.4e12, percent=77.7),
    F("khoảng 65.000-68.000 đồng/kg", "65.000", 65000, "money", "đồng/kg", "giá thịt lợn hơi bình quân",
      approx="about", value_max=68000),
    F("thường 14.500-17.000 đồng/kg", "14.500", 14500, "money", "đồng/kg", "giá gạo tẻ thường", value_max=17000,
      change=CH("decrease", 500, "đồng/kg", "tháng trước", "about")),
    F("có 38 địa phương", "38", 38, "count", "địa phương", "địa phương triển khai chương trình bình ổn thị trường"),
    F("với 5.650 điểm bán", "5.650", 5650, "count", "điểm bán", "điểm bán hàng bình ổn"),
    F("có 3.120 điểm bán", "3.120", 3120, "count", "điểm bán", "điểm bán hàng bình ổn", total=5650, percent=55.2,
      location="Hồ Chí Minh"),
    F("từ 10% đến 50%", "10", 10, "percent", "%", "mức giảm giá của các hệ thống bán lẻ lớn", value_max=50),
    F("hơn 3.000 mặt hàng", "3.000", 3000, "count", "mặt hàng", "mặt hàng được giảm giá", approx="over"),
    F("kiểm tra 14.860 vụ", "14.860", 14860, "count", "vụ", "vụ kiểm tra của lực lượng quản lý thị trường", QL),
    F("xử lý 11.235 vụ", "11.235", 11235, "count", "vụ", "vụ vi phạm được xử lý", QL),
    F("hơn 98,6 tỷ đồng", "98,6", 98.6e9, "money", "đồng", "thu nộp ngân sách", QL, approx="over"),
]

write("p357-7", A, figs, [
    "Ministry site (Bộ Công Thương): national supply and prices for Tết Ất Tỵ 2025. 'Ngày cập nhật: 22/01/2025' without time.",
    "National figures: location Việt Nam; province items in the 'Trong đó' list go to location, with total 105 nghìn tỷ (the whole before the cue).",
    "'hơn 105 nghìn tỷ đồng' = 1,05·10^14 (nghìn tỷ ×10^12), approx over; 'tăng khoảng 10%' its change (approx about).",
    "'… ước đạt 562,4 nghìn tỷ …; trong đó … ước đạt 437,2 nghìn tỷ, chiếm 77,7%': part with total and share, both estimates.",
    "'38 địa phương' is a count of provinces: Việt Nam. '3.120 điểm bán' after 'trong đó' has total 5.650 and location Hồ Chí Minh.",
    "'Từ đầu tháng 12/2024 đến ngày 20/1/2025' -> 2024-12-01 .. 2025-01-20. 'Sở Công Thương 63 tỉnh' structure count: optional.",
    "revised: subject of the live-pig price range drops the place phrase 'cả nước' (location), as shared h14 does.",
    "Distractors: 'Chỉ thị số 27/CT-TTg ngày 10/9/2024', '20 tháng Chạp', 'mùng 10 tháng Giêng' (lunar dates), 'số 54 Hai Bà Trưng' (address), 'Tết Ất Tỵ 2025'.",
], published="2025-01-22", location="Việt Nam")
