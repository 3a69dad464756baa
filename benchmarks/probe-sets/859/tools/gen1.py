"""p859-1: province portal (Bình Định), làng mai vàng An Nhơn, Tết 2024."""
from lib import F, P, C, write

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NAY = P("năm nay", "2024-01-01", "2024-12-31")
D25 = P("đến năm 2025", None, "2025-12-31")

text = """
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 26/01/2024 09:45 | Lượt xem: 2.316

Làng mai An Nhơn đưa ra thị trường hơn 1,2 triệu chậu mai Tết

Theo Phòng Kinh tế thị xã An Nhơn, năm 2023 toàn thị xã có khoảng 1.350 hộ trồng mai vàng với tổng diện tích gần 420 ha, tăng 35 ha so với năm 2022. Trong đó, xã Nhơn An có 820 hộ, phường Nhơn Hưng có 310 hộ, số còn lại thuộc các xã Nhơn Phong, Nhơn Hạnh.

Dịp Tết Nguyên đán Giáp Thìn, các nhà vườn đưa ra thị trường hơn 1,2 triệu chậu mai các loại, tăng khoảng 15% so với Tết năm trước; trong đó mai ghép, mai bonsai chiếm gần 30%. Giá mai chậu phổ biến từ 500.000 đến 3 triệu đồng/chậu; những cây mai bonsai dáng thế đẹp, tuổi đời trên 20 năm có giá từ 50 đến 200 triệu đồng/cây. Dọc Quốc lộ 1A qua xã Nhơn An, các nhà vườn dựng lán bày bán mai từ giữa tháng Chạp.

Ông Nguyễn Văn Tư, chủ nhà vườn ở thôn Háo Đức, xã Nhơn An cho biết, năm nay gia đình bán được khoảng 2.000 chậu, thu về hơn 1,5 tỷ đồng, lãi ròng khoảng 600 triệu đồng. Toàn thị xã hiện có 12 hộ có doanh thu từ mai trên 1 tỷ đồng/năm.

Tổng doanh thu từ mai vàng của thị xã năm 2023 ước đạt 520 tỷ đồng, chiếm khoảng 18% giá trị sản xuất nông nghiệp. Thị xã phấn đấu đến năm 2025 nâng diện tích mai lên 500 ha, doanh thu đạt 700 tỷ đồng; đồng thời xây dựng 3 sản phẩm mai bonsai đạt chuẩn OCOP 4 sao theo Quyết định số 1048/QĐ-UBND của UBND tỉnh.
"""

figs = [
    F("hơn 1,2 triệu chậu mai Tết", "1,2", 1200000, "count", "chậu", "chậu mai đưa ra thị trường dịp Tết", approx="over"),
    F("khoảng 1.350 hộ", "1.350", 1350, "count", "hộ", "hộ trồng mai vàng", approx="about", period=Y23),
    F("gần 420 ha", "420", 420, "measure", "ha", "tổng diện tích trồng mai vàng", approx="nearly",
      change=C("increase", 35, "ha", "năm 2022"), period=Y23),
    F("Nhơn An có 820 hộ", "820", 820, "count", "hộ", "hộ trồng mai vàng xã Nhơn An", total=1350,
      period=P("năm 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("Nhơn Hưng có 310 hộ", "310", 310, "count", "hộ", "hộ trồng mai vàng phường Nhơn Hưng", total=1350,
      period=P("năm 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("hơn 1,2 triệu chậu mai các loại", "1,2", 1200000, "count", "chậu", "chậu mai các loại các nhà vườn đưa ra thị trường",
      approx="over", change=C("increase", 15, "%", "Tết năm trước", approx="about")),
    F("chiếm gần 30%", "30", 30, "percent", "%", "mai ghép, mai bonsai trong số chậu mai đưa ra thị trường", approx="nearly"),
    F("từ 500.000 đến 3 triệu đồng/chậu", "500.000", 500000, "money", "đồng/chậu", "giá mai chậu phổ biến", value_max=3000000),
    F("tuổi đời trên 20 năm", "20", 20, "measure", "năm", "tuổi đời mai bonsai", approx="over", optional=True),
    F("từ 50 đến 200 triệu đồng/cây", "50", 50000000, "money", "đồng/cây", "giá mai bonsai dáng thế đẹp", value_max=200000000),
    F("khoảng 2.000 chậu", "2.000", 2000, "count", "chậu", "chậu mai gia đình ông Nguyễn Văn Tư bán được", approx="about", period=NAY),
    F("hơn 1,5 tỷ đồng", "1,5", 1500000000, "money", "đồng", "tiền bán mai gia đình ông Nguyễn Văn Tư thu về", approx="over", period=NAY),
    F("khoảng 600 triệu đồng", "600", 600000000, "money", "đồng", "lãi ròng gia đình ông Nguyễn Văn Tư", approx="about", period=NAY),
    F("có 12 hộ", "12", 12, "count", "hộ", "hộ có doanh thu từ mai trên 1 tỷ đồng/năm"),
    F("trên 1 tỷ đồng/năm", "1", 1000000000, "money", "đồng/năm", "doanh thu từ mai", approx="over", optional=True),
    F("ước đạt 520 tỷ đồng", "520", 520000000000, "money", "đồng", "tổng doanh thu từ mai vàng", percent=18,
      status="estimate", period=Y23),
    F("lên 500 ha", "500", 500, "measure", "ha", "diện tích mai", status="target", period=D25),
    F("đạt 700 tỷ đồng", "700", 700000000000, "money", "đồng", "doanh thu từ mai", status="target", period=D25),
    F("xây dựng 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm mai bonsai đạt chuẩn OCOP 4 sao", status="target", period=D25),
]

write("p859-1", text, figs, published="2024-01-26", location="An Nhơn", notes=[
    "Cổng TTĐT tỉnh Bình Định: làng mai vàng thị xã An Nhơn, vụ Tết Giáp Thìn 2024.",
    "Figures describe thị xã An Nhơn (district level): location An Nhơn; commune/phường parts keep An Nhơn and name the commune in the subject.",
    "Distractors: Lượt xem 2.316, Quốc lộ 1A, ông Nguyễn Văn Tư, OCOP 4 sao (a rating class), Quyết định số 1048/QĐ-UBND, 09:45.",
    "'chiếm khoảng 18%' after 520 tỷ is its percent; 'trong đó ... chiếm gần 30%' is a share of another whole, a percent figure.",
    "'tuổi đời trên 20 năm' and 'trên 1 tỷ đồng/năm' describe a category (optional).",
])
