from lib import F, P, CH, emit

TEXT = """Kinh doanh › Hàng hóa

Xuất khẩu sầu riêng 9 tháng vượt 2,3 tỷ USD
Thứ ba, 15/10/2024, 14:20 (GMT+7)

Kim ngạch xuất khẩu sầu riêng 9 tháng năm 2024 ước đạt 2,32 tỷ USD, gấp gần 1,7 lần cùng kỳ năm ngoái, theo Hiệp hội Rau quả Việt Nam (Vinafruit).

Sầu riêng tiếp tục là mặt hàng chủ lực của ngành rau quả, chiếm khoảng 39% tổng kim ngạch xuất khẩu rau quả 9 tháng (ước 5,97 tỷ USD). Trung Quốc là thị trường lớn nhất, chiếm trên 90% lượng sầu riêng xuất khẩu của Việt Nam.

Ông Đặng Phúc Nguyên, Tổng thư ký Vinafruit, cho biết giá sầu riêng xuất khẩu hiện ở mức 3.100-3.400 USD/tấn tùy loại. Tại Đắk Lắk, giá Ri6 tại vườn dao động 70.000-78.000 đồng/kg, trong khi ở Tiền Giang là 85.000-92.000 đồng/kg do hàng nghịch vụ khan hiếm.

Theo Bộ Nông nghiệp và Phát triển nông thôn, tính đến tháng 9/2024 cả nước có trên 150.000 ha sầu riêng, trong đó khoảng 60% diện tích đã cho thu hoạch. Năm 2024, sản lượng dự kiến đạt 1,5 triệu tấn, tăng khoảng 25% so với năm 2023. Đắk Lắk, Tiền Giang và Đồng Nai là ba địa phương có diện tích lớn nhất, lần lượt 32.200 ha, 22.000 ha và 13.500 ha.

Tuy nhiên, doanh nghiệp lo ngại việc phía Trung Quốc tăng cường kiểm tra cadimi và vàng O. Trong tháng 9, hơn 500 container sầu riêng bị ách tắc tại các cửa khẩu tỉnh Lạng Sơn, thiệt hại hàng chục tỷ đồng. Cục Bảo vệ thực vật đã yêu cầu các cơ sở đóng gói chỉ xuất hàng có phiếu kiểm nghiệm đạt chuẩn.

Vinafruit đặt mục tiêu kim ngạch xuất khẩu sầu riêng năm 2025 đạt 4 tỷ USD, giữ vị trí thứ nhất trong nhóm trái cây xuất khẩu.

Thi Hà
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9y = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
T9 = P("tính đến tháng 9/2024", None, "2024-09-30")
N24 = P("Năm 2024", "2024-01-01", "2024-12-31")
N24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
TM9 = P("Trong tháng 9", "2024-09-01", "2024-09-30")
N25 = P("năm 2025", "2025-01-01", "2025-12-31")
DT = "diện tích sầu riêng"

FIGS = [
    F("vượt 2,3 tỷ USD", "2,3", 2300000000, "money", "USD", "xuất khẩu sầu riêng", M9, approx="over"),
    F("ước đạt 2,32 tỷ USD", "2,32", 2320000000, "money", "USD", "kim ngạch xuất khẩu sầu riêng", M9y,
      status="estimate", change=CH("increase", 1.7, "lần", "cùng kỳ năm ngoái", approx="nearly")),
    F("khoảng 39%", "39", 39, "percent", "%", "tỷ trọng sầu riêng trong tổng kim ngạch xuất khẩu rau quả", M9,
      approx="about"),
    F("(ước 5,97 tỷ USD)", "5,97", 5970000000, "money", "USD", "tổng kim ngạch xuất khẩu rau quả", M9,
      status="estimate"),
    F("trên 90%", "90", 90, "percent", "%", "tỷ trọng thị trường Trung Quốc trong lượng sầu riêng xuất khẩu",
      M9i, approx="over"),
    F("mức 3.100-3.400", "3.100", 3100, "money", "USD/tấn", "giá sầu riêng xuất khẩu", value_max=3400),
    F("động 70.000-78.000", "70.000", 70000, "money", "đồng/kg", "giá Ri6 tại vườn", value_max=78000,
      location="Đắk Lắk"),
    F("là 85.000-92.000", "85.000", 85000, "money", "đồng/kg", "giá Ri6 tại vườn", value_max=92000,
      location="Tiền Giang"),
    F("trên 150.000 ha", "150.000", 150000, "measure", "ha", DT, T9, approx="over"),
    F("khoảng 60% diện tích", "60", 60, "percent", "%", "tỷ lệ diện tích đã cho thu hoạch", T9, approx="about"),
    F("đạt 1,5 triệu tấn", "1,5", 1500000, "measure", "tấn", "sản lượng sầu riêng", N24, status="forecast",
      change=CH("increase", 25, "%", "năm 2023", approx="about")),
    F("ba địa phương", "ba", 3, "count", "địa phương", optional=True),
    F("lần lượt 32.200 ha", "32.200", 32200, "measure", "ha", DT, N24i, location="Đắk Lắk"),
    F("ha, 22.000 ha", "22.000", 22000, "measure", "ha", DT, N24i, location="Tiền Giang"),
    F("và 13.500 ha", "13.500", 13500, "measure", "ha", DT, N24i, location="Đồng Nai"),
    F("hơn 500 container", "500", 500, "count", "container", "container sầu riêng bị ách tắc", TM9, approx="over",
      location="Lạng Sơn"),
    F("hàng chục tỷ đồng", "chục", 10000000000, "money", "đồng", "thiệt hại", TM9, approx="about",
      location="Lạng Sơn", optional=True),
    F("đạt 4 tỷ USD", "4", 4000000000, "money", "USD", "kim ngạch xuất khẩu sầu riêng", N25, status="target"),
    F("vị trí thứ nhất", "nhất", 1, "rank", "hạng", "vị trí trong nhóm trái cây xuất khẩu", N25, status="target"),
]

emit("p280-5", TEXT, [
    "National press (VnExpress style): durian exports 9 months 2024, market share of China, export and orchard prices, national area, Lạng Sơn border jam.",
    "Dateline 'Thứ ba, 15/10/2024, 14:20 (GMT+7)'. Default location Việt Nam; 'Tại Đắk Lắk', 'ở Tiền Giang', 'tỉnh Lạng Sơn' give the place.",
    "Headline '9 tháng' (no year) takes 2024 from published. 'gấp gần 1,7 lần cùng kỳ năm ngoái' is the change of 2,32 tỷ USD (approx nearly).",
    "Prices 'hiện ở mức' and the paragraph of prices state no period: period null. Ranges written 'a-b' give value_max.",
    "'lần lượt 32.200 ha, 22.000 ha và 13.500 ha' maps in order to Đắk Lắk, Tiền Giang, Đồng Nai. 'ba địa phương' is a list head: optional.",
    "'hàng chục tỷ đồng' is a vague magnitude (optional). 'vị trí thứ nhất' in a target sentence: rank 1, status target. 'vàng O' is a dye name.",
], FIGS, published="2024-10-15", location="Việt Nam")
