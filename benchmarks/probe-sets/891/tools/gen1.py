"""p891-1: province portal (Quảng Nam), dưa hấu vụ Đông Xuân 2023-2024."""
from lib import F, C, P, Y, write

TEXT = """Cổng Thông tin điện tử tỉnh Quảng Nam
Trang chủ > Tin tức - Sự kiện > Kinh tế
Nông dân Quảng Nam trúng mùa dưa hấu
Cập nhật: 26/03/2024 15:42 | Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn, vụ Đông Xuân 2023-2024 toàn tỉnh gieo trồng 1.246 ha dưa hấu, tăng 118 ha so với vụ trước, tập trung tại các huyện Thăng Bình (412 ha), Duy Xuyên (285 ha), Điện Bàn (196 ha) và Núi Thành (153 ha).

Nhờ thời tiết thuận lợi, ít sâu bệnh, năng suất bình quân ước đạt 32,5 tấn/ha, cao hơn 2,5 tấn/ha so với vụ trước; sản lượng toàn tỉnh ước đạt trên 40.000 tấn. Tính đến ngày 22/3/2024, nông dân đã thu hoạch khoảng 780 ha, chiếm 62,6% diện tích gieo trồng.

Giá dưa hấu tại ruộng hiện dao động từ 7.000 đến 9.000 đồng/kg, cao hơn khoảng 2.000 đồng/kg so với cùng kỳ năm 2023. Với giá này, mỗi ha dưa hấu cho lãi từ 80 đến 100 triệu đồng. Mức lãi này gấp 3 lần so với trồng lúa trên cùng diện tích.

Tại xã Bình Hải (huyện Thăng Bình), dọc Quốc lộ 1A và đường ĐT613, thương lái từ Đà Nẵng, Quảng Ngãi vào tận ruộng thu mua, mỗi ngày tiêu thụ khoảng 350 tấn dưa. Ông Nguyễn Văn Mười, thôn Tân An, cho biết gia đình trồng 1,2 ha dưa hấu, thu được 38 tấn, trừ chi phí còn lãi hơn 150 triệu đồng.

Năm 2024, tỉnh phấn đấu mở rộng diện tích dưa hấu cả năm lên khoảng 1.800 ha, trong đó 250 ha sản xuất theo quy trình VietGAP. Sở Nông nghiệp và Phát triển nông thôn đã ban hành Công văn số 752/SNN-TTBVTV ngày 15/3/2024 đề nghị các địa phương hướng dẫn nông dân xuống giống rải vụ, tránh thu hoạch dồn dập.
"""

DT = "diện tích gieo trồng dưa hấu"
TB = "Thăng Bình"
FIGS = [
    F("gieo trồng 1.246 ha", "1.246", 1246, "measure", "ha", DT,
      change=C("+", 118, "ha", "vụ trước")),
    F("Thăng Bình (412 ha)", "412", 412, "measure", "ha", DT, location=TB),
    F("Duy Xuyên (285 ha)", "285", 285, "measure", "ha", DT, location="Duy Xuyên"),
    F("Điện Bàn (196 ha)", "196", 196, "measure", "ha", DT, location="Điện Bàn"),
    F("Núi Thành (153 ha)", "153", 153, "measure", "ha", DT, location="Núi Thành"),
    F("đạt 32,5 tấn/ha", "32,5", 32.5, "measure", "tấn/ha", "năng suất dưa hấu bình quân",
      change=C("+", 2.5, "tấn/ha", "vụ trước"), status="estimate"),
    F("trên 40.000 tấn", "40.000", 40000, "measure", "tấn", "sản lượng dưa hấu toàn tỉnh",
      approx="over", status="estimate"),
    F("khoảng 780 ha", "780", 780, "measure", "ha", "diện tích dưa hấu đã thu hoạch",
      P("Tính đến ngày 22/3/2024", None, "2024-03-22"), approx="about", percent=62.6),
    F("từ 7.000 đến 9.000 đồng/kg", "7.000", 7000, "money", "đồng/kg", "giá dưa hấu tại ruộng",
      value_max=9000, change=C("+", 2000, "đồng/kg", "cùng kỳ năm 2023", "about")),
    F("từ 80 đến 100 triệu đồng", "80", 80e6, "money", "đồng/ha", "lãi mỗi ha dưa hấu", value_max=100e6),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "mức lãi trồng dưa hấu so với trồng lúa"),
    F("khoảng 350 tấn", "350", 350, "measure", "tấn/ngày", "dưa hấu tiêu thụ mỗi ngày",
      approx="about", location=TB),
    F("trồng 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích dưa hấu của gia đình ông Nguyễn Văn Mười",
      location=TB),
    F("thu được 38 tấn", "38", 38, "measure", "tấn", "sản lượng dưa hấu thu được", location=TB),
    F("lãi hơn 150 triệu đồng", "150", 150e6, "money", "đồng", "lãi trồng dưa hấu", approx="over",
      location=TB),
    F("khoảng 1.800 ha", "1.800", 1800, "measure", "ha", "diện tích dưa hấu cả năm", Y(2024, "Năm 2024"),
      approx="about", status="target"),
    F("trong đó 250 ha", "250", 250, "measure", "ha", "diện tích dưa hấu sản xuất theo quy trình VietGAP",
      Y(2024, "Năm 2024", inherited=False), total=1800, status="target"),
]
# season periods are not recorded (see notes)
NOTES = [
    "Cổng TTĐT Quảng Nam: dưa hấu vụ Đông Xuân 2023-2024 (area by district, yield, output, price, profit, 2024 targets).",
    "'vụ Đông Xuân 2023-2024' / 'vụ trước' is a crop season, not a calendar period the spec can date: figures it governs carry no period.",
    "District list after 1.246 ha does not add up (1.046), so no total. 'Lượt xem: 2.317', Quốc lộ 1A, ĐT613, Công văn số 752/SNN-TTBVTV,",
    "'Nguyễn Văn Mười' (a name) are not figures. The farmer of xã Bình Hải (huyện Thăng Bình) is located in Thăng Bình.",
]
write(1, TEXT, FIGS, NOTES, published="2024-03-26", location="Quảng Nam")
